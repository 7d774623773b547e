/**
 * Type helpers the generated helpers use to build their flat params and results from openapi-typescript's
 * `operations` types, so field types and doc comments come straight from the spec.
 */

/** Makes the named keys optional (params the client can supply, like `account_id`). */
export type WithOptional<T, K extends PropertyKey> = Omit<T, K & keyof T> & Partial<Pick<T, K & keyof T>>;

/** The path params of an operation, with client-supplied ones optional. */
export type PathParamsOf<Op, Defaulted extends PropertyKey = never> = Op extends { parameters: { path: infer P } } ? WithOptional<P, Defaulted> : never;

/** The query params of an operation. */
export type QueryParamsOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The header params of an operation. */
export type HeaderParamsOf<Op> = Op extends { parameters: { header?: infer H } } ? NonNullable<H> : never;

/** The request body of an operation for one media type. */
export type BodyOf<Op, Media extends string> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? Media extends keyof C
      ? C[Media]
      : never
    : never
  : never;

/** The success body for one status and media type. */
export type SuccessBodyOf<Op, Status extends PropertyKey, Media extends string> = Op extends { responses: infer R }
  ? Status extends keyof R
    ? R[Status] extends { content: infer C }
      ? Media extends keyof C
        ? C[Media]
        : never
      : never
    : never
  : never;

/** Flattens an intersection so editors show one object type. */
export type Flat<T> = { [K in keyof T]: T[K] } & {};
