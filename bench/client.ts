/**
 * Per-call cost of `providerConfigs.create` against a local node:http server (its own process), as a ratio to a
 * bare `fetch` + `JSON.parse` of the same request, in the same run; with openapi-fetch alone and Cloudflare's
 * official SDK pointed at the same server. Rounds interleave the contenders so machine noise hits all alike.
 *
 *   npx tsx bench/client.ts        (about a minute; writes bench/RESULTS.md)
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import createFetchClient from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import type { createClient as CreateClient } from '../src/index.js';
import { installCloudflareSdk, SDK_VERSION } from './lib/cloudflare-sdk.js';
import { machine, table, writeSection } from './lib/results.js';
import { ROOT } from './lib/specs.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ACCOUNT = '3ebbcb006d4d46d7bb6a8c7f14676cb0';
const BODY = { alias: 'alias', default_config: true, provider_slug: 'openai', secret: 'sk-bench-secret', secret_id: 'sid' };
const PATH = '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs' as const;

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(ROOT, 'bench/lib/echo-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

type Call = () => Promise<unknown>;

const ISOLATED_CALLS = 5000;

/** Client CPU per call with the network taken out: a fetch that returns a prebuilt Response. */
async function withoutNetwork(median: (xs: number[]) => number): Promise<string[][]> {
  const load = async (path: string) => import(pathToFileURL(join(ROOT, path)).href);
  const { LightRequest } = await load('dist/src/runtime/light-request.js');
  const { send } = await load('dist/src/runtime/send.js');
  const { createRedactor } = await load('dist/src/runtime/redactor.js');
  const { createProviderConfigOperation } = await load('dist/generated/operations.js');
  const text = JSON.stringify({ success: true, errors: [], messages: [], result: { id: 'id' } });
  const respond = async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json', 'cf-ray': 'bench' } });
  const http = createFetchClient<paths>({ baseUrl: 'http://bench.invalid', headers: { Authorization: 'Bearer bench-token' }, Request: LightRequest, fetch: respond as unknown as typeof fetch });
  const ctx = { http, defaults: {}, maxRetries: 2, timeoutMs: 60_000, logger: undefined, redactor: createRedactor(['bench-token']) };
  const contenders: [string, Call][] = [
    ['bare: Response + JSON.parse', async () => (JSON.parse(await (await respond()).text()) as { result: unknown }).result],
    ['openapi-fetch (same Request path)', async () => (await http.POST(PATH, { params: { path: { account_id: ACCOUNT, gateway_id: 'gw' } }, body: BODY })).data?.result],
    ['aig-provider-configs', () => send(ctx, createProviderConfigOperation, { account_id: ACCOUNT, gateway_id: 'gw', ...BODY })],
  ];
  const cpu = new Map<string, number[]>();
  for (const [, call] of contenders) for (let i = 0; i < 2000; i++) await call();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, call] of contenders) {
      const start = process.cpuUsage();
      for (let i = 0; i < ISOLATED_CALLS; i++) await call();
      const used = process.cpuUsage(start);
      cpu.set(name, [...(cpu.get(name) ?? []), (used.user + used.system) / ISOLATED_CALLS]);
    }
  }
  const base = median(cpu.get(contenders[0]![0])!);
  return contenders.map(([name]) => [name, `${median(cpu.get(name)!).toFixed(1)} µs`, `${(median(cpu.get(name)!) / base).toFixed(2)}x`]);
}

async function main() {
  const server = await startServer();
  const base = server.url;
  const sdkDir = installCloudflareSdk();
  const { default: Cloudflare } = (await import(pathToFileURL(join(sdkDir, 'index.mjs')).href)) as { default: new (o: object) => any };

  // The client as users run it: compiled JavaScript from dist/, not TypeScript through a loader.
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  const { createClient } = (await import(pathToFileURL(join(ROOT, 'dist/src/index.js')).href)) as { createClient: typeof CreateClient };
  const ours = createClient({ apiToken: 'bench-token', baseUrl: base, env: {} });
  const raw = createFetchClient<paths>({ baseUrl: base, headers: { Authorization: 'Bearer bench-token' } });
  const sdk = new Cloudflare({ apiToken: 'bench-token', baseURL: base, maxRetries: 0 });
  const url = `${base}/accounts/${ACCOUNT}/ai-gateway/gateways/gw/provider_configs`;

  const contenders: [string, Call][] = [
    ['bare fetch + JSON.parse', async () => {
      const res = await fetch(url, { method: 'POST', headers: { Authorization: 'Bearer bench-token', 'Content-Type': 'application/json' }, body: JSON.stringify(BODY) });
      return (JSON.parse(await res.text()) as { result: unknown }).result;
    }],
    ['openapi-fetch alone', async () => (await raw.POST(PATH, { params: { path: { account_id: ACCOUNT, gateway_id: 'gw' } }, body: BODY })).data?.result],
    ['aig-provider-configs', () => ours.providerConfigs.create({ account_id: ACCOUNT, gateway_id: 'gw', ...BODY })],
    [`cloudflare SDK ${SDK_VERSION}`, () => sdk.aiGateway.providerConfigs.create('gw', { account_id: ACCOUNT, ...BODY })],
  ];

  const wall = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const run = async (call: Call, n: number) => {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < n; i++) await call();
    const used = process.cpuUsage(cpuStart);
    return { wallUs: ((performance.now() - started) * 1000) / n, cpuUs: (used.user + used.system) / n };
  };
  for (const [, call] of contenders) await run(call, 300); // warm-up: JIT, connection pools
  for (let round = 0; round < ROUNDS; round++) {
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
    for (const [name, call] of order) {
      const { wallUs, cpuUs } = await run(call, CALLS);
      wall.set(name, [...(wall.get(name) ?? []), wallUs]);
      cpu.set(name, [...(cpu.get(name) ?? []), cpuUs]);
    }
    console.error(`round ${round + 1}/${ROUNDS}`);
  }
  server.stop();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const isolated = await withoutNetwork(median);
  const baseWall = median(wall.get(contenders[0]![0])!);
  const baseCpu = median(cpu.get(contenders[0]![0])!);
  const rows = contenders.map(([name]) => {
    const w = median(wall.get(name)!);
    const c = median(cpu.get(name)!);
    return [name, `${w.toFixed(0)} µs`, `${(w / baseWall).toFixed(2)}x`, `${c.toFixed(0)} µs`, `${(c / baseCpu).toFixed(2)}x`];
  });
  writeSection(
    'client',
    `## The client: per-call cost (\`npx tsx bench/client.ts\`)

${machine()}. The client built to \`dist/\` (as users run it). \`providerConfigs.create\` against a local node:http server in its own process (keep-alive, one fixed
200 envelope). ${ROUNDS} rounds of ${CALLS} sequential calls per contender, order rotated each round; medians of
the round means. Wall time includes the server and loopback; client CPU is this process's user+system time per
call, the cost the client itself adds. Target: at most 1.10x a bare fetch.

${table(['contender', 'wall per call', 'vs bare', 'client CPU per call', 'vs bare'], rows)}

What the client adds per call: validation against the spec (generated Ajv code), openapi-fetch's URL and header
building, envelope checks, and the per-attempt timeout signal and timer.

**Without the network.** The same call with \`fetch\` replaced by a function that returns a prebuilt
\`Response\` (the helpers' internal path, built from \`dist/\`), ${ROUNDS} rounds of ${ISOLATED_CALLS} calls: the
client's own CPU cost, with no socket in the way.

${table(['contender', 'CPU per call', 'vs bare'], isolated)}
`,
  );
  console.error('wrote bench/RESULTS.md');
}

await main();
