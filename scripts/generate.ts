/**
 * `npm run generate`: spec -> lint -> bundle -> types -> validators -> helpers -> docs.
 *
 *   npm run generate                                  regenerate generated/ and docs/ from spec/openapi.yaml
 *   npm run generate -- --check                       write nothing; exit 1 naming each file that differs
 *   npm run generate -- --spec <file> --out <dir>     any OpenAPI 3.0/3.1 spec (JSON or YAML, .gz too) into <dir>
 *                                                     (docs into <dir>/docs); lint findings are reported, not fatal
 *
 * Stages talk through plain data: the model (scripts/model) reads the spec, the planner (scripts/plan) decides
 * names, and the emitters (scripts/emit) write text. Nothing here knows an operation of the API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { drift, write } from './pipeline/outputs.js';
import { LintGateError, runPipeline, type StageName } from './pipeline/run-pipeline.js';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_SPEC = resolve(ROOT, 'spec/openapi.yaml');

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    spec: { type: 'string' },
    out: { type: 'string' },
  },
  strict: true,
});

const quiet = Boolean(process.env.GENERATE_QUIET);
const say = (text: string) => {
  if (!quiet) console.error(text);
};

async function timed<T>(name: StageName, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  say(`  ${name.padEnd(11)} ${Math.round(performance.now() - started)} ms`);
  return result;
}

async function main(): Promise<number> {
  const specPath = values.spec ? resolve(values.spec) : DEFAULT_SPEC;
  const outDir = values.out ? resolve(values.out) : join(ROOT, 'generated');
  const docsDir = values.out ? join(outDir, 'docs') : join(ROOT, 'docs');
  const gated = specPath === DEFAULT_SPEC;
  const tmp = mkdtempSync(join(tmpdir(), 'aig-generate-'));
  try {
    const { outputs, findings, operations, nestedBodies } = await runPipeline({ root: ROOT, specPath, outDir, docsDir, gated, tmp, stage: timed });
    if (!gated && findings.errors + findings.warnings > 0) {
      const top = findings.topRules.slice(0, 5).map(([rule, n]) => `${rule} (${n})`).join(', ');
      console.error(`lint: ${findings.errors} errors and ${findings.warnings} warnings in a foreign spec, reported and not fatal; top rules: ${top}`);
    }
    say(`  ${operations} operations`);
    if (nestedBodies.length) {
      console.error(`${nestedBodies.length} operations take their body whole (as \`body\`): a body field shares a param's name, e.g. ${nestedBodies.slice(0, 3).join('; ')}`);
    }
    const owned = [relative(ROOT, outDir), relative(ROOT, docsDir)].map((p) => p.split('\\').join('/'));
    if (values.check) {
      const d = drift(ROOT, outputs, owned);
      const problems = [...d.stale.map((p) => `stale:   ${p}`), ...d.missing.map((p) => `missing: ${p}`), ...d.extra.map((p) => `extra:   ${p}`)];
      if (problems.length) {
        console.error(`generated files differ from what ${relative(ROOT, specPath)} gives (run \`npm run generate\` and commit):\n${problems.map((p) => `  ${p}`).join('\n')}`);
        return 1;
      }
      console.error(`generated files are up to date with ${relative(ROOT, specPath)}`);
      return 0;
    }
    const touched = write(ROOT, outputs, owned);
    console.error(touched.length ? `wrote ${touched.join(', ')}` : 'generated files were already up to date');
    return 0;
  } catch (error) {
    if (error instanceof LintGateError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
