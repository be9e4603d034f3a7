// Integration: the plan's impact against the emulator over real HTTP — flags using changed segments (directly,
// through a segment that matches them, through prerequisites), experiments reading changed metrics, deletes
// refused because something still uses them, every plan format, and the read budget (requests counted).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import { PlanRefusedError } from "../../src/apply/plan-refusals.js";
import type { EmulatorSnapshot } from "../../src/emulator/index.js";
import { MAX_PAGE_SIZE } from "../../src/launchdarkly/limits.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { OWNERSHIP_TAG } from "../../src/plan/ownership.js";
import type { Plan } from "../../src/plan/types.js";
import { renderPlanJson } from "../../src/render/json.js";
import { renderPlanMarkdown } from "../../src/render/markdown.js";
import { renderPlanText } from "../../src/render/text.js";
import { type LiveFixture, startLiveFixture } from "./support/live-fixture.js";

const segmentMatch = (key: string) => ({
  attribute: "segmentMatch",
  op: "segmentMatch",
  values: [key],
  negate: false,
});

const rule = (description: string, segment: string) => ({
  description,
  variation: 0,
  trackEvents: false,
  clauses: [segmentMatch(segment)],
});

const STATE: EmulatorSnapshot = {
  formatVersion: 1,
  projects: [
    {
      key: "web",
      name: "Web",
      environments: [
        {
          key: "production",
          name: "Production",
          segments: [
            { key: "beta", name: "Beta", tags: [OWNERSHIP_TAG] },
            {
              key: "wrapper",
              name: "Wrapper",
              tags: [OWNERSHIP_TAG],
              rules: [{ clauses: [segmentMatch("beta")] }],
            },
            { key: "legacy", name: "Legacy", tags: [OWNERSHIP_TAG] },
            { key: "quiet", name: "Quiet", tags: [OWNERSHIP_TAG] },
          ],
        },
      ],
      metrics: [
        {
          key: "checkout",
          name: "Checkout",
          kind: "custom",
          eventKey: "checkout",
          isNumeric: false,
          tags: [OWNERSHIP_TAG],
        },
        {
          key: "old-metric",
          name: "Old",
          kind: "custom",
          eventKey: "old",
          isNumeric: false,
          tags: [OWNERSHIP_TAG],
        },
      ],
      flags: [
        {
          key: "new-checkout",
          name: "New checkout",
          environments: { production: { on: true, rules: [rule("Beta accounts", "beta")] } },
        },
        {
          key: "checkout-v2",
          name: "Checkout v2",
          environments: { production: { on: false, prerequisites: [{ key: "new-checkout", variation: 0 }] } },
        },
        {
          key: "banner",
          name: "Banner",
          environments: { production: { on: true, rules: [rule("", "quiet"), rule("Wrapped", "wrapper")] } },
        },
        {
          key: "legacy-flag",
          name: "Legacy flag",
          environments: { production: { on: true, rules: [rule("Legacy", "legacy")] } },
        },
      ],
      experiments: [
        {
          key: "checkout-test",
          name: "Checkout test",
          environmentKey: "production",
          metrics: ["checkout", "old-metric"],
          running: true,
        },
      ],
    },
  ],
};

const CONFIG = `project: web
environments: [production]
segments:
  - key: beta
    name: Beta testers
    included: [user-1]
  - key: wrapper
    name: Wrapper
    rules:
      - clauses:
          - attribute: segmentMatch
            op: segmentMatch
            values: [beta]
  - key: quiet
    name: Quiet
metrics:
  - key: checkout
    name: Checkout (renamed)
    kind: custom
    eventKey: checkout
`;

