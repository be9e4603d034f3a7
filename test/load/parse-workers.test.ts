import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listConfigFiles } from "../../src/load/list-config-files.js";
import {
  PARALLEL_PARSE_MIN_BYTES,
  parseConfigFiles,
  parseWorkerCount,
} from "../../src/load/parse-config-files.js";
import { validateConfigDirectory } from "../../src/pipeline/load-and-validate.js";
import { HEADER, worded, writeConfig } from "../validate/helpers.js";

const segment = (key: string, extra = "") =>
  `  - key: ${key}\n    name: ${key}\n    included: [u1, u2]\n    rules:\n      - clauses:\n          - { attribute: email, op: endsWith, values: ["@example.com"] }\n${extra}`;

// Every kind of file the loader meets: sound ones, schema and rule errors, and hostile input.
const MIXED_CONFIG: Record<string, string | Uint8Array> = {
  "a/segments.yaml": `${HEADER}segments:\n${segment("beta")}${segment("gamma", "    environments:\n      prod:\n        included: [u3]\n")}`,
  "a/metrics.yaml": `project: web-app\nmetrics:\n  - { key: clicks, name: Clicks, kind: click, urls: [{ kind: exact, url: "https://x.test/" }] }\n  - { key: latency, project: api, name: Latency, kind: custom, eventKey: lat, isNumeric: true, unit: ms, successCriteria: LowerThanBaseline, analysisType: percentile }\n`,
  "b/roles.yaml": `roles:\n  - key: team\n    policy:\n      - { effect: allow, resources: ["proj/*:env/*:segment/*"], actions: [updateIncluded, updateInclued] }\n      - { effect: allow, resources: ["proj/*:segment/*"], actions: ["*"] }\n`,
  "b/duplicate-segment.yaml": `${HEADER}segments:\n${segment("beta")}`,
  "b/schema-errors.yaml": `${HEADER}segments:\n  - key: Not A Key\n    nmae: typo\n    included: 3\n`,
  "c/special-values.yaml": `${HEADER}segments:\n  - key: odd\n    name: .nan\n    description: .inf\n    tags: [.nan, -.inf, -0, 0x1f, ~]\n`,
  "c/anchors.yaml": `${HEADER}x-base: &base { name: Shared, included: [u1] }\nsegments:\n  - { key: one, <<: *base }\n  - { key: two, <<: *base }\n`,
  "h/bomb.yaml": [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  ].join("\n"),
  "h/binary.yaml": Buffer.from([0x70, 0x3a, 0x0a, 0x00, 0x01]),
  "h/latin1.yaml": Buffer.from("project: web-app\nsegments:\n  - key: caf\xe9\n", "latin1"),
  "h/dup-keys.yaml": `${HEADER}segments:\n  - key: a\n    name: A\n    name: B\n`,
  "h/list.yaml": "- key: beta\n",
  "h/empty.yaml": "# nothing yet\n",
  "h/syntax.yaml": `${HEADER}segments:\n  - key: a\n    name: [A\n`,
  "h/multi.yaml": "roles: []\n---\nroles: []\n",
  "h/huge.yaml": Buffer.alloc(11 * 1024 * 1024, 0x20),
};

