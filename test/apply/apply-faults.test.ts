// Faults against the emulator: big target lists, concurrent changes, rate limits, dropped connections, a failure
// halfway and the re-run that finishes the job.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { countTargetOperations } from "../../src/launchdarkly/segment-instructions.js";
import type { RequestInfo } from "../../src/launchdarkly/transport.js";
import type { SemanticPatchInstruction } from "../../src/launchdarkly/types.js";
import {
  COMMENT,
  clientFor,
  desiredState,
  ENV,
  metric,
  OTHER_WRITER,
  PROJECT,
  planAndApply,
  planFor,
  role,
  segment,
  startTestEmulator,
  storedSegment,
} from "./support.js";

let emulator: RunningEmulator;
let api: LaunchDarklyClient;

beforeEach(async () => {
  emulator = await startTestEmulator();
  api = clientFor(emulator);
});

afterEach(async () => {
  await api.close();
  await emulator.close();
});

const segmentPath = (key: string) => `/api/v2/segments/${PROJECT}/${ENV}/${key}`;

describe("apply under faults", () => {
  it("sends a 14,000-key included list in requests of at most 1,500 target operations", async () => {
    const keys = Array.from({ length: 14_000 }, (_, index) => `user-${String(index).padStart(5, "0")}`);
    const sent: RequestInfo[] = [];
    const observed = clientFor(emulator, undefined, { onRequest: (info) => sent.push(info) });
    try {
      const desired = desiredState({ segments: [segment({ key: "everyone", included: keys })] });
      const { report } = await planAndApply(observed, desired);
      expect(report.ok).toBe(true);
      expect(report.convergence?.converged).toBe(true);
    } finally {
      await observed.close();
    }
    const patches = emulator.requests.filter(
      (request) => request.method === "PATCH" && request.path === segmentPath("everyone"),
    );
    expect(patches.length).toBe(Math.ceil(14_000 / 1_500));
    expect(patches.every((request) => request.status === 200)).toBe(true);
    const bodies = sent
      .filter((info) => info.method === "PATCH")
      .map((info) => info.requestBody as { instructions: SemanticPatchInstruction[] });
    expect(
      bodies.map((body) => countTargetOperations(body.instructions)).every((count) => count <= 1_500),
    ).toBe(true);
    expect(bodies.reduce((sum, body) => sum + countTargetOperations(body.instructions), 0)).toBe(14_000);
    expect(storedSegment(emulator, "everyone")?.included).toHaveLength(14_000);
  });

  it("reports a conflict and does not overwrite a segment changed between plan and apply", async () => {
    await planAndApply(
      api,
      desiredState({ segments: [segment({ key: "beta", name: "Beta", included: ["u1"] })] }),
    );
    const desired = desiredState({
      segments: [segment({ key: "beta", name: "Beta users", included: ["u1", "u2"] })],
    });
    const plan = await planFor(api, desired);

    // Someone renames the segment by hand after the plan was reviewed.
    const other = clientFor(emulator, OTHER_WRITER);
    await other.patchSegmentSemantic(PROJECT, ENV, "beta", [{ kind: "updateName", value: "Hand-edited" }]);
    await other.close();

    const report = await applyPlan({ plan, api, comment: COMMENT, desired });
    expect(report.resources[0]?.status).toBe("conflict");
    expect(report.resources[0]?.message).toMatch(
      /changed in LaunchDarkly after the plan was made.*test operation on \/version failed \(expected 2\)/,
    );
    expect(report.ok).toBe(false);
    expect(report.convergence).toBeUndefined();
    expect(storedSegment(emulator, "beta")?.name).toBe("Hand-edited");
    expect(storedSegment(emulator, "beta")?.included).toEqual(["u1"]);

    // A new plan from the new state applies cleanly.
    const again = await planAndApply(api, desired);
    expect(again.report.ok).toBe(true);
    expect(storedSegment(emulator, "beta")?.name).toBe("Beta users");
  });

  it("reports a conflict when a role changed between plan and apply", async () => {
    await planAndApply(api, desiredState({ roles: [role({ key: "ops", name: "Ops" })] }));
    const plan = await planFor(api, desiredState({ roles: [role({ key: "ops", name: "Operations" })] }));
    const other = clientFor(emulator, OTHER_WRITER);
    await other.patchRole("ops", [{ op: "replace", path: "/name", value: "Hand-edited" }]);
    await other.close();
    const report = await applyPlan({ plan, api, comment: COMMENT });
    expect(report.resources[0]).toMatchObject({ status: "conflict", operationsApplied: 0 });
    expect(emulator.snapshot().roles?.[0]?.name).toBe("Hand-edited");
  });

  it("rides out a 429 storm under a route limit", async () => {
    emulator.setFaults({
      routeLimit: 4,
      // And a burst of scripted 429s on the segment PATCH route on top.
      failNext: [
        {
          method: "PATCH",
          path: "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}",
          count: 3,
          status: 429,
        },
      ],
    });
    const segments = Array.from({ length: 6 }, (_, index) =>
      segment({ key: `s${index}`, included: [`u${index}`] }),
    );
    const { report } = await planAndApply(api, desiredState({ segments }));
    expect(report.summary).toEqual({ applied: 6, failed: 0, conflict: 0, notAttempted: 0 });
    expect(report.convergence?.converged).toBe(true);
    expect(emulator.requests.filter((request) => request.status === 429).length).toBeGreaterThanOrEqual(3);
    // Every segment created exactly once.
    expect(
      emulator.requests.filter((request) => request.method === "POST" && request.status === 201),
    ).toHaveLength(6);
  }, 60_000);

  it("checks a create whose connection dropped after it landed, and does not repeat it", async () => {
    emulator.setFaults({
      failNext: [
        {
          method: "POST",
          path: `/api/v2/segments/${PROJECT}/${ENV}`,
          count: 1,
          status: "drop",
          afterWrite: true,
        },
      ],
    });
    const desired = desiredState({
      segments: [segment({ key: "dropped", name: "Dropped", included: ["u1"] })],
    });
    const { report } = await planAndApply(api, desired);
    expect(report.ok).toBe(true);
    expect(report.convergence?.converged).toBe(true);
    const posts = emulator.requests.filter((request) => request.method === "POST");
    expect(posts.map((request) => request.status)).toEqual([0]);
    const lookup = emulator.requests.find(
      (request) => request.method === "GET" && request.path === segmentPath("dropped"),
    );
    expect(lookup?.status).toBe(200);
    expect(storedSegment(emulator, "dropped")?.included).toEqual(["u1"]);
  });

  it("stops at a failure halfway, then a second apply converges without duplicating anything", async () => {
    const desired = desiredState({
      metrics: [metric({ key: "m1" }), metric({ key: "m2" }), metric({ key: "m3" })],
      segments: [segment({ key: "a", included: ["u1"] }), segment({ key: "b", included: ["u2"] })],
    });
    // The first metric create fails; with one resource at a time, nothing after it is started.
    emulator.setFaults({
      failNext: [{ method: "POST", path: `/api/v2/metrics/${PROJECT}`, count: 1, status: 400 }],
    });
    const first = await planAndApply(api, desired, { concurrency: 1 });
    expect(first.report.ok).toBe(false);
    expect(first.report.resources.map((result) => [result.key, result.status])).toEqual([
      ["m1", "failed"],
      ["m2", "not attempted"],
      ["m3", "not attempted"],
      ["a", "not attempted"],
      ["b", "not attempted"],
    ]);
    expect(first.report.resources[0]?.message).toContain("Injected failure (400)");
    expect(first.report.resources[0]?.httpStatus).toBe(400);

    // Now fail one segment's target patch after its create landed.
    emulator.setFaults({ failNext: [{ method: "PATCH", path: segmentPath("b"), count: 1, status: 400 }] });
    const second = await planAndApply(api, desired, { continueOnError: true });
    expect(second.report.resources.map((result) => [result.key, result.status])).toEqual([
      ["m1", "applied"],
      ["m2", "applied"],
      ["m3", "applied"],
      ["a", "applied"],
      ["b", "failed"],
    ]);
    expect(second.report.resources[4]?.operationsApplied).toBe(1);

    const third = await planAndApply(api, desired);
    expect(third.plan.changes.map((change) => [change.key, change.action])).toEqual([["b", "update"]]);
    expect(third.report.ok).toBe(true);
    expect(third.report.convergence?.converged).toBe(true);
    const created = emulator.requests.filter(
      (request) => request.method === "POST" && request.status === 201,
    );
    expect(created).toHaveLength(5);
    expect(storedSegment(emulator, "b")?.included).toEqual(["u2"]);
  });
});
