/**
 * The generator on specs nobody tuned it for: small fixtures (test/fixtures/specs) that exercise OpenAPI 3.0 and
 * 3.1 features. Each is generated into a folder beside generated/ and everything is type-checked with the
 * project's compiler settings; the validators are then run on inputs the 3.0/3.1 semantics decide.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../scripts/pipeline/outputs.js';
import { runPipeline } from '../../scripts/pipeline/run-pipeline.js';
import { PROJECT_ROOT } from '../support/project-copy.js';

const FIXTURES = ['petstore-30.yaml', 'catalog-31.json'];
const outDir = (fixture: string) => join(PROJECT_ROOT, `.fixture-${fixture.replace(/\..*$/, '')}`);
const texts = new Map<string, Map<string, string>>();

async function generate(fixture: string) {
  const tmp = mkdtempSync(join(tmpdir(), 'aig-fixture-'));
  try {
    return await runPipeline({
      root: PROJECT_ROOT,
      specPath: join(PROJECT_ROOT, 'test/fixtures/specs', fixture),
      outDir: outDir(fixture),
      docsDir: join(outDir(fixture), 'docs'),
      gated: false,
      docs: false,
      tmp,
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  for (const fixture of FIXTURES) {
    const { outputs } = await generate(fixture);
    rmSync(outDir(fixture), { recursive: true, force: true });
    write(PROJECT_ROOT, outputs, []);
    texts.set(fixture, outputs);
  }
}, 120_000);
afterAll(() => {
  for (const fixture of FIXTURES) rmSync(outDir(fixture), { recursive: true, force: true });
});

const file = (fixture: string, name: string) => readFileSync(join(outDir(fixture), name), 'utf8');

describe('fixture specs', () => {
  it('type-check with the project compiler settings', async () => {
    const config = join(PROJECT_ROOT, 'tsconfig.fixtures-tmp.json');
    writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', include: ['src', ...FIXTURES.map((f) => outDir(f))] }));
    try {
      await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: PROJECT_ROOT }).catch((e: { stdout: string }) => {
        throw new Error(`tsc failed:\n${e.stdout}`);
      });
    } finally {
      rmSync(config, { force: true });
    }
  }, 120_000);

  it('group by tag (or path), name methods from operationIds (or method and path), and cover every operation', () => {
    const pets = file('petstore-30.yaml', 'resources.ts');
    expect(pets).toMatch(/export interface PetsResource/);
    for (const m of ['create', 'delete', 'get', 'list', 'updateNotes']) expect(pets).toMatch(new RegExp(`\\n  ${m}\\(params`));
    expect(pets).toMatch(/export interface CategoriesResource/);
    expect(pets).toMatch(/categories: categoriesResource\(ctx\)/);
    const catalog = file('catalog-31.json', 'resources.ts');
    for (const m of ['create', 'get', 'getPatch', 'list']) expect(catalog).toMatch(new RegExp(`\\n  ${m}\\(params`));
    for (const m of ['download', 'upload']) expect(catalog).toMatch(new RegExp(`\\n  ${m}\\(params`));
    expect(file('petstore-30.yaml', 'operations.ts').match(/^export function /gm)).toHaveLength(6);
    expect(file('catalog-31.json', 'operations.ts').match(/^export function /gm)).toHaveLength(6);
  });

  it('describe non-JSON bodies, empty responses and nested bodies in the descriptors', () => {
    const pets = file('petstore-30.yaml', 'operations.ts');
    expect(pets).toContain('"body": {"mode":"whole","mediaType":"text/plain"}');
    expect(pets).toMatch(/deletePetOperation[\s\S]*?"response": "none"/);
    const catalog = file('catalog-31.json', 'operations.ts');
    expect(catalog).toMatch(/downloadFileOperation[\s\S]*?"response": "text"/);
    // PATCH /items/{id} has a body field `id` too: that body is taken whole rather than flattened.
    expect(catalog).toMatch(/getItemPatchOperation[\s\S]*?"body": \{"mode":"whole"/);
  });

  it('hoist a recursive JSON-value schema so the compiler accepts it', () => {
    expect(file('catalog-31.json', 'schema.ts')).toMatch(/export type RecursiveSchema_Json = /);
  });

  it('are byte-stable', async () => {
    for (const fixture of FIXTURES) {
      const again = await generate(fixture);
      expect([...again.outputs.entries()]).toEqual([...texts.get(fixture)!.entries()]);
    }
  }, 60_000);
});

describe("validators keep each version's semantics", () => {
  type V = ((data: unknown) => boolean) & { errors?: { keyword: string; instancePath: string }[] | null };
  let pets: Record<string, V>;
  let catalog: Record<string, V>;
  beforeAll(async () => {
    pets = await import(join(outDir('petstore-30.yaml'), 'validators.ts'));
    catalog = await import(join(outDir('catalog-31.json'), 'validators.ts'));
  });

  const cases: { name: string; validator: () => V; given: unknown; valid: boolean }[] = [
    { name: '3.0 nullable accepts null', validator: () => pets.validateCreatePet!, given: { name: 'Rex', kind: 'dog', tag: null, weight: null }, valid: true },
    { name: '3.0 enum refuses an unknown kind', validator: () => pets.validateCreatePet!, given: { name: 'Rex', kind: 'cow' }, valid: false },
    { name: '3.0 boolean exclusiveMinimum refuses 0', validator: () => pets.validateCreatePet!, given: { name: 'Rex', kind: 'dog', weight: 0 }, valid: false },
    { name: '3.0 boolean exclusiveMinimum accepts 0.1', validator: () => pets.validateCreatePet!, given: { name: 'Rex', kind: 'dog', weight: 0.1 }, valid: true },
    { name: '3.0 path-level param with exclusiveMinimum', validator: () => pets.validateGetPet!, given: { petId: 0 }, valid: false },
    { name: '3.0 $ref query param range', validator: () => pets.validateListPets!, given: { limit: 101 }, valid: false },
    { name: 'non-JSON body is a whole `body`', validator: () => pets.validateUpdatePetsNotes!, given: { petId: 1, body: 'x'.repeat(1001) }, valid: false },
    { name: '3.1 type array accepts null', validator: () => catalog.validateListItems!, given: { cursor: null }, valid: true },
    { name: '3.1 header pattern', validator: () => catalog.validateListItems!, given: { 'X-Trace': 'XYZ' }, valid: false },
    { name: '3.1 numeric exclusiveMinimum', validator: () => catalog.validateCreateItem!, given: { name: 'n', price: 0 }, valid: false },
    { name: '3.1 const', validator: () => catalog.validateCreateItem!, given: { name: 'n', price: 1, kind: 'digital' }, valid: false },
    { name: '3.1 recursive anyOf', validator: () => catalog.validateCreateItem!, given: { name: 'n', price: 1, meta: { a: [1, { b: null }] } }, valid: true },
    { name: '3.1 uniqueItems', validator: () => catalog.validateCreateItem!, given: { name: 'n', price: 1, tags: ['a', 'a'] }, valid: false },
    { name: 'format uuid', validator: () => catalog.validateGetItem!, given: { id: 'not-a-uuid' }, valid: false },
    { name: 'unknown param', validator: () => catalog.validateGetItem!, given: { id: '6f1c2a9e-1b7e-4d8e-9b1a-2f6c1d0e3a4b', idd: 1 }, valid: false },
  ];
  for (const c of cases) it(c.name, () => expect(c.validator()(c.given)).toBe(c.valid));
});
