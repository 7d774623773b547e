/**
 * Stage 2 of the generator, "plan": turns the API model into plain data that says what to emit: resources, their
 * methods, the flat parameter lists and every name. Sorted and deterministic; no ts-morph here.
 */
import type { ApiModel, OperationModel, ParamModel } from '../model/api-model.js';
import { camelCase, nounForms, pascalCase, safeIdentifier, words, withoutNoun } from './names.js';
import { summarizeSchema } from './schema-summary.js';

export type BodyPlan =
  | { mode: 'fields'; required: boolean; mediaType: string; fields: string[]; requiredFields: string[] }
  | { mode: 'whole'; required: boolean; mediaType: string; param: 'body' };

/** One param as the reference docs show it. */
export interface ParamDoc {
  name: string;
  location: 'path' | 'query' | 'header' | 'body';
  required: boolean;
  type: string;
  description?: string;
  clientDefault?: string;
  secret: boolean;
}

export interface MethodPlan {
  /** Name on the resource object (`create`). */
  name: string;
  /** Name of the standalone function (`createProviderConfig`). */
  functionName: string;
  /** Prefix of the operation's types (`CreateProviderConfig` -> `CreateProviderConfigParams`). */
  typeBase: string;
  /** Key in openapi-typescript's `operations` (the operationId), or the `paths` path and method without one. */
  typeSource: { kind: 'operation'; operationId: string } | { kind: 'path'; path: string; method: string };
  httpMethod: string;
  path: string;
  summary: string;
  description?: string;
  deprecated: boolean;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
  body: BodyPlan | null;
  /** Parameters the client can supply (`account_id` -> `accountId`). */
  clientDefaults: Record<string, string>;
  /** Parameters that must never appear in errors or logs (`writeOnly` body fields). */
  secretParams: string[];
  /** Whether a call may pass no params at all (every required one has a client default). */
  paramsOptional: boolean;
  successStatus?: string;
  successMediaType?: string;
  /** How the success body is read; `envelope` returns its `envelopeField` (`x-envelope` on the schema). */
  response: 'envelope' | 'json' | 'text' | 'none';
  envelopeField?: string;
  idempotent: boolean;
  /** Error classes a caller may see and when, for the doc comment. */
  throws: { name: string; when: string }[];
  validatorName: string;
  /** For the reference docs. */
  paramDocs: ParamDoc[];
  resultDoc: string;
  pagination?: { page: string; perPage: string; allName: string };
}

export interface ResourcePlan {
  property: string;
  typeName: string;
  factoryName: string;
  description?: string;
  methods: MethodPlan[];
}

export interface ClientPlan {
  title: string;
  version: string;
  resources: ResourcePlan[];
  /** Operations whose body is taken whole because a body field shares a param's name (`nest` only). */
  nestedBodies: string[];
}

// The runtime's error classes (src/errors.ts) by status, with when each is thrown, for doc comments.
const ERROR_CLASSES: Record<string, { name: string; when: string }> = {
  '400': { name: 'BadRequestError', when: 'the API found the request invalid (400)' },
  '401': { name: 'AuthenticationError', when: 'the credentials are missing or not valid (401)' },
  '403': { name: 'PermissionDeniedError', when: 'the credentials lack a permission (403)' },
  '404': { name: 'NotFoundError', when: 'nothing has that id (404)' },
  '409': { name: 'ConflictError', when: 'the request conflicts with the current state (409)' },
  '429': { name: 'RateLimitError', when: 'rate-limited and out of retries (429)' },
};

function errorClassFor(status: string): { name: string; when: string } {
  if (ERROR_CLASSES[status]) return ERROR_CLASSES[status]!;
  if (/^5/.test(status)) return { name: 'InternalServerError', when: 'the server failed and retries ran out (5xx)' };
  return { name: 'ApiError', when: `the API answered ${status}` };
}

function responseKind(op: OperationModel): Pick<MethodPlan, 'response' | 'envelopeField'> {
  if (!op.success?.mediaType) return { response: 'none' };
  if (!/json/.test(op.success.mediaType)) return { response: 'text' };
  return op.success.envelopeField ? { response: 'envelope', envelopeField: op.success.envelopeField } : { response: 'json' };
}

function resourceWords(op: OperationModel): string[] {
  if (op.tags[0]) return words(op.tags[0]);
  const statics = op.path.split('/').filter((s) => s && !s.startsWith('{'));
  return words(statics[statics.length - 1] ?? 'root');
}

