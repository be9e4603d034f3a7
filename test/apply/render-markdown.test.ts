import { describe, expect, it } from "vitest";
import { APPLY_COMMENT_MARKER, renderApplyReportMarkdown } from "../../src/apply/render-markdown.js";
import type { ApplyReport } from "../../src/apply/types.js";

const report: ApplyReport = {
  ok: true,
  planHash: "0123456789abcdef",
  summary: { applied: 1, failed: 0, conflict: 0, notAttempted: 0 },
  resources: [
    {
      resourceType: "role",
      action: "create",
      key: "ops",
      name: "Ops",
      status: "applied",
      operations: 1,
      operationsApplied: 1,
      durationMs: 3,
    },
  ],
  comment: "ld-gitops 0.1.0: apply",
  durationMs: 10,
};

describe("apply report Markdown", () => {
  it("leaves out its marker and heading on request, and nothing else", () => {
    const full = renderApplyReportMarkdown(report);
    const bare = renderApplyReportMarkdown(report, { omitHeading: true });
    expect(full).toBe(`${APPLY_COMMENT_MARKER}\n### ✅ ld-gitops apply\n\n${bare}`);
    expect(bare.startsWith("**Apply: 1 of 1 applied.**\n")).toBe(true);
  });

  it("encodes parentheses in the run link", () => {
    expect(renderApplyReportMarkdown(report, { runUrl: "https://x.example/run(1) x" })).toContain(
      "[workflow run](https://x.example/run%281%29%20x)",
    );
  });
});
