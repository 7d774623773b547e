/**
 * The pipeline end to end, in a temp copy of the project: `--check` passes on the committed output, names every
 * stale file after a one-character spec change, regenerating is byte-stable, a new operation gets a helper, and a
 * name used twice stops the generator.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { copyProject, type ProjectCopy } from '../support/project-copy.js';

const OUTPUTS = ['generated/schema.ts', 'generated/validators.ts', 'generated/operations.ts', 'generated/resources.ts', 'docs/index.html'];

let project: ProjectCopy;
beforeAll(() => {
  project = copyProject();
});
afterAll(() => project.remove());

const digest = () => OUTPUTS.map((p) => createHash('sha256').update(project.read(p)).digest('hex'));

describe('npm run generate', () => {
  it('--check passes on the committed output and writes nothing', async () => {
    const before = digest();
    const result = await project.run('scripts/generate.ts', ['--check']);
    expect(result.stderr).toContain('up to date');
    expect(result.code).toBe(0);
    expect(digest()).toEqual(before);
  });

  it('--check fails after a one-character spec change, naming each stale file, and writes nothing', async () => {
    const original = project.read('spec/openapi.yaml');
    project.write('spec/openapi.yaml', original.replace('summary: Create a provider config', 'summary: Create a provider confiG'));
    const before = digest();
    const result = await project.run('scripts/generate.ts', ['--check']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stale:   generated/operations.ts');
    expect(result.stderr).toContain('stale:   generated/resources.ts');
    expect(result.stderr).toContain('stale:   docs/index.html');
    expect(result.stderr).not.toContain('generated/validators.ts');
    expect(digest()).toEqual(before);
    project.write('spec/openapi.yaml', original);
  });

  it('regenerating twice gives the same bytes', async () => {
    expect((await project.run('scripts/generate.ts')).code).toBe(0);
    const first = digest();
    expect((await project.run('scripts/generate.ts')).code).toBe(0);
    expect(digest()).toEqual(first);
  });

  it('gives a new operation of the spec its helper', async () => {
    const original = project.read('spec/openapi.yaml');
    const spec = parse(original);
    const item = spec.paths['/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}'];
    item.get = { ...structuredClone(item.delete), operationId: 'getProviderConfig', summary: 'Get a provider config', description: 'Reads one provider config.' };
    project.write('spec/openapi.yaml', stringify(spec));
    const result = await project.run('scripts/generate.ts');
    expect(result.stderr).toContain('wrote');
    expect(result.code).toBe(0);
    expect(project.read('generated/resources.ts')).toMatch(/get: \(params, options\) => getProviderConfig\(ctx, params, options\)/);
    expect(project.read('generated/operations.ts')).toContain('export function getProviderConfig(');
    project.write('spec/openapi.yaml', original);
    expect((await project.run('scripts/generate.ts')).code).toBe(0);
  });

  it('stops loudly when two places use one param name', async () => {
    const original = project.read('spec/openapi.yaml');
    const spec = parse(original);
    spec.components.schemas.ProviderConfigUpdate.properties.id = { type: 'string', description: 'clashes with the path' };
    project.write('spec/openapi.yaml', stringify(spec));
    const before = digest();
    const result = await project.run('scripts/generate.ts');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PUT .*\{id\}: the parameter name "id" is used by both the path parameter and the request body/);
    expect(digest()).toEqual(before);
    project.write('spec/openapi.yaml', original);
  });

  it('refuses to generate from a spec that fails lint', async () => {
    const original = project.read('spec/openapi.yaml');
    const spec = parse(original);
    delete spec.paths['/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs'].post.security;
    project.write('spec/openapi.yaml', stringify(spec));
    const result = await project.run('scripts/generate.ts');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('aig/operation-declares-security');
    project.write('spec/openapi.yaml', original);
  });
});
