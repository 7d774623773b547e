/** Starting and stopping a real Prism mock of a spec (node directly, not npx, so killing it leaves no orphan). Used by the tests and `npm run demo`. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.js';

const require = createRequire(import.meta.url);

export interface PrismProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startPrism(spec: string, extraArgs: string[] = []): Promise<PrismProcess> {
  const cli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [cli, 'mock', spec, '-p', String(port), '-h', '127.0.0.1', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 45 s:\n${output}`)), 45_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code}:\n${output}`));
    });
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
