/** The mapping between the CLI's flags and the client's params, both ways (for error messages). */
import { UsageError } from './usage-error.js';

/** Param name -> flag, so a ValidationError about `provider_slug` says `--provider`. */
export const FLAG_OF_PARAM: Record<string, string> = {
  account_id: '--account',
  gateway_id: '--gateway',
  id: '--id',
  alias: '--alias',
  provider_slug: '--provider',
  default_config: '--default',
  secret_id: '--secret-id',
  rate_limit: '--rate-limit',
  rate_limit_period: '--rate-limit-period',
  page: '--page',
  per_page: '--per-page',
  secret: 'the provider key (stdin or --secret-env)',
};

export function integer(flag: string) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`${flag} must be a whole number, got "${value}".`);
    return Number(value);
  };
}

/** Commander drops a parser's `null`, so "no limit" travels as this marker until {@link nullable}. */
export const NONE = 'none';

export function number(flag: string) {
  return (value: string): number | typeof NONE => {
    if (value === 'null' || value === NONE) return NONE;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} must be a number (or "none"), got "${value}".`);
    return n;
  };
}

/** `--header 'Name: value'`, repeatable. */
export function header(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const at = value.indexOf(':');
  if (at <= 0) throw new UsageError(`--header must look like "Name: value", got "${value}".`);
  return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1).trim() };
}

export const SECRET_FLAG_REFUSED =
  '--secret is refused: a key on the command line lands in shell history and process lists. ' +
  'Pipe it on standard input (printf %s "$KEY" | aig-provider-configs create ...) or name an environment variable with --secret-env NAME.';

/** The marker for "none" back to the API's null. */
export function nullable(value: number | typeof NONE | undefined): number | null | undefined {
  return value === NONE ? null : value;
}
