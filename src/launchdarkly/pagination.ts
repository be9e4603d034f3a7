// Paging rules for LaunchDarkly's `limit`/`offset` lists, pure. The client reads the first page, then either fetches
// every remaining page at once (when `totalCount` tells how many there are) or follows `_links.next`.

import type { LdPage } from "./types.js";

/** Offsets of the pages after the first, given what the first page said. */
export function remainingPageOffsets(totalCount: number, firstPageLength: number): number[] {
  if (firstPageLength <= 0 || totalCount <= firstPageLength) return [];
  const offsets: number[] = [];
  for (let offset = firstPageLength; offset < totalCount; offset += firstPageLength) offsets.push(offset);
  return offsets;
}

/** The `next` link of a page, if the server gave one. */
export function nextHref(page: LdPage<unknown> | undefined): string | undefined {
  const href = page?._links?.next?.href;
  return typeof href === "string" && href !== "" ? href : undefined;
}

/**
 * Drops repeats by key, keeping the first. Offset paging over a list that changes while it is read can show an
 * item on two pages; the plan must not see it twice.
 */
export function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Minimum number of requests to read `total` items `pageSize` at a time (at least one, to learn it is empty). */
export function minimumPageRequests(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
