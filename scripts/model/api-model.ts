/**
 * Stage 1 of the generator, "inspect": reads a bundled OpenAPI document into a plain model of its operations.
 * No naming decisions are made here (that is the planner's job) and nothing here knows about ts-morph.
 */
import { resolveRef, type JsonSchema, type OpenApiDocument } from './openapi-doc.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ParamModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  schema: JsonSchema;
  /** `x-client-default`: the client option that supplies this parameter when a call leaves it out. */
  clientDefault?: string;
}

export interface BodyFieldModel {
  name: string;
  required: boolean;
  writeOnly: boolean;
  schema: JsonSchema;
}

export interface BodyModel {
  required: boolean;
  mediaType: string;
  schema: JsonSchema;
  /** The body's top-level fields when it is a plain JSON object; null when it must be passed whole. */
  fields: BodyFieldModel[] | null;
}

export interface ResponseModel {
  status: string;
  mediaType?: string;
  schema?: JsonSchema;
  /** `x-envelope` on the body schema: the property that holds the data (the rest is the envelope). */
  envelopeField?: string;
  /** The schema of what the caller gets: the envelope's data property, or the whole body. */
  resultSchema?: JsonSchema;
}

export interface PaginationModel {
  style: string;
  page: string;
  perPage: string;
}

export interface OperationModel {
  operationId?: string;
  method: HttpMethod;
  path: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  params: ParamModel[];
  body?: BodyModel;
  success?: ResponseModel;
  /** Declared non-2xx statuses, as written in the spec (`404`, `5XX`, `default`). */
  errorStatuses: string[];
  pagination?: PaginationModel;
}

export interface TagModel {
  name: string;
  description?: string;
}

export interface ApiModel {
  title: string;
  version: string;
  tags: TagModel[];
  operations: OperationModel[];
}

function pickMediaType(content: Record<string, unknown> | undefined): string | undefined {
  if (!content) return undefined;
  const types = Object.keys(content);
  return types.find((t) => t === 'application/json') ?? types.find((t) => /[/+]json\b/.test(t)) ?? types[0];
}

function readParams(doc: OpenApiDocument, shared: unknown[], own: unknown[]): ParamModel[] {
  // Operation-level parameters override path-level ones with the same name and location (OpenAPI 3.x, 4.8.8).
  const byKey = new Map<string, ParamModel>();
  for (const raw of [...shared, ...own]) {
    const p = resolveRef<Record<string, unknown>>(doc, raw);
    const location = p.in as ParamModel['in'];
    const param: ParamModel = {
      name: String(p.name),
      in: location,
      required: location === 'path' ? true : p.required === true,
      description: typeof p.description === 'string' ? p.description : undefined,
      schema: (p.schema as JsonSchema | undefined) ?? {},
      clientDefault: typeof p['x-client-default'] === 'string' ? p['x-client-default'] : undefined,
    };
    byKey.set(`${location}:${param.name}`, param);
  }
  return [...byKey.values()];
}

/** Top-level fields of a plain object schema; null when the schema is not one (arrays, unions, free-form). */
export function objectFields(doc: OpenApiDocument, schemaOrRef: unknown): BodyFieldModel[] | null {
  const schema = resolveRef<JsonSchema>(doc, schemaOrRef);
  const type = schema.type;
  const isObject = type === 'object' || (type === undefined && schema.properties !== undefined);
  const composed = ['allOf', 'oneOf', 'anyOf', 'not', 'if', 'patternProperties'].some((k) => k in schema);
  if (!isObject || composed || !schema.properties) return null;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return null;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(schema.properties as Record<string, JsonSchema>).map(([name, prop]) => {
    const resolved = resolveRef<JsonSchema>(doc, prop);
    return { name, required: required.has(name), writeOnly: resolved.writeOnly === true, schema: prop };
  });
}

function readBody(doc: OpenApiDocument, raw: unknown): BodyModel | undefined {
  if (!raw) return undefined;
  const body = resolveRef<Record<string, unknown>>(doc, raw);
  const content = body.content as Record<string, { schema?: JsonSchema }> | undefined;
  const mediaType = pickMediaType(content);
  if (!mediaType || !content) return undefined;
  const schema = content[mediaType]?.schema ?? {};
  const isJson = /json/.test(mediaType);
  return { required: body.required === true, mediaType, schema, fields: isJson ? objectFields(doc, schema) : null };
}

function readResponses(doc: OpenApiDocument, raw: Record<string, unknown> | undefined) {
  const statuses = Object.keys(raw ?? {}).sort();
  const successStatus = statuses.find((s) => /^2/.test(s));
  let success: ResponseModel | undefined;
  if (successStatus) {
    const response = resolveRef<Record<string, unknown>>(doc, raw![successStatus]);
    const content = response.content as Record<string, { schema?: JsonSchema }> | undefined;
    const mediaType = pickMediaType(content);
    const schema = mediaType ? content![mediaType]?.schema : undefined;
    const resolved = schema ? resolveRef<JsonSchema>(doc, schema) : undefined;
    const envelope = resolved?.['x-envelope'];
    const resultSchema = typeof envelope === 'string' ? (resolved?.properties as Record<string, JsonSchema> | undefined)?.[envelope] : schema;
    success = { status: successStatus, mediaType, schema, resultSchema, ...(typeof envelope === 'string' ? { envelopeField: envelope } : {}) };
  }
  return { success, errorStatuses: statuses.filter((s) => !/^2/.test(s)) };
}

function readPagination(raw: unknown): PaginationModel | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const p = raw as Record<string, unknown>;
  return { style: String(p.style ?? 'page-number'), page: String(p.page), perPage: String(p.per_page) };
}

/** Reads every operation of a bundled document, in path then method order. */
export function readApiModel(doc: OpenApiDocument): ApiModel {
  const operations: OperationModel[] = [];
  for (const path of Object.keys(doc.paths ?? {}).sort()) {
    const item = resolveRef<Record<string, unknown>>(doc, doc.paths![path]);
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const { success, errorStatuses } = readResponses(doc, op.responses as Record<string, unknown> | undefined);
      operations.push({
        operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
        method,
        path,
        summary: typeof op.summary === 'string' ? op.summary : undefined,
        description: typeof op.description === 'string' ? op.description : undefined,
        tags: (op.tags as string[] | undefined) ?? [],
        deprecated: op.deprecated === true,
        params: readParams(doc, shared, (op.parameters as unknown[] | undefined) ?? []),
        body: readBody(doc, op.requestBody),
        success,
        errorStatuses,
        pagination: readPagination(op['x-pagination']),
      });
    }
  }
  return {
    title: doc.info.title,
    version: doc.info.version,
    tags: (doc.tags ?? []).map((t) => ({ name: t.name, description: t.description })),
    operations,
  };
}
