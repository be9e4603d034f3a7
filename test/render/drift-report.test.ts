import { describe, expect, it } from "vitest";
import type { DriftedResource, DriftReport } from "../../src/drift/drift-report.js";
import type { PlannedChange } from "../../src/plan/types.js";
import { renderDriftMarkdown } from "../../src/render/drift-markdown.js";
import { renderDriftText } from "../../src/render/drift-text.js";

function drifted(fields: Partial<DriftedResource> = {}): DriftReport {
  const change: PlannedChange = {
    action: "update",
    resourceType: "metric",
    project: "web-app",
    key: "checkout",
    name: "Checkout",
    fields: [{ path: "/name", before: "Renamed", after: "Checkout" }],
    operations: [{ kind: "patchMetric", patch: [] }],
  };
  const plan = {
    version: 1,
    summary: { create: 0, update: 1, delete: 0, unchanged: 0 },
    changes: [change],
    unmanaged: [],
    warnings: [],
    hash: "0".repeat(64),
    prune: false,
  } as const;
  return {
    hasDrift: true,
    plan: { ...plan, changes: [change], unmanaged: [], warnings: [] },
    resources: [{ change, specifier: "proj/web-app:metric/checkout", ...fields }],
  };
}

describe("drift report wording", () => {
  it("says when the tool's token made the change, and shows the audit comment (escaped in Markdown)", () => {
    const byToken = drifted({
      attribution: {
        source: "tool-token",
        changedAt: Date.UTC(2024, 4, 1, 12),
        changedBy: 'token "gitops"',
        description: "renamed metric",
        outOfBandChanges: 2,
      },
    });
    expect(renderDriftText(byToken)).toContain(
      'changed by the token ld-gitops uses (token "gitops"), without an ld-gitops comment: renamed metric at 2024-05-01T12:00:00Z (+1 earlier)',
    );
    expect(renderDriftText(byToken)).not.toContain("no change outside");
    expect(renderDriftMarkdown(byToken)).toContain("the token ld-gitops uses");

    const commented = drifted({
      attribution: {
        source: "outside",
        changedAt: Date.UTC(2024, 4, 1, 12),
        changedBy: "Ada",
        description: "renamed metric",
        comment: "hotfix <b>|[x](y) @team",
        outOfBandChanges: 1,
      },
    });
    expect(renderDriftText(commented)).toContain(
      'last changed by Ada: renamed metric at 2024-05-01T12:00:00Z — comment: "hotfix <b>|[x](y) @team"',
    );
    const markdown = renderDriftMarkdown(commented);
    expect(markdown).toContain("— comment: “hotfix &lt;b&gt;&#124;&#91;x&#93;(y) @\u200dteam”");
    expect(markdown).not.toContain("<b>");
    // Each table row still has its 5 cells: the comment's `|` did not add one.
    const row = markdown.split("\n").find((line) => line.includes("comment:")) ?? "";
    expect(row.replace(/\\\|/g, "").split("|").length).toBe(7);
  });

  it("says no audit-log entry explains the drift when the log shows nothing", () => {
    expect(renderDriftText(drifted())).toContain("no audit-log entry explains it");
    expect(renderDriftMarkdown(drifted())).toContain("no audit-log entry explains it");
    expect(renderDriftText(drifted())).not.toContain("no change outside");
  });
});

describe("drift Markdown escapes what comes from LaunchDarkly's audit log", () => {
  it("cannot inject HTML, links or @mentions through a member's name or an entry's description", async () => {
    const { renderDriftMarkdown } = await import("../../src/render/drift-markdown.js");
    const markdown = renderDriftMarkdown({
      hasDrift: true,
      plan: {
        version: 1,
        summary: { create: 0, update: 1, delete: 0, unchanged: 0 },
        changes: [],
        unmanaged: [],
        warnings: [],
        hash: "0".repeat(64),
        prune: false,
      },
      resources: [
        {
          change: {
            action: "update",
            resourceType: "role",
            key: "r",
            name: "R",
            fields: [{ path: "/name" }],
            operations: [],
          },
          specifier: "role/r",
          attribution: {
            changedAt: 0,
            changedBy: "Eve <img src=x onerror=alert(1)> @org/admins",
            description: "Updated [the role](https://evil.example) </details>",
            outOfBandChanges: 1,
            source: "outside",
          },
        },
      ],
    } as never);
    expect(markdown).not.toContain("<img");
    expect(markdown).not.toContain("</details>");
    expect(markdown).not.toContain("[the role](");
    expect(markdown).not.toMatch(/@org/);
    expect(markdown).toContain("Eve &lt;img");
  });
});
