/** Cloudflare's official SDK (npm `cloudflare`), installed into bench/.cache for comparison only: never a dependency. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE } from './specs.js';

export const SDK_VERSION = '7.3.0';
export const SDK_DIR = join(CACHE, 'cloudflare-sdk');

export function installCloudflareSdk(): string {
  const pkg = join(SDK_DIR, 'node_modules/cloudflare/package.json');
  if (!existsSync(pkg)) {
    mkdirSync(SDK_DIR, { recursive: true });
    writeFileSync(join(SDK_DIR, 'package.json'), JSON.stringify({ name: 'sdk', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `cloudflare@${SDK_VERSION}`], { cwd: SDK_DIR, stdio: 'ignore' });
  }
  return join(SDK_DIR, 'node_modules/cloudflare');
}
