import { describe, expect, it } from "vitest";
import {
  minimumPageRequests,
  nextHref,
  remainingPageOffsets,
  uniqueBy,
} from "../../src/launchdarkly/pagination.js";
import { isJsonPatchRepeatable, isSemanticPatchRepeatable } from "../../src/launchdarkly/write-safety.js";

describe("remainingPageOffsets", () => {
  it("lists the offsets after the first page", () => {
    expect(remainingPageOffsets(120, 50)).toEqual([50, 100]);
    expect(remainingPageOffsets(100, 50)).toEqual([50]);
    expect(remainingPageOffsets(50, 50)).toEqual([]);
    expect(remainingPageOffsets(0, 0)).toEqual([]);
  });

  it("steps by what the server actually returned when it capped the page", () => {
    expect(remainingPageOffsets(70, 20)).toEqual([20, 40, 60]);
  });
});

describe("nextHref / uniqueBy / minimumPageRequests", () => {
  it("reads the next link", () => {
    expect(nextHref({ items: [], _links: { next: { href: "/api/v2/roles?offset=50" } } })).toBe(
      "/api/v2/roles?offset=50",
    );
    expect(nextHref({ items: [], _links: {} })).toBeUndefined();
    expect(nextHref(undefined)).toBeUndefined();
  });

  it("drops repeated keys, keeping the first", () => {
    expect(
      uniqueBy(
        [
          { key: "a", n: 1 },
          { key: "b", n: 2 },
          { key: "a", n: 3 },
        ],
        (x) => x.key,
      ),
    ).toEqual([
      { key: "a", n: 1 },
      { key: "b", n: 2 },
    ]);
  });

  it("needs at least one request", () => {
    expect(minimumPageRequests(10_000, 50)).toBe(200);
    expect(minimumPageRequests(0, 50)).toBe(1);
  });
});

describe("write safety", () => {
  it("repeats JSON Patches guarded by test, or made only of replaces", () => {
    expect(
      isJsonPatchRepeatable([
        { op: "test", path: "/version", value: 1 },
        { op: "add", path: "/rules/-", value: {} },
      ]),
    ).toBe(true);
    expect(isJsonPatchRepeatable([{ op: "replace", path: "/name", value: "x" }])).toBe(true);
    expect(isJsonPatchRepeatable([{ op: "add", path: "/tags/-", value: "x" }])).toBe(false);
    expect(isJsonPatchRepeatable([])).toBe(false);
  });

  it("repeats semantic patches only when no instruction appends", () => {
    expect(
      isSemanticPatchRepeatable([{ kind: "addIncludedTargets", contextKind: "user", values: ["a"] }]),
    ).toBe(true);
    expect(
      isSemanticPatchRepeatable([
        { kind: "updateName", value: "n" },
        { kind: "addRule", clauses: [] },
      ]),
    ).toBe(false);
    expect(isSemanticPatchRepeatable([])).toBe(false);
  });
});
