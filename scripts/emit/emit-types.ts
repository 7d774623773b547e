/** Emits generated/schema.ts: the spec's types, by openapi-typescript. */
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenApiDocument } from '../model/openapi-doc.js';
import { banner } from './banner.js';
import { hoistRecursiveSchemas } from './recursive-schemas.js';

export async function emitTypes(doc: OpenApiDocument, source: string): Promise<string> {
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], {
    // A request field with a `default` stays optional: the server fills it in.
    defaultNonNullable: false,
    // Only the types the helpers need; `paths` keeps `raw` typed.
    rootTypes: false,
    alphabetize: false,
  });
  return banner(source) + hoistRecursiveSchemas(astToString(ast));
}
