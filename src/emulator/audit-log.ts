// The audit log: every write records an `AuditLogEntryListingRep`; `GET /api/v2/auditlog` filters by resource
// specifier (`spec`), `before`/`after` and pages newest first with `_links.next`.
import type { LdAuditLogEntry, LdStatement } from "../launchdarkly/types.js";
import { globMatches } from "../permissions/glob.js";
import { invalidRequest } from "./http-error.js";
import { newObjectId } from "./ids.js";
import { hrefs, link } from "./representations.js";
import type { AuditRecord, EmulatorStore } from "./store.js";

/** Who made a request, as the audit log and caller identity show it. Never holds the token itself. */
export interface Caller {
  tokenId: string;
  tokenName: string;
  /** The member who owns the token, when the token config names one; a service token has none. */
  memberId?: string;
  /** The token's base role. */
  role: "reader" | "writer";
  /** Custom role keys limiting the token (resolved to roles at each request, so role edits take effect). */
  customRoleKeys?: readonly string[];
  /** A policy limiting the token in place of a role. */
  inlineRole?: readonly LdStatement[];
}

export interface AuditChange {
  /** `ResourceKind`: "segment", "metric", "role", "project", "environment". */
  kind: string;
  /** Resource specifier, e.g. `proj/web-app:env/production:segment/beta-testers`. */
  resource: string;
  /** Resource name shown in the entry. */
  name: string;
  /** Custom-role action, e.g. `createSegment`, `updateRules`. */
  actions: string[];
  /** e.g. "created the segment". */
  titleVerb: string;
  /** Defaults to the title verb, capitalised, and the name ("Created the segment Beta"). */
  description?: string;
  comment?: string;
}

/** Records a write by the request's caller, dated now unless the write took its own time. */
export function recordAudit(
  { store, caller }: { store: EmulatorStore; caller: Caller },
  change: AuditChange,
  date: number = store.clock.now(),
): LdAuditLogEntry {
  const id = newObjectId();
  const description =
    change.description ?? `${change.titleVerb[0]?.toUpperCase()}${change.titleVerb.slice(1)} ${change.name}`;
  const entry: LdAuditLogEntry = {
    _links: { self: link(hrefs.auditEntry(id)) },
    _id: id,
    _accountId: store.accountId,
    date,
    accesses: change.actions.map((action) => ({ action, resource: change.resource })),
    kind: change.kind,
    name: change.name,
    description,
    shortDescription: description,
    ...(caller.memberId === undefined
      ? {}
      : { member: { _id: caller.memberId, email: `${caller.memberId}@emulator.invalid` } }),
    token: { _id: caller.tokenId, name: caller.tokenName },
    titleVerb: change.titleVerb,
    title: `${caller.tokenName} ${change.titleVerb} ${change.name}`,
  };
  if (change.comment !== undefined && change.comment !== "") entry.comment = change.comment;
  store.auditLog.push({ entry, resource: change.resource });
  return entry;
}

/**
 * A resource specifier as a matcher: `proj/web-app:env/*:segment/beta-*`. Each `type/name` part must match the
 * resource's part at the same depth (globs `*` in names; `;tags` qualifiers are ignored). A spec naming a parent
 * (`proj/web-app`) also matches entries about its children, as LaunchDarkly's audit log filter does for
 * hierarchical resources.
 */
function specMatcher(spec: string): (resource: string) => boolean {
  const parts = spec.split(":").map((part) => {
    const slash = part.indexOf("/");
    if (slash <= 0)
      throw invalidRequest(`spec "${spec}" is not a resource specifier (type/name parts joined by ":")`);
    const type = part.slice(0, slash);
    const name = (part.slice(slash + 1).split(";")[0] ?? "").trim();
    return { type, name: name === "" ? "*" : name };
  });
  return (resource) => {
    const resourceParts = resource.split(":");
    if (resourceParts.length < parts.length) return false;
    return parts.every((part, index) => {
      const candidate = resourceParts[index] ?? "";
      const slash = candidate.indexOf("/");
      return candidate.slice(0, slash) === part.type && globMatches(part.name, candidate.slice(slash + 1));
    });
  };
}

export interface AuditQuery {
  spec?: string;
  before?: number;
  after?: number;
  limit: number;
  q?: string;
}

/** Entries newest first, filtered; `next` continues with `before=<date of the last entry returned>`. */
export function queryAuditLog(
  records: readonly AuditRecord[],
  query: AuditQuery,
): { items: LdAuditLogEntry[]; next?: string; self: string } {
  const matches = query.spec ? specMatcher(query.spec) : () => true;
  const q = query.q?.toLowerCase();
  const items: LdAuditLogEntry[] = [];
  let more = false;
  for (let index = records.length - 1; index >= 0; index--) {
    const record = records[index] as AuditRecord;
    const date = record.entry.date;
    if (query.before !== undefined && date >= query.before) continue;
    if (query.after !== undefined && date <= query.after) break;
    if (!matches(record.resource)) continue;
    if (q && !record.entry.name.toLowerCase().includes(q)) continue;
    if (items.length === query.limit) {
      more = true;
      break;
    }
    items.push(record.entry);
  }
  const params = (before?: number): string => {
    const search = new URLSearchParams();
    if (query.spec) search.set("spec", query.spec);
    if (query.q) search.set("q", query.q);
    if (query.after !== undefined) search.set("after", String(query.after));
    if (before !== undefined) search.set("before", String(before));
    search.set("limit", String(query.limit));
    return `${hrefs.auditLog()}?${search.toString()}`;
  };
  const last = items[items.length - 1];
  return { items, self: params(query.before), ...(more && last ? { next: params(last.date) } : {}) };
}
