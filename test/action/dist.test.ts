// Runs the bundles once end to end: the Action (dist/index.js, what `runs.main` points at) and the CLI
// (dist/cli/index.js, the package's `bin`). Locally, a bundle older than the sources is skipped, and says so;
// in CI (a fresh clone, where file times say nothing) it always runs, and .ci/run separately fails on a stale dist/.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { FakeGitHub } from "../support/fake-github.js";
import {
  REPO_ROOT,
  runActionProcess,
  startActionFixtures,
  stopActionFixtures,
  type Workspace,
} from "./action-harness.js";
import { WRITER_TOKEN } from "./launchdarkly-seed.js";

const BUNDLE = join(REPO_ROOT, "dist/index.js");

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const CLI_BUNDLE = join(REPO_ROOT, "dist/cli/index.js");
const inCi = process.env.CI === "true";
// Set by .ci/test-node24, which runs this file on the Action's runtime: the bundles must then run, never skip.
const expectedNodeMajor = process.env.LD_GITOPS_EXPECT_NODE_MAJOR;
const sourcesTime = newestSourceTime(join(REPO_ROOT, "src"));
const isCurrent = (bundle: string) =>
  inCi || expectedNodeMajor !== undefined || (existsSync(bundle) && statSync(bundle).mtimeMs >= sourcesTime);
const bundleIsCurrent = isCurrent(BUNDLE);

describe("the Node version the bundles run on", () => {
  it(`is ${process.version}${expectedNodeMajor ? `, as LD_GITOPS_EXPECT_NODE_MAJOR=${expectedNodeMajor} requires` : ""}`, () => {
    if (expectedNodeMajor !== undefined) expect(process.versions.node.split(".")[0]).toBe(expectedNodeMajor);
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(20);
  });
});

describe("dist/index.js", () => {
  let github: FakeGitHub;
  let emulator: RunningEmulator;
  let workspace: Workspace;
  beforeEach(async () => {
    ({ github, emulator, workspace } = await startActionFixtures());
    github.addPullRequest({ number: 7 });
  });
  afterEach(() => stopActionFixtures({ github, emulator, workspace }));

  it.skipIf(!bundleIsCurrent)(
    `plans a pull request like the sources do${bundleIsCurrent ? "" : " (SKIPPED: dist/index.js is missing or older than src/; run npm run build)"}`,
    async () => {
      const result = await runActionProcess({
        workspace,
        entry: BUNDLE,
        eventName: "pull_request",
        event: "pull_request.opened.json",
        githubApiUrl: github.url,
        inputs: {
          mode: "plan",
          "access-token": WRITER_TOKEN,
          "base-uri": emulator.url,
          "github-token": "ghs_x",
        },
      });
      expect(result.code).toBe(0);
      expect(github.commentsOf(7)).toHaveLength(1);
      expect(github.commentsOf(7)[0]!.body).toMatch(
        /^<!-- ld-gitops:plan path=launchdarkly hash=[0-9a-f]{64} -->/,
      );
      expect(result.outputs["to-create"]).toBe("1");
    },
  );
});

describe("dist/cli/index.js", () => {
  const current = isCurrent(CLI_BUNDLE);
  it.skipIf(!current)(
    `runs as the package's bin and validates the examples${current ? "" : " (SKIPPED: dist/cli/index.js is missing or older than src/; run npm run build)"}`,
    () => {
      const help = spawnSync(process.execPath, [CLI_BUNDLE, "--help"], { encoding: "utf8" });
      expect(help.status).toBe(0);
      for (const command of ["validate", "plan", "apply", "drift", "emulator"])
        expect(help.stdout).toContain(command);
      const validate = spawnSync(
        process.execPath,
        [CLI_BUNDLE, "validate", "--dir", "examples/launchdarkly"],
        {
          cwd: REPO_ROOT,
          encoding: "utf8",
        },
      );
      expect(validate.stderr).toBe("");
      expect(validate.status).toBe(0);
    },
  );
});
