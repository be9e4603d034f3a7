import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GitHubReport, renderReport, renderReportForSummary } from "../../src/action/github-report.js";
import { hasMarkerFor, parseMarker } from "../../src/action/markers.js";
import { planSection } from "../../src/action/report-sections.js";
import {
  compareWithReviewed,
  MAX_RECORD_LENGTH,
  parseRecordedPlan,
  type RecordedChange,
  type RecordedPlan,
  recordPlan,
  renderRecordedPlan,
} from "../../src/action/reviewed-plan.js";
import type { PlannedChange } from "../../src/plan/types.js";
import { planOf } from "../render/support/plan-of.js";

const LIMIT = 65_536;
const RUN_URL = "https://github.com/acme/flags/actions/runs/9";

const update = (key: string, after = "y".repeat(400)): PlannedChange => ({
  action: "update",
  resourceType: "segment",
  project: "web-app",
  environment: "production",
  key,
  name: key,
  fields: [{ path: "/description", before: "x".repeat(100), after }],
  operations: [{ kind: "patchSegmentSemantic", instructions: [{ kind: "updateDescription", value: after }] }],
  liveVersion: 2,
});

const manyChanges = (count: number) =>
  Array.from({ length: count }, (_, i) => update(`seg-${String(i).padStart(4, "0")}`));

function planReport(changes: PlannedChange[], extra: Partial<GitHubReport> = {}): GitHubReport {
  const plan = { ...planOf(changes), hash: "ab".repeat(32) };
  return {
    mode: "plan",
    path: "./launchdarkly/",
    hash: plan.hash,
    recordedPlan: recordPlan(plan),
    status: "planned",
    runUrl: RUN_URL,
    sha: "0123456789abcdef",
    sections: [planSection(plan, RUN_URL)],
    ...extra,
  };
}

