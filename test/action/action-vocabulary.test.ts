// The Action's comments and summaries name its inputs where the CLI names its options: the findings carry the
// setting, and the edge words it.
import { describe, expect, it } from "vitest";
import { actionErrorMessage } from "../../src/action/action-vocabulary.js";
import { finding } from "../../src/model/finding.js";
import { checkDeleteThreshold, DeleteThresholdError } from "../../src/plan/delete-threshold.js";
import { describeFinding, nameSetting } from "../../src/wording/finding-messages.js";

function thresholdError(): DeleteThresholdError {
  try {
    checkDeleteThreshold(3, 3, { maxCount: 1, maxPercent: 50 });
  } catch (error) {
    if (error instanceof DeleteThresholdError) return error;
    throw error;
  }
  throw new Error("expected the threshold to refuse the plan");
}

describe("settings named at the edge", () => {
  it("names the prune input for the --prune option", () => {
    const leftAlone = finding("plan.owned-left-alone", { count: 2, prune: { name: "prune" } });
    expect(describeFinding(leftAlone)).toContain("left in LaunchDarkly; plan with --prune to delete them.");
    expect(describeFinding(leftAlone, { edge: "action" })).toContain(
      "left in LaunchDarkly; plan with the `prune: true` input to delete them.",
    );
    expect(describeFinding(leftAlone, { edge: "action" })).not.toContain("--prune");
  });

  it("names the delete-threshold input with the value the finding suggests", () => {
    expect(nameSetting({ name: "delete-threshold" }, "action")).toBe("the `delete-threshold` input");
    expect(nameSetting({ name: "delete-threshold", value: "50" }, "action")).toBe("`delete-threshold: 50`");
    expect(nameSetting({ name: "delete-threshold", value: "100%" }, "cli")).toBe("--delete-threshold 100%");
    const error = thresholdError();
    expect(error.message).toContain("allow this plan with --delete-threshold 3,100%.");
    expect(actionErrorMessage(error)).toContain("allow this plan with `delete-threshold: 3,100%`.");
    expect(actionErrorMessage(error)).not.toContain("--delete-threshold");
  });

  it("leaves other errors' messages alone", () => {
    const text = "--pruned, --prune-all and a-- b stay; so does `prune: true`.";
    expect(actionErrorMessage(new Error(text))).toBe(text);
  });
});
