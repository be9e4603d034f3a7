// Validate can only warn about a `segmentMatch` naming a segment the repo does not declare: it cannot see
// LaunchDarkly. Plan has just listed those environments' segments, so it settles the question: the warning goes
// away when the segment exists there, and becomes an error when it exists nowhere (or prune deletes it), because
// apply would then write a rule that matches no one.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LiveState } from "../live/live-state.js";
import { finding } from "../model/finding.js";
import { resourceAddress } from "../model/resource-identity.js";
import type { Plan } from "./types.js";

/** The referenced key and scopes of a validate `segment.unknown-segment-match` warning, or undefined for any other. */
export function segmentMatchReference(diagnostic: Diagnostic): { key: string; scopes: string[] } | undefined {
  if (diagnostic.severity !== "warning" || diagnostic.code !== "segment.unknown-segment-match")
    return undefined;
  return diagnostic.params;
}

/**
 * Replaces validate's `segmentMatch` warnings with what the live state shows: dropped when the segment exists in
 * every named environment (and is not being deleted), an error at the same file:line:column when it exists in
 * none of the repo, LaunchDarkly or what survives this plan. Warnings about environments that were not read stay.
 * Other diagnostics pass through unchanged, in order.
 */
export function resolveSegmentMatchWarnings(
  diagnostics: readonly Diagnostic[],
  live: LiveState,
  plan: Pick<Plan, "changes">,
): Diagnostic[] {
  const deleted = new Set(
    plan.changes
      .filter((change) => change.resourceType === "segment" && change.action === "delete")
      .map((change) => resourceAddress(change)),
  );
  // Keys of the live (not deleted) segments per scope, built once per scope a warning names.
  const liveKeys = new Map<string, Set<string> | undefined>();
  const liveKeysOf = (scope: string): Set<string> | undefined => {
    if (!liveKeys.has(scope)) {
      const segments = live.segments.get(scope);
      liveKeys.set(
        scope,
        segments && new Set(segments.filter((segment) => !segment.deleted).map((segment) => segment.key)),
      );
    }
    return liveKeys.get(scope);
  };
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const reference = segmentMatchReference(diagnostic);
    if (!reference) {
      result.push(diagnostic);
      continue;
    }
    const missing: string[] = [];
    const deletedHere: string[] = [];
    const unread: string[] = [];
    for (const scope of reference.scopes) {
      const keys = liveKeysOf(scope);
      if (keys === undefined) unread.push(scope);
      else if (!keys.has(reference.key)) missing.push(scope);
      else if (deleted.has(`${scope}/${reference.key}`)) deletedHere.push(scope);
    }
    if (missing.length > 0 || deletedHere.length > 0) {
      const { file, line, column, path } = diagnostic;
      result.push({
        file,
        line,
        column,
        path,
        severity: "error",
        ...finding("segment.missing-segment-match", {
          key: reference.key,
          missing,
          deleted: deletedHere,
          prune: { name: "prune" },
        }),
      });
    } else if (unread.length > 0) {
      result.push(diagnostic);
    }
  }
  return result;
}
