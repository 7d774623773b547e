/**
 * Responses that are not what the spec says, from a real local server: each becomes a typed ApiError with the
 * status, the request id and an excerpt, never a TypeError or SyntaxError.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '../../src/index.js';
import { failure, json, raw, startServer, type Handler, type LocalServer } from '../support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
});

async function listWith(handler: Handler) {
  server = await startServer(handler);
  const cf = createClient({ apiToken: 't', baseUrl: server.url, env: {}, maxRetries: 0 });
  return cf.providerConfigs.list({ account_id: 'a', gateway_id: 'g' }).then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as ApiError,
  );
}

describe('status -> error class', () => {
  const table: [number, typeof ApiError][] = [
    [400, BadRequestError], [401, AuthenticationError], [403, PermissionDeniedError], [404, NotFoundError],
    [409, ConflictError], [429, RateLimitError], [500, InternalServerError], [502, InternalServerError], [503, InternalServerError], [418, ApiError],
  ];
  for (const [status, cls] of table) {
    it(`${status} -> ${cls.name}`, async () => {
      const error = await listWith(failure(status, 7001, 'nope'));
      expect(error).toBeInstanceOf(cls);
      expect(error.name).toBe(cls.name);
      expect(error).toMatchObject({ status, errors: [{ code: 7001, message: 'nope' }], messages: [], requestId: 'ray-test-1', method: 'GET', path: '/accounts/a/ai-gateway/gateways/g/provider_configs' });
      expect(error.message).toContain('[7001] nope');
      expect(error.message).toContain('ray-test-1');
    });
  }
});

describe('bodies that break the contract', () => {
  it('an HTML 502 page', async () => {
    const error = await listWith(raw(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.bodyExcerpt).toContain('502 Bad Gateway');
    expect(error.requestId).toBe('ray-test-1');
  });

  it('an empty 200', async () => {
    const error = await listWith(raw(200, '', 'application/json'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/empty/);
  });

  it('truncated JSON', async () => {
    const error = await listWith(raw(200, '{"success":true,"result":[{"id":', 'application/json'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.bodyExcerpt).toContain('"success":true');
  });

  it('a wrong content type', async () => {
    const error = await listWith(raw(200, 'ok', 'text/plain'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/content type "text\/plain"/);
  });

  it('a 200 without result', async () => {
    const error = await listWith(json(200, { success: true }));
    expect(error.message).toMatch(/no `result`/);
  });

  it('a 200 that says success: false', async () => {
    const error = await listWith(json(200, { success: false, errors: [{ code: 1234, message: 'odd' }], messages: [], result: null }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(200);
    expect(error.errors).toEqual([{ code: 1234, message: 'odd' }]);
  });

  it('a 200 that is not an object', async () => {
    const error = await listWith(json(200, [1, 2]));
    expect(error.message).toMatch(/envelope/);
  });

  it('a failure without the envelope', async () => {
    const error = await listWith(json(400, { message: 'plain' }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.errors).toEqual([]);
    expect(error.bodyExcerpt).toContain('plain');
  });

  it('a long body is cut to an excerpt', async () => {
    const error = await listWith(raw(500, 'x'.repeat(5000), 'text/plain'));
    expect(error.bodyExcerpt!.length).toBeLessThanOrEqual(201);
  });
});
