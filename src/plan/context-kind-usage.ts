// Every context kind the segments use (targets, rule clauses, rule rollouts, big segments) must exist in the
// project, or be declared under `contextKinds` (apply creates those first). A misspelt kind (`organisation`
// for `organization`) would make a segment match no one without any error from LaunchDarkly, so plan stops.
import { closest, distance } from "fastest-levenshtein";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LiveState } from "../live/live-state.js";
import type { DesiredState } from "../model/desired-state.js";
import { finding } from "../model/finding.js";
import { resolveSegment, type SegmentDefinition } from "../model/segment.js";

interface KindUse {
  kind: string;
  /** Where in the segment, JSON Pointer relative to it: `/rules/0/clauses/1/contextKind`. */
  path: string;
}

const DEFAULT_KIND = "user";

/** Calls `use` with every context kind the definition uses, in every environment; `path` says where (built on ask). */
function forEachUse(definition: SegmentDefinition, use: (kind: string, path: () => string) => void): void {
  for (const segment of resolveSegment(definition)) {
    if ((segment.included?.length ?? 0) > 0) use(DEFAULT_KIND, () => "/included");
    if ((segment.excluded?.length ?? 0) > 0) use(DEFAULT_KIND, () => "/excluded");
    for (const field of ["includedContexts", "excludedContexts"] as const)
      segment[field]?.forEach((target, index) => {
        use(target.contextKind, () => `/${field}/${index}/contextKind`);
      });
    segment.rules?.forEach((rule, ruleIndex) => {
      rule.clauses.forEach((clause, clauseIndex) => {
        // A segmentMatch clause names segments; its context kind is not used.
        if (clause.op === "segmentMatch") return;
        use(
          clause.contextKind ?? DEFAULT_KIND,
          () => `/rules/${ruleIndex}/clauses/${clauseIndex}/contextKind`,
        );
      });
      if (rule.rolloutContextKind !== undefined)
        use(rule.rolloutContextKind, () => `/rules/${ruleIndex}/rolloutContextKind`);
    });
    if (segment.unbounded) use(segment.unboundedContextKind ?? DEFAULT_KIND, () => "/unboundedContextKind");
  }
}

/** Each use once (the same kind at the same place in several environments is one use). */
function usesOf(definition: SegmentDefinition): KindUse[] {
  const uses = new Map<string, KindUse>();
  forEachUse(definition, (kind, where) => {
    const path = where();
    uses.set(`${kind} ${path}`, { kind, path });
  });
  return [...uses.values()];
}

/** The kinds a definition uses, without where: cheap enough to ask of every segment. */
function kindsUsedBy(definition: SegmentDefinition): Set<string> {
  const kinds = new Set<string>();
  forEachUse(definition, (kind) => kinds.add(kind));
  return kinds;
}

/**
 * Errors for context kinds that the project does not have (or has archived) and the repo does not declare.
 * Projects whose context kinds were not read are not checked.
 */
export function checkContextKindUsage(desired: DesiredState, live: LiveState): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const declared = new Map<string, Map<string, boolean>>();
  for (const kind of desired.contextKinds ?? []) {
    const kinds = declared.get(kind.project) ?? new Map<string, boolean>();
    kinds.set(kind.key, kind.archived === true || kind.hideInTargeting === true);
    declared.set(kind.project, kinds);
  }
  // Per project: each kind and whether it is archived, and the kinds segments may target.
  const kindsOf = new Map<string, { archived: Map<string, boolean>; available: string[] }>();
  for (const definition of desired.segments) {
    let kinds = kindsOf.get(definition.project);
    if (kinds === undefined) {
      const existing = live.contextKinds?.get(definition.project);
      if (existing === undefined) continue;
      // Archived: "Archived context kinds are unavailable for targeting." The repo's declaration wins over
      // LaunchDarkly.
      const archived = new Map(
        existing.map((kind) => [kind.key, kind.archived === true || kind.hideInTargeting === true]),
      );
      for (const [key, isArchived] of declared.get(definition.project) ?? []) archived.set(key, isArchived);
      const available = [...archived].filter(([, isArchived]) => !isArchived).map(([key]) => key);
      kinds = { archived, available };
      kindsOf.set(definition.project, kinds);
    }
    const { archived, available } = kinds;
    // Most segments use only kinds that exist: only those that do not are worth locating.
    if ([...kindsUsedBy(definition)].every((kind) => archived.get(kind) === false)) continue;
    for (const use of usesOf(definition)) {
      const known = archived.get(use.kind);
      if (known === false) continue;
      const near = available.length > 0 ? closest(use.kind, available) : undefined;
      const suggestion =
        near !== undefined && distance(near, use.kind) <= Math.max(2, Math.floor(use.kind.length / 3))
          ? near
          : undefined;
      diagnostics.push({
        file: definition.source.file,
        line: definition.source.line,
        column: definition.source.column,
        path: use.path,
        ...finding("segment.unknown-context-kind", {
          key: definition.key,
          kind: use.kind,
          project: definition.project,
          at: use.path,
          archived: known === true,
          available,
          ...(suggestion !== undefined ? { suggestion } : {}),
        }),
        severity: "error",
      });
    }
  }
  return diagnostics;
}
