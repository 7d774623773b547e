/**
 * openapi-typescript writes every schema as a property of `components["schemas"]`. A schema that contains itself
 * directly as an array element (a JSON-value type: `X = string | ... | X[]`) then fails `tsc` with TS2502: an
 * indexed access into an interface cannot be recursive. A top-level type alias can, so such schemas are moved to
 * one (`RecursiveSchema_X`) and the property points at it. Found by reading the printed file's syntax tree;
 * nothing is type-checked here.
 */
import ts from 'typescript';

function selfReference(name: string): string {
  return `components["schemas"][${JSON.stringify(name)}]`;
}

/** Whether `node` holds `ref[]` outside any object type literal (which would defer the recursion). */
function hasBareSelfArray(node: ts.Node, ref: string, file: ts.SourceFile): boolean {
  if (ts.isTypeLiteralNode(node) || ts.isMappedTypeNode(node)) return false;
  if (ts.isArrayTypeNode(node) && node.elementType.getText(file) === ref) return true;
  if (ts.isTupleTypeNode(node) && node.elements.some((e) => e.getText(file) === ref)) return true;
  return node.getChildren(file).some((child) => hasBareSelfArray(child, ref, file));
}

function aliasName(name: string): string {
  return `RecursiveSchema_${name.replace(/[^A-Za-z0-9_$]/g, '_')}`;
}

export function hoistRecursiveSchemas(source: string): string {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const components = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'components');
  const schemas = components?.members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText(file) === 'schemas');
  if (!schemas?.type || !ts.isTypeLiteralNode(schemas.type)) return source;
  const edits: { start: number; end: number; text: string }[] = [];
  const aliases: string[] = [];
  for (const member of schemas.type.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(file);
    const ref = selfReference(name);
    if (!hasBareSelfArray(member.type, ref, file)) continue;
    const alias = aliasName(name);
    aliases.push(`export type ${alias} = ${member.type.getText(file).split(ref).join(alias)};`);
    edits.push({ start: member.type.getStart(file), end: member.type.getEnd(), text: alias });
  }
  if (edits.length === 0) return source;
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return `${out.trimEnd()}\n/** Schemas that contain themselves as array elements, hoisted so the compiler accepts the recursion. */\n${aliases.join('\n')}\n`;
}
