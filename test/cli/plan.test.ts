// End to end: `ld-gitops plan` as a child process against the emulator over real HTTP, with temp config dirs.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { createPlan } from "../../src/plan/create-plan.js";
import { executePlan } from "../live/support/execute-plan.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const main = join(repoRoot, "src", "cli", "main.ts");

/** Distinctive, so any leak into any output is found by a plain substring search. */
const TOKEN = "api-h4b-SECRET-7f3a9c1e-plan-cli-token";
const WRONG_TOKEN = "api-h4b-WRONG-0b9d2e44-not-a-real-token";

const CONFIG = `project: web-app
environments: [production, staging]
segments:
  - key: beta-testers
    name: Beta testers
    included: [user-1]
    rules:
      - description: Staff try every beta first
        clauses:
          - { attribute: email, op: endsWith, values: ["@example.com"] }
      - clauses:
          - { contextKind: organization, attribute: plan, op: in, values: [enterprise] }
        weight: 50000
        rolloutContextKind: organization
metrics:
  - key: checkout
    name: Checkout
    kind: custom
    eventKey: checkout
roles:
  - key: segment-syncer
    name: Segment syncer
    policy:
      - effect: allow
        actions: [createSegment, updateIncluded]
        resources: ["proj/*:env/*:segment/*"]
`;

let emulator: RunningEmulator;
const temps: string[] = [];
/** Every byte any run printed, checked for the token at the end. */
const allOutput: string[] = [];

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Async spawn: the emulator lives in this process, so the event loop must keep running while the CLI does. */
function runPlan(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_ACTIONS: "",
    NO_COLOR: "1",
    LD_ACCESS_TOKEN: TOKEN,
    LAUNCHDARKLY_ACCESS_TOKEN: undefined,
    LD_BASE_URI: emulator.url,
    ...options.env,
  };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(tsx, [main, "plan", ...args], { cwd: options.cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => {
      allOutput.push(stdout, stderr);
      resolve({ status, stdout, stderr });
    });
  });
}

/** A temp dir holding `launchdarkly/<path>` for each file; the CLI runs in it with `--dir launchdarkly`. */
function configDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "ld-gitops-plan-cli-"));
  temps.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, "launchdarkly", path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

const environments = [
  { key: "production", name: "Production" },
  { key: "staging", name: "Staging" },
];

beforeAll(async () => {
  emulator = await startEmulator({
    tokens: { [TOKEN]: { role: "writer" } },
    state: {
      formatVersion: 1,
      projects: [
        { key: "web-app", name: "Web app", environments },
        { key: "stable", name: "Stable", environments },
      ],
    },
  });
});

