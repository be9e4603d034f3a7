// One live custom role in the configuration format: the ownership marker line taken out of the description,
// `basePermissions` left out when it is LaunchDarkly's default, statements in the planner's canonical order.
import type { LdRole } from "../launchdarkly/types.js";
import { DEFAULT_BASE_PERMISSIONS, normalizePolicy } from "../plan/normalize-role.js";
import { stripRoleOwnershipMarker } from "../plan/ownership.js";
import type { FieldProblem } from "./segment-fields.js";

const ROLE_FORMAT_FIELDS = new Set([
  "key",
  "name",
  "description",
  "basePermissions",
  "resourceCategory",
  "policy",
]);
const ROLE_SERVER_FIELDS = new Set([
  "_id",
  "_links",
  "_access",
  "assignedTo",
  "_presetBundleVersion",
  "_presetStatements",
  "_version",
]);
const STATEMENT_FIELDS = new Set(["effect", "resources", "notResources", "actions", "notActions"]);

/** LaunchDarkly's preset roles come back from the role list: they are LaunchDarkly's, not the account's. */
export function isPresetRole(role: LdRole): boolean {
  return role._presetBundleVersion !== undefined && role._presetBundleVersion !== null;
}

export function convertRole(live: LdRole): { fields?: Record<string, unknown>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  for (const name of Object.keys(live).sort())
    if (!ROLE_FORMAT_FIELDS.has(name) && !ROLE_SERVER_FIELDS.has(name))
      problems.push({ kind: "unknown-field", path: `/${name}` });
  for (const [index, statement] of (live.policy ?? []).entries()) {
    for (const name of Object.keys(statement).sort())
      if (!STATEMENT_FIELDS.has(name))
        problems.push({ kind: "unknown-field", path: `/policy/${index}/${name}` });
    const resources = [statement.resources, statement.notResources].filter((list) => list != null);
    const actions = [statement.actions, statement.notActions].filter((list) => list != null);
    if (resources.length !== 1 || actions.length !== 1)
      problems.push({ kind: "unsupported-value", path: `/policy/${index}`, reason: "statement-shape" });
  }
  const policy = normalizePolicy(live.policy);
  if (policy.length === 0)
    problems.push({ kind: "unsupported-value", path: "/policy", value: "[]", reason: "empty-policy" });
  if (problems.some((problem) => problem.kind === "unsupported-value")) return { problems };
  const fields: Record<string, unknown> = { key: live.key, name: live.name };
  const description = stripRoleOwnershipMarker(live.description ?? "");
  if (description.trim() !== "") fields.description = description;
  if (live.basePermissions !== undefined && live.basePermissions !== DEFAULT_BASE_PERMISSIONS)
    fields.basePermissions = live.basePermissions;
  if (live.resourceCategory !== undefined && live.resourceCategory !== null)
    fields.resourceCategory = live.resourceCategory;
  fields.policy = policy.map((statement) => {
    const out: Record<string, unknown> = { effect: statement.effect };
    for (const name of ["resources", "notResources", "actions", "notActions"] as const)
      if (statement[name] !== undefined) out[name] = statement[name];
    return out;
  });
  return { fields, problems };
}
