/** listAll against a real local server: which pages it asks for, and when it stops. */
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/index.js';
import { json, PROVIDER_CONFIG, startServer, type LocalServer } from '../support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
});

const items = (page: number, n: number) => Array.from({ length: n }, (_, i) => ({ ...PROVIDER_CONFIG, id: `p${page}-${i}` }));
const page = (n: number, count: number, info?: Record<string, number>) => json(200, { success: true, errors: [], messages: [], result: items(n, count), ...(info ? { result_info: info } : {}) });

async function collect(perPage?: number) {
  const cf = createClient({ apiToken: 't', baseUrl: server!.url, env: {} });
  const out = [];
  for await (const c of cf.providerConfigs.listAll({ account_id: 'a', gateway_id: 'g', ...(perPage ? { per_page: perPage } : {}) })) out.push(c.id);
  return out;
}

describe('listAll', () => {
  it('walks pages until a short page', async () => {
    server = await startServer([page(1, 2), page(2, 2), page(3, 1)]);
    expect(await collect(2)).toEqual(['p1-0', 'p1-1', 'p2-0', 'p2-1', 'p3-0']);
    expect(server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('page'))).toEqual(['1', '2', '3']);
  });

  it('stops at total_count without asking for a page it knows is empty', async () => {
    server = await startServer([page(1, 2, { page: 1, per_page: 2, count: 2, total_count: 4 }), page(2, 2, { page: 2, per_page: 2, count: 2, total_count: 4 }), page(3, 0)]);
    expect(await collect(2)).toHaveLength(4);
    expect(server.requests).toHaveLength(2);
  });

  it('uses result_info.per_page when the call gives none', async () => {
    server = await startServer([page(1, 3, { page: 1, per_page: 3, count: 3 }), page(2, 1, { page: 2, per_page: 3, count: 1 })]);
    expect(await collect()).toHaveLength(4);
    expect(server.requests).toHaveLength(2);
  });

  it('stops on an empty page', async () => {
    server = await startServer([page(1, 0)]);
    expect(await collect(20)).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('fetches lazily: breaking out of the loop asks for no more pages', async () => {
    server = await startServer([page(1, 2), page(2, 2)]);
    const cf = createClient({ apiToken: 't', baseUrl: server.url, env: {} });
    for await (const c of cf.providerConfigs.listAll({ account_id: 'a', gateway_id: 'g', per_page: 2 })) {
      expect(c.id).toBe('p1-0');
      break;
    }
    expect(server.requests).toHaveLength(1);
  });
});
