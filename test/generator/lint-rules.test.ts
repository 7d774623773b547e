/**
 * The project's own lint rules, each shown to fire on a copy of the spec broken in one way, by name; and the real
 * spec passing with zero findings.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { lint } from '../../scripts/pipeline/redocly.js';
import { PROJECT_ROOT } from '../support/project-copy.js';

const dir = mkdtempSync(join(tmpdir(), 'aig-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LIST = '/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const breakSpec = (name: string, mutate: (spec: any) => void) => {
  const spec = parse(readFileSync(join(PROJECT_ROOT, 'spec/openapi.yaml'), 'utf8'));
  mutate(spec);
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, stringify(spec));
  return file;
};

describe.concurrent('lint', () => {
  it('passes the project spec with zero errors and zero warnings', async () => {
    const findings = await lint('spec/openapi.yaml', PROJECT_ROOT);
    expect({ errors: findings.errors, warnings: findings.warnings }).toEqual({ errors: 0, warnings: 0 });
  });

  const cases: { rule: string; mutate: (spec: any) => void }[] = [
    { rule: 'aig/response-has-example', mutate: (s) => delete s.paths[LIST].get.responses['200'].content['application/json'].example },
    { rule: 'aig/error-response-envelope', mutate: (s) => (s.components.responses.NotFound.content['application/json'].schema = { type: 'object', properties: { message: { type: 'string' } } }) },
    { rule: 'aig/operation-declares-security', mutate: (s) => delete s.paths[LIST].post.security },
    { rule: 'aig/operation-id-camel-case', mutate: (s) => (s.paths[LIST].get.operationId = 'list-provider-configs') },
    { rule: 'aig/secret-fields-write-only', mutate: (s) => delete s.components.schemas.ProviderConfigUpdate.properties.secret.writeOnly },
    { rule: 'aig/pagination-params-exist', mutate: (s) => (s.paths[LIST].get['x-pagination'].per_page = 'limit') },
  ];
  for (const { rule, mutate } of cases) {
    it(`fails with ${rule}`, async () => {
      const findings = await lint(breakSpec(rule.replace('/', '-'), mutate), PROJECT_ROOT, join(PROJECT_ROOT, 'redocly.yaml'));
      expect(findings.errors).toBeGreaterThan(0);
      expect(findings.topRules.map(([r]) => r)).toContain(rule);
    });
  }
});