describe("plan impact", () => {
  let fixture: LiveFixture;
  let plan: Plan;

  beforeAll(async () => {
    fixture = await startLiveFixture(STATE, CONFIG, "ld-gitops-impact-");
    fixture.emulator.clearRequests();
    const result = await createPlan({
      dir: fixture.dir,
      api: fixture.api,
      prune: true,
      deleteThreshold: { maxCount: 10, maxPercent: 100 },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    plan = result.plan;
  });
  afterAll(() => fixture.close());

  it("names the flags a segment change reaches: by rule, through a matching segment, through prerequisites", () => {
    const beta = plan.impact?.segments.find((s) => s.key === "beta");
    expect(beta?.matchedBy).toEqual(["wrapper"]);
    expect(beta?.flags).toEqual([
      { flag: "banner", name: "Banner", on: true, segment: "wrapper", rule: 2, ruleDescription: "Wrapped" },
      {
        flag: "checkout-v2",
        name: "Checkout v2",
        on: false,
        segment: "beta",
        rule: 1,
        ruleDescription: "Beta accounts",
        prerequisitePath: ["checkout-v2", "new-checkout"],
      },
      {
        flag: "new-checkout",
        name: "New checkout",
        on: true,
        segment: "beta",
        rule: 1,
        ruleDescription: "Beta accounts",
      },
    ]);
    expect(plan.impact?.reads).toEqual([
      { project: "web", environment: "production", strategy: "segment-reads" },
    ]);
  });

  it("refuses deleting a segment a flag uses and a metric a running experiment reads", () => {
    expect(plan.impact?.refusals).toEqual([
      {
        code: "plan.segment-delete-referenced",
        params: {
          project: "web",
          environment: "production",
          key: "legacy",
          flags: [
            {
              flag: "legacy-flag",
              name: "Legacy flag",
              on: true,
              segment: "legacy",
              rule: 1,
              ruleDescription: "Legacy",
            },
          ],
          segments: [],
        },
      },
      {
        code: "plan.metric-delete-in-use",
        params: {
          project: "web",
          key: "old-metric",
          activeExperimentCount: 1,
          activeGuardedRolloutCount: 0,
          experiments: [
            { key: "checkout-test", name: "Checkout test", environment: "production", archived: false },
          ],
        },
      },
    ]);
    const checkout = plan.impact?.metrics.find((m) => m.key === "checkout");
    expect(checkout).toMatchObject({ action: "update", activeExperimentCount: 1, risk: true });
  });

  it("reads single segments (their _flags), then the flag list once, and metrics in use with their experiments", () => {
    const requests = fixture.emulator.requests.map((r) => `${r.method} ${r.path}`);
    const singleSegmentReads = requests.filter((r) =>
      /^GET \/api\/v2\/segments\/web\/production\/[^/]+$/.test(r),
    );
    // Changed: beta (and wrapper follows it), legacy (deleted), quiet unchanged.
    expect(singleSegmentReads.sort()).toEqual([
      "GET /api/v2/segments/web/production/beta",
      "GET /api/v2/segments/web/production/legacy",
      "GET /api/v2/segments/web/production/wrapper",
    ]);
    expect(requests.filter((r) => r.startsWith("GET /api/v2/flags/"))).toEqual(["GET /api/v2/flags/web"]);
    expect(requests.filter((r) => /^GET \/api\/v2\/metrics\/web\/[^/]+$/.test(r)).sort()).toEqual([
      "GET /api/v2/metrics/web/checkout",
      "GET /api/v2/metrics/web/old-metric",
    ]);
  });

  it("shows the impact in every format; JSON validates against schemas/plan.schema.json", () => {
    const text = renderPlanText(plan);
    expect(text).toContain(
      'flag new-checkout "New checkout" (on): rule 1 "Beta accounts" matches segment beta',
    );
    expect(text).toContain("prerequisite path checkout-v2 → new-checkout");
    expect(text).toContain("Refused: deleting segment web/production/legacy is refused");
    expect(text).toContain("Flags touched: 4 flags in web/production");

    const markdown = renderPlanMarkdown(plan);
    const top = markdown.slice(0, markdown.indexOf("<details>"));
    expect(top).toContain("Flags touched: 4 flags in web/production");
    expect(top).toContain("Deletes: metric web/old-metric, segment web/production/legacy");
    expect(top).toContain("Refused: 2 deletes still in use");
    expect(top).toContain("deleting metric web/old-metric is refused");
    expect(top).toContain("Metrics in running experiments or guarded rollouts: web/checkout, web/old-metric");
    expect(markdown).toContain("matches segment beta");

    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../schemas/plan.schema.json"), "utf8"),
    );
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const json = JSON.parse(renderPlanJson(plan));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.impact.refusals).toHaveLength(2);
  });

  it("apply refuses the plan before any write", async () => {
    fixture.emulator.clearRequests();
    await expect(applyPlan({ plan, api: fixture.api, comment: "" })).rejects.toBeInstanceOf(PlanRefusedError);
    expect(fixture.emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

describe("plan impact read budget", () => {
  const SEGMENTS = 3000;
  const FLAGS = 300;
  let fixture: LiveFixture;

  const state = (): EmulatorSnapshot => ({
    formatVersion: 1,
    projects: [
      {
        key: "big",
        name: "Big",
        environments: [
          {
            key: "production",
            name: "Production",
            segments: Array.from({ length: SEGMENTS }, (_, i) => ({
              key: `s-${i}`,
              name: `Old ${i}`,
              tags: [OWNERSHIP_TAG],
            })),
          },
        ],
        flags: Array.from({ length: FLAGS }, (_, i) => ({
          key: `f-${i}`,
          name: `Flag ${i}`,
          environments: { production: { on: true, rules: [rule(`uses s-${i * 10}`, `s-${i * 10}`)] } },
        })),
      },
    ],
  });

  // The first `targeted` segments get a target: a change that can change who is in them.
  const config = (targeted: number, renamed = 0) =>
    `project: big\nenvironments: [production]\nsegments:\n${Array.from(
      { length: SEGMENTS },
      (_, i) =>
        `  - key: s-${i}\n    name: ${i < renamed ? "New" : "Old"} ${i}\n${i < targeted ? `    included: [u-${i}]\n` : ""}`,
    ).join("")}`;

  beforeAll(async () => {
    fixture = await startLiveFixture(state(), config(SEGMENTS), "ld-gitops-impact-budget-");
  });
  afterAll(() => fixture.close());

  const flagPages = Math.ceil(FLAGS / MAX_PAGE_SIZE.flags);
  const segmentPages = Math.ceil(SEGMENTS / MAX_PAGE_SIZE.segments);

  it(`${SEGMENTS} changed segments, ${FLAGS} flags: the flag list pages, never one read per segment`, async () => {
    fixture.emulator.clearRequests();
    const result = await createPlan({ dir: fixture.dir, api: fixture.api });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const requests = fixture.emulator.requests;
    const flagReads = requests.filter((r) => r.path.startsWith("/api/v2/flags/"));
    const singleSegmentReads = requests.filter((r) =>
      /^\/api\/v2\/segments\/big\/production\/[^/]+$/.test(r.path),
    );
    expect(singleSegmentReads).toHaveLength(0);
    expect(flagReads).toHaveLength(flagPages);
    // Everything: the project, its context kinds, the segment list pages, the flag list pages.
    expect(requests).toHaveLength(2 + segmentPages + flagPages);
    expect(result.plan.impact?.reads).toEqual([
      { project: "big", environment: "production", strategy: "flag-list" },
    ]);
    const touched = result.plan.impact?.segments.filter((s) => s.flags.length > 0) ?? [];
    expect(touched).toHaveLength(FLAGS);
    expect(touched[1]?.flags).toEqual([
      { flag: "f-1", name: "Flag 1", on: true, segment: "s-10", rule: 1, ruleDescription: "uses s-10" },
    ]);
  });

  it(`a few changed segments among ${SEGMENTS}: one read each, then the flag list only if a flag targets one`, async () => {
    fixture.emulator.loadState(state());
    // s-0 is used by f-0; s-1 by nothing.
    const targeted = config(0)
      .replace("name: Old 0\n", "name: Old 0\n    included: [u-0]\n")
      .replace("name: Old 1\n", "name: Old 1\n    included: [u-1]\n");
    writeFileSync(join(fixture.dir, "config.yaml"), targeted);
    fixture.emulator.clearRequests();
    const result = await createPlan({ dir: fixture.dir, api: fixture.api });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(result.plan.changes).toHaveLength(2);
    const requests = fixture.emulator.requests;
    expect(requests.filter((r) => /^\/api\/v2\/segments\/big\/production\/[^/]+$/.test(r.path))).toHaveLength(
      2,
    );
    expect(requests.filter((r) => r.path.startsWith("/api/v2/flags/"))).toHaveLength(flagPages);
    expect(requests).toHaveLength(2 + segmentPages + 2 + flagPages);
    expect(result.plan.impact?.segments.map((s) => [s.key, s.flags.map((f) => f.flag)])).toEqual([
      ["s-0", ["f-0"]],
      ["s-1", []],
    ]);
    expect(result.plan.impact?.reads).toEqual([
      { project: "big", environment: "production", strategy: "segment-reads" },
    ]);
  });

  it(`renamed segments among ${SEGMENTS}: nothing read about flags (a name or tag decides no one's membership)`, async () => {
    fixture.emulator.loadState(state());
    writeFileSync(join(fixture.dir, "config.yaml"), config(0, SEGMENTS));
    fixture.emulator.clearRequests();
    const result = await createPlan({ dir: fixture.dir, api: fixture.api });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(result.plan.changes).toHaveLength(SEGMENTS);
    // The project, its context kinds and the segment list pages: what the plan itself needs, nothing more.
    expect(fixture.emulator.requests).toHaveLength(2 + segmentPages);
    expect(result.plan.impact?.segments ?? []).toEqual([]);
  });
});