/** A name from the method and the path, for operations without an operationId: `list`, `get`, `createExport`. */
function methodWordsFromPath(op: OperationModel, noun: string[]): { short: string[]; full: string[] } {
  const segments = op.path.split('/').filter(Boolean);
  const endsWithParam = segments.length > 0 && segments[segments.length - 1]!.startsWith('{');
  const verb: Record<string, string> = { get: endsWithParam ? 'get' : 'list', post: 'create', put: 'update', patch: 'update', delete: 'delete' };
  const statics = segments.filter((s) => !s.startsWith('{'));
  // Only what comes after the resource's own segment says more than the resource does.
  const own = statics.map((s) => words(s).join(' ')).lastIndexOf(noun.join(' '));
  const v = verb[op.method] ?? op.method;
  return { short: [v, ...statics.slice(own + 1).flatMap(words)], full: [v, ...statics.flatMap(words)] };
}

export interface PlanOptions {
  /**
   * What to do when a body field has the name of a path, query or header param: `fail` (the project's own spec:
   * a loud error) or `nest` (foreign specs: that operation takes its body whole, as `body`, and it is reported).
   * @default 'fail'
   */
  onBodyCollision?: 'fail' | 'nest';
}

/** Flattens path, query, header and body names into one list, failing loudly when two places use one name. */
function flatParams(op: OperationModel, label: string, options: PlanOptions, nested: string[]) {
  const seen = new Map<string, string>();
  const claim = (name: string, where: string) => {
    const previous = seen.get(name);
    if (previous) {
      throw new Error(`${label}: the parameter name "${name}" is used by both the ${previous} and the ${where}; flat params cannot hold both`);
    }
    seen.set(name, where);
  };
  const of = (location: ParamModel['in']) => op.params.filter((p) => p.in === location);
  for (const location of ['path', 'query', 'header'] as const) for (const p of of(location)) claim(p.name, `${location} parameter`);
  let body: BodyPlan | null = null;
  if (op.body) {
    const clash = op.body.fields?.find((f) => seen.has(f.name));
    if (clash && options.onBodyCollision === 'nest') nested.push(`${label} (${clash.name})`);
    if (op.body.fields && !(clash && options.onBodyCollision === 'nest')) {
      for (const f of op.body.fields) claim(f.name, 'request body');
      body = {
        mode: 'fields',
        required: op.body.required,
        mediaType: op.body.mediaType,
        fields: op.body.fields.map((f) => f.name),
        requiredFields: op.body.fields.filter((f) => f.required).map((f) => f.name),
      };
    } else {
      claim('body', 'request body');
      body = { mode: 'whole', required: op.body.required, mediaType: op.body.mediaType, param: 'body' };
    }
  }
  return { of, body };
}

function planMethod(op: OperationModel, noun: string[], options: PlanOptions, nested: string[]): Omit<MethodPlan, 'name'> & { candidates: string[] } {
  const label = `${op.method.toUpperCase()} ${op.path}`;
  const fromPath = op.operationId ? undefined : methodWordsFromPath(op, noun);
  const idWords = fromPath ? fromPath.full : words(op.operationId!);
  let short = fromPath ? fromPath.short : idWords;
  for (const form of nounForms(noun)) {
    const stripped = withoutNoun(short, form);
    if (stripped !== short) {
      short = stripped;
      break;
    }
  }
  const { of, body } = flatParams(op, label, options, nested);
  const clientDefaults: Record<string, string> = {};
  for (const p of op.params) if (p.clientDefault) clientDefaults[p.name] = p.clientDefault;
  const secretParams = (op.body?.fields ?? []).filter((f) => f.writeOnly).map((f) => f.name);
  const requiredParams = [
    ...op.params.filter((p) => p.required).map((p) => p.name),
    ...(body?.mode === 'fields' && body.required ? body.requiredFields : []),
    ...(body?.mode === 'whole' && body.required ? ['body'] : []),
  ];
  const fullName = camelCase(idWords);
  const throws = [{ name: 'ValidationError', when: 'the params break the spec; nothing is sent' }];
  for (const t of op.errorStatuses.map(errorClassFor)) if (!throws.some((x) => x.name === t.name)) throws.push(t);
  return {
    candidates: [camelCase(short), fullName],
    functionName: safeIdentifier(fullName, 'Operation'),
    typeBase: pascalCase(idWords),
    typeSource: op.operationId ? { kind: 'operation', operationId: op.operationId } : { kind: 'path', path: op.path, method: op.method },
    httpMethod: op.method.toUpperCase(),
    path: op.path,
    summary: op.summary ?? label,
    description: op.description,
    deprecated: op.deprecated,
    pathParams: of('path').map((p) => p.name),
    queryParams: of('query').map((p) => p.name),
    headerParams: of('header').map((p) => p.name),
    body,
    clientDefaults,
    secretParams,
    paramsOptional: requiredParams.every((p) => p in clientDefaults),
    successStatus: op.success?.status,
    successMediaType: op.success?.mediaType,
    ...responseKind(op),
    idempotent: op.method !== 'post' && op.method !== 'patch',
    throws,
    validatorName: `validate${pascalCase(idWords)}`,
    paramDocs: paramDocs(op, body?.mode),
    resultDoc: op.success?.mediaType ? summarizeSchema(op.success.resultSchema) : 'void',
    pagination: op.pagination ? { page: op.pagination.page, perPage: op.pagination.perPage, allName: '' } : undefined,
  };
}

