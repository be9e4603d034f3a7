import { describe, expect, it } from "vitest";
import type { LdSegment } from "../../src/launchdarkly/types.js";
import { planRoleUpdate } from "../../src/plan/plan-roles.js";
import { planSegmentCreate, planSegmentUpdate } from "../../src/plan/plan-segments.js";
import type { PlannedChange } from "../../src/plan/types.js";
import { fieldLines } from "../../src/render/describe.js";
import { clauseLines, rolloutPercent, ruleLines } from "../../src/render/describe-rule.js";
import { renderPlanMarkdown } from "../../src/render/markdown.js";
import { renderPlanText } from "../../src/render/text.js";
import { SOURCE } from "../plan/support/desired.js";
import { planOf } from "./support/plan-of.js";

const segment = {
  project: "web-app",
  environment: "production",
  key: "beta",
  name: "Beta",
  source: SOURCE,
};

const staffRule = {
  description: "Staff try every beta first",
  clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"] }],
};
const enterpriseRule = {
  description: "Half of enterprise",
  clauses: [
    { contextKind: "organization", attribute: "plan", op: "in", values: ["enterprise"] },
    { attribute: "country", op: "in", values: ["US"], negate: true },
  ],
  weight: 50000,
  rolloutContextKind: "organization",
};

/** The live copy of a segment with the given rules, with the ids LaunchDarkly would give them. */
function liveWithRules(rules: (typeof enterpriseRule)[] | (typeof staffRule)[]): LdSegment {
  return {
    key: "beta",
    name: "Beta",
    tags: ["managed-by-ld-gitops"],
    version: 3,
    creationDate: 0,
    rules: rules.map((rule, r) => ({
      ...rule,
      _id: `rule-${r}`,
      clauses: rule.clauses.map((clause, c) => ({ ...clause, _id: `clause-${r}-${c}` })),
    })),
  } as unknown as LdSegment;
}

describe("readable rules", () => {
  it("a new rule reads as a sentence: clauses joined by AND, rollout, negation, segment match", () => {
    const text = renderPlanText(
      planOf([
        planSegmentCreate({
          ...segment,
          rules: [
            staffRule,
            enterpriseRule,
            { clauses: [{ attribute: "segmentMatch", op: "segmentMatch", values: ["beta-testers"] }] },
            {
              clauses: [{ attribute: "segmentMatch", op: "segmentMatch", values: ["churned"], negate: true }],
            },
          ],
        }),
      ]),
    );
    expect(text).toContain('+ rule 1 "Staff try every beta first": user.email endsWith "@example.com"');
    expect(text).toContain('+ rule 2 "Half of enterprise": organization.plan in ["enterprise"]');
    expect(text).toContain('+     AND user.country not in ["US"]');
    expect(text).toContain("+     rollout 50% by organization.key");
    expect(text).toContain("+ rule 3: in segment beta-testers");
    expect(text).toContain("+ rule 4: not in segment churned");
    expect(text).not.toContain("rules.0");
    expect(text).not.toContain('"clauses"');
  });

  it("an edited rule shows which rule and only the changed clause and rollout, before and after", () => {
    const change = planSegmentUpdate(
      {
        ...segment,
        rules: [
          staffRule,
          {
            ...enterpriseRule,
            clauses: [
              {
                contextKind: "organization",
                attribute: "plan",
                op: "in",
                values: ["enterprise", "business"],
              },
              enterpriseRule.clauses[1] as (typeof enterpriseRule.clauses)[number],
            ],
            weight: 25000,
          },
        ],
      },
      liveWithRules([staffRule, enterpriseRule] as (typeof enterpriseRule)[]),
    );
    if (!change) throw new Error("expected a change");
    const text = renderPlanText(planOf([change]));
    expect(text).toContain('~ rule 2 "Half of enterprise":');
    expect(text).toContain('-     clause 1: organization.plan in ["enterprise"]');
    expect(text).toContain('+     clause 1: organization.plan in ["enterprise", "business"]');
    expect(text).toContain("-     rollout 50% by organization.key");
    expect(text).toContain("+     rollout 25% by organization.key");
    // The unchanged clause and the unchanged rule are not repeated.
    expect(text).not.toContain("country");
    expect(text).not.toContain("Staff try");
  });

  it("removed and moved rules say so", () => {
    const removed = planSegmentUpdate(
      { ...segment, rules: [enterpriseRule] },
      liveWithRules([staffRule, enterpriseRule] as (typeof enterpriseRule)[]),
    );
    if (!removed) throw new Error("expected a change");
    expect(renderPlanText(planOf([removed]))).toContain(
      '- rule 1 "Staff try every beta first": user.email endsWith "@example.com"',
    );
    const moved = planSegmentUpdate(
      { ...segment, rules: [enterpriseRule, staffRule] },
      liveWithRules([staffRule, enterpriseRule] as (typeof enterpriseRule)[]),
    );
    if (!moved) throw new Error("expected a change");
    const text = renderPlanText(planOf([moved]));
    expect(text).toContain("~ rule 1: moved, was rule 2");
    expect(text).toContain("~ rule 2: moved, was rule 1");
  });

  it("long values are wrapped or listed, never cut with an ellipsis", () => {
    const values = Array.from({ length: 60 }, (_, i) => `customer-account-${i}`);
    const lines = clauseLines("rule 1: ", { attribute: "key", op: "in", values }, "      ");
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join(" ")).toContain('"customer-account-59"');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    const change = planSegmentCreate({
      ...segment,
      description: "d".repeat(400),
      rules: [{ clauses: [{ attribute: "key", op: "in", values }] }],
    });
    const text = renderPlanText(planOf([change]));
    expect(text).toContain("d".repeat(400));
    expect(text).toContain('"customer-account-0"');
    expect(text).toContain('"customer-account-59"');
    expect(text).not.toContain("…");
    expect(rolloutPercent(12345)).toBe("12.345%");
    expect(ruleLines(0, { clauses: [] })).toEqual(["rule 1: (no clauses: matches every context)"]);
  });

  it("a long object value is listed one property per line", () => {
    const change: PlannedChange = {
      action: "create",
      resourceType: "metric",
      project: "web-app",
      key: "m",
      name: "M",
      fields: [
        {
          path: "/filters",
          after: {
            type: "contextAttribute",
            attribute: "country",
            op: "in",
            values: ["US", "CA"],
            negate: false,
            x: "y".repeat(40),
          },
        },
      ],
      operations: [{ kind: "deleteMetric" }],
    };
    const lines = fieldLines(change, change.fields[0] as PlannedChange["fields"][number]).map((l) => l.text);
    expect(lines[0]).toBe("filters: {");
    expect(lines).toContain('    attribute: "country"');
    expect(lines.at(-1)).toBe("  }");
  });
});