describe("the report model", () => {
  it("starts with the marker, then one title and the status line; the summary has neither marker nor record", () => {
    const report = planReport([update("beta")]);
    const body = renderReport(report);
    const lines = body.split("\n");
    expect(lines[0]).toBe(`<!-- ld-gitops:plan path=launchdarkly hash=${"ab".repeat(32)} -->`);
    expect(lines[1]).toBe("### ld-gitops plan · `launchdarkly`");
    expect(lines[3]).toBe(
      `📋 **Planned** — merging applies these changes. · [workflow run](${RUN_URL}) · commit \`0123456\``,
    );
    expect(body.match(/### ld-gitops/g)).toHaveLength(1);
    expect(body).not.toMatch(/^## ld-gitops plan/m);
    expect(parseRecordedPlan(body)).toEqual(report.recordedPlan);
    const summary = renderReportForSummary(report);
    expect(summary).toBe(body.slice(body.indexOf("\n") + 1, body.indexOf("\n<!-- ld-gitops:plan-changes")));
    expect(summary).not.toContain("<!--");
  });

  it("fits a plan of thousands of changes into one GitHub comment, shortening the plan by whole resources", () => {
    const report = planReport(manyChanges(3000), {
      sections: ["Fixed text the reader must see.", ...planReport(manyChanges(3000)).sections],
    });
    const body = renderReport(report);
    expect(body.length).toBeLessThanOrEqual(LIMIT);
    expect(body.length).toBeGreaterThan(LIMIT - 4_000);
    expect(body).toContain("Fixed text the reader must see.");
    expect(body).toMatch(/\d+ more changes are not shown here/);
    expect(body).not.toContain("**Truncated**");
    expect(hasMarkerFor(body, "plan", "launchdarkly")).toBe(true);
    // The record is capped, and says how many changes the plan had.
    const recorded = parseRecordedPlan(body)!;
    expect(recorded.total).toBe(3000);
    expect(recorded.changes.length).toBeGreaterThan(100);
    expect(recorded.changes.length).toBeLessThan(3000);
    expect(recorded.changes[0]).toEqual(report.recordedPlan!.changes[0]);
    // The summary has more room and shows more of the plan.
    const summary = renderReportForSummary(report);
    expect((summary.match(/<details>/g) ?? []).length).toBeGreaterThan(
      (body.match(/<details>/g) ?? []).length,
    );
  });

  it("cuts fixed text that alone is too long at a line, closes open blocks, and keeps marker and record", () => {
    const huge = ["<details><summary>log</summary>", "", "```text", ...Array(20_000).fill("a line of log")];
    const report = planReport([update("beta")], { sections: [huge.join("\n")] });
    const body = renderReport(report);
    expect(body.length).toBeLessThanOrEqual(LIMIT);
    expect(body).toContain(
      `> **Truncated**: the full text is in the job summary of the [workflow run](${RUN_URL})`,
    );
    const beforeNotice = body.slice(0, body.indexOf("> **Truncated**"));
    expect((beforeNotice.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(beforeNotice).toContain("</details>");
    expect(parseMarker(body)?.hash).toBe("ab".repeat(32));
    expect(parseRecordedPlan(body)?.hash).toBe("ab".repeat(32));
  });

  it("keeps finding comments written by the previous version (marker with hash, no record)", () => {
    const previous = [
      `<!-- ld-gitops:plan path=launchdarkly hash=${"cd".repeat(32)} -->`,
      "### ld-gitops plan · `launchdarkly`",
      "",
      "📋 **Planned** — merging applies these changes.",
    ].join("\n");
    expect(hasMarkerFor(previous, "plan", "./launchdarkly")).toBe(true);
    expect(parseMarker(previous)?.hash).toBe("cd".repeat(32));
    expect(parseRecordedPlan(previous)).toBeUndefined();
    expect(hasMarkerFor("<!-- ld-gitops:drift path=launchdarkly -->\nold", "drift", "launchdarkly")).toBe(
      true,
    );
  });
});

describe("the recorded plan", () => {
  it("reads back what it wrote, and no resource key can end the hidden comment", () => {
    const plan = { ...planOf([update("a--b-->c"), update("d")]), hash: "ef".repeat(32) };
    const line = renderRecordedPlan(recordPlan(plan));
    expect(line.indexOf("-->")).toBe(line.length - 3);
    expect(parseRecordedPlan(`text\n${line}\n`)).toEqual(recordPlan(plan));
  });

  it("stays within its cap however many changes the plan has", () => {
    const plan = { ...planOf(manyChanges(5000)), hash: "ef".repeat(32) };
    const line = renderRecordedPlan(recordPlan(plan));
    expect(line.length).toBeLessThanOrEqual(MAX_RECORD_LENGTH + 60);
    expect(parseRecordedPlan(line)?.total).toBe(5000);
  });

  it("tells a change that would send other values from one that would send the same", () => {
    const reviewed = recordPlan(planOf([update("a", "one"), update("b")]));
    const now = recordPlan(planOf([update("a", "two"), update("b")]));
    const diff = compareWithReviewed(reviewed, now);
    expect(diff.changed.map((c) => c.now.address)).toEqual(["web-app/production/a"]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it("sorts every resource into exactly one of: unchanged, added, removed, changed", () => {
    const change = fc.record({
      action: fc.constantFrom("create", "update", "delete"),
      resourceType: fc.constant("segment"),
      address: fc.constantFrom("p/e/a", "p/e/b", "p/e/c", "p/e/d"),
      fingerprint: fc.constantFrom("1", "2"),
    }) as fc.Arbitrary<RecordedChange>;
    const plan = fc
      .uniqueArray(change, { selector: (c) => c.address, maxLength: 4 })
      .map((changes): RecordedPlan => ({ hash: "h", total: changes.length, changes }));
    fc.assert(
      fc.property(plan, plan, (reviewed, now) => {
        const diff = compareWithReviewed(reviewed, now);
        const same = now.changes.filter((c) =>
          reviewed.changes.some(
            (r) => r.address === c.address && r.action === c.action && r.fingerprint === c.fingerprint,
          ),
        );
        expect(same.length + diff.added.length + diff.changed.length).toBe(now.changes.length);
        expect(diff.removed.length + diff.changed.length + same.length).toBe(reviewed.changes.length);
        expect(compareWithReviewed(now, now)).toEqual({
          added: [],
          removed: [],
          changed: [],
          reviewedIncomplete: false,
        });
      }),
    );
  });
});
