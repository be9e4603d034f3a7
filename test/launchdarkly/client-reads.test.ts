// The client's reads over real HTTP against the emulator: paging to the end with the fewest requests, pages fetched
// concurrently once the total is known, retries on 5xx and on a connection dropped in the middle of a list.
import { afterEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { MAX_PAGE_SIZE } from "../../src/launchdarkly/limits.js";
import { ENV, PROJECT, received, startSeededEmulator, testClient } from "./emulator-fixture.js";

let emulator: RunningEmulator | undefined;
let client: LaunchDarklyClient | undefined;

afterEach(async () => {
  await client?.close();
  await emulator?.close();
  client = undefined;
  emulator = undefined;
});

describe("LaunchDarklyClient reads (emulator)", () => {
  it("lists 120 segments, 130 metrics and 60 roles to the end with the minimum number of pages", async () => {
    emulator = await startSeededEmulator({ segments: 120, metrics: 130, roles: 60 });
    client = testClient(emulator);

    const segments = await client.listSegments(PROJECT, ENV);
    const metrics = await client.listMetrics(PROJECT);
    const roles = await client.listRoles();

    expect(segments.map((s) => s.key).sort()).toEqual(
      Array.from({ length: 120 }, (_, i) => `seg-${i}`).sort(),
    );
    expect(new Set(metrics.map((m) => m.key)).size).toBe(130);
    expect(new Set(roles.map((r) => r.key)).size).toBe(60);
    // Every segment carries its full definition: no per-resource GET was needed.
    expect(segments.every((s) => Array.isArray(s.rules) && typeof s.version === "number")).toBe(true);

    const gets = received(emulator, "GET");
    expect(gets.filter((g) => g.startsWith(`GET /api/v2/segments/${PROJECT}/${ENV}?`))).toHaveLength(
      Math.ceil(120 / MAX_PAGE_SIZE.segments),
    );
    expect(gets.filter((g) => g.startsWith(`GET /api/v2/metrics/${PROJECT}?`))).toHaveLength(
      Math.ceil(130 / MAX_PAGE_SIZE.metrics),
    );
    expect(gets.filter((g) => g.startsWith("GET /api/v2/roles?"))).toHaveLength(
      Math.ceil(60 / MAX_PAGE_SIZE.roles),
    );
    expect(gets.every((g) => !g.includes("limit=") || g.includes(`limit=${MAX_PAGE_SIZE.segments}`))).toBe(
      true,
    );
    expect(client.stats.requests).toBe(3 + 3 + 2);
  });

  it("fetches the pages after the first concurrently once totalCount is known", async () => {
    emulator = await startSeededEmulator({ segments: 250 });
    emulator.setFaults({ latencyMs: 150 });
    client = testClient(emulator);

    expect(await client.listSegments(PROJECT, ENV)).toHaveLength(250);
    const pages = emulator.requests.filter((r) => r.path === `/api/v2/segments/${PROJECT}/${ENV}`);
    expect(pages).toHaveLength(5);
    // Pages 2..5 all arrived before the first of them could have been answered (150 ms each).
    const later = pages.slice(1).map((r) => r.at);
    expect(Math.max(...later) - Math.min(...later)).toBeLessThan(150);
  });

  it("reads a project, its environments and the caller identity", async () => {
    emulator = await startSeededEmulator();
    client = testClient(emulator);
    const project = await client.getProject(PROJECT);
    expect(project?.key).toBe(PROJECT);
    // Environments come embedded in the project read.
    expect(project?.environments?.items?.map((e) => e.key).sort()).toEqual([ENV, "staging"]);
    expect((await client.listEnvironments(PROJECT)).map((e) => e.key).sort()).toEqual([ENV, "staging"]);
    expect(await client.getProject("missing")).toBeUndefined();
    expect((await client.getCallerIdentity()).accountId).toBeTruthy();
  });

  it("get* return undefined on 404", async () => {
    emulator = await startSeededEmulator({ segments: 1, metrics: 1, roles: 1 });
    client = testClient(emulator);
    expect((await client.getSegment(PROJECT, ENV, "seg-0"))?.key).toBe("seg-0");
    expect(await client.getSegment(PROJECT, ENV, "nope")).toBeUndefined();
    expect((await client.getMetric(PROJECT, "metric-0"))?.key).toBe("metric-0");
    expect(await client.getMetric(PROJECT, "nope")).toBeUndefined();
    expect((await client.getRole("role-0"))?.key).toBe("role-0");
    expect(await client.getRole("nope")).toBeUndefined();
  });

  it("follows the audit log's next links up to the limit, newest first", async () => {
    emulator = await startSeededEmulator({ segments: 1 });
    client = testClient(emulator);
    for (let i = 0; i < 25; i++) {
      await client.patchSegmentSemantic(
        PROJECT,
        ENV,
        "seg-0",
        [{ kind: "updateName", value: `Name ${i}` }],
        `change ${i}`,
      );
    }
    const entries = await client.listAuditLog(`proj/${PROJECT}:env/${ENV}:segment/seg-0`, { limit: 30 });
    expect(entries).toHaveLength(25);
    expect(entries[0]?.comment).toBe("change 24");
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort((a, b) => b - a));
    expect(received(emulator, "GET").filter((g) => g.startsWith("GET /api/v2/auditlog"))).toHaveLength(2);

    const limited = await client.listAuditLog(`proj/${PROJECT}:env/${ENV}:segment/seg-0`, { limit: 5 });
    expect(limited.map((e) => e.comment)).toEqual([
      "change 24",
      "change 23",
      "change 22",
      "change 21",
      "change 20",
    ]);
  });

  it("retries 5xx answers on reads and still returns everything", async () => {
    emulator = await startSeededEmulator({ segments: 120 });
    emulator.setFaults({
      failNext: [{ method: "GET", path: `/api/v2/segments/${PROJECT}/${ENV}`, count: 3, status: 503 }],
    });
    client = testClient(emulator);
    const segments = await client.listSegments(PROJECT, ENV);
    expect(segments).toHaveLength(120);
    expect(client.stats.retries).toBe(3);
    expect(emulator.requests.filter((r) => r.status === 503)).toHaveLength(3);
  });

  it("gives up on a read after the configured attempts with a 5xx error", async () => {
    emulator = await startSeededEmulator();
    emulator.setFaults({
      failNext: [{ method: "GET", path: `/api/v2/projects/${PROJECT}`, count: 10, status: 502 }],
    });
    client = testClient(emulator, { retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 10 } });
    const error = await client.getProject(PROJECT).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "LaunchDarklyError", status: 502, attempts: 3 });
    expect(String((error as Error).message)).toMatch(/server error \(after 3 attempts\)/);
  });

  it("survives a connection dropped in the middle of a list", async () => {
    emulator = await startSeededEmulator({ segments: 150 });
    const running = emulator;
    let armed = false;
    client = testClient(emulator, {
      onRequest: (info) => {
        // Once the first page is in, drop the next two page requests.
        if (!armed && info.operationId === "getSegments" && info.status === 200) {
          armed = true;
          running.setFaults({
            failNext: [
              { method: "GET", path: `/api/v2/segments/${PROJECT}/${ENV}`, count: 2, status: "drop" },
            ],
          });
        }
      },
    });
    const segments = await client.listSegments(PROJECT, ENV);
    expect(segments).toHaveLength(150);
    expect(new Set(segments.map((s) => s.key)).size).toBe(150);
    expect(emulator.requests.filter((r) => r.status === 0)).toHaveLength(2);
    expect(client.stats.retries).toBe(2);
  });
});
