// Validate can only warn about a `segmentMatch` naming a segment the repo does not declare: it cannot see
// LaunchDarkly. Plan has just listed those environments' segments, so it settles the question: the warning goes
// away when the segment exists there, and becomes an error when it exists nowhere (or prune deletes it), because
// apply would then write a rule that matches no one.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LiveState } from "../live/live-state.js";
import { resourceAddress } from "../model/resource-identity.js";
import type { Plan } from "./types.js";

/**
 * The warning of `checkSegmentReferences` (src/validate/rules/segment-references.ts): the referenced key and the
 * `project/environment` scopes where the repo does not declare it.
 */
const SEGMENT_MATCH_WARNING =
  /^`segmentMatch` names segment `([^`]+)`, which this repo does not declare in ([^:]+):/;

/** The referenced key and scopes of a validate `segmentMatch` warning, or undefined for any other diagnostic. */
export function parseSegmentMatchWarning(
  diagnostic: Diagnostic,
): { key: string; scopes: string[] } | undefined {
  if (diagnostic.severity !== "warning") return undefined;
  const match = SEGMENT_MATCH_WARNING.exec(diagnostic.message);
  if (!match?.[1] || !match[2]) return undefined;
  return { key: match[1], scopes: match[2].split(", ").map((scope) => scope.trim()) };
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
    const reference = parseSegmentMatchWarning(diagnostic);
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
      const reasons: string[] = [];
      if (missing.length > 0)
        reasons.push(`exists neither in this repo nor in LaunchDarkly in ${missing.join(", ")}`);
      if (deletedHere.length > 0)
        reasons.push(`is not in this repo and this plan deletes it (--prune) in ${deletedHere.join(", ")}`);
      result.push({
        ...diagnostic,
        severity: "error",
        message: `\`segmentMatch\` names segment \`${reference.key}\`, which ${reasons.join(", and ")}: apply would write a rule that matches no one. Declare the segment in the repo, create it in LaunchDarkly, or fix the key.`,
      });
    } else if (unread.length > 0) {
      result.push(diagnostic);
    }
  }
  return result;
}
