/**
 * A throwaway copy of the project (spec, scripts, generated output, configs; node_modules linked) in a temp
 * folder, so tests can edit the spec and run the real pipeline without touching the working tree.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['spec', 'scripts', 'generated', 'docs', 'src', 'redocly.yaml', 'package.json', 'tsconfig.json'];

export interface ProjectCopy {
  root: string;
  read(path: string): string;
  write(path: string, text: string): void;
  run(script: string, args?: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'aig-project-'));
  for (const item of COPIED) cpSync(join(PROJECT_ROOT, item), join(root, item), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const tsx = join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs');
  return {
    root,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => writeFileSync(join(root, path), text),
    run: (script, args = []) =>
      new Promise((done) => {
        execFile(process.execPath, [tsx, join(root, script), ...args], { cwd: root, env: { ...process.env, GENERATE_QUIET: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
          done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
