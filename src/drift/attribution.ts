import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { MAX_PAGE_SIZE } from "../launchdarkly/limits.js";
import type { LdAuditLogEntry, UnixMillis } from "../launchdarkly/types.js";
import { TOOL_NAME } from "../version.js";

/**
 * Who last changed a resource, from LaunchDarkly's audit log. `outside`: a change ld-gitops did not make.
 * `tool-token`: no such change, but comment-less writes by the token ld-gitops uses since its last commented
 * write. Those are the tool's own creates and metric patches, or someone using its token: the log cannot tell.
 */
export type DriftAttributionSource = "outside" | "tool-token";

/** Who last changed a resource, from LaunchDarkly's audit log. */
export interface DriftAttribution {
  source: DriftAttributionSource;
  /** The newest change not made by ld-gitops (for `tool-token`: the newest comment-less write by its token). */
  changedAt: UnixMillis;
  /** A person (`Ada Lovelace <ada@example.com>`), an access token (`token "ci-bot"`), or an app. */
  changedBy: string;
  /** LaunchDarkly's one-line description of that change. */
  description: string;
  comment?: string;
  /**
   * How many changes not made by ld-gitops the audit log shows since ld-gitops last wrote this resource (for
   * `tool-token`: how many comment-less writes by its token since its last commented write).
   */
  outOfBandChanges: number;
  /**
   * When ld-gitops last wrote the resource, if the fetched entries reach back that far (for `tool-token`: its
   * last write with an ld-gitops comment).
   */
  lastToolWriteAt?: UnixMillis;
  /** `outside` only: the change was made with the token ld-gitops uses, with a comment that is not ld-gitops's. */
  viaToolToken?: boolean;
}

/** ld-gitops writes carry an audit-log comment that starts with the tool's name. */
export function hasToolComment(entry: Pick<LdAuditLogEntry, "comment">): boolean {
  return (entry.comment ?? "").trimStart().toLowerCase().startsWith(TOOL_NAME);
}

/**
 * Some LaunchDarkly writes take no comment (segment and metric creates, every metric patch). Those are recognised
 * by their token: one that wrote an ld-gitops-commented entry anywhere in the logs read is the tool's token.
 */
export function toolTokenIds(entries: Iterable<LdAuditLogEntry>): Set<string> {
  const ids = new Set<string>();
  for (const entry of entries) if (hasToolComment(entry) && entry.token?._id) ids.add(entry.token._id);
  return ids;
}

/** Whether ld-gitops made this change: its comment, or a comment-less write by the tool's token. */
export function isToolWrite(
  entry: Pick<LdAuditLogEntry, "comment" | "token">,
  tokens: ReadonlySet<string> = new Set(),
): boolean {
  if (hasToolComment(entry)) return true;
  return entry.comment === undefined && entry.token?._id !== undefined && tokens.has(entry.token._id);
}

/** The actor of an audit-log entry, for a person reading the drift report. */
export function describeActor(entry: LdAuditLogEntry): string {
  const member = entry.member;
  if (member) {
    const name = [member.firstName, member.lastName].filter(Boolean).join(" ");
    if (name && member.email) return `${name} <${member.email}>`;
    if (name || member.email) return (name || member.email)!;
  }
  if (entry.token?.name) return `token "${entry.token.name}"`;
  const app = entry.app as { name?: string } | undefined;
  if (app?.name) return `app "${app.name}"`;
  const subject = entry.subject as { name?: string } | undefined;
  if (subject?.name) return subject.name;
  return "unknown actor";
}

/**
 * Reads the entries (any order) and attributes the drift to the newest entry that ld-gitops did not write,
 * counting every such entry newer than ld-gitops's own last write. With none, falls back to the comment-less
 * writes by the tool's token since its last commented write (`source: "tool-token"`): they may be someone using
 * that token. Undefined when the log explains nothing.
 */
export function attributeFromAuditLog(
  entries: readonly LdAuditLogEntry[],
  tokens: ReadonlySet<string> = toolTokenIds(entries),
): DriftAttribution | undefined {
  const newestFirst = [...entries].sort((a, b) => b.date - a.date);
  const lastToolWrite = newestFirst.find((entry) => isToolWrite(entry, tokens));
  const outside = newestFirst.filter(
    (entry) =>
      !isToolWrite(entry, tokens) && (lastToolWrite === undefined || entry.date > lastToolWrite.date),
  );
  if (outside[0]) return attribution("outside", outside[0], outside.length, lastToolWrite, tokens);
  const lastCommented = newestFirst.find(hasToolComment);
  const tokenWrites = newestFirst.filter(
    (entry) =>
      !hasToolComment(entry) &&
      isToolWrite(entry, tokens) &&
      (lastCommented === undefined || entry.date > lastCommented.date),
  );
  if (tokenWrites[0])
    return attribution("tool-token", tokenWrites[0], tokenWrites.length, lastCommented, tokens);
  return undefined;
}

function attribution(
  source: DriftAttributionSource,
  newest: LdAuditLogEntry,
  count: number,
  lastToolWrite: LdAuditLogEntry | undefined,
  tokens: ReadonlySet<string>,
): DriftAttribution {
  // For `tool-token` this holds by definition; for `outside` it marks a commented hand edit with the tool's token.
  const viaToolToken =
    source === "outside" && newest.token?._id !== undefined && tokens.has(newest.token._id);
  return {
    source,
    changedAt: newest.date,
    changedBy: describeActor(newest),
    description: newest.shortDescription || newest.description || newest.title || newest.kind,
    ...(newest.comment ? { comment: newest.comment } : {}),
    outOfBandChanges: count,
    ...(lastToolWrite ? { lastToolWriteAt: lastToolWrite.date } : {}),
    ...(viaToolToken ? { viaToolToken } : {}),
  };
}

/** The newest entries of a resource's audit log: one page, enough to reach back past the tool's last write. */
export function readRecentAuditLog(
  api: Pick<LaunchDarklyApi, "listAuditLog">,
  specifier: string,
): Promise<LdAuditLogEntry[]> {
  return api.listAuditLog(specifier, { limit: MAX_PAGE_SIZE.auditLog });
}
