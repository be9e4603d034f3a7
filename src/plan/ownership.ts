// How the tool marks what it owns, so that `--prune` deletes only resources it created or updated.
// Segments and metrics carry a tag. LaunchDarkly tags may hold letters, digits, `.`, `_` and `-` (at most 64
// characters), so the tag is plain kebab-case. Roles have no tags: their description ends with a marker line.

export const OWNERSHIP_TAG = "managed-by-ld-gitops";

/** The last line of an owned role's description. */
export const ROLE_OWNERSHIP_MARKER = "[managed-by-ld-gitops]";

export function withOwnershipTag(tags: readonly string[] | undefined): string[] {
  const all = new Set(tags ?? []);
  all.add(OWNERSHIP_TAG);
  return [...all].sort();
}

export function hasOwnershipTag(tags: readonly string[] | undefined): boolean {
  return (tags ?? []).includes(OWNERSHIP_TAG);
}

/** The description the tool writes for a role: the user's text, a blank line, then the marker. */
export function roleDescriptionWithMarker(description: string | undefined): string {
  const text = stripRoleOwnershipMarker(description ?? "");
  return text === "" ? ROLE_OWNERSHIP_MARKER : `${text}\n\n${ROLE_OWNERSHIP_MARKER}`;
}

export function hasRoleOwnershipMarker(description: string | undefined): boolean {
  return (description ?? "").trimEnd().endsWith(ROLE_OWNERSHIP_MARKER);
}

/** The description without the marker line, as the user wrote it. */
export function stripRoleOwnershipMarker(description: string): string {
  const trimmed = description.trimEnd();
  if (!trimmed.endsWith(ROLE_OWNERSHIP_MARKER)) return description;
  return trimmed.slice(0, -ROLE_OWNERSHIP_MARKER.length).trimEnd();
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
