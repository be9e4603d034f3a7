// Role policies one statement per line, `allow [createSegment, updateIncluded] on proj/*:env/*:segment/*`, and
// permission changes grouped the same way (one line per effect and resource, not one per action).

import type { LdStatement } from "../launchdarkly/types.js";
import { groupPermissions } from "../plan/role-permissions.js";
import type { PermissionTriple, RolePermissionChanges } from "../plan/types.js";
import type { SignedLine } from "./describe-rule.js";

export function isStatementList(value: unknown): value is LdStatement[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        ((item as { effect?: unknown }).effect === "allow" ||
          (item as { effect?: unknown }).effect === "deny"),
    )
  );
}

const list = (items: readonly string[]) => `[${items.join(", ")}]`;
const oneOrList = (items: readonly string[]) => (items.length === 1 ? (items[0] as string) : list(items));

/** `allow [a, b] on proj/*`, `deny every action except [a] on ...`, `allow [a] on every resource except ...`. */
export function formatStatement(statement: LdStatement): string {
  const actions =
    statement.actions !== undefined
      ? list(statement.actions)
      : `every action except ${list(statement.notActions ?? [])}`;
  const resources =
    statement.resources !== undefined
      ? oneOrList(statement.resources)
      : `every resource except ${oneOrList(statement.notResources ?? [])}`;
  return `${statement.effect} ${actions} on ${resources}`;
}

/** Statements only before are removed (`-`), only after are added (`+`); unchanged ones are not repeated. */
export function policyChangeLines(
  before: readonly LdStatement[] | undefined,
  after: readonly LdStatement[] | undefined,
  indent: string,
): SignedLine[] {
  const was = (before ?? []).map(formatStatement);
  const will = (after ?? []).map(formatStatement);
  return [
    ...was
      .filter((text) => !will.includes(text))
      .map((text): SignedLine => ({ sign: "-", text: `${indent}${text}` })),
    ...will
      .filter((text) => !was.includes(text))
      .map((text): SignedLine => ({ sign: "+", text: `${indent}${text}` })),
  ];
}

/** `allow [createSegment, updateIncluded] on proj/*:env/*:segment/*` for a group from `groupPermissions`. */
export function formatPermissionGroup(group: readonly PermissionTriple[]): string {
  const [first] = group;
  if (first === undefined) return "";
  const actions = group.map((triple) => triple.action);
  const actionText = first.notAction ? `every action except ${oneOrList(actions)}` : oneOrList(actions);
  const resource = first.notResource ? `every resource except ${first.resource}` : first.resource;
  return `${first.effect} ${actionText} on ${resource}`;
}

/** What a role change grants (`+ grants  …`) and revokes (`- revokes …`), one line per group. */
export function permissionChangeLines(permissions: RolePermissionChanges | undefined): SignedLine[] {
  if (permissions === undefined) return [];
  return [
    ...groupPermissions(permissions.granted).map(
      (group): SignedLine => ({ sign: "+", text: `grants  ${formatPermissionGroup(group)}` }),
    ),
    ...groupPermissions(permissions.revoked).map(
      (group): SignedLine => ({ sign: "-", text: `revokes ${formatPermissionGroup(group)}` }),
    ),
  ];
}
