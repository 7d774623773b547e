/**
 * The few OpenAPI shapes the generator reads, and `$ref` resolution inside one bundled document.
 * Only local references (`#/...`) occur after `redocly bundle`.
 */

export type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

/** Decodes one JSON Pointer segment (RFC 6901). */
function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Follows `$ref` chains (local ones only) until a node without `$ref`. Throws on a dangling or external ref. */
export function resolveRef<T = Record<string, unknown>>(doc: OpenApiDocument, node: unknown): T {
  let current = node as Record<string, unknown> | undefined;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported after bundling, found "${ref}"`);
    if (seen.has(ref)) throw new Error(`$ref cycle without a schema: ${[...seen, ref].join(' -> ')}`);
    seen.add(ref);
    let target: unknown = doc;
    for (const segment of ref.slice(2).split('/').map(decodePointerSegment)) {
      target = (target as Record<string, unknown> | undefined)?.[segment];
    }
    if (target === undefined) throw new Error(`Dangling $ref "${ref}"`);
    current = target as Record<string, unknown>;
  }
  return current as T;
}
