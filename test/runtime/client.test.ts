/** createClient against a real local server: credentials, environment defaults, base URL, raw client. */
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, createClient, ValidationError } from '../../src/index.js';
import { ok, PROVIDER_CONFIG, startServer, type LocalServer } from '../support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('credentials', () => {
  it('sends an API token as a bearer token', async () => {
    server = await startServer(ok([]));
    await createClient({ apiToken: 'tok_abc', baseUrl: server.url, env: {} }).providerConfigs.list({ account_id: 'a', gateway_id: 'g' });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer tok_abc');
    expect(server.requests[0]!.headers['x-auth-key']).toBeUndefined();
  });

  it('sends the legacy pair as X-Auth-Email and X-Auth-Key', async () => {
    server = await startServer(ok([]));
    await createClient({ apiEmail: 'me@example.com', apiKey: 'key_abc', baseUrl: server.url, env: {} }).providerConfigs.list({ account_id: 'a', gateway_id: 'g' });
    expect(server.requests[0]!.headers).toMatchObject({ 'x-auth-email': 'me@example.com', 'x-auth-key': 'key_abc' });
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('reads CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_BASE_URL from the environment', async () => {
    server = await startServer(ok([]));
    const cf = createClient({ env: { CLOUDFLARE_API_TOKEN: 'env_tok', CLOUDFLARE_ACCOUNT_ID: 'acc123', CLOUDFLARE_BASE_URL: server.url } });
    await cf.providerConfigs.list({ gateway_id: 'g' });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer env_tok');
    expect(server.requests[0]!.url).toBe('/accounts/acc123/ai-gateway/gateways/g/provider_configs');
  });

  it('reads CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY from the environment', async () => {
    server = await startServer(ok([]));
    const cf = createClient({ baseUrl: server.url, env: { CLOUDFLARE_EMAIL: 'e@x.io', CLOUDFLARE_API_KEY: 'envkey' } });
    await cf.providerConfigs.list({ account_id: 'a', gateway_id: 'g' });
    expect(server.requests[0]!.headers).toMatchObject({ 'x-auth-email': 'e@x.io', 'x-auth-key': 'envkey' });
  });

  it('prefers explicit options over the environment', async () => {
    server = await startServer(ok([]));
    const cf = createClient({ apiToken: 'opt_tok', accountId: 'opt_acc', baseUrl: server.url, env: { CLOUDFLARE_API_TOKEN: 'env_tok', CLOUDFLARE_ACCOUNT_ID: 'env_acc' } });
    await cf.providerConfigs.list({ gateway_id: 'g' });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer opt_tok');
    expect(server.requests[0]!.url).toContain('/accounts/opt_acc/');
  });

  it('a call-level account_id beats the client default', async () => {
    server = await startServer(ok([]));
    await createClient({ apiToken: 't', accountId: 'client_acc', baseUrl: server.url, env: {} }).providerConfigs.list({ account_id: 'call_acc', gateway_id: 'g' });
    expect(server.requests[0]!.url).toContain('/accounts/call_acc/');
  });

  it('throws ConfigurationError naming the variables when there are no credentials', () => {
    expect(() => createClient({ env: {} })).toThrow(ConfigurationError);
    expect(() => createClient({ env: {} })).toThrow(/CLOUDFLARE_API_TOKEN.*CLOUDFLARE_EMAIL.*CLOUDFLARE_API_KEY/);
  });

  it('throws when half of the legacy pair is given, naming the missing half', () => {
    expect(() => createClient({ apiEmail: 'me@example.com', env: {} })).toThrow(/apiKey is missing/);
    expect(() => createClient({ env: { CLOUDFLARE_API_KEY: 'k' } })).toThrow(/CLOUDFLARE_EMAIL is missing/);
  });

  it('refuses a negative maxRetries or a zero timeout', () => {
    expect(() => createClient({ apiToken: 't', env: {}, maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => createClient({ apiToken: 't', env: {}, timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});

describe('params', () => {
  it('puts path, query and body fields where the spec says', async () => {
    server = await startServer(ok(PROVIDER_CONFIG));
    const cf = createClient({ apiToken: 't', baseUrl: server.url, env: {} });
    await cf.providerConfigs.create({ account_id: 'a', gateway_id: 'g', alias: 'x', default_config: false, provider_slug: 'openai', secret: 'sk-1', secret_id: 's', rate_limit: null });
    await cf.providerConfigs.list({ account_id: 'a', gateway_id: 'g', page: 2, per_page: 5 });
    const [create, list] = server.requests;
    expect(create!.method).toBe('POST');
    expect(create!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(create!.body)).toEqual({ alias: 'x', default_config: false, provider_slug: 'openai', secret: 'sk-1', secret_id: 's', rate_limit: null });
    expect(list!.url).toBe('/accounts/a/ai-gateway/gateways/g/provider_configs?page=2&per_page=5');
    expect(list!.body).toBe('');
  });

  it('encodes path params so they cannot leave their segment', async () => {
    server = await startServer(ok(PROVIDER_CONFIG));
    const cf = createClient({ apiToken: 't', baseUrl: server.url, env: {} });
    await cf.providerConfigs.delete({ account_id: 'a', gateway_id: 'g/../x?y=1', id: 'i#d' });
    expect(server.requests[0]!.url).toBe('/accounts/a/ai-gateway/gateways/g%2F..%2Fx%3Fy%3D1/provider_configs/i%23d');
  });

  it('refuses "." and ".." as path params, and a missing account_id, before sending', async () => {
    server = await startServer(ok(PROVIDER_CONFIG));
    const cf = createClient({ apiToken: 't', baseUrl: server.url, env: {} });
    const dotdot = await cf.providerConfigs.delete({ account_id: 'a', gateway_id: '..', id: 'x' }, { validate: false }).catch((e: unknown) => e);
    expect(dotdot).toBeInstanceOf(ValidationError);
    expect((dotdot as ValidationError).issues).toEqual([expect.objectContaining({ field: 'gateway_id', rule: 'path-segment' })]);
    const missing = await cf.providerConfigs.delete({ gateway_id: 'g', id: 'x' }).catch((e: unknown) => e);
    expect((missing as ValidationError).issues).toEqual([expect.objectContaining({ field: 'account_id', rule: 'required' })]);
    expect((missing as Error).message).toMatch(/accountId/);
    expect(server.requests).toHaveLength(0);
  });

  it('exposes the openapi-fetch client as raw, with the credentials', async () => {
    server = await startServer(ok([]));
    const cf = createClient({ apiToken: 'rawtok', baseUrl: server.url, env: {} });
    const { data, response } = await cf.raw.GET('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs', { params: { path: { account_id: 'a', gateway_id: 'g' } } });
    expect(response.status).toBe(200);
    expect(data?.success).toBe(true);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer rawtok');
  });

  it('sends per-call headers and client headers', async () => {
    server = await startServer(ok([]));
    const cf = createClient({ apiToken: 't', baseUrl: server.url, env: {}, headers: { 'x-client': '1' } });
    await cf.providerConfigs.list({ account_id: 'a', gateway_id: 'g' }, { headers: { 'x-call': '2' } });
    expect(server.requests[0]!.headers).toMatchObject({ 'x-client': '1', 'x-call': '2' });
  });
});
