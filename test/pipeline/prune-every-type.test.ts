// `--prune` reads every resource type of the declared projects (all their environments) plus roles, so removing the
// last role, metric or segment of an environment from the repo still deletes it: owned ones only, threshold applies.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { DeleteThresholdError } from "../../src/plan/delete-threshold.js";
import { OWNERSHIP_TAG, ROLE_OWNERSHIP_MARKER } from "../../src/plan/ownership.js";
import { executePlan } from "../live/support/execute-plan.js";
import { addresses, type LiveFixture, startLiveFixture } from "../live/support/live-fixture.js";

let fixture: LiveFixture;
let emulator: RunningEmulator;
let api: LaunchDarklyClient;
let dir: string;

/** Only one segment is left in the repo: no roles, no metrics, nothing in the `test` environment. */
const CONFIG = `project: default
environments: [production]
segments:
  - key: kept
    name: Kept
`;

beforeAll(async () => {
  fixture = await startLiveFixture(
    {
      formatVersion: 1,
      projects: [
        {
          key: "default",
          name: "Default",
          environments: [
            {
              key: "production",
              name: "Production",
              segments: [{ key: "kept", name: "Kept", tags: [OWNERSHIP_TAG] }],
            },
            {
              key: "test",
              name: "Test",
              segments: [
                { key: "old-test", name: "Old", tags: [OWNERSHIP_TAG] },
                { key: "hand-test", name: "Handmade", tags: [] },
              ],
            },
          ],
          metrics: [
            {
              key: "old-metric",
              name: "Old metric",
              kind: "custom",
              eventKey: "e",
              isNumeric: false,
              tags: [OWNERSHIP_TAG],
            },
            {
              key: "hand-metric",
              name: "Handmade metric",
              kind: "custom",
              eventKey: "e",
              isNumeric: false,
              tags: [],
            },
          ],
        },
      ],
      roles: [
        {
          key: "old-role",
          name: "Old role",
          description: `Was in the repo\n\n${ROLE_OWNERSHIP_MARKER}`,
          policy: [{ effect: "allow", actions: ["*"], resources: ["proj/default:env/test:flag/*"] }],
        },
        {
          key: "hand-role",
          name: "Handmade role",
          description: "made in the UI",
          policy: [{ effect: "allow", actions: ["*"], resources: ["proj/default:env/test:flag/*"] }],
        },
      ],
    },
    CONFIG,
    "ld-gitops-prune-",
  );
  ({ emulator, api, dir } = fixture);
});

afterAll(() => fixture.close());

describe("prune reads every resource type of the declared projects", () => {
  it("without --prune only what the repo declares is read", async () => {
    emulator.clearRequests();
    const result = await createPlan({ dir, api });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(result.plan.changes).toEqual([]);
    expect(result.plan.unmanaged).toEqual([]);
    const paths = emulator.requests.map((r) => r.path);
    expect(paths.some((p) => p.startsWith("/api/v2/roles"))).toBe(false);
    expect(paths.some((p) => p.startsWith("/api/v2/metrics"))).toBe(false);
    expect(paths.some((p) => p.startsWith("/api/v2/segments/default/test"))).toBe(false);
  });

  it("the delete threshold still applies (3 of 4 owned resources is over 25%)", async () => {
    const error = await createPlan({ dir, api, prune: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeleteThresholdError);
    expect((error as DeleteThresholdError).deletes).toBe(3);
    expect((error as DeleteThresholdError).owned).toBe(4);
  });

  it("deletes the owned role, metric and segment of an undeclared environment, and leaves the others", async () => {
    const result = await createPlan({ dir, api, prune: true, deleteThreshold: { maxPercent: 100 } });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(addresses(result.plan.changes)).toEqual([
      "delete role old-role",
      "delete metric default/old-metric",
      "delete segment default/test/old-test",
    ]);
    expect(
      addresses(result.plan.unmanaged.map((u) => ({ ...u, action: u.owned ? "owned" : "unowned" }))),
    ).toEqual([
      "unowned role hand-role",
      "unowned metric default/hand-metric",
      "unowned segment default/test/hand-test",
    ]);
    await executePlan(api, result.plan);
    const again = await createPlan({ dir, api, prune: true });
    if (!again.ok) throw new Error("invalid");
    expect(again.plan.changes).toEqual([]);
    expect((await api.listRoles()).map((role) => role.key)).toEqual(["hand-role"]);
  });
});
