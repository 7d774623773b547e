/**
 * The generator at scale: time and peak memory of each stage on our spec, Cloudflare's (3,207 operations) and
 * GitHub's; the helper stage as a ratio of openapi-typescript's own time; that every operation got a helper; that
 * a rerun gives the same bytes; that the output type-checks; and how time grows with the number of operations.
 *
 *   npx tsx bench/pipeline.ts            (about 5 minutes; writes bench/RESULTS.md and out-<name>/ folders)
 *
 * Each spec runs in a fresh child process (`--one <name>`, printing JSON), so one spec's memory does not count
 * against the next.
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
const STAGES: StageName[] = ['lint', 'bundle', 'types', 'validators', 'helpers', 'reference', 'docs'];

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

interface OneResult {
  name: string;
  stages: Run['stages'];
  operations: number;
  expected: number;
  helpers: number;
  rerun: string;
  tsc: { ms: number; errors: number; output: string };
  otsMs: number;
}

/** Measures one spec (in this process) and prints the figures as JSON on stdout. */
async function one(name: string, specPath: string, full: boolean) {
  const out = `out-${name}`;
  const first = await pipeline(specPath, out, full);
  let rerun = '-';
  let tsc = { ms: 0, errors: 0, output: '' };
  let otsMs = 0;
  if (full) {
    const again = await pipeline(specPath, out, name === 'ours');
    rerun = digest(first.outputs, name !== 'ours') === digest(again.outputs, name !== 'ours') ? 'identical' : 'DIFFERENT';
    rmSync(join(ROOT, out), { recursive: true, force: true });
    write(ROOT, first.outputs, []);
    tsc = await typecheck(out);
    otsMs = await openapiTypescriptMs(specPath);
  }
  const expected = name === 'ours' ? first.operations : specOperationCount(specPath);
  const result: OneResult = { name, stages: first.stages, operations: first.operations, expected, helpers: helpersFor(first.outputs), rerun, tsc, otsMs };
  process.stdout.write(JSON.stringify(result));
}

function child(name: string, specPath: string, full: boolean): Promise<OneResult> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'bench/pipeline.ts'), '--one', name, specPath, full ? 'full' : 'stages'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${name}: ${stderr}`)) : resolve(JSON.parse(stdout) as OneResult),
    );
  });
}

async function main() {
  const specs = [
    { name: 'ours', path: OUR_SPEC },
    { name: 'cloudflare', path: CLOUDFLARE_SPEC },
    { name: 'github', path: githubSpec() },
  ];
  const rows: (string | number)[][] = [];
  const checks: (string | number)[][] = [];
  const ratios: (string | number)[][] = [];
  let cloudflareFull: OneResult | undefined;
  for (const spec of specs) {
    console.error(`pipeline: ${spec.name}`);
    const r = await child(spec.name, spec.path, true);
    if (spec.name === 'cloudflare') cloudflareFull = r;
    for (const stage of STAGES) {
      const s = r.stages[stage];
      rows.push([spec.name, stage, fmt(s?.ms), s ? `${s.peakMb} MB` : '-']);
    }
    checks.push([spec.name, r.operations, r.expected === -1 ? r.operations : r.expected, r.helpers, r.rerun, `${r.tsc.errors} (${fmt(r.tsc.ms)})`]);
    ratios.push([spec.name, fmt(r.stages.helpers?.ms), fmt(r.otsMs), (r.stages.helpers!.ms / r.otsMs).toFixed(2)]);
    if (r.tsc.errors) console.error(r.tsc.output);
  }

  const scaling: (string | number)[][] = [];
  for (const size of [250, 500, 1000, 2000]) {
    const subset = cloudflareSubset(size);
    console.error(`scaling: ${subset.operations} operations`);
    const r = await child(`cloudflare-${size}`, subset.path, false);
    rmSync(join(ROOT, `out-cloudflare-${size}`), { recursive: true, force: true });
    scaling.push(scalingRow(subset.operations, r.stages));
  }
  scaling.push(scalingRow(cloudflareFull!.operations, cloudflareFull!.stages));

  writeSection(
    'pipeline',
    `## The pipeline (\`npx tsx bench/pipeline.ts\`)

${machine()}. Each spec in a fresh process; each stage run alone (\`sequential\`). Peak memory is that process's
resident memory plus its children's (Redocly runs as a child), sampled every 25 ms while the stage runs, so it
includes what earlier stages of the same spec still hold. \`types\` is openapi-typescript plus our
recursive-schema fix; \`helpers\` is the ts-morph emitters (operations and resources); \`reference\` is the
Markdown client reference.

${table(['spec', 'stage', 'time', 'peak memory'], rows)}

**Coverage, stability, type-check.** Operations in the spec, operations read, helpers emitted (one descriptor and
function each), a second run's bytes (docs left out of the second run for the large specs), and \`tsc --noEmit\`
with the project's settings over \`src/\` and the output folder beside \`generated/\`.

${table(['spec', 'operations read', 'operations in spec', 'helpers', 'rerun', 'tsc errors (time)'], checks)}

**Helper stage vs openapi-typescript** on the same bundled spec, same run (target: at most 0.5).

${table(['spec', 'helpers', 'openapi-typescript alone', 'ratio'], ratios)}

**Growth with size** (Cloudflare subsets: whole paths in sorted order, all components kept; no lint or docs
timing here, those are Redocly's). Time per operation should stay flat. \`types\` carries a fixed cost for the
components every subset keeps (all 6,743 schemas), so its per-operation share falls as operations grow.

${table(['operations', 'types', 'validators', 'helpers', 'validators per op', 'helpers per op', 'all three per op'], scaling)}
`,
  );
  console.error('wrote bench/RESULTS.md');
}

function scalingRow(operations: number, stages: Run['stages']): (string | number)[] {
  const ours = (stages.validators?.ms ?? 0) + (stages.helpers?.ms ?? 0) + (stages.types?.ms ?? 0);
  const per = (ms: number | undefined) => `${((ms ?? 0) / operations).toFixed(2)} ms`;
  return [operations, fmt(stages.types?.ms), fmt(stages.validators?.ms), fmt(stages.helpers?.ms), per(stages.validators?.ms), per(stages.helpers?.ms), per(ours)];
}

const args = process.argv.slice(2);
if (args[0] === '--one') await one(args[1]!, args[2]!, args[3] === 'full');
else await main();
