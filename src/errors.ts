/**
 * The errors this client throws. One base class, {@link AigError}; API failures are {@link ApiError} with one subclass
 * per status family, made by {@link apiErrorFor}. No error ever holds a secret: messages and fields are built from
 * redacted values only.
 */

/** One entry of Cloudflare's `errors` or `messages` list. */
export interface CloudflareMessage {
  code: number;
  message: string;
  documentation_url?: string;
  source?: { pointer?: string };
}

/** Base class of every error this package throws; `instanceof AigError` catches them all. */
export class AigError extends Error {
  override name: string = 'AigError';
  /**
   * True when the request may have taken effect on the server although the call failed (a non-idempotent call whose
   * outcome is unknown). Check the server's state before sending it again.
   */
  mayHaveTakenEffect = false;
}

/** What {@link ApiError} is built from. */
export interface ApiErrorInit {
  status: number;
  method: string;
  path: string;
  errors?: CloudflareMessage[];
  messages?: CloudflareMessage[];
  requestId?: string;
  /** A short, redacted excerpt of a body that was not the failure envelope. */
  bodyExcerpt?: string;
  /** Why the response was unusable, when it was a 2xx that broke the contract. */
  problem?: string;
  /** Seconds the server asked to wait (`Retry-After`), when it said. */
  retryAfter?: number;
  cause?: unknown;
}

/** The API answered with a failure, or with a response the client could not use. */
export class ApiError extends AigError {
  override name: string = 'ApiError';
  /** The HTTP status. */
  readonly status: number;
  /** Cloudflare's error list (`code` and `message` each); empty when the body had none. */
  readonly errors: CloudflareMessage[];
  /** Cloudflare's `messages` list. */
  readonly messages: CloudflareMessage[];
  /** The `cf-ray` header: the request id to quote to Cloudflare's support. */
  readonly requestId: string | undefined;
  /** The HTTP method called. */
  readonly method: string;
  /** The path called, with its parameters filled in. */
  readonly path: string;
  /** A short excerpt of a body that was not the failure envelope (an HTML error page, truncated JSON). */
  readonly bodyExcerpt: string | undefined;
  /** Seconds the server asked to wait before trying again (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.messages = init.messages ?? [];
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
    this.bodyExcerpt = init.bodyExcerpt;
    this.retryAfter = init.retryAfter;
  }
}

function describe(init: ApiErrorInit): string {
  const head = `${init.method} ${init.path} failed with status ${init.status}`;
  const reasons = (init.errors ?? []).map((e) => `[${e.code}] ${e.message}`).join('; ');
  const parts = [head + (reasons ? `: ${reasons}` : init.problem ? `: ${init.problem}` : '')];
  if (reasons && init.problem) parts.push(init.problem);
  if (init.bodyExcerpt !== undefined && !reasons) parts.push(`Body: ${JSON.stringify(init.bodyExcerpt)}`);
  if (init.retryAfter !== undefined) parts.push(`Retry after ${init.retryAfter} s.`);
  if (init.requestId) parts.push(`(cf-ray ${init.requestId})`);
  return parts.join(' ');
}

/** 400: the request was invalid (Cloudflare code 7001); `errors` says which part. */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError' as const;
}
/** 401: no credentials, or credentials that are not valid. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError' as const;
}
/** 403: the credentials lack a permission (writes need Secrets Store Write). */
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError' as const;
}
/** 404: nothing has that id (Cloudflare code 7002). */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError' as const;
}
/** 409: the request conflicts with the current state. */
export class ConflictError extends ApiError {
  override name = 'ConflictError' as const;
}
/** 429: too many requests; `retryAfter` says how long to wait when the server said. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError' as const;
}
/** 500 and above: Cloudflare failed; a write may or may not have taken effect. */
export class InternalServerError extends ApiError {
  override name = 'InternalServerError' as const;
}

/** The one factory from a status to its error class. */
export function apiErrorFor(init: ApiErrorInit): ApiError {
  const { status } = init;
  if (status === 400) return new BadRequestError(init);
  if (status === 401) return new AuthenticationError(init);
  if (status === 403) return new PermissionDeniedError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 409) return new ConflictError(init);
  if (status === 429) return new RateLimitError(init);
  if (status >= 500) return new InternalServerError(init);
  return new ApiError(init);
}

/** One broken rule of a call's params. */
export interface ValidationIssue {
  /** The param, or a path into it (`alias`, `rate_limit`, `items/0/name`); empty for the params object itself. */
  field: string;
  /** The JSON Schema keyword broken (`required`, `type`, `maxLength`, `additionalProperties`, ...), or `path-segment`. */
  rule: string;
  /** The rule's limit or expectation, when it has one (`64`, `string`, `^[a-z]+$`). */
  limit?: string | number | readonly unknown[];
  /** A sentence for a person, never containing the value given. */
  message: string;
}

/** A call's params broke the operation's schema; nothing was sent. `issues` lists every broken rule. */
export class ValidationError extends AigError {
  override name = 'ValidationError' as const;
  /** Every broken rule, in the order found. */
  readonly issues: readonly ValidationIssue[];
  /** The operation called (`createProviderConfig`). */
  readonly operation: string;

  constructor(operation: string, issues: readonly ValidationIssue[]) {
    const list = issues.map((i) => `${i.field || '(params)'}: ${i.message}`).join('; ');
    super(`Invalid params for ${operation}, nothing was sent: ${list}`);
    this.operation = operation;
    this.issues = issues;
  }
}

/** The client was set up wrongly (no credentials, half a credential pair). */
export class ConfigurationError extends AigError {
  override name = 'ConfigurationError' as const;
}

/** The connection failed: refused, reset, or the name did not resolve. `cause` holds the network error. */
export class ConnectionError extends AigError {
  override name = 'ConnectionError' as const;
}

/** An attempt took longer than `timeoutMs`. */
export class TimeoutError extends AigError {
  override name = 'TimeoutError' as const;
}

/** The caller's `AbortSignal` fired; never retried. `cause` is the signal's reason. */
export class AbortError extends AigError {
  override name = 'AbortError' as const;
}
