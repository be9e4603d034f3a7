import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { LdSegment } from "../../src/launchdarkly/types.js";
import type { LiveState } from "../../src/live/live-state.js";
import { finding } from "../../src/model/finding.js";
import {
  resolveSegmentMatchWarnings,
  segmentMatchReference,
} from "../../src/plan/segment-match-references.js";
import type { PlannedChange } from "../../src/plan/types.js";
import { describeFinding } from "../../src/wording/finding-messages.js";

const warning = (key: string, scopes: string, line = 8): Diagnostic => ({
  file: "launchdarkly/a.yaml",
  line,
  column: 67,
  path: "/segments/0/rules/0/clauses/0/values/0",
  ...finding("segment.unknown-segment-match", { key, scopes: scopes.split(", ") }),
  severity: "warning",
});
const other: Diagnostic = {
  file: "launchdarkly/a.yaml",
  line: 19,
  column: 19,
  path: "/roles/0/policy/0/actions/0",
  ...finding("role.action-unknown", { action: "updateFrobnicate", types: ["segment"] }),
  severity: "warning",
};
const segment = (key: string, deleted = false) => ({ key, name: key, deleted }) as LdSegment;
const live = (segments: Record<string, LdSegment[]>): LiveState => ({
  segments: new Map(Object.entries(segments)),
  metrics: new Map(),
});
const noChanges = { changes: [] as PlannedChange[] };

describe("segmentMatch references, settled against LaunchDarkly", () => {
  it("reads validate's warning by its code and parameters, not its words", () => {
    expect(segmentMatchReference(warning("seg", "p/a, p/b"))).toEqual({
      key: "seg",
      scopes: ["p/a", "p/b"],
    });
    expect(segmentMatchReference(other)).toBeUndefined();
    expect(segmentMatchReference({ ...warning("seg", "p/a"), severity: "error" })).toBeUndefined();
    // The same words under another code are not a segmentMatch reference.
    const lookalike: Diagnostic = {
      ...warning("seg", "p/a"),
      ...finding("yaml.warning", { detail: describeFinding(warning("seg", "p/a")) }),
    };
    expect(segmentMatchReference(lookalike)).toBeUndefined();
  });

  it("settles a warning whose key and scopes hold the characters the old wording split on", () => {
    const odd = warning("seg`x", "p/a:b, p/c");
    expect(segmentMatchReference(odd)).toEqual({ key: "seg`x", scopes: ["p/a:b", "p/c"] });
    expect(resolveSegmentMatchWarnings([odd], live({ "p/a:b": [], "p/c": [] }), noChanges)).toMatchObject([
      {
        code: "segment.missing-segment-match",
        params: { key: "seg`x", missing: ["p/a:b", "p/c"], deleted: [] },
      },
    ]);
  });

  it("turns the warning into an error at the same place when the segment exists nowhere", () => {
    const result = resolveSegmentMatchWarnings(
      [warning("no-such-seg", "web-app/production"), other],
      live({ "web-app/production": [segment("live-only"), segment("no-such-seg", true)] }),
      noChanges,
    );
    const { file, line, column, path } = warning("no-such-seg", "web-app/production");
    expect(result).toEqual([
      {
        file,
        line,
        column,
        path,
        severity: "error",
        code: "segment.missing-segment-match",
        params: {
          key: "no-such-seg",
          missing: ["web-app/production"],
          deleted: [],
          prune: { name: "prune" },
        },
      },
      other,
    ]);
    expect(describeFinding(result[0]!)).toBe(
      "`segmentMatch` names segment `no-such-seg`, which exists neither in this repo nor in LaunchDarkly in web-app/production: apply would write a rule that matches no one. Declare the segment in the repo, create it in LaunchDarkly, or fix the key.",
    );
  });

  it("drops the warning when the segment exists in LaunchDarkly; keeps it for environments not read", () => {
    const state = live({ "web-app/production": [segment("live-only")] });
    expect(
      resolveSegmentMatchWarnings([warning("live-only", "web-app/production")], state, noChanges),
    ).toEqual([]);
    const unread = warning("live-only", "web-app/production, web-app/staging");
    expect(resolveSegmentMatchWarnings([unread], state, noChanges)).toEqual([unread]);
  });

  it("is an error when the only copy is one this plan deletes (--prune)", () => {
    const deletion: PlannedChange = {
      action: "delete",
      resourceType: "segment",
      project: "web-app",
      environment: "production",
      key: "live-only",
      name: "live-only",
      fields: [],
      operations: [{ kind: "deleteSegment" }],
    };
    const [result] = resolveSegmentMatchWarnings(
      [warning("live-only", "web-app/production")],
      live({ "web-app/production": [segment("live-only")] }),
      { changes: [deletion] },
    );
    expect(result?.severity).toBe("error");
    expect(describeFinding(result!)).toContain(
      "is not in this repo and this plan deletes it (--prune) in web-app/production",
    );
    expect(describeFinding(result!, { edge: "action" })).toContain(
      "this plan deletes it (the `prune: true` input) in web-app/production",
    );
  });
});
