/**
 * The retry policy, as pure functions: what is retried, how long to wait, and when a wait is too long to sleep
 * through. No I/O and no clock of its own, so every rule is tested as a table (test/runtime/retry-policy.test.ts).
 *
 * - Idempotent calls (GET, PUT, DELETE, ...) are retried after a connection error, a timeout, 408, 429 and 5xx.
 * - Non-idempotent calls (POST, PATCH) are retried only when the server provably did not act: a 429, or a connection
 *   that failed before the request was written (refused, name not resolved).
 * - The wait is the server's `retry-after-ms` or `Retry-After` (seconds or an HTTP date) when it sends one, else
 *   exponential backoff: 0.5 s, 1 s, 2 s, ... capped at 8 s, each shortened by up to 25 % at random (jitter).
 * - A server-requested wait longer than {@link MAX_RETRY_AFTER_MS} is not slept through: the call fails at once.
 */

/** @default 2 */
export const DEFAULT_MAX_RETRIES = 2;
/** The first backoff step. */
export const INITIAL_BACKOFF_MS = 500;
/** The longest backoff step. */
export const MAX_BACKOFF_MS = 8_000;
/** The longest server-requested wait that is slept through. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** What happened to one attempt, as far as retrying is concerned. */
export type AttemptOutcome =
  | { kind: 'response'; status: number; headers: { get(name: string): string | null } }
  /** `notSent`: the connection failed before any byte of the request could reach the server. */
  | { kind: 'network'; notSent: boolean }
  | { kind: 'timeout' };

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'not-retryable' | 'no-retries-left' | 'not-idempotent' }
  | { retry: false; reason: 'wait-too-long'; retryAfterMs: number };

export interface RetryInput {
  outcome: AttemptOutcome;
  /** Attempts made so far, counting this one (1 after the first). */
  attempt: number;
  maxRetries: number;
  idempotent: boolean;
  /** Milliseconds since the epoch, for `Retry-After` dates. */
  now: number;
  /** A number in [0, 1), for jitter. */
  random: number;
}

const RETRYABLE_STATUSES = new Set([408, 429]);

function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status) || status >= 500;
}

/**
 * The wait the server asked for, in milliseconds: `retry-after-ms`, else `Retry-After` as seconds or an HTTP date.
 * Undefined when neither is present or readable.
 */
export function retryAfterMs(headers: { get(name: string): string | null }, now: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms);
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter for the given attempt (1-based). */
export function backoffMs(attempt: number, random: number): number {
  const base = Math.min(INITIAL_BACKOFF_MS * 2 ** Math.max(0, attempt - 1), MAX_BACKOFF_MS);
  return Math.round(base * (1 - 0.25 * random));
}

function provablyNotActedOn(outcome: AttemptOutcome): boolean {
  return (outcome.kind === 'response' && outcome.status === 429) || (outcome.kind === 'network' && outcome.notSent);
}

/** Decides whether to retry after an attempt that failed, and how long to wait first. */
export function decideRetry(input: RetryInput): RetryDecision {
  const { outcome } = input;
  if (outcome.kind === 'response' && !isRetryableStatus(outcome.status)) return { retry: false, reason: 'not-retryable' };
  if (!input.idempotent && !provablyNotActedOn(outcome)) return { retry: false, reason: 'not-idempotent' };
  const asked = outcome.kind === 'response' ? retryAfterMs(outcome.headers, input.now) : undefined;
  if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) return { retry: false, reason: 'wait-too-long', retryAfterMs: asked };
  if (input.attempt > input.maxRetries) return { retry: false, reason: 'no-retries-left' };
  return { retry: true, delayMs: asked ?? backoffMs(input.attempt, input.random) };
}
