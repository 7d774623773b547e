/** The planner as data: OpenAPI documents in, names and flat params out. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readApiModel } from '../../scripts/model/api-model.js';
import type { OpenApiDocument } from '../../scripts/model/openapi-doc.js';
import { planClient } from '../../scripts/plan/client-plan.js';

const projectSpec = parse(readFileSync(new URL('../../spec/openapi.yaml', import.meta.url), 'utf8')) as OpenApiDocument;
const plan = (doc: OpenApiDocument) => planClient(readApiModel(doc));

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const doc = (paths: Record<string, unknown>, extra: Partial<OpenApiDocument> = {}): OpenApiDocument => ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: paths as OpenApiDocument['paths'], ...extra });

describe('the project spec', () => {
  const p = plan(projectSpec);
  it('has one resource, providerConfigs, with create, delete, list, listAll and update', () => {
    expect(p.resources.map((r) => r.property)).toEqual(['providerConfigs']);
    const methods = p.resources[0]!.methods;
    expect(methods.map((m) => m.name)).toEqual(['create', 'delete', 'list', 'update']);
    expect(methods.find((m) => m.name === 'list')!.pagination).toEqual({ page: 'page', perPage: 'per_page', allName: 'listAll' });
  });

  it('flattens path, query and body params, and knows which are secret and which the client supplies', () => {
    const create = plan(projectSpec).resources[0]!.methods.find((m) => m.name === 'create')!;
    expect(create.pathParams).toEqual(['account_id', 'gateway_id']);
    expect(create.body).toMatchObject({ mode: 'fields', required: true, requiredFields: ['alias', 'default_config', 'provider_slug', 'secret', 'secret_id'] });
    expect(create.secretParams).toEqual(['secret']);
    expect(create.clientDefaults).toEqual({ account_id: 'accountId' });
    expect(create.idempotent).toBe(false);
    expect(create.response).toBe('envelope');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(plan(projectSpec))).toBe(JSON.stringify(plan(structuredClone(projectSpec))));
  });
});

describe('naming', () => {
  it('groups by tag, and by the last static path segment without one', () => {
    const p = plan(doc({
      '/users/{id}': { get: { operationId: 'getUser', tags: ['Users'], responses: ok } },
      '/zones/{zone}/dns_records': { get: { responses: ok }, post: { responses: ok } },
    }));
    expect(p.resources.map((r) => r.property)).toEqual(['dnsRecords', 'users']);
    expect(p.resources[0]!.methods.map((m) => m.name)).toEqual(['create', 'list']);
    expect(p.resources[1]!.methods.map((m) => m.name)).toEqual(['get']);
    expect(p.resources[0]!.methods.map((m) => m.functionName)).toEqual(['createZonesDnsRecords', 'listZonesDnsRecords']);
  });

  it('falls back to full operationIds when short names collide, deterministically', () => {
    const p = plan(doc({
      '/a': { get: { operationId: 'listThings', tags: ['Things'], responses: ok } },
      '/b': { get: { operationId: 'listThing', tags: ['Things'], responses: ok } },
    }));
    expect(p.resources[0]!.methods.map((m) => m.name)).toEqual(['listThing', 'listThings']);
  });

  it('fails loudly when a path param and a body field share a name', () => {
    const body = { required: true, content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } };
    expect(() => plan(doc({ '/x/{id}': { put: { operationId: 'putX', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], requestBody: body, responses: ok } } }))).toThrow(
      /PUT \/x\/\{id\}: the parameter name "id" is used by both the path parameter and the request body/,
    );
  });

  it('passes a non-object body whole, as `body`', () => {
    const body = { required: true, content: { 'text/plain': { schema: { type: 'string' } } } };
    const m = plan(doc({ '/notes': { post: { operationId: 'createNote', requestBody: body, responses: ok } } })).resources[0]!.methods[0]!;
    expect(m.body).toEqual({ mode: 'whole', required: true, mediaType: 'text/plain', param: 'body' });
  });

  it('operation-level params override path-level ones', () => {
    const m = plan(doc({
      '/x/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: { operationId: 'getX', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: ok },
      },
    })).resources[0]!.methods[0]!;
    expect(m.pathParams).toEqual(['id']);
  });
});
