/**
 * The pipeline as one function: spec -> lint -> bundle -> types -> validators -> helpers -> docs, returning the
 * files it would write (it writes nothing) and how long each stage took. `npm run generate` and the benchmarks
 * both call it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { banner } from '../emit/banner.js';
import { emitOperations } from '../emit/emit-operations.js';
import { emitReference } from '../emit/emit-reference.js';
import { emitResources } from '../emit/emit-resources.js';
import { emitTypes } from '../emit/emit-types.js';
import { emitValidators } from '../emit/emit-validators.js';
import { readApiModel } from '../model/api-model.js';
import type { OpenApiDocument } from '../model/openapi-doc.js';
import { planClient } from '../plan/client-plan.js';
import { planValidators } from '../plan/validator-plan.js';
import type { Outputs } from './outputs.js';
import { buildDocs, bundle, lint, type LintSummary } from './redocly.js';

export type StageName = 'lint' | 'bundle' | 'types' | 'validators' | 'helpers' | 'reference' | 'docs';

export interface PipelineOptions {
  /** The project root: output paths and the spec's name in banners are relative to it. */
  root: string;
  /** The spec, absolute: YAML or JSON, optionally gzipped. */
  specPath: string;
  /** Where the TypeScript goes and where the docs go, absolute. */
  outDir: string;
  docsDir: string;
  /** Stop on any lint finding (the project's own spec); otherwise findings are only reported. */
  gated: boolean;
  /** Run docs after the other stages instead of beside them, so each stage can be timed alone. */
  sequential?: boolean;
  /** Render the docs page too. @default true */
  docs?: boolean;
  /** A scratch folder for Redocly's files. */
  tmp: string;
  /** Wraps each stage, for timing and memory. */
  stage?: <T>(name: StageName, run: () => Promise<T>) => Promise<T>;
}

export interface PipelineResult {
  outputs: Outputs;
  /** Operations whose body was nested because a field shared a param's name (foreign specs only). */
  nestedBodies: string[];
  findings: LintSummary;
  operations: number;
}

export class LintGateError extends Error {
  constructor(readonly findings: LintSummary, spec: string) {
    super(`${findings.report}\n\nLint found ${findings.errors} errors and ${findings.warnings} warnings in ${spec}; nothing was generated.`);
  }
}

const plain = <T>(_name: StageName, run: () => Promise<T>) => run();

/** Redocly reads files: a gzipped spec is unpacked next to its scratch copy first. */
function readableSpec(specPath: string, tmp: string): string {
  if (!specPath.endsWith('.gz')) return specPath;
  const unpacked = join(tmp, basename(specPath, '.gz'));
  writeFileSync(unpacked, gunzipSync(readFileSync(specPath)));
  return unpacked;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const stage = options.stage ?? plain;
  const source = relative(options.root, options.specPath).split('\\').join('/');
  const input = readableSpec(options.specPath, options.tmp);
  const rel = (dir: string, file: string) => relative(options.root, join(dir, file)).split('\\').join('/');
  const docsHtml = join(options.tmp, 'index.html');
  const bundled = join(options.tmp, 'openapi.json');

  const withDocs = options.docs !== false;
  const docsRun = () => (withDocs ? stage('docs', () => buildDocs(input, docsHtml, options.root)) : Promise.resolve());
  const docsDone = options.sequential ? undefined : docsRun();
  docsDone?.catch(() => undefined);
  const [findings] = await Promise.all([stage('lint', () => lint(input, options.root)), stage('bundle', () => bundle(input, bundled, options.root))]);
  if (options.gated && findings.errors + findings.warnings > 0) throw new LintGateError(findings, source);

  const doc = JSON.parse(readFileSync(bundled, 'utf8')) as OpenApiDocument;
  const outputs: Outputs = new Map();
  outputs.set(rel(options.outDir, 'schema.ts'), await stage('types', () => emitTypes(doc, source)));
  const model = readApiModel(doc);
  // The project's own spec fails on a param name used twice; a foreign one gets that body nested, reported.
  const plan = planClient(model, { onBodyCollision: options.gated ? 'fail' : 'nest' });
  outputs.set(rel(options.outDir, 'validators.ts'), await stage('validators', () => emitValidators(planValidators(doc, model, plan), source)));
  await stage('helpers', async () => {
    outputs.set(rel(options.outDir, 'operations.ts'), emitOperations(plan, source));
    outputs.set(rel(options.outDir, 'resources.ts'), emitResources(plan, source));
  });
  outputs.set(rel(options.docsDir, 'reference.md'), await stage('reference', async () => emitReference(plan, source)));
  await (docsDone ?? docsRun());
  if (withDocs) outputs.set(rel(options.docsDir, 'index.html'), banner(source, 'html') + readFileSync(docsHtml, 'utf8'));
  return { outputs, findings, operations: model.operations.length, nestedBodies: plan.nestedBodies };
}
