import { describe, expect, it } from "vitest";
import type { ApplyReport } from "../../src/apply/types.js";
import { renderApplyReportMarkdown } from "../../src/render/apply-report-markdown.js";
import { renderApplyReportText } from "../../src/render/apply-report-text.js";
import { renderApplyReportJson } from "../../src/render/json.js";

describe("report rendering", () => {
  const report: ApplyReport = {
    ok: false,
    planHash: "0123456789abcdef",
    summary: { applied: 1, failed: 1, conflict: 0, notAttempted: 1 },
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
      {
        resourceType: "segment",
        action: "update",
        project: "p",
        environment: "e",
        key: "s",
        name: "S",
        status: "failed",
        operations: 2,
        operationsApplied: 1,
        message: "PATCH /api/v2/segments/p/e/s failed (400 invalid_request): bad <b>value</b> | @admin",
        httpStatus: 400,
        durationMs: 5,
      },
      {
        resourceType: "metric",
        action: "delete",
        project: "p",
        key: "m",
        name: "M",
        status: "not attempted",
        operations: 1,
        operationsApplied: 0,
        message: "not attempted: apply stopped",
        durationMs: 0,
      },
    ],
    comment: "ld-gitops 0.1.0: apply",
    durationMs: 10,
  };

  it("renders text with a line per resource and the headline last", () => {
    const text = renderApplyReportText(report);
    expect(text).toContain("✗ failed        update segment p/e/s  (1/2 operations)");
    expect(text.trim().split("\n").at(-1)).toBe("Apply: 1 of 3 applied, 1 failed, 1 not attempted.");
  });

  it("escapes LaunchDarkly's messages in Markdown", () => {
    const markdown = renderApplyReportMarkdown(report);
    expect(markdown.startsWith("**Apply: 1 of 3 applied")).toBe(true);
    expect(markdown).not.toContain("<b>");
    expect(markdown).toContain("&lt;b&gt;value&lt;/b&gt; &#124; @\u200dadmin");
  });

  // A run where everything went through: the first resource of `report` alone.
  const succeeded: ApplyReport = {
    ...report,
    ok: true,
    summary: { applied: 1, failed: 0, conflict: 0, notAttempted: 0 },
    resources: report.resources.slice(0, 1),
  };

  it("has no marker or heading of its own: the Action's comment frames it", () => {
    const markdown = renderApplyReportMarkdown(succeeded);
    expect(markdown.startsWith("**Apply: 1 of 1 applied.**\n")).toBe(true);
    expect(markdown).not.toContain("<!--");
  });

  it("encodes parentheses in the run link", () => {
    expect(renderApplyReportMarkdown(succeeded, { runUrl: "https://x.example/run(1) x" })).toContain(
      "[workflow run](https://x.example/run%281%29%20x)",
    );
  });

  it("renders non-convergence with the fields", () => {
    const diverged: ApplyReport = {
      ...report,
      resources: [],
      summary: { applied: 0, failed: 0, conflict: 0, notAttempted: 0 },
      convergence: {
        converged: false,
        remaining: [
          {
            resourceType: "segment",
            action: "update",
            project: "p",
            environment: "e",
            key: "s",
            fields: [{ path: "/rules/0", before: 1, after: 2 }],
          },
        ],
      },
    };
    expect(renderApplyReportText(diverged)).toContain("~ update segment p/e/s: rules.0");
    expect(renderApplyReportText(diverged)).toContain(
      "Did not converge: 1 resource still differs from the repository after applying.",
    );
    expect(renderApplyReportMarkdown(diverged)).toContain(
      "Did not converge: 1 resource still differs from the repository after applying.",
    );
    expect(renderApplyReportText(diverged)).toContain("this is a bug in ld-gitops");
    expect(JSON.parse(renderApplyReportJson(diverged))).toEqual(diverged);
  });
});
