import { describe, expect, it } from "vitest";
import type { LdSegment } from "../../src/launchdarkly/types.js";
import { normalizeDesiredSegment, normalizeLiveSegment } from "../../src/plan/normalize-segment.js";
import { OWNERSHIP_TAG } from "../../src/plan/ownership.js";
import { SOURCE } from "./support/desired.js";

const live = (fields: Partial<LdSegment>): LdSegment => ({
  key: "beta",
  name: "Beta",
  tags: [],
  creationDate: 1,
  lastModifiedDate: 2,
  rules: [],
  version: 7,
  deleted: false,
  generation: 3,
  _links: { self: { href: "/x" } },
  ...fields,
});

describe("segment normalisation", () => {
  it("drops server-set fields and treats empty lists as absent", () => {
    const a = normalizeLiveSegment(
      live({ included: [], excluded: [], includedContexts: [], description: "" }),
    );
    const b = normalizeLiveSegment(live({ version: 99, lastModifiedDate: 100, creationDate: 50 }));
    expect(a).toEqual(b);
    expect(a).toEqual({
      key: "beta",
      name: "Beta",
      tags: [],
      unbounded: false,
      included: {},
      excluded: {},
      rules: [],
    });
  });

  it("fills in clause defaults (negate false, contextKind user) and keeps ids apart", () => {
    const normalized = normalizeLiveSegment(
      live({
        rules: [
          {
            _id: "r1",
            clauses: [{ _id: "c1", attribute: "email", op: "endsWith", values: ["@x.com"], negate: false }],
          },
        ],
      }),
    );
    expect(normalized.rules[0]).toEqual({
      id: "r1",
      clauses: [
        {
          id: "c1",
          contextKind: "user",
          attribute: "email",
          op: "endsWith",
          values: ["@x.com"],
          negate: false,
        },
      ],
    });
    const desired = normalizeDesiredSegment({
      key: "beta",
      project: "p",
      environment: "e",
      name: "Beta",
      source: SOURCE,
      rules: [{ clauses: [{ attribute: "email", op: "endsWith", values: ["@x.com"] }] }],
    });
    expect(desired.rules[0]?.clauses[0]).toEqual({
      contextKind: "user",
      attribute: "email",
      op: "endsWith",
      values: ["@x.com"],
      negate: false,
    });
  });

  it("a legacy rollout compares as bucketing by user", () => {
    const normalized = normalizeLiveSegment(
      live({
        rules: [
          {
            _id: "r1",
            clauses: [{ _id: "c1", attribute: "email", op: "in", values: ["a"], negate: false }],
            weight: 5_000,
            bucketBy: "",
          },
        ],
      }),
    );
    expect(normalized.rules[0]).toMatchObject({
      weight: 5_000,
      rolloutContextKind: "user",
    });
    expect(normalized.rules[0]?.bucketBy).toBeUndefined();
  });

  it("merges legacy user lists with user-kind contexts as sorted sets", () => {
    const normalized = normalizeLiveSegment(
      live({
        included: ["u2", "u1"],
        includedContexts: [
          { contextKind: "user", values: ["u1", "u3"] },
          { contextKind: "org", values: ["b", "a"] },
        ],
      }),
    );
    expect(normalized.included).toEqual({ org: ["a", "b"], user: ["u1", "u2", "u3"] });
  });

  it("sorts tags, adds the ownership tag to the desired side only", () => {
    expect(normalizeLiveSegment(live({ tags: ["b", "a", "a"] })).tags).toEqual(["a", "b"]);
    const desired = normalizeDesiredSegment({
      key: "k",
      project: "p",
      environment: "e",
      name: "n",
      tags: ["z"],
      source: SOURCE,
    });
    expect(desired.tags).toEqual([OWNERSHIP_TAG, "z"].sort());
  });

  it("defaults the rollout context kind only when a rollout is set and keeps rule order", () => {
    const normalized = normalizeLiveSegment(
      live({
        rules: [
          { _id: "r2", clauses: [], weight: 5000 },
          { _id: "r1", clauses: [], rolloutContextKind: "org" },
        ],
      }),
    );
    expect(normalized.rules.map((r) => [r.id, r.weight, r.rolloutContextKind])).toEqual([
      ["r2", 5000, "user"],
      ["r1", undefined, undefined],
    ]);
  });
});
