/**
 * Printing ts-morph Structures to text. The whole file is built as one structure and printed once: adding nodes
 * one by one re-parses the file each time, which takes minutes on an API with thousands of operations.
 */
import { IndentationText, NewLineKind, Project, QuoteKind, StructureKind, type ImportDeclarationStructure, type StatementStructures } from 'ts-morph';

/** An import declaration structure. */
export function importDecl(moduleSpecifier: string, namedImports: (string | { name: string; isTypeOnly: boolean })[], isTypeOnly = false): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, moduleSpecifier, namedImports, isTypeOnly };
}

/** The file's text, with the banner first. */
export function printFile(name: string, statements: (StatementStructures | string)[], bannerText: string): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  const file = project.createSourceFile(name, { statements }, { overwrite: true });
  const text = file.getFullText();
  return bannerText + (text.endsWith('\n') ? text : `${text}\n`);
}
