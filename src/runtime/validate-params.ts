/**
 * The glue between the generated validators and {@link ValidationError}: turns Ajv's findings into issues that
 * name the field, the rule and its limit, and never the value. Also guards path params, with or without a schema.
 */
import { ValidationError, type ValidationIssue } from '../errors.js';
import type { OperationDescriptor, ValidatorIssue } from './operation.js';

const LIMIT_PARAM: Record<string, string> = {
  maxLength: 'limit', minLength: 'limit', maximum: 'limit', minimum: 'limit', exclusiveMaximum: 'limit',
  exclusiveMinimum: 'limit', maxItems: 'limit', minItems: 'limit', maxProperties: 'limit', minProperties: 'limit',
  multipleOf: 'multipleOf', pattern: 'pattern', format: 'format', type: 'type', enum: 'allowedValues', const: 'allowedValue',
};

/** A missing param; where the client can supply it, the message says which option does. */
function requiredIssue(op: OperationDescriptor, field: string): ValidationIssue {
  const option = op.clientDefaults[field];
  return { field, rule: 'required', message: `is required${option ? ` (pass it, or set the client's \`${option}\` option)` : ''}` };
}

function fieldOf(issue: ValidatorIssue): string {
  const base = issue.instancePath.replace(/^\//, '').replace(/~1/g, '/').replace(/~0/g, '~');
  const child = (issue.params.missingProperty ?? issue.params.additionalProperty ?? issue.params.unevaluatedProperty) as string | undefined;
  return child === undefined ? base : base ? `${base}/${child}` : child;
}

function toIssue(op: OperationDescriptor, raw: ValidatorIssue): ValidationIssue {
  const field = fieldOf(raw);
  const key = LIMIT_PARAM[raw.keyword];
  const limit = key === undefined ? undefined : (raw.params[key] as ValidationIssue['limit']);
  if (raw.keyword === 'required') return requiredIssue(op, field);
  if (raw.keyword === 'additionalProperties' || raw.keyword === 'unevaluatedProperties') {
    return { field, rule: 'additionalProperties', message: `is not a known param of ${op.id}` };
  }
  return { field, rule: raw.keyword, ...(limit === undefined ? {} : { limit }), message: messageFor(raw) };
}

/** The generated validators carry no messages (smaller code); they are written here from keyword and params. */
function messageFor({ keyword, params }: ValidatorIssue): string {
  const p = params as Record<string, unknown>;
  switch (keyword) {
    case 'type':
      return `must be ${String(p.type).replace(/,/g, ' or ')}`;
    case 'minLength':
      return `must have at least ${p.limit} characters`;
    case 'maxLength':
      return `must have at most ${p.limit} characters`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${p.comparison} ${p.limit}`;
    case 'multipleOf':
      return `must be a multiple of ${p.multipleOf}`;
    case 'pattern':
      return `must match the pattern ${p.pattern}`;
    case 'format':
      return `must be a valid ${p.format}`;
    case 'enum':
      return `must be one of ${JSON.stringify(p.allowedValues)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case 'minItems':
      return `must have at least ${p.limit} items`;
    case 'maxItems':
      return `must have at most ${p.limit} items`;
    case 'uniqueItems':
      return 'must not repeat an item';
    case 'minProperties':
    case 'maxProperties':
      return `must have ${keyword === 'minProperties' ? 'at least' : 'at most'} ${p.limit} properties`;
    case 'anyOf':
    case 'oneOf':
      return `must match ${keyword === 'oneOf' ? 'exactly one' : 'at least one'} of the allowed shapes`;
    default:
      return `breaks the ${keyword} rule`;
  }
}

/** Throws {@link ValidationError} listing every rule the params break. */
export function validateParams(op: OperationDescriptor, params: Record<string, unknown>): void {
  if (op.validate(params)) return;
  const issues = (op.validate.errors ?? []).map((e) => toIssue(op, e));
  // Ajv can report one finding twice through composed schemas; keep the first of each.
  const seen = new Set<string>();
  throw new ValidationError(op.id, issues.filter((i) => !seen.has(`${i.field}|${i.rule}`) && seen.add(`${i.field}|${i.rule}`)));
}

/**
 * Path params must be present, non-empty and unable to leave their segment: `/` and `?` are percent-encoded by the
 * URL builder, and `.` or `..` (which URLs resolve as directories) are refused here.
 */
export function checkPathParams(op: OperationDescriptor, params: Record<string, unknown>): void {
  const issues: ValidationIssue[] = [];
  for (const name of op.pathParams) {
    const value = params[name];
    if (value === undefined || value === null || value === '') {
      issues.push(requiredIssue(op, name));
    } else if (typeof value !== 'string' && typeof value !== 'number') {
      issues.push({ field: name, rule: 'type', limit: 'string', message: 'must be a string' });
    } else if (String(value) === '.' || String(value) === '..') {
      issues.push({ field: name, rule: 'path-segment', message: 'must not be "." or "..": it would change the path' });
    }
  }
  if (issues.length > 0) throw new ValidationError(op.id, issues);
}
