import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLAUSE_OPERATORS } from "../../src/launchdarkly/operators.js";
import { METRIC_DEFINITION_FIELDS } from "../../src/model/metric.js";
import { SEGMENT_OVERRIDABLE_FIELDS } from "../../src/model/segment.js";
import { errors, HEADER, validateFiles } from "./helpers.js";

const segment = (body: string) => `${HEADER}segments:\n  - key: beta\n    name: Beta\n${body}`;
// A pageview metric with one URL matcher.
const urlMetric = (url: string) =>
  `project: p\nmetrics:\n  - key: m\n    kind: pageview\n    urls:\n      - ${url}\n`;

describe("schema diagnostics", () => {
  it("suggests the nearest field for an unknown one, at the key", async () => {
    const result = await validateFiles({ "a.yaml": segment("    inclded: [u1]\n") });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 6,
        column: 5,
        path: "/segments/0/inclded",
        message: "unknown field `inclded` in segment; did you mean `included`?",
      }),
    ]);
  });

  it("gives one error for `kind` written for `contextKind`, suggesting it", async () => {
    const result = await validateFiles({
      "a.yaml": segment(
        "    includedContexts:\n      - kind: organization\n        values: [acme]\n    rules:\n      - clauses:\n          - { kind: organization, attribute: key, op: in, values: [acme] }\n",
      ),
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 7,
        column: 9,
        path: "/segments/0/includedContexts/0/kind",
        message: "unknown field `kind` in target list; did you mean `contextKind`?",
      }),
      expect.objectContaining({
        line: 11,
        column: 15,
        path: "/segments/0/rules/0/clauses/0/kind",
        message: "unknown field `kind` in clause; did you mean `contextKind`?",
      }),
    ]);
  });

  it("lists the known fields when nothing is close", async () => {
    const result = await validateFiles({
      "a.yaml":
        "roles:\n  - key: r\n    name: R\n    policy: [{ effect: allow, resources: [acct], actions: ['*'] }]\n    colour: red\n",
    });
    expect(errors(result)[0]?.message).toMatch(
      /^unknown field `colour` in role; known fields: key, name, description/,
    );
  });

  it("rejects server-set fields pasted from an export, saying LaunchDarkly sets them", async () => {
    const result = await validateFiles({
      "a.yaml": segment("    version: 4\n    creationDate: 1654104600000\n    _links: {}\n"),
    });
    const messages = errors(result).map((d) => d.message);
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m).toMatch(/is set by LaunchDarkly, not by you: remove it/);
  });

  it("rejects server-set ids inside rules and clauses", async () => {
    const result = await validateFiles({
      "a.yaml": segment(
        "    rules:\n      - _id: r1\n        clauses:\n          - { _id: c1, attribute: email, op: in, values: [a] }\n",
      ),
    });
    expect(errors(result).map((d) => d.path)).toEqual([
      "/segments/0/rules/0/_id",
      "/segments/0/rules/0/clauses/0/_id",
    ]);
  });

  it("names every allowed operator for a bad clause `op`, at the value", async () => {
    const result = await validateFiles({
      "a.yaml": segment(
        "    rules:\n      - clauses:\n          - { attribute: email, op: within, values: [a] }\n",
      ),
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 8,
        column: 37,
        message:
          "`op` must be one of in, endsWith, startsWith, matches, contains, lessThan, lessThanOrEqual, greaterThan, greaterThanOrEqual, before, after, segmentMatch, semVerEqual, semVerLessThan, semVerGreaterThan; got `within`",
      }),
    ]);
  });

  it("suggests the LaunchDarkly operator for one named as in other tools", async () => {
    const op = async (name: string) =>
      errors(
        await validateFiles({
          "a.yaml": segment(
            `    rules:\n      - clauses:\n          - { attribute: email, op: "${name}", values: [a] }\n`,
          ),
        }),
      );
    expect(await op("equals")).toEqual([
      expect.objectContaining({
        line: 8,
        column: 37,
        code: "schema.operator-synonym",
        message:
          "`equals` is not a LaunchDarkly operator: use `op: in`, which matches when the attribute equals any of `values`",
      }),
    ]);
    expect((await op("notIn"))[0]?.message).toBe(
      "`notIn` is not a LaunchDarkly operator: use `op: in` with `negate: true`, which matches when the attribute equals any of `values` (negated: none of them)",
    );
    expect((await op(">="))[0]?.message).toBe(
      "`>=` is not a LaunchDarkly operator: use `op: greaterThanOrEqual`",
    );
  });

  it("suggests the right case for a mis-cased operator", async () => {
    const result = await validateFiles({
      "a.yaml": segment(
        "    rules:\n      - clauses:\n          - { attribute: email, op: endswith, values: [a] }\n",
      ),
    });
    expect(errors(result)[0]?.message).toMatch(/got `endswith`; did you mean `endsWith`\?$/);
  });

  it("accepts every LaunchDarkly operator", async () => {
    // segmentMatch takes segment keys and is checked against the repo's segments: tested on its own.
    const ops = [...CLAUSE_OPERATORS].filter((op) => op !== "segmentMatch");
    const clauses = ops.map((op) => `          - { attribute: a, op: ${op}, values: ["1"] }`).join("\n");
    const result = await validateFiles({ "a.yaml": segment(`    rules:\n      - clauses:\n${clauses}\n`) });
    expect(result.diagnostics).toEqual([]);
  });

  it("checks the key format with a clear message", async () => {
    const bad = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - key: Beta testers\n    name: Beta\n`,
    });
    expect(errors(bad)).toEqual([
      expect.objectContaining({
        line: 4,
        column: 10,
        message: expect.stringContaining(
          "`key` `Beta testers` is not valid: a key starts with a letter or digit",
        ),
      }),
    ]);
    const good = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - key: 2024_beta.testers-v2\n    name: Beta\n`,
    });
    expect(good.diagnostics).toEqual([]);
    const leadingDash = await validateFiles({
      "a.yaml":
        "roles:\n  - key: -ops\n    name: Ops\n    policy: [{ effect: allow, resources: [acct], actions: ['*'] }]\n",
    });
    expect(errors(leadingDash)[0]?.message).toContain("is not valid");
  });

  it("checks environment keys in the file list and in overrides", async () => {
    const result = await validateFiles({
      "a.yaml":
        "project: web-app\nenvironments: [production, Prod Env]\nsegments:\n  - key: a\n    name: A\n    environments:\n      Prod Env: { name: B }\n",
    });
    expect(errors(result).map((d) => d.message)).toEqual([
      expect.stringContaining("`environments` item 2 `Prod Env` is not valid"),
      expect.stringContaining("`Prod Env` is not a valid environment key"),
    ]);
  });

  it("explains type errors in the user's terms", async () => {
    const result = await validateFiles({ "a.yaml": segment("    included: u1\n    unbounded: yes\n") });
    expect(errors(result).map((d) => d.message)).toEqual([
      "`included` must be a list; got the string `u1`",
      "`unbounded` must be true or false; got the string `yes`",
    ]);
  });

  it("says a segment's `environments` holds overrides and that the list belongs at file level", async () => {
    const only = await validateFiles({ "a.yaml": segment("    environments: [staging]\n") });
    expect(errors(only)).toEqual([
      expect.objectContaining({
        line: 6,
        column: 19,
        path: "/segments/0/environments",
        code: "schema.segment-environments-list",
        message:
          "on a segment, `environments` holds per-environment overrides (a mapping such as `staging: { included: [...] }`), not a list; the list of environments belongs at file level: a segment exists in every environment of its file (here `production`, `staging`), so put this one in a file with `environments: [staging]`",
      }),
    ]);
    const same = await validateFiles({ "a.yaml": segment("    environments: [staging, production]\n") });
    expect(errors(same).map((d) => d.message)).toEqual([
      expect.stringMatching(
        /this file's already says `environments: \[staging, production\]`: remove it from the segment$/,
      ),
    ]);
    const noList = await validateFiles({
      "a.yaml": "project: web-app\nsegments:\n  - { key: beta, name: Beta, environments: [staging] }\n",
    });
    expect(errors(noList).map((d) => d.message)).toContain(
      "on a segment, `environments` holds per-environment overrides (a mapping such as `staging: { included: [...] }`), not a list; the list of environments belongs at file level: move `environments: [staging]` to the top of the file",
    );
  });

  it("bounds rollout weights with the unit explained", async () => {
    const rule = (weight: number) =>
      segment(
        `    rules:\n      - clauses: [{ attribute: a, op: in, values: [b] }]\n        weight: ${weight}\n`,
      );
    const bad = await validateFiles({ "a.yaml": rule(150000) });
    expect(errors(bad)[0]?.message).toBe(
      "`weight` must be between 0 and 100000 (thousandths of a percent: 50000 is 50%); got 150000",
    );
    expect((await validateFiles({ "a.yaml": rule(100000) })).diagnostics).toEqual([]);
  });

  it("says what a missing required field is, pointing at its parent", async () => {
    const result = await validateFiles({ "a.yaml": "project: p\nmetrics:\n  - key: m\n    name: M\n" });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 3,
        column: 5,
        path: "/metrics/0/kind",
        message: "a metric needs `kind`: one of pageview, click, custom",
      }),
    ]);
  });

  it("refuses `project` on a role (roles are account-wide)", async () => {
    const result = await validateFiles({
      "a.yaml":
        "roles:\n  - key: r\n    name: R\n    project: web-app\n    policy: [{ effect: allow, resources: [acct], actions: ['*'] }]\n",
    });
    expect(errors(result)[0]?.message).toMatch(/^roles are account-wide and have no `project`/);
  });

  it("refuses per-environment overrides of the key", async () => {
    const result = await validateFiles({
      "a.yaml": segment("    environments:\n      staging: { key: other }\n"),
    });
    expect(errors(result)[0]?.message).toMatch(/^`key` cannot be overridden per environment/);
  });

  it("checks URL matchers: full URLs and valid regular expressions", async () => {
    expect(
      errors(await validateFiles({ "a.yaml": urlMetric("{ kind: exact, url: pricing }") }))[0]?.message,
    ).toContain("not a full URL");
    expect(
      errors(await validateFiles({ "a.yaml": urlMetric('{ kind: regex, pattern: "([a-z" }') }))[0]?.message,
    ).toContain("not a valid regular expression");
    expect(
      (await validateFiles({ "a.yaml": urlMetric('{ kind: regex, pattern: "^/pricing/?$" }') })).diagnostics,
    ).toEqual([]);
  });

  it("requires the field each URL matcher kind matches on, and refuses the others (UrlPost)", async () => {
    const wrongField = errors(await validateFiles({ "a.yaml": urlMetric('{ kind: exact, pattern: "x" }') }));
    expect(wrongField.map((d) => [d.file, d.line, d.column, d.message])).toEqual([
      [
        "launchdarkly/a.yaml",
        6,
        9,
        "an `exact` URL matcher needs `url`; got `pattern` (which `regex` matchers use): rename it to `url`, or set `kind: regex`",
      ],
    ]);
    const missing = errors(await validateFiles({ "a.yaml": urlMetric("{ kind: substring }") }));
    expect(missing.map((d) => d.message)).toEqual(["a `substring` URL matcher needs `substring`"]);
    expect(
      errors(await validateFiles({ "a.yaml": urlMetric('{ kind: regex, substring: "/a" }') })).map(
        (d) => d.message,
      ),
    ).toEqual([
      "a `regex` URL matcher needs `pattern`; got `substring` (which `substring` matchers use): rename it to `pattern`, or set `kind: substring`",
    ]);
    const extra = errors(
      await validateFiles({
        "a.yaml": urlMetric('{ kind: canonical, url: "https://x.test/", substring: "/a", pattern: "^/a" }'),
      }),
    );
    expect(extra.map((d) => [d.line, d.column, d.message])).toEqual([
      [6, 52, "`substring` does not belong in a `canonical` URL matcher, which matches on `url`: remove it"],
      [6, 69, "`pattern` does not belong in a `canonical` URL matcher, which matches on `url`: remove it"],
    ]);
    for (const good of [
      '{ kind: exact, url: "https://x.test/a" }',
      '{ kind: canonical, url: "https://x.test/a" }',
      '{ kind: substring, substring: "/a" }',
      '{ kind: regex, pattern: "^/a$" }',
    ]) {
      expect((await validateFiles({ "a.yaml": urlMetric(good) })).diagnostics).toEqual([]);
    }
  });

  it("refuses a clause with no values: it would match no one", async () => {
    const clause = (c: string) => segment(`    rules:\n      - clauses:\n          - ${c}\n`);
    const empty = errors(
      await validateFiles({ "a.yaml": clause("{ attribute: email, op: in, values: [] }") }),
    );
    expect(empty.map((d) => [d.file, d.line, d.column, d.message])).toEqual([
      ["launchdarkly/a.yaml", 8, 49, "`values` needs at least one value; a clause with none matches no one"],
    ]);
    const negated = errors(
      await validateFiles({ "a.yaml": clause("{ attribute: email, op: in, values: [], negate: true }") }),
    );
    expect(negated.map((d) => d.message)).toEqual([
      "`values` needs at least one value; a negated clause with none matches everyone who has `email`",
    ]);
    const segmentMatch = errors(
      await validateFiles({ "a.yaml": clause("{ attribute: segmentMatch, op: segmentMatch, values: [] }") }),
    );
    expect(segmentMatch.map((d) => d.message)).toEqual([
      "`values` needs at least one segment key; a `segmentMatch` clause with none matches no one",
    ]);
    expect(
      (await validateFiles({ "a.yaml": clause("{ attribute: email, op: in, values: [a@x.test] }") }))
        .diagnostics,
    ).toEqual([]);
  });

  it("accepts every documented segment, metric and role field", async () => {
    const result = await validateFiles({
      "a.yaml": `${HEADER}segments:
  - key: big
    name: Big
    description: d
    tags: [t]
    unbounded: true
    unboundedContextKind: device
    includedContexts: [{ contextKind: device, values: [d1] }]
    excludedContexts: [{ contextKind: device, values: [d2] }]
metrics:
  - key: m
    name: M
    description: d
    kind: custom
    eventKey: e
    isNumeric: true
    unit: ms
    successCriteria: LowerThanBaseline
    tags: [t]
    randomizationUnits: [user]
    maintainerId: 569fdeadbeef1644facecafe
    unitAggregationType: sum
    analysisType: percentile
    percentileValue: 99
    eventDefault: { disabled: false, value: 0 }
    dataSource: { key: snowflake, environmentKey: production }
    filters:
      type: group
      op: and
      negate: false
      values:
        - { type: eventProperty, attribute: amount, op: greaterThan, values: [0], negate: false }
roles:
  - key: r
    name: R
    description: d
    basePermissions: reader
    resourceCategory: any
    policy:
      - { effect: allow, notResources: ["proj/*:env/production:segment/*"], actions: [updateIncluded] }
      - { effect: deny, resources: ["proj/*:env/*:segment/*"], notActions: [updateIncluded] }
`,
    });
    expect(result.diagnostics).toEqual([]);
  });
});

