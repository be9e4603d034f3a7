// What a token may do: its base role alone, or, when it carries custom roles or an inline role, those policies.
// Across several roles the most permissive wins (a deny in one role does not undo an allow in another); inside
// one role a deny wins (see evaluate-policy.ts).
import type { LdStatement } from "../model/policy-statement.js";
import { evaluatePolicy, type PolicyDecision, type PolicyRequest } from "./evaluate-policy.js";

/** A custom role (by key or name) or a token's inline role, with its statements. */
export interface NamedPolicy {
  /** How messages name it: `role "staging-only"`, `the inline role`. */
  label: string;
  statements: readonly LdStatement[];
}

export interface TokenPermissions {
  /** `reader`, `writer`, `admin`, `owner`, `no_access`; used only when `policies` is empty. */
  baseRole?: string;
  /** Custom roles and the inline role limiting the token. Empty: the base role decides. */
  policies: readonly NamedPolicy[];
}

export interface AccessDecision {
  allowed: boolean;
  /** Why not, for a message: `denied by role "staging-only" statement 2`. Empty when allowed. */
  reason: string;
  /** The refusal rested on tags, properties or role attributes that were not known. */
  uncertain: boolean;
}

/** Base roles that may write everything the tool writes. */
const WRITING_BASE_ROLES = new Set(["writer", "admin", "owner"]);

export function baseRoleCanWrite(role: string | undefined): boolean {
  return role !== undefined && WRITING_BASE_ROLES.has(role);
}

function statementLabel(policy: NamedPolicy, decision: PolicyDecision): string {
  return `${policy.label} statement ${(decision.statement ?? 0) + 1}`;
}

export function evaluateAccess(permissions: TokenPermissions, request: PolicyRequest): AccessDecision {
  if (permissions.policies.length === 0) {
    return baseRoleCanWrite(permissions.baseRole)
      ? { allowed: true, reason: "", uncertain: false }
      : {
          allowed: false,
          reason: `the token's base role is ${permissions.baseRole ?? "unknown"}`,
          uncertain: false,
        };
  }
  const decisions = permissions.policies.map((policy) => ({
    policy,
    decision: evaluatePolicy(policy.statements, request),
  }));
  if (decisions.some(({ decision }) => decision.decision === "allow")) {
    return { allowed: true, reason: "", uncertain: false };
  }
  const reasons: string[] = [];
  let uncertain = false;
  for (const { policy, decision } of decisions) {
    if (decision.decision === "deny") {
      reasons.push(
        decision.uncertain
          ? `${statementLabel(policy, decision)} denies it if the resource's tags or properties match, which are not known`
          : `denied by ${statementLabel(policy, decision)}`,
      );
    } else if (decision.uncertain) {
      reasons.push(
        `${statementLabel(policy, decision)} allows it only if the resource's tags or properties match, which are not known`,
      );
    } else {
      reasons.push(`no statement of ${policy.label} allows it`);
    }
    uncertain ||= decision.uncertain;
  }
  return { allowed: false, reason: reasons.join("; "), uncertain };
}