describe("readable policies", () => {
  it("one line per statement; an update shows the statements removed and added", () => {
    const change = planRoleUpdate(
      {
        key: "syncer",
        name: "Syncer",
        policy: [
          {
            effect: "allow",
            actions: ["createSegment", "updateIncluded"],
            resources: ["proj/*:env/*:segment/*"],
          },
          {
            effect: "deny",
            notActions: ["updateDescription"],
            resources: ["proj/*:env/production:segment/*"],
          },
        ],
        source: SOURCE,
      },
      {
        key: "syncer",
        name: "Syncer",
        description: "[managed-by-ld-gitops]",
        policy: [
          { effect: "allow", actions: ["createSegment"], resources: ["proj/*:env/*:segment/*"] },
          {
            effect: "deny",
            notActions: ["updateDescription"],
            resources: ["proj/*:env/production:segment/*"],
          },
        ],
      } as never,
    );
    if (!change) throw new Error("expected a change");
    const text = renderPlanText(planOf([change]));
    expect(text).toContain("~ policy:");
    expect(text).toContain("-   allow [createSegment] on proj/*:env/*:segment/*");
    expect(text).toContain("+   allow [createSegment, updateIncluded] on proj/*:env/*:segment/*");
    expect(text).not.toContain("updateDescription");
    expect(text).toContain(
      "! risk: allows updateIncluded on every project's segments (proj/*:env/*:segment/*)",
    );
  });
});

describe("markdown keeps its escaping with readable rules", () => {
  it("a rule description cannot close the fence or the details block", () => {
    const change = planSegmentCreate({
      ...segment,
      name: "<b>x</b> @team",
      rules: [
        {
          description: "```\n</details> <img src=x>",
          clauses: [{ attribute: "email", op: "in", values: ["`a`"] }],
        },
      ],
    });
    const md = renderPlanMarkdown(planOf([change]));
    expect(md).toContain("````diff");
    expect(md).toContain('+ rule 1 "```\\n</details> <img src=x>": user.email in ["`a`"]');
    // Outside the fence, the only </details> are the tool's own.
    expect(md.match(/<details>/g)?.length).toBe(1);
    const outsideFence = md.replace(/````diff[\s\S]*?\n````/g, "");
    expect(outsideFence.match(/<\/details>/g)?.length).toBe(1);
    expect(outsideFence).not.toContain("<img");
    expect(outsideFence).toContain("@\u200dteam");
  });

  it("policy statements and grouped permissions are listed in the comment", () => {
    const change = planRoleUpdate(
      {
        key: "r",
        name: "R",
        policy: [
          {
            effect: "allow",
            actions: ["createSegment", "updateIncluded"],
            resources: ["proj/*:env/*:segment/*"],
          },
        ],
        source: SOURCE,
      },
      { key: "r", name: "R", description: "[managed-by-ld-gitops]", policy: [] } as never,
    );
    if (!change) throw new Error("expected a change");
    const md = renderPlanMarkdown(planOf([change]));
    expect(md).toContain("+   allow [createSegment, updateIncluded] on proj/*:env/*:segment/*");
    expect(md).toContain("+ grants  allow [createSegment, updateIncluded] on proj/*:env/*:segment/*");
    expect(md).toContain("**Risk:** allows createSegment, updateIncluded on every project&#39;s segments");
  });
});