const schema = JSON.parse(
  readFileSync(new URL("../../schemas/ld-gitops.schema.json", import.meta.url), "utf8"),
);

describe("the schema's clause operators", () => {
  it("are exactly the operators the tool and its emulator know (src/launchdarkly/operators.ts)", () => {
    const found: string[][] = [];
    // Every `op` property with an enum in the schema is a clause operator list.
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach(walk);
        return;
      }
      if (node === null || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      const op = (record.properties as Record<string, { enum?: string[] }> | undefined)?.op;
      if (op?.enum) found.push(op.enum);
      Object.values(record).forEach(walk);
    };
    walk(schema);
    expect(found.length).toBeGreaterThan(0);
    for (const operators of found) expect([...operators].sort()).toEqual([...CLAUSE_OPERATORS].sort());
  });
});

describe("the schema's segment and metric fields", () => {
  // The schema and src/model are both written by hand: a field the loader does not pick is silently dropped.
  const fields = (definition: string) => Object.keys(schema.definitions[definition].properties).sort();

  it("are the fields the loader keeps (src/model)", () => {
    expect(fields("segmentOverride")).toEqual([...SEGMENT_OVERRIDABLE_FIELDS].sort());
    expect(fields("segment")).toEqual(
      [...SEGMENT_OVERRIDABLE_FIELDS, "key", "project", "environments"].sort(),
    );
    expect(fields("metric")).toEqual([...METRIC_DEFINITION_FIELDS, "key", "project"].sort());
  });
});
