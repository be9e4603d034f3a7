// Flags, metric usage and context kinds seeded through the state file: reads derive `_flags`, usage counts and
// `experiments` from them, the answers conform to openapi.json, and a snapshot round-trips them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { openApiAvailable, validateResponse } from "../support/openapi-contract.js";
import { apiClient } from "./http.js";

describe("emulator flags, metric usage and context kinds from the state file", () => {
  let emulator: RunningEmulator;
  let api: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    emulator = await startEmulator({
      state: {
        formatVersion: 1,
        projects: [
          {
            key: "web",
            name: "Web",
            environments: [
              { key: "production", name: "Production", segments: [{ key: "beta", name: "Beta" }] },
              { key: "staging", name: "Staging", segments: [{ key: "beta", name: "Beta" }] },
            ],
            metrics: [{ key: "checkout", kind: "custom", eventKey: "checkout", isNumeric: false }],
            flags: [
              {
                key: "new-ui",
                name: "New UI",
                environments: {
                  production: {
                    on: true,
                    rules: [
                      {
                        trackEvents: false,
                        variation: 0,
                        clauses: [
                          { attribute: "segmentMatch", op: "segmentMatch", values: ["beta"], negate: false },
                        ],
                      },
                    ],
                  },
                },
              },
            ],
            contextKinds: [
              { key: "user", name: "User" },
              { key: "organization", name: "Organization", archived: true },
            ],
            experiments: [
              {
                key: "checkout-test",
                name: "Checkout test",
                environmentKey: "production",
                metrics: ["checkout"],
                running: true,
              },
              {
                key: "old-test",
                name: "Old test",
                environmentKey: "production",
                metrics: ["checkout"],
                archivedDate: 1,
              },
            ],
            guardedRollouts: [
              {
                flagKey: "new-ui",
                environmentKey: "production",
                metrics: ["checkout"],
                status: "monitoring",
              },
            ],
          },
        ],
      },
    });
    api = apiClient(emulator.url);
  });
  afterAll(() => emulator.close());

  it("names the flags targeting a segment on single reads, per environment", async () => {
    const production = await api("GET", "/api/v2/segments/web/production/beta");
    expect(production.body._flags.map((flag: { key: string }) => flag.key)).toEqual(["new-ui"]);
    const staging = await api("GET", "/api/v2/segments/web/staging/beta");
    expect(staging.body._flags).toEqual([]);
    const list = await api("GET", "/api/v2/segments/web/production");
    expect(list.body.items[0]._flags).toBeUndefined();
    if (openApiAvailable)
      expect(
        validateResponse("GET", "/api/v2/segments/web/production/beta", 200, production.body).errors,
      ).toEqual([]);
  });

  it("derives metric usage from experiments and guarded rollouts", async () => {
    const metric = await api("GET", "/api/v2/metrics/web/checkout?expand=experiments");
    expect(metric.body).toMatchObject({
      experimentCount: 2,
      activeExperimentCount: 1,
      activeGuardedRolloutCount: 1,
    });
    expect(metric.body.experiments.map((e: { key: string }) => e.key)).toEqual(["checkout-test", "old-test"]);
    const plain = await api("GET", "/api/v2/metrics/web/checkout");
    expect(plain.body.experiments).toBeUndefined();
    if (openApiAvailable)
      expect(validateResponse("GET", "/api/v2/metrics/web/checkout", 200, metric.body).errors).toEqual([]);
  });

  it("keeps archived and hideInTargeting equal, and round-trips the snapshot", async () => {
    const kinds = await api("GET", "/api/v2/projects/web/context-kinds");
    expect(kinds.body.items.map((k: { key: string; archived: boolean }) => [k.key, k.archived])).toEqual([
      ["user", false],
      ["organization", true],
    ]);
    expect(kinds.body.items[1].hideInTargeting).toBe(true);
    const snapshot = emulator.snapshot();
    emulator.loadState(snapshot);
    expect(emulator.snapshot().projects[0]).toEqual(snapshot.projects[0]);
    const flag = await api("GET", "/api/v2/flags/web/new-ui?env=staging");
    expect(Object.keys(flag.body.environments)).toEqual(["staging"]);
    expect(flag.body.environments.staging).toMatchObject({ on: false, rules: [], prerequisites: [] });
  });
});
