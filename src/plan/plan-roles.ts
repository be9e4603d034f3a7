// Custom roles: create with `CustomRolePost`, update with JSON Patch (apply adds the comment). Besides the field
// diff, each change lists what it grants and revokes and flags risky grants.
import type { LdRole } from "../launchdarkly/types.js";
import type { RoleDefinition } from "../model/role.js";
import {
  DEFAULT_BASE_PERMISSIONS,
  type NormalizedRole,
  normalizeDesiredRole,
  normalizeLiveRole,
  normalizePolicy,
  rolePostBody,
} from "./normalize-role.js";
import { isOwned, OWNERSHIP_TAG, roleOwnership, stripRoleOwnershipMarker } from "./ownership.js";
import {
  beforeValueTests,
  createFields,
  declaredChange,
  diffTopLevelFields,
  emptyResourcePlan,
  type OwnershipScope,
  ownershipScope,
  planDeclared,
  type ResourcePlan,
  withOwnership,
} from "./resource-plan.js";
import { diffPermissions, permissionRisks } from "./role-permissions.js";
import type { FieldChange, PlannedChange, PlannedOperation } from "./types.js";

/** A role create or update, with what it grants and revokes going from `before` to `after` and its risks. */
function roleChange(
  action: "create" | "update",
  role: RoleDefinition,
  fields: FieldChange[],
  operation: PlannedOperation,
  before: Pick<NormalizedRole, "policy" | "basePermissions">,
  after: NormalizedRole,
): PlannedChange {
  const change = declaredChange(action, "role", role, role.name, fields, [operation]);
  change.rolePermissions = diffPermissions(before.policy, after.policy);
  const risks = permissionRisks(change.rolePermissions, {
    before: before.basePermissions,
    after: after.basePermissions,
  });
  if (risks.length > 0) change.risks = risks;
  return change;
}

export function planRoleCreate(role: RoleDefinition, marker: string = OWNERSHIP_TAG): PlannedChange {
  const body = rolePostBody(role, marker);
  // A new role starts from nothing: no statements, LaunchDarkly's default base permissions.
  const before = { policy: [], basePermissions: DEFAULT_BASE_PERMISSIONS };
  return roleChange(
    "create",
    role,
    createFields(body),
    { kind: "createRole", body },
    before,
    normalizeDesiredRole(role, marker),
  );
}

export function planRoleUpdate(
  role: RoleDefinition,
  live: LdRole,
  marker: string = OWNERSHIP_TAG,
): PlannedChange | undefined {
  const desired = normalizeDesiredRole(role, marker);
  const current = normalizeLiveRole(live, desired);
  const { fields, patch } = diffTopLevelFields(
    current as unknown as Record<string, unknown>,
    desired as unknown as Record<string, unknown>,
    [],
    live,
  );
  if (patch.length === 0) return undefined;
  // Roles have no version: the patch tests the before-values of the fields it changes instead.
  const guarded = [...beforeValueTests(live, patch), ...patch];
  return roleChange("update", role, fields, { kind: "patchRole", patch: guarded }, current, desired);
}

/** `live` is the account's role list, or undefined when roles were not read (the repo declares none). */
export function planRoles(
  desired: readonly RoleDefinition[],
  live: readonly LdRole[] | undefined,
  prune: boolean,
  ownership: OwnershipScope = ownershipScope(OWNERSHIP_TAG),
): ResourcePlan {
  const { marker } = ownership;
  const result = emptyResourcePlan();
  if (live === undefined) return result;
  const wanted = new Map(desired.map((role) => [role.key, role]));
  const liveByKey = new Map(live.map((role) => [role.key, role]));
  for (const role of live) if (isOwned(roleOwnership(role.description, marker))) result.owned++;
  planDeclared(
    result,
    wanted,
    liveByKey,
    (role) => planRoleCreate(role, marker),
    (role, current) =>
      withOwnership(
        planRoleUpdate(role, current, marker),
        roleOwnership(current.description, marker),
        ownership,
        onlyMarkerDescription,
      ),
  );
  for (const role of live) {
    if (wanted.has(role.key)) continue;
    const found = roleOwnership(role.description, marker);
    const owned = isOwned(found);
    if (prune && owned) {
      result.changes.push({
        action: "delete",
        resourceType: "role",
        key: role.key,
        name: role.name,
        fields: [{ path: "/name", before: role.name }],
        operations: [{ kind: "deleteRole" }],
        rolePermissions: diffPermissions(normalizePolicy(role.policy), []),
      });
    } else {
      result.unmanaged.push({
        resourceType: "role",
        key: role.key,
        name: role.name,
        owned,
        ...(found.state === "other-owner" ? { managedBy: found.marker } : {}),
      });
    }
  }
  return result;
}

/** Roles: the only field written is the description, and only its marker line changes. */
function onlyMarkerDescription(fields: readonly FieldChange[]): boolean {
  return fields.every(
    (field) =>
      field.path === "/description" &&
      stripRoleOwnershipMarker(String(field.before ?? "")) ===
        stripRoleOwnershipMarker(String(field.after ?? "")),
  );
}
