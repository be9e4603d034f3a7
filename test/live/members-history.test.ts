// Integration: a file-fed big segment whose member file changed since the last apply, in a git checkout: the plan
// finds the applied version in git history by the segment's tag and sends a delta with the real +/- keys.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../../src/pipeline/create-plan.js";
import type { Plan } from "../../src/plan/types.js";
import { renderPlanText } from "../../src/render/text.js";
import { executePlan } from "./support/execute-plan.js";
import { type LiveFixture, startLiveFixture } from "./support/live-fixture.js";

let fixture: LiveFixture;

const CONFIG = `project: default
environments: [production]
segments:
  - key: churn-risk
    name: Churn risk
    unbounded: true
    members:
      - file: cohorts/churn-risk.txt
`;

const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `user-${from + i}`);

function git(...args: string[]) {
  execFileSync("git", ["-C", fixture.dir, "-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    stdio: "ignore",
  });
}

function commitCohort(keys: string[]) {
  writeFileSync(join(fixture.dir, "cohorts/churn-risk.txt"), `${keys.join("\n")}\n`);
  git("add", "-A");
  git("commit", "-qm", "cohort");
}

async function plan(): Promise<Plan> {
  const result = await createPlan({ dir: fixture.dir, api: fixture.api });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3)));
  return result.plan;
}

async function bigMembers(): Promise<string[]> {
  const state = (await (await fetch(`${fixture.emulator.url}/__emulator/state`)).json()) as {
    projects: { environments: { bigSegmentTargets?: Record<string, { included: string[] }> }[] }[];
  };
  return [...(state.projects[0]?.environments[0]?.bigSegmentTargets?.["churn-risk"]?.included ?? [])].sort();
}

beforeAll(async () => {
  fixture = await startLiveFixture(
    {
      formatVersion: 1,
      projects: [
        { key: "default", name: "Default", environments: [{ key: "production", name: "Production" }] },
      ],
    },
    CONFIG,
    "ld-gitops-members-history-",
  );
  mkdirSync(join(fixture.dir, "cohorts"));
  git("init", "-q");
});

afterAll(() => fixture.close());

describe("big-segment membership from git history", () => {
  it("diffs against the version LaunchDarkly's tag names and sends only the delta", async () => {
    commitCohort(ids(0, 2_000));
    await executePlan(fixture.api, await plan());
    expect(await bigMembers()).toEqual(ids(0, 2_000).sort());

    commitCohort(ids(500, 2_300)); // a later export: 500 left, 300 joined
    commitCohort(ids(600, 2_300)); // and another: 100 more left
    const changed = await plan();
    const churn = changed.changes[0];
    expect(churn?.membership?.[0]).toMatchObject({
      method: "contexts",
      reason: "history",
      before: 2_000,
      added: 300,
      removed: 600,
      count: 1_700,
      requests: 1,
    });
    expect(churn?.membership?.[0]?.firstRemoved?.[0]).toBe("user-0");
    expect(renderPlanText(changed)).toContain(
      "members included (user): +300 −600, 1,700 members after apply",
    );
    await executePlan(fixture.api, changed);
    expect(await bigMembers()).toEqual(ids(600, 2_300).sort());
    expect((await plan()).changes).toEqual([]);
  });

  it("without the applied version in history, the plan replaces", async () => {
    // A fresh history (a shallow clone looks the same): the version LaunchDarkly's tag names is in none of it.
    execFileSync("git", ["-C", fixture.dir, "checkout", "-q", "--orphan", "fresh"]);
    writeFileSync(join(fixture.dir, "cohorts/churn-risk.txt"), `${ids(0, 10).join("\n")}\n`);
    git("add", "-A");
    git("commit", "-qm", "history gone");
    const result = await plan();
    expect(result.changes[0]?.membership?.[0]).toMatchObject({
      method: "import",
      reason: "unknown-live",
      count: 10,
    });
  });
});
