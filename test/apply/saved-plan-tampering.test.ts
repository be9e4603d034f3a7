// Issue 15 item 4: an edited saved plan must not be applied. `plan --out plan.json`, edit the file (grant a managed
// role `allow *` on `proj/*`; rename a role the repository does not manage), keep or recompute its hash, then
// `apply --plan plan.json --yes`: nothing may be sent. Over HTTP against the emulator.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ApplyCommandIo, runApplyCommand } from "../../src/cli/commands/apply.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { planHash } from "../../src/plan/plan-desired-state.js";
import type { Plan } from "../../src/plan/types.js";
import { runCli } from "../cli/run-cli.js";
import { clientFor, startTestEmulator, WRITER, writes } from "./support.js";

const CONFIG = `project: web-app
environments: [production]
roles:
  - key: segment-syncer
    name: Segment syncer
    policy:
      - effect: allow
        actions: [updateIncluded]
        resources: ["proj/*:env/*:segment/*"]
`;

let emulator: RunningEmulator;
let dir: string;
let planFile: string;

function io(): ApplyCommandIo & { out: string[]; err: string[] } {
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
    env: { LD_ACCESS_TOKEN: WRITER, LD_BASE_URI: emulator.url },
  };
}

beforeEach(async () => {
  emulator = await startTestEmulator();
  // A role the repository does not manage.
  const ada = clientFor(emulator);
  await ada.createRole({
    key: "admins",
    name: "Admins",
    policy: [{ effect: "allow", actions: ["*"], resources: ["proj/*"] }],
  });
  await ada.close();
  dir = await mkdtemp(join(tmpdir(), "ld-gitops-saved-plan-"));
  await writeFile(join(dir, "roles.yaml"), CONFIG);
  planFile = join(dir, "plan.json");
  const planned = await runCli(["plan", "--dir", dir, "--format", "json", "--out", planFile], {
    // Where the in-process apply runs: the plan's `source` lines are relative to the working directory.
    cwd: process.cwd(),
    env: { LD_ACCESS_TOKEN: WRITER, LD_BASE_URI: emulator.url },
  });
  expect(planned.status).toBe(2);
  emulator.clearRequests();
});
afterEach(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

async function editPlan(edit: (plan: Plan) => void, options: { recomputeHash: boolean }): Promise<void> {
  const plan = JSON.parse(await readFile(planFile, "utf8")) as Plan;
  edit(plan);
  if (options.recomputeHash) plan.hash = planHash(plan.changes);
  await writeFile(planFile, JSON.stringify(plan, null, 2));
}

/** The edit of the issue: the managed role gets `allow *` on `proj/*`, and an unmanaged role is renamed. */
function grantAllAndRenameUnmanaged(plan: Plan): void {
  const create = plan.changes.find((change) => change.key === "segment-syncer")!;
  const operation = create.operations[0]!;
  if (operation.kind !== "createRole") throw new Error("expected the role's create");
  operation.body.policy.push({ effect: "allow", actions: ["*"], resources: ["proj/*"] });
  plan.changes.push({
    action: "update",
    resourceType: "role",
    key: "admins",
    name: "Admins",
    fields: [{ path: "/name", before: "Admins", after: "Owned" }],
    operations: [{ kind: "patchRole", patch: [{ op: "replace", path: "/name", value: "Owned" }] }],
  });
}

describe("apply --plan with an edited plan file", () => {
  it("refuses a file whose content no longer matches its hash, before sending anything", async () => {
    await editPlan(grantAllAndRenameUnmanaged, { recomputeHash: false });
    const run = io();
    expect(await runApplyCommand({ dir, format: "text", plan: planFile, yes: true }, run)).toBe(1);
    expect(run.err.join("")).toContain(`${planFile} was changed after it was saved`);
    expect(run.err.join("")).toContain("Nothing was sent");
    expect(emulator.requests).toEqual([]);
  });

  it("refuses, even with --force, a plan whose hash was recomputed but that touches a role outside the configuration", async () => {
    await editPlan(grantAllAndRenameUnmanaged, { recomputeHash: true });
    const run = io();
    expect(await runApplyCommand({ dir, format: "text", plan: planFile, yes: true, force: true }, run)).toBe(
      1,
    );
    expect(run.err.join("")).toContain("update role admins: not in the configuration");
    expect(run.err.join("")).toMatch(/does not manage; nothing was sent/);
    expect(writes(emulator)).toEqual([]);
  });

  it("refuses a create whose body names another resource than its change", async () => {
    await editPlan(
      (plan) => {
        const operation = plan.changes[0]!.operations[0]!;
        if (operation.kind === "createRole") operation.body.key = "admins-2";
      },
      { recomputeHash: true },
    );
    const run = io();
    expect(await runApplyCommand({ dir, format: "text", plan: planFile, yes: true, force: true }, run)).toBe(
      1,
    );
    expect(run.err.join("")).toContain("its createRole operation addresses another resource");
    expect(writes(emulator)).toEqual([]);
  });

  it("without --force, a re-hashed edit is refused as out of date", async () => {
    await editPlan(grantAllAndRenameUnmanaged, { recomputeHash: true });
    const run = io();
    expect(await runApplyCommand({ dir, format: "text", plan: planFile, yes: true }, run)).toBe(1);
    expect(run.err.join("")).toMatch(/out of date/);
    expect(writes(emulator)).toEqual([]);
  });

  it("applies the untouched plan file", async () => {
    const run = io();
    const code = await runApplyCommand({ dir, format: "text", plan: planFile, yes: true }, run);
    expect(run.err.join("")).not.toMatch(/error/);
    expect(code).toBe(0);
    expect(writes(emulator).length).toBeGreaterThan(0);
  });
});
