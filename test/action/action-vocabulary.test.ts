// The Action's comments and summaries name its inputs where the core stages' advice names CLI options.
import { describe, expect, it } from "vitest";
import { inActionTerms } from "../../src/action/action-vocabulary.js";

describe("inActionTerms", () => {
  it("names the prune input for the --prune option, with or without code marks", () => {
    expect(inActionTerms("left in LaunchDarkly; plan with --prune to delete them.")).toBe(
      "left in LaunchDarkly; plan with the `prune: true` input to delete them.",
    );
    expect(inActionTerms("(1 managed by ld-gitops: plan with `--prune` to delete them)")).toBe(
      "(1 managed by ld-gitops: plan with the `prune: true` input to delete them)",
    );
  });

  it("names the delete-threshold input with the value the message suggests", () => {
    expect(
      inActionTerms(
        "raise the limit with --delete-threshold (e.g. --delete-threshold 50 or --delete-threshold 100%).",
      ),
    ).toBe(
      "raise the limit with the `delete-threshold` input (e.g. `delete-threshold: 50` or `delete-threshold: 100%`).",
    );
    expect(inActionTerms("allow this plan with --delete-threshold 3,100%.")).toBe(
      "allow this plan with `delete-threshold: 3,100%`.",
    );
  });

  it("leaves other text alone", () => {
    const text = "--pruned, --prune-all and a-- b stay; so does `prune: true`.";
    expect(inActionTerms(text)).toBe(text);
  });
});
