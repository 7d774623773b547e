/**
 * Plans the params validators: one JSON Schema per operation describing its flat params object (path, query,
 * header and body fields together, nothing else allowed), plus the document's components for `$ref`s.
 * Plain data; Ajv compiles it in the emit stage.
 */
import type { ApiModel, OperationModel } from '../model/api-model.js';
import type { JsonSchema, OpenApiDocument } from '../model/openapi-doc.js';
import type { ClientPlan } from './client-plan.js';
import { toJsonSchema2020 } from './json-schema-dialect.js';

/** The `$id` the components are registered under; operation schemas point into it. */
export const DEFINITIONS_ID = 'spec';

export interface ValidatorPlan {
  definitions: JsonSchema;
  validators: { name: string; schema: JsonSchema }[];
}

/** Points local refs (`#/components/...`) at the definitions document. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DEFINITIONS_ID}${v}` : rebase(v)]),
  );
}

function flatSchema(op: OperationModel, bodyMode: 'fields' | 'whole' | undefined): JsonSchema {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const p of op.params.filter((x) => x.in !== 'cookie')) {
    properties[p.name] = rebase(p.schema);
    if (p.required) required.push(p.name);
  }
  if (op.body?.fields && bodyMode === 'fields') {
    for (const f of op.body.fields) {
      properties[f.name] = rebase(f.schema);
      if (f.required && op.body.required) required.push(f.name);
    }
  } else if (op.body) {
    properties.body = rebase(op.body.schema);
    if (op.body.required) required.push('body');
  }
  return { type: 'object', properties, required, additionalProperties: false };
}

export function planValidators(doc: OpenApiDocument, model: ApiModel, plan: ClientPlan): ValidatorPlan {
  const methods = plan.resources.flatMap((r) => r.methods);
  const validators = model.operations.map((op) => {
    const method = methods.find((m) => m.httpMethod === op.method.toUpperCase() && m.path === op.path)!;
    return { name: method.validatorName, schema: toJsonSchema2020(flatSchema(op, method.body?.mode), doc.openapi) };
  });
  validators.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Each schema is normalized on its own: the names of `components.schemas` are not keywords.
  const schemas = Object.fromEntries(Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => [name, toJsonSchema2020(schema, doc.openapi)]));
  return { definitions: { $id: DEFINITIONS_ID, components: { schemas } }, validators };
}
