import { describe, expect, it } from "vitest";
import { memberRefKey } from "../../src/model/segment-members.js";
import { validateFiles } from "../validate/helpers.js";

const header = "project: web\nenvironments: [production, staging]\nsegments:\n";

function codes(result: Awaited<ReturnType<typeof validateFiles>>) {
  return result.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}`);
}

describe("members: in the YAML", () => {
  it("loads a member file relative to the YAML file, with the context kind defaulted", async () => {
    const result = await validateFiles({
      "teams/segments.yaml": `${header}  - key: churn\n    name: Churn\n    unbounded: true\n    unboundedContextKind: device\n    members:\n      - file: ../cohorts/churn.csv\n        column: device_id\n`,
      "cohorts/churn.csv": "device_id,x\nd-2,1\nd-1,2\n",
    });
    expect(codes(result)).toEqual([]);
    const segment = result.state.segments[0];
    expect(segment?.members?.[0]).toMatchObject({
      ref: {
        path: "cohorts/churn.csv",
        format: "csv",
        gzip: false,
        column: "device_id",
        contextKind: "device",
      },
      into: "included",
      allowEmpty: false,
      source: { file: "launchdarkly/teams/segments.yaml", line: 9 },
    });
    const ref = segment?.members?.[0]?.ref;
    if (!ref) throw new Error("no ref");
    expect(result.state.memberSets?.get(memberRefKey(ref))?.keys).toEqual(["d-1", "d-2"]);
  });

  it("errors: outside the config, unknown format, missing file, empty file, bad rows at the member file's line", async () => {
    const result = await validateFiles({
      "s.yaml": `${header}  - key: a\n    name: A\n    members:\n      - file: ../outside.csv\n      - file: cohort.dat\n      - file: missing.txt\n      - file: empty.txt\n      - file: fine-empty.txt\n        allowEmpty: true\n      - file: bad.csv\n        column: id\n`,
      "empty.txt": "",
      "fine-empty.txt": "\n",
      "bad.csv": 'id\nu-1\n" u-2"\nu-1\n',
    });
    expect(codes(result)).toEqual([
      "launchdarkly/bad.csv:3 error members.key-whitespace",
      "launchdarkly/bad.csv:4 warning members.duplicates",
      "launchdarkly/s.yaml:7 error members.outside-config",
      "launchdarkly/s.yaml:8 error members.unknown-format",
      "launchdarkly/s.yaml:9 error members.file-missing",
      "launchdarkly/s.yaml:10 error members.empty",
    ]);
    expect(result.diagnostics.find((d) => d.code === "members.file-missing")?.message).toContain(
      "missing.txt",
    );
  });

  it("a key both included and excluded is an error; inline lists and files combine", async () => {
    const result = await validateFiles({
      "s.yaml": `${header}  - key: a\n    name: A\n    excluded: [u-9]\n    members:\n      - file: in.txt\n      - file: out.txt\n        into: excluded\n`,
      "in.txt": "u-1\nu-2\nu-9\n",
      "out.txt": "u-2\n",
    });
    // One per environment: each is its own segment in LaunchDarkly.
    expect(codes(result)).toEqual([
      "launchdarkly/s.yaml:9 error members.in-both-lists",
      "launchdarkly/s.yaml:9 error members.in-both-lists",
    ]);
    expect(result.diagnostics[0]?.params).toMatchObject({ count: 2, key: "u-9", contextKind: "user" });
  });

  it("a standard segment over 15,000 targets with its files must be declared unbounded", async () => {
    const keys = Array.from({ length: 15_001 }, (_, i) => `u-${i}`).join("\n");
    const result = await validateFiles({
      "s.yaml": `${header}  - key: a\n    name: A\n    members:\n      - file: big.txt\n`,
      "big.txt": keys,
    });
    expect(codes(result)).toEqual([
      "launchdarkly/s.yaml:7 error members.too-many-for-standard",
      "launchdarkly/s.yaml:7 error members.too-many-for-standard",
    ]);
    expect(result.diagnostics[0]?.message).toMatch(/unbounded: true.*cannot convert an existing segment/);
  });

  it("a big segment's member file of another context kind is an error; per-environment members override", async () => {
    const result = await validateFiles({
      "s.yaml": `${header}  - key: a\n    name: A\n    unbounded: true\n    members:\n      - file: a.txt\n        contextKind: device\n    environments:\n      staging:\n        members:\n          - file: b.txt\n`,
      "a.txt": "d-1\n",
      "b.txt": "u-1\n",
    });
    expect(codes(result)).toEqual(["launchdarkly/s.yaml:8 error segment.big-segment-context-kind"]);
  });

  it("the schema refuses an unknown field and a wrong `into`", async () => {
    const result = await validateFiles({
      "s.yaml": `${header}  - key: a\n    name: A\n    membershipSync: sometimes\n    members:\n      - file: a.txt\n        into: maybe\n        colum: id\n`,
      "a.txt": "u-1\n",
    });
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual([
      "schema.not-allowed",
      "schema.not-allowed",
      "schema.unknown-field",
    ]);
  });
});
