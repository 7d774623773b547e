/** Pure naming helpers for the planner: words, camelCase, PascalCase, and identifiers that JavaScript accepts. */

/** Splits `createProviderConfig`, `aig-config-list`, `provider_configs` or `Provider Configs` into lower-case words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function pascalCase(parts: string[]): string {
  const name = parts.map(upperFirst).join('');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

export function camelCase(parts: string[]): string {
  const pascal = pascalCase(parts);
  return pascal.startsWith('_') ? pascal : pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval').split(' '),
);

/** A name usable as a declaration: reserved words get a suffix. */
export function safeIdentifier(name: string, suffix: string): string {
  return RESERVED.has(name) ? `${name}${suffix}` : name;
}

/** Removes the first run of `noun` inside `parts`, if what remains is not empty. */
export function withoutNoun(parts: string[], noun: string[]): string[] {
  if (noun.length === 0 || noun.length >= parts.length) return parts;
  for (let i = 0; i + noun.length <= parts.length; i++) {
    if (noun.every((w, j) => parts[i + j] === w)) return [...parts.slice(0, i), ...parts.slice(i + noun.length)];
  }
  return parts;
}

/** The noun's plural and singular forms, longest first (`provider configs`, `provider config`). */
export function nounForms(noun: string[]): string[][] {
  if (noun.length === 0) return [];
  const last = noun[noun.length - 1]!;
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.endsWith('s') ? last.slice(0, -1) : last;
  return singular === last ? [noun] : [noun, [...noun.slice(0, -1), singular]];
}
