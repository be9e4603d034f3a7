// Contexts LaunchDarkly has seen evaluate flags: `getContexts` (one kind and key) and `searchContexts` (a filter of
// `kind` and `key` clauses). The emulator knows the contexts recorded through its admin API
// (`POST /__emulator/contexts`) or its state file; nothing records them by itself.
import type { LdContextRecord, LdContexts } from "../../launchdarkly/types.js";
import { invalidRequest } from "../http-error.js";
import type { Router } from "../router.js";
import type { EnvironmentRecord } from "../store.js";
import { requireEnvironment } from "./lookup.js";

/** "max: 50, default: 20" (openapi.json, `ContextSearch.limit`). */
const MAX_LIMIT = 50;
const DEFAULT_LIMIT = 20;

/** Records (or refreshes) one context in an environment. */
export function recordContext(environment: EnvironmentRecord, record: LdContextRecord): void {
  const { kind, key } = record.context ?? {};
  if (typeof kind !== "string" || typeof key !== "string" || kind === "" || key === "")
    throw new Error('a context needs a string "kind" and "key"');
  environment.contexts ??= new Map();
  environment.contexts.set(`${kind}:${key}`, {
    ...record,
    lastSeen: record.lastSeen ?? new Date().toISOString(),
  });
}

function page(environment: EnvironmentRecord, items: LdContextRecord[], limit: number): LdContexts {
  const shown = items.slice(0, limit).map((item) => ({
    ...item,
    _links: {
      self: {
        href: `/api/v2/projects/${encodeURIComponent(environment.environment._id as string)}/contexts/${encodeURIComponent(item.context.kind)}/${encodeURIComponent(item.context.key)}`,
        type: "application/json",
      },
    },
  }));
  return {
    items: shown,
    totalCount: items.length,
    _environmentId: String(environment.environment._id ?? ""),
  };
}

function limitOf(value: unknown): number {
  if (value === undefined || value === null || value === "") return DEFAULT_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw invalidRequest(`limit must be an integer from 1 to ${MAX_LIMIT}`);
  return limit;
}

/**
 * The filter forms the emulator understands: comma-separated `kind` or `key` clauses with `equals` or `anyOf` and a
 * JSON array (`kind equals ["user"],key anyOf ["a","b"]`). Anything else is refused rather than ignored.
 */
function parseFilter(filter: string): ((record: LdContextRecord) => boolean)[] {
  const clauses: ((record: LdContextRecord) => boolean)[] = [];
  const pattern = /\s*(kind|key)\s+(equals|anyOf)\s+(\[[^\]]*\])\s*(,|$)/y;
  let index = 0;
  while (index < filter.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(filter);
    if (!match) throw invalidRequest(`the emulator cannot read this context filter: ${filter}`);
    let values: unknown;
    try {
      values = JSON.parse(match[3] as string);
    } catch {
      throw invalidRequest(`the emulator cannot read this context filter: ${filter}`);
    }
    const allowed = new Set((values as unknown[]).map(String));
    const field = match[1] as "kind" | "key";
    clauses.push((record) => allowed.has(record.context[field]));
    index = pattern.lastIndex;
  }
  return clauses;
}

/**
 * An unknown project or environment answers 404 like the emulator's other routes, although openapi.json documents
 * only 200, 400, 401, 403 and 429 here; the identifier check takes any failure as "no verdict".
 */
export function registerContextRoutes(router: Router): void {
  router.add(
    "GET",
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/{kind}/{key}",
    (context) => {
      const { projectKey = "", environmentKey = "", kind = "", key = "" } = context.params;
      const environment = requireEnvironment(context.store, projectKey, environmentKey);
      const limit = limitOf(context.query.get("limit"));
      const found = environment.contexts?.get(`${kind}:${key}`);
      return { status: 200, body: page(environment, found ? [found] : [], limit) };
    },
  );
  router.add(
    "POST",
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/search",
    (context) => {
      const { projectKey = "", environmentKey = "" } = context.params;
      const environment = requireEnvironment(context.store, projectKey, environmentKey);
      const body = (context.body ?? {}) as { filter?: unknown; limit?: unknown };
      if (body.filter !== undefined && typeof body.filter !== "string")
        throw invalidRequest("filter must be a string");
      const limit = limitOf(body.limit ?? context.query.get("limit"));
      const clauses = parseFilter(body.filter ?? context.query.get("filter") ?? "");
      const items = [...(environment.contexts?.values() ?? [])].filter((record) =>
        clauses.every((test) => test(record)),
      );
      return { status: 200, body: page(environment, items, limit) };
    },
  );
}
