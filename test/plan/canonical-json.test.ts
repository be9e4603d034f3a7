import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, sameJson } from "../../src/plan/canonical-json.js";

// JSON-like data with what canonical JSON must see through: undefined members and items, key order, -0, NaN.
const leaf = fc.oneof(
  fc.constantFrom(undefined, null, 0, -0, 1, Number.NaN, Number.POSITIVE_INFINITY, "", "a", "0", true, false),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -3, max: 3 }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom("a", "b", "c", "key"), tie("value"), { maxKeys: 3 }),
}));
/** The same data with every object's keys in reverse order. */
const reordered = (data: unknown): unknown =>
  Array.isArray(data)
    ? data.map(reordered)
    : data !== null && typeof data === "object"
      ? Object.fromEntries(
          Object.entries(data)
            .reverse()
            .map(([k, v]) => [k, reordered(v)]),
        )
      : data;

describe("sameJson", () => {
  it("says exactly whether the canonical JSON texts are equal", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameJson(a, reordered(a))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("ignores key order and undefined members, not values", () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson("1", 1)).toBe(false);
  });
});
