// The client's writes over real HTTP against the emulator: comments and content types, and what happens when an
// answer is lost: creates and deletes are checked instead of repeated, guarded patches are retried, others are not.
import { afterEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { LaunchDarklyError } from "../../src/launchdarkly/errors.js";
import type { RequestInfo } from "../../src/launchdarkly/transport.js";
import { ENV, PROJECT, received, startSeededEmulator, testClient } from "./emulator-fixture.js";

let emulator: RunningEmulator | undefined;
let client: LaunchDarklyClient | undefined;

afterEach(async () => {
  await client?.close();
  await emulator?.close();
  client = undefined;
  emulator = undefined;
});

const SEGMENTS = `/api/v2/segments/${PROJECT}/${ENV}`;

describe("LaunchDarklyClient writes (emulator)", () => {
  it("creates, patches and deletes segments, metrics and roles, with comments where the API takes them", async () => {
    emulator = await startSeededEmulator();
    const sent: RequestInfo[] = [];
    client = testClient(emulator, { onRequest: (info) => sent.push(info) });

    const created = await client.createSegment(
      PROJECT,
      ENV,
      { key: "beta", name: "Beta", tags: ["t"] },
      "ld-gitops: create",
    );
    expect(created).toMatchObject({ key: "beta", name: "Beta", version: 1 });
    const semantic = await client.patchSegmentSemantic(
      PROJECT,
      ENV,
      "beta",
      [{ kind: "addIncludedTargets", contextKind: "user", values: ["alice"] }],
      "ld-gitops: targets",
    );
    expect(semantic.version).toBe(2);
    const json = await client.patchSegmentJson(
      PROJECT,
      ENV,
      "beta",
      [
        { op: "test", path: "/version", value: 2 },
        { op: "add", path: "/description", value: "from git" },
      ],
      "ld-gitops: description",
    );
    expect(json.description).toBe("from git");

    const metric = await client.createMetric(PROJECT, {
      key: "signup",
      kind: "custom",
      eventKey: "signup",
      isNumeric: false,
    });
    expect(metric.key).toBe("signup");
    expect(
      (await client.patchMetric(PROJECT, "signup", [{ op: "replace", path: "/name", value: "Sign-up" }]))
        .name,
    ).toBe("Sign-up");
    const role = await client.createRole({
      key: "ops",
      name: "Ops",
      policy: [{ effect: "allow", resources: ["proj/*"], actions: ["viewProject"] }],
    });
    expect(role.key).toBe("ops");
    expect(
      (
        await client.patchRole(
          "ops",
          [{ op: "replace", path: "/name", value: "Ops team" }],
          "ld-gitops: role",
        )
      ).name,
    ).toBe("Ops team");

    await client.deleteSegment(PROJECT, ENV, "beta");
    await client.deleteMetric(PROJECT, "signup");
    await client.deleteRole("ops");
    expect(await client.getSegment(PROJECT, ENV, "beta")).toBeUndefined();
    expect(await client.getMetric(PROJECT, "signup")).toBeUndefined();
    expect(await client.getRole("ops")).toBeUndefined();

    const byOp = (op: string) => sent.find((s) => s.operationId === op);
    // POST bodies have no comment field in the API: none is invented.
    expect(byOp("postSegment")?.requestBody).toEqual({ key: "beta", name: "Beta", tags: ["t"] });
    const patches = sent.filter((s) => s.operationId === "patchSegment");
    expect(patches[0]).toMatchObject({
      contentType: "application/json; domain-model=launchdarkly.semanticpatch",
      requestBody: {
        environmentKey: ENV,
        instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["alice"] }],
        comment: "ld-gitops: targets",
      },
    });
    expect(patches[1]).toMatchObject({
      contentType: "application/json",
      requestBody: { comment: "ld-gitops: description" },
    });
    expect(byOp("patchMetric")?.requestBody).toEqual([{ op: "replace", path: "/name", value: "Sign-up" }]);
    expect(byOp("patchCustomRole")?.requestBody).toEqual({
      patch: [{ op: "replace", path: "/name", value: "Ops team" }],
      comment: "ld-gitops: role",
    });

    const audit = await client.listAuditLog(`proj/${PROJECT}:env/${ENV}:segment/beta`);
    expect(audit.map((e) => e.comment)).toEqual(
      expect.arrayContaining(["ld-gitops: targets", "ld-gitops: description"]),
    );
  });

  it("updates big-segment membership", async () => {
    emulator = await startSeededEmulator();
    client = testClient(emulator);
    await client.createSegment(PROJECT, ENV, {
      key: "big",
      name: "Big",
      unbounded: true,
      unboundedContextKind: "user",
    });
    await client.updateBigSegmentTargets(PROJECT, ENV, "big", {
      included: { add: ["a", "b"] },
      excluded: { add: ["c"] },
    });
    expect(received(emulator, "POST")).toContain(`POST ${SEGMENTS}/big/contexts`);
    const state = emulator.snapshot().projects[0]?.environments[0]?.bigSegmentTargets?.big;
    expect(state).toEqual({ included: ["a", "b"], excluded: ["c"] });
  });

  it("a create whose answer is lost is checked, not duplicated", async () => {
    emulator = await startSeededEmulator();
    emulator.setFaults({
      failNext: [{ method: "POST", path: SEGMENTS, count: 1, status: "drop", afterWrite: true }],
    });
    client = testClient(emulator);
    const segment = await client.createSegment(PROJECT, ENV, { key: "beta", name: "Beta" });
    expect(segment.key).toBe("beta");
    expect(received(emulator)).toEqual([`POST ${SEGMENTS}`, `GET ${SEGMENTS}/beta`]);
    expect(
      emulator.snapshot().projects[0]?.environments[0]?.segments?.filter((s) => s.key === "beta"),
    ).toHaveLength(1);
  });

  it("a create dropped before it applied is sent again after checking", async () => {
    emulator = await startSeededEmulator();
    emulator.setFaults({ failNext: [{ method: "POST", path: "/api/v2/roles", count: 1, status: "drop" }] });
    client = testClient(emulator);
    const role = await client.createRole({ key: "ops", name: "Ops", policy: [] });
    expect(role.key).toBe("ops");
    expect(received(emulator)).toEqual(["POST /api/v2/roles", "GET /api/v2/roles/ops", "POST /api/v2/roles"]);
  });

  it("a create that fails with 5xx is checked too (metrics)", async () => {
    emulator = await startSeededEmulator();
    emulator.setFaults({
      failNext: [{ method: "POST", path: `/api/v2/metrics/${PROJECT}`, count: 1, status: 500 }],
    });
    client = testClient(emulator);
    await client.createMetric(PROJECT, { key: "m", kind: "custom", eventKey: "e", isNumeric: false });
    expect(received(emulator)).toEqual([
      `POST /api/v2/metrics/${PROJECT}`,
      `GET /api/v2/metrics/${PROJECT}/m`,
      `POST /api/v2/metrics/${PROJECT}`,
    ]);
  });

  it("a delete whose answer is lost is checked: gone means done", async () => {
    emulator = await startSeededEmulator({ segments: 1 });
    emulator.setFaults({
      failNext: [{ method: "DELETE", path: `${SEGMENTS}/seg-0`, count: 1, status: "drop", afterWrite: true }],
    });
    client = testClient(emulator);
    await client.deleteSegment(PROJECT, ENV, "seg-0");
    expect(received(emulator)).toEqual([`DELETE ${SEGMENTS}/seg-0`, `GET ${SEGMENTS}/seg-0`]);
  });

  it("a JSON Patch guarded by a test op is retried; the guard turns a repeat into a clear conflict", async () => {
    emulator = await startSeededEmulator({ segments: 1 });
    client = testClient(emulator);
    // Dropped before applying: the retry applies it once.
    emulator.setFaults({
      failNext: [{ method: "PATCH", path: `${SEGMENTS}/seg-0`, count: 1, status: "drop" }],
    });
    const patched = await client.patchSegmentJson(PROJECT, ENV, "seg-0", [
      { op: "test", path: "/version", value: 1 },
      { op: "add", path: "/description", value: "d1" },
    ]);
    expect(patched.version).toBe(2);

    // Dropped after applying: the retry's test fails, and the error says the first attempt may have applied.
    emulator.setFaults({
      failNext: [{ method: "PATCH", path: `${SEGMENTS}/seg-0`, count: 1, status: "drop", afterWrite: true }],
    });
    const error = await client
      .patchSegmentJson(PROJECT, ENV, "seg-0", [
        { op: "test", path: "/version", value: 2 },
        {
          op: "add",
          path: "/rules/-",
          value: { clauses: [{ attribute: "email", op: "endsWith", values: ["@x.com"], negate: false }] },
        },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LaunchDarklyError);
    expect(error).toMatchObject({ status: 409, outcomeUnknown: true, attempts: 2 });
    const segment = await client.getSegment(PROJECT, ENV, "seg-0");
    expect(segment?.rules).toHaveLength(1); // applied exactly once
  });

  it("a semantic patch that appends is not repeated blindly when its answer is lost", async () => {
    emulator = await startSeededEmulator({ segments: 1 });
    emulator.setFaults({
      failNext: [{ method: "PATCH", path: `${SEGMENTS}/seg-0`, count: 1, status: "drop", afterWrite: true }],
    });
    client = testClient(emulator);
    const error = await client
      .patchSegmentSemantic(PROJECT, ENV, "seg-0", [
        {
          kind: "addRule",
          clauses: [{ contextKind: "user", attribute: "country", op: "in", values: ["NZ"], negate: false }],
        },
      ])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "LaunchDarklyError", code: "network_error", outcomeUnknown: true });
    expect((error as Error).message).toMatch(/may or may not have applied/);
    expect(received(emulator, "PATCH")).toHaveLength(1);
  });

  it("an idempotent semantic patch is retried after a 5xx", async () => {
    emulator = await startSeededEmulator({ segments: 1 });
    emulator.setFaults({ failNext: [{ method: "PATCH", path: `${SEGMENTS}/seg-0`, count: 2, status: 503 }] });
    client = testClient(emulator);
    const segment = await client.patchSegmentSemantic(PROJECT, ENV, "seg-0", [
      { kind: "addIncludedTargets", contextKind: "user", values: ["a"] },
    ]);
    expect(segment.version).toBe(2);
    expect(client.stats.retries).toBe(2);
  });

  it("a 409 on a stale version names the conflict and says to re-plan", async () => {
    emulator = await startSeededEmulator({ segments: 1 });
    client = testClient(emulator);
    await client.patchSegmentSemantic(PROJECT, ENV, "seg-0", [
      { kind: "updateName", value: "Changed elsewhere" },
    ]);
    const error = await client
      .patchSegmentJson(PROJECT, ENV, "seg-0", [
        { op: "test", path: "/version", value: 1 },
        { op: "replace", path: "/name", value: "Mine" },
      ])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 409,
      code: "optimistic_locking_error",
      method: "PATCH",
      path: `${SEGMENTS}/seg-0`,
      outcomeUnknown: false,
    });
    expect((error as LaunchDarklyError).hint).toMatch(/Run plan again/);
  });
});
