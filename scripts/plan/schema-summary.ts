/** A short, human summary of a schema for reference docs: `string (1–64 chars)`, `integer 1–100`, `ProviderConfig[]`. */
import type { JsonSchema } from '../model/openapi-doc.js';

function range(min: unknown, max: unknown, unit = ''): string {
  if (min === undefined && max === undefined) return '';
  if (min !== undefined && max !== undefined) return `${min}–${max}${unit}`;
  return min !== undefined ? `at least ${min}${unit}` : `at most ${max}${unit}`;
}

export function summarizeSchema(schema: JsonSchema | undefined): string {
  if (!schema) return 'unknown';
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop()!;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) return (schema[key] as JsonSchema[]).map(summarizeSchema).join(' | ');
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  const base = types
    .map((t) => (t === 'array' ? `${summarizeSchema(schema.items as JsonSchema | undefined)}[]` : t))
    .join(' | ') || 'any';
  const details = [
    typeof schema.format === 'string' ? schema.format : '',
    range(schema.minLength, schema.maxLength, ' chars'),
    range(schema.minimum, schema.maximum),
    typeof schema.pattern === 'string' ? `pattern \`${schema.pattern}\`` : '',
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : '',
  ].filter(Boolean);
  return details.length ? `${base} (${details.join(', ')})` : base;
}
