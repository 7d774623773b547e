/** The in-memory ts-morph project the emitters write into, set up for stable output. */
import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFile } from 'ts-morph';

export function newSourceFile(name: string): SourceFile {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  return project.createSourceFile(name, '', { overwrite: true });
}

/** The file's text with the banner first (added last, since ts-morph puts imports above earlier comments). */
export function finish(file: SourceFile, bannerText: string): string {
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
  return bannerText + file.getFullText();
}
