// Applies a plan's operations to an in-memory copy of LaunchDarkly, the way LaunchDarkly documents them, so tests
// can check that executing a plan and planning again gives an empty plan.
import fastJsonPatch from "fast-json-patch";
import type {
  LdClause,
  LdMetric,
  LdRole,
  LdSegment,
  LdSegmentRule,
  LdSegmentTarget,
  SemanticPatchInstruction,
} from "../../../src/launchdarkly/types.js";
import type { LiveState } from "../../../src/live/live-state.js";
import { resolveRuleIdReferences } from "../../../src/plan/rule-references.js";
import type { Plan, PlannedChange } from "../../../src/plan/types.js";

let nextId = 0;
const newId = () => `id-${++nextId}`;

function clause(parameter: Record<string, unknown>): LdClause {
  return {
    _id: newId(),
    attribute: parameter.attribute as string,
    op: parameter.op as string,
    values: parameter.values as unknown[],
    contextKind: (parameter.contextKind as string | undefined) ?? "user",
    negate: (parameter.negate as boolean | undefined) ?? false,
  };
}

function targets(
  list: LdSegmentTarget[],
  contextKind: string,
  values: string[],
  add: boolean,
): LdSegmentTarget[] {
  const entry = list.find((target) => target.contextKind === contextKind) ?? { contextKind, values: [] };
  const set = new Set(entry.values);
  for (const value of values) add ? set.add(value) : set.delete(value);
  const rest = list.filter((target) => target.contextKind !== contextKind);
  return set.size === 0 ? rest : [...rest, { contextKind, values: [...set] }];
}

export function applySemanticInstructions(
  segment: LdSegment,
  instructions: SemanticPatchInstruction[],
): void {
  let targetOperations = 0;
  for (const instruction of instructions) {
    const rule = (): LdSegmentRule => {
      const found = segment.rules.find((r) => r._id === instruction.ruleId);
      if (!found) throw new Error(`${instruction.kind}: no rule ${String(instruction.ruleId)}`);
      return found;
    };
    switch (instruction.kind) {
      case "updateName":
        segment.name = instruction.value as string;
        break;
      case "addTags":
        segment.tags = [...new Set([...segment.tags, ...(instruction.values as string[])])];
        break;
      case "removeTags":
        segment.tags = segment.tags.filter((tag) => !(instruction.values as string[]).includes(tag));
        break;
      case "addIncludedTargets":
      case "removeIncludedTargets":
      case "addExcludedTargets":
      case "removeExcludedTargets": {
        const values = instruction.values as string[];
        targetOperations += values.length;
        const list = instruction.kind.includes("Included") ? "includedContexts" : "excludedContexts";
        const other = list === "includedContexts" ? "excludedContexts" : "includedContexts";
        const add = instruction.kind.startsWith("add");
        if (add) {
          const clash =
            (segment[other] ?? []).find((t) => t.contextKind === instruction.contextKind)?.values ?? [];
          if (values.some((value) => clash.includes(value)))
            throw new Error("key both included and excluded");
        }
        segment[list] = targets(segment[list] ?? [], instruction.contextKind as string, values, add);
        break;
      }
      case "addRule": {
        const added: LdSegmentRule = {
          _id: newId(),
          clauses: (instruction.clauses as Record<string, unknown>[]).map(clause),
        };
        if (instruction.description !== undefined) added.description = instruction.description as string;
        segment.rules.push(added);
        break;
      }
      case "removeRule":
        segment.rules = segment.rules.filter((r) => r._id !== instruction.ruleId);
        break;
      case "reorderRules": {
        const ids = instruction.ruleIds as string[];
        if (
          ids.length !== segment.rules.length ||
          ids.some((id) => !segment.rules.some((r) => r._id === id))
        ) {
          throw new Error("reorderRules: ids do not match the rules");
        }
        segment.rules = ids.map((id) => segment.rules.find((r) => r._id === id) as LdSegmentRule);
        break;
      }
      case "updateRuleDescription":
        rule().description = instruction.description as string;
        break;
      case "updateRuleRolloutAndContextKind": {
        const r = rule();
        r.weight = instruction.weight as number;
        r.rolloutContextKind = instruction.contextKind as string;
        break;
      }
      case "updateClause": {
        const r = rule();
        const index = r.clauses.findIndex((c) => c._id === instruction.clauseId);
        if (index < 0) throw new Error("updateClause: no clause");
        r.clauses[index] = {
          ...clause(instruction.clause as Record<string, unknown>),
          _id: instruction.clauseId as string,
        };
        break;
      }
      case "addClauses":
        rule().clauses.push(...(instruction.clauses as Record<string, unknown>[]).map(clause));
        break;
      case "removeClauses": {
        const r = rule();
        r.clauses = r.clauses.filter((c) => !(instruction.clauseIds as string[]).includes(c._id as string));
        break;
      }
      default:
        throw new Error(`simulator does not know ${instruction.kind}`);
    }
  }
  if (targetOperations > 1500)
    throw new Error(`too many target operations in one request: ${targetOperations}`);
}

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
  let previous: LdSegment | undefined;
  const scope = `${change.project}/${change.environment}`;
  for (const operation of change.operations) {
    switch (operation.kind) {
      case "createSegment": {
        const list = live.segments.get(scope) ?? [];
        if (list.some((s) => s.key === change.key)) throw new Error("segment exists");
        previous = segmentFromPost(operation.body as unknown as Record<string, unknown>);
        list.push(previous);
        live.segments.set(scope, list);
        break;
      }
      case "patchSegmentSemantic":
      case "patchSegmentJson": {
        const list = live.segments.get(scope) ?? [];
        const index = list.findIndex((s) => s.key === change.key);
        if (index < 0) throw new Error("no segment");
        const segment = structuredClone(list[index] as LdSegment);
        if (operation.kind === "patchSegmentSemantic") {
          applySemanticInstructions(segment, resolveRuleIdReferences(operation, previous));
        } else {
          fastJsonPatch.applyPatch(segment, operation.patch as fastJsonPatch.Operation[], true);
        }
        segment.version++;
        list[index] = segment;
        previous = segment;
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
