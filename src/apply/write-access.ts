// Stops a token that may not make the plan's writes before the first write, not halfway through an apply.
// LaunchDarkly's caller identity names the token (`tokenId`) but not its role; `GET /api/v2/tokens/{id}` gives the
// base role, the custom roles limiting it (`customRoleIds`) and its inline role. With custom or inline roles, every
// permission the plan needs is evaluated against those policies, as LaunchDarkly will evaluate each write.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import { LaunchDarklyError } from "../launchdarkly/errors.js";
import type { LdRole, LdStatement } from "../launchdarkly/types.js";
import { projectEnvironments } from "../live/read-live-state.js";
import { baseRoleCanWrite, evaluateAccess, type NamedPolicy } from "../permissions/evaluate-access.js";
import type { PlannedChange } from "../plan/types.js";

import { type KnownParents, requiredPermissions } from "./required-permissions.js";

import { approvalBlockMessage, segmentApprovalBlocks } from "./segment-approvals.js";

/** One permission the token lacks. */
export interface WriteAccessRefusal {
  action: string;
  resource: string;
  /** `denied by role "staging-only" statement 2`, `no statement of the inline role allows it`. */
  reason: string;
}

export class WriteAccessError extends Error {
  override readonly name = "WriteAccessError";
  constructor(
    message: string,
    /** Empty when the base role alone refuses (reader, no_access). */
    readonly refusals: readonly WriteAccessRefusal[] = [],
  ) {
    super(message);
  }
}

export interface WriteAccessOptions {
  /** The plan about to be applied: a token limited by custom or inline roles is checked per operation. */
  plan: { changes: readonly PlannedChange[] };
  /**
   * Refuse to write when the check cannot complete (the token may not read its own token record or roles, as a token
   * limited only by an inline role cannot): `--require-permission-check`, the Action's `require-permission-check`.
   * Off: warn and go ahead, and the first 403 stops the apply, possibly after other writes landed.
   */
  requireComplete?: boolean;
}

/** How the refusal names the setting: the CLI flag and the Action input (on by default for the Action's apply). */
const REQUIRE_PERMISSION_CHECK_SETTING =
  "the permission check is required (`--require-permission-check`; the Action's `require-permission-check` input)";

export interface WriteAccessResult {
  /**
   * What the decision rested on: the base role, the token's policies, OAuth scopes, or nothing (the token could
   * not be read; the first write's 403 stops the apply if the token may not write).
   */
  checkedBy: "base-role" | "policies" | "scopes" | "unknown";
  /** Why the check could not tell, for the caller to show. Never holds the token. */
  warnings: string[];
}

const READ_ONLY_BASE_ROLES = new Set(["reader", "no_access"]);

function hasStatements(statements: readonly LdStatement[] | undefined): statements is LdStatement[] {
  return Array.isArray(statements) && statements.length > 0;
}

/** The read's answer, or undefined when LaunchDarkly will not show it to this token (403). */
async function unlessForbidden<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof LaunchDarklyError && error.status === 403) return undefined;
    throw error;
  }
}

/** True when some statement selects by tag or property, so the parents' tags and `critical` flag matter. */
function usesSelectors(policies: readonly NamedPolicy[]): boolean {
  return policies.some((policy) =>
    policy.statements.some((statement) =>
      [...(statement.resources ?? []), ...(statement.notResources ?? [])].some((resource) =>
        resource.includes(";"),
      ),
    ),
  );
}

/** Tags of the plan's projects and tags and `critical` of their environments; what cannot be read stays unknown. */
async function readParents(api: LaunchDarklyApi, changes: readonly PlannedChange[]): Promise<KnownParents> {
  const projectKeys = [
    ...new Set(changes.map((change) => change.project).filter((key): key is string => key !== undefined)),
  ];
  const projects = new Map<string, { tags: readonly string[] }>();
  const environments = new Map<string, { tags: readonly string[]; critical?: boolean }>();
  await Promise.all(
    projectKeys.map(async (projectKey) => {
      // The project read embeds its environments; they are listed only when it does not carry them all.
      const project = await unlessForbidden(api.getProject(projectKey));
      if (project === undefined) return;
      projects.set(projectKey, { tags: project.tags ?? [] });
      const environmentsOfProject = await unlessForbidden(projectEnvironments(api, projectKey, project));
      for (const environment of environmentsOfProject ?? []) {
        environments.set(`${projectKey}/${environment.key}`, {
          tags: environment.tags ?? [],
          critical: environment.critical === true,
        });
      }
    }),
  );
  return { projects, environments };
}

