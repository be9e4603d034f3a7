// Applying big-segment membership against the emulator over HTTP: `updateBigSegmentTargets` in bounded batches,
// `importBigSegmentMembers` (member files read again and checked against the plan's fingerprint, a streamed
// multipart upload, polling, a 409 waited out), faults (5xx, dropped connections), and a property: for random live
// membership and random member key sets, the operations leave the emulator's membership equal to the keys.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { bigSegmentTargetBatches } from "../../src/launchdarkly/big-segment-membership.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { BIG_SEGMENT_TARGETS_PER_REQUEST } from "../../src/launchdarkly/limits.js";
import { readMemberKeys } from "../../src/membership/read-member-keys.js";
import type { MemberFileRef } from "../../src/model/member-file.js";
import {
  PLAN_FORMAT_VERSION,
  type Plan,
  type PlannedChange,
  type PlannedOperation,
} from "../../src/plan/types.js";
import { COMMENT, clientFor, ENV, PROJECT, startTestEmulator } from "./support.js";

let emulator: RunningEmulator;
let client: LaunchDarklyClient;
let dir: string;
const fast = { pollIntervalMs: 5, maxPollIntervalMs: 20, conflictWaitMs: 5_000 };

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = clientFor(emulator);
  dir = await mkdtemp(path.join(tmpdir(), "ld-gitops-bigseg-"));
});
afterAll(async () => {
  await client.close();
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  emulator.setFaults({ failNext: [], errorRate: 0 });
  emulator.setImportBehaviour({ stepMs: 0, autoStart: false });
});

let counter = 0;
async function bigSegment(live: { included?: string[]; excluded?: string[] } = {}): Promise<string> {
  const key = `cohort-${++counter}`;
  await client.createSegment(PROJECT, ENV, { key, name: key, unbounded: true, unboundedContextKind: "user" });
  if (live.included?.length || live.excluded?.length)
    for (const batch of bigSegmentTargetBatches({
      included: { add: live.included ?? [] },
      excluded: { add: live.excluded ?? [] },
    }))
      await client.updateBigSegmentTargets(PROJECT, ENV, key, batch);
  return key;
}

async function memberFile(name: string, keys: readonly string[]): Promise<MemberFileRef> {
  await writeFile(path.join(dir, name), keys.map((key) => `${key}\n`).join(""));
  return { path: name, format: "text", gzip: false, contextKind: "user" };
}

function membership(key: string): { included: string[]; excluded: string[] } {
  const project = emulator.snapshot().projects.find((p) => p.key === PROJECT);
  const targets = project?.environments.find((e) => e.key === ENV)?.bigSegmentTargets?.[key];
  return { included: [...(targets?.included ?? [])].sort(), excluded: [...(targets?.excluded ?? [])].sort() };
}

function planOf(key: string, operations: PlannedOperation[]): Plan {
  const change: PlannedChange = {
    action: "update",
    resourceType: "segment",
    project: PROJECT,
    environment: ENV,
    key,
    name: key,
    fields: [{ path: "/included" }],
    operations,
  };
  return {
    version: PLAN_FORMAT_VERSION,
    summary: { create: 0, update: 1, delete: 0, unchanged: 0, adopt: 0 },
    changes: [change],
    unmanaged: [],
    warnings: [],
    hash: "test",
    prune: false,
    marker: "managed-by-ld-gitops",
  };
}

async function importOps(
  files: MemberFileRef[],
  partSize?: number,
): Promise<Extract<PlannedOperation, { kind: "importBigSegmentMembers" }>[]> {
  const { keys, fingerprint } = await readMemberKeys(dir, files);
  const size = partSize ?? Math.max(keys.length, 1);
  const ops: Extract<PlannedOperation, { kind: "importBigSegmentMembers" }>[] = [];
  for (let start = 0; start === 0 || start < keys.length; start += size)
    ops.push({
      kind: "importBigSegmentMembers",
      mode: start === 0 ? "replace" : "merge",
      list: "included",
      contextKind: "user",
      files,
      range: { start, end: Math.min(keys.length, start + size) },
      fingerprint,
      count: keys.length,
    });
  return ops;
}

