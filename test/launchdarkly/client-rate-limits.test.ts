// Rate limits over real HTTP: a 429 is always retried after the reset / Retry-After, and a storm of concurrent
// writes against a low route limit finishes with every write applied exactly once.
import { afterEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { ENV, PROJECT, startSeededEmulator, testClient } from "./emulator-fixture.js";

let emulator: RunningEmulator | undefined;
const clients: LaunchDarklyClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await emulator?.close();
  emulator = undefined;
});

describe("LaunchDarklyClient rate limits (emulator)", () => {
  it("retries a write after 429 answers (Retry-After honoured)", async () => {
    emulator = await startSeededEmulator({ segments: 1 });
    emulator.setFaults({
      failNext: [
        { method: "PATCH", path: `/api/v2/segments/${PROJECT}/${ENV}/seg-0`, count: 2, status: 429 },
      ],
    });
    const client = testClient(emulator);
    clients.push(client);
    const started = Date.now();
    // Appending a rule is not idempotent: only a 429 (LaunchDarkly did nothing) makes a retry safe.
    const segment = await client.patchSegmentSemantic(PROJECT, ENV, "seg-0", [
      {
        kind: "addRule",
        clauses: [{ contextKind: "user", attribute: "plan", op: "in", values: ["pro"], negate: false }],
      },
    ]);
    expect(segment.rules).toHaveLength(1);
    expect(client.stats.rateLimited).toBe(2);
    expect(client.stats.retries).toBe(2);
    // Retry-After: 1 on each 429: at least two seconds were waited.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
  });

  it("a storm of concurrent writes from two clients sharing a low route limit finishes with nothing lost", {
    timeout: 90_000,
  }, async () => {
    emulator = await startSeededEmulator({ segments: 30 });
    emulator.setFaults({ routeLimit: 10 });
    // Two clients share the route budget but not their pacing state, so each overdraws it: 429s are certain.
    const a = testClient(emulator, { concurrency: 8 });
    const b = testClient(emulator, { concurrency: 8 });
    clients.push(a, b);
    const write = (client: LaunchDarklyClient, i: number) =>
      client.patchSegmentSemantic(PROJECT, ENV, `seg-${i}`, [
        // Appending is not idempotent: a lost or doubled write would show as 0 or 2 rules.
        {
          kind: "addRule",
          clauses: [{ contextKind: "user", attribute: "n", op: "in", values: [i], negate: false }],
        },
      ]);
    const written = await Promise.all(Array.from({ length: 30 }, (_, i) => write(i % 2 === 0 ? a : b, i)));
    expect(written.map((s) => s.key)).toEqual(Array.from({ length: 30 }, (_, i) => `seg-${i}`));

    const patches = emulator.requests.filter((r) => r.method === "PATCH");
    expect(patches.filter((r) => r.status === 200)).toHaveLength(30);
    expect(patches.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(a.stats.rateLimited + b.stats.rateLimited).toBe(patches.filter((r) => r.status === 429).length);
    const state = emulator.snapshot().projects[0]?.environments[0]?.segments ?? [];
    for (let i = 0; i < 30; i++) {
      const segment = state.find((s) => s.key === `seg-${i}`);
      expect(segment?.rules).toHaveLength(1);
      expect(segment?.version).toBe(2);
    }
    expect(a.stats.failures + b.stats.failures).toBe(0);
  });

  it("one client alone paces its writes under the route limit without any 429", {
    timeout: 90_000,
  }, async () => {
    emulator = await startSeededEmulator({ segments: 25 });
    emulator.setFaults({ routeLimit: 10 });
    const client = testClient(emulator, { concurrency: 8 });
    clients.push(client);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        client.patchSegmentSemantic(PROJECT, ENV, `seg-${i}`, [
          { kind: "updateName", value: `Renamed ${i}` },
        ]),
      ),
    );
    expect(emulator.requests.filter((r) => r.status === 200)).toHaveLength(25);
    // The first window is entered blind with up to `concurrency` probes; after that the budget is known.
    expect(client.stats.rateLimited).toBe(0);
  });
});
