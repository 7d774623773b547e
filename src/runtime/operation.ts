/**
 * What the generated code tells the runtime about one operation: plain data, written by `npm run generate` into
 * generated/operations.ts from the spec. The runtime reads only this; it knows no path or field of the API.
 */

/** An Ajv-compiled validator (generated/validators.ts). */
export interface Validator {
  (data: unknown): boolean;
  errors?: readonly ValidatorIssue[] | null;
}

/** The subset of Ajv's ErrorObject the runtime reads. */
export interface ValidatorIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

export type OperationBody =
  | { readonly mode: 'fields'; readonly mediaType: string; readonly fields: readonly string[] }
  | { readonly mode: 'whole'; readonly mediaType: string };

export interface OperationDescriptor {
  /** The operationId (or `METHOD /path` without one). */
  readonly id: string;
  readonly method: string;
  /** The path template, as in the spec. */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly headerParams: readonly string[];
  readonly body: OperationBody | null;
  /** Params the client supplies when a call leaves them out: param name -> client option name. */
  readonly clientDefaults: Readonly<Record<string, string>>;
  /** Params whose values are secrets (`writeOnly`): redacted from every error and log line. */
  readonly secretParams: readonly string[];
  /** Whether sending it twice is harmless (everything but POST and PATCH): decides what is retried. */
  readonly idempotent: boolean;
  /** How the success body is read: a JSON envelope whose `result` is returned, other JSON, text, or nothing. */
  readonly response: 'envelope' | 'json' | 'text' | 'none';
  /** With `response: 'envelope'`: the property holding the data (`x-envelope` in the spec). */
  readonly envelopeField?: string;
  /** Checks the flat params (after client defaults) against the operation's schemas. */
  readonly validate: Validator;
}

/** Page-number pagination (`x-pagination` in the spec): the names of the page and page-size query params. */
export interface PaginationDescriptor {
  readonly page: string;
  readonly perPage: string;
}
