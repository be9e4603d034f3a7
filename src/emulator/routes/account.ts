// Account-level reads: `GET /api/v2/caller-identity` (exactly `CallerIdentityRep`: no role; a client reads the
// token's role with `GET /api/v2/tokens/{id}`) and `GET /api/v2/auditlog`.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../launchdarkly/limits.js";
import { queryAuditLog } from "../audit-log.js";
import { invalidRequest } from "../http-error.js";
import { link } from "../representations.js";
import type { Router } from "../router.js";

function timestampParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw)) throw invalidRequest(`${name} must be a Unix time in milliseconds, got "${raw}"`);
  return Number(raw);
}

export function registerAccountRoutes(router: Router): void {
  router.add("GET", "/api/v2/caller-identity", (context) => ({
    status: 200,
    body: {
      accountId: context.store.accountId,
      authKind: "token",
      // A token with an owning member is a personal token; one without is a service token.
      tokenKind: context.caller.memberId === undefined ? "service" : "personal",
      tokenName: context.caller.tokenName,
      tokenId: context.caller.tokenId,
      ...(context.caller.memberId === undefined ? {} : { memberId: context.caller.memberId }),
      serviceToken: context.caller.memberId === undefined,
    },
  }));

  router.add("GET", "/api/v2/auditlog", (context) => {
    const rawLimit = context.query.get("limit");
    const limit = rawLimit === null ? DEFAULT_PAGE_SIZE.auditLog : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE.auditLog) {
      throw invalidRequest(`limit must be between 1 and ${MAX_PAGE_SIZE.auditLog}, got "${rawLimit}"`);
    }
    const result = queryAuditLog(context.store.auditLog, {
      limit,
      spec: context.query.get("spec") ?? undefined,
      q: context.query.get("q") ?? undefined,
      before: timestampParam(context.query, "before"),
      after: timestampParam(context.query, "after"),
    });
    const links: Record<string, { href: string; type: string }> = { self: link(result.self) };
    if (result.next) links.next = link(result.next);
    return { status: 200, body: { items: result.items, _links: links } };
  });
}