function refusalMessage(tokenLabel: string, refusals: readonly WriteAccessRefusal[]): string {
  const lines = refusals.map((r) => `  - ${r.action} on ${r.resource} (${r.reason})`);
  return [
    `The token${tokenLabel} may not:`,
    ...lines,
    "Nothing was written. Give the token a role allowing these actions, or leave these changes out of the plan.",
  ].join("\n");
}

/**
 * Refuses, before any write, a token that cannot make the plan's writes: a `reader` or `no_access` base role
 * without custom roles, or custom/inline roles that do not allow some required action on some resource.
 * Proceeds (with a warning) when the token's permissions cannot be read; the first write's 403 then stops the
 * apply. Makes only reads.
 */
export async function checkWriteAccess(
  api: LaunchDarklyApi,
  options: WriteAccessOptions,
): Promise<WriteAccessResult> {
  const access = await checkRoleAccess(api, options);
  // Segment approvals: who may bypass them. Base roles: admin and owner; writer not (LaunchDarkly documents the
  // bypass as a role action). Unknown permissions: warn only, the first gated write then meets LaunchDarkly's 403.
  const { decision } = access;
  const mayBypass = (resource: string): boolean => {
    if (decision.kind === "policies")
      return evaluateAccess(
        { policies: decision.policies },
        { action: "bypassRequiredSegmentApproval", resource },
      ).allowed;
    if (decision.kind === "base-role") return decision.role === "admin" || decision.role === "owner";
    return true;
  };
  const blocks =
    decision.kind === "unknown" ? [] : await segmentApprovalBlocks(api, options.plan.changes, mayBypass);
  if (blocks.length > 0) throw new WriteAccessError(approvalBlockMessage(access.tokenLabel, blocks));
  // Permissions unknown: a segment created and then refused its targets would be half-made, so creates are
  // refused; an update stops at LaunchDarkly's own 403, so it is only warned about.
  const unknownBlocks =
    decision.kind === "unknown" ? await segmentApprovalBlocks(api, options.plan.changes, () => false) : [];
  const creates = new Set(
    options.plan.changes
      .filter((change) => change.action === "create")
      .map((change) => `${change.project}/${change.environment}/${change.key}`),
  );
  const refusedCreates = unknownBlocks
    .map((block) => ({ ...block, segments: block.segments.filter((segment) => creates.has(segment)) }))
    .filter((block) => block.segments.length > 0);
  if (refusedCreates.length > 0)
    throw new WriteAccessError(approvalBlockMessage(access.tokenLabel, refusedCreates, false));
  const warnings = [
    ...access.result.warnings,
    ...unknownBlocks.map(
      (block) =>
        `Environment ${block.environment} requires approval for segment changes; if the token may not bypass it (bypassRequiredSegmentApproval), LaunchDarkly refuses the targeting changes of ${block.segments.join(", ")}.`,
    ),
  ];
  return { ...access.result, warnings };
}

type AccessDecisionBasis =
  | { kind: "policies"; policies: NamedPolicy[] }
  | { kind: "base-role"; role: string | undefined }
  | { kind: "unknown" };

