// What planning one resource type gives, and the steps every type shares: create what LaunchDarkly lacks, update
// what differs, and the change record of a resource the repo declares.

import type { JsonPatchOperation } from "../launchdarkly/types.js";
import type { Finding } from "../model/finding.js";
import type { SourceLocation } from "../model/source.js";
import { sameJson } from "./canonical-json.js";
import { isOwnershipTag, OWNERSHIP_TAG, type ResourceOwnership } from "./ownership.js";
import type {
  FieldChange,
  PlannedChange,
  PlannedOperation,
  PlanResourceType,
  UnmanagedResource,
} from "./types.js";

export interface ResourcePlan {
  changes: PlannedChange[];
  unchanged: number;
  unmanaged: UnmanagedResource[];
  warnings: Finding[];
  /** Live resources carrying the ownership marker in the scope read: the base of the delete threshold. */
  owned: number;
}

export function emptyResourcePlan(): ResourcePlan {
  return { changes: [], unchanged: 0, unmanaged: [], warnings: [], owned: 0 };
}

/**
 * Plans every declared resource against the live one of the same id: `create` when LaunchDarkly has none, else
 * `update`, which gives undefined when the live resource already matches (counted as unchanged).
 */
export function planDeclared<Desired, Live>(
  result: ResourcePlan,
  wanted: ReadonlyMap<string, Desired>,
  liveById: ReadonlyMap<string, Live>,
  create: (desired: Desired) => PlannedChange,
  update: (desired: Desired, live: Live) => PlannedChange | undefined,
): void {
  for (const [id, resource] of wanted) {
    const current = liveById.get(id);
    const change = current === undefined ? create(resource) : update(resource, current);
    if (change) result.changes.push(change);
    else result.unchanged++;
  }
}

/** Where a declared resource is, as a change records it. */
interface DeclaredResource {
  project?: string;
  environment?: string;
  key: string;
  source: Pick<SourceLocation, "file" | "line">;
}

/** The change record of a create or update of a resource the repo declares: scope, key, name and `file:line`. */
export function declaredChange(
  action: "create" | "update",
  resourceType: PlanResourceType,
  resource: DeclaredResource,
  name: string,
  fields: FieldChange[],
  operations: PlannedOperation[],
): PlannedChange {
  return {
    action,
    resourceType,
    ...(resource.project !== undefined ? { project: resource.project } : {}),
    ...(resource.environment !== undefined ? { environment: resource.environment } : {}),
    key: resource.key,
    name,
    source: `${resource.source.file}:${resource.source.line}`,
    fields,
    operations,
  };
}

/** The fields of a create: every member of the `POST` body but the key, as set. */
export function createFields(body: object): FieldChange[] {
  return Object.entries(body)
    .filter(([name]) => name !== "key")
    .map(([name, value]): FieldChange => ({ path: `/${name}`, after: value }));
}

/** Top-level field differences of two normalised resources, with a JSON Patch that makes `before` into `after`. */
export function diffTopLevelFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  setFields: readonly string[],
  /** The live resource as LaunchDarkly returned it: JSON Patch must `add` what it lacks and cannot `remove` it. */
  raw: object,
): { fields: FieldChange[]; patch: JsonPatchOperation[] } {
  const present = (name: string) =>
    Object.hasOwn(raw, name) && (raw as Record<string, unknown>)[name] !== undefined;
  const fields: FieldChange[] = [];
  const patch: JsonPatchOperation[] = [];
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = before[name];
    const will = after[name];
    if (sameJson(was, will)) continue;
    // A default filled in on our side only: LaunchDarkly does not hold the field, so there is nothing to remove.
    if (will === undefined && !present(name)) continue;
    const field: FieldChange = { path: `/${name}` };
    if (was !== undefined) field.before = was;
    if (will !== undefined) field.after = will;
    if (setFields.includes(name)) {
      const wasList = (was as unknown[] | undefined) ?? [];
      const willList = (will as unknown[] | undefined) ?? [];
      field.added = willList.filter((item) => !wasList.some((other) => sameJson(other, item)));
      field.removed = wasList.filter((item) => !willList.some((other) => sameJson(other, item)));
    }
    fields.push(field);
    if (will === undefined) patch.push({ op: "remove", path: `/${name}` });
    else patch.push({ op: present(name) ? "replace" : "add", path: `/${name}`, value: will });
  }
  return { fields, patch };
}

/**
 * `test` operations for a JSON Patch of a resource without a version (roles): each field the patch replaces or
 * removes must still hold the value LaunchDarkly returned when the plan was made, or LaunchDarkly refuses the whole
 * patch (409). A field the patch adds is absent at plan time, and JSON Patch cannot test for absence: that add is
 * the one write a concurrent edit can still be overwritten by.
 */
export function beforeValueTests(raw: object, patch: readonly JsonPatchOperation[]): JsonPatchOperation[] {
  const tests: JsonPatchOperation[] = [];
  for (const operation of patch) {
    if (operation.op !== "replace" && operation.op !== "remove") continue;
    const name = operation.path.split("/")[1] ?? "";
    if (!Object.hasOwn(raw, name)) continue;
    tests.push({ op: "test", path: `/${name}`, value: (raw as Record<string, unknown>)[name] });
  }
  return tests;
}

/** What a plan needs to know about ownership: the marker it writes, and whether it may take over another's. */
export interface OwnershipScope {
  marker: string;
  takeOver: boolean;
  /** Declared resources another owner manages, found while planning (refused unless `takeOver`). */
  conflicts: OwnershipConflict[];
}

export interface OwnershipConflict {
  resourceType: PlanResourceType;
  project?: string;
  environment?: string;
  key: string;
  /** The other owner's marker. */
  managedBy: string;
}

export function ownershipScope(marker: string, takeOver = false): OwnershipScope {
  return { marker, takeOver, conflicts: [] };
}

/**
 * Marks an update that writes this owner's marker onto a resource it did not manage (adopt, claim, take-over), or
 * records the conflict and plans nothing when another owner manages it and taking over was not asked for.
 */
export function withOwnership(
  change: PlannedChange | undefined,
  found: ResourceOwnership,
  scope: OwnershipScope,
  markerOnly: (fields: readonly FieldChange[]) => boolean,
): PlannedChange | undefined {
  if (change === undefined || found.state === "this-owner") return change;
  if (found.state === "other-owner" && !scope.takeOver) {
    scope.conflicts.push({
      resourceType: change.resourceType,
      ...(change.project !== undefined ? { project: change.project } : {}),
      ...(change.environment !== undefined ? { environment: change.environment } : {}),
      key: change.key,
      managedBy: found.marker,
    });
    return undefined;
  }
  const kind = found.state === "none" ? "adopt" : found.state === "unnamed-owner" ? "claim" : "take-over";
  change.ownership = { kind, markerOnly: markerOnly(change.fields) };
  if (found.state === "other-owner") change.ownership.previousMarker = found.marker;
  if (found.state === "unnamed-owner") change.ownership.previousMarker = OWNERSHIP_TAG;
  return change;
}

/** Segments and metrics: the only field written is `/tags`, and only ownership markers come and go. */
export function onlyMarkerTags(fields: readonly FieldChange[]): boolean {
  return fields.every(
    (field) =>
      field.path === "/tags" &&
      [...(field.added ?? []), ...(field.removed ?? [])].every(
        (tag) => typeof tag === "string" && isOwnershipTag(tag),
      ),
  );
}
