// Executes a plan's operations with the real client, in order, as apply will (a test-only executor: the apply stage
// is built separately). A semantic patch that names rules created by the previous operation gets their ids from
// that operation's response.
import type { LaunchDarklyApi } from "../../../src/launchdarkly/api.js";
import type { LdSegment } from "../../../src/launchdarkly/types.js";
import { resolveRuleIdReferences } from "../../../src/plan/rule-references.js";
import type { Plan } from "../../../src/plan/types.js";

export async function executePlan(api: LaunchDarklyApi, plan: Plan): Promise<void> {
  for (const change of plan.changes) {
    const p = change.project ?? "";
    const e = change.environment ?? "";
    let previous: LdSegment | undefined;
    for (const op of change.operations) {
      switch (op.kind) {
        case "createSegment":
          previous = await api.createSegment(p, e, op.body);
          break;
        case "patchSegmentSemantic":
          previous = await api.patchSegmentSemantic(p, e, change.key, resolveRuleIdReferences(op, previous));
          break;
        case "patchSegmentJson":
          previous = await api.patchSegmentJson(p, e, change.key, op.patch);
          break;
        case "updateBigSegmentTargets":
          await api.updateBigSegmentTargets(p, e, change.key, op.update);
          break;
        case "deleteSegment":
          await api.deleteSegment(p, e, change.key);
          break;
        case "createMetric":
          await api.createMetric(p, op.body);
          break;
        case "patchMetric":
          await api.patchMetric(p, change.key, op.patch);
          break;
        case "deleteMetric":
          await api.deleteMetric(p, change.key);
          break;
        case "createRole":
          await api.createRole(op.body);
          break;
        case "patchRole":
          await api.patchRole(change.key, op.patch);
          break;
        case "deleteRole":
          await api.deleteRole(change.key);
          break;
      }
    }
  }
}
