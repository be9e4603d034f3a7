// The pure parts of apply: ordering, target batching, conflict checks, saved-plan comparison, audit comment, reports.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveRunUrl } from "../../src/action/run-url.js";
import { applyPlan } from "../../src/apply/apply-plan.js";
import { buildAuditComment, resolveCommitSha } from "../../src/apply/audit-comment.js";
import { segmentConflict } from "../../src/apply/conflict-check.js";
import { describeFailure } from "../../src/apply/execute-change.js";
import { deleteDependencies, segmentMatchKeys, writeDependencies } from "../../src/apply/execution-order.js";
import { gitPathOf } from "../../src/apply/git-info.js";
import { holdsPatchResult } from "../../src/apply/own-write.js";
import { explainPlanSource, type PlanSource, parsePlanSource } from "../../src/apply/plan-source.js";
import { describePlanDifference } from "../../src/apply/saved-plan.js";
import {
  assertTargetRequestsWithinLimit,
  oversizedTargetRequests,
  TargetLimitError,
} from "../../src/apply/target-batches.js";
import { hasToolComment } from "../../src/drift/attribution.js";
import type { LaunchDarklyApi } from "../../src/launchdarkly/api.js";
import { LaunchDarklyError } from "../../src/launchdarkly/errors.js";
import { countTargetOperations } from "../../src/launchdarkly/segment-instructions.js";
import type { LdMetric, LdRole, LdSegment, SemanticPatchInstruction } from "../../src/launchdarkly/types.js";
import { planHash } from "../../src/plan/plan-desired-state.js";
import { beforeValueTests } from "../../src/plan/resource-plan.js";
import { targetInstructionBatches } from "../../src/plan/segment-targets.js";
import { PLAN_FORMAT_VERSION, type Plan, type PlannedChange } from "../../src/plan/types.js";

function segmentChange(key: string, action: PlannedChange["action"], matches: string[] = []): PlannedChange {
  const operations: PlannedChange["operations"] =
    action === "delete"
      ? [{ kind: "deleteSegment" }]
      : [
          { kind: "createSegment", body: { key, name: key } },
          ...(matches.length > 0
            ? [
                {
                  kind: "patchSegmentSemantic" as const,
                  instructions: [
                    {
                      kind: "addRule",
                      clauses: [{ attribute: "segmentMatch", op: "segmentMatch", values: matches }],
                    },
                  ],
                },
              ]
            : []),
        ];
  return {
    action,
    resourceType: "segment",
    project: "p",
    environment: "e",
    key,
    name: key,
    fields: [],
    operations,
  };
}

function liveSegment(key: string, matches: string[] = [], version = 1): LdSegment {
  return {
    key,
    name: key,
    tags: [],
    creationDate: 0,
    lastModifiedDate: 0,
    rules:
      matches.length > 0
        ? [{ clauses: [{ attribute: "segmentMatch", op: "segmentMatch", values: matches, negate: false }] }]
        : [],
    version,
    deleted: false,
    generation: 1,
    _links: {},
  };
}

function plan(changes: PlannedChange[]): Plan {
  return {
    version: PLAN_FORMAT_VERSION,
    summary: { create: 0, update: 0, delete: 0, unchanged: 0, adopt: 0 },
    changes,
    unmanaged: [],
    warnings: [],
    hash: planHash(changes),
    prune: false,
    marker: "managed-by-ld-gitops",
  };
}

describe("execution order", () => {
  it("finds segmentMatch keys anywhere in operations", () => {
    expect([...segmentMatchKeys(segmentChange("x", "create", ["a", "b"]).operations)]).toEqual(["a", "b"]);
  });

  it("makes a segment wait for the segments it matches on, and breaks cycles", () => {
    const changes = [
      segmentChange("a", "create", ["b"]),
      segmentChange("b", "create", ["c"]),
      segmentChange("c", "create"),
    ];
    expect(writeDependencies(changes)).toEqual([[1], [2], []]);
    const cycle = [segmentChange("a", "create", ["b"]), segmentChange("b", "create", ["a"])];
    const deps = writeDependencies(cycle);
    expect(deps.flat()).toHaveLength(1);
  });

  it("deletes a segment only after the deleted segments that match on it", () => {
    const deletes = [segmentChange("base", "delete"), segmentChange("user", "delete")];
    expect(deleteDependencies(deletes, [liveSegment("base"), liveSegment("user", ["base"])])).toEqual([
      [1],
      [],
    ]);
  });
});

