/**
 * Replaces known secret values (credentials, `writeOnly` params) with `[redacted]` in any text that could reach an
 * error or a log line, such as an error body that echoes the request.
 */
export const REDACTED = '[redacted]';

export interface Redactor {
  /** The text with every known secret replaced. */
  text(value: string): string;
  /** A redactor that also knows these values. */
  with(values: readonly unknown[]): Redactor;
}

export function createRedactor(values: readonly unknown[]): Redactor {
  // Built on first use: most calls succeed and never redact anything, so they should not pay for sorting.
  let secrets: string[] | undefined;
  const known = () =>
    // Longest first, so a secret that contains another is replaced whole. Very short values would redact noise.
    (secrets ??= [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length >= 4))].sort((a, b) => b.length - a.length));
  const text = (value: string) => known().reduce((acc, s) => (acc.includes(s) ? acc.split(s).join(REDACTED) : acc), value);
  return { text, with: (more) => createRedactor([...values, ...more]) };
}
