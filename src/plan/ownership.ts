// How the tool marks what it owns, so that `--prune` deletes only resources it created or updated, and so that two
// repositories never take over or delete each other's resources. Segments and metrics carry a tag; roles have no
// tags, so their description ends with the same marker in brackets. LaunchDarkly tags may hold letters, digits,
// `.`, `_` and `-` (at most 64 characters).
//
// The marker names its owner: `managed-by-ld-gitops.acme.flags` for the owner `acme/flags`. The bare
// `managed-by-ld-gitops` is what this version wrote before owners existed, and what it writes when no owner is
// configured: a configuration with an owner reads it as its own and replaces it (the plan says so).
import { createHash } from "node:crypto";

export const OWNERSHIP_TAG = "managed-by-ld-gitops";

/** The last line of an owned role's description, without an owner. */
export const ROLE_OWNERSHIP_MARKER = `[${OWNERSHIP_TAG}]`;

const MAX_TAG_LENGTH = 64;
const OWNER_PREFIX = `${OWNERSHIP_TAG}.`;
const ROLE_MARKER_RE = /\[(managed-by-ld-gitops(?:\.[A-Za-z0-9._-]+)?)\]$/;

/**
 * The marker of `owner` (a repository such as `acme/flags`, or any name): `/` becomes `.`, anything a tag cannot
 * hold becomes `_`, and an owner too long for a tag is cut and made unique with a hash. No owner: the bare marker.
 */
export function ownershipMarker(owner?: string): string {
  if (owner === undefined || owner.trim() === "") return OWNERSHIP_TAG;
  const slug = owner
    .trim()
    .replace(/\//g, ".")
    .replace(/[^A-Za-z0-9._-]/g, "_");
  const room = MAX_TAG_LENGTH - OWNER_PREFIX.length;
  if (slug.length <= room) return `${OWNER_PREFIX}${slug}`;
  const hash = createHash("sha256").update(owner).digest("hex").slice(0, 8);
  return `${OWNER_PREFIX}${slug.slice(0, room - hash.length - 1)}-${hash}`;
}

/** Whether a tag is an ownership marker of any owner (or of none). */
export function isOwnershipTag(tag: string): boolean {
  return tag === OWNERSHIP_TAG || tag.startsWith(OWNER_PREFIX);
}

/**
 * Who manages a live resource, seen from the configuration whose marker is `marker`:
 * - `this-owner`: it carries `marker`;
 * - `unnamed-owner`: it carries the bare marker of a version without owners (read as this owner's);
 * - `other-owner`: it carries another owner's marker (`marker` names it);
 * - `none`: nobody manages it yet.
 */
export type ResourceOwnership =
  | { state: "this-owner" }
  | { state: "unnamed-owner" }
  | { state: "other-owner"; marker: string }
  | { state: "none" };

function ownershipOfMarkers(found: readonly string[], marker: string): ResourceOwnership {
  if (found.includes(marker)) return { state: "this-owner" };
  if (found.includes(OWNERSHIP_TAG)) return { state: "unnamed-owner" };
  const other = found.find(isOwnershipTag);
  return other === undefined ? { state: "none" } : { state: "other-owner", marker: other };
}

export function tagOwnership(tags: readonly string[] | undefined, marker = OWNERSHIP_TAG): ResourceOwnership {
  return ownershipOfMarkers(tags ?? [], marker);
}

export function roleOwnership(description: string | undefined, marker = OWNERSHIP_TAG): ResourceOwnership {
  const found = ROLE_MARKER_RE.exec((description ?? "").trimEnd());
  return ownershipOfMarkers(found?.[1] ? [found[1]] : [], marker);
}

/** Prune may delete it: it carries this owner's marker, or the bare one this owner claims. */
export function isOwned(ownership: ResourceOwnership): boolean {
  return ownership.state === "this-owner" || ownership.state === "unnamed-owner";
}

/** The tags the tool writes: the user's, without any ownership marker, plus `marker`. */
export function withOwnershipTag(tags: readonly string[] | undefined, marker = OWNERSHIP_TAG): string[] {
  const all = new Set((tags ?? []).filter((tag) => !isOwnershipTag(tag)));
  all.add(marker);
  return [...all].sort();
}

export function hasOwnershipTag(tags: readonly string[] | undefined, marker = OWNERSHIP_TAG): boolean {
  return isOwned(tagOwnership(tags, marker));
}

/** The description the tool writes for a role: the user's text, a blank line, then the marker in brackets. */
export function roleDescriptionWithMarker(description: string | undefined, marker = OWNERSHIP_TAG): string {
  const text = stripRoleOwnershipMarker(description ?? "");
  return text === "" ? `[${marker}]` : `${text}\n\n[${marker}]`;
}

export function hasRoleOwnershipMarker(description: string | undefined, marker = OWNERSHIP_TAG): boolean {
  return isOwned(roleOwnership(description, marker));
}

/** The description without the marker line (of any owner), as the user wrote it. */
export function stripRoleOwnershipMarker(description: string): string {
  const trimmed = description.trimEnd();
  const found = ROLE_MARKER_RE.exec(trimmed);
  if (!found) return description;
  return trimmed.slice(0, found.index).trimEnd();
}

/**
 * Carried by a big segment from its create until its last membership write succeeded. LaunchDarkly never returns
 * big-segment membership, but it returns tags with every segment: a segment still carrying this one was created by
 * an apply whose membership write did not complete, and the next plan writes the membership again.
 */
export const MEMBERSHIP_PENDING_TAG = "ld-gitops-membership-pending";

export function isMembershipPending(segment: { unbounded?: boolean; tags?: readonly string[] }): boolean {
  return segment.unbounded === true && (segment.tags ?? []).includes(MEMBERSHIP_PENDING_TAG);
}