const apply = (plan: Plan) =>
  applyPlan({
    plan,
    api: client,
    comment: COMMENT,
    configDir: dir,
    importOptions: fast,
    skipAccessCheck: true,
  });

describe("updateBigSegmentTargets", () => {
  it("sends ⌈keys ÷ batch⌉ requests, removals first, and reports them per segment", async () => {
    const key = await bigSegment({ included: ["a", "b"], excluded: ["c"] });
    const adds = Array.from({ length: 2_500 }, (_, i) => `n${i}`);
    emulator.clearRequests();
    const report = await apply(
      planOf(key, [
        {
          kind: "updateBigSegmentTargets",
          update: {
            included: { add: [...adds, "c"], remove: ["a", "b"] },
            excluded: { remove: ["c"], add: ["b"] },
          },
        },
      ]),
    );
    expect(report.resources[0]?.status).toBe("applied");
    const posts = emulator.requests.filter((r) => r.route?.endsWith("/contexts"));
    expect(posts).toHaveLength(Math.ceil((adds.length + 5) / BIG_SEGMENT_TARGETS_PER_REQUEST));
    expect(report.resources[0]?.requests).toBe(posts.length);
    expect(membership(key)).toEqual({ included: [...adds, "c"].sort(), excluded: ["b"] });
  });
});

describe("importBigSegmentMembers", () => {
  it("uploads a replace then merges, starts a ready import, polls to complete, and reports it", async () => {
    emulator.setImportBehaviour({ stepMs: 15 });
    const key = await bigSegment({ included: ["stale"], excluded: ["x"] });
    const keys = Array.from({ length: 2_000 }, (_, i) => `user-${i}`).concat(["with,comma", 'with"quote']);
    const files = [await memberFile(`${key}.txt`, keys)];
    const report = await apply(planOf(key, await importOps(files, 900)));
    expect(report.resources[0]).toMatchObject({ status: "applied", operationsApplied: 3 });
    expect(report.resources[0]?.message).toMatch(
      /imported 900 contexts \(replace, import [0-9a-f-]+\).*merge/,
    );
    expect(membership(key)).toEqual({ included: [...keys].sort(), excluded: [] });
    const uploads = emulator.requests.filter((r) => r.route?.endsWith("/imports") && r.method === "POST");
    expect(uploads.map((r) => r.status)).toEqual([204, 204, 204]);
  });

  it("refuses the segment, writing nothing, when the member files changed since the plan", async () => {
    const key = await bigSegment({ included: ["keep"] });
    const files = [await memberFile(`${key}.txt`, ["a", "b"])];
    const ops = await importOps(files);
    await memberFile(`${key}.txt`, ["a", "b", "c"]);
    emulator.clearRequests();
    const report = await apply(planOf(key, ops));
    expect(report.resources[0]).toMatchObject({ status: "conflict", operationsApplied: 0 });
    expect(report.resources[0]?.message).toContain("changed since the plan was made");
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(membership(key).included).toEqual(["keep"]);
  });

  it("waits out a 409 while another import runs in the environment", async () => {
    emulator.setImportBehaviour({ stepMs: 300, autoStart: true });
    const other = await bigSegment();
    const otherFile = [await memberFile(`${other}.txt`, ["o1"])];
    const started = await client.createBigSegmentImport(PROJECT, ENV, other, {
      mode: "replace",
      keys: ["o1"],
      start: 0,
      end: 1,
    });
    expect(started).toMatch(/[0-9a-f-]{36}/);
    const key = await bigSegment();
    const files = [await memberFile(`${key}.txt`, ["m1", "m2"])];
    const report = await apply(planOf(key, await importOps(files)));
    expect(report.resources[0]?.status).toBe("applied");
    expect(report.resources[0]?.message).toMatch(/after waiting \d+ s for another import/);
    const uploads = emulator.requests.filter((r) => r.route?.endsWith("/imports") && r.method === "POST");
    expect(uploads.map((r) => r.status)).toContain(409);
    expect(membership(key).included).toEqual(["m1", "m2"]);
    expect(otherFile).toHaveLength(1);
  });

  it("reports a 409 that outlasts the wait, per segment, with what to do", async () => {
    emulator.setImportBehaviour({ stepMs: 60_000, autoStart: true });
    const other = await bigSegment();
    await client.createBigSegmentImport(PROJECT, ENV, other, {
      mode: "merge",
      keys: ["o"],
      start: 0,
      end: 1,
    });
    const key = await bigSegment();
    const files = [await memberFile(`${key}.txt`, ["m"])];
    const report = await applyPlan({
      plan: planOf(key, await importOps(files)),
      api: client,
      comment: COMMENT,
      configDir: dir,
      importOptions: { ...fast, conflictWaitMs: 100 },
      skipAccessCheck: true,
    });
    expect(report.resources[0]?.status).toBe("failed");
    expect(report.resources[0]?.message).toContain("another big-segment import was still running");
    // Let the environment's import finish (auto-started) so later tests can import.
    emulator.setImportBehaviour({ stepMs: 0 });
    await client.getSegment(PROJECT, ENV, other);
  });

  it("retries status reads and membership batches through 5xx answers and dropped connections", async () => {
    const key = await bigSegment({ excluded: ["e"] });
    const files = [await memberFile(`${key}.txt`, ["f1", "f2", "f3"])];
    emulator.setFaults({
      failNext: [
        { method: "GET", path: "/api/v2/segments/*/*/*/imports/*", count: 2, status: 503 },
        { method: "GET", path: "/api/v2/segments/*/*/*/imports/*", count: 1, status: "drop" },
        { method: "POST", path: "/api/v2/segments/*/*/*/contexts", count: 1, status: 502 },
        {
          method: "POST",
          path: "/api/v2/segments/*/*/*/contexts",
          count: 1,
          status: "drop",
          afterWrite: true,
        },
      ],
    });
    const report = await apply(
      planOf(key, [
        ...(await importOps(files)),
        { kind: "updateBigSegmentTargets", update: { excluded: { add: ["e"] } } },
      ]),
    );
    expect(report.resources[0]?.status).toBe("applied");
    expect(membership(key)).toEqual({ included: ["f1", "f2", "f3"], excluded: ["e"] });
  });

  it("reports an upload whose connection dropped as unknown, and a re-run converges", async () => {
    const key = await bigSegment();
    const files = [await memberFile(`${key}.txt`, ["d1"])];
    emulator.setFaults({
      failNext: [{ method: "POST", path: "/api/v2/segments/*/*/*/imports", count: 1, status: 503 }],
    });
    const first = await apply(planOf(key, await importOps(files)));
    expect(first.resources[0]?.status).toBe("failed");
    expect(first.resources[0]?.message).toContain("got no answer");
    const again = await apply(planOf(key, await importOps(files)));
    expect(again.resources[0]?.status).toBe("applied");
    expect(membership(key).included).toEqual(["d1"]);
  });
});