describe("parsing on worker threads", () => {
  it("gives exactly the result of parsing in this thread, on every kind of file", async () => {
    const root = writeConfig(MIXED_CONFIG);
    const inThread = await validateConfigDirectory("launchdarkly", { cwd: root, parseWorkers: 0 });
    expect(inThread.diagnostics.length).toBeGreaterThan(10);
    for (const parseWorkers of [1, 2, 3]) {
      const onWorkers = await validateConfigDirectory("launchdarkly", { cwd: root, parseWorkers });
      expect(onWorkers).toEqual(inThread);
    }
  });

  it("yields the files in order, with the same values, diagnostics and text as in this thread", async () => {
    const root = writeConfig(MIXED_CONFIG);
    const paths = listConfigFiles(join(root, "launchdarkly")).paths.map((absolutePath) => ({
      absolutePath,
      displayName: absolutePath.slice(root.length + 1),
    }));
    let withoutLineStarts = 0;
    const collect = async (workers: number) => {
      const outcomes = [];
      for await (const { file, diagnostics } of parseConfigFiles(paths, { workers })) {
        // A file parsed on a worker arrives without its line starts (as one read on the fast path does); a file
        // yaml parsed in this thread has them.
        if (file.lineCounter.lineStarts.length === 0) withoutLineStarts++;
        outcomes.push({ file: file.file, text: file.text, value: file.value, diagnostics });
      }
      return outcomes;
    };
    const inThread = await collect(0);
    // The files the fast path leaves to yaml (anchors, a bomb, syntax errors, ...) were parsed in this thread.
    expect(withoutLineStarts).toBeLessThan(paths.length);
    expect(inThread.map((o) => o.file)).toEqual(paths.map((p) => p.displayName));
    withoutLineStarts = 0;
    expect(await collect(2)).toEqual(inThread);
    expect(withoutLineStarts).toBe(paths.length);
    const special = inThread.find((o) => o.file.endsWith("special-values.yaml"))?.value;
    expect(special).toMatchObject({
      segments: [{ name: Number.NaN, tags: [Number.NaN, -Infinity, -0, 31, null] }],
    });
  });

  it("places diagnostics found after loading (rules) at the same line and column", async () => {
    // Rule diagnostics locate their node by parsing the file again: the worker sends no document.
    const root = writeConfig(MIXED_CONFIG);
    const onWorkers = await validateConfigDirectory("launchdarkly", { cwd: root, parseWorkers: 2 });
    expect(worded(onWorkers.diagnostics)).toContainEqual(
      expect.objectContaining({
        file: "launchdarkly/b/duplicate-segment.yaml",
        line: 4,
        column: 10,
        message: expect.stringContaining("duplicate segment `beta`"),
      }),
    );
    expect(onWorkers.state.segments.find((s) => s.key === "beta")?.source).toEqual({
      file: "launchdarkly/a/segments.yaml",
      line: 4,
      column: 5,
    });
  });

  it("reuses its workers across calls and stays correct when a file changes in between", async () => {
    const root = writeConfig({
      "one.yaml": `${HEADER}segments:\n${segment("beta")}`,
      "two.yaml": "roles: []\n",
    });
    const first = await validateConfigDirectory("launchdarkly", { cwd: root, parseWorkers: 2 });
    expect(first.state.segments.map((s) => s.key)).toEqual(["beta"]);
    writeFileSync(join(root, "launchdarkly", "one.yaml"), `${HEADER}segments:\n${segment("delta")}`);
    const second = await validateConfigDirectory("launchdarkly", { cwd: root, parseWorkers: 2 });
    expect(second.state.segments.map((s) => s.key)).toEqual(["delta"]);
  });

  it("parses in this thread what a failed worker could not, so errors are the same", async () => {
    const root = writeConfig({ "one.yaml": "roles: []\n" });
    const paths = [
      { absolutePath: join(root, "launchdarkly", "one.yaml"), displayName: "one.yaml" },
      { absolutePath: join(root, "launchdarkly", "gone.yaml"), displayName: "gone.yaml" },
    ];
    const drain = async (workers: number) => {
      const files: string[] = [];
      for await (const { file } of parseConfigFiles(paths, { workers })) files.push(file.file);
      return files;
    };
    await expect(drain(0)).rejects.toThrow(/ENOENT/);
    await expect(drain(2)).rejects.toThrow(/ENOENT/);
    // The pool is still usable afterwards.
    const root2 = writeConfig({ "x.yaml": "roles: []\n", "y.yaml": "roles: []\n" });
    const again = await validateConfigDirectory("launchdarkly", { cwd: root2, parseWorkers: 2 });
    expect(again.diagnostics).toEqual([]);
  });

  it("uses workers only for large configs on a machine with several cores", () => {
    expect(parseWorkerCount([1000, 2000, 3000])).toBe(0);
    expect(parseWorkerCount([PARALLEL_PARSE_MIN_BYTES * 4])).toBe(0);
    const large = Array.from({ length: 500 }, () => 100_000);
    const expected = availableParallelism() < 2 ? 0 : Math.min(availableParallelism(), 4);
    expect(parseWorkerCount(large)).toBe(expected);
  });
});
