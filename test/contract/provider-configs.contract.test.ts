/**
 * Contract tests: the public client against a Prism mock started from spec/openapi.yaml. Valid calls return the
 * spec's examples, every declared error status surfaces as its error class, and both auth schemes work.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  createClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type ClientOptions,
} from '../../src/index.js';
import { deref, specOperations } from '../support/spec.js';

const ACCOUNT = '3ebbcb006d4d46d7bb6a8c7f14676cb0';
const GATEWAY = 'my-gateway';

/** Responses seen by the client, recorded by an injected fetch (no globals are touched). */
let seen: { url: string; status: number; violations: string | null }[] = [];

function client(options: Partial<ClientOptions> = {}) {
  return createClient({
    apiToken: 'test-token-value',
    baseUrl: inject('prismUrl'),
    env: {},
    fetch: async (request) => {
      const response = await fetch(request);
      seen.push({ url: request.url, status: response.status, violations: response.headers.get('sl-violations') });
      return response;
    },
    ...options,
  });
}

const exampleOf = (operationId: string) => {
  const op = specOperations().find((o) => o.operationId === operationId)!.op;
  return deref(op.responses['200']).content['application/json'].example;
};

const calls = {
  createProviderConfig: (cf: ReturnType<typeof client>, o = {}) =>
    cf.providerConfigs.create({ account_id: ACCOUNT, gateway_id: GATEWAY, alias: 'alias', default_config: true, provider_slug: 'provider_slug', secret: 'secret', secret_id: 'secret_id' }, o),
  listProviderConfigs: (cf: ReturnType<typeof client>, o = {}) => cf.providerConfigs.list({ account_id: ACCOUNT, gateway_id: GATEWAY, page: 1, per_page: 20 }, o),
  updateProviderConfig: (cf: ReturnType<typeof client>, o = {}) => cf.providerConfigs.update({ account_id: ACCOUNT, gateway_id: GATEWAY, id: 'id', secret: 'rotated-key' }, o),
  deleteProviderConfig: (cf: ReturnType<typeof client>, o = {}) => cf.providerConfigs.delete({ account_id: ACCOUNT, gateway_id: GATEWAY, id: 'id' }, o),
};

beforeEach(() => {
  seen = [];
});

describe('every operation of the spec has a contract test', () => {
  it('covers exactly the spec operations', () => {
    expect(Object.keys(calls).sort()).toEqual(specOperations().map((o) => o.operationId).sort());
  });
});

describe('valid calls return the spec examples', () => {
  it('create returns the reference example for the reference request', async () => {
    const result = await calls.createProviderConfig(client());
    expect(result).toEqual(exampleOf('createProviderConfig').result);
    expect(result).toEqual({
      id: 'id', alias: 'alias', default_config: true, gateway_id: 'my-gateway', modified_at: '2019-12-27T18:11:19.117Z',
      provider_slug: 'provider_slug', secret_id: 'secret_id', secret_preview: 'secret_preview', rate_limit: 0, rate_limit_period: 0,
    });
  });

  for (const operationId of ['listProviderConfigs', 'updateProviderConfig', 'deleteProviderConfig'] as const) {
    it(`${operationId} returns its example's result`, async () => {
      expect(await calls[operationId](client())).toEqual(exampleOf(operationId).result);
    });
  }

  it('listAll yields every item and stops at total_count without asking for an empty page', async () => {
    const items = [];
    for await (const item of client().providerConfigs.listAll({ account_id: ACCOUNT, gateway_id: GATEWAY })) items.push(item);
    expect(items).toEqual(exampleOf('listProviderConfigs').result);
    expect(seen).toHaveLength(1);
  });

  it('takes account_id from the client when a call leaves it out', async () => {
    const cf = client({ accountId: ACCOUNT });
    await cf.providerConfigs.delete({ gateway_id: GATEWAY, id: 'id' });
    expect(seen[0]!.url).toContain(`/accounts/${ACCOUNT}/`);
  });

  it('no response to a valid request carries sl-violations', async () => {
    const cf = client();
    for (const call of Object.values(calls)) await call(cf);
    expect(seen).toHaveLength(4);
    expect(seen.filter((s) => s.violations !== null)).toEqual([]);
  });
});

const CLASS_BY_STATUS: Record<string, typeof ApiError> = {
  '400': BadRequestError,
  '401': AuthenticationError,
  '403': PermissionDeniedError,
  '404': NotFoundError,
  '429': RateLimitError,
  '5XX': InternalServerError,
};

describe('every declared error status surfaces as its error class', () => {
  for (const { operationId, op, method } of specOperations()) {
    for (const status of Object.keys(op.responses).filter((s) => !s.startsWith('2'))) {
      it(`${operationId} ${status}`, async () => {
        const code = status === '5XX' ? '500' : status;
        const example = deref(op.responses[status]).content['application/json'].example;
        const call = calls[operationId as keyof typeof calls](client(), { headers: { Prefer: `code=${code}` }, maxRetries: 0 });
        const error = await call.then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(CLASS_BY_STATUS[status]);
        const apiError = error as ApiError;
        expect(apiError.status).toBe(Number(code));
        expect(apiError.errors).toEqual(example.errors);
        expect(apiError.requestId).toBeTruthy();
        expect(apiError.method).toBe(method.toUpperCase());
        expect(apiError.message).toContain(String(example.errors[0].code));
      });
    }
  }
});

describe('both auth schemes', () => {
  it('accepts an API token', async () => {
    await expect(calls.listProviderConfigs(client({ apiToken: 'a-token' }))).resolves.toBeInstanceOf(Array);
  });

  it('accepts the legacy email + key pair', async () => {
    const cf = client({ apiToken: undefined, apiEmail: 'me@example.com', apiKey: 'legacy-key-value' });
    await expect(calls.listProviderConfigs(cf)).resolves.toBeInstanceOf(Array);
    await expect(calls.createProviderConfig(cf)).resolves.toMatchObject({ id: 'id' });
  });

  it('answers AuthenticationError when no credentials are sent', async () => {
    const error = await calls.listProviderConfigs(client(), { headers: { Authorization: null }, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as ApiError).status).toBe(401);
  });

  it('answers AuthenticationError when only half of the legacy pair is sent', async () => {
    const cf = client({ apiToken: undefined, apiEmail: 'me@example.com', apiKey: 'legacy-key-value' });
    const error = await calls.deleteProviderConfig(cf, { headers: { 'X-Auth-Key': null }, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
  });
});