afterAll(async () => {
  await emulator.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("ld-gitops plan (CLI)", () => {
  it("exits 2 with changes and prints readable rules and the summary line last", async () => {
    const cwd = configDir({ "config.yaml": CONFIG });
    const { status, stdout, stderr } = await runPlan(["--dir", "launchdarkly"], { cwd });
    expect(status, stderr).toBe(2);
    expect(stderr).toBe("");
    expect(stdout).toContain("+ create segment web-app/production/beta-testers");
    expect(stdout).toContain('rule 1 "Staff try every beta first": user.email endsWith "@example.com"');
    expect(stdout).toContain('rule 2: organization.plan in ["enterprise"]');
    expect(stdout).toContain("rollout 50% by organization.key");
    expect(stdout).toContain("allow [createSegment, updateIncluded] on proj/*:env/*:segment/*");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("Plan: 4 to create, 0 to update, 0 to delete.");
  });

  it("--format json prints a plan that validates against schemas/plan.schema.json", async () => {
    const cwd = configDir({ "config.yaml": CONFIG });
    const { status, stdout, stderr } = await runPlan(["--dir", "launchdarkly", "--format", "json"], { cwd });
    expect(status, stderr).toBe(2);
    const schema = JSON.parse(readFileSync(join(repoRoot, "schemas", "plan.schema.json"), "utf8"));
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    const plan = JSON.parse(stdout);
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    expect(plan.summary).toEqual({ create: 4, update: 0, delete: 0, unchanged: 0 });
  });

  it("--format markdown prints the pull-request comment", async () => {
    const cwd = configDir({ "config.yaml": CONFIG });
    const { status, stdout, stderr } = await runPlan(["--dir", "launchdarkly", "--format", "markdown"], {
      cwd,
    });
    expect(status, stderr).toBe(2);
    expect(stdout).toContain("<!-- ld-gitops:plan -->");
    expect(stdout).toContain("**Plan: 4 to create, 0 to update, 0 to delete.**");
    expect(stdout).toContain("### Segments");
    expect(stdout.match(/<details>/g)?.length).toBe(stdout.match(/<\/details>/g)?.length);
  });

  it("--out writes the plan to the file and prints only the summary line", async () => {
    const cwd = configDir({ "config.yaml": CONFIG });
    const { status, stdout, stderr } = await runPlan(
      ["--dir", "launchdarkly", "--format", "json", "--out", "plan.json"],
      { cwd },
    );
    expect(status, stderr).toBe(2);
    expect(stderr).toBe("");
    expect(stdout).toBe("Plan: 4 to create, 0 to update, 0 to delete. Written to plan.json.\n");
    const plan = JSON.parse(readFileSync(join(cwd, "plan.json"), "utf8"));
    expect(plan.changes).toHaveLength(4);
  });

  it("exits 0 once the plan's operations have been executed; --prune then respects the delete threshold", async () => {
    const cwd = configDir({
      "config.yaml": CONFIG.replace("project: web-app", "project: stable").replace(
        "key: segment-syncer",
        "key: stable-syncer",
      ),
    });
    const api = new LaunchDarklyClient({ baseUri: emulator.url, token: TOKEN });
    const first = await createPlan({ dir: join(cwd, "launchdarkly"), api });
    if (!first.ok) throw new Error(JSON.stringify(first.diagnostics));
    expect(first.plan.changes.length).toBeGreaterThan(0);
    await executePlan(api, first.plan);
    const { status, stdout, stderr } = await runPlan(["--dir", "launchdarkly"], { cwd });
    expect(status, stderr).toBe(0);
    expect(stdout).toContain("No changes. LaunchDarkly matches the repository.");

    // The repo now keeps only one new metric: --prune would delete the 4 owned resources just created (the
    // role and metric too, though the repo declares no roles and not that metric), which is over the threshold.
    writeFileSync(
      join(cwd, "launchdarkly", "config.yaml"),
      "project: stable\nmetrics:\n  - { key: other, name: Other, kind: custom, eventKey: other }\n",
    );
    const refused = await runPlan(["--dir", "launchdarkly", "--prune"], { cwd });
    expect(refused.status, refused.stderr).toBe(1);
    expect(refused.stderr).toContain("Refusing to plan: this plan would delete 4 of 4 resources");
    const allowed = await runPlan(["--dir", "launchdarkly", "--prune", "--delete-threshold", "100%"], {
      cwd,
    });
    expect(allowed.status, allowed.stderr).toBe(2);
    expect(allowed.stdout).toContain("- delete role stable-syncer");
    expect(allowed.stdout).toContain("- delete segment stable/staging/beta-testers");
    expect(allowed.stdout.trimEnd().split("\n").at(-1)).toBe("Plan: 1 to create, 0 to update, 4 to delete.");
  });

  it("exits 1 on validation errors, printing file:line:col, without reading LaunchDarkly", async () => {
    const cwd = configDir({
      "a.yaml":
        "project: web-app\nenvironments: [production]\nsegments:\n  - { key: s, name: S, inclded: [x] }\n",
    });
    emulator.clearRequests();
    const { status, stdout, stderr } = await runPlan(["--dir", "launchdarkly"], { cwd });
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("launchdarkly/a.yaml:4:24: error: unknown field `inclded`");
    expect(stderr).toContain("the configuration has errors");
    expect(emulator.requests).toEqual([]);
  });

  it("exits 1 on a missing project, naming the file and line", async () => {
    const cwd = configDir({
      "a.yaml": "project: nope\nenvironments: [production]\nsegments:\n  - key: s\n    name: S\n",
    });
    const { status, stderr } = await runPlan(["--dir", "launchdarkly"], { cwd });
    expect(status).toBe(1);
    expect(stderr).toMatch(/launchdarkly\/a\.yaml:1:\d+: project "nope" does not exist/);
  });

  it("exits 1 with a clear message when no token is set", async () => {
    const cwd = configDir({ "config.yaml": CONFIG });
    const { status, stdout, stderr } = await runPlan(["--dir", "launchdarkly"], {
      cwd,
      env: { LD_ACCESS_TOKEN: undefined },
    });
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("LD_ACCESS_TOKEN");
  });

  it("exits 1 on a bad --base-uri, unreachable or not http(s)", async () => {
    const cwd = configDir({ "config.yaml": CONFIG });
    const notHttp = await runPlan(["--dir", "launchdarkly", "--base-uri", "ftp://example.com"], { cwd });
    expect(notHttp.status).toBe(1);
    expect(notHttp.stderr).toContain("must be http(s)");
    const unreachable = await runPlan(["--dir", "launchdarkly", "--base-uri", "http://127.0.0.1:1"], { cwd });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toContain("Could not reach http://127.0.0.1:1");
  });

  it("exits 1 on a rejected token without echoing it", async () => {
    const cwd = configDir({ "config.yaml": CONFIG });
    const { status, stderr } = await runPlan(["--dir", "launchdarkly"], {
      cwd,
      env: { LD_ACCESS_TOKEN: WRONG_TOKEN },
    });
    expect(status).toBe(1);
    expect(stderr).toContain("LD_ACCESS_TOKEN");
  });

  it("no output of any run contains a token", () => {
    expect(allOutput.length).toBeGreaterThan(10);
    const everything = allOutput.join("\n");
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(WRONG_TOKEN);
    expect(everything).not.toContain("SECRET-7f3a9c1e");
  });
});
