import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeConfig } from "../validate/helpers.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const tsx = `${repoRoot}node_modules/.bin/tsx`;
const main = `${repoRoot}src/cli/main.ts`;

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTIONS: "", NO_COLOR: "1", ...options.env };
  const result = spawnSync(tsx, [main, "validate", ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const broken = {
  "a.yaml":
    "project: web-app\nenvironments: [production]\nsegments:\n  - { key: s, name: S, inclded: [x] }\n",
};

describe("ld-gitops validate", () => {
  it("exits 0 on the examples and prints the summary", () => {
    const { status, stdout } = run(["--dir", "examples/launchdarkly"]);
    expect(stdout).toBe("✔ 6 files valid: 7 segments, 4 metrics, 3 roles, 2 context kinds\n");
    expect(status).toBe(0);
  });

  it("reads ./launchdarkly by default and exits 1 on errors", () => {
    const cwd = writeConfig(broken);
    const { status, stdout } = run([], { cwd });
    expect(stdout).toBe(
      "launchdarkly/a.yaml:4:24: error: unknown field `inclded` in segment; did you mean `included`?\n✖ 1 error in 1 file\n",
    );
    expect(status).toBe(1);
  });

  it("exits 0 when there are only warnings", () => {
    const cwd = writeConfig({ "a.yaml": "# todo\n" });
    const { status, stdout } = run([], { cwd });
    expect(stdout).toContain("warning: file is empty");
    expect(status).toBe(0);
  });

  it("prints JSON with --format json, files relative to the current directory", () => {
    const cwd = writeConfig(broken);
    const { status, stdout } = run(["--dir", "launchdarkly", "--format", "json"], { cwd });
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      valid: false,
      files: 1,
      resources: { segments: 1, metrics: 0, roles: 0 },
      diagnostics: [
        {
          file: "launchdarkly/a.yaml",
          line: 4,
          column: 24,
          path: "/segments/0/inclded",
          code: "schema.unknown-field",
          params: expect.objectContaining({ field: "inclded", noun: "segment", suggestion: "included" }),
          message: "unknown field `inclded` in segment; did you mean `included`?",
          severity: "error",
        },
      ],
    });
  });

  it("emits GitHub annotations when GITHUB_ACTIONS=true", () => {
    const cwd = writeConfig(broken);
    const { stdout } = run([], { cwd, env: { GITHUB_ACTIONS: "true" } });
    expect(stdout).toContain(
      "::error title=ld-gitops,file=launchdarkly/a.yaml,line=4,col=24::unknown field `inclded` in segment; did you mean `included`?",
    );
  });

  it("explains the usual mistakes at file:line:column (test/fixtures/config/mistakes)", () => {
    const { status, stdout } = run(["--dir", "test/fixtures/config/mistakes"]);
    expect(status).toBe(1);
    expect(stdout.split("\n")).toEqual([
      "test/fixtures/config/mistakes/roles.yaml:6:21: error: resource specifier `proj/*:segment/*`: `segment` resources are written `proj/*:env/*:segment/…` (each parent in order)",
      "test/fixtures/config/mistakes/roles.yaml:10:19: error: unknown action `updateIncludd` for segment resources; did you mean `updateIncluded`?",
      "test/fixtures/config/mistakes/roles.yaml:13:19: error: `updateTargets` is a flag action, not a segment action, so this statement grants nothing with it: use a segment action such as `updateIncluded`, `updateExcluded` or `updateExpiringTargets`, or grant `updateTargets` in a statement about flag resources",
      "test/fixtures/config/mistakes/segments.yaml:7:5: error: unknown field `inclded` in segment; did you mean `included`?",
      "test/fixtures/config/mistakes/segments.yaml:10:37: error: `equals` is not a LaunchDarkly operator: use `op: in`, which matches when the attribute equals any of `values`",
      "test/fixtures/config/mistakes/segments.yaml:12:7: error: segment `beta-testers` overrides environment `prod`, but this file's segments exist only in `production`, `staging`: did you mean `production`?",
      "test/fixtures/config/mistakes/segments.yaml:16:5: error: `version` is set by LaunchDarkly, not by you: remove it (API responses and exports include such fields, the config must not)",
      "test/fixtures/config/mistakes/segments.yaml:20:17: warning: a rule of segment `half-of-france` includes only 0.05% of the contexts it matches: `weight` is in thousandths of a percent (50000 is 50%); for 50% write `weight: 50000`",
      "test/fixtures/config/mistakes/segments.yaml:26:9: error: unknown field `kind` in target list; did you mean `contextKind`?",
      "test/fixtures/config/mistakes/segments.yaml:28:19: error: on a segment, `environments` holds per-environment overrides (a mapping such as `staging: { included: [...] }`), not a list; the list of environments belongs at file level: a segment exists in every environment of its file (here `production`, `staging`), so put this one in a file with `environments: [staging]`",
      "✖ 9 errors in 2 files, 1 warning (3 files checked)",
      "",
    ]);
    // docs/configuration-format.md shows this output, with the fixture in the usual `launchdarkly/`.
    const docs = readFileSync(`${repoRoot}docs/configuration-format.md`, "utf8");
    expect(docs).toContain(stdout.replaceAll("test/fixtures/config/mistakes/", "launchdarkly/"));
  });

  it("fails clearly on a missing directory", () => {
    const { status, stderr } = run(["--dir", "no-such-dir"]);
    expect(stderr).toContain("config directory `no-such-dir` does not exist");
    expect(status).toBe(1);
  });

  it("rejects an unknown format", () => {
    const { status, stderr } = run(["--format", "xml"]);
    expect(stderr).toContain("xml");
    expect(status).not.toBe(0);
  });
});
