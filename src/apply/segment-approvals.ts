// Segment approvals, checked before any write. Where an environment requires approval for segment changes
// (`Environment.resourceApprovalSettings.segment.required`), LaunchDarkly refuses every targeting change of its
// segments (targets, rules, big-segment membership, imports) with 403 "approval is required", yet still creates the
// segment: an apply that found out at the first targeting write would leave a half-made segment. Only a role
// allowing `bypassRequiredSegmentApproval` writes anyway.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { LdEnvironment } from "../launchdarkly/types.js";
import { projectEnvironments } from "../live/read-live-state.js";
import { resourceAddress } from "../model/resource-identity.js";
import type { PlannedChange, PlannedOperation } from "../plan/types.js";

const TARGETING_FIELDS = new Set(["included", "excluded", "includedContexts", "excludedContexts", "rules"]);
const NON_TARGETING_INSTRUCTIONS = new Set(["updateName", "updateDescription", "addTags", "removeTags"]);

/** Whether LaunchDarkly gates this operation behind segment approvals. */
export function isTargetingOperation(operation: PlannedOperation): boolean {
  switch (operation.kind) {
    case "updateBigSegmentTargets":
    case "importBigSegmentMembers":
      return true;
    case "patchSegmentSemantic":
      return operation.instructions.some((instruction) => !NON_TARGETING_INSTRUCTIONS.has(instruction.kind));
    case "patchSegmentJson":
      return operation.patch.some(
        (op) => op.op !== "test" && TARGETING_FIELDS.has(op.path.split("/")[1] ?? ""),
      );
    default:
      return false;
  }
}

export function segmentApprovalsRequired(environment: LdEnvironment): boolean {
  const settings = environment.resourceApprovalSettings as
    | Record<string, { required?: unknown } | undefined>
    | undefined;
  return settings?.segment?.required === true;
}

export interface ApprovalBlock {
  /** `project/environment`. */
  environment: string;
  /** The segment changes there that need an approval, as `project/environment/key`. */
  segments: string[];
}

/**
 * The environments requiring segment approvals where the plan makes targeting changes the token may not bypass.
 * `mayBypass(resource)` answers for `proj/p:env/e:segment/s`. Environments that cannot be read are left out (the
 * first write then meets LaunchDarkly's own 403).
 */
export async function segmentApprovalBlocks(
  api: LaunchDarklyApi,
  changes: readonly PlannedChange[],
  mayBypass: (resource: string) => boolean,
): Promise<ApprovalBlock[]> {
  const gated = changes.filter(
    (change) =>
      change.resourceType === "segment" &&
      change.project !== undefined &&
      change.environment !== undefined &&
      change.operations.some(isTargetingOperation),
  );
  if (gated.length === 0) return [];
  const required = new Set<string>();
  for (const projectKey of new Set(gated.map((change) => change.project as string))) {
    let environments: LdEnvironment[];
    try {
      const project = await api.getProject(projectKey);
      if (project === undefined) continue;
      environments = await projectEnvironments(api, projectKey, project);
    } catch {
      continue;
    }
    for (const environment of environments)
      if (segmentApprovalsRequired(environment)) required.add(`${projectKey}/${environment.key}`);
  }
  const blocks = new Map<string, string[]>();
  for (const change of gated) {
    const environment = `${change.project}/${change.environment}`;
    if (!required.has(environment)) continue;
    if (mayBypass(`proj/${change.project}:env/${change.environment}:segment/${change.key}`)) continue;
    const list = blocks.get(environment) ?? [];
    list.push(resourceAddress(change));
    blocks.set(environment, list);
  }
  return [...blocks].map(([environment, segments]) => ({ environment, segments }));
}

export function approvalBlockMessage(
  tokenLabel: string,
  blocks: readonly ApprovalBlock[],
  permissionsKnown = true,
): string {
  const who = permissionsKnown
    ? `the token${tokenLabel} may not bypass it (bypassRequiredSegmentApproval)`
    : `whether the token${tokenLabel} may bypass it (bypassRequiredSegmentApproval) cannot be read, and creating these segments would leave them half-made if it may not`;
  return [
    ...blocks.flatMap((block) => [
      `Environment ${block.environment} requires approval for segment changes, and ${who}; LaunchDarkly would refuse these targeting changes with 403 "approval is required":`,
      ...block.segments.map((segment) => `  - segment ${segment}`),
    ]),
    "Nothing was written. Make these changes through an approval request in LaunchDarkly, or apply with a token whose role allows bypassRequiredSegmentApproval on these segments.",
  ].join("\n");
}
