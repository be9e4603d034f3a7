// Preconditions inside the write (issue #15, items 1, 3, 5, 6), against the emulator over HTTP: a hand edit made
// between apply's reading and its write is kept, two applies of the same plan do not duplicate a rule, apply's own
// write is recognised after a lost answer, and a big segment whose membership write failed is never "converged".
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyApi } from "../../src/launchdarkly/api.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
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
  storedMetric,
  storedRole,
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

type WriteMethod = "patchMetric" | "patchRole" | "patchSegmentJson" | "patchSegmentSemantic";

/**
 * The client, except that just before its first `method` call another token edits LaunchDarkly: the edit lands after
 * whatever apply read before writing and before apply's write, every request going over HTTP to the emulator.
 */
function editJustBeforeWrite(
  client: LaunchDarklyClient,
  methods: readonly WriteMethod[],
  edit: () => Promise<unknown>,
): LaunchDarklyApi {
  let edited = false;
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const bound = value.bind(target) as (...args: unknown[]) => Promise<unknown>;
      if (!methods.includes(property as WriteMethod)) return bound;
      return async (...args: unknown[]) => {
        if (!edited) {
          edited = true;
          await edit();
        }
        return bound(...args);
      };
    },
  });
}

async function asOtherWriter(action: (other: LaunchDarklyClient) => Promise<unknown>): Promise<void> {
  const other = clientFor(emulator, OTHER_WRITER);
  try {
    await action(other);
  } finally {
    await other.close();
  }
}

describe("a hand edit between apply's read and its write (item 3)", () => {
  it("is kept for a metric: the patch tests the plan's _version", async () => {
    await planAndApply(api, desiredState({ metrics: [metric({ key: "m1", name: "Signups" })] }));
    const plan = await planFor(api, desiredState({ metrics: [metric({ key: "m1", name: "Sign-ups" })] }));
    expect(plan.changes[0]?.liveVersion).toBe(storedMetric(emulator, "m1")?._version);
    const guarded = editJustBeforeWrite(api, ["patchMetric"], () =>
      asOtherWriter((other) =>
        other.patchMetric(PROJECT, "m1", [{ op: "add", path: "/description", value: "Hand-edited" }]),
      ),
    );
    const report = await applyPlan({ plan, api: guarded, comment: COMMENT });
    expect(report.resources[0]).toMatchObject({ status: "conflict", operationsApplied: 0 });
    expect(storedMetric(emulator, "m1")).toMatchObject({ name: "Signups", description: "Hand-edited" });
  });

  it("is kept for a role: the patch tests the before-values of the fields it changes", async () => {
    await planAndApply(api, desiredState({ roles: [role({ key: "ops", name: "Ops" })] }));
    const plan = await planFor(api, desiredState({ roles: [role({ key: "ops", name: "Operations" })] }));
    const guarded = editJustBeforeWrite(api, ["patchRole"], () =>
      asOtherWriter((other) =>
        other.patchRole("ops", [{ op: "replace", path: "/name", value: "Hand-edited" }]),
      ),
    );
    const report = await applyPlan({ plan, api: guarded, comment: COMMENT });
    expect(report.resources[0]).toMatchObject({ status: "conflict", operationsApplied: 0 });
    expect(storedRole(emulator, "ops")?.name).toBe("Hand-edited");
  });

  it("is kept for a segment: name, tags and rules travel in a JSON Patch that tests /version", async () => {
    await planAndApply(
      api,
      desiredState({ segments: [segment({ key: "beta", name: "Beta", included: ["u1"] })] }),
    );
    const plan = await planFor(
      api,
      desiredState({
        segments: [
          segment({
            key: "beta",
            name: "Beta users",
            included: ["u1", "u2"],
            rules: [{ clauses: [{ attribute: "email", op: "endsWith", values: ["@acme.com"] }] }],
          }),
        ],
      }),
    );
    const guarded = editJustBeforeWrite(api, ["patchSegmentJson", "patchSegmentSemantic"], () =>
      asOtherWriter((other) =>
        other.patchSegmentJson(PROJECT, ENV, "beta", [
          { op: "replace", path: "/name", value: "Hand-edited" },
        ]),
      ),
    );
    const report = await applyPlan({ plan, api: guarded, comment: COMMENT });
    expect(report.resources[0]).toMatchObject({ status: "conflict", operationsApplied: 0 });
    expect(storedSegment(emulator, "beta")).toMatchObject({
      name: "Hand-edited",
      included: ["u1"],
      rules: [],
    });
  });

  it("sends no read before an update: requests are the writes", async () => {
    await planAndApply(
      api,
      desiredState({
        metrics: [metric({ key: "m1" })],
        roles: [role({ key: "ops" })],
        segments: [segment({ key: "beta", included: ["u1"] })],
      }),
    );
    const plan = await planFor(
      api,
      desiredState({
        metrics: [metric({ key: "m1", name: "Renamed" })],
        roles: [role({ key: "ops", name: "Renamed" })],
        segments: [segment({ key: "beta", name: "Renamed", included: ["u1", "u2"] })],
      }),
    );
    const report = await applyPlan({ plan, api, comment: COMMENT, skipAccessCheck: true });
    expect(report.ok).toBe(true);
    // Metric and role: one patch each; segment: the JSON Patch (name) and the semantic patch (targets).
    expect(report.resources.map((result) => [result.key, result.requests])).toEqual([
      ["ops", 1],
      ["m1", 1],
      ["beta", 2],
    ]);
  });
});

