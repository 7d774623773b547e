/** Type tests: what users lean on. A missing required field or a wrong type must not compile. */
import { describe, expectTypeOf, it } from 'vitest';
import { createClient, type ApiError, type Client, type ProviderConfig, type ValidationIssue } from '../../src/index.js';

declare const cf: Client;
const base = { account_id: 'a', gateway_id: 'g' };

describe('createClient', () => {
  it('returns a Client with providerConfigs and raw', () => {
    expectTypeOf(createClient).returns.toEqualTypeOf<Client>();
    expectTypeOf(cf.providerConfigs.create).toBeFunction();
    expectTypeOf(cf.raw.GET).toBeFunction();
  });

  it('rejects unknown options', () => {
    // @ts-expect-error: not an option
    createClient({ apiTokn: 'x' });
  });
});

describe('results have the documented types', () => {
  it('create, update and delete resolve to a ProviderConfig', () => {
    expectTypeOf(cf.providerConfigs.create).returns.resolves.toEqualTypeOf<ProviderConfig>();
    expectTypeOf(cf.providerConfigs.update).returns.resolves.toEqualTypeOf<ProviderConfig>();
    expectTypeOf(cf.providerConfigs.delete).returns.resolves.toEqualTypeOf<ProviderConfig>();
  });

  it('list resolves to ProviderConfig[] and listAll yields ProviderConfig', () => {
    expectTypeOf(cf.providerConfigs.list).returns.resolves.toEqualTypeOf<ProviderConfig[]>();
    expectTypeOf(cf.providerConfigs.listAll).returns.toEqualTypeOf<AsyncGenerator<ProviderConfig, void, undefined>>();
  });

  it('a ProviderConfig has its fields, typed, and no secret', () => {
    expectTypeOf<ProviderConfig['secret_preview']>().toEqualTypeOf<string>();
    expectTypeOf<ProviderConfig['default_config']>().toEqualTypeOf<boolean>();
    expectTypeOf<ProviderConfig['rate_limit']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<ProviderConfig>().not.toHaveProperty('secret');
  });

  it('errors carry their fields', () => {
    expectTypeOf<ApiError['status']>().toEqualTypeOf<number>();
    expectTypeOf<ApiError['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ValidationIssue['rule']>().toEqualTypeOf<string>();
  });
});

describe('params are checked at compile time', () => {
  it('accepts a complete create and leaves account_id optional (the client can supply it)', () => {
    void cf.providerConfigs.create({ ...base, alias: 'a', default_config: true, provider_slug: 'openai', secret: 's', secret_id: 'i' });
    void cf.providerConfigs.create({ gateway_id: 'g', alias: 'a', default_config: true, provider_slug: 'openai', secret: 's', secret_id: 'i', rate_limit: null });
  });

  it('rejects a create without a required field', () => {
    // @ts-expect-error: secret is required
    void cf.providerConfigs.create({ ...base, alias: 'a', default_config: true, provider_slug: 'openai', secret_id: 'i' });
    // @ts-expect-error: gateway_id is required
    void cf.providerConfigs.create({ account_id: 'a', alias: 'a', default_config: true, provider_slug: 'openai', secret: 's', secret_id: 'i' });
  });

  it('rejects wrong types', () => {
    // @ts-expect-error: default_config is a boolean
    void cf.providerConfigs.create({ ...base, alias: 'a', default_config: 'yes', provider_slug: 'openai', secret: 's', secret_id: 'i' });
    // @ts-expect-error: page is a number
    void cf.providerConfigs.list({ ...base, page: '2' });
    // @ts-expect-error: secret is a string
    void cf.providerConfigs.update({ ...base, id: 'x', secret: 42 });
  });

  it('rejects unknown fields in an object literal', () => {
    // @ts-expect-error: aliass is not a param
    void cf.providerConfigs.create({ ...base, aliass: 'a', alias: 'a', default_config: true, provider_slug: 'openai', secret: 's', secret_id: 'i' });
  });

  it('update needs an id and a secret; delete needs an id', () => {
    // @ts-expect-error: id is required
    void cf.providerConfigs.update({ ...base, secret: 's' });
    // @ts-expect-error: secret is required
    void cf.providerConfigs.update({ ...base, id: 'x' });
    // @ts-expect-error: id is required
    void cf.providerConfigs.delete({ ...base });
  });

  it('takes per-call options', () => {
    void cf.providerConfigs.list(base, { maxRetries: 0, timeoutMs: 1000, signal: AbortSignal.timeout(5), headers: { Prefer: 'code=404' }, validate: false });
    // @ts-expect-error: maxRetries is a number
    void cf.providerConfigs.list(base, { maxRetries: '1' });
  });
});
