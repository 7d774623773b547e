import type { Client } from 'openapi-fetch';
import type { Logger } from './logger.js';
import type { Redactor } from './redactor.js';

/** What every generated helper is bound to: the openapi-fetch client and the settings of `createClient`. */
export interface ClientContext {
  /** The openapi-fetch client the helpers send with. The runtime calls paths it reads from descriptors, so it is untyped here. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly http: Client<any>;
  /** Client-level values for params, by option name (`accountId`). */
  readonly defaults: Readonly<Record<string, string | undefined>>;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  readonly logger: Logger | undefined;
  /** Knows the credentials, so they are redacted everywhere. */
  readonly redactor: Redactor;
}
