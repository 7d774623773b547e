/**
 * The call path every generated helper goes through: client defaults, validation, the path guard, then attempts
 * under the retry policy, each logged. Returns the unwrapped `result`.
 */
import type { AigError } from '../errors.js';
import { attempt, AttemptFailure, type AbortOutcome, type AttemptSuccess, type PreparedRequest } from './attempt.js';
import type { ClientContext } from './context.js';
import { emitLog } from './logger.js';
import type { OperationDescriptor } from './operation.js';
import type { Redactor } from './redactor.js';
import type { RequestOptions } from './request-options.js';
import { decideRetry, type AttemptOutcome } from './retry-policy.js';
import { checkPathParams, validateParams } from './validate-params.js';
import { sleep } from './sleep.js';

function withClientDefaults(ctx: ClientContext, op: OperationDescriptor, params: object): Record<string, unknown> {
  const input: Record<string, unknown> = { ...params };
  for (const [param, option] of Object.entries(op.clientDefaults)) {
    if (input[param] === undefined && ctx.defaults[option] !== undefined) input[param] = ctx.defaults[option];
  }
  return input;
}

function pick(input: Record<string, unknown>, names: readonly string[], asString: boolean): Record<string, never> {
  const out: Record<string, unknown> = {};
  for (const name of names) if (input[name] !== undefined) out[name] = asString ? String(input[name]) : input[name];
  return out as Record<string, never>;
}

const PARAM_NAMES = new WeakMap<OperationDescriptor, Set<string>>();

/** The names of an operation's path, query and header params, computed once per operation. */
function paramNames(op: OperationDescriptor): Set<string> {
  let names = PARAM_NAMES.get(op);
  if (!names) PARAM_NAMES.set(op, (names = new Set([...op.pathParams, ...op.queryParams, ...op.headerParams])));
  return names;
}

function prepare(op: OperationDescriptor, input: Record<string, unknown>, options: RequestOptions): PreparedRequest {
  const path = pick(input, op.pathParams, true) as Record<string, string>;
  const req: PreparedRequest = {
    params: { path, query: pick(input, op.queryParams, false), header: pick(input, op.headerParams, true) },
    headers: { ...options.headers },
    path: op.path.replace(/\{([^{}]+)\}/g, (_, name: string) => encodeURIComponent(path[name] ?? '')),
  };
  if (op.body?.mode === 'fields') {
    // Names the spec does not know go in the body too: they only get here with validation skipped, which is the
    // way to send a field the API has and the spec does not yet.
    const body = pick(input, Object.keys(input).filter((k) => !paramNames(op).has(k)), false);
    if (Object.keys(body).length > 0) req.body = body;
  } else if (op.body?.mode === 'whole' && input.body !== undefined) {
    req.body = input.body;
  }
  if (op.body && !/json/i.test(op.body.mediaType)) {
    req.headers['Content-Type'] = op.body.mediaType;
    req.bodySerializer = (body) => (typeof body === 'string' ? body : String(body));
  }
  return req;
}

/**
 * The call's redactor: the client's credentials plus this call's secret params (top-level, or fields of `body`
 * where the body is passed whole). Lazy, since only a failure needs it.
 */
function callRedactor(ctx: ClientContext, op: OperationDescriptor, input: Record<string, unknown>): Redactor {
  if (op.secretParams.length === 0) return ctx.redactor;
  const body = op.body?.mode === 'whole' && input.body && typeof input.body === 'object' ? (input.body as Record<string, unknown>) : {};
  return ctx.redactor.with(op.secretParams.flatMap((name) => [input[name], body[name]]));
}

function ambiguous(outcome: AttemptOutcome | AbortOutcome): boolean {
  if (outcome.kind === 'abort') return outcome.sent;
  if (outcome.kind === 'timeout') return true;
  if (outcome.kind === 'network') return !outcome.notSent;
  if (outcome.kind === 'response') return outcome.status === 408 || outcome.status >= 500;
  return false;
}

function markMayHaveTakenEffect(error: AigError, op: OperationDescriptor): void {
  const note = ` ${op.method} is not idempotent and the server may have acted on it before failing, so it was not retried: check the current state (for example by listing) before sending it again.`;
  const before = error.message;
  error.mayHaveTakenEffect = true;
  error.message = before + note;
  if (error.stack) error.stack = error.stack.replace(before, error.message);
}

/** Sends one call and returns the parsed success body and its unwrapped `result`. */
export async function exchange(ctx: ClientContext, op: OperationDescriptor, params: object | undefined, options: RequestOptions = {}): Promise<AttemptSuccess> {
  const input = withClientDefaults(ctx, op, params ?? {});
  if (options.validate !== false) validateParams(op, input);
  checkPathParams(op, input);
  const redactor = callRedactor(ctx, op, input);
  const req = prepare(op, input, options);
  const maxRetries = options.maxRetries ?? ctx.maxRetries;
  const timeoutMs = options.timeoutMs ?? ctx.timeoutMs;
  const log = { operation: op.id, method: op.method, path: req.path };
  for (let n = 1; ; n++) {
    const started = ctx.logger ? performance.now() : 0;
    let failure: AttemptFailure;
    try {
      const success = await attempt(ctx, op, req, redactor, timeoutMs, options.signal);
      // Log entries are built only for a logger: the success path is the hot one.
      if (ctx.logger) {
        const durationMs = Math.round(performance.now() - started);
        emitLog(ctx.logger, { level: 'info', message: `${op.method} ${req.path} -> ${success.status} in ${durationMs} ms`, ...log, attempt: n, durationMs, status: success.status, ...(success.requestId ? { requestId: success.requestId } : {}) });
      }
      return success;
    } catch (caught) {
      if (!(caught instanceof AttemptFailure)) throw caught;
      failure = caught;
    }
    const { error, outcome } = failure;
    const decision =
      outcome.kind === 'abort'
        ? ({ retry: false } as const)
        : decideRetry({ outcome, attempt: n, maxRetries, idempotent: op.idempotent, now: Date.now(), random: Math.random() });
    const durationMs = ctx.logger ? Math.round(performance.now() - started) : 0;
    emitLog(ctx.logger, {
      level: decision.retry ? 'warn' : 'error',
      message: `${op.method} ${req.path} -> ${failure.status ?? error.name} in ${durationMs} ms${decision.retry ? `, retrying in ${decision.delayMs} ms` : ''}`,
      ...log, attempt: n, durationMs, error: error.name,
      ...(failure.status === undefined ? {} : { status: failure.status }),
      ...(failure.requestId ? { requestId: failure.requestId } : {}),
      ...(decision.retry ? { retryInMs: decision.delayMs } : {}),
    });
    if (!decision.retry) {
      if (!op.idempotent && ambiguous(outcome)) markMayHaveTakenEffect(error, op);
      throw error;
    }
    await sleep(decision.delayMs, options.signal, `${op.method} ${req.path}`);
  }
}

/** Sends one call and returns its unwrapped `result`. What every generated helper calls. */
export function send(ctx: ClientContext, op: OperationDescriptor, params: object | undefined, options?: RequestOptions): Promise<unknown> {
  return exchange(ctx, op, params, options).then(resultOf);
}

const resultOf = (success: AttemptSuccess) => success.result;
