/**
 * One attempt of a call: send through openapi-fetch under a per-attempt timeout and the caller's signal, then read
 * the response. Every failure comes out as an {@link AttemptFailure}: the error to throw and what the retry policy
 * needs to know about it.
 */
import { AbortError, AigError, ConnectionError, TimeoutError } from '../errors.js';
import type { ClientContext } from './context.js';
import type { OperationDescriptor } from './operation.js';
import type { Redactor } from './redactor.js';
import { errorFromFailure, readSuccess } from './response-body.js';
import type { AttemptOutcome } from './retry-policy.js';

/** The caller aborted; `sent` when the request may already have reached the server. */
export interface AbortOutcome {
  kind: 'abort';
  sent: boolean;
}

/** Why an attempt failed: the error, and the outcome for the retry policy (`abort`: never retried). */
export class AttemptFailure {
  constructor(
    readonly error: AigError,
    readonly outcome: AttemptOutcome | AbortOutcome,
    readonly status?: number,
    readonly requestId?: string,
  ) {}
}

/** What openapi-fetch is given for one call. */
export interface PreparedRequest {
  params: { path: Record<string, string>; query: Record<string, unknown>; header: Record<string, string> };
  body?: unknown;
  bodySerializer?: (body: unknown) => string;
  headers: Record<string, string | null>;
  /** The path with its params filled in, for errors and logs. */
  path: string;
}

export interface AttemptSuccess {
  status: number;
  requestId: string | undefined;
  body: unknown;
  result: unknown;
}

// Error codes that mean the connection failed before the request could be written, so the server never saw it.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'ENETUNREACH', 'EHOSTUNREACH']);

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, errors } = e as { code?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (Array.isArray(errors)) for (const inner of errors) codes.push(...errorCodes(inner));
  }
  return codes;
}

function classify(error: unknown, op: OperationDescriptor, req: PreparedRequest, timeout: AbortSignal, timeoutMs: number, caller?: AbortSignal, sent = true): AttemptFailure {
  const what = `${op.method} ${req.path}`;
  if (caller?.aborted) return new AttemptFailure(new AbortError(`${what} was aborted by the caller`, { cause: caller.reason }), { kind: 'abort', sent });
  if (timeout.aborted) return new AttemptFailure(new TimeoutError(`${what} timed out after ${timeoutMs} ms`, { cause: error }), { kind: 'timeout' });
  const codes = errorCodes(error);
  const notSent = codes.length > 0 && codes.every((c) => NOT_SENT_CODES.has(c));
  const reason = codes[codes.length - 1] ?? (error instanceof Error ? error.message : 'unknown error');
  return new AttemptFailure(new ConnectionError(`${what} failed: connection error (${reason})`, { cause: error }), { kind: 'network', notSent });
}

/** Runs one attempt. Resolves with the parsed result, or rejects with an {@link AttemptFailure}. */
export async function attempt(ctx: ClientContext, op: OperationDescriptor, req: PreparedRequest, redactor: Redactor, timeoutMs: number, caller?: AbortSignal): Promise<AttemptSuccess> {
  if (caller?.aborted) throw classify(caller.reason, op, req, new AbortController().signal, timeoutMs, caller, false);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const signal = caller ? AbortSignal.any([caller, timeout.signal]) : timeout.signal;
  try {
    let fetched: { response: Response; error?: unknown };
    try {
      fetched = await ctx.http.request(op.method.toLowerCase() as 'get', op.path, {
        params: req.params,
        body: req.body,
        ...(req.bodySerializer ? { bodySerializer: req.bodySerializer } : {}),
        headers: req.headers,
        signal,
        parseAs: 'stream',
      });
    } catch (error) {
      throw classify(error, op, req, timeout.signal, timeoutMs, caller);
    }
    const { response } = fetched;
    const facts = { status: response.status, method: op.method, path: req.path, headers: response.headers, redactor };
    const requestId = response.headers.get('cf-ray') ?? undefined;
    if (!response.ok) {
      throw new AttemptFailure(errorFromFailure(facts, fetched.error), { kind: 'response', status: response.status, headers: response.headers }, response.status, requestId);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw classify(error, op, req, timeout.signal, timeoutMs, caller);
    }
    try {
      return { status: response.status, requestId, ...readSuccess(op, facts, text) };
    } catch (error) {
      throw new AttemptFailure(error as AigError, { kind: 'response', status: response.status, headers: response.headers }, response.status, requestId);
    }
  } finally {
    clearTimeout(timer);
  }
}
