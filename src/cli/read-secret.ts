/**
 * Where the CLI gets a provider key: an environment variable named with `--secret-env`, or standard input. Never
 * the command line, where it would land in shell history and process lists.
 */
import { createInterface } from 'node:readline';
import { UsageError } from './usage-error.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

/** Reads one line from a terminal without echoing it. */
function prompt(input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<string> {
  return new Promise((resolve) => {
    output.write('Provider key (input hidden): ');
    const rl = createInterface({ input, output, terminal: true });
    // Mute the echo of what is typed; readline writes through _writeToOutput.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      output.write('\n');
      resolve(answer);
    });
  });
}

export async function readSecret(secretEnv: string | undefined, env: NodeJS.ProcessEnv, stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream): Promise<string> {
  if (secretEnv !== undefined) {
    const value = env[secretEnv];
    if (!value) throw new UsageError(`--secret-env ${secretEnv}: that environment variable is not set or is empty.`);
    return value;
  }
  const raw = stdin.isTTY ? await prompt(stdin, stderr) : await readAll(stdin);
  const secret = raw.replace(/\r?\n$/, '');
  if (!secret) throw new UsageError('No provider key: pipe it on standard input, or name an environment variable with --secret-env NAME.');
  return secret;
}
