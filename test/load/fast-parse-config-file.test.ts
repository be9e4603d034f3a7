import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { locatedPointers } from "../../src/load/build-desired-state.js";
import { fastParseConfigFile } from "../../src/load/fast-parse-config-file.js";
import { disagreements } from "../support/fast-parse-agreement.js";

const fast = (text: string) => fastParseConfigFile(text, locatedPointers);

/** Takes the fast path, and agrees with yaml on data and positions. */
function expectAgreement(text: string): void {
  const result = fast(text);
  expect(result, `fast path declined:\n${text}`).toBeDefined();
  if (result) expect(disagreements(text, result)).toEqual([]);
}

describe("the fast YAML path", () => {
  it("reads a config file like yaml, positions of resources included", () => {
    const text = `# segments of the web app
project: web-app   # the project
environments: [production, "staging"]
segments:
  - key: beta
    name: Beta testers
    included: [u1, u2]
    rules:
      - clauses:
          - { attribute: email, op: endsWith, values: ["@example.com"] }
  -   key: other
      project:
        # on its own line
        mobile
metrics:
  - { key: m1, kind: custom, eventKey: e1, isNumeric: true }
roles:
  - key: r1
    policy:
      - effect: allow
        resources: ["proj/*:env/*;{critical:true}:segment/*"]
        actions: ["*"]
`;
    const result = fast(text);
    expect(result?.locations.get("/segments/1/project")).toEqual({ line: 14, column: 9 });
    expect(result?.locations.get("/project")).toEqual({ line: 2, column: 10 });
    expect(result?.locations.get("/roles/0")).toEqual({ line: 18, column: 5 });
    expectAgreement(text);
  });

  it("resolves plain scalars by yaml's core schema, quoted ones stay strings", () => {
    const scalars = [
      "~",
      "null",
      "Null",
      "NULL",
      "nULL",
      "true",
      "True",
      "TRUE",
      "tRUE",
      "yes",
      "no",
      "on",
      "off",
      "y",
      "n",
      "0",
      "-0",
      "+12",
      "012",
      "0o17",
      "0o8",
      "0x1F",
      "0X1F",
      "0b101",
      "1_000",
      "1,000",
      "1:20",
      "1.",
      ".5",
      "-.5",
      "+.5",
      "1.50",
      "1e3",
      "1E-3",
      ".5e3",
      "1.e3",
      ".inf",
      "-.Inf",
      "+.INF",
      ".nan",
      ".NaN",
      "NaN",
      "inf",
      "2024-01-01",
      "2024-01-01T10:00:00Z",
      "9007199254740993",
      "1e400",
      "0x",
      "-",
      "--",
      "a b",
      "@x",
      "`x`",
      "'q'",
      '"dq\\u00e9\\n"',
      "'it''s'",
      "é",
      "😀",
      "true ",
      "multi\n  line",
    ];
    const declined: string[] = [];
    for (const scalar of scalars) {
      const text = `project: p\nsegments:\n  - key: k\n    name: ${scalar}\n    tags: [${scalar.includes("\n") ? "x" : scalar}]\n`;
      const result = fast(text);
      if (result) expect(disagreements(text, result), text).toEqual([]);
      else declined.push(scalar);
    }
    // js-yaml refuses these (a lone `-` starts a list, `@` and backquote are reserved, the continuation line is
    // indented less than its key); yaml then reports them.
    expect(declined).toEqual(["-", "@x", "`x`", "multi\n  line"]);
  });

  it("reads block scalars, folding and escapes like yaml", () => {
    expectAgreement(`project: p
segments:
  - key: k
    description: |
      line one
        indented
      line three

    name: >-
      folded
      text

      new paragraph
    tags:
      - "tab\\tand \\x41 and \\U0001F600"
      - 'single '' quote'
      - plain text
        continued
`);
  });

  it("leaves to yaml what the two libraries may read differently, and every file js-yaml refuses", () => {
    const declined = [
      "base: &b { key: k }\nsegments: [*b]\n", // anchors and aliases
      "project: !!str 12\n", // tags
      "%YAML 1.2\n---\nproject: p\n", // directives
      "segments:\n  - <<: { key: k }\n    name: n\n", // merge keys
      "? project\n: p\n", // explicit keys
      "~: p\n", // a null key
      "[a, b]: p\n", // a collection as key
      "{ key: k }: p\n",
      "project: p\nproject: q\n", // a duplicate key
      "project: [p\n", // a syntax error
      "project: p\n---\nproject: q\n", // two documents
      "", // empty
      "# only a comment\n",
      "- a list at the top\n",
      "just text\n",
    ];
    for (const text of declined) expect(fast(text), text).toBeUndefined();
  });

  it("agrees with yaml on every YAML file of the examples and test fixtures", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ya?ml$/.test(entry.name)) files.push(path);
      }
    };
    walk("examples/launchdarkly");
    walk("test/fixtures");
    expect(files.length).toBeGreaterThan(5);
    for (const path of files) {
      const text = readFileSync(path, "utf8");
      const result = fast(text);
      if (result) expect(disagreements(text, result), path).toEqual([]);
    }
  });

  it("agrees with yaml (or declines) on generated config files in every style", () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        "~",
        "null",
        "true",
        "False",
        "0o7",
        "0x1f",
        "-12",
        "1.5",
        ".inf",
        ".nan",
        "1e3",
        "2024-01-01",
        "a: b",
        "# x",
        "- x",
        "&a",
        "*a",
        "!t",
        "? q",
        "<<",
      ),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const item = fc.record(
      {
        key: fc.string({ minLength: 1, maxLength: 8 }),
        project: fc.string({ minLength: 1, maxLength: 8 }),
        name: scalar,
        tags: fc.array(scalar, { maxLength: 3 }),
        rules: fc.array(
          fc.record({
            clauses: fc.array(fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }), {
              maxLength: 2,
            }),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ["key"] },
    );
    const config = fc.record(
      {
        project: scalar,
        environments: fc.array(scalar, { maxLength: 3 }),
        segments: fc.array(item, { maxLength: 4 }),
        metrics: fc.array(item, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    const style = fc.record({
      defaultStringType: fc.constantFrom(
        "PLAIN",
        "QUOTE_DOUBLE",
        "QUOTE_SINGLE",
        "BLOCK_LITERAL",
        "BLOCK_FOLDED",
      ),
      collectionStyle: fc.constantFrom("any", "block", "flow"),
      indent: fc.integer({ min: 1, max: 4 }),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
    });
    let taken = 0;
    fc.assert(
      fc.property(config, style, (value, options) => {
        const text = stringify(value, options as never);
        const result = fast(text);
        if (result) {
          taken++;
          expect(disagreements(text, result)).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
    // Most generated files take the fast path (the rest hold what it leaves to yaml, or are not mappings).
    expect(taken).toBeGreaterThan(200);
  });
});
