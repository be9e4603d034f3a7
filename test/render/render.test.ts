import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { planDesiredState } from "../../src/plan/plan-desired-state.js";
import type { Plan, PlannedChange } from "../../src/plan/types.js";
import { renderPlanJson } from "../../src/render/json.js";
import { renderPlanMarkdown } from "../../src/render/markdown.js";
import { codeFence, escapeMarkdownInline } from "../../src/render/markdown-escape.js";
import { renderPlanText } from "../../src/render/text.js";
import { desiredState, emptyLiveFor, SOURCE, segmentDefinition } from "../plan/support/desired.js";
import { planOf } from "./support/plan-of.js";

function samplePlan(): Plan {
  const desired = desiredState({
    segments: [
      segmentDefinition({
        key: "beta",
        name: "Beta",
        included: ["user-3"],
        rules: [{ clauses: [{ attribute: "email", op: "in", values: ["a"] }], weight: 5000 }],
      }),
    ],
    metrics: [{ key: "checkout", project: "default", kind: "custom", eventKey: "checkout", source: SOURCE }],
    roles: [
      {
        key: "admins",
        name: "Admins",
        policy: [{ effect: "allow", actions: ["*"], resources: ["proj/*"] }],
        source: SOURCE,
      },
    ],
  });
  return planDesiredState(desired, emptyLiveFor(desired));
}

const update = (name: string, fields: PlannedChange["fields"]): PlannedChange => ({
  action: "update",
  resourceType: "segment",
  project: "default",
  environment: "production",
  key: "beta",
  name,
  source: "config/segments.yaml:3",
  fields,
  operations: [{ kind: "patchSegmentSemantic", instructions: [{ kind: "updateName", value: name }] }],
  liveVersion: 2,
});

describe("singular and plural wording", () => {
  const unmanaged = (count: number, owned: number): Plan => ({
    ...planOf([]),
    unmanaged: Array.from({ length: count }, (_, i) => ({
      resourceType: "segment" as const,
      project: "default",
      environment: "production",
      key: `s${i}`,
      name: `S${i}`,
      owned: i < owned,
    })),
  });

  it("says `1 resource … is`, `2 resources … are`, never `resource(s)`", () => {
    const one = renderPlanText(unmanaged(1, 0));
    expect(one).toContain("1 resource in LaunchDarkly is not in the repository (left alone):");
    const two = renderPlanText(unmanaged(2, 0));
    expect(two).toContain("2 resources in LaunchDarkly are not in the repository (left alone):");
    const oneMd = renderPlanMarkdown(unmanaged(1, 1));
    expect(oneMd).toContain(
      "1 resource in LaunchDarkly is not in the repository and is left alone (1 managed by ld-gitops: plan with <code>--prune</code> to delete it).",
    );
    const twoMd = renderPlanMarkdown(unmanaged(3, 2));
    expect(twoMd).toContain(
      "3 resources in LaunchDarkly are not in the repository and are left alone (2 managed by ld-gitops: plan with <code>--prune</code> to delete them).",
    );
    for (const text of [one, two, oneMd, twoMd]) expect(text).not.toMatch(/\(s\)/);
  });

  it("lists unmanaged resources in the Markdown too, the first 20 and a count of the rest", () => {
    const few = renderPlanMarkdown(unmanaged(2, 1));
    expect(few).toContain("- segment <code>default/production/s0</code> (managed by ld-gitops)");
    expect(few).toContain("- segment <code>default/production/s1</code>\n");
    const many = renderPlanMarkdown(unmanaged(25, 0));
    expect(many).toContain("<code>default/production/s19</code>");
    expect(many).not.toContain("<code>default/production/s20</code>");
    expect(many).toContain("- … and 5 more (see the JSON plan)");
    // The list is folded away: it must not push the changes out of view.
    expect(many.indexOf("<details><summary><sub>25 resources")).toBeGreaterThan(0);
  });
});

