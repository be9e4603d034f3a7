// `limit`/`offset` paging as LaunchDarkly documents it: "Paginated collections include `first`, `last`, `next`,
// and `prev` links". Strict on `limit` so that client bugs show: above the maximum is a 400 naming the maximum.
import type { LdLinks } from "../launchdarkly/types.js";
import { invalidRequest } from "./http-error.js";
import { link } from "./representations.js";

export interface PageRequest {
  limit: number;
  offset: number;
}

function integerParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^-?\d+$/.test(raw.trim())) throw invalidRequest(`${name} must be an integer, got "${raw}"`);
  return Number.parseInt(raw, 10);
}

export function parsePage(query: URLSearchParams, defaultLimit: number, maxLimit: number): PageRequest {
  const limit = integerParam(query, "limit") ?? defaultLimit;
  const offset = integerParam(query, "offset") ?? 0;
  if (limit < 1) throw invalidRequest(`limit must be at least 1, got ${limit}`);
  if (limit > maxLimit) throw invalidRequest(`limit must be at most ${maxLimit}, got ${limit}`);
  if (offset < 0) throw invalidRequest(`offset must not be negative, got ${offset}`);
  return { limit, offset };
}

/**
 * Links for one page. Other query parameters (e.g. `expand`) are kept in every link so that following
 * `next` gives the same kind of page.
 */
export function pageLinks(
  basePath: string,
  query: URLSearchParams,
  page: PageRequest,
  totalCount: number,
): LdLinks {
  const href = (offset: number): string => {
    const params = new URLSearchParams(query);
    params.set("limit", String(page.limit));
    params.set("offset", String(offset));
    return `${basePath}?${params.toString()}`;
  };
  const lastOffset = totalCount === 0 ? 0 : Math.floor((totalCount - 1) / page.limit) * page.limit;
  const links: LdLinks = {
    first: link(href(0)),
    last: link(href(lastOffset)),
    self: link(href(page.offset)),
  };
  if (page.offset + page.limit < totalCount) links.next = link(href(page.offset + page.limit));
  if (page.offset > 0) links.prev = link(href(Math.max(0, page.offset - page.limit)));
  return links;
}

/** A page of a Map's values in insertion order, without copying the whole collection. */
export function pageOfValues<T>(values: Map<string, T>, page: PageRequest): T[] {
  const out: T[] = [];
  if (page.offset >= values.size) return out;
  let index = 0;
  for (const value of values.values()) {
    if (index >= page.offset) {
      out.push(value);
      if (out.length === page.limit) break;
    }
    index++;
  }
  return out;
}
