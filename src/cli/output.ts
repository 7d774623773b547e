/** How the CLI shows provider configs: a readable table, or JSON for scripts. */
import type { ProviderConfig } from '../index.js';

const COLUMNS: { title: string; value: (c: ProviderConfig) => string }[] = [
  { title: 'ID', value: (c) => c.id },
  { title: 'ALIAS', value: (c) => c.alias },
  { title: 'PROVIDER', value: (c) => c.provider_slug },
  { title: 'DEFAULT', value: (c) => (c.default_config ? 'yes' : 'no') },
  { title: 'KEY PREVIEW', value: (c) => c.secret_preview },
  { title: 'MODIFIED', value: (c) => c.modified_at },
];

/** A table with one row per config, columns padded to fit. */
export function table(configs: readonly ProviderConfig[]): string {
  if (configs.length === 0) return 'No provider configs.';
  const rows = [COLUMNS.map((c) => c.title), ...configs.map((config) => COLUMNS.map((c) => c.value(config)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
