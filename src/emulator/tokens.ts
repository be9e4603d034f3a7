// Access tokens as the emulator knows them: a caller description (never the token value) plus what
// `GET /api/v2/tokens/{id}` shows (`Token`: base role, custom role `_id`s, inline role, last four characters).
import { createHash } from "node:crypto";
import { LD_API_VERSION } from "../launchdarkly/limits.js";
import type { LdStatement, LdToken } from "../launchdarkly/types.js";
import type { NamedPolicy, TokenPermissions } from "../permissions/evaluate-access.js";
import type { Caller } from "./audit-log.js";
import { hrefs, link } from "./representations.js";
import type { EmulatorStore } from "./store.js";

export interface EmulatorTokenConfig {
  /** Base role. With `customRoleKeys` or `inlineRole`, those policies decide instead. */
  role: "reader" | "writer";
  memberId?: string;
  name?: string;
  /** Keys of custom roles (in the emulator's state) limiting the token; shown as their `_id`s. */
  customRoleKeys?: string[];
  /** Policy statements limiting the token in place of a role. */
  inlineRole?: LdStatement[];
}

export interface EmulatorToken {
  caller: Caller;
  /** The token's last four characters, as LaunchDarkly shows them on reads. */
  lastFour: string;
  createdAt: number;
}

/** The account owner's member id (every token has an owner, a service token too). */
const OWNER_ID = "emulator0owner0000000001";

/** A stable id and display name for a token; the token itself never leaves this function. */
export function describeToken(
  token: string,
  config: EmulatorTokenConfig | undefined,
  now: number,
): EmulatorToken {
  const digest = createHash("sha256").update(token).digest("hex");
  const caller: Caller = {
    tokenId: digest.slice(0, 24),
    tokenName: config?.name ?? `token-${digest.slice(0, 8)}`,
    role: config?.role ?? "writer",
  };
  if (config?.memberId !== undefined) caller.memberId = config.memberId;
  if (config?.customRoleKeys !== undefined) caller.customRoleKeys = [...config.customRoleKeys];
  if (config?.inlineRole !== undefined) caller.inlineRole = structuredClone(config.inlineRole);
  return { caller, lastFour: token.slice(-4), createdAt: now };
}

/** True when custom roles or an inline role limit the token (its base role then no longer decides). */
export function hasPolicy(caller: Caller): boolean {
  return caller.customRoleKeys !== undefined || caller.inlineRole !== undefined;
}

/** The token's permissions, with custom roles read from the current state (a missing role grants nothing). */
export function tokenPermissions(caller: Caller, store: EmulatorStore): TokenPermissions {
  const policies: NamedPolicy[] = [];
  for (const key of caller.customRoleKeys ?? []) {
    const role = store.roles.get(key);
    if (role) policies.push({ label: `role "${role.key}"`, statements: role.policy });
  }
  if (caller.inlineRole !== undefined)
    policies.push({ label: "the inline role", statements: caller.inlineRole });
  if (hasPolicy(caller) && policies.length === 0) {
    // Roles that no longer exist allow nothing; an empty policy says exactly that.
    policies.push({ label: "the token's custom roles", statements: [] });
  }
  return { baseRole: caller.role, policies };
}

/**
 * Reading tokens needs read access: a base-role token has it; a policy-limited one only through a custom role
 * whose `basePermissions` is `reader` (an inline role has no base permissions, so it sees nothing beyond its
 * statements, and the policy grammar has no action for viewing tokens).
 */
export function canReadTokens(caller: Caller, store: EmulatorStore): boolean {
  if (!hasPolicy(caller)) return true;
  return (caller.customRoleKeys ?? []).some((key) => store.roles.get(key)?.basePermissions === "reader");
}

/** The `Token` representation. */
export function tokenRepresentation(token: EmulatorToken, store: EmulatorStore): LdToken {
  const { caller } = token;
  const customRoleIds = (caller.customRoleKeys ?? [])
    .map((key) => store.roles.get(key)?._id)
    .filter((id): id is string => id !== undefined);
  const representation: LdToken = {
    _id: caller.tokenId,
    ownerId: OWNER_ID,
    memberId: caller.memberId ?? OWNER_ID,
    name: caller.tokenName,
    creationDate: token.createdAt,
    lastModified: token.createdAt,
    role: caller.role,
    customRoleIds,
    inlineRole: structuredClone([...(caller.inlineRole ?? [])]),
    token: token.lastFour,
    serviceToken: caller.memberId === undefined,
    defaultApiVersion: Number(LD_API_VERSION),
    _links: { parent: link(hrefs.tokens()), self: link(hrefs.token(caller.tokenId)) },
  };
  return representation;
}
