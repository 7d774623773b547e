/**
 * Bad input fails before anything is sent: each case throws ValidationError naming the field and the rule, and the
 * local server records zero requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, ValidationError, type Client } from '../../src/index.js';
import { ok, PROVIDER_CONFIG, startServer, type LocalServer } from '../support/local-server.js';

let server: LocalServer;
let cf: Client;
beforeAll(async () => {
  server = await startServer(ok(PROVIDER_CONFIG));
  cf = createClient({ apiToken: 't', baseUrl: server.url, env: {} });
});
afterAll(() => server.close());

const A = '3ebbcb006d4d46d7bb6a8c7f14676cb0';
const CREATE = { account_id: A, gateway_id: 'gw', alias: 'a', default_config: true, provider_slug: 'openai', secret: 'sk-1', secret_id: 's' };
const LIST = { account_id: A, gateway_id: 'gw' };
const ID = { account_id: A, gateway_id: 'gw', id: 'pc' };

type Op = 'create' | 'list' | 'update' | 'delete';
const omit = <T extends object>(o: T, k: keyof T) => Object.fromEntries(Object.entries(o).filter(([key]) => key !== k));

const cases: { name: string; op: Op; params: Record<string, unknown>; want: { field: string; rule: string; limit?: unknown }[] }[] = [
  // create
  { name: 'create without alias', op: 'create', params: omit(CREATE, 'alias'), want: [{ field: 'alias', rule: 'required' }] },
  { name: 'create without secret', op: 'create', params: omit(CREATE, 'secret'), want: [{ field: 'secret', rule: 'required' }] },
  { name: 'create without secret_id', op: 'create', params: omit(CREATE, 'secret_id'), want: [{ field: 'secret_id', rule: 'required' }] },
  { name: 'create without provider_slug', op: 'create', params: omit(CREATE, 'provider_slug'), want: [{ field: 'provider_slug', rule: 'required' }] },
  { name: 'create without default_config', op: 'create', params: omit(CREATE, 'default_config'), want: [{ field: 'default_config', rule: 'required' }] },
  { name: 'create with a typo (aliass)', op: 'create', params: { ...CREATE, aliass: 'x' }, want: [{ field: 'aliass', rule: 'additionalProperties' }] },
  { name: 'create with default_config as a string', op: 'create', params: { ...CREATE, default_config: 'yes' }, want: [{ field: 'default_config', rule: 'type', limit: 'boolean' }] },
  { name: 'create with alias as a number', op: 'create', params: { ...CREATE, alias: 42 }, want: [{ field: 'alias', rule: 'type', limit: 'string' }] },
  { name: 'create with secret as an object', op: 'create', params: { ...CREATE, secret: { key: 'sk' } }, want: [{ field: 'secret', rule: 'type', limit: 'string' }] },
  { name: 'create with rate_limit as a string', op: 'create', params: { ...CREATE, rate_limit: '10' }, want: [{ field: 'rate_limit', rule: 'type' }] },
  { name: 'create with rate_limit_period as a boolean', op: 'create', params: { ...CREATE, rate_limit_period: true }, want: [{ field: 'rate_limit_period', rule: 'type' }] },
  { name: 'create with an empty gateway_id', op: 'create', params: { ...CREATE, gateway_id: '' }, want: [{ field: 'gateway_id', rule: 'minLength', limit: 1 }] },
  { name: 'create with a 65-character gateway_id', op: 'create', params: { ...CREATE, gateway_id: 'g'.repeat(65) }, want: [{ field: 'gateway_id', rule: 'maxLength', limit: 64 }] },
  { name: 'create with a 33-character account_id', op: 'create', params: { ...CREATE, account_id: 'a'.repeat(33) }, want: [{ field: 'account_id', rule: 'maxLength', limit: 32 }] },
  { name: 'create without account_id anywhere', op: 'create', params: omit(CREATE, 'account_id'), want: [{ field: 'account_id', rule: 'required' }] },
  { name: 'create with every field missing', op: 'create', params: { account_id: A, gateway_id: 'gw' }, want: ['alias', 'default_config', 'provider_slug', 'secret', 'secret_id'].map((field) => ({ field, rule: 'required' })) },
  { name: 'create with page (a list param)', op: 'create', params: { ...CREATE, page: 1 }, want: [{ field: 'page', rule: 'additionalProperties' }] },
  // list
  { name: 'list with page 0', op: 'list', params: { ...LIST, page: 0 }, want: [{ field: 'page', rule: 'minimum', limit: 1 }] },
  { name: 'list with a negative page', op: 'list', params: { ...LIST, page: -3 }, want: [{ field: 'page', rule: 'minimum', limit: 1 }] },
  { name: 'list with a fractional page', op: 'list', params: { ...LIST, page: 1.5 }, want: [{ field: 'page', rule: 'type', limit: 'integer' }] },
  { name: 'list with per_page 0', op: 'list', params: { ...LIST, per_page: 0 }, want: [{ field: 'per_page', rule: 'minimum', limit: 1 }] },
  { name: 'list with per_page 101', op: 'list', params: { ...LIST, per_page: 101 }, want: [{ field: 'per_page', rule: 'maximum', limit: 100 }] },
  { name: 'list with page as a string', op: 'list', params: { ...LIST, page: '2' }, want: [{ field: 'page', rule: 'type', limit: 'integer' }] },
  { name: 'list without gateway_id', op: 'list', params: omit(LIST, 'gateway_id'), want: [{ field: 'gateway_id', rule: 'required' }] },
  { name: 'list with gateway_id as a number', op: 'list', params: { ...LIST, gateway_id: 7 }, want: [{ field: 'gateway_id', rule: 'type', limit: 'string' }] },
  { name: 'list with a body field', op: 'list', params: { ...LIST, alias: 'x' }, want: [{ field: 'alias', rule: 'additionalProperties' }] },
  { name: 'list with page and per_page both wrong', op: 'list', params: { ...LIST, page: 0, per_page: 500 }, want: [{ field: 'page', rule: 'minimum' }, { field: 'per_page', rule: 'maximum' }] },
  // update
  { name: 'update without secret', op: 'update', params: ID, want: [{ field: 'secret', rule: 'required' }] },
  { name: 'update without id', op: 'update', params: { ...omit(ID, 'id'), secret: 'sk-2' }, want: [{ field: 'id', rule: 'required' }] },
  { name: 'update with an empty id', op: 'update', params: { ...ID, id: '', secret: 'sk-2' }, want: [{ field: 'id', rule: 'minLength', limit: 1 }] },
  { name: 'update with a null secret', op: 'update', params: { ...ID, secret: null }, want: [{ field: 'secret', rule: 'type', limit: 'string' }] },
  { name: 'update with alias (not updatable)', op: 'update', params: { ...ID, secret: 'sk-2', alias: 'x' }, want: [{ field: 'alias', rule: 'additionalProperties' }] },
  // delete
  { name: 'delete without id', op: 'delete', params: omit(ID, 'id'), want: [{ field: 'id', rule: 'required' }] },
  { name: 'delete with id as an array', op: 'delete', params: { ...ID, id: ['a'] }, want: [{ field: 'id', rule: 'type', limit: 'string' }] },
  { name: 'delete with a secret', op: 'delete', params: { ...ID, secret: 'sk' }, want: [{ field: 'secret', rule: 'additionalProperties' }] },
  { name: 'delete with an overlong gateway_id', op: 'delete', params: { ...ID, gateway_id: 'x'.repeat(100) }, want: [{ field: 'gateway_id', rule: 'maxLength', limit: 64 }] },
];

describe('bad input throws ValidationError and sends nothing', () => {
  it('has at least 30 cases across the four operations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.op))).toEqual(new Set(['create', 'list', 'update', 'delete']));
  });

  for (const c of cases) {
    it(c.name, async () => {
      const before = server.requests.length;
      const call = (cf.providerConfigs[c.op] as (p: unknown) => Promise<unknown>)(c.params);
      const error = await call.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues;
      expect(issues).toEqual(c.want.map((w) => expect.objectContaining(w)));
      for (const w of c.want) {
        expect((error as Error).message).toContain(w.field);
      }
      expect(server.requests.length).toBe(before);
    });
  }

  it('validate: false skips the schema check (the server then decides)', async () => {
    const before = server.requests.length;
    await cf.providerConfigs.create({ ...CREATE, aliass: 'x' } as never, { validate: false });
    expect(server.requests.length).toBe(before + 1);
  });
});
