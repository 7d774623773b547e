/** The retry policy as tables: pure functions, no server. */
import { describe, expect, it } from 'vitest';
import { backoffMs, decideRetry, retryAfterMs, type AttemptOutcome } from '../../src/runtime/retry-policy.js';

const headers = (h: Record<string, string> = {}) => new Headers(h);
const response = (status: number, h?: Record<string, string>): AttemptOutcome => ({ kind: 'response', status, headers: headers(h) });
const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('retryAfterMs', () => {
  const cases: { given: Record<string, string>; want: number | undefined }[] = [
    { given: {}, want: undefined },
    { given: { 'retry-after': '1' }, want: 1000 },
    { given: { 'retry-after': '0.5' }, want: 500 },
    { given: { 'retry-after': 'Fri, 04 Dec 2026 12:00:30 GMT' }, want: 30_000 },
    { given: { 'retry-after': 'Fri, 04 Dec 2026 11:00:00 GMT' }, want: 0 },
    { given: { 'retry-after': 'soon' }, want: undefined },
    { given: { 'retry-after-ms': '250' }, want: 250 },
    { given: { 'retry-after-ms': '250', 'retry-after': '9' }, want: 250 },
    { given: { 'retry-after-ms': '-1', 'retry-after': '2' }, want: 2000 },
  ];
  for (const { given, want } of cases) it(`${JSON.stringify(given)} -> ${want}`, () => expect(retryAfterMs(headers(given), NOW)).toBe(want));
});

describe('backoffMs', () => {
  const cases = [
    { attempt: 1, random: 0, want: 500 },
    { attempt: 2, random: 0, want: 1000 },
    { attempt: 3, random: 0, want: 2000 },
    { attempt: 5, random: 0, want: 8000 },
    { attempt: 9, random: 0, want: 8000 },
    { attempt: 1, random: 0.999, want: 375 },
    { attempt: 9, random: 0.5, want: 7000 },
  ];
  for (const { attempt, random, want } of cases) it(`attempt ${attempt}, random ${random} -> ${want}`, () => expect(backoffMs(attempt, random)).toBe(want));
});

describe('decideRetry', () => {
  const base = { attempt: 1, maxRetries: 2, now: NOW, random: 0 };
  const cases: { name: string; outcome: AttemptOutcome; idempotent: boolean; attempt?: number; want: ReturnType<typeof decideRetry> }[] = [
    { name: 'GET 503 is retried with backoff', outcome: response(503), idempotent: true, want: { retry: true, delayMs: 500 } },
    { name: 'GET 500 is retried', outcome: response(500), idempotent: true, want: { retry: true, delayMs: 500 } },
    { name: 'GET 408 is retried', outcome: response(408), idempotent: true, want: { retry: true, delayMs: 500 } },
    { name: 'GET 429 honours Retry-After', outcome: response(429, { 'retry-after': '3' }), idempotent: true, want: { retry: true, delayMs: 3000 } },
    { name: 'GET 400 is not retried', outcome: response(400), idempotent: true, want: { retry: false, reason: 'not-retryable' } },
    { name: 'GET 404 is not retried', outcome: response(404), idempotent: true, want: { retry: false, reason: 'not-retryable' } },
    { name: 'GET 200 is not retried', outcome: response(200), idempotent: true, want: { retry: false, reason: 'not-retryable' } },
    { name: 'GET after a reset is retried', outcome: { kind: 'network', notSent: false }, idempotent: true, want: { retry: true, delayMs: 500 } },
    { name: 'GET after a timeout is retried', outcome: { kind: 'timeout' }, idempotent: true, want: { retry: true, delayMs: 500 } },
    { name: 'GET out of retries', outcome: response(503), idempotent: true, attempt: 3, want: { retry: false, reason: 'no-retries-left' } },
    { name: 'GET second retry waits longer', outcome: response(503), idempotent: true, attempt: 2, want: { retry: true, delayMs: 1000 } },
    { name: 'POST 429 is retried (provably not acted on)', outcome: response(429, { 'retry-after': '1' }), idempotent: false, want: { retry: true, delayMs: 1000 } },
    { name: 'POST refused connection is retried', outcome: { kind: 'network', notSent: true }, idempotent: false, want: { retry: true, delayMs: 500 } },
    { name: 'POST 500 is not retried', outcome: response(500), idempotent: false, want: { retry: false, reason: 'not-idempotent' } },
    { name: 'POST 503 is not retried', outcome: response(503), idempotent: false, want: { retry: false, reason: 'not-idempotent' } },
    { name: 'POST 408 is not retried', outcome: response(408), idempotent: false, want: { retry: false, reason: 'not-idempotent' } },
    { name: 'POST reset after sending is not retried', outcome: { kind: 'network', notSent: false }, idempotent: false, want: { retry: false, reason: 'not-idempotent' } },
    { name: 'POST timeout is not retried', outcome: { kind: 'timeout' }, idempotent: false, want: { retry: false, reason: 'not-idempotent' } },
    { name: 'POST 400 is not retried', outcome: response(400), idempotent: false, want: { retry: false, reason: 'not-retryable' } },
    { name: 'a wait over 60 s is not slept through', outcome: response(429, { 'retry-after': '61' }), idempotent: true, want: { retry: false, reason: 'wait-too-long', retryAfterMs: 61_000 } },
    { name: 'a wait of exactly 60 s is slept through', outcome: response(429, { 'retry-after': '60' }), idempotent: true, want: { retry: true, delayMs: 60_000 } },
    { name: 'maxRetries 0 never retries', outcome: response(503), idempotent: true, want: { retry: false, reason: 'no-retries-left' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const maxRetries = c.name.startsWith('maxRetries 0') ? 0 : base.maxRetries;
      expect(decideRetry({ ...base, maxRetries, attempt: c.attempt ?? 1, outcome: c.outcome, idempotent: c.idempotent })).toEqual(c.want);
    });
  }
});
