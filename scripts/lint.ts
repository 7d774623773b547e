/**
 * `npm run lint`: Redocly over spec/openapi.yaml with redocly.yaml (recommended-strict plus our rules).
 * Fails on any finding, warnings included; `--spec` lints another file with the same rules.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lint } from './pipeline/redocly.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { spec: { type: 'string', default: 'spec/openapi.yaml' } } });

const findings = await lint(resolve(values.spec!), ROOT);
console.log(findings.report);
const total = findings.errors + findings.warnings;
console.log(`\n${values.spec}: ${findings.errors} errors, ${findings.warnings} warnings`);
for (const [rule, count] of findings.topRules) console.log(`  ${rule}: ${count}`);
process.exit(total === 0 ? 0 : 1);
