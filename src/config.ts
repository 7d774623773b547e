/**
 * Resolving `createClient`'s options: explicit options first, then the environment
 * (`CLOUDFLARE_API_TOKEN`, `CLOUDFLARE_EMAIL` + `CLOUDFLARE_API_KEY`, `CLOUDFLARE_ACCOUNT_ID`, `CLOUDFLARE_BASE_URL`).
 */
import { ConfigurationError } from './errors.js';

export const DEFAULT_BASE_URL = 'https://api.cloudflare.com/client/v4';

export type Credentials = { kind: 'token'; apiToken: string } | { kind: 'key'; apiEmail: string; apiKey: string };

export interface CredentialOptions {
  apiToken?: string;
  apiEmail?: string;
  apiKey?: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** The process environment where there is one (Node), else nothing. */
export function processEnv(): Env {
  const proc = (globalThis as { process?: { env?: Env } }).process;
  return proc?.env ?? {};
}

const present = (value: string | undefined): value is string => typeof value === 'string' && value !== '';

function pair(email: string | undefined, key: string | undefined, where: string): Credentials | undefined {
  if (!present(email) && !present(key)) return undefined;
  if (!present(email) || !present(key)) {
    const missing = present(email) ? (where === 'options' ? 'apiKey' : 'CLOUDFLARE_API_KEY') : where === 'options' ? 'apiEmail' : 'CLOUDFLARE_EMAIL';
    throw new ConfigurationError(`The legacy API key needs both an email and a key: ${missing} is missing (from ${where}). Or use an API token.`);
  }
  return { kind: 'key', apiEmail: email, apiKey: key };
}

/** Picks the credentials: options before the environment, and a token before the legacy email + key pair. */
export function resolveCredentials(options: CredentialOptions, env: Env): Credentials {
  if (present(options.apiToken)) return { kind: 'token', apiToken: options.apiToken };
  const fromOptions = pair(options.apiEmail, options.apiKey, 'options');
  if (fromOptions) return fromOptions;
  if (present(env.CLOUDFLARE_API_TOKEN)) return { kind: 'token', apiToken: env.CLOUDFLARE_API_TOKEN };
  const fromEnv = pair(env.CLOUDFLARE_EMAIL, env.CLOUDFLARE_API_KEY, 'the environment');
  if (fromEnv) return fromEnv;
  throw new ConfigurationError(
    'No Cloudflare credentials: pass `apiToken` (or `apiEmail` and `apiKey`) to createClient, or set ' +
      'CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY) in the environment.',
  );
}

/** The headers that carry the credentials. */
export function authHeaders(credentials: Credentials): Record<string, string> {
  return credentials.kind === 'token'
    ? { Authorization: `Bearer ${credentials.apiToken}` }
    : { 'X-Auth-Email': credentials.apiEmail, 'X-Auth-Key': credentials.apiKey };
}

/** Every secret value of the credentials, for redaction. */
export function credentialSecrets(credentials: Credentials): string[] {
  return credentials.kind === 'token' ? [credentials.apiToken] : [credentials.apiKey];
}
