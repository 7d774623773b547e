/** Where the benchmark specs come from: ours, Cloudflare's (in shared/), GitHub's (fetched from npm, not a dependency). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CACHE = join(ROOT, 'bench/.cache');
export const OUR_SPEC = join(ROOT, 'spec/openapi.yaml');
export const CLOUDFLARE_SPEC = resolve(ROOT, '../shared/specs/cloudflare-openapi.json.gz');

/** GitHub's REST spec from the npm package @octokit/openapi, unpacked into bench/.cache (pinned version). */
export function githubSpec(version = '23.0.2'): string {
  const dir = join(CACHE, `octokit-openapi-${version}`);
  const spec = join(dir, 'package/generated/api.github.com.json');
  if (!existsSync(spec)) {
    mkdirSync(dir, { recursive: true });
    const tarball = execFileSync('npm', ['pack', `@octokit/openapi@${version}`, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
  }
  return spec;
}

/**
 * A subset of Cloudflare's spec with about `operations` operations: whole paths in sorted order until the count
 * is reached, every component kept (so every $ref resolves). Written to bench/.cache.
 */
export function cloudflareSubset(operations: number): { path: string; operations: number } {
  const doc = JSON.parse(gunzipSync(readFileSync(CLOUDFLARE_SPEC)).toString('utf8')) as { paths: Record<string, Record<string, unknown>> };
  const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']);
  const paths: Record<string, Record<string, unknown>> = {};
  let count = 0;
  for (const path of Object.keys(doc.paths).sort()) {
    if (count >= operations) break;
    paths[path] = doc.paths[path]!;
    count += Object.keys(doc.paths[path]!).filter((k) => methods.has(k)).length;
  }
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `cloudflare-${operations}.json`);
  writeFileSync(file, JSON.stringify({ ...doc, paths }));
  return { path: file, operations: count };
}
