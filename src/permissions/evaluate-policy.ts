// One policy (a custom role's statements, or a token's inline role) against one (action, resource) request,
// with LaunchDarkly's rules: statement order does not matter, a matching deny wins over any allow, and what no
// statement allows is not allowed.
//
// Conservative about what is not known (a resource's tags, `{critical:true}`-style properties, views, role
// attribute values): a deny that *may* match counts as matching, an allow that may match does not. So a
// pre-flight check never calls a request allowed that LaunchDarkly could refuse; at worst it refuses one that
// LaunchDarkly would let through, and says the decision rested on something unknown.
import type { LdStatement } from "../model/policy-statement.js";
import { globMatches } from "./glob.js";
import { matchAnySpecifier } from "./match-specifier.js";
import { parseResource, type ResourceChain } from "./resource.js";
import { allOf, type Match, not } from "./tri-state.js";

export interface PolicyRequest {
  /** A custom-role action name, such as `updateRules`. */
  action: string;
  /** `proj/p:env/e:segment/s`, or the chain with known tags and properties. */
  resource: string | ResourceChain;
}

export interface PolicyDecision {
  decision: "allow" | "deny" | "no-match";
  /** Index (0-based) of the statement that decided: the deny, or the allow. */
  statement?: number;
  /**
   * The decision rested on something not known: a deny that only may apply, or (with `no-match`) an allow that
   * may apply, whose index is then `statement`.
   */
  uncertain: boolean;
}

function matchActions(statement: LdStatement, action: string): Match {
  const matches = (patterns: readonly string[]): Match =>
    patterns.some((pattern) => globMatches(pattern, action)) ? "yes" : "no";
  if (statement.actions && statement.actions.length > 0) return matches(statement.actions);
  if (statement.notActions && statement.notActions.length > 0) return not(matches(statement.notActions));
  return "no";
}

function matchResources(statement: LdStatement, resource: ResourceChain): Match {
  if (statement.resources && statement.resources.length > 0)
    return matchAnySpecifier(statement.resources, resource);
  if (statement.notResources && statement.notResources.length > 0) {
    return not(matchAnySpecifier(statement.notResources, resource));
  }
  return "no";
}

/** Whether a statement covers the request: both its resources and its actions must. */
function statementApplies(statement: LdStatement, action: string, resource: ResourceChain): Match {
  return allOf([matchActions(statement, action), matchResources(statement, resource)]);
}

export function evaluatePolicy(statements: readonly LdStatement[], request: PolicyRequest): PolicyDecision {
  const resource = typeof request.resource === "string" ? parseResource(request.resource) : request.resource;
  let allowedBy: number | undefined;
  let mayBeAllowedBy: number | undefined;
  let mayBeDeniedBy: number | undefined;
  for (const [index, statement] of statements.entries()) {
    const applies = statementApplies(statement, request.action, resource);
    if (applies === "no") continue;
    if (statement.effect === "deny") {
      if (applies === "yes") return { decision: "deny", statement: index, uncertain: false };
      mayBeDeniedBy ??= index;
    } else if (applies === "yes") allowedBy ??= index;
    else mayBeAllowedBy ??= index;
  }
  if (mayBeDeniedBy !== undefined) return { decision: "deny", statement: mayBeDeniedBy, uncertain: true };
  if (allowedBy !== undefined) return { decision: "allow", statement: allowedBy, uncertain: false };
  if (mayBeAllowedBy !== undefined)
    return { decision: "no-match", statement: mayBeAllowedBy, uncertain: true };
  return { decision: "no-match", uncertain: false };
}
