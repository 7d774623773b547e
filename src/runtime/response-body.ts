/**
 * Reading response bodies defensively: whatever comes back (an HTML error page, an empty or truncated body, a
 * `success: false` with status 200) becomes a typed {@link ApiError}, never a `TypeError` or `SyntaxError`.
 */
import { ApiError, apiErrorFor, type CloudflareMessage } from '../errors.js';
import type { OperationDescriptor } from './operation.js';
import type { Redactor } from './redactor.js';
import { retryAfterMs } from './retry-policy.js';

const EXCERPT_LENGTH = 200;

export interface ResponseFacts {
  status: number;
  method: string;
  /** The path with its params filled in. */
  path: string;
  headers: Headers;
  redactor: Redactor;
}

function excerpt(text: string, redactor: Redactor): string {
  const flat = redactor.text(text).replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messagesOf(value: unknown, redactor: Redactor): CloudflareMessage[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((m) => {
    const out: CloudflareMessage = { code: typeof m.code === 'number' ? m.code : Number(m.code) || 0, message: redactor.text(String(m.message ?? '')) };
    if (typeof m.documentation_url === 'string') out.documentation_url = m.documentation_url;
    if (isRecord(m.source) && typeof m.source.pointer === 'string') out.source = { pointer: m.source.pointer };
    return out;
  });
}

function baseInit(facts: ResponseFacts) {
  const waitMs = retryAfterMs(facts.headers, Date.now());
  return {
    status: facts.status,
    method: facts.method,
    path: facts.path,
    requestId: facts.headers.get('cf-ray') ?? undefined,
    ...(waitMs === undefined ? {} : { retryAfter: waitMs / 1000 }),
  };
}

/** The error for a non-2xx response; `body` is what openapi-fetch read: parsed JSON, or text when it was not JSON. */
export function errorFromFailure(facts: ResponseFacts, body: unknown): ApiError {
  const init = baseInit(facts);
  if (isRecord(body) && Array.isArray(body.errors)) {
    return apiErrorFor({ ...init, errors: messagesOf(body.errors, facts.redactor), messages: messagesOf(body.messages, facts.redactor) });
  }
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  return apiErrorFor({ ...init, problem: text ? 'the body is not the failure envelope' : 'the body is empty', bodyExcerpt: excerpt(text, facts.redactor) });
}

/** Reads a 2xx body as the operation says; throws {@link ApiError} when it breaks the contract. */
export function readSuccess(op: OperationDescriptor, facts: ResponseFacts, text: string): { body: unknown; result: unknown } {
  if (op.response === 'none') return { body: undefined, result: undefined };
  if (op.response === 'text') return { body: text, result: text };
  const broken = (problem: string) => new ApiError({ ...baseInit(facts), problem, bodyExcerpt: excerpt(text, facts.redactor) });
  const type = facts.headers.get('content-type');
  if (text.trim() === '') throw broken('the response body is empty');
  if (type && !/json/i.test(type)) throw broken(`expected a JSON body, got content type "${type}"`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw broken('the response body is not valid JSON (truncated or malformed)');
  }
  if (op.response === 'json') return { body, result: body };
  if (!isRecord(body)) throw broken('expected the success envelope, got something else');
  if (body.success !== true) {
    const errors = messagesOf(body.errors, facts.redactor);
    throw new ApiError({ ...baseInit(facts), errors, messages: messagesOf(body.messages, facts.redactor), problem: 'the envelope says success: false', ...(errors.length ? {} : { bodyExcerpt: excerpt(text, facts.redactor) }) });
  }
  const field = op.envelopeField ?? 'result';
  if (!(field in body)) throw broken(`the success envelope has no \`${field}\``);
  return { body, result: body[field] };
}
