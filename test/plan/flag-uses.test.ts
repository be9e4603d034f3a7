import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LdFlag, LdFlagConfig } from "../../src/launchdarkly/types.js";
import { flagUsesBySegment } from "../../src/plan/flag-uses.js";

function flag(key: string, config: Partial<LdFlagConfig>): LdFlag {
  return {
    key,
    name: key.toUpperCase(),
    kind: "boolean",
    _version: 1,
    creationDate: 0,
    variations: [{ value: true }, { value: false }],
    temporary: true,
    tags: [],
    archived: false,
    _links: {},
    environments: { prod: { on: true, rules: [], prerequisites: [], ...config } as LdFlagConfig },
  };
}

const matches = (...segments: string[]) => ({
  trackEvents: false,
  clauses: [{ attribute: "segmentMatch", op: "segmentMatch", values: segments, negate: false }],
});

describe("flagUsesBySegment", () => {
  it("numbers rules from 1, follows prerequisite chains shortest first and survives a cycle", () => {
    const flags = [
      flag("a", {
        rules: [matches("other"), matches("seg", "other")],
        prerequisites: [{ key: "c", variation: 0 }],
      }),
      flag("b", { on: false, prerequisites: [{ key: "a", variation: 0 }] }),
      flag("c", { prerequisites: [{ key: "b", variation: 0 }] }),
    ];
    const uses = flagUsesBySegment(flags, "prod", new Set(["seg"]));
    expect(uses.get("seg")).toEqual([
      { flag: "a", name: "A", on: true, segment: "seg", rule: 2 },
      { flag: "b", name: "B", on: false, segment: "seg", rule: 2, prerequisitePath: ["b", "a"] },
      { flag: "c", name: "C", on: true, segment: "seg", rule: 2, prerequisitePath: ["c", "b", "a"] },
    ]);
    expect(uses.has("other")).toBe(false);
  });

  it("ignores other environments and clauses that are not segmentMatch", () => {
    const other = flag("x", {});
    other.environments = { staging: { rules: [matches("seg")] } as LdFlagConfig };
    const notMatch = flag("y", {
      rules: [
        { trackEvents: false, clauses: [{ attribute: "key", op: "in", values: ["seg"], negate: false }] },
      ],
    });
    expect(flagUsesBySegment([other, notMatch], "prod", new Set(["seg"])).size).toBe(0);
  });

  it("every flag whose rule names a watched segment is listed once per rule, and nothing else directly", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom("s1", "s2", "s3"), { maxLength: 3 }), { maxLength: 8 }),
        (rulesPerFlag) => {
          const flags = rulesPerFlag.map((segments, index) =>
            flag(`f${index}`, { rules: segments.map((segment) => matches(segment)) }),
          );
          const uses = flagUsesBySegment(flags, "prod", new Set(["s1", "s2"]));
          for (const segment of ["s1", "s2"]) {
            const expected = rulesPerFlag.flatMap((segments, index) =>
              segments.flatMap((s, rule) => (s === segment ? [`f${index}#${rule + 1}`] : [])),
            );
            expect((uses.get(segment) ?? []).map((use) => `${use.flag}#${use.rule}`)).toEqual(expected);
          }
          expect(uses.has("s3")).toBe(false);
        },
      ),
    );
  });
});
