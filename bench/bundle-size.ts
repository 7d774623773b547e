/**
 * Bundle size: an esbuild bundle (minified, then gzipped) of an entry that imports `createClient` and calls only
 * `providerConfigs.create`; the same call through Cloudflare's official SDK, and openapi-fetch alone for scale.
 *
 *   npx tsx bench/bundle-size.ts   (writes bench/RESULTS.md)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { installCloudflareSdk, SDK_DIR, SDK_VERSION } from './lib/cloudflare-sdk.js';
import { machine, table, writeSection } from './lib/results.js';
import { ROOT } from './lib/specs.js';

const CALL = `{ account_id: 'a', gateway_id: 'g', alias: 'x', default_config: true, provider_slug: 'openai', secret: 's', secret_id: 'i' }`;
const ENTRIES: { name: string; code: string; resolveDir: string }[] = [
  { name: 'aig-provider-configs', resolveDir: ROOT, code: `import { createClient } from './src/index.ts';\nexport const run = () => createClient({ apiToken: 't' }).providerConfigs.create(${CALL});\n` },
  { name: 'of which: the four generated validators alone', resolveDir: ROOT, code: `export * from './generated/validators.ts';\n` },
  { name: 'openapi-fetch alone (for scale)', resolveDir: ROOT, code: `import createClient from 'openapi-fetch';\nexport const run = () => createClient({ baseUrl: 'https://api.cloudflare.com/client/v4' }).POST('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs', { params: { path: { account_id: 'a', gateway_id: 'g' } }, body: {} });\n` },
  { name: `cloudflare SDK ${SDK_VERSION}`, resolveDir: SDK_DIR, code: `import Cloudflare from 'cloudflare';\nexport const run = () => new Cloudflare({ apiToken: 't' }).aiGateway.providerConfigs.create('g', ${CALL});\n` },
];

async function size(entry: (typeof ENTRIES)[number], dir: string) {
  const outfile = join(dir, `${entry.name.replace(/\W+/g, '-')}.js`);
  await build({ stdin: { contents: entry.code, resolveDir: entry.resolveDir, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', outfile, logLevel: 'silent', legalComments: 'none' });
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(outfile);
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

async function main() {
  installCloudflareSdk();
  const dir = mkdtempSync(join(tmpdir(), 'aig-bundle-'));
  try {
    const rows = [];
    for (const entry of ENTRIES) {
      const { min, gz } = await size(entry, dir);
      rows.push([entry.name, `${(min / 1024).toFixed(1)} kB`, `${(gz / 1024).toFixed(2)} kB`]);
    }
    writeFileSync(join(dir, 'done'), '');
    writeSection(
      'bundle',
      `## Bundle size (\`npx tsx bench/bundle-size.ts\`)

${machine()}. esbuild, \`--bundle --minify --format=esm --platform=browser\`, then gzip -9, of an entry that imports
the client and calls only \`providerConfigs.create\`. Target: at most 5 kB gzipped.

${table(['entry', 'minified', 'gzipped'], rows)}
`,
    );
    console.error('wrote bench/RESULTS.md');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
