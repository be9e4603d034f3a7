import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { SEGMENT_INSTRUCTION_KINDS } from "../../src/emulator/segment-semantic-patch.js";
import { segmentInstructionAction } from "../../src/permissions/request-actions.js";
import { apiClient, SEMANTIC_PATCH, uploadBigSegmentImport } from "./http.js";

let emulator: RunningEmulator;
let api: ReturnType<typeof apiClient>;
const base = "/api/v2/segments/web/production";

beforeAll(async () => {
  emulator = await startEmulator();
  api = apiClient(emulator.url);
  expect((await api("POST", "/api/v2/projects", { key: "web", name: "Web" })).status).toBe(201);
});
afterAll(() => emulator.close());

let counter = 0;
async function newSegment(extra: Record<string, unknown> = {}): Promise<string> {
  const key = `seg-${++counter}`;
  const created = await api("POST", base, { key, name: `Segment ${counter}`, ...extra });
  expect(created.status).toBe(201);
  return key;
}
const semantic = (key: string, instructions: unknown[], environmentKey: string | undefined = "production") =>
  api(
    "PATCH",
    `${base}/${key}`,
    { ...(environmentKey ? { environmentKey } : {}), instructions },
    SEMANTIC_PATCH,
  );

describe("segment CRUD", () => {
  it("creates, reads, lists, conflicts on duplicates and deletes", async () => {
    const created = await api("POST", base, { key: "crud", name: "CRUD", tags: ["a"], description: "d" });
    expect(created.body).toMatchObject({
      key: "crud",
      name: "CRUD",
      tags: ["a"],
      version: 1,
      deleted: false,
      rules: [],
    });
    expect(created.body._links.self.href).toBe(`${base}/crud`);
    expect((await api("POST", base, { key: "crud", name: "again" })).status).toBe(409);
    expect((await api("POST", base, { key: "x", name: "X", included: ["a"] })).body.code).toBe(
      "invalid_request",
    );
    expect((await api("GET", `${base}/crud`)).body.description).toBe("d");
    expect((await api("DELETE", `${base}/crud`)).status).toBe(204);
    const missing = await api("GET", `${base}/crud`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("not_found");
    expect((await api("GET", "/api/v2/segments/web/nope")).status).toBe(404);
  });

  it("pages with limit/offset, links and totalCount in a stable order", async () => {
    const emu = await startEmulator();
    const call = apiClient(emu.url);
    await call("POST", "/api/v2/projects", {
      key: "p",
      name: "P",
      environments: [{ key: "e", name: "E", color: "000000" }],
    });
    for (let i = 0; i < 45; i++) await call("POST", "/api/v2/segments/p/e", { key: `s${i}`, name: `S${i}` });
    const keys: string[] = [];
    let next: string | undefined = "/api/v2/segments/p/e?limit=20";
    let pages = 0;
    while (next) {
      const page = await call("GET", next);
      expect(page.status).toBe(200);
      expect(page.body.totalCount).toBe(45);
      expect(page.body._links.first.href).toContain("offset=0");
      expect(page.body._links.last.href).toContain("offset=40");
      keys.push(...page.body.items.map((s: { key: string }) => s.key));
      next = page.body._links.next?.href;
      pages++;
    }
    expect(pages).toBe(3);
    expect(keys).toEqual(Array.from({ length: 45 }, (_, i) => `s${i}`));
    const second = await call("GET", "/api/v2/segments/p/e?limit=20&offset=20");
    expect(second.body._links.prev.href).toContain("offset=0");
    const tooBig = await call("GET", "/api/v2/segments/p/e?limit=51");
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.message).toContain("50");
    await emu.close();
  });
});

