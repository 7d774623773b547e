/** `npm run demo` prints the four results, from its own Prism, as a new user first sees it. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/project-copy.js';

describe('npm run demo', () => {
  it('creates, lists, rotates and deletes against the mock', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts'], { cwd: PROJECT_ROOT });
    const headings = stdout.split('\n').filter((l) => /^\d\. /.test(l)).map((l) => l.split(':')[0]);
    expect(headings).toEqual(['1. create', '2. list', '3. rotate', '4. delete']);
    expect(stdout).toContain('"secret_preview": "secret_preview"');
    expect(stdout).not.toContain('a-new-provider-key');
  }, 90_000);
});
