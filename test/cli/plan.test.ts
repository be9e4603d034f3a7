// End to end: `ld-gitops plan` as a child process against the emulator over real HTTP, with temp config dirs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { executePlan } from "../live/support/execute-plan.js";
import { REPO_ROOT, runCli } from "./run-cli.js";

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

async function runPlan(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }) {
  const result = await runCli(["plan", ...args], {
    cwd: options.cwd,
    env: {
      LD_ACCESS_TOKEN: TOKEN,
      LAUNCHDARKLY_ACCESS_TOKEN: undefined,
      LD_BASE_URI: emulator.url,
      ...options.env,
    },
  });
  allOutput.push(result.stdout, result.stderr);
  return result;
}

/** Checks a plan against schemas/plan.schema.json. */
function planSchemaValidator() {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, "schemas", "plan.schema.json"), "utf8"));
  return new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
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
        {
          key: "web-app",
          name: "Web app",
          environments,
          contextKinds: [
            { key: "user", name: "User" },
            { key: "organization", name: "Organization" },
          ],
        },
        {
          key: "stable",
          name: "Stable",
          environments,
          contextKinds: [
            { key: "user", name: "User" },
            { key: "organization", name: "Organization" },
          ],
        },
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
    const validate = planSchemaValidator();
    const plan = JSON.parse(stdout);
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    expect(plan.summary).toEqual({ create: 4, update: 0, delete: 0, unchanged: 0, adopt: 0 });
    // A saved plan says where it was made, so `apply --plan` can explain a mismatch.
    expect(plan.source).toMatchObject({ dir: "launchdarkly" });
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
    // QA: raising only the count is still refused on the 25% limit, and the message says so and what would do.
    const countOnly = await runPlan(["--dir", "launchdarkly", "--prune", "--delete-threshold", "50"], {
      cwd,
    });
    expect(countOnly.status, countOnly.stderr).toBe(1);
    expect(countOnly.stderr).toContain("(100%), more than the limit of 25% of them.");
    expect(countOnly.stderr).toContain("allow this plan with --delete-threshold 100%.");
    expect(countOnly.stderr).not.toContain("--delete-threshold 50");
    // Both limits in one value, as the Action's input takes them.
    const both = await runPlan(["--dir", "launchdarkly", "--prune", "--delete-threshold", "10,25%"], { cwd });
    expect(both.status).toBe(1);
    expect(both.stderr).not.toContain("must be a number");
    expect(both.stderr).toContain("more than the limit of 25% of them");
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

  it("a segmentMatch on a segment that exists nowhere is an error at file:line:col, found against LaunchDarkly", async () => {
    const cwd = configDir({
      "a.yaml": [
        "project: web-app",
        "environments: [production]",
        "segments:",
        "  - key: vip",
        "    name: VIP",
        "    rules:",
        "      - clauses:",
        "          - { attribute: segmentMatch, op: segmentMatch, values: [no-such-seg] }",
        "",
      ].join("\n"),
    });
    const { status, stdout, stderr } = await runPlan(["--dir", "launchdarkly", "--format", "json"], { cwd });
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /launchdarkly\/a\.yaml:8:\d+: error: `segmentMatch` names segment `no-such-seg`, which exists neither in this repo nor in LaunchDarkly in web-app\/production: apply would write a rule that matches no one/,
    );
    expect(stderr).toContain("the configuration has errors");
  });

  it("carries validation warnings: stderr as validate prints them, JSON and Markdown warnings", async () => {
    const api = new LaunchDarklyClient({ baseUri: emulator.url, token: TOKEN });
    await api.createSegment("web-app", "production", { key: "live-only", name: "Live only" });
    await api.close();
    const cwd = configDir({
      "a.yaml": [
        "project: web-app",
        "environments: [production]",
        "segments:",
        "  - key: fans",
        "    name: Fans",
        "    rules:",
        "      - clauses:",
        "          - { attribute: segmentMatch, op: segmentMatch, values: [live-only] }",
        "roles:",
        "  - key: odd",
        "    name: Odd",
        "    policy:",
        "      - effect: allow",
        "        actions: [updateFrobnicate]",
        '        resources: ["proj/*:env/*:segment/*"]',
        "",
      ].join("\n"),
    });
    const frobnicate =
      /^launchdarkly\/a\.yaml:14:\d+: warning: action `updateFrobnicate` is not one ld-gitops knows/;
    const text = await runPlan(["--dir", "launchdarkly"], { cwd });
    expect(text.status, text.stderr).toBe(2);
    expect(text.stderr.split("\n")[0]).toMatch(frobnicate);
    // The segment exists in LaunchDarkly: plan knows, so validate's "must already exist" warning is settled.
    expect(text.stderr).not.toContain("live-only");
    // Printed once: on stderr, not again among the plan's warnings on stdout.
    expect(text.stdout).not.toContain("warning: action");

    const json = await runPlan(["--dir", "launchdarkly", "--format", "json"], { cwd });
    expect(json.status, json.stderr).toBe(2);
    const plan = JSON.parse(json.stdout);
    // Validation warnings come first; the plan's own (other tests leave owned resources behind) follow.
    expect(plan.warnings[0].message).toMatch(frobnicate);
    expect(plan.warnings[0]).toMatchObject({
      code: "role.action-unknown",
      params: { action: "updateFrobnicate" },
      location: { file: "launchdarkly/a.yaml", line: 14 },
    });
    expect(plan.warnings.filter((w: { location?: unknown }) => w.location !== undefined)).toHaveLength(1);
    const validate = planSchemaValidator();
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);

    const markdown = await runPlan(["--dir", "launchdarkly", "--format", "markdown"], { cwd });
    expect(markdown.stdout).toContain("> [!WARNING]");
    expect(markdown.stdout).toMatch(
      /> launchdarkly\/a\.yaml:14:\d+: warning: action &#96;updateFrobnicate&#96;/,
    );

    const file = await runPlan(["--dir", "launchdarkly", "--out", "plan.txt"], { cwd });
    expect(file.status).toBe(2);
    expect(readFileSync(join(cwd, "plan.txt"), "utf8")).toMatch(
      /Warning: launchdarkly\/a\.yaml:14:\d+: warning: /,
    );
  });

  it("--out into a missing directory says which path and what to do", async () => {
    const cwd = configDir({ "config.yaml": CONFIG });
    const { status, stdout, stderr } = await runPlan(
      ["--dir", "launchdarkly", "--out", "/nonexistent/dir/p.json"],
      { cwd },
    );
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "error: cannot write --out /nonexistent/dir/p.json: the directory /nonexistent/dir does not exist. Create it first (mkdir -p /nonexistent/dir) or give --out a path in an existing directory.\n",
    );
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
    // It names the setting the URI came from: the flag here, not the environment variable.
    expect(unreachable.stderr).toContain("--base-uri");
    expect(unreachable.stderr).not.toContain("LD_BASE_URI");
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
