/**
 * Secret hygiene, as a property: for random provider keys and credentials, no failing call lets either appear in
 * the error's message, JSON.stringify, util.inspect, its cause, a ValidationError's issues, or a log entry, even
 * when the server echoes them back.
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type LogEntry } from '../../src/index.js';
import { freePort } from '../../scripts/mock/free-port.js';
import { startServer, type LocalServer } from '../support/local-server.js';

let server: LocalServer;
beforeAll(async () => {
  // Echoes everything it was sent back in the failure: the worst case for leaks.
  server = await startServer((req, res, recorded) => {
    const echo = `${recorded.body} ${req.headers.authorization ?? ''} ${req.headers['x-auth-key'] ?? ''}`;
    const mode = new URL(recorded.url, 'http://x').searchParams.get('mode') ?? req.headers['x-mode'];
    if (mode === 'html') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(`<html>upstream said: ${echo}</html>`);
    } else {
      res.writeHead(400, { 'content-type': 'application/json', 'cf-ray': 'r' });
      res.end(JSON.stringify({ success: false, errors: [{ code: 7001, message: `bad key ${echo}` }], messages: [{ code: 1, message: echo }], result: null }));
    }
  });
});
afterAll(() => server.close());

const secretArb = fc.stringMatching(/^[A-Za-z0-9_-]{12,40}$/);

function everything(error: unknown, logs: LogEntry[]): string {
  const e = error as Error & { cause?: unknown; issues?: unknown };
  return [
    e.message,
    e.stack,
    JSON.stringify(e),
    inspect(e, { depth: 10, showHidden: true }),
    String(e.cause),
    inspect(e.cause, { depth: 10 }),
    JSON.stringify(e.issues ?? null),
    JSON.stringify(logs),
    logs.map((l) => l.message).join('\n'),
  ].join('\n');
}

type Scenario = 'echo-400' | 'echo-html-502' | 'validation' | 'refused' | 'timeout';
const scenarios: Scenario[] = ['echo-400', 'echo-html-502', 'validation', 'refused', 'timeout'];

describe('no secret in any error or log line', () => {
  it('holds for random keys, tokens and failure modes', async () => {
    const refusedPort = await freePort();
    await fc.assert(
      fc.asyncProperty(secretArb, secretArb, fc.boolean(), fc.constantFrom(...scenarios), async (secret, credential, legacy, scenario) => {
        fc.pre(secret !== credential);
        const logs: LogEntry[] = [];
        const baseUrl = scenario === 'refused' ? `http://127.0.0.1:${refusedPort}` : server.url;
        const cf = createClient({
          ...(legacy ? { apiEmail: 'me@example.com', apiKey: credential } : { apiToken: credential }),
          baseUrl,
          env: {},
          maxRetries: 0,
          logger: (e) => logs.push(e),
        });
        const params = { account_id: 'a', gateway_id: 'g', alias: 'x', default_config: true, provider_slug: 'openai', secret, secret_id: 's' };
        const call =
          scenario === 'validation'
            ? cf.providerConfigs.create({ ...params, secret: { nested: secret }, secret_id: 7 } as never)
            : scenario === 'timeout'
              ? cf.providerConfigs.update({ account_id: 'a', gateway_id: 'g', id: 'i', secret }, { timeoutMs: 1, headers: { 'x-mode': 'json' } })
              : cf.providerConfigs.create(params, { headers: { 'x-mode': scenario === 'echo-html-502' ? 'html' : 'json' } });
        const error = await call.then(() => new Error('unexpected success'), (e: unknown) => e);
        const text = everything(error, logs);
        expect(text).not.toContain(secret);
        expect(text).not.toContain(credential);
      }),
      { numRuns: 150, seed: 20261204 },
    );
  });

  it('shows [redacted] where the server echoed a secret', async () => {
    const cf = createClient({ apiToken: 'tok_0123456789', baseUrl: server.url, env: {}, maxRetries: 0 });
    const error = await cf.providerConfigs
      .create({ account_id: 'a', gateway_id: 'g', alias: 'x', default_config: true, provider_slug: 'openai', secret: 'sk-live-abcdef123', secret_id: 's' })
      .then(() => new Error('unexpected success'), (e: unknown) => e as Error);
    expect(error.message).toContain('[redacted]');
    expect(error.message).not.toContain('sk-live-abcdef123');
    expect(error.message).not.toContain('tok_0123456789');
  });
});