describe("text rendering", () => {
  it("shows each change, field lines, permissions, risks and the summary line last", () => {
    const text = renderPlanText(samplePlan());
    expect(text).toContain("+ create role admins");
    expect(text).toContain("+ grants  allow * on proj/*");
    expect(text).toContain("! risk: allows every action (*) on proj/*");
    expect(text).toContain("+ create segment default/production/beta");
    expect(text).toMatch(/ {4}\+ {3}user-3/);
    expect(text.trimEnd().split("\n").at(-1)).toBe("Plan: 3 to create, 0 to update, 0 to delete.");
    expect(text).not.toContain("\u001b[");
  });

  it("update field lines show before → after", () => {
    const text = renderPlanText(planOf([update("New", [{ path: "/name", before: "Old", after: "New" }])]));
    expect(text).toContain('~ name: "Old" → "New"');
    expect(text.trimEnd().split("\n").at(-1)).toBe("Plan: 0 to create, 1 to update, 0 to delete.");
  });

  it("an empty plan says so; colour only when asked", () => {
    expect(renderPlanText(planOf([]))).toContain("No changes. LaunchDarkly matches the repository.");
    expect(renderPlanText(samplePlan(), { color: true })).toContain("\u001b[");
  });
});

describe("markdown rendering", () => {
  it("has warnings on top, a summary table, sections, collapsible diffs", () => {
    const plan = { ...samplePlan(), warnings: ["watch out"] };
    const md = renderPlanMarkdown(plan);
    expect(md.indexOf("watch out")).toBeLessThan(md.indexOf("| Roles |"));
    expect(md).toContain("**Plan: 3 to create, 0 to update, 0 to delete.**");
    expect(md).toContain("### Roles");
    expect(md).toContain("### Segments");
    expect(md).toContain("<details><summary>");
    expect(md).toContain("```diff");
    expect(md).toContain("+ grants  allow * on proj/*");
  });

  it("escapes names: no HTML, no closing </details>, no @mentions", () => {
    const md = renderPlanMarkdown(
      planOf([update("</details><img src=x onerror=alert(1)> @octocat *bold*", [])]),
    );
    const summary = md.split("\n").find((line) => line.startsWith("<details><summary>")) ?? "";
    expect(summary).not.toContain("<img");
    expect(summary.match(/<\/details>/g)).toBeNull();
    expect(summary).toContain("&lt;/details&gt;");
    expect(summary).toContain("@\u200doctocat");
    expect(summary).not.toContain("*bold*");
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it("a value with a code fence gets a longer fence", () => {
    const md = renderPlanMarkdown(
      planOf([update("x", [{ path: "/description", before: "a", after: "```\n</details>" }])]),
    );
    expect(md).toContain("````diff");
    expect(codeFence("no ticks")).toBe("```");
    expect(codeFence("a ````` b")).toBe("``````");
    expect(escapeMarkdownInline("a|b\nc")).toBe("a&#124;b c");
  });

  it("shortens to the limit, keeping the summary and saying what was left out and where", () => {
    const changes = Array.from({ length: 400 }, (_, i) => ({
      ...update(`segment ${i}`, [{ path: "/description", before: "x".repeat(100), after: "y".repeat(400) }]),
      key: `seg-${String(i).padStart(3, "0")}`,
    }));
    const md = renderPlanMarkdown(planOf(changes), { fullPlanUrl: "https://example.com/run/1#plan" });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).toContain("**Plan: 0 to create, 400 to update, 0 to delete.**");
    expect(md).toContain("seg-000");
    const shown = md.match(/<details>/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(400);
    expect(md).toContain(`${400 - shown} more changes are not shown`);
    expect(md).toContain("(https://example.com/run/1#plan)");
    const small = renderPlanMarkdown(planOf(changes), { maxLength: 5000 });
    expect(small.length).toBeLessThanOrEqual(5000);
  });
});

describe("JSON rendering", () => {
  const schema = JSON.parse(readFileSync(new URL("../../schemas/plan.schema.json", import.meta.url), "utf8"));
  const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);

  it("rendered plans validate against schemas/plan.schema.json", () => {
    for (const plan of [
      samplePlan(),
      planOf([]),
      planOf([update("x", [{ path: "/name", before: "a", after: "b" }])]),
    ]) {
      const parsed = JSON.parse(renderPlanJson(plan));
      expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
      expect(parsed.version).toBe(2);
    }
  });

  it("the schema rejects an unknown operation", () => {
    const bad = JSON.parse(renderPlanJson(planOf([update("x", [])])));
    bad.changes[0].operations[0] = { kind: "dropDatabase" };
    expect(validate(bad)).toBe(false);
  });
});