function paramDocs(op: OperationModel, bodyMode: 'fields' | 'whole' | undefined): ParamDoc[] {
  const description = (schema: Record<string, unknown>) => (typeof schema.description === 'string' ? schema.description : undefined);
  const params: ParamDoc[] = op.params
    .filter((p) => p.in !== 'cookie')
    .map((p) => ({ name: p.name, location: p.in as ParamDoc['location'], required: p.required, type: summarizeSchema(p.schema), description: p.description ?? description(p.schema), clientDefault: p.clientDefault, secret: false }));
  if (op.body?.fields && bodyMode === 'fields') {
    for (const f of op.body.fields) {
      params.push({ name: f.name, location: 'body', required: f.required && op.body.required, type: summarizeSchema(f.schema), description: description(f.schema), secret: f.writeOnly });
    }
  } else if (op.body) {
    params.push({ name: 'body', location: 'body', required: op.body.required, type: `${summarizeSchema(op.body.schema)} (${op.body.mediaType})`, secret: false });
  }
  return params;
}

/** Gives every method of a resource a unique name: the short one where it is free, else the full one, else numbered. */
function assignNames(planned: (Omit<MethodPlan, 'name'> & { candidates: string[] })[]): MethodPlan[] {
  const shortCounts = new Map<string, number>();
  for (const p of planned) shortCounts.set(p.candidates[0]!, (shortCounts.get(p.candidates[0]!) ?? 0) + 1);
  const taken = new Set<string>();
  return planned.map(({ candidates, ...rest }) => {
    let name = shortCounts.get(candidates[0]!) === 1 ? candidates[0]! : candidates[1]!;
    for (let n = 2; taken.has(name); n++) name = `${candidates[1]}${n}`;
    taken.add(name);
    const pagination = rest.pagination ? { ...rest.pagination, allName: `${name}All` } : undefined;
    return { ...rest, name, pagination };
  });
}

/** Makes function, type and validator names unique across the whole client (operationIds may be absent). */
function uniqueAcrossResources(resources: ResourcePlan[]): void {
  const used = new Set<string>();
  for (const method of resources.flatMap((r) => r.methods)) {
    let n = 1;
    const base = { fn: method.functionName, type: method.typeBase, validator: method.validatorName };
    while (used.has(method.functionName)) {
      n += 1;
      method.functionName = `${base.fn}${n}`;
      method.typeBase = `${base.type}${n}`;
      method.validatorName = `${base.validator}${n}`;
    }
    used.add(method.functionName);
  }
}

export function planClient(model: ApiModel, options: PlanOptions = {}): ClientPlan {
  const nested: string[] = [];
  const groups = new Map<string, { noun: string[]; ops: OperationModel[] }>();
  for (const op of model.operations) {
    const noun = resourceWords(op);
    const key = camelCase(noun);
    const group = groups.get(key) ?? { noun, ops: [] };
    group.ops.push(op);
    groups.set(key, group);
  }
  const resources: ResourcePlan[] = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([property, { noun, ops }]) => {
      const tag = model.tags.find((t) => camelCase(words(t.name)) === property);
      const methods = assignNames(ops.map((op) => planMethod(op, noun, options, nested))).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { property, typeName: `${pascalCase(noun)}Resource`, factoryName: `${property}Resource`, description: tag?.description, methods };
    });
  uniqueAcrossResources(resources);
  return { title: model.title, version: model.version, resources, nestedBodies: nested };
}