describe("two applies of the same plan at once (item 5)", () => {
  it("do not duplicate a rule: the second gets a conflict", async () => {
    const v1 = segment({
      key: "beta",
      rules: [{ clauses: [{ attribute: "email", op: "endsWith", values: ["@acme.com"] }] }],
    });
    await planAndApply(api, desiredState({ segments: [v1] }));
    const v2 = desiredState({
      segments: [
        {
          ...v1,
          rules: [
            ...(v1.rules ?? []),
            { clauses: [{ attribute: "country", op: "in", values: ["NZ"] }], description: "Kiwis" },
          ],
        },
      ],
    });
    const plan = await planFor(api, v2);
    // Both applies read before either writes.
    emulator.setFaults({ latencyMs: 150 });
    const second = clientFor(emulator);
    try {
      const reports = await Promise.all([
        applyPlan({ plan, api, comment: COMMENT }),
        applyPlan({ plan, api: second, comment: COMMENT }),
      ]);
      expect(reports.map((report) => report.resources[0]?.status).sort()).toEqual(["applied", "conflict"]);
    } finally {
      await second.close();
    }
    expect(storedSegment(emulator, "beta")?.rules).toHaveLength(2);
  });
});

describe("apply's own write after a lost answer (item 6)", () => {
  it("recognises a segment JSON Patch that landed before its connection dropped", async () => {
    await planAndApply(api, desiredState({ segments: [segment({ key: "beta", description: "old" })] }));
    const desired = desiredState({ segments: [segment({ key: "beta", description: "new" })] });
    emulator.setFaults({
      failNext: [{ method: "PATCH", path: segmentPath("beta"), count: 1, status: "drop", afterWrite: true }],
    });
    const { report } = await planAndApply(api, desired);
    expect(report.resources[0]?.status).toBe("applied");
    expect(report.ok).toBe(true);
    expect(report.convergence?.converged).toBe(true);
    // The retry's test failed against the first attempt's write.
    expect(emulator.requests.filter((request) => request.method === "PATCH").map((r) => r.status)).toEqual([
      0, 409,
    ]);
  });

  it("recognises a metric patch that landed before its connection dropped", async () => {
    await planAndApply(api, desiredState({ metrics: [metric({ key: "m1", name: "Old" })] }));
    const desired = desiredState({ metrics: [metric({ key: "m1", name: "New" })] });
    emulator.setFaults({
      failNext: [
        {
          method: "PATCH",
          path: `/api/v2/metrics/${PROJECT}/m1`,
          count: 1,
          status: "drop",
          afterWrite: true,
        },
      ],
    });
    const { report } = await planAndApply(api, desired);
    expect(report.resources[0]?.status).toBe("applied");
    expect(report.convergence?.converged).toBe(true);
  });

  it("still reports someone else's change after a lost answer as a conflict", async () => {
    await planAndApply(api, desiredState({ roles: [role({ key: "ops", name: "Ops" })] }));
    const plan = await planFor(api, desiredState({ roles: [role({ key: "ops", name: "Operations" })] }));
    // The first attempt is refused without an answer; then someone renames the role; the retry's test fails.
    emulator.setFaults({
      failNext: [{ method: "PATCH", path: "/api/v2/roles/ops", count: 1, status: 503 }],
    });
    const guarded = editJustBeforeWrite(api, ["patchRole"], () =>
      asOtherWriter((other) =>
        other.patchRole("ops", [{ op: "replace", path: "/name", value: "Hand-edited" }]),
      ),
    );
    const report = await applyPlan({ plan, api: guarded, comment: COMMENT });
    expect(report.resources[0]?.status).toBe("conflict");
    expect(storedRole(emulator, "ops")?.name).toBe("Hand-edited");
  });
});

describe("a big segment whose membership write did not complete (item 1)", () => {
  const members = Array.from({ length: 3_000 }, (_, index) => `user-${index}`);
  const desired = desiredState({
    segments: [segment({ key: "big", unbounded: true, included: members })],
  });
  const membership = () =>
    emulator.snapshot().projects[0]?.environments.find((environment) => environment.key === ENV)
      ?.bigSegmentTargets?.big;

  it.each([
    ["5xx answers", 503 as const],
    ["dropped connections", "drop" as const],
  ])(
    "is not converged after %s, and the re-run writes the members",
    async (_label, status) => {
      emulator.setFaults({
        failNext: [{ method: "POST", path: `${segmentPath("big")}/contexts`, count: 20, status }],
      });
      const first = await planAndApply(api, desired);
      expect(first.report.ok).toBe(false);
      expect(membership()?.included ?? []).toHaveLength(0);

      emulator.setFaults({ failNext: [] });
      const replan = await planFor(api, desired);
      expect(replan.changes.map((change) => [change.key, change.action])).toEqual([["big", "update"]]);
      const second = await applyPlan({ plan: replan, api, comment: COMMENT, desired });
      expect(second.ok).toBe(true);
      expect(second.convergence?.converged).toBe(true);
      expect(new Set(membership()?.included)).toEqual(new Set(members));
      // Finished: nothing left to plan.
      expect((await planFor(api, desired)).changes).toEqual([]);
    },
    30_000,
  );

  it("is not converged when only the create landed (a kill between create and membership write)", async () => {
    const plan = await planFor(api, desired);
    const create = plan.changes[0];
    if (create === undefined) throw new Error("no change planned");
    // What a process killed right after the create leaves behind: the POST, nothing after it.
    await applyPlan({
      plan: { ...plan, changes: [{ ...create, operations: create.operations.slice(0, 1) }] },
      api,
      comment: COMMENT,
    });
    expect(storedSegment(emulator, "big")).toBeDefined();
    const rerun = await planAndApply(api, desired);
    expect(rerun.plan.changes).toHaveLength(1);
    expect(rerun.report.convergence?.converged).toBe(true);
    expect(membership()?.included).toHaveLength(3_000);
  }, 30_000);
});
