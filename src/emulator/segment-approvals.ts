// Segment approvals. When an environment requires approval for segment changes
// (`Environment.resourceApprovalSettings.segment.required`), LaunchDarkly answers targeting changes of its segments
// (`/included`, `/excluded`, `/rules`, `/includedContexts`, `/excludedContexts`, big-segment membership and imports)
// with `403 {"code":"forbidden","message":"approval is required"}`, even when the change is empty; creating the
// segment still succeeds. A token whose role allows `bypassRequiredSegmentApproval` writes anyway
// (../shared/launchdarkly/membership-export-events.md, "Segment approvals").

import { evaluateAccess } from "../permissions/evaluate-access.js";
import { resourceSpecifierFor } from "../permissions/format-resource-specifier.js";
import type { Caller } from "./audit-log.js";
import { EmulatorHttpError } from "./http-error.js";
import type { EmulatorStore } from "./store.js";
import { hasPolicy, tokenPermissions } from "./tokens.js";

export const APPROVAL_REQUIRED_MESSAGE = "approval is required";

/** True when the environment's segment approval settings say `required`. */
export function segmentApprovalRequired(
  store: EmulatorStore,
  projectKey: string,
  environmentKey: string,
): boolean {
  const environment = store.projects.get(projectKey)?.environments.get(environmentKey)?.environment;
  const settings = environment?.resourceApprovalSettings as
    | Record<string, { required?: unknown } | undefined>
    | undefined;
  return settings?.segment?.required === true;
}

/**
 * Only a role may bypass: a token limited by custom or inline roles whose policies allow
 * `bypassRequiredSegmentApproval` on the segment. A base-role token (the emulator's `writer`) may not (the stricter
 * reading: LaunchDarkly documents the bypass as a role action only).
 */
export function mayBypassSegmentApproval(
  caller: Caller,
  store: EmulatorStore,
  segment: { projectKey: string; environmentKey: string; segmentKey: string },
): boolean {
  if (!hasPolicy(caller)) return false;
  const resource = resourceSpecifierFor({
    type: "segment",
    project: segment.projectKey,
    environment: segment.environmentKey,
    key: segment.segmentKey,
  });
  return evaluateAccess(tokenPermissions(caller, store), {
    action: "bypassRequiredSegmentApproval",
    resource,
  }).allowed;
}

/** Throws LaunchDarkly's 403 when a targeting change of this segment needs an approval the caller cannot bypass. */
export function requireNoSegmentApproval(
  caller: Caller,
  store: EmulatorStore,
  segment: { projectKey: string; environmentKey: string; segmentKey: string },
): void {
  if (!segmentApprovalRequired(store, segment.projectKey, segment.environmentKey)) return;
  if (mayBypassSegmentApproval(caller, store, segment)) return;
  throw new EmulatorHttpError(403, "forbidden", APPROVAL_REQUIRED_MESSAGE);
}
