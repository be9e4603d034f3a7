import * as core from "@actions/core";
import { parseDeleteThreshold } from "../plan/delete-threshold.js";
import type { DeleteThreshold } from "../plan/types.js";
import type { CommentMode } from "./pull-request-comment.js";

export type ActionMode = "validate" | "plan" | "apply" | "drift";

/** The Action's inputs (see action.yml), parsed and checked. */
export interface ActionInputs {
  mode: ActionMode;
  path: string;
  /**
   * The `access-token` input only; the environment's tokens are looked up with it, once, by
   * `resolveActionClientConfig`, which also masks whichever is used.
   */
  accessToken: string | undefined;
  baseUri: string | undefined;
  prune: boolean;
  deleteThreshold: DeleteThreshold | undefined;
  comment: CommentMode;
  githubToken: string | undefined;
  failOnDrift: boolean;
  allowPlanChanges: boolean;
  /** Apply refuses to write when the token's permissions cannot be checked first (default on). */
  requirePermissionCheck: boolean;
  /** `apply` only: apply membership changes of segments opting in to automatic sync, without review; refuse the rest. */
  membershipOnly: boolean;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`Input "${name}" must be one of ${allowed.join(", ")}; got "${value}".`);
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new Error(`Input "${name}" must be true or false; got "${value}".`);
}

/** `10` (at most 10 deletes), `25%` (at most 25 % of owned resources), or both: `10,25%`; empty: the default. */
export function parseDeleteThresholdInput(text: string): DeleteThreshold | undefined {
  return text.trim() === "" ? undefined : parseDeleteThreshold(text.trim(), 'Input "delete-threshold"');
}

export function readActionInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  // Masked by `resolveActionClientConfig`, called next, with whichever token the run uses.
  const accessToken = core.getInput("access-token") || undefined;
  const githubToken = core.getInput("github-token") || env.GITHUB_TOKEN || undefined;
  if (githubToken) core.setSecret(githubToken);
  return {
    mode: oneOf("mode", core.getInput("mode"), ["validate", "plan", "apply", "drift"] as const, "plan"),
    path: core.getInput("path") || "launchdarkly",
    accessToken,
    baseUri: core.getInput("base-uri") || undefined,
    prune: booleanInput("prune", false),
    deleteThreshold: parseDeleteThresholdInput(core.getInput("delete-threshold")),
    comment: oneOf("comment", core.getInput("comment"), ["sticky", "new", "off"] as const, "sticky"),
    githubToken,
    failOnDrift: booleanInput("fail-on-drift", false),
    allowPlanChanges: booleanInput("allow-plan-changes", false),
    requirePermissionCheck: booleanInput("require-permission-check", true),
    membershipOnly: booleanInput("membership-only", false),
  };
}