async function checkRoleAccess(
  api: LaunchDarklyApi,
  options: WriteAccessOptions,
): Promise<{ result: WriteAccessResult; decision: AccessDecisionBasis; tokenLabel: string }> {
  const identity = await api.getCallerIdentity();
  const tokenLabel =
    typeof identity.tokenName === "string" && identity.tokenName !== "" ? ` "${identity.tokenName}"` : "";

  // OAuth-style callers report scopes instead of a token.
  const scopes = Array.isArray(identity.scopes) ? identity.scopes : undefined;
  if (scopes !== undefined && scopes.length > 0) {
    if (!scopes.some((scope) => /writer|admin|owner/i.test(scope))) {
      throw new WriteAccessError(
        `The LaunchDarkly access token${tokenLabel} can only read (scopes: ${scopes.join(", ")}); apply needs write access. Nothing was written.`,
      );
    }
    return { result: { checkedBy: "scopes", warnings: [] }, decision: { kind: "unknown" }, tokenLabel };
  }

  const cannotTell = (why: string) => {
    if (options.requireComplete) {
      throw new WriteAccessError(
        `Could not check the token's permissions before writing (${why}), and ${REQUIRE_PERMISSION_CHECK_SETTING}: ` +
          "nothing was written. Give the token read access to its own record and custom roles (a custom role rather than " +
          "an inline role), or turn the setting off to let LaunchDarkly's 403s stop the apply partway.",
      );
    }
    return {
      result: {
        checkedBy: "unknown" as const,
        warnings: [
          `Could not check the token's permissions before writing (${why}); if it may not write, LaunchDarkly's 403 on the first write stops the apply, after any writes already made.`,
        ],
      },
      decision: { kind: "unknown" as const },
      tokenLabel,
    };
  };
  if (typeof identity.tokenId !== "string" || identity.tokenId === "")
    return cannotTell("the caller identity names no token");
  // `GET /api/v2/tokens/{id}`: undefined when LaunchDarkly will not show it (403) or does not know it (404).
  const token = await unlessForbidden(api.getToken(identity.tokenId));
  if (!token) return cannotTell("the token's details are not readable with this token");

  const inlineRole = hasStatements(token.inlineRole) ? token.inlineRole : undefined;
  const customRoleIds = token.customRoleIds ?? [];
  if (inlineRole === undefined && customRoleIds.length === 0) {
    if (token.role !== undefined && READ_ONLY_BASE_ROLES.has(token.role)) {
      throw new WriteAccessError(
        `The LaunchDarkly access token${tokenLabel} can only read (base role ${token.role}, no custom role); ` +
          "apply needs a token with the writer role, or a custom role allowing the segment, metric and role actions the plan uses. Nothing was written.",
      );
    }
    if (baseRoleCanWrite(token.role))
      return {
        result: { checkedBy: "base-role", warnings: [] },
        decision: { kind: "base-role", role: token.role },
        tokenLabel,
      };
    return cannotTell(`the token's base role "${token.role ?? ""}" is not one this tool knows`);
  }

  const policies: NamedPolicy[] = [];
  if (customRoleIds.length > 0) {
    const roles = await unlessForbidden(api.listRoles());
    if (!roles) return cannotTell("the custom roles limiting the token are not readable with this token");
    const byId = new Map(roles.map((role) => [role._id, role]));
    const missing = customRoleIds.filter((id) => !byId.has(id));
    // Across roles the most permissive wins: a role we cannot see might allow anything, so refusing would guess.
    if (missing.length > 0) return cannotTell(`custom role id(s) ${missing.join(", ")} not found`);
    for (const id of customRoleIds) {
      const role = byId.get(id) as LdRole;
      policies.push({ label: `role "${role.key}"`, statements: role.policy });
    }
  }
  if (inlineRole) policies.push({ label: "the inline role", statements: inlineRole });

  const known = usesSelectors(policies) ? await readParents(api, options.plan.changes) : {};
  const refusals: WriteAccessRefusal[] = [];
  for (const needed of requiredPermissions(options.plan, known)) {
    const decision = evaluateAccess({ policies }, { action: needed.action, resource: needed.target });
    if (!decision.allowed) {
      refusals.push({ action: needed.action, resource: needed.resource, reason: decision.reason });
    }
  }
  if (refusals.length > 0) throw new WriteAccessError(refusalMessage(tokenLabel, refusals), refusals);
  return {
    result: { checkedBy: "policies", warnings: [] },
    decision: { kind: "policies", policies },
    tokenLabel,
  };
}
