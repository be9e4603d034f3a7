// Custom roles: create with `CustomRolePost`, update with JSON Patch (apply adds the comment). Besides the field
// diff, each change lists what it grants and revokes and flags risky grants.
import type { LdRole } from "../launchdarkly/types.js";
import type { RoleDefinition } from "../model/role.js";
import { normalizeDesiredRole, normalizeLiveRole, rolePostBody } from "./normalize-role.js";
import { hasRoleOwnershipMarker } from "./ownership.js";
import { diffTopLevelFields } from "./plan-metrics.js";
import type { ResourcePlan } from "./plan-segments.js";
import { diffPermissions, permissionRisks } from "./role-permissions.js";
import type { FieldChange, PlannedChange } from "./types.js";

function source(role: RoleDefinition): string {
  return `${role.source.file}:${role.source.line}`;
}

export function planRoleCreate(role: RoleDefinition): PlannedChange {
  const body = rolePostBody(role);
  const desired = normalizeDesiredRole(role);
  const rolePermissions = diffPermissions([], desired.policy);
  const risks = permissionRisks(rolePermissions, { before: "no_access", after: desired.basePermissions });
  const fields: FieldChange[] = Object.entries(body)
    .filter(([name]) => name !== "key")
    .map(([name, value]) => ({ path: `/${name}`, after: value }));
  const change: PlannedChange = {
    action: "create",
    resourceType: "role",
    key: role.key,
    name: role.name,
    source: source(role),
    fields,
    operations: [{ kind: "createRole", body }],
    rolePermissions,
  };
  if (risks.length > 0) change.risks = risks;
  return change;
}

export function planRoleUpdate(role: RoleDefinition, live: LdRole): PlannedChange | undefined {
  const desired = normalizeDesiredRole(role);
  const current = normalizeLiveRole(live, desired);
  const { fields, patch } = diffTopLevelFields(
    current as unknown as Record<string, unknown>,
    desired as unknown as Record<string, unknown>,
    [],
    live,
  );
  if (patch.length === 0) return undefined;
  const rolePermissions = diffPermissions(current.policy, desired.policy);
  const risks = permissionRisks(rolePermissions, {
    before: current.basePermissions,
    after: desired.basePermissions,
  });
  const change: PlannedChange = {
    action: "update",
    resourceType: "role",
    key: role.key,
    name: role.name,
    source: source(role),
    fields,
    operations: [{ kind: "patchRole", patch }],
    rolePermissions,
  };
  if (risks.length > 0) change.risks = risks;
  return change;
}

/** `live` is the account's role list, or undefined when roles were not read (the repo declares none). */
export function planRoles(
  desired: readonly RoleDefinition[],
  live: readonly LdRole[] | undefined,
  prune: boolean,
): ResourcePlan {
  const result: ResourcePlan = { changes: [], unchanged: 0, unmanaged: [], warnings: [], owned: 0 };
  if (live === undefined) return result;
  const wanted = new Map(desired.map((role) => [role.key, role]));
  const liveByKey = new Map(live.map((role) => [role.key, role]));
  for (const role of live) if (hasRoleOwnershipMarker(role.description)) result.owned++;
  for (const [key, role] of wanted) {
    const current = liveByKey.get(key);
    if (current === undefined) {
      result.changes.push(planRoleCreate(role));
      continue;
    }
    const update = planRoleUpdate(role, current);
    if (update) result.changes.push(update);
    else result.unchanged++;
  }
  for (const role of live) {
    if (wanted.has(role.key)) continue;
    const owned = hasRoleOwnershipMarker(role.description);
    if (prune && owned) {
      const current = normalizeLiveRole(role);
      result.changes.push({
        action: "delete",
        resourceType: "role",
        key: role.key,
        name: role.name,
        fields: [{ path: "/name", before: role.name }],
        operations: [{ kind: "deleteRole" }],
        rolePermissions: diffPermissions(current.policy, []),
      });
    } else {
      result.unmanaged.push({ resourceType: "role", key: role.key, name: role.name, owned });
    }
  }
  return result;
}
