// `ld-gitops apply` end to end: YAML files on disk, the emulator over HTTP, the command's own output and exit code.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planSourceOf, withPlanSource } from "../../src/apply/plan-source.js";
import {
  type ApplyCommandIo,
  type ApplyCommandOptions,
  runApplyCommand,
} from "../../src/cli/commands/apply.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { renderPlanJson } from "../../src/render/json.js";
import {
  ENV,
  OTHER_WRITER,
  PROJECT,
  READER,
  startTestEmulator,
  storedSegment,
  WRITER,
  writes,
} from "./support.js";

let emulator: RunningEmulator;
let dir: string;

const yaml = (name: string, included: string[]) => `project: ${PROJECT}
environments: [${ENV}]
segments:
  - key: beta-users
    name: ${name}
    included: [${included.join(", ")}]
`;

function io(
  token = WRITER,
  overrides: Partial<ApplyCommandIo> = {},
): ApplyCommandIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    interactive: false,
    color: false,
    confirm: async () => true,
    env: { LD_ACCESS_TOKEN: token, LD_BASE_URI: emulator.url, GITHUB_SHA: "feedface" },
    ...overrides,
  };
}

const options = (extra: Partial<ApplyCommandOptions> = {}): ApplyCommandOptions => ({
  dir,
  format: "text",
  ...extra,
});

beforeEach(async () => {
  emulator = await startTestEmulator();
  dir = await mkdtemp(join(tmpdir(), "ld-gitops-apply-"));
  await writeFile(join(dir, "segments.yaml"), yaml("Beta users", ["user-1", "user-2"]));
});

