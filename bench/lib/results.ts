/** Writes one benchmark's section of bench/RESULTS.md, between its markers, leaving the other sections alone. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './specs.js';

const FILE = join(ROOT, 'bench/RESULTS.md');
const HEADER = `# Benchmark results

Each section is written by the benchmark named in it, from one run, with the command that reproduces it. Ratios
compare numbers measured in the same run on the same machine (2 cores, shared and noisy): read them, not the
absolute times. Nothing here is asserted by the tests.
`;

export function writeSection(name: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const block = `${start}\n${body.trim()}\n${end}`;
  const at = text.indexOf(start);
  text = at >= 0 ? text.slice(0, at) + block + text.slice(text.indexOf(end) + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, text);
}

export const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export const machine = () => `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
