/**
 * `npm run generate`: spec -> lint -> bundle -> types -> validators -> helpers -> docs.
 *
 *   npm run generate              regenerate generated/ and docs/ from spec/openapi.yaml
 *   npm run generate -- --check   write nothing; exit 1 naming each file that differs from what the spec gives
 *
 * Stages talk through plain data: the model (scripts/model) reads the spec, the planner (scripts/plan) decides
 * names, and the emitters (scripts/emit) write text. Nothing here knows an operation of the API.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { banner } from './emit/banner.js';
import { emitOperations } from './emit/emit-operations.js';
import { emitReference } from './emit/emit-reference.js';
import { emitResources } from './emit/emit-resources.js';
import { emitTypes } from './emit/emit-types.js';
import { emitValidators } from './emit/emit-validators.js';
import { readApiModel } from './model/api-model.js';
import type { OpenApiDocument } from './model/openapi-doc.js';
import { drift, write, type Outputs } from './pipeline/outputs.js';
import { buildDocs, bundle, lint } from './pipeline/redocly.js';
import { planClient } from './plan/client-plan.js';
import { planValidators } from './plan/validator-plan.js';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_SPEC = 'spec/openapi.yaml';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    spec: { type: 'string', default: DEFAULT_SPEC },
  },
  strict: true,
});

function step(name: string, started: number): void {
  if (!process.env.GENERATE_QUIET) console.error(`  ${name.padEnd(11)} ${Math.round(performance.now() - started)} ms`);
}

async function main(): Promise<number> {
  const spec = relative(ROOT, resolve(values.spec!)).split('\\').join('/');
  const tmp = mkdtempSync(join(tmpdir(), 'aig-generate-'));
  try {
    let t = performance.now();
    const docsPath = join(tmp, 'index.html');
    const docsDone = buildDocs(spec, docsPath, ROOT);
    const bundled = join(tmp, 'openapi.json');
    const [findings] = await Promise.all([lint(spec, ROOT), bundle(spec, bundled, ROOT)]);
    step('lint', t);
    if (findings.errors + findings.warnings > 0) {
      console.error(findings.report);
      console.error(`\nLint found ${findings.errors} errors and ${findings.warnings} warnings in ${spec}; nothing was generated.`);
      await docsDone.catch(() => undefined);
      return 1;
    }
    const doc = JSON.parse(readFileSync(bundled, 'utf8')) as OpenApiDocument;
    t = performance.now();
    const model = readApiModel(doc);
    const plan = planClient(model);
    const outputs: Outputs = new Map();
    outputs.set('generated/schema.ts', await emitTypes(doc, spec));
    step('types', t);
    t = performance.now();
    outputs.set('generated/validators.ts', await emitValidators(planValidators(doc, model, plan), spec));
    step('validators', t);
    t = performance.now();
    outputs.set('generated/operations.ts', emitOperations(plan, spec));
    outputs.set('generated/resources.ts', emitResources(plan, spec));
    step('helpers', t);
    outputs.set('docs/reference.md', emitReference(plan, spec));
    t = performance.now();
    await docsDone;
    outputs.set('docs/index.html', banner(spec, 'html') + readFileSync(docsPath, 'utf8'));
    step('docs', t);
    const owned = ['generated', 'docs'];
    if (values.check) {
      const d = drift(ROOT, outputs, owned);
      const problems = [...d.stale.map((p) => `stale:   ${p}`), ...d.missing.map((p) => `missing: ${p}`), ...d.extra.map((p) => `extra:   ${p}`)];
      if (problems.length) {
        console.error(`generated files differ from what ${spec} gives (run \`npm run generate\` and commit):\n${problems.map((p) => `  ${p}`).join('\n')}`);
        return 1;
      }
      console.error(`generated files are up to date with ${spec}`);
      return 0;
    }
    const touched = write(ROOT, outputs, owned);
    console.error(touched.length ? `wrote ${touched.join(', ')}` : 'generated files were already up to date');
    return 0;
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
