/**
 * Emits generated/validators.ts: Ajv (2020-12 dialect) compiles each planned schema to standalone code at
 * generation time, and esbuild inlines the few Ajv runtime helpers it calls, so the client ships no schema compiler
 * and no dependency on Ajv.
 */
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';
import type { ValidatorPlan } from '../plan/validator-plan.js';
import { banner } from './banner.js';

const require = createRequire(import.meta.url);

function compile(plan: ValidatorPlan): string {
  const ajv = new Ajv2020.default({
    allErrors: true,
    // OpenAPI adds keywords JSON Schema does not know (example, discriminator, xml, x-*): annotations here.
    strictSchema: false,
    strictTypes: false,
    // Unknown formats and keywords in foreign specs are expected; they are annotations here, not noise.
    logger: false,
    // Messages are written by the runtime from the keyword and its limit (src/runtime/validate-params.ts): smaller code.
    messages: false,
    code: { source: true, esm: true, lines: true, optimize: 3 },
  });
  addFormats.default(ajv);
  ajv.addSchema(plan.definitions);
  const exports: Record<string, string> = {};
  for (const v of plan.validators) {
    ajv.addSchema(v.schema, v.name);
    exports[`${v.name}Compiled`] = v.name;
  }
  return standaloneCode.default(ajv, exports);
}

async function bundle(code: string, resolveDir: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'js', sourcefile: 'validators.js' },
    // Paths in esbuild's comments are relative to this: fixed, so the output does not depend on the caller's cwd.
    absWorkingDir: resolveDir,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    legalComments: 'none',
    logLevel: 'silent',
    charset: 'utf8',
  });
  return result.outputFiles[0]!.text;
}

export async function emitValidators(plan: ValidatorPlan, source: string): Promise<string> {
  // Resolve Ajv's runtime helpers from where Ajv itself is installed, whatever the working directory.
  const resolveDir = require.resolve('ajv/package.json').replace(/[/\\]node_modules[/\\]ajv[/\\]package\.json$/, '');
  const code = await bundle(compile(plan), resolveDir);
  const typed = plan.validators.map((v) => `export const ${v.name}: Validator = ${v.name}Compiled as Validator;`).join('\n');
  return [
    banner(source),
    '// @ts-nocheck: Ajv standalone output, checked by the tests rather than the compiler.',
    "import type { Validator } from '../src/runtime/operation.js';",
    '',
    code,
    typed,
    '',
  ].join('\n');
}