describe("segment semantic patch", () => {
  it("applies tag, name and target instructions and bumps version", async () => {
    const key = await newSegment();
    const result = await semantic(key, [
      { kind: "addTags", values: ["x", "y"] },
      { kind: "removeTags", values: ["x"] },
      { kind: "updateName", value: "Renamed" },
      { kind: "addIncludedTargets", contextKind: "user", values: ["u1", "u2"] },
      { kind: "addIncludedTargets", contextKind: "device", values: ["d1"] },
      { kind: "addExcludedTargets", contextKind: "device", values: ["d2"] },
      { kind: "removeIncludedTargets", contextKind: "user", values: ["u2"] },
      { kind: "addIncludedUsers", values: ["u3"] },
      { kind: "addExcludedUsers", values: ["u4", "u5"] },
      { kind: "removeExcludedUsers", values: ["u5"] },
      { kind: "removeIncludedUsers", values: ["u3"] },
      { kind: "removeExcludedTargets", contextKind: "device", values: ["d2"] },
    ]);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      name: "Renamed",
      tags: ["y"],
      included: ["u1"],
      excluded: ["u4"],
      includedContexts: [{ contextKind: "device", values: ["d1"] }],
      excludedContexts: [],
      version: 2,
    });
  });

  it("applies every rule and clause instruction", async () => {
    const key = await newSegment();
    const clause = { attribute: "email", op: "endsWith", values: ["@a.com"], negate: false };
    let segment = (
      await semantic(key, [
        { kind: "addRule", clauses: [clause], description: "first" },
        { kind: "addRule", clauses: [clause] },
      ])
    ).body;
    const [r1, r2] = segment.rules;
    expect(r1._id).toBeTruthy();
    expect(r1.clauses[0]).toMatchObject({ ...clause, contextKind: "user" });
    const c1 = r1.clauses[0]._id;
    segment = (
      await semantic(key, [
        { kind: "reorderRules", ruleIds: [r2._id, r1._id] },
        { kind: "updateRuleDescription", ruleId: r1._id, description: "renamed" },
        { kind: "updateRuleRolloutAndContextKind", ruleId: r1._id, weight: 20000, contextKind: "user" },
        {
          kind: "addClauses",
          ruleId: r1._id,
          clauses: [{ attribute: "country", op: "in", values: ["DE"], negate: true }],
        },
        { kind: "addValuesToClause", ruleId: r1._id, clauseId: c1, values: ["@b.com"] },
        { kind: "removeValuesFromClause", ruleId: r1._id, clauseId: c1, values: ["@a.com"] },
      ])
    ).body;
    expect(segment.rules.map((r: { _id: string }) => r._id)).toEqual([r2._id, r1._id]);
    const rule = segment.rules[1];
    expect(rule).toMatchObject({ description: "renamed", weight: 20000, rolloutContextKind: "user" });
    expect(rule.clauses[0].values).toEqual(["@b.com"]);
    const c2 = rule.clauses[1]._id;
    segment = (
      await semantic(key, [
        {
          kind: "updateClause",
          ruleId: r1._id,
          clauseId: c1,
          clause: { attribute: "plan", op: "in", values: ["pro"], negate: false, contextKind: "org" },
        },
        { kind: "removeClauses", ruleId: r1._id, clauseIds: [c2] },
        { kind: "removeRule", ruleId: r2._id },
        { kind: "removeRule", ruleId: "does-not-exist" },
      ])
    ).body;
    expect(segment.rules).toHaveLength(1);
    expect(segment.rules[0].clauses).toEqual([
      { _id: c1, attribute: "plan", op: "in", values: ["pro"], negate: false, contextKind: "org" },
    ]);
  });

  it.each([
    ["unknown kind", [{ kind: "turnOn" }], "unknown instruction kind"],
    ["inherited property name as kind", [{ kind: "constructor" }], "unknown instruction kind"],
    [
      "unknown ruleId",
      [{ kind: "updateRuleDescription", ruleId: "nope", description: "d" }],
      'unknown ruleId "nope"',
    ],
    ["unknown parameter", [{ kind: "addTags", values: ["a"], extra: 1 }], 'unknown parameter "extra"'],
    ["reorder mismatch", [{ kind: "reorderRules", ruleIds: ["a"] }], "ruleIds must list every rule"],
    ["missing contextKind", [{ kind: "addIncludedTargets", values: ["a"] }], "contextKind is required"],
    [
      "both included and excluded",
      [
        { kind: "addIncludedUsers", values: ["k"] },
        { kind: "addExcludedUsers", values: ["k"] },
      ],
      "both included and excluded",
    ],
    [
      "bad weight",
      [
        { kind: "addRule", clauses: [{ attribute: "a", op: "in", values: [] }] },
        { kind: "updateRuleRolloutAndContextKind", ruleId: "x", weight: 5, contextKind: "user" },
      ],
      'unknown ruleId "x"',
    ],
    [
      "bad operator",
      [{ kind: "addRule", clauses: [{ attribute: "a", op: "IN", values: [] }] }],
      ".op must be one of",
    ],
    [
      "big-segment instruction on standard segment",
      [{ kind: "addBigSegmentIncludedTargets", values: ["a"] }],
      "only big",
    ],
  ])("answers 400 invalid_request for %s and changes nothing", async (_name, instructions, message) => {
    const key = await newSegment();
    await semantic(key, [{ kind: "addTags", values: ["before"] }]);
    const before = (await api("GET", `${base}/${key}`)).body;
    const result = await semantic(key, [{ kind: "addTags", values: ["after"] }, ...instructions]);
    expect(result.status).toBe(400);
    expect(result.body.code).toBe("invalid_request");
    expect(result.body.message).toContain(message);
    expect((await api("GET", `${base}/${key}`)).body).toEqual(before);
  });

  it("requires environmentKey matching the path", async () => {
    const key = await newSegment();
    expect((await semantic(key, [{ kind: "addTags", values: ["a"] }], "")).body.message).toContain(
      "environmentKey is required",
    );
    expect((await semantic(key, [{ kind: "addTags", values: ["a"] }], "test")).status).toBe(400);
    expect((await semantic(key, [])).body.message).toContain("non-empty");
  });

  it("enforces 1,500 target operations per request and 15,000 targets per segment", async () => {
    const key = await newSegment();
    const values = (from: number, n: number) => Array.from({ length: n }, (_, i) => `k${from + i}`);
    const tooMany = await semantic(key, [{ kind: "addIncludedUsers", values: values(0, 1501) }]);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toContain("1500");
    for (let i = 0; i < 10; i++) {
      expect(
        (await semantic(key, [{ kind: "addIncludedUsers", values: values(i * 1500, 1500) }])).status,
      ).toBe(200);
    }
    const full = (await api("GET", `${base}/${key}`)).body;
    expect(full.included).toHaveLength(15000);
    const over = await semantic(key, [{ kind: "addExcludedUsers", values: ["extra"] }]);
    expect(over.status).toBe(400);
    expect(over.body.message).toContain("15000");
  });

  it("rejects a semantic body sent without the semantic-patch content type", async () => {
    const key = await newSegment();
    const result = await api("PATCH", `${base}/${key}`, {
      environmentKey: "production",
      instructions: [{ kind: "addTags", values: ["a"] }],
    });
    expect(result.status).toBe(400);
    expect(result.body.message).toContain("domain-model=launchdarkly.semanticpatch");
  });
});