describe("target batches", () => {
  const semanticChange = (instructions: SemanticPatchInstruction[]): PlannedChange => ({
    ...segmentChange("s", "update"),
    operations: [{ kind: "patchSegmentSemantic", instructions }],
  });

  it("accepts a request within the limit as it is and refuses, before any write, one over it", () => {
    const small = [
      { kind: "updateName", value: "x" },
      { kind: "addIncludedTargets", contextKind: "user", values: ["a", "b"] },
    ];
    expect(countTargetOperations(small)).toBe(2);
    expect(oversizedTargetRequests([semanticChange(small)], 2)).toEqual([]);
    expect(() => assertTargetRequestsWithinLimit({ changes: [semanticChange(small)] }, 2)).not.toThrow();
    const big = [
      { kind: "updateName", value: "x" },
      { kind: "removeIncludedTargets", contextKind: "user", values: ["a", "b", "c"] },
      { kind: "addExcludedTargets", contextKind: "user", values: ["a", "b"] },
    ];
    expect(countTargetOperations(big)).toBe(5);
    expect(oversizedTargetRequests([semanticChange(big)], 2)).toEqual([
      "segment p/e/s, operation 1: 5 target operations",
    ]);
    expect(() => assertTargetRequestsWithinLimit({ changes: [semanticChange(big)] }, 2)).toThrow(
      TargetLimitError,
    );
    expect(() => assertTargetRequestsWithinLimit({ changes: [semanticChange(big)] }, 2)).toThrow(
      /more than 2 target operations[\s\S]*Nothing was written/,
    );
  });

  it("accepts the requests plan cuts the same target changes into: at most the limit each, in order", () => {
    const requests = targetInstructionBatches(
      [
        { list: "included", contextKind: "user", added: [], removed: ["a", "b", "c"] },
        { list: "excluded", contextKind: "user", added: ["a", "b"], removed: [] },
      ],
      2,
    );
    expect(requests.map(countTargetOperations)).toEqual([2, 2, 1]);
    expect(requests[0]?.[0]).toEqual({
      kind: "removeIncludedTargets",
      contextKind: "user",
      values: ["a", "b"],
    });
    expect(
      requests
        .flat()
        .filter((instruction) => instruction.kind === "addExcludedTargets")
        .flatMap((i) => i.values as string[]),
    ).toEqual(["a", "b"]);
    expect(oversizedTargetRequests(requests.map(semanticChange), 2)).toEqual([]);
  });

  it("apply refuses a plan with a request over 1,500 target operations before any request", async () => {
    const calls: string[] = [];
    const api = new Proxy(
      {},
      {
        get: (_, name) => () => {
          calls.push(String(name));
          throw new Error("no request expected");
        },
      },
    ) as unknown as LaunchDarklyApi;
    const values = Array.from({ length: 1_501 }, (_, index) => `u${index}`);
    const oversized = semanticChange([{ kind: "addIncludedTargets", contextKind: "user", values }]);
    await expect(applyPlan({ plan: plan([oversized]), api, comment: "" })).rejects.toThrow(TargetLimitError);
    expect(calls).toEqual([]);
  });

  it("counts only the target instructions the limit applies to", () => {
    expect(
      countTargetOperations([
        { kind: "addTags", values: ["a", "b"] },
        { kind: "addBigSegmentIncludedTargets", values: ["a", "b"] },
        { kind: "addIncludedUsers", values: ["u"] },
      ]),
    ).toBe(1);
  });
});

describe("failure messages", () => {
  it("are the client's error message (request, answer, LaunchDarkly's words, hint) with the HTTP status", () => {
    const error = new LaunchDarklyError({
      status: 400,
      code: "invalid_request",
      ldMessage: "bad value",
      method: "PATCH",
      path: "/api/v2/segments/p/e/s",
      operationId: "patchSegment",
      hint: "fix it",
    });
    expect(describeFailure(error)).toEqual({
      message: "LaunchDarkly PATCH /api/v2/segments/p/e/s failed (400 invalid_request): bad value. fix it",
      httpStatus: 400,
    });
    const unanswered = new LaunchDarklyError({
      status: undefined,
      code: "timeout",
      method: "POST",
      path: "/api/v2/roles",
      operationId: "postCustomRole",
      hint: "may or may not have applied",
      outcomeUnknown: true,
    });
    expect(describeFailure(unanswered)).toEqual({
      message: "LaunchDarkly POST /api/v2/roles failed (timeout). may or may not have applied",
    });
    expect(describeFailure(new Error("boom"))).toEqual({ message: "boom" });
  });
});

describe("conflict checks", () => {
  it("compares segment versions", () => {
    expect(segmentConflict(liveSegment("s", [], 4), 4)).toBeUndefined();
    expect(segmentConflict(liveSegment("s", [], 5), 4)).toMatch(/version 4 at plan time, now 5/);
    expect(segmentConflict(undefined, 4)).toMatch(/deleted/);
  });

  it("tests a role's before-values only for the fields a patch replaces or removes", () => {
    const live = { key: "r", name: "Ops", policy: [], _id: "1", _links: {} } as unknown as LdRole;
    expect(
      beforeValueTests(live, [
        { op: "replace", path: "/name", value: "Operations" },
        { op: "add", path: "/description", value: "d" },
        { op: "remove", path: "/policy" },
      ]),
    ).toEqual([
      { op: "test", path: "/name", value: "Ops" },
      { op: "test", path: "/policy", value: [] },
    ]);
  });
});

