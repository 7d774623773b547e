/**
 * The CLI as a user runs it: a real process, against the Prism mock (and a local server where the test must see
 * what was sent). Exit codes: 0 success, 1 the API said no, 2 bad usage or input.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ok, PROVIDER_CONFIG, startServer, type LocalServer } from '../support/local-server.js';
import { PROJECT_ROOT } from '../support/project-copy.js';
import { deref, specOperations } from '../support/spec.js';

const TSX = join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs');
const CLI = join(PROJECT_ROOT, 'src/cli/main.ts');
const ENV = { CLOUDFLARE_API_TOKEN: 'cli-test-token', CLOUDFLARE_ACCOUNT_ID: '3ebbcb006d4d46d7bb6a8c7f14676cb0' };

function cli(args: string[], { stdin = '', env = ENV as Record<string, string> } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const { CLOUDFLARE_API_TOKEN: _t, CLOUDFLARE_ACCOUNT_ID: _a, CLOUDFLARE_EMAIL: _e, CLOUDFLARE_API_KEY: _k, ...rest } = process.env;
    const child = spawn(process.execPath, [TSX, CLI, ...args], { env: { ...rest, ...env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const mock = () => ['--base-url', inject('prismUrl'), '--gateway', 'my-gateway'];
const example = (operationId: string) => deref(specOperations().find((o) => o.operationId === operationId)!.op.responses['200']).content['application/json'].example.result;

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.concurrent('aig-provider-configs against the mock', () => {
  it('list prints a table', async () => {
    const r = await cli(['list', ...mock()]);
    expect(r.code).toBe(0);
    const [head, row] = r.stdout.trim().split('\n');
    expect(head!.split(/\s{2,}/)).toEqual(['ID', 'ALIAS', 'PROVIDER', 'DEFAULT', 'KEY PREVIEW', 'MODIFIED']);
    expect(row!.split(/\s{2,}/)).toEqual(['id', 'alias', 'provider_slug', 'yes', 'secret_preview', '2019-12-27T18:11:19.117Z']);
  });

  it('list --json prints the configs for scripts', async () => {
    const r = await cli(['list', ...mock(), '--json', '--page', '1', '--per-page', '20']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(example('listProviderConfigs'));
  });

  it('list --all walks every page', async () => {
    const r = await cli(['list', ...mock(), '--all', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('create reads the key from stdin', async () => {
    const r = await cli(['create', ...mock(), '--alias', 'alias', '--provider', 'provider_slug', '--secret-id', 'secret_id', '--default', '--json'], { stdin: 'sk-from-stdin\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(example('createProviderConfig'));
  });

  it('create reads the key from --secret-env', async () => {
    const r = await cli(['create', ...mock(), '--alias', 'a', '--provider', 'openai', '--secret-id', 's', '--secret-env', 'MY_KEY', '--rate-limit', '10', '--rate-limit-period', '60'], { env: { ...ENV, MY_KEY: 'sk-env' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('secret_preview');
  });

  it('rotate reads the new key from stdin', async () => {
    const r = await cli(['rotate', ...mock(), '--id', 'id', '--json'], { stdin: 'sk-new' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(example('updateProviderConfig'));
  });

  it('delete', async () => {
    const r = await cli(['delete', ...mock(), '--id', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ID\s+ALIAS/);
  });

  it('exits 1 when the API says no, with its codes and messages', async () => {
    const r = await cli(['delete', ...mock(), '--id', 'gone', '--header', 'Prefer: code=404']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('answered 404');
    expect(r.stderr).toContain('[7002] Not Found');
    expect(r.stdout).toBe('');
  });

  it('exits 1 on a refused write, and never prints the key', async () => {
    const r = await cli(['rotate', ...mock(), '--id', 'id', '--header', 'Prefer: code=403'], { stdin: 'sk-must-not-leak' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Secrets Store Write');
    expect(r.stdout + r.stderr).not.toContain('sk-must-not-leak');
  });

  it('refuses --secret, saying why and what to use, without echoing it', async () => {
    for (const args of [['--secret', 'sk-on-cli'], ['--secret=sk-on-cli']]) {
      const r = await cli(['create', ...mock(), '--alias', 'a', '--provider', 'p', '--secret-id', 's', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--secret is refused');
      expect(r.stderr).toContain('--secret-env');
      expect(r.stderr).not.toContain('sk-on-cli');
    }
  });

  it('exits 2 on bad usage or bad input, naming the flag', async () => {
    const missing = await cli(['list', '--base-url', inject('prismUrl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--gateway');
    const notNumber = await cli(['list', ...mock(), '--page', 'two']);
    expect(notNumber.code).toBe(2);
    expect(notNumber.stderr).toContain('--page must be a whole number');
    const outOfRange = await cli(['list', ...mock(), '--per-page', '500']);
    expect(outOfRange.code).toBe(2);
    expect(outOfRange.stderr).toMatch(/--per-page: must be <= 100/);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    const noKey = await cli(['rotate', ...mock(), '--id', 'id'], { stdin: '' });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('No provider key');
    const noCredentials = await cli(['list', ...mock()], { env: {} });
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.stderr).toContain('CLOUDFLARE_API_TOKEN');
  });

  it('--help on every command', async () => {
    for (const command of [[], ['list'], ['create'], ['rotate'], ['delete']]) {
      const r = await cli([...command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: aig-provider-configs');
    }
    expect((await cli(['create', '--help'])).stdout).not.toContain('--secret ');
  });
});

describe('what the CLI sends', () => {
  it('sends the stdin key (without its newline) and the flags as the body', async () => {
    server = await startServer(ok(PROVIDER_CONFIG));
    const r = await cli(['create', '--base-url', server.url, '--gateway', 'gw', '--alias', 'main', '--provider', 'openai', '--secret-id', 'sid', '--rate-limit', 'none'], { stdin: 'sk-piped\n' });
    expect(r.code).toBe(0);
    expect(server.requests[0]!.url).toBe('/accounts/3ebbcb006d4d46d7bb6a8c7f14676cb0/ai-gateway/gateways/gw/provider_configs');
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ alias: 'main', provider_slug: 'openai', secret_id: 'sid', default_config: false, secret: 'sk-piped', rate_limit: null });
  });
});
