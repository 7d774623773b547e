/** Runs Redocly CLI (lint, bundle, build-docs) as a child process, without telemetry or update checks. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function cliPath(): string {
  const pkgPath = require.resolve('@redocly/cli/package.json');
  const bin = (require(pkgPath) as { bin: Record<string, string> }).bin;
  return join(dirname(pkgPath), bin.redocly ?? Object.values(bin)[0]!);
}

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function redocly(args: string[], cwd: string): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath(), ...args], {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Redocly's output without the Node-version notice box it prints on Node 20. */
export function withoutNotices(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/[╔╚║]/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface LintSummary {
  errors: number;
  warnings: number;
  /** Rule ids by how often they were broken, most first. */
  topRules: [string, number][];
  /** Redocly's readable report. */
  report: string;
}

/** Lints a spec; the JSON report gives the counts, the stylish one what to show a person. */
export async function lint(spec: string, cwd: string, config?: string): Promise<LintSummary> {
  const configArgs = config ? ['--config', config] : [];
  const [json, stylish] = await Promise.all([
    redocly(['lint', spec, '--format=json', '--max-problems', '1000000', ...configArgs], cwd),
    redocly(['lint', spec, '--format=stylish', ...configArgs], cwd),
  ]);
  const start = json.stdout.indexOf('{');
  if (start < 0) throw new Error(`redocly lint gave no report:\n${withoutNotices(json.stderr + json.stdout)}`);
  const parsed = JSON.parse(json.stdout.slice(start)) as { totals: { errors: number; warnings: number }; problems: { ruleId: string }[] };
  const counts = new Map<string, number>();
  for (const p of parsed.problems) counts.set(p.ruleId, (counts.get(p.ruleId) ?? 0) + 1);
  const topRules = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { errors: parsed.totals.errors, warnings: parsed.totals.warnings, topRules, report: withoutNotices(stylish.stdout + '\n' + stylish.stderr) };
}

/** Bundles a spec (any `$ref`s to other files pulled in) into one JSON document. */
export async function bundle(spec: string, out: string, cwd: string): Promise<void> {
  const result = await redocly(['bundle', spec, '--ext', 'json', '-o', out], cwd);
  if (result.code !== 0) throw new Error(`redocly bundle failed:\n${withoutNotices(result.stderr + result.stdout)}`);
}

/** Renders the reference page, with Redoc's JavaScript inlined so it works offline. */
export async function buildDocs(spec: string, out: string, cwd: string): Promise<void> {
  const result = await redocly(['build-docs', spec, '--inlineBundle', '-o', out], cwd);
  if (result.code !== 0) throw new Error(`redocly build-docs failed:\n${withoutNotices(result.stderr + result.stdout)}`);
}
