// Context kinds: created and updated with one `PUT /api/v2/projects/{p}/context-kinds/{key}` (an upsert). Never
// deleted (LaunchDarkly has no delete; archive a kind with `archived: true`) and never listed as unmanaged: every
// project has kinds that no repository declares (`user`, kinds SDKs added on their own).
import type { LdContextKind, LdContextKindPut } from "../launchdarkly/types.js";
import type { ContextKindDefinition } from "../model/context-kind.js";
import { sameJson } from "./canonical-json.js";
import {
  createFields,
  declaredChange,
  emptyResourcePlan,
  planDeclared,
  type ResourcePlan,
} from "./resource-plan.js";
import type { FieldChange, PlannedChange } from "./types.js";

interface NormalizedKind {
  name: string;
  description: string;
  archived: boolean;
}

function normalizeDesired(kind: ContextKindDefinition): NormalizedKind {
  return {
    name: kind.name,
    description: kind.description ?? "",
    archived: kind.archived === true || kind.hideInTargeting === true,
  };
}

function normalizeLive(kind: LdContextKind): NormalizedKind {
  return {
    name: kind.name,
    description: kind.description ?? "",
    archived: kind.archived === true || kind.hideInTargeting === true,
  };
}

/** The whole desired kind: a PUT replaces name, description and archived together. */
function putBody(kind: NormalizedKind): LdContextKindPut {
  return { name: kind.name, description: kind.description, archived: kind.archived };
}

function planCreate(definition: ContextKindDefinition): PlannedChange {
  const body = putBody(normalizeDesired(definition));
  return declaredChange("create", "contextKind", definition, body.name, createFields(body), [
    { kind: "putContextKind", body },
  ]);
}

function planUpdate(definition: ContextKindDefinition, live: LdContextKind): PlannedChange | undefined {
  const desired = normalizeDesired(definition);
  const current = normalizeLive(live);
  const fields: FieldChange[] = [];
  for (const name of ["name", "description", "archived"] as const) {
    if (sameJson(current[name], desired[name])) continue;
    fields.push({ path: `/${name}`, before: current[name], after: desired[name] });
  }
  if (fields.length === 0) return undefined;
  return declaredChange("update", "contextKind", definition, desired.name, fields, [
    { kind: "putContextKind", body: putBody(desired) },
  ]);
}

export function planContextKinds(
  desired: readonly ContextKindDefinition[],
  live: ReadonlyMap<string, LdContextKind[]> | undefined,
): ResourcePlan {
  const result = emptyResourcePlan();
  const wanted = new Map(desired.map((kind) => [`${kind.project}/${kind.key}`, kind]));
  const liveById = new Map<string, LdContextKind>();
  for (const [project, kinds] of live ?? [])
    for (const kind of kinds) liveById.set(`${project}/${kind.key}`, kind);
  planDeclared(result, wanted, liveById, planCreate, planUpdate);
  return result;
}
