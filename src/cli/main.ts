#!/usr/bin/env node
/**
 * `aig-provider-configs`: list, create, rotate and delete AI Gateway provider configs from a terminal or CI.
 * Built on the generated client; credentials and account come from the same environment variables.
 *
 * Exit codes: 0 success, 1 the API said no, 2 bad usage or bad input.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { AigError, ApiError, ConfigurationError, createClient, ValidationError, type Client, type ProviderConfig } from '../index.js';
import { FLAG_OF_PARAM, header, integer, NONE, nullable, number, SECRET_FLAG_REFUSED } from './flags.js';
import { json, table } from './output.js';
import { readSecret } from './read-secret.js';
import { UsageError } from './usage-error.js';

export interface Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

interface Common {
  account?: string;
  gateway: string;
  baseUrl?: string;
  json?: boolean;
  header?: Record<string, string>;
  secret?: string | boolean;
  secretEnv?: string;
}

function common(command: Command): Command {
  return command
    .option('--account <id>', 'account id (default: $CLOUDFLARE_ACCOUNT_ID)')
    .requiredOption('--gateway <id>', 'gateway id')
    .option('--base-url <url>', 'API base URL, e.g. a mock (default: $CLOUDFLARE_BASE_URL or Cloudflare)')
    .option('--json', 'print JSON instead of a table')
    .option('--header <name:value>', 'extra request header, repeatable (e.g. "Prefer: code=404" for the mock)', header);
}

function withSecret(command: Command): Command {
  return command
    .option('--secret-env <name>', 'read the provider key from this environment variable (default: standard input)')
    .addOption(new Option('--secret [value]', 'refused: never pass a key on the command line').hideHelp());
}

function client(opts: Common, env: NodeJS.ProcessEnv): { cf: Client; base: { account_id?: string; gateway_id: string } } {
  const cf = createClient({ env, ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}) });
  return { cf, base: { ...(opts.account ? { account_id: opts.account } : {}), gateway_id: opts.gateway } };
}

function requestOptions(opts: Common) {
  return opts.header ? { headers: opts.header } : {};
}

function refuseSecretFlag(opts: Common): void {
  if (opts.secret !== undefined) throw new UsageError(SECRET_FLAG_REFUSED);
}

function describeValidation(error: ValidationError): string {
  return ['Invalid input, nothing was sent:', ...error.issues.map((i) => `  ${FLAG_OF_PARAM[i.field] ?? i.field}: ${i.message}`)].join('\n');
}

function describeApiError(error: ApiError): string {
  const lines = [`The API refused: ${error.method} ${error.path} answered ${error.status}.`];
  for (const e of error.errors) lines.push(`  [${e.code}] ${e.message}`);
  if (error.errors.length === 0 && error.bodyExcerpt) lines.push(`  ${error.bodyExcerpt}`);
  if (error.mayHaveTakenEffect) lines.push('  The request may have taken effect: list the provider configs to check before trying again.');
  if (error.requestId) lines.push(`  cf-ray: ${error.requestId}`);
  return lines.join('\n');
}

export function program(io: Io): Command {
  const print = (text: string) => io.stdout.write(`${text}\n`);
  const show = (opts: Common, value: unknown, rows: () => string) => print(opts.json ? json(value) : rows());
  const cli = new Command('aig-provider-configs')
    .description('Manage Cloudflare AI Gateway provider configs (stored upstream provider keys).\nCredentials: $CLOUDFLARE_API_TOKEN, or $CLOUDFLARE_EMAIL and $CLOUDFLARE_API_KEY.')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  common(cli.command('list').description("list a gateway's provider configs (key previews only)"))
    .option('--page <n>', 'page to show, from 1', integer('--page'))
    .option('--per-page <n>', 'configs per page, 1 to 100', integer('--per-page'))
    .option('--all', 'every page')
    .action(async (opts: Common & { page?: number; perPage?: number; all?: boolean }) => {
      const { cf, base } = client(opts, io.env);
      const params = { ...base, ...(opts.page !== undefined ? { page: opts.page } : {}), ...(opts.perPage !== undefined ? { per_page: opts.perPage } : {}) };
      const configs: ProviderConfig[] = [];
      if (opts.all) for await (const c of cf.providerConfigs.listAll(params, requestOptions(opts))) configs.push(c);
      else configs.push(...(await cf.providerConfigs.list(params, requestOptions(opts))));
      show(opts, configs, () => table(configs));
    });

  withSecret(common(cli.command('create').description('store a provider key for a gateway (key from stdin or --secret-env)')))
    .requiredOption('--alias <name>', 'a name for this key')
    .requiredOption('--provider <slug>', 'the upstream provider (openai, anthropic, ...)')
    .requiredOption('--secret-id <id>', 'the Secrets Store secret to hold the key')
    .option('--default', 'use this key when a request names no alias', false)
    .option('--rate-limit <n>', 'requests allowed per period ("none" for no limit)', number('--rate-limit'))
    .option('--rate-limit-period <seconds>', 'length of the rate-limit window', number('--rate-limit-period'))
    .action(async (opts: Common & { alias: string; provider: string; secretId: string; default: boolean; rateLimit?: number | typeof NONE; rateLimitPeriod?: number | typeof NONE }) => {
      refuseSecretFlag(opts);
      const secret = await readSecret(opts.secretEnv, io.env, io.stdin, io.stderr);
      const { cf, base } = client(opts, io.env);
      const created = await cf.providerConfigs.create(
        {
          ...base,
          alias: opts.alias,
          provider_slug: opts.provider,
          secret_id: opts.secretId,
          default_config: opts.default,
          secret,
          ...(opts.rateLimit !== undefined ? { rate_limit: nullable(opts.rateLimit) } : {}),
          ...(opts.rateLimitPeriod !== undefined ? { rate_limit_period: nullable(opts.rateLimitPeriod) } : {}),
        },
        requestOptions(opts),
      );
      show(opts, created, () => table([created]));
    });

  withSecret(common(cli.command('rotate').description("replace a provider config's key (new key from stdin or --secret-env)")))
    .requiredOption('--id <id>', 'the provider config')
    .action(async (opts: Common & { id: string }) => {
      refuseSecretFlag(opts);
      const secret = await readSecret(opts.secretEnv, io.env, io.stdin, io.stderr);
      const { cf, base } = client(opts, io.env);
      const rotated = await cf.providerConfigs.update({ ...base, id: opts.id, secret }, requestOptions(opts));
      show(opts, rotated, () => table([rotated]));
    });

  common(cli.command('delete').description('delete a provider config and its stored key'))
    .requiredOption('--id <id>', 'the provider config')
    .action(async (opts: Common & { id: string }) => {
      const { cf, base } = client(opts, io.env);
      const deleted = await cf.providerConfigs.delete({ ...base, id: opts.id }, requestOptions(opts));
      show(opts, deleted, () => table([deleted]));
    });

  for (const command of cli.commands) command.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  return cli;
}

/** Runs the CLI; resolves with the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const fail = (code: number, text: string) => {
    io.stderr.write(`${text}\n`);
    return code;
  };
  try {
    await program(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) return fail(2, `error: ${error.message}`);
    if (error instanceof ValidationError) return fail(2, describeValidation(error));
    if (error instanceof ConfigurationError) return fail(2, `error: ${error.message}`);
    if (error instanceof ApiError) return fail(1, describeApiError(error));
    if (error instanceof AigError) return fail(1, `error: ${error.message}`);
    return fail(1, `error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// Run when executed directly (also through the npm bin link), not when imported.
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
