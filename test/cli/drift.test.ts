// End to end: `ld-gitops drift` as a child process against the emulator, with a change made outside ld-gitops.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { PLAN_FORMAT_VERSION } from "../../src/plan/types.js";
import {
  ADA_TOKEN,
  applyBetaSegmentAsTool,
  BETA_SEGMENT_YAML,
  clientFor,
  READER_TOKEN,
  startSeededEmulator,
  WRITER_TOKEN,
} from "../action/launchdarkly-seed.js";
import { runCli } from "./run-cli.js";

let emulator: RunningEmulator;
let cwd: string;

beforeEach(async () => {
  emulator = await startSeededEmulator();
  const writer = clientFor(emulator, WRITER_TOKEN);
  await applyBetaSegmentAsTool(writer);
  await writer.close();
  cwd = mkdtempSync(join(tmpdir(), "ld-gitops-drift-"));
  mkdirSync(join(cwd, "launchdarkly"));
  writeFileSync(join(cwd, "launchdarkly", "segments.yaml"), BETA_SEGMENT_YAML);
});
afterEach(async () => {
  await emulator.close();
  rmSync(cwd, { recursive: true, force: true });
});

function runDrift(args: string[]) {
  return runCli(["drift", ...args], {
    cwd,
    env: { LD_ACCESS_TOKEN: READER_TOKEN, LAUNCHDARKLY_ACCESS_TOKEN: undefined, LD_BASE_URI: emulator.url },
  });
}

describe("ld-gitops drift", () => {
  it("exits 0 and says so when LaunchDarkly matches the repository", async () => {
    const result = await runDrift([]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("No drift: LaunchDarkly matches the repository.\n");
    expect(result.status).toBe(0);
  });

  it("exits 2, names who changed the resource outside ld-gitops, and prints the repairing plan", async () => {
    const ada = clientFor(emulator, ADA_TOKEN);
    await ada.patchSegmentSemantic(
      "web-app",
      "production",
      "beta-users",
      [{ kind: "removeIncludedTargets", contextKind: "user", values: ["user-2"] }],
      "hotfix: user-2 complained",
    );
    await ada.close();

    const result = await runDrift([]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("Drift: 1 resource differs from the repository.");
    expect(result.stdout).toContain("~ segment web-app/production/beta-users: changed in LaunchDarkly");
    expect(result.stdout).toMatch(/last changed by .*ada/);
    // The audit comment is in the text report too, not only in JSON.
    expect(result.stdout).toContain('— comment: "hotfix: user-2 complained"');
    expect(result.stdout).toContain("Plan: 0 to create, 1 to update, 0 to delete.");
    for (const token of [READER_TOKEN, ADA_TOKEN, WRITER_TOKEN]) expect(result.stdout).not.toContain(token);

    const json = await runDrift(["--format", "json"]);
    expect(json.status).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      version: 1,
      hasDrift: true,
      resources: [
        {
          action: "update",
          resourceType: "segment",
          project: "web-app",
          environment: "production",
          key: "beta-users",
          specifier: "proj/web-app:env/production:segment/beta-users",
          attribution: { comment: "hotfix: user-2 complained" },
        },
      ],
      plan: { version: PLAN_FORMAT_VERSION, summary: { update: 1 } },
    });
  });

  it("says the change was made with the tool's own token when its comment-less writes explain the drift", async () => {
    // QA: the apply token used by hand was reported as "no change outside ld-gitops in the audit log".
    const writer = clientFor(emulator, WRITER_TOKEN);
    await writer.patchSegmentSemantic("web-app", "production", "beta-users", [
      { kind: "removeIncludedTargets", contextKind: "user", values: ["user-2"] },
    ]);
    await writer.close();
    const result = await runDrift([]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toMatch(
      /last changed by .+ \(with the token ld-gitops uses, without an ld-gitops comment\): .* at \d{4}-/,
    );
    expect(result.stdout).not.toContain("no change outside");
    const markdown = await runDrift(["--format", "markdown"]);
    expect(markdown.stdout).toContain("the token ld-gitops uses");
  });

  it("--out into a missing directory says which path and what to do", async () => {
    const result = await runDrift(["--out", "/nonexistent/dir/drift.md"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "error: cannot write --out /nonexistent/dir/drift.md: the directory /nonexistent/dir does not exist. Create it first (mkdir -p /nonexistent/dir) or give --out a path in an existing directory.\n",
    );
  });

  it("exits 1 with the file and line when the configuration is invalid", async () => {
    writeFileSync(join(cwd, "launchdarkly", "segments.yaml"), `${BETA_SEGMENT_YAML}    inclded: [x]\n`);
    const result = await runDrift([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/launchdarkly\/segments\.yaml:\d+:\d+: error: unknown field `inclded`/);
  });
});
