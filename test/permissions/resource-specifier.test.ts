import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseResourceSpecifier } from "../../src/permissions/resource-specifier.js";

function parse(text: string) {
  const result = parseResourceSpecifier(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.error.message}`);
  return result;
}

describe("parseResourceSpecifier", () => {
  it("parses the hierarchy into typed segments", () => {
    const { specifier, warnings } = parse("proj/web-app:env/production:segment/beta-*");
    expect(warnings).toEqual([]);
    expect(specifier.typePath).toBe("proj:env:segment");
    expect(specifier.resourceType).toBe("segment");
    expect(specifier.segments.map((s) => [s.type, s.name, s.offset])).toEqual([
      ["proj", "web-app", 0],
      ["env", "production", 13],
      ["segment", "beta-*", 28],
    ]);
  });

  it("reads tags, property selectors and views after `;`", () => {
    const { specifier } = parse("proj/*:env/*;{critical:true},fedramp-*:flag/*;view:checkout,mobile");
    expect(specifier.segments[1]).toMatchObject({ tags: ["fedramp-*"], properties: { critical: "true" } });
    expect(specifier.segments[2]).toMatchObject({ name: "*", views: ["checkout"], tags: ["mobile"] });
  });

  it("reads role attributes in names", () => {
    const { specifier } = parse("proj/${roleAttribute/devProjects}:env/${roleAttribute/dev-envs}");
    expect(specifier.segments.map((s) => s.roleAttributes)).toEqual([["devProjects"], ["dev-envs"]]);
    expect(specifier.segments[0]?.name).toBe("${roleAttribute/devProjects}");
  });

  it("reads bare types", () => {
    expect(parse("acct").specifier.segments).toEqual([
      { type: "acct", roleAttributes: [], tags: [], properties: {}, views: [], offset: 0 },
    ]);
  });

  it("accepts LaunchDarkly's own quirky examples with warnings", () => {
    expect(parse("proj/*:env/*;qa_*:/flag/*").warnings[0]?.message).toContain("stray `/`");
    expect(parse("proj/*:env/:flag/*;terraform-managed").warnings[0]?.message).toContain("empty name");
    expect(parse("proj/project-1,project-2").specifier.segments[0]?.name).toBe("project-1,project-2");
  });

  it.each([
    ["", "empty"],
    [" proj/*", "leading or trailing spaces"],
    ["proj/*:", "ends with `:`"],
    ["proj/a b", "unexpected ` `"],
    ["proj/$x", "role attribute"],
    ["proj/*:env/*;{critical", "unclosed `{`"],
    ["proj/*:env/*;{critical}", "`{property:value}`"],
    ["proj/*;a,,b", "empty tag"],
    ["proj/*:9env/*", "not a resource type"],
  ])("rejects %j with a message about %s", (text, message) => {
    const result = parseResourceSpecifier(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
  });

  it("never throws and round-trips the text, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."proj/env:segment;*{}$,ab-_.") }), (text) => {
        const result = parseResourceSpecifier(text);
        if (result.ok) expect(result.specifier.text).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
