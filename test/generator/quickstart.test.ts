/**
 * The package as users import it: build to dist/, then run quickstart.mjs (which imports 'aig-provider-configs'
 * by name, resolved through package.json `exports`) against the Prism mock.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../support/project-copy.js';

const run = promisify(execFile);

describe('the built package', () => {
  it('runs the five README calls by package name against the mock', async () => {
    await run(process.execPath, [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT });
    const { stdout } = await run(process.execPath, ['quickstart.mjs'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CLOUDFLARE_BASE_URL: inject('prismUrl'), CLOUDFLARE_API_TOKEN: 'quickstart-token' },
    });
    expect(stdout.trim().split('\n')).toEqual(['create: id secret_preview', 'list: 1 on page 1', 'listAll: 1 in all', 'update: id secret_preview', 'delete: id']);
  }, 120_000);
});