describe("segment JSON patch and merge patch", () => {
  it("guards with test on /version (409 optimistic_locking_error when stale)", async () => {
    const key = await newSegment();
    const ok = await api("PATCH", `${base}/${key}`, {
      patch: [
        { op: "test", path: "/version", value: 1 },
        { op: "add", path: "/description", value: "new" },
      ],
      comment: "why",
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ description: "new", version: 2 });
    const stale = await api("PATCH", `${base}/${key}`, {
      patch: [
        { op: "test", path: "/version", value: 1 },
        { op: "replace", path: "/description", value: "lost" },
      ],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("optimistic_locking_error");
    expect((await api("GET", `${base}/${key}`)).body.description).toBe("new");
    expect(
      (await api("PATCH", `${base}/${key}`, { patch: [{ op: "replace", path: "/key", value: "k" }] })).status,
    ).toBe(400);
    expect(
      (await api("PATCH", `${base}/${key}`, [{ op: "replace", path: "/name", value: "n" }])).status,
    ).toBe(400);
  });

  it("applies a merge patch", async () => {
    const key = await newSegment();
    const merged = await api("PATCH", `${base}/${key}`, {
      merge: { description: "m", tags: ["t"] },
      comment: "c",
    });
    expect(merged.body).toMatchObject({ description: "m", tags: ["t"], version: 2 });
  });
});

describe("big segments", () => {
  it("updates membership through POST .../contexts and the big-segment instructions", async () => {
    const key = await newSegment({ unbounded: true, unboundedContextKind: "device" });
    const update = await api("POST", `${base}/${key}/contexts`, {
      included: { add: ["a", "b"] },
      excluded: { add: ["c"] },
    });
    expect(update.status).toBe(204);
    expect((await api("GET", `${base}/${key}/contexts/a`)).body).toEqual({
      userKey: "a",
      included: true,
      excluded: false,
    });
    const patched = await semantic(key, [
      { kind: "addBigSegmentIncludedTargets", values: ["d"] },
      { kind: "removeBigSegmentIncludedTargets", values: ["a"] },
      { kind: "addBigSegmentExcludedTargets", values: ["e"] },
      { kind: "removeBigSegmentExcludedTargets", values: ["c"] },
    ]);
    expect(patched.status).toBe(200);
    expect((await api("GET", `${base}/${key}/contexts/d`)).body.included).toBe(true);
    expect((await api("GET", `${base}/${key}/contexts/a`)).status).toBe(404);
    expect((await api("GET", `${base}/${key}/contexts/e`)).body.excluded).toBe(true);
    const conflictAdd = await api("POST", `${base}/${key}/contexts`, { included: { add: ["e"] } });
    expect(conflictAdd.status).toBe(400);
    const standard = await newSegment();
    expect((await api("POST", `${base}/${standard}/contexts`, { included: { add: ["a"] } })).status).toBe(
      400,
    );
    expect((await semantic(key, [{ kind: "addIncludedUsers", values: ["x"] }])).status).toBe(400);
  });

  it("processes an uploaded import", async () => {
    const key = await newSegment({ unbounded: true });
    const importId = await uploadBigSegmentImport(emulator.url, {
      projectKey: "web",
      environmentKey: "production",
      segmentKey: key,
      included: ["i1", "i2"],
    });
    expect((await semantic(key, [{ kind: "processBigSegmentImport", importId }])).status).toBe(200);
    expect((await api("GET", `${base}/${key}/contexts/i2`)).body.included).toBe(true);
    const again = await semantic(key, [{ kind: "processBigSegmentImport", importId }]);
    expect(again.body.message).toContain("is complete; only a ready import can be processed");
  });
});

describe("audit actions", () => {
  const accesses = async (key: string) =>
    (await api("GET", `/api/v2/auditlog?spec=proj/web:env/production:segment/${key}`)).body.items.map(
      (entry: { accesses: unknown }) => entry.accesses,
    );

  it("has the client's action for every instruction kind the emulator takes", () => {
    expect(SEGMENT_INSTRUCTION_KINDS.filter((kind) => segmentInstructionAction(kind) === undefined)).toEqual(
      [],
    );
  });

  it("records the client's action per patched field, and updateRules for any other field", async () => {
    const key = await newSegment();
    const resource = `proj/web:env/production:segment/${key}`;
    const patched = await api("PATCH", `${base}/${key}`, {
      patch: [
        { op: "add", path: "/description", value: "d" },
        { op: "add", path: "/excludedContexts/-", value: { contextKind: "org", values: ["o"] } },
        { op: "add", path: "/somethingNew", value: 1 },
      ],
    });
    expect(patched.status).toBe(200);
    expect((await accesses(key))[0]).toEqual([
      { action: "updateDescription", resource },
      { action: "updateExcluded", resource },
      { action: "updateRules", resource },
    ]);
  });

  it("records updateIncluded for a processed import", async () => {
    const key = await newSegment({ unbounded: true });
    const importId = await uploadBigSegmentImport(emulator.url, {
      projectKey: "web",
      environmentKey: "production",
      segmentKey: key,
      included: ["i"],
    });
    expect((await semantic(key, [{ kind: "processBigSegmentImport", importId }])).status).toBe(200);
    expect((await accesses(key))[0]).toEqual([
      { action: "updateIncluded", resource: `proj/web:env/production:segment/${key}` },
    ]);
  });
});
