/** `createClient`: the entry point. Binds the generated resources to one configured openapi-fetch client. */
import createFetchClient, { type Client as FetchClient } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { createResources, type Resources } from '../generated/resources.js';
import { authHeaders, credentialSecrets, DEFAULT_BASE_URL, processEnv, resolveCredentials, type Env } from './config.js';
import { ConfigurationError } from './errors.js';
import type { ClientContext } from './runtime/context.js';
import { LightRequest, lightFetch } from './runtime/light-request.js';
import type { Logger } from './runtime/logger.js';
import { createRedactor } from './runtime/redactor.js';
import { DEFAULT_MAX_RETRIES } from './runtime/retry-policy.js';

/** The default time one attempt may take. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Options of {@link createClient}. Every one may be left out when the environment supplies it. */
export interface ClientOptions {
  /** An API token, sent as `Authorization: Bearer`. @default process.env.CLOUDFLARE_API_TOKEN */
  apiToken?: string;
  /** The email of the legacy Global API Key, used with `apiKey`. @default process.env.CLOUDFLARE_EMAIL */
  apiEmail?: string;
  /** The legacy Global API Key, used with `apiEmail`. @default process.env.CLOUDFLARE_API_KEY */
  apiKey?: string;
  /** The account every call uses when it names none. @default process.env.CLOUDFLARE_ACCOUNT_ID */
  accountId?: string;
  /** @default process.env.CLOUDFLARE_BASE_URL, else `https://api.cloudflare.com/client/v4` */
  baseUrl?: string;
  /** The `fetch` to send requests with (for proxies, tests or other runtimes). @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** Retries after a retryable failure (see the README's retry policy). @default 2 */
  maxRetries?: number;
  /** Milliseconds one attempt may take. @default 60000 */
  timeoutMs?: number;
  /** Receives one structured, redacted entry per attempt: a function, or an object with level methods (`console`). */
  logger?: Logger;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Where `CLOUDFLARE_*` variables are read from. @default process.env */
  env?: Env;
}

/** The underlying openapi-fetch client, typed by the spec's paths, with the credentials and base URL set. */
export type RawClient = FetchClient<paths>;

/** A client: one object per resource of the spec (`providerConfigs`), plus `raw` for anything they don't cover. */
export type Client = Resources & {
  /** The openapi-fetch client the helpers use, for calls they don't cover. It sends the same credentials. */
  readonly raw: RawClient;
};

function count(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new ConfigurationError(`${name} must be an integer >= ${min}, got ${String(value)}`);
  return value;
}

/**
 * Creates a client. Credentials come from the options or the environment; with none, it throws
 * {@link ConfigurationError} naming the variables to set.
 *
 * @example
 * const cf = createClient({ apiToken, accountId });
 * const configs = await cf.providerConfigs.list({ gateway_id: 'my-gateway' });
 */
export function createClient(options: ClientOptions = {}): Client {
  const env = options.env ?? processEnv();
  const credentials = resolveCredentials(options, env);
  const settings = {
    baseUrl: options.baseUrl ?? env.CLOUDFLARE_BASE_URL ?? DEFAULT_BASE_URL,
    headers: { ...options.headers, ...authHeaders(credentials) },
  };
  const raw = createFetchClient<paths>({ ...settings, ...(options.fetch ? { fetch: options.fetch } : {}) });
  // The helpers take the lighter path under openapi-fetch unless a fetch was injected (see light-request.ts).
  const http = options.fetch ? raw : createFetchClient<paths>({ ...settings, Request: LightRequest as unknown as typeof Request, fetch: lightFetch as unknown as typeof fetch });
  const ctx: ClientContext = {
    http,
    defaults: { accountId: options.accountId ?? (env.CLOUDFLARE_ACCOUNT_ID || undefined) },
    maxRetries: count('maxRetries', options.maxRetries, DEFAULT_MAX_RETRIES, 0),
    timeoutMs: count('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS, 1),
    logger: options.logger,
    redactor: createRedactor(credentialSecrets(credentials)),
  };
  return { ...createResources(ctx), raw };
}
