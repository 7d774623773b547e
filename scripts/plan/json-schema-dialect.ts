/**
 * OpenAPI 3.0 Schema Objects are not JSON Schema 2020-12: `nullable: true` and boolean `exclusiveMinimum` /
 * `exclusiveMaximum` mean other things there. This rewrites a 3.0 schema tree into 2020-12 so one Ajv dialect
 * validates both versions. 3.1 documents are JSON Schema 2020-12 already; both get the small repairs real specs need.
 */
import type { JsonSchema } from '../model/openapi-doc.js';

// Annotations: they check nothing, and Ajv's standalone code would carry every one of them in the bundle.
const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples', 'externalDocs', 'xml', 'deprecated', 'readOnly', 'writeOnly', '$comment', 'contentMediaType', 'contentEncoding']);

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);

// Keys whose value is a map of name -> schema: the names are not keywords.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);

function normalizeSchema(node: unknown, v30: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => normalizeSchema(n, v30));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    out[key] = SCHEMA_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, normalizeSchema(schema, v30)]))
      : normalizeSchema(value, v30);
  }
  // Real specs list a required name twice now and then; JSON Schema forbids it and it means the same once.
  if (Array.isArray(out.required)) out.required = [...new Set(out.required)];
  // A `type` that JSON Schema does not have (seen: "unknown", "file") constrains nothing it can check.
  if (typeof out.type === 'string' && !JSON_TYPES.has(out.type)) delete out.type;
  if (Array.isArray(out.type)) out.type = out.type.filter((t) => JSON_TYPES.has(t as string));
  if (!v30) return out;
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else {
        delete out[flag];
      }
    }
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.type === undefined) return { anyOf: [out, { type: 'null' }] };
  } else if ('nullable' in out) {
    delete out.nullable;
  }
  return out;
}

/**
 * Rewrites an OpenAPI 3.0 or 3.1 schema tree (or a map of them, like `components`) to valid JSON Schema 2020-12,
 * keeping only what validates (annotations and `x-` extensions are dropped).
 */
export function toJsonSchema2020<T>(node: T, openapiVersion: string): T {
  return normalizeSchema(node, openapiVersion.startsWith('3.0')) as T;
}

export type { JsonSchema };
