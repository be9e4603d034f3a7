// One comparison form for a custom role: `basePermissions` defaults to `no_access`, statement order and the order of
// actions/resources inside a statement do not change what a policy allows, so they are sorted.
import type { LdRole, LdRolePost, LdStatement } from "../launchdarkly/types.js";
import type { RoleDefinition } from "../model/role.js";
import { canonicalJson } from "./canonical-json.js";
import { roleDescriptionWithMarker } from "./ownership.js";

export const DEFAULT_BASE_PERMISSIONS = "no_access";

export interface NormalizedRole {
  key: string;
  name: string;
  description?: string;
  basePermissions: string;
  resourceCategory?: string;
  policy: LdStatement[];
}

export function normalizeStatement(statement: LdStatement): LdStatement {
  const out: LdStatement = { effect: statement.effect };
  for (const field of ["resources", "notResources", "actions", "notActions"] as const) {
    const list = statement[field];
    if (list !== undefined && list !== null) out[field] = [...new Set(list)].sort();
  }
  return out;
}

export function normalizePolicy(policy: readonly LdStatement[] | undefined): LdStatement[] {
  const statements = (policy ?? []).map(normalizeStatement);
  const byText = new Map(statements.map((statement) => [canonicalJson(statement), statement]));
  return [...byText.keys()].sort().map((text) => byText.get(text) as LdStatement);
}

/** The desired side: the description carries the ownership marker line. */
export function normalizeDesiredRole(role: RoleDefinition, marker?: string): NormalizedRole {
  const normalized: NormalizedRole = {
    key: role.key,
    name: role.name,
    description: roleDescriptionWithMarker(role.description, marker),
    basePermissions: role.basePermissions ?? DEFAULT_BASE_PERMISSIONS,
    policy: normalizePolicy(role.policy),
  };
  if (role.resourceCategory !== undefined) normalized.resourceCategory = role.resourceCategory;
  return normalized;
}

/** The live side. `resourceCategory` is compared only when the repo sets it (LaunchDarkly assigns one otherwise). */
export function normalizeLiveRole(role: LdRole, desired?: NormalizedRole): NormalizedRole {
  const normalized: NormalizedRole = {
    key: role.key,
    name: role.name,
    basePermissions: role.basePermissions ?? DEFAULT_BASE_PERMISSIONS,
    policy: normalizePolicy(role.policy),
  };
  if (role.description !== undefined && role.description !== null && role.description !== "") {
    normalized.description = role.description;
  }
  if (
    role.resourceCategory !== undefined &&
    (desired === undefined || desired.resourceCategory !== undefined)
  ) {
    normalized.resourceCategory = role.resourceCategory;
  }
  return normalized;
}

/** The body of `POST /api/v2/roles`. */
export function rolePostBody(role: RoleDefinition, marker?: string): LdRolePost {
  const body: LdRolePost = {
    key: role.key,
    name: role.name,
    description: roleDescriptionWithMarker(role.description, marker),
    policy: role.policy.map(normalizeStatement),
  };
  if (role.basePermissions !== undefined) body.basePermissions = role.basePermissions;
  if (role.resourceCategory !== undefined) body.resourceCategory = role.resourceCategory;
  return body;
}
