import { describe, expect, it } from "vitest";
import {
  attributeFromAuditLog,
  describeActor,
  isToolWrite,
  toolTokenIds,
} from "../../src/drift/attribution.js";
import type { DriftedResource, DriftReport } from "../../src/drift/drift-report.js";
import type { LdAuditLogEntry } from "../../src/launchdarkly/types.js";
import { PLAN_FORMAT_VERSION, type PlannedChange } from "../../src/plan/types.js";
import { renderDriftMarkdown } from "../../src/render/drift-markdown.js";
import { renderDriftText } from "../../src/render/drift-text.js";

function entry(date: number, fields: Partial<LdAuditLogEntry> = {}): LdAuditLogEntry {
  return {
    _id: `e${date}`,
    date,
    kind: "segment",
    name: "Beta users",
    description: `change at ${date}`,
    shortDescription: `short ${date}`,
    ...fields,
  };
}

const ada = { member: { email: "ada@example.com", firstName: "Ada", lastName: "Lovelace" } };
const tool = {
  comment: "ld-gitops 0.1.0: https://github.com/acme/flags/pull/7",
  token: { _id: "t-ci", name: "gitops" },
};
/** A write LaunchDarkly takes no comment for (a create, a metric patch), made with the tool's token. */
const toolWithoutComment = { token: { _id: "t-ci", name: "gitops" } };

describe("drift attribution", () => {
  it("blames the newest change made after ld-gitops last wrote the resource", () => {
    const result = attributeFromAuditLog([
      entry(400, { token: { name: "ci-bot" } }),
      entry(300, ada),
      entry(200, tool),
      entry(100, { member: { email: "old@example.com" } }),
    ]);
    expect(result).toEqual({
      source: "outside",
      changedAt: 400,
      changedBy: 'token "ci-bot"',
      description: "short 400",
      outOfBandChanges: 2,
      lastToolWriteAt: 200,
    });
  });

  it("does not depend on the order the log is returned in", () => {
    const result = attributeFromAuditLog([entry(200, tool), entry(300, { ...ada, comment: "hotfix" })]);
    expect(result).toMatchObject({
      changedAt: 300,
      changedBy: "Ada Lovelace <ada@example.com>",
      comment: "hotfix",
    });
  });

  it("finds nothing when ld-gitops made the newest change", () => {
    expect(attributeFromAuditLog([entry(300, tool), entry(200, ada)])).toBeUndefined();
    expect(attributeFromAuditLog([])).toBeUndefined();
  });

  it("counts every entry when ld-gitops never wrote the resource (within the fetched page)", () => {
    expect(attributeFromAuditLog([entry(2, ada), entry(1, ada)])).toMatchObject({
      outOfBandChanges: 2,
      changedAt: 2,
    });
  });

  it("recognises ld-gitops comments and describes actors", () => {
    expect(isToolWrite({ comment: "  LD-GITOPS apply" })).toBe(true);
    expect(isToolWrite({ comment: "not ld-gitops" })).toBe(false);
    expect(isToolWrite({})).toBe(false);
    expect(describeActor(entry(1, { member: { email: "x@example.com" } }))).toBe("x@example.com");
    expect(describeActor(entry(1, { app: { name: "Slack" } }))).toBe('app "Slack"');
    expect(describeActor(entry(1))).toBe("unknown actor");
  });

  it("recognises the tool's comment-less writes by the token that wrote its commented ones", () => {
    const segmentLog = [entry(100, tool)];
    const metricLog = [entry(300, ada), entry(200, toolWithoutComment)];
    const tokens = toolTokenIds([...segmentLog, ...metricLog]);
    expect(tokens).toEqual(new Set(["t-ci"]));
    expect(isToolWrite(metricLog[1]!, tokens)).toBe(true);
    expect(attributeFromAuditLog(metricLog, tokens)).toMatchObject({
      source: "outside",
      changedAt: 300,
      outOfBandChanges: 1,
      lastToolWriteAt: 200,
    });
    // A commented entry by the same token that is not the tool's stays someone else's change.
    expect(isToolWrite(entry(1, { comment: "manual", token: { _id: "t-ci" } }), tokens)).toBe(false);
    // Without knowing the tool's token, the comment-less write counts as outside the tool.
    expect(attributeFromAuditLog(metricLog, new Set())).toMatchObject({ outOfBandChanges: 2 });
  });

  it("says the tool's token made the change when its comment-less writes are all the log shows since its last commented one", () => {
    // QA: a metric PATCH and a segment DELETE made with the apply token were reported as "no change outside".
    const log = [entry(100, tool), entry(300, { ...toolWithoutComment, shortDescription: "renamed metric" })];
    const tokens = toolTokenIds(log);
    expect(attributeFromAuditLog(log, tokens)).toEqual({
      source: "tool-token",
      changedAt: 300,
      changedBy: 'token "gitops"',
      description: "renamed metric",
      outOfBandChanges: 1,
      lastToolWriteAt: 100,
    });
    // Comment-less writes before the last commented one are explained by it.
    expect(attributeFromAuditLog([entry(300, tool), entry(200, toolWithoutComment)], tokens)).toBeUndefined();
    // Someone else's change still wins.
    expect(attributeFromAuditLog([...log, entry(350, ada)], tokens)).toMatchObject({
      source: "outside",
      changedBy: "Ada Lovelace <ada@example.com>",
    });
  });
});

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
    version: PLAN_FORMAT_VERSION,
    summary: { create: 0, update: 1, delete: 0, unchanged: 0, adopt: 0 },
    changes: [change],
    unmanaged: [],
    warnings: [],
    hash: "0".repeat(64),
    prune: false,
    marker: "managed-by-ld-gitops",
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
      'last changed by token "gitops" (with the token ld-gitops uses, without an ld-gitops comment): renamed metric at 2024-05-01T12:00:00Z (and 1 earlier change since ld-gitops last wrote it)',
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

  it("words a hand edit made with the tool's token the same for a segment (with a comment) and a metric (none)", () => {
    // LaunchDarkly takes a comment on a segment's semantic patch but none on a metric's JSON Patch.
    const segment = attributeFromAuditLog([
      entry(300, { ...toolWithoutComment, comment: "user-2381 asked to leave" }),
      entry(200, tool),
    ]);
    const metric = attributeFromAuditLog([entry(300, toolWithoutComment), entry(200, tool)]);
    expect(segment?.viaToolToken).toBe(true);
    const wording = (attribution: typeof segment) =>
      renderDriftText(drifted({ attribution: attribution! }))
        .split("\n")
        .find((line) => line.includes("last changed by"))
        ?.replace(/ — comment: .*/, "")
        .trim();
    expect(wording(segment)).toBe(
      'last changed by token "gitops" (with the token ld-gitops uses, without an ld-gitops comment): short 300 at 1970-01-01T00:00:00.300Z',
    );
    expect(wording(metric)).toBe(wording(segment));
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
        version: PLAN_FORMAT_VERSION,
        summary: { create: 0, update: 1, delete: 0, unchanged: 0, adopt: 0 },
        changes: [],
        unmanaged: [],
        warnings: [],
        hash: "0".repeat(64),
        prune: false,
        marker: "managed-by-ld-gitops",
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
