/**
 * Page-number pagination: walks pages from the one asked for (default 1) and stops on an empty or short page, or
 * once `result_info.total_count` items are seen, so it never asks for a page it knows is empty.
 */
import type { ClientContext } from './context.js';
import type { OperationDescriptor, PaginationDescriptor } from './operation.js';
import type { RequestOptions } from './request-options.js';
import { exchange } from './send.js';

interface ResultInfo {
  page?: number;
  per_page?: number;
  total_count?: number;
}

function resultInfo(body: unknown): ResultInfo {
  const info = (body as { result_info?: unknown } | undefined)?.result_info;
  return info && typeof info === 'object' ? (info as ResultInfo) : {};
}

/** Yields every item of every page. */
export async function* paginate<Item>(ctx: ClientContext, op: OperationDescriptor, pagination: PaginationDescriptor, params: object | undefined, options?: RequestOptions): AsyncGenerator<Item, void, undefined> {
  const base = { ...params } as Record<string, unknown>;
  let page = typeof base[pagination.page] === 'number' ? (base[pagination.page] as number) : 1;
  let seen = 0;
  for (;;) {
    const { body, result } = await exchange(ctx, op, { ...base, [pagination.page]: page }, options);
    const items = Array.isArray(result) ? (result as Item[]) : [];
    yield* items;
    seen += items.length;
    const info = resultInfo(body);
    const perPage = (base[pagination.perPage] as number | undefined) ?? info.per_page;
    if (items.length === 0) return;
    if (perPage !== undefined && items.length < perPage) return;
    if (info.total_count !== undefined && (perPage !== undefined ? page * perPage : seen) >= info.total_count) return;
    page += 1;
  }
}