afterEach(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe("ld-gitops apply", () => {
  it("refuses to run without --yes when nobody can confirm", async () => {
    const run = io();
    expect(await runApplyCommand(options(), run)).toBe(1);
    expect(run.err.join("")).toMatch(/pass --yes/);
    expect(emulator.requests).toEqual([]);
  });

  it("does nothing when the prompt is not answered yes", async () => {
    const run = io(WRITER, { interactive: true, confirm: async () => false });
    expect(await runApplyCommand(options(), run)).toBe(1);
    expect(run.err.join("")).toMatch(/cancelled/);
    expect(writes(emulator)).toEqual([]);
  });

  it("applies with --yes, prints progress and a converged report, and exits 0", async () => {
    const run = io();
    expect(await runApplyCommand(options({ yes: true }), run)).toBe(0);
    // One line when the resource finishes (POST, then one semantic patch for its targets); no start lines.
    const progress = run.err.join("").split("\n");
    expect(progress).toContain("[1/1] ✓ created segment web-app/production/beta-users (2 requests)");
    expect(progress.filter((line) => line.startsWith("["))).toHaveLength(1);
    // stdout: the short summary and the convergence line, not the per-resource report again.
    expect(run.out.join("")).toBe(
      "Apply: 1 of 1 applied.\nConverged: a new plan against LaunchDarkly is empty.\n",
    );
    expect(storedSegment(emulator, "beta-users")?.included).toEqual(["user-1", "user-2"]);
    const audit = emulator.snapshot().auditLog?.find((record) => record.entry.comment !== undefined);
    expect(audit?.entry.comment).toBe("ld-gitops 0.1.0: apply of commit feedface");

    const again = io();
    expect(await runApplyCommand(options({ yes: true, format: "json" }), again)).toBe(0);
    expect(JSON.parse(again.out.join(""))).toMatchObject({
      ok: true,
      resources: [],
      convergence: { converged: true },
    });
  });

  it("gives a reader token a clear error before any write", async () => {
    const run = io(READER);
    expect(await runApplyCommand(options({ yes: true }), run)).toBe(1);
    expect(run.err.join("")).toMatch(/can only read/);
    expect(run.err.join("")).not.toContain(READER);
    expect(writes(emulator)).toEqual([]);
  });

  it("applies a saved plan only while LaunchDarkly still gives the same plan", async () => {
    await runApplyCommand(options({ yes: true }), io());
    await writeFile(join(dir, "segments.yaml"), yaml("Beta users", ["user-1", "user-3"]));
    const planFile = join(dir, "plan.json");
    const client = new LaunchDarklyClient({ baseUri: emulator.url, token: WRITER });
    const planned = await createPlan({ dir, api: client });
    await client.close();
    if (!planned.ok) throw new Error("plan failed");
    await writeFile(planFile, renderPlanJson(planned.plan));

    // Someone changes the segment by hand after the plan was saved.
    const other = new LaunchDarklyClient({ baseUri: emulator.url, token: OTHER_WRITER });
    await other.patchSegmentSemantic(PROJECT, ENV, "beta-users", [
      { kind: "addIncludedTargets", contextKind: "user", values: ["user-9"] },
    ]);
    await other.close();

    const refused = io();
    expect(await runApplyCommand(options({ yes: true, plan: planFile }), refused)).toBe(1);
    expect(refused.err.join("")).toContain("~ differs now: update segment web-app/production/beta-users");
    expect(refused.err.join("")).toMatch(/out of date/);

    // --force applies the saved plan. Its target writes add and remove only the keys it names, so the hand edit
    // stays; the check afterwards fails, because LaunchDarkly holds a key the repository does not list.
    const forced = io();
    expect(await runApplyCommand(options({ yes: true, plan: planFile, force: true }), forced)).toBe(1);
    expect(forced.err.join("")).toMatch(/\[1\/1\] ✓ updated segment web-app\/production\/beta-users/);
    expect(forced.out.join("")).toMatch(/update segment web-app\/production\/beta-users/);
    expect(storedSegment(emulator, "beta-users")?.included?.sort()).toEqual(["user-1", "user-3", "user-9"]);

    // A fresh saved plan applies.
    const client2 = new LaunchDarklyClient({ baseUri: emulator.url, token: WRITER });
    const replanned = await createPlan({ dir, api: client2 });
    await client2.close();
    if (!replanned.ok) throw new Error("plan failed");
    await writeFile(planFile, renderPlanJson(replanned.plan));
    expect(await runApplyCommand(options({ yes: true, plan: planFile }), io())).toBe(0);
    expect(storedSegment(emulator, "beta-users")?.included?.sort()).toEqual(["user-1", "user-3"]);
  });

  it("counts finished resources, names failures in LaunchDarkly's words, then prints the full report", async () => {
    await writeFile(
      join(dir, "segments.yaml"),
      `project: ${PROJECT}
environments: [${ENV}]
segments:
  - key: alpha
    name: Alpha
    included: [user-1]
  - key: beta
    name: Beta
  - key: gamma
    name: Gamma
`,
    );
    emulator.setFaults({
      failNext: [
        { method: "PATCH", path: "/api/v2/segments/web-app/production/alpha", count: 1, status: 400 },
      ],
    });
    const run = io();
    expect(await runApplyCommand(options({ yes: true }), run)).toBe(1);
    const progress = run.err
      .join("")
      .split("\n")
      .filter((line) => line.startsWith("["));
    // Each resource once, the counter going 1, 2, 3 in the order they finished, whatever happened to them.
    expect(progress.map((line) => line.slice(0, 5))).toEqual(["[1/3]", "[2/3]", "[3/3]"]);
    const byResource = progress.map((line) => line.slice(6)).sort();
    expect(byResource).toEqual([
      "✓ created segment web-app/production/beta (1 request)",
      "✓ created segment web-app/production/gamma (1 request)",
      expect.stringMatching(
        /^✗ failed to create segment web-app\/production\/alpha \(2 requests\): LaunchDarkly PATCH \/api\/v2\/segments\/web-app\/production\/alpha failed \(400 /,
      ),
    ]);
    // Something failed: the full per-resource report, with the reason, then the headline.
    const out = run.out.join("");
    expect(out).toMatch(
      /✗ failed +create segment web-app\/production\/alpha +\(1\/2 operations\)\n +LaunchDarkly PATCH /,
    );
    expect(out).toMatch(/✓ applied +create segment web-app\/production\/beta/);
    expect(out).toMatch(/✓ applied +create segment web-app\/production\/gamma/);
    expect(out.trimEnd().split("\n").pop()).toBe("Apply: 2 of 3 applied, 1 failed.");
  });

  it("applies a plan made before the repository changed again (--force), then says LaunchDarkly matches the plan, not the repo", async () => {
    await runApplyCommand(options({ yes: true }), io());
    await writeFile(join(dir, "segments.yaml"), yaml("Enterprise accts", ["user-1", "user-2"]));
    const planFile = join(dir, "plan.json");
    await savePlan(planFile);
    await writeFile(join(dir, "segments.yaml"), yaml("Enterprise X", ["user-1", "user-2"]));

    const forced = io();
    expect(await runApplyCommand(options({ yes: true, plan: planFile, force: true }), forced)).toBe(1);
    // The warning says where the plan came from (no git here: the directory, and GITHUB_SHA's commit).
    expect(forced.err.join("")).toContain(
      `applying the saved plan although a new plan differs (--force): this plan was made from \`${dir}\` at commit feedfac`,
    );
    expect(storedSegment(emulator, "beta-users")?.name).toBe("Enterprise accts");
    const out = forced.out.join("");
    expect(out).toContain("  ~ update segment web-app/production/beta-users: name");
    expect(out).toContain(
      "Apply: 1 of 1 applied; LaunchDarkly now matches the saved plan, but not the repository (1 resource still differs).",
    );
    expect(out).toContain(
      "LaunchDarkly matches the saved plan, but 1 resource still differs from the repository",
    );
    expect(out).toContain("The saved plan was out of date when it was applied");
    expect(out).not.toMatch(/bug/);

    const json = io();
    expect(
      await runApplyCommand(options({ yes: true, plan: planFile, force: true, format: "json" }), json),
    ).toBe(1);
    expect(JSON.parse(json.out.join(""))).toMatchObject({ ok: false, planOutOfDate: true });
  });

  it("says an already-applied saved plan has nothing left to do, and exits 0", async () => {
    const planFile = join(dir, "plan.json");
    await savePlan(planFile);
    expect(await runApplyCommand(options({ yes: true, plan: planFile }), io())).toBe(0);
    const writesBefore = writes(emulator).length;

    const again = io();
    expect(await runApplyCommand(options({ yes: true, plan: planFile }), again)).toBe(0);
    expect(again.err.join("")).toContain(
      "LaunchDarkly already matches the repository: this plan was probably applied already; nothing to do.",
    );
    expect(again.err.join("")).not.toMatch(/out of date|changed since/);
    expect(again.out.join("")).toContain("Nothing to apply: LaunchDarkly matches the repository.");
    expect(writes(emulator)).toHaveLength(writesBefore);
  });

  it("says which directory and commit a mismatching saved plan came from", async () => {
    const repo = await mkdtemp(join(tmpdir(), "ld-gitops-repo-"));
    try {
      const configDir = join(repo, "launchdarkly");
      await mkdir(configDir);
      await writeFile(join(configDir, "segments.yaml"), yaml("Beta users", ["user-1"]));
      const git = (...args: string[]) =>
        execFileSync("git", ["-C", repo, "-c", "user.email=qa@example.com", "-c", "user.name=QA", ...args], {
          encoding: "utf8",
        }).trim();
      git("init", "-q");
      git("add", ".");
      git("commit", "-q", "-m", "first");
      const first = git("rev-parse", "HEAD");
      const planFile = join(repo, "plan.json");
      await savePlan(planFile, configDir);
      await writeFile(join(configDir, "segments.yaml"), yaml("Beta users", ["user-2"]));
      git("commit", "-q", "-am", "second");
      const second = git("rev-parse", "HEAD");

      const refused = io();
      expect(await runApplyCommand(options({ dir: configDir, yes: true, plan: planFile }), refused)).toBe(1);
      expect(refused.err.join("")).toContain(
        `this plan was made from \`launchdarkly/\` at commit ${first.slice(0, 7)}; the repository is now at commit ${second.slice(0, 7)}`,
      );
      expect(refused.err.join("")).toMatch(/out of date \(hash mismatch\)/);

      // The same plan applied to another directory says so.
      const otherDir = join(repo, "other");
      await mkdir(otherDir);
      await writeFile(join(otherDir, "segments.yaml"), yaml("Other", ["user-3"]));
      const elsewhere = io();
      expect(await runApplyCommand(options({ dir: otherDir, yes: true, plan: planFile }), elsewhere)).toBe(1);
      expect(elsewhere.err.join("")).toContain(
        `this plan was made from \`launchdarkly/\` at commit ${first.slice(0, 7)}; this apply reads \`other/\``,
      );
      // Audit comments name the config directory's commit, not the current directory's or GITHUB_SHA.
      expect(await runApplyCommand(options({ dir: configDir, yes: true }), io())).toBe(0);
      const comments = (emulator.snapshot().auditLog ?? []).map((record) => record.entry.comment);
      expect(comments).toContain(`ld-gitops 0.1.0: apply of commit ${second}`);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });

  it("asks with singular and plural counts", async () => {
    const questions: string[] = [];
    const run = io(WRITER, {
      interactive: true,
      confirm: async (question) => {
        questions.push(question);
        return false;
      },
    });
    expect(await runApplyCommand(options(), run)).toBe(1);
    expect(questions).toEqual([
      `Apply 1 create, 0 updates, 0 deletes to LaunchDarkly at ${emulator.url}? Type "yes" to apply: `,
    ]);
  });
});

/** `plan --format json --out FILE` as it saves plans: the plan with where it came from. */
async function savePlan(file: string, configDir = dir): Promise<void> {
  const client = new LaunchDarklyClient({ baseUri: emulator.url, token: WRITER });
  const planned = await createPlan({ dir: configDir, api: client });
  await client.close();
  if (!planned.ok) throw new Error("plan failed");
  const env = { GITHUB_SHA: "feedface" };
  await writeFile(file, renderPlanJson(withPlanSource(planned.plan, planSourceOf(configDir, env))));
}