describe("recognising apply's own write after a lost answer", () => {
  const metricLive = { key: "m", name: "New", tags: ["a"], _version: 4 } as unknown as LdMetric;

  it("is true when LaunchDarkly holds every value the patch writes, whatever its tests say", () => {
    const patch = [
      { op: "test" as const, path: "/_version", value: 3 },
      { op: "replace" as const, path: "/name", value: "New" },
      { op: "remove" as const, path: "/description" },
    ];
    expect(holdsPatchResult(metricLive, patch)).toBe(true);
    expect(holdsPatchResult({ ...metricLive, name: "Someone else's" }, patch)).toBe(false);
  });

  it("ignores the ids LaunchDarkly gives new rules and clauses", () => {
    const clause = { attribute: "email", op: "in", values: ["a"], contextKind: "user", negate: false };
    const stored = { version: 3, rules: [{ _id: "r1", clauses: [{ _id: "c1", ...clause }] }] };
    expect(
      holdsPatchResult(stored, [{ op: "replace", path: "/rules", value: [{ clauses: [clause] }] }]),
    ).toBe(true);
    expect(holdsPatchResult(stored, [{ op: "replace", path: "/rules", value: [] }])).toBe(false);
  });
});

describe("saved plans", () => {
  it("shows which resources differ", () => {
    const saved = plan([segmentChange("a", "create"), segmentChange("b", "create")]);
    expect(describePlanDifference(saved, saved)).toBeUndefined();
    const changedB = { ...segmentChange("b", "create"), fields: [{ path: "/name", after: "B" }] };
    const fresh = plan([changedB, segmentChange("c", "create")]);
    expect(describePlanDifference(saved, fresh)).toEqual([
      "- saved plan only: create segment p/e/a",
      "~ differs now: create segment p/e/b (/name)",
      "+ new plan only: create segment p/e/c",
    ]);
  });
});

describe("audit comment", () => {
  it("names the tool, the commit and the URL, and never a token", () => {
    expect(buildAuditComment({ sha: "abc123", url: "https://github.com/o/r/pull/1" })).toBe(
      "ld-gitops 0.1.0: apply of commit abc123 (https://github.com/o/r/pull/1)",
    );
    expect(
      buildAuditComment({ url: "https://x.invalid/?t=api-0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9" }),
    ).not.toContain("api-0a1b");
    // Outside a git checkout, GITHUB_SHA.
    expect(resolveCommitSha({ GITHUB_SHA: "feedbeef" }, tmpdir())).toBe("feedbeef");
    expect(
      resolveRunUrl({
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_REPOSITORY: "o/r",
        GITHUB_RUN_ID: "9",
      }),
    ).toBe("https://github.com/o/r/actions/runs/9");
  });
});

describe("audit comment without git or a run", () => {
  it("is a whole sentence that drift still recognises as the tool's", () => {
    const comment = buildAuditComment({});
    expect(comment).toBe("ld-gitops 0.1.0: apply (no commit or run URL known)");
    expect(hasToolComment({ comment })).toBe(true);
    expect(buildAuditComment({ sha: "abc123" })).toBe("ld-gitops 0.1.0: apply of commit abc123");
  });

  it("reads the commit from the config directory's repository, not the current directory's", () => {
    const repo = mkdtempSync(join(tmpdir(), "ld-gitops-git-"));
    try {
      const git = (...args: string[]) =>
        execFileSync("git", ["-C", repo, "-c", "user.email=qa@example.com", "-c", "user.name=QA", ...args], {
          encoding: "utf8",
        }).trim();
      git("init", "-q");
      mkdirSync(join(repo, "launchdarkly"));
      writeFileSync(join(repo, "launchdarkly", "a.yaml"), "segments: []\n");
      git("add", ".");
      git("commit", "-q", "-m", "config");
      const head = git("rev-parse", "HEAD");
      expect(resolveCommitSha({ GITHUB_SHA: "feedbeef" }, join(repo, "launchdarkly"))).toBe(head);
      expect(gitPathOf(join(repo, "launchdarkly"))).toBe("launchdarkly/");
      expect(gitPathOf(repo)).toBe("./");
      expect(gitPathOf(tmpdir())).toBeUndefined();
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe("plan source", () => {
  const saved: PlanSource = { dir: "launchdarkly", repositoryPath: "launchdarkly/", commit: "abc1234def" };
  it("explains a saved plan's origin against this run", () => {
    expect(explainPlanSource(saved, { ...saved, commit: "0123456789" })).toBe(
      "this plan was made from `launchdarkly/` at commit abc1234; the repository is now at commit 0123456",
    );
    expect(explainPlanSource(saved, { dir: "other", repositoryPath: "other/", commit: "abc1234def" })).toBe(
      "this plan was made from `launchdarkly/` at commit abc1234; this apply reads `other/` at commit abc1234",
    );
    expect(explainPlanSource(saved, saved)).toBe(
      "this plan was made from `launchdarkly/` at commit abc1234, the same commit as now: the files changed without a commit, or LaunchDarkly changed",
    );
    expect(explainPlanSource(undefined, saved)).toMatch(/does not say which directory or commit/);
  });

  it("reads only a well-formed source from a plan file", () => {
    expect(parsePlanSource({ dir: "d", commit: "c", extra: 1 })).toEqual({ dir: "d", commit: "c" });
    expect(parsePlanSource({ commit: "c" })).toBeUndefined();
    expect(parsePlanSource("launchdarkly")).toBeUndefined();
  });
});
