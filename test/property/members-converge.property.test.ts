// Property: for random live membership and random member files, apply then leaves the emulator's membership equal
// to the files (union with the inline list) and a new plan empty. Standard segments at any live state; big segments
// from creation (an existing big segment's replace goes through the import executor, tested with it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { OWNERSHIP_TAG } from "../../src/plan/ownership.js";
import { executePlan } from "../live/support/execute-plan.js";

const USERS = Array.from({ length: 12 }, (_, i) => `user-${i}`);
const subset = fc.subarray(USERS);

let emulator: RunningEmulator;
let api: LaunchDarklyClient;
let dir: string;

beforeAll(async () => {
  emulator = await startEmulator();
  api = new LaunchDarklyClient({ baseUri: emulator.url, token: "t", concurrency: 4 });
  dir = mkdtempSync(join(tmpdir(), "ld-gitops-members-property-"));
  mkdirSync(join(dir, "cohorts"));
});

afterAll(async () => {
  await api.close();
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

async function setState(liveIncluded: string[], liveExcluded: string[]) {
  const response = await fetch(`${emulator.url}/__emulator/state`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      formatVersion: 1,
      projects: [
        {
          key: "p",
          name: "P",
          environments: [
            {
              key: "production",
              name: "Production",
              segments: [
                {
                  key: "std",
                  name: "std",
                  tags: [OWNERSHIP_TAG],
                  included: liveIncluded,
                  excluded: liveExcluded,
                },
              ],
            },
          ],
        },
      ],
    }),
  });
  expect(response.status).toBe(204);
}

async function bigMembers(): Promise<string[]> {
  const state = (await (await fetch(`${emulator.url}/__emulator/state`)).json()) as {
    projects: { environments: { bigSegmentTargets?: Record<string, { included: string[] }> }[] }[];
  };
  return [...(state.projects[0]?.environments[0]?.bigSegmentTargets?.big?.included ?? [])].sort();
}

describe("member files converge", () => {
  it("apply makes LaunchDarkly's membership the files' and a new plan is empty", async () => {
    await fc.assert(
      fc.asyncProperty(
        subset,
        subset,
        subset,
        fc.subarray(USERS, { minLength: 1 }),
        subset,
        async (liveIncluded, liveExcluded, inFile, bigFile, inline) => {
          const excluded = liveExcluded.filter((k) => !liveIncluded.includes(k));
          await setState(liveIncluded, excluded);
          writeFileSync(
            join(dir, "cohorts", "std.csv"),
            `id\r\n${inFile.map((k) => `"${k}"`).join("\r\n")}\r\n`,
          );
          writeFileSync(join(dir, "cohorts", "big.txt"), `${bigFile.join("\n")}\n`);
          writeFileSync(
            join(dir, "config.yaml"),
            `project: p
environments: [production]
segments:
  - key: std
    name: std
    included: [${inline.join(", ")}]
    members:
      - file: cohorts/std.csv
        column: id
        allowEmpty: true
  - key: big
    name: big
    unbounded: true
    members:
      - file: cohorts/big.txt
`,
          );
          const first = await createPlan({ dir, api });
          if (!first.ok) throw new Error(JSON.stringify(first.diagnostics[0]));
          await executePlan(api, first.plan);

          const std = (await api.listSegments("p", "production")).find((s) => s.key === "std");
          const members = new Set([
            ...(std?.included ?? []),
            ...(std?.includedContexts ?? []).flatMap((t) => t.values),
          ]);
          expect([...members].sort()).toEqual([...new Set([...inFile, ...inline])].sort());
          expect(std?.excluded ?? []).toEqual([]);
          expect(await bigMembers()).toEqual([...bigFile].sort());

          const again = await createPlan({ dir, api });
          if (!again.ok) throw new Error(JSON.stringify(again.diagnostics[0]));
          expect(again.plan.changes).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});
