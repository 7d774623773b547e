/**
 * The package as users get it. Builds dist/ once, then: quickstart.mjs imports it by name (package.json
 * `exports`); publint and @arethetypeswrong/cli find nothing; and `npm pack` gives a tarball that installs into a
 * fresh project, type-checks a consumer under NodeNext and Bundler resolution, runs on this Node against Prism,
 * and puts the CLI on the project's PATH.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../support/project-copy.js';

const exec = promisify(execFile);
const bin = (name: string) => join(PROJECT_ROOT, 'node_modules/.bin', name);
const TSC = join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');
const consumerDir = mkdtempSync(join(tmpdir(), 'aig-consumer-'));

beforeAll(async () => {
  rmSync(join(PROJECT_ROOT, 'dist'), { recursive: true, force: true });
  await exec(process.execPath, [TSC, '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT });
}, 120_000);
afterAll(() => rmSync(consumerDir, { recursive: true, force: true }));

const CONSUMER_TS = `import { createClient, ApiError, NotFoundError, type ProviderConfig } from 'aig-provider-configs';

export async function main(baseUrl: string): Promise<string[]> {
  const cf = createClient({ apiToken: 'consumer-token', accountId: '3ebbcb006d4d46d7bb6a8c7f14676cb0', baseUrl });
  const created: ProviderConfig = await cf.providerConfigs.create({ gateway_id: 'my-gateway', alias: 'a', default_config: true, provider_slug: 'openai', secret: 'sk', secret_id: 's' });
  const listed: ProviderConfig[] = await cf.providerConfigs.list({ gateway_id: 'my-gateway' });
  let missing = '';
  try {
    await cf.providerConfigs.delete({ gateway_id: 'my-gateway', id: 'x' }, { headers: { Prefer: 'code=404' } });
  } catch (error) {
    if (error instanceof NotFoundError && error instanceof ApiError) missing = String(error.errors[0]?.code);
  }
  return [created.secret_preview, String(listed.length), missing];
}
`;

describe('the built package', () => {
  it('runs the five README calls by package name against the mock (quickstart.mjs)', async () => {
    const { stdout } = await exec(process.execPath, ['quickstart.mjs'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CLOUDFLARE_BASE_URL: inject('prismUrl'), CLOUDFLARE_API_TOKEN: 'quickstart-token' },
    });
    expect(stdout.trim().split('\n')).toEqual(['create: id secret_preview', 'list: 1 on page 1', 'listAll: 1 in all', 'update: id secret_preview', 'delete: id']);
  });

  it('publint finds nothing', async () => {
    const { stdout } = await exec(bin('publint'), ['--strict'], { cwd: PROJECT_ROOT });
    expect(stdout).toContain('All good!');
  }, 60_000);

  it('@arethetypeswrong/cli finds nothing (ESM-only profile: the package has no CommonJS entry by design)', async () => {
    // attw exits non-zero on any problem the profile does not ignore; exec rejects on that.
    const { stdout } = await exec(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table'], { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    const rows = stdout
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((l) => /^│ (node16 \(from ESM\)|bundler)\s+│/.test(l));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).not.toMatch(/⚠️|❌|💀|🥴|🎭|🐛/);
  }, 60_000);

  it('packs only what users need, installs into a fresh project, type-checks, runs, and ships the CLI', async () => {
    const { stdout: packed } = await exec('npm', ['pack', '--json', '--pack-destination', consumerDir], { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 });
    const [info] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files).toContain('dist/src/cli/main.js');
    expect(files).toContain('dist/generated/validators.js');
    expect(files.filter((f) => !/^(dist\/(src|generated)\/|spec\/openapi\.yaml$|README\.md$|package\.json$)/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);

    writeFileSync(join(consumerDir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(consumerDir, info!.filename)], { cwd: consumerDir });

    writeFileSync(join(consumerDir, 'consumer.ts'), CONSUMER_TS);
    for (const [name, resolution] of [['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }], ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }]] as const) {
      const config = { compilerOptions: { ...resolution, target: 'ES2022', lib: ['ES2022', 'DOM'], strict: true, types: [], outDir: `out-${name}`, skipLibCheck: false }, files: ['consumer.ts'] };
      writeFileSync(join(consumerDir, `tsconfig.${name}.json`), JSON.stringify(config));
      await exec(process.execPath, [TSC, '-p', `tsconfig.${name}.json`], { cwd: consumerDir }).catch((e: { stdout: string }) => {
        throw new Error(`type-check under ${name} failed:\n${e.stdout}`);
      });
    }

    writeFileSync(join(consumerDir, 'run.mjs'), "import { main } from './out-nodenext/consumer.js';\nconsole.log(JSON.stringify(await main(process.argv[2])));\n");
    const { stdout } = await exec(process.execPath, ['run.mjs', inject('prismUrl')], { cwd: consumerDir });
    expect(JSON.parse(stdout)).toEqual(['secret_preview', '1', '7002']);

    const cli = await exec(join(consumerDir, 'node_modules/.bin/aig-provider-configs'), ['list', '--base-url', inject('prismUrl'), '--gateway', 'my-gateway', '--json'], {
      cwd: consumerDir,
      env: { ...process.env, CLOUDFLARE_API_TOKEN: 'cli-token', CLOUDFLARE_ACCOUNT_ID: '3ebbcb006d4d46d7bb6a8c7f14676cb0' },
    });
    expect(JSON.parse(cli.stdout)).toHaveLength(1);
  }, 180_000);
});
