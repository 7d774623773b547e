/** The project's spec, parsed, for tests that compare against its examples. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const spec: any = parse(readFileSync(new URL('../../spec/openapi.yaml', import.meta.url), 'utf8'));

/** Follows a local `$ref`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function deref(node: any): any {
  while (node && typeof node.$ref === 'string') {
    node = node.$ref.slice(2).split('/').reduce((acc: Record<string, unknown>, k: string) => acc[k], spec);
  }
  return node;
}

/** Every operation of the spec with its method, path and operationId. */
export function specOperations(): { method: string; path: string; operationId: string; op: Record<string, any> }[] {
  const out = [];
  for (const [path, item] of Object.entries<Record<string, any>>(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      if (item[method]) out.push({ method, path, operationId: item[method].operationId, op: item[method] });
    }
  }
  return out;
}
