/**
 * Emits docs/reference.md: the client's API reference in Markdown, from the plan. Each method: what it does, its
 * HTTP call, its params (where each goes, its type and limits), what it resolves to and what it throws.
 */
import type { ClientPlan, MethodPlan, ResourcePlan } from '../plan/client-plan.js';
import { banner } from './banner.js';

const cell = (text: string | undefined) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

function paramsTable(m: MethodPlan): string[] {
  if (m.paramDocs.length === 0) return ['No params.'];
  const rows = m.paramDocs.map((p) => {
    const required = p.required ? (p.clientDefault ? `yes, or the client's \`${p.clientDefault}\`` : 'yes') : 'no';
    const note = p.secret ? ' Secret: never logged or shown in errors.' : '';
    return `| \`${p.name}\` | ${p.location} | ${cell(p.type)} | ${required} | ${cell(p.description)}${note} |`;
  });
  return ['| param | in | type | required | description |', '|---|---|---|---|---|', ...rows];
}

function method(r: ResourcePlan, m: MethodPlan): string[] {
  const lines = [
    `### \`${r.property}.${m.name}(params, options?)\``,
    '',
    `**${m.summary}.** \`${m.httpMethod} ${m.path}\``,
    '',
    ...(m.description ? [m.description.trim(), ''] : []),
    ...(m.deprecated ? ['**Deprecated** in the spec.', ''] : []),
    ...paramsTable(m),
    '',
    `**Resolves to** \`${m.resultDoc}\`${m.response === 'envelope' ? ` (the envelope's \`${m.envelopeField}\`)` : ''}.`,
    '',
  ];
  if (m.pagination) {
    lines.push(`**Every page:** \`${r.property}.${m.pagination.allName}(params, options?)\` is an async iterator over the items of every page (\`${m.pagination.page}\` and \`${m.pagination.perPage}\` as above; it stops on a short or empty page or at the total count).`, '');
  }
  lines.push(`**Retried** ${m.idempotent ? 'after connection errors, timeouts, 408, 429 and 5xx' : 'only after a 429 or a refused connection (not idempotent: an ambiguous failure sets `mayHaveTakenEffect`)'}.`, '');
  lines.push('**Throws**', '', ...m.throws.map((t) => `- \`${t.name}\` when ${t.when}`), '');
  return lines;
}

export function emitReference(plan: ClientPlan, source: string): string {
  const lines = [
    `# ${plan.title}: client reference`,
    '',
    `Version ${plan.version} of the spec. Every method takes one flat \`params\` object (path, query and body fields by their API names) and optional per-call \`options\`: \`{ maxRetries?, timeoutMs?, signal?, headers?, validate? }\`. Params are checked against the spec before anything is sent (\`ValidationError\`).`,
    '',
  ];
  for (const r of plan.resources) {
    lines.push(`## \`${r.property}\``, '', ...(r.description ? [r.description.trim(), ''] : []));
    for (const m of r.methods) lines.push(...method(r, m));
  }
  return banner(source, 'html') + lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
