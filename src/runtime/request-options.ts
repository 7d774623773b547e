/** Options for one call, the second argument of every helper. */
export interface RequestOptions {
  /** Retries after a retryable failure, for this call. @default the client's `maxRetries` (2) */
  maxRetries?: number;
  /** Milliseconds one attempt may take, headers and body. @default the client's `timeoutMs` (60000) */
  timeoutMs?: number;
  /** Cancels the call; an abort throws `AbortError` and is never retried. */
  signal?: AbortSignal;
  /** Extra request headers for this call; `null` removes a header the client would send. */
  headers?: Record<string, string | null>;
  /** Set `false` to skip checking params against the spec before sending. @default true */
  validate?: boolean;
}
