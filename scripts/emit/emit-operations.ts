/**
 * Emits generated/operations.ts: for each planned method, its params and result types (built from
 * openapi-typescript's `operations`), its descriptor (plain data for the runtime) and one typed function.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { ClientPlan, MethodPlan } from '../plan/client-plan.js';
import { banner } from './banner.js';
import { docText } from './doc-comment.js';
import { importDecl, printFile } from './ts-project.js';

const q = (s: string) => JSON.stringify(s);

/** The openapi-typescript type of the method's operation. */
export function opType(m: MethodPlan): string {
  return m.typeSource.kind === 'operation'
    ? `operations[${q(m.typeSource.operationId)}]`
    : `paths[${q(m.typeSource.path)}][${q(m.typeSource.method)}]`;
}

function paramsType(m: MethodPlan): string {
  const op = opType(m);
  const parts: string[] = [];
  const defaulted = Object.keys(m.clientDefaults).sort();
  if (m.pathParams.length) parts.push(`PathParamsOf<${op}${defaulted.length ? `, ${defaulted.map(q).join(' | ')}` : ''}>`);
  if (m.queryParams.length) parts.push(`QueryParamsOf<${op}>`);
  if (m.headerParams.length) parts.push(`HeaderParamsOf<${op}>`);
  if (m.body?.mode === 'fields') {
    const body = `BodyOf<${op}, ${q(m.body.mediaType)}>`;
    parts.push(m.body.required ? body : `Partial<${body}>`);
  } else if (m.body?.mode === 'whole') {
    parts.push(`{ body${m.body.required ? '' : '?'}: BodyOf<${op}, ${q(m.body.mediaType)}> }`);
  }
  return parts.length ? `Flat<${parts.join(' & ')}>` : 'Record<string, never>';
}

function resultType(m: MethodPlan): string {
  if (m.response === 'none' || !m.successStatus) return 'void';
  if (m.response === 'text') return 'string';
  const body = `SuccessBodyOf<${opType(m)}, ${/^\d+$/.test(m.successStatus) ? m.successStatus : q(m.successStatus)}, ${q(m.successMediaType!)}>`;
  return m.response === 'envelope' ? `${body}[${q(m.envelopeField!)}]` : body;
}

function descriptor(m: MethodPlan): string {
  const data = {
    id: m.typeSource.kind === 'operation' ? m.typeSource.operationId : `${m.httpMethod} ${m.path}`,
    method: m.httpMethod,
    path: m.path,
    pathParams: m.pathParams,
    queryParams: m.queryParams,
    headerParams: m.headerParams,
    body: m.body === null ? null : m.body.mode === 'fields' ? { mode: 'fields', mediaType: m.body.mediaType, fields: m.body.fields } : { mode: 'whole', mediaType: m.body.mediaType },
    clientDefaults: m.clientDefaults,
    secretParams: m.secretParams,
    idempotent: m.idempotent,
    response: m.response,
    ...(m.envelopeField ? { envelopeField: m.envelopeField } : {}),
  };
  // JSON is valid object-literal text; the validator is the one member that is code. One member a line; the
  // printer indents the lines itself.
  const members = [...Object.entries(data).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)},`), `"validate": ${m.validatorName},`];
  return ['{', ...members.map((line) => `  ${line}`), '}'].join('\n');
}

/** The doc comment of a method, shared by its function and its place on the resource. */
export function methodDocs(m: MethodPlan, resourceProperty: string) {
  const tags = m.throws.map((t) => ({ tagName: 'throws', text: `{@link ${t.name}} when ${t.when}` }));
  if (m.deprecated) tags.unshift({ tagName: 'deprecated', text: 'The spec marks this operation deprecated.' });
  return [{ description: docText(m.summary, m.description, `\`${m.httpMethod} ${m.path}\` (\`${resourceProperty}.${m.name}\`)`), tags }];
}