describe("property: membership operations mirror the member keys", () => {
  it("for random live membership and random key sets, leaves the emulator's membership equal to the keys", async () => {
    const keyArb = fc.stringMatching(/^[a-z0-9][a-z0-9._@-]{0,11}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(keyArb, { maxLength: 40 }),
        fc.uniqueArray(keyArb, { maxLength: 40 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 25 }),
        async (live, wanted, viaImport, partSize) => {
          const key = await bigSegment({ included: live });
          let operations: PlannedOperation[];
          if (viaImport) {
            operations = await importOps([await memberFile(`${key}.txt`, wanted)], partSize);
          } else {
            const wantedSet = new Set(wanted);
            const liveSet = new Set(live);
            operations = [
              {
                kind: "updateBigSegmentTargets",
                update: {
                  included: {
                    add: wanted.filter((k) => !liveSet.has(k)),
                    remove: live.filter((k) => !wantedSet.has(k)),
                  },
                },
              },
            ];
          }
          const report = await apply(planOf(key, operations));
          expect(report.resources[0]?.message ?? "").not.toContain("LaunchDarkly");
          expect(report.resources[0]?.status).toBe("applied");
          expect(membership(key).included).toEqual([...new Set(wanted)].sort());
        },
      ),
      { numRuns: 25 },
    );
  });
});
