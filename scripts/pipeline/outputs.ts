/** Writing generated files, or (`--check`) comparing them with what is on disk without writing anything. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Generated files by path relative to the project root. */
export type Outputs = Map<string, string>;

export interface Drift {
  stale: string[];
  missing: string[];
  extra: string[];
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** What differs between `outputs` and the disk; `owned` are the folders only the generator writes. */
export function drift(root: string, outputs: Outputs, owned: string[]): Drift {
  const result: Drift = { stale: [], missing: [], extra: [] };
  for (const [path, text] of outputs) {
    const file = join(root, path);
    if (!existsSync(file)) result.missing.push(path);
    else if (readFileSync(file, 'utf8') !== text) result.stale.push(path);
  }
  for (const dir of owned) {
    for (const file of listFiles(join(root, dir))) {
      const path = relative(root, file).split('\\').join('/');
      if (!outputs.has(path)) result.extra.push(path);
    }
  }
  return result;
}

/** Writes what changed and removes generated files the spec no longer gives. Returns the paths touched. */
export function write(root: string, outputs: Outputs, owned: string[]): string[] {
  const { stale, missing, extra } = drift(root, outputs, owned);
  for (const path of [...stale, ...missing]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), outputs.get(path)!);
  }
  for (const path of extra) rmSync(join(root, path));
  return [...stale, ...missing, ...extra].sort();
}
