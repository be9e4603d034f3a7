// action.yml, the example workflows and docs/github-action.md describe the same thing; these checks keep them in step.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "./action-harness.js";

interface ActionMetadata {
  runs: { using: string; main: string };
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[]; concurrency?: unknown }>;
}

const action = parse(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")) as ActionMetadata;
const docs = readFileSync(join(REPO_ROOT, "docs/github-action.md"), "utf8");
const workflowDir = join(REPO_ROOT, "examples/workflows");
const workflows = Object.fromEntries(
  readdirSync(workflowDir).map((name) => [name, readFileSync(join(workflowDir, name), "utf8")]),
);
const parsed = (name: string) => parse(workflows[name]!) as Workflow;
const actionSteps = (workflow: Workflow) =>
  Object.values(workflow.jobs).flatMap((job) =>
    job.steps.filter((step) => step.uses?.startsWith("ld-gitops/")),
  );

describe("action.yml", () => {
  it("runs the bundle on node24 and has branding", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    expect(action.branding?.icon).toBeTruthy();
  });

  it("declares every input the brief names as an optional string with a default and a description", () => {
    for (const name of [
      "mode",
      "path",
      "access-token",
      "base-uri",
      "prune",
      "delete-threshold",
      "comment",
      "github-token",
      "fail-on-drift",
      "allow-plan-changes",
      "membership-only",
    ]) {
      const input = action.inputs[name];
      expect(input, name).toBeDefined();
      expect(input!.required, name).toBe(false);
      expect(typeof input!.default, name).toBe("string");
      expect(input!.description.length, name).toBeGreaterThan(10);
    }
    expect(action.inputs.mode!.default).toBe("plan");
    // A GitHub Actions expression, written as a template with `$` escaped.
    expect(action.inputs["github-token"]!.default).toBe(`\${{ github.token }}`);
  });

  it("documents every input and output in docs/github-action.md", () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(docs, name).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, "m"));
    }
    for (const name of ["has-changes", "to-create", "to-update", "to-delete", "plan-json", "drift"]) {
      expect(action.outputs[name], name).toBeDefined();
    }
  });
});

describe("example workflows", () => {
  it("are copied verbatim into docs/github-action.md", () => {
    for (const [name, text] of Object.entries(workflows)) expect(docs, name).toContain(text.trimEnd());
  });

  it("pass only inputs the action declares", () => {
    for (const name of Object.keys(workflows)) {
      for (const step of actionSteps(parsed(name))) {
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(action.inputs), `${name}: ${input}`).toContain(input);
      }
    }
  });

  it("plan on pull_request with the least permissions", () => {
    const plan = parsed("ld-gitops-plan.yml");
    expect(Object.keys(plan.on)).toEqual(["pull_request"]);
    expect(plan.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(actionSteps(plan)[0]?.with?.mode).toBe("plan");
  });

  it("apply on push to the default branch, serialised by a concurrency group that never cancels an apply", () => {
    const apply = parsed("ld-gitops-apply.yml");
    expect(apply.on).toMatchObject({ push: { branches: ["main"] } });
    expect(apply.concurrency).toEqual({ group: "ld-gitops-apply", "cancel-in-progress": false });
    expect(apply.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(actionSteps(apply)[0]?.with?.mode).toBe("apply");
  });

  it("membership sync on a schedule: one export step, apply with membership-only, no pull request, never beside an apply", () => {
    const sync = parsed("ld-gitops-membership-sync.yml");
    expect(Object.keys(sync.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    expect(sync.permissions).toEqual({ contents: "read" });
    expect(sync.concurrency).toEqual({ group: "ld-gitops-apply", "cancel-in-progress": false });
    const steps = Object.values(sync.jobs).flatMap((job) => job.steps) as { uses?: string; run?: string }[];
    expect(steps.filter((step) => step.run !== undefined)).toHaveLength(1);
    const apply = actionSteps(sync);
    expect(apply).toHaveLength(1);
    expect(apply[0]?.with).toMatchObject({ mode: "apply", "membership-only": "true" });
    expect(apply[0]?.with?.["allow-plan-changes"]).toBeUndefined();
    expect(workflows["ld-gitops-membership-sync.yml"]).not.toContain("pull_request");
  });

  it("drift on a schedule, allowed to write issues only", () => {
    const drift = parsed("ld-gitops-drift.yml");
    expect(Object.keys(drift.on)).toContain("schedule");
    expect(drift.permissions).toEqual({ contents: "read", issues: "write" });
    expect(actionSteps(drift)[0]?.with?.mode).toBe("drift");
  });
});
