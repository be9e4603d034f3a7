// What a role change grants and revokes: each statement expanded into (effect, action, resource) triples, the two
// sets compared. Risky grants are flagged for the reviewer.
import type { LdStatement } from "../launchdarkly/types.js";
import { canonicalJson } from "./canonical-json.js";
import type { PermissionTriple, PlanRisk, RolePermissionChanges } from "./types.js";

export function expandStatements(policy: readonly LdStatement[]): PermissionTriple[] {
  return [...triplesByText(policy).values()];
}

/** The distinct triples of a policy, keyed by their canonical JSON, in key order. */
function triplesByText(policy: readonly LdStatement[]): Map<string, PermissionTriple> {
  const triples = new Map<string, PermissionTriple>();
  for (const statement of policy) {
    const notAction = statement.notActions !== undefined && statement.actions === undefined;
    const notResource = statement.notResources !== undefined && statement.resources === undefined;
    const actions = (notAction ? statement.notActions : statement.actions) ?? [];
    const resources = (notResource ? statement.notResources : statement.resources) ?? [];
    for (const action of actions) {
      for (const resource of resources) {
        const triple: PermissionTriple = { effect: statement.effect, action, resource };
        if (notAction) triple.notAction = true;
        if (notResource) triple.notResource = true;
        triples.set(canonicalJson(triple), triple);
      }
    }
  }
  return new Map([...triples].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function diffPermissions(
  before: readonly LdStatement[],
  after: readonly LdStatement[],
): RolePermissionChanges {
  const was = triplesByText(before);
  const will = triplesByText(after);
  return {
    granted: [...will].filter(([key]) => !was.has(key)).map(([, t]) => t),
    revoked: [...was].filter(([key]) => !will.has(key)).map(([, t]) => t),
  };
}

/** `proj/*`, `proj/*:env/*`, `proj/*:env/*:flag/*`...: every project, every resource below. */
function isAllProjectResources(resource: string): boolean {
  if (resource === "*") return true;
  const parts = resource.split(":");
  return (
    parts.every((part) => /^[a-z-]+\/\*(;.*)?$/i.test(part) || part === "*") &&
    parts[0]?.startsWith("proj/") === true
  );
}

/** `every project's segments` for `proj/*:env/*:segment/*`: what an all-projects specifier reaches. */
export function describeAllProjectsScope(resource: string): string {
  if (resource === "*") return "every resource";
  const parts = resource.split(":");
  const last = (parts.at(-1) ?? "").split("/")[0] ?? "";
  if (parts.length === 1) return "every project";
  const plural = last === "env" ? "environments" : `${last.replace(/-/g, " ")}s`;
  return `every project's ${plural}`;
}

/** Triples sharing effect, resource and `not` forms (what one statement usually grants), in first-seen order. */
export function groupPermissions(triples: readonly PermissionTriple[]): PermissionTriple[][] {
  const groups = new Map<string, PermissionTriple[]>();
  for (const triple of triples) {
    const key = canonicalJson([
      triple.effect,
      triple.resource,
      triple.notAction ?? false,
      triple.notResource ?? false,
    ]);
    const group = groups.get(key);
    if (group) group.push(triple);
    else groups.set(key, [triple]);
  }
  return [...groups.values()];
}

function actionList(group: readonly PermissionTriple[]): string {
  const actions = group.map((triple) => triple.action).join(", ");
  return group[0]?.notAction ? `every action except ${actions}` : actions;
}

/**
 * Risky grants, one per effect and resource (not one per action): `allow *`, allow on every project's resources,
 * an allow written with `notResources` or `notActions`, a removed `deny`, base permissions raised to `reader`.
 */
export function permissionRisks(
  changes: RolePermissionChanges,
  basePermissions?: { before?: string; after?: string },
): PlanRisk[] {
  const risks: PlanRisk[] = [];
  for (const group of groupPermissions(changes.granted)) {
    const [first] = group;
    if (first === undefined || first.effect !== "allow") continue;
    // `notResources` and `notActions` grant everything outside a list: broader than they read.
    if (first.notResource) {
      risks.push({
        code: "allow-not-resources",
        message: `allows ${actionList(group)} on every resource except ${first.resource} (flags, projects and every other resource type included)`,
      });
    } else if (first.notAction) {
      risks.push({ code: "allow-not-actions", message: `allows ${actionList(group)} on ${first.resource}` });
    } else if (group.some((grant) => grant.action === "*")) {
      risks.push({
        code: "allow-all-actions",
        message: `allows every action (*) on ${first.resource}`,
      });
    } else if (isAllProjectResources(first.resource)) {
      risks.push({
        code: "allow-all-project-resources",
        message: `allows ${actionList(group)} on ${describeAllProjectsScope(first.resource)} (${first.resource})`,
      });
    }
  }
  for (const group of groupPermissions(changes.revoked)) {
    const [first] = group;
    if (first === undefined || first.effect !== "deny") continue;
    const resource = first.notResource ? `every resource except ${first.resource}` : first.resource;
    risks.push({ code: "deny-removed", message: `removes a deny of ${actionList(group)} on ${resource}` });
  }
  if (
    basePermissions &&
    basePermissions.before !== basePermissions.after &&
    basePermissions.after === "reader"
  ) {
    risks.push({
      code: "base-permissions-raised",
      message: "raises base permissions to reader (read access to every resource)",
    });
  }
  return risks;
}
