/**
 * Faults against a real local server, each counting the requests the server saw: retries where they are safe,
 * none where a write may have happened, timeouts, and the caller's abort.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, ConnectionError, createClient, InternalServerError, RateLimitError, TimeoutError, type LogEntry } from '../../src/index.js';
import { freePort } from '../../scripts/mock/free-port.js';
import { failure, hang, ok, PROVIDER_CONFIG, raw, reset, startServer, type Handler, type LocalServer } from '../support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CREATE = { account_id: 'a', gateway_id: 'g', alias: 'x', default_config: true, provider_slug: 'openai', secret: 'sk-live-123', secret_id: 's' };
const PATH = { account_id: 'a', gateway_id: 'g' };

async function clientFor(handlers: Handler | Handler[], options: Parameters<typeof createClient>[0] = {}) {
  server = await startServer(handlers);
  return createClient({ apiToken: 't', baseUrl: server.url, env: {}, ...options });
}

const failed = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the call to fail'); }, (e: unknown) => e as Error & Record<string, unknown>);

describe('retried where it is safe', () => {
  it('list: 503 then 200 succeeds after 2 requests', async () => {
    const cf = await clientFor([failure(503, 10001, 'busy'), ok([PROVIDER_CONFIG])]);
    await expect(cf.providerConfigs.list(PATH)).resolves.toEqual([PROVIDER_CONFIG]);
    expect(server!.requests).toHaveLength(2);
  });

  it('create: 429 with Retry-After: 1 waits about a second, then succeeds (2 requests)', async () => {
    const cf = await clientFor([failure(429, 10429, 'slow down', { 'retry-after': '1' }), ok(PROVIDER_CONFIG)]);
    const started = performance.now();
    await expect(cf.providerConfigs.create(CREATE)).resolves.toEqual(PROVIDER_CONFIG);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server!.requests).toHaveLength(2);
    expect(server!.requests[0]!.body).toBe(server!.requests[1]!.body);
  });

  it('delete: a reset connection is retried', async () => {
    const cf = await clientFor([reset, ok(PROVIDER_CONFIG)]);
    await expect(cf.providerConfigs.delete({ ...PATH, id: 'x' })).resolves.toEqual(PROVIDER_CONFIG);
    expect(server!.requests).toHaveLength(2);
  });

  it('update (PUT) is retried after a 500', async () => {
    const cf = await clientFor([failure(500, 10001, 'oops'), ok(PROVIDER_CONFIG)]);
    await expect(cf.providerConfigs.update({ ...PATH, id: 'x', secret: 'sk-new-1' })).resolves.toEqual(PROVIDER_CONFIG);
    expect(server!.requests).toHaveLength(2);
  });

  it('create: a refused connection is retried, since nothing was sent', async () => {
    const port = await freePort();
    const attempts: LogEntry[] = [];
    const cf = createClient({ apiToken: 't', baseUrl: `http://127.0.0.1:${port}`, env: {}, maxRetries: 1, logger: (e) => attempts.push(e) });
    const error = await failed(cf.providerConfigs.create(CREATE));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.mayHaveTakenEffect).toBe(false);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
  });

  it('gives up after maxRetries (3 requests by default) and throws the last error', async () => {
    const cf = await clientFor(raw(502, '<html>Bad Gateway</html>', 'text/html'));
    const error = await failed(cf.providerConfigs.list(PATH));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.bodyExcerpt).toContain('Bad Gateway');
    expect(server!.requests).toHaveLength(3);
  });

  it('maxRetries per call overrides the client', async () => {
    const cf = await clientFor(failure(503, 10001, 'busy'), { maxRetries: 5 });
    await failed(cf.providerConfigs.list(PATH, { maxRetries: 0 }));
    expect(server!.requests).toHaveLength(1);
  });
});

describe('not retried where a write may have happened', () => {
  it('create: a 500 is not retried and the error says it may have been created', async () => {
    const cf = await clientFor([failure(500, 10001, 'internal'), ok(PROVIDER_CONFIG)]);
    const error = await failed(cf.providerConfigs.create(CREATE));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.mayHaveTakenEffect).toBe(true);
    expect(error.message).toMatch(/may have acted on it/);
    expect(error.message).toMatch(/listing/);
    expect(server!.requests).toHaveLength(1);
  });

  it('create: a reset after the request was read is not retried', async () => {
    const cf = await clientFor([reset, ok(PROVIDER_CONFIG)]);
    const error = await failed(cf.providerConfigs.create(CREATE));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.mayHaveTakenEffect).toBe(true);
    expect(error.cause).toBeDefined();
    expect(server!.requests).toHaveLength(1);
  });

  it('create: a timeout is not retried', async () => {
    const cf = await clientFor(hang);
    const error = await failed(cf.providerConfigs.create(CREATE, { timeoutMs: 200 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.mayHaveTakenEffect).toBe(true);
    expect(server!.requests).toHaveLength(1);
  });
});

describe('timeouts and cancellation', () => {
  it('headers that never come: TimeoutError after timeoutMs, on every attempt', async () => {
    const cf = await clientFor(hang, { timeoutMs: 200, maxRetries: 1 });
    const error = await failed(cf.providerConfigs.list(PATH));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.name).toBe('TimeoutError');
    expect(error.message).toMatch(/timed out after 200 ms/);
    expect(server!.requests).toHaveLength(2);
  });

  it("a caller's abort throws AbortError after 1 request, with no retry", async () => {
    const cf = await clientFor(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user cancelled')), 100);
    const error = await failed(cf.providerConfigs.list(PATH, { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.name).toBe('AbortError');
    expect((error.cause as Error).message).toBe('user cancelled');
    expect(server!.requests).toHaveLength(1);
  });

  it('an abort while waiting to retry stops at once', async () => {
    const cf = await clientFor(failure(503, 10001, 'busy', { 'retry-after': '30' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const error = await failed(cf.providerConfigs.list(PATH, { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(server!.requests).toHaveLength(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    const cf = await clientFor(ok([]));
    const error = await failed(cf.providerConfigs.create(CREATE, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.mayHaveTakenEffect).toBe(false);
    expect(server!.requests).toHaveLength(0);
  });

  it('create aborted after it was sent says it may have been created', async () => {
    const cf = await clientFor(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const error = await failed(cf.providerConfigs.create(CREATE, { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.mayHaveTakenEffect).toBe(true);
    expect(error.message).toMatch(/may have acted on it/);
    expect(server!.requests).toHaveLength(1);
  });

  it('a Retry-After over 60 s fails at once with RateLimitError carrying retryAfter', async () => {
    const cf = await clientFor(failure(429, 10429, 'later', { 'retry-after': '120' }));
    const error = await failed(cf.providerConfigs.list(PATH));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(120);
    expect(server!.requests).toHaveLength(1);
  });
});

describe('logging', () => {
  it('one structured entry per attempt, with status, attempt, duration and request id', async () => {
    const entries: LogEntry[] = [];
    const cf = await clientFor([failure(503, 10001, 'busy'), ok([])], { logger: (e) => entries.push(e) });
    await cf.providerConfigs.list(PATH);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ level: 'warn', operation: 'listProviderConfigs', method: 'GET', path: '/accounts/a/ai-gateway/gateways/g/provider_configs', attempt: 1, status: 503, requestId: 'ray-test-1', error: 'InternalServerError' });
    expect(entries[0]!.retryInMs).toBeGreaterThan(0);
    expect(entries[1]).toMatchObject({ level: 'info', attempt: 2, status: 200 });
    expect(typeof entries[1]!.durationMs).toBe('number');
  });

  it('accepts an object with level methods, like console', async () => {
    const lines: [string, string, LogEntry][] = [];
    const logger = { info: (m: string, e: LogEntry) => lines.push(['info', m, e]), error: (m: string, e: LogEntry) => lines.push(['error', m, e]) };
    const cf = await clientFor(failure(404, 7002, 'Not Found'), { logger });
    await failed(cf.providerConfigs.delete({ ...PATH, id: 'x' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]![0]).toBe('error');
    expect(lines[0]![1]).toMatch(/DELETE .* -> 404/);
  });
});
