// Applies a plan's operations to an in-memory copy of LaunchDarkly, the way LaunchDarkly documents them, so tests
// can check that executing a plan and planning again gives an empty plan. Segment semantic patches go through the
// emulator's implementation of them (src/emulator/segment-semantic-patch.ts).
import fastJsonPatch from "fast-json-patch";
import { applySegmentSemanticPatch } from "../../../src/emulator/segment-semantic-patch.js";
import type { LdMetric, LdRole, LdSegment } from "../../../src/launchdarkly/types.js";
import type { LiveState } from "../../../src/live/live-state.js";
import type { Plan, PlannedChange } from "../../../src/plan/types.js";

let nextId = 0;
const newId = () => `id-${++nextId}`;

function segmentFromPost(body: Record<string, unknown>): LdSegment {
  return {
    key: body.key as string,
    name: body.name as string,
    ...(body.description !== undefined ? { description: body.description as string } : {}),
    tags: (body.tags as string[] | undefined) ?? [],
    creationDate: 1,
    lastModifiedDate: 1,
    included: [],
    excluded: [],
    includedContexts: [],
    excludedContexts: [],
    rules: [],
    version: 1,
    deleted: false,
    generation: 1,
    unbounded: (body.unbounded as boolean | undefined) ?? false,
    ...(body.unboundedContextKind !== undefined
      ? { unboundedContextKind: body.unboundedContextKind as string }
      : {}),
    _links: {},
  };
}

function applyChange(live: LiveState, change: PlannedChange): void {
  const scope = `${change.project}/${change.environment}`;
  for (const operation of change.operations) {
    switch (operation.kind) {
      case "createSegment": {
        const list = live.segments.get(scope) ?? [];
        if (list.some((s) => s.key === change.key)) throw new Error("segment exists");
        list.push(segmentFromPost(operation.body as unknown as Record<string, unknown>));
        live.segments.set(scope, list);
        break;
      }
      case "patchSegmentSemantic":
      case "patchSegmentJson": {
        const list = live.segments.get(scope) ?? [];
        const index = list.findIndex((s) => s.key === change.key);
        if (index < 0) throw new Error("no segment");
        let segment = structuredClone(list[index] as LdSegment);
        if (operation.kind === "patchSegmentSemantic") {
          segment = applySegmentSemanticPatch({
            segment,
            bigIncluded: new Set(),
            bigExcluded: new Set(),
            instructions: operation.instructions,
            findImport: () => undefined,
          }).segment;
        } else {
          fastJsonPatch.applyPatch(segment, operation.patch as fastJsonPatch.Operation[], true);
          // LaunchDarkly gives new rules and clauses their ids.
          for (const rule of segment.rules) {
            rule._id ??= newId();
            for (const clause of rule.clauses) clause._id ??= newId();
          }
        }
        segment.version++;
        list[index] = segment;
        break;
      }
      case "updateBigSegmentTargets":
        break;
      case "deleteSegment":
        live.segments.set(
          scope,
          (live.segments.get(scope) ?? []).filter((s) => s.key !== change.key),
        );
        break;
      case "createMetric": {
        const metric = {
          dataSource: { key: "launchdarkly" },
          ...structuredClone(operation.body),
          name: operation.body.name ?? operation.body.key,
          tags: operation.body.tags ?? [],
          _id: newId(),
          _versionId: newId(),
          _creationDate: 1,
          _links: {},
        } as LdMetric;
        const list = live.metrics.get(change.project as string) ?? [];
        list.push(metric);
        live.metrics.set(change.project as string, list);
        break;
      }
      case "patchMetric": {
        const metric = live.metrics.get(change.project as string)?.find((m) => m.key === change.key);
        if (!metric) throw new Error("no metric");
        fastJsonPatch.applyPatch(metric, operation.patch as fastJsonPatch.Operation[], true);
        break;
      }
      case "deleteMetric":
        live.metrics.set(
          change.project as string,
          (live.metrics.get(change.project as string) ?? []).filter((m) => m.key !== change.key),
        );
        break;
      case "createRole": {
        live.roles ??= [];
        live.roles.push({ ...structuredClone(operation.body), _id: newId(), _links: {} } as LdRole);
        break;
      }
      case "patchRole": {
        const role = live.roles?.find((r) => r.key === change.key);
        if (!role) throw new Error("no role");
        fastJsonPatch.applyPatch(role, operation.patch as fastJsonPatch.Operation[], true);
        break;
      }
      case "deleteRole":
        live.roles = (live.roles ?? []).filter((r) => r.key !== change.key);
        break;
    }
  }
}

/** Executes every change of `plan` against `live` (mutated). */
export function applyPlanInMemory(live: LiveState, plan: Plan): void {
  for (const change of plan.changes) applyChange(live, change);
}