function methodStatements(m: MethodPlan, resourceProperty: string): (StatementStructures | string)[] {
  const out: (StatementStructures | string)[] = [];
  out.push({ kind: StructureKind.TypeAlias, leadingTrivia: '\n', isExported: true, name: `${m.typeBase}Params`, type: paramsType(m), docs: [`Params of \`${resourceProperty}.${m.name}\`: path, query and body fields in one object.`] });
  out.push({ kind: StructureKind.TypeAlias, isExported: true, name: `${m.typeBase}Result`, type: resultType(m), docs: [`What \`${resourceProperty}.${m.name}\` resolves to.`] });
  // Printed as text: the structure printer would re-indent a multi-line initializer.
  const id = m.typeSource.kind === 'operation' ? m.typeSource.operationId : m.path;
  out.push(`/** What the runtime needs to know to send \`${id}\`. */\nexport const ${m.functionName}Operation: OperationDescriptor = ${descriptor(m)};`);
  out.push({
    kind: StructureKind.Function,
    isExported: true,
    name: m.functionName,
    docs: methodDocs(m, resourceProperty),
    parameters: [
      { name: 'ctx', type: 'ClientContext' },
      { name: 'params', type: `${m.typeBase}Params`, ...(m.paramsOptional ? { hasQuestionToken: true } : {}) },
      { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
    ],
    returnType: `Promise<${m.typeBase}Result>`,
    statements: `return send(ctx, ${m.functionName}Operation, params, options) as Promise<${m.typeBase}Result>;`,
  });
  if (m.pagination) {
    out.push({ kind: StructureKind.TypeAlias, leadingTrivia: '\n', isExported: true, name: `${m.typeBase}Item`, type: `${m.typeBase}Result extends readonly (infer Item)[] ? Item : never`, docs: [`One item of \`${resourceProperty}.${m.pagination.allName}\`.`] });
    out.push(`export const ${m.functionName}Pagination: PaginationDescriptor = ${JSON.stringify({ page: m.pagination.page, perPage: m.pagination.perPage })};`);
    out.push({
      kind: StructureKind.Function,
      isExported: true,
      name: `${m.functionName}All`,
      docs: [{ description: docText(`Every item of every page of \`${resourceProperty}.${m.name}\`, fetched page by page as the loop asks for more.`, `Stops on an empty or short page, or at the total count, without asking for a page it knows is empty.`) }],
      parameters: [
        { name: 'ctx', type: 'ClientContext' },
        { name: 'params', type: `${m.typeBase}Params`, ...(m.paramsOptional ? { hasQuestionToken: true } : {}) },
        { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
      ],
      returnType: `AsyncGenerator<${m.typeBase}Item, void, undefined>`,
      statements: `return paginate<${m.typeBase}Item>(ctx, ${m.functionName}Operation, ${m.functionName}Pagination, params, options);`,
    });
  }
  return out;
}

export function emitOperations(plan: ClientPlan, source: string): string {
  const statements: (StatementStructures | string)[] = [];
  const methods = plan.resources.flatMap((r) => r.methods.map((m) => ({ m, property: r.property })));
  const usesPaths = methods.some(({ m }) => m.typeSource.kind === 'path');
  const usesOperations = methods.some(({ m }) => m.typeSource.kind === 'operation');
  const schemaTypes = [...(usesOperations ? ['operations'] : []), ...(usesPaths ? ['paths'] : [])];
  if (schemaTypes.length) statements.push(importDecl('./schema.js', schemaTypes, true));
  statements.push(importDecl('../src/runtime/context.js', ['ClientContext'], true));
  const paginated = methods.some(({ m }) => m.pagination);
  statements.push(importDecl('../src/runtime/operation.js', ['OperationDescriptor', ...(paginated ? ['PaginationDescriptor'] : [])], true));
  const typeText = methods.map(({ m }) => `${paramsType(m)} ${resultType(m)}`).join(' ');
  const helpers = ['BodyOf', 'Flat', 'HeaderParamsOf', 'PathParamsOf', 'QueryParamsOf', 'SuccessBodyOf'].filter((h) => typeText.includes(`${h}<`));
  if (helpers.length) statements.push(importDecl('../src/runtime/param-types.js', helpers, true));
  statements.push(importDecl('../src/runtime/request-options.js', ['RequestOptions'], true));
  if (paginated) statements.push(importDecl('../src/runtime/paginate.js', ['paginate']));
  statements.push(importDecl('../src/runtime/send.js', ['send']));
  statements.push(importDecl('./validators.js', methods.map(({ m }) => m.validatorName).sort()));
  for (const { m, property } of methods) statements.push(...methodStatements(m, property));
  return printFile('operations.ts', statements, banner(source));
}
