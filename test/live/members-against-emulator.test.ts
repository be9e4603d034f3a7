// Integration: member files planned and applied against the emulator over real HTTP, then planned again.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { MEMBERSHIP_TAG_PREFIX } from "../../src/plan/plan-members.js";
import type { Plan } from "../../src/plan/types.js";
import { renderPlanMarkdown } from "../../src/render/markdown.js";
import { renderPlanText } from "../../src/render/text.js";
import { executePlan } from "./support/execute-plan.js";
import { type LiveFixture, startLiveFixture } from "./support/live-fixture.js";

let fixture: LiveFixture;

const CONFIG = `project: default
environments: [production]
segments:
  - key: power-users
    name: Power users
    included: [inline-1]
    membershipSync: automatic
    members:
      - file: cohorts/power-users.csv
        column: amplitude_user_id
  - key: churn-risk
    name: Churn risk
    unbounded: true
    unboundedContextKind: user
    members:
      - file: cohorts/churn-risk.txt
`;

const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `user-${from + i}`);

function writeCohorts(power: string[], churn: string[]) {
  writeFileSync(
    join(fixture.dir, "cohorts/power-users.csv"),
    `email,amplitude_user_id\r\n${power.map((k) => `${k}@x,${k}`).join("\r\n")}\r\n`,
  );
  writeFileSync(join(fixture.dir, "cohorts/churn-risk.txt"), `${churn.join("\n")}\n`);
}

async function plan(): Promise<Plan> {
  const result = await createPlan({ dir: fixture.dir, api: fixture.api });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3)));
  return result.plan;
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
    "ld-gitops-members-",
  );
  const { mkdirSync } = await import("node:fs");
  mkdirSync(join(fixture.dir, "cohorts"));
});

afterAll(() => fixture.close());

describe("member files against the emulator", () => {
  it("creates, applies, re-plans empty; a changed cohort shows its diff and converges", async () => {
    writeCohorts(ids(0, 4_000), ids(0, 300));
    // The SDKs have seen the power users (by the key the cohort uses); the churn file holds other identifiers.
    const seen = await fetch(`${fixture.emulator.url}/__emulator/contexts`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        projectKey: "default",
        environmentKey: "production",
        contexts: ids(0, 4_000).map((key) => ({ kind: "user", key })),
      }),
    });
    expect(seen.status).toBe(200);
    writeFileSync(
      join(fixture.dir, "cohorts/churn-risk.txt"),
      `${ids(0, 300)
        .map((k) => `device-${k}`)
        .join("\n")}\n`,
    );
    const unknown = await plan();
    expect(unknown.warnings.filter((w) => w.code === "plan.members-unknown-contexts")).toEqual([
      {
        code: "plan.members-unknown-contexts",
        params: {
          file: "cohorts/churn-risk.txt",
          contextKind: "user",
          project: "default",
          environment: "production",
          sampled: 20,
          known: 0,
        },
      },
    ]);
    expect(renderPlanText(unknown)).toContain(
      "0 of 20 sampled keys of cohorts/churn-risk.txt (kind user) are known contexts in default/production: is this the identifier your SDKs send as the user key?",
    );
    const reads = fixture.emulator.requests.filter((r) => r.path.includes("/contexts/user/"));
    expect(reads.length).toBe(40);

    writeCohorts(ids(0, 4_000), ids(0, 300));
    const first = await plan();
    const power = first.changes.find((c) => c.key === "power-users");
    expect(power?.membership?.[0]).toMatchObject({
      method: "semantic-patch",
      count: 4_001,
      added: 4_001,
      requests: 3,
    });
    expect(power?.membershipSync).toBe("automatic");
    const churn = first.changes.find((c) => c.key === "churn-risk");
    expect(churn?.membership?.[0]).toMatchObject({ method: "contexts", count: 300, reason: "created" });
    await executePlan(fixture.api, first);

    const live = await fixture.api.listSegments("default", "production");
    const segment = live.find((s) => s.key === "power-users");
    expect(
      new Set([...(segment?.included ?? []), ...(segment?.includedContexts ?? []).flatMap((t) => t.values)]),
    ).toEqual(new Set([...ids(0, 4_000), "inline-1"]));
    expect(
      live.find((s) => s.key === "churn-risk")?.tags.some((t) => t.startsWith(MEMBERSHIP_TAG_PREFIX)),
    ).toBe(true);
    expect((await plan()).changes).toEqual([]);

    // The cohort export changes: 1,000 leave, 500 join.
    writeCohorts(ids(1_000, 4_500), ids(0, 300));
    const second = await plan();
    expect(second.changes.map((c) => c.key)).toEqual(["power-users"]);
    expect(second.changes[0]?.membership?.[0]).toMatchObject({
      added: 500,
      removed: 1_000,
      count: 3_501,
      before: 4_001,
      requests: 1,
    });
    const text = renderPlanText(second);
    expect(text).toContain(
      "members included (user): +500 −1,000, 3,501 members after apply from cohorts/power-users.csv",
    );
    expect(renderPlanMarkdown(second)).toContain("+500 −1,000");
    await executePlan(fixture.api, second);
    expect((await plan()).changes).toEqual([]);
  });

  it("a changed big-segment file cannot be diffed against LaunchDarkly: the plan replaces by import", async () => {
    writeCohorts(ids(1_000, 4_500), ids(0, 301));
    const result = await plan();
    const churn = result.changes.find((c) => c.key === "churn-risk");
    expect(churn?.membership?.[0]).toMatchObject({
      method: "import",
      count: 301,
      requests: 1,
      reason: "unknown-live",
    });
    expect(churn?.operations.map((op) => op.kind)).toEqual([
      "patchSegmentSemantic",
      "importBigSegmentMembers",
      "patchSegmentSemantic",
    ]);
    // The emulator returns LaunchDarkly's member counts (`_unboundedMetadata`), so the plan names them.
    expect(renderPlanText(result)).toContain(
      "replace all members with 301 contexts from cohorts/churn-risk.txt (LaunchDarkly holds 300): 1 upload",
    );
  });
});
