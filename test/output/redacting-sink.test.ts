// Issue 15 item 2: a token pasted into LaunchDarkly's own data (a segment description, a role name, an audit-log
// comment) comes back on every read. Every way out of the CLI and the Action must redact it: stdout, stderr, --out
// files, the PR comment, the drift issue, the job summary, outputs and the plan JSON file. Over real HTTP against the
// emulator, with one long token and one 5-character token.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { printedLines, runActionProcess, Workspace } from "../action/action-harness.js";
import { runCli } from "../cli/run-cli.js";
import { type FakeGitHub, startFakeGitHub } from "../support/fake-github.js";

/** Not shaped like a LaunchDarkly key, so only the registered-token path can redact it. */
const LONG_TOKEN = "pasted-SECRET-9d1f7b3c-long";
const SHORT_TOKEN = "Qz7xK";
const ADA_TOKEN = "ada-hand-edits-token-0001";

const CONFIG = `project: web-app
environments: [production]
segments:
  - key: beta-users
    name: Beta users
    description: Early access
    included: [user-1]
roles:
  - key: segment-syncer
    name: Segment syncer
    policy:
      - effect: allow
        actions: [updateIncluded]
        resources: ["proj/*:env/*:segment/*"]
`;

let emulator: RunningEmulator;
let cwd: string;

function leaks(text: string): string[] {
  return [LONG_TOKEN, SHORT_TOKEN].filter((token) => text.includes(token));
}

/** LaunchDarkly's data holds both tokens: a role name, a segment description, and the audit comment of that edit. */
async function seedTokensIntoLaunchDarkly(): Promise<void> {
  const ada = new LaunchDarklyClient({ baseUri: emulator.url, token: ADA_TOKEN });
  try {
    await ada.patchSegmentJson(
      "web-app",
      "production",
      "beta-users",
      [{ op: "add", path: "/description", value: `see ${LONG_TOKEN} and ${SHORT_TOKEN}` }],
      `pasted by mistake: ${LONG_TOKEN} / ${SHORT_TOKEN}`,
    );
    await ada.patchRole(
      "segment-syncer",
      // With bidi controls too (issue 15 item 7): they must leave escaped.
      [{ op: "replace", path: "/name", value: `Syncer ${SHORT_TOKEN} ${LONG_TOKEN} \u202eexe.txt\u2066` }],
      `role renamed with ${SHORT_TOKEN}`,
    );
  } finally {
    await ada.close();
  }
}

beforeAll(async () => {
  emulator = await startEmulator({
    tokens: {
      [LONG_TOKEN]: { role: "writer", name: "ci-long", memberId: "ci" },
      [SHORT_TOKEN]: { role: "writer", name: "ci-short", memberId: "ci2" },
      [ADA_TOKEN]: { role: "writer", name: "ada", memberId: "ada" },
    },
  });
  const project = await fetch(`${emulator.url}/api/v2/projects`, {
    method: "POST",
    headers: { Authorization: ADA_TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({
      key: "web-app",
      name: "Web app",
      environments: [{ key: "production", name: "Production", color: "ff0000" }],
    }),
  });
  expect(project.status).toBe(201);
  const ada = new LaunchDarklyClient({ baseUri: emulator.url, token: ADA_TOKEN });
  await ada.createSegment("web-app", "production", { key: "beta-users", name: "Beta users" });
  await ada.createRole({
    key: "segment-syncer",
    name: "Segment syncer",
    policy: [{ effect: "allow", actions: ["updateIncluded"], resources: ["proj/*:env/*:segment/*"] }],
  });
  await ada.close();
  await seedTokensIntoLaunchDarkly();
  cwd = mkdtempSync(join(tmpdir(), "ld-gitops-redact-"));
  mkdirSync(join(cwd, "launchdarkly"));
  writeFileSync(join(cwd, "launchdarkly", "config.yaml"), CONFIG);
});
afterAll(async () => {
  await emulator.close();
  rmSync(cwd, { recursive: true, force: true });
});

/** The CLI knows both tokens: the one it uses and the one in the other token variable. */
const cli = (args: string[]) =>
  runCli(args, {
    cwd,
    env: { LD_ACCESS_TOKEN: SHORT_TOKEN, LAUNCHDARKLY_ACCESS_TOKEN: LONG_TOKEN, LD_BASE_URI: emulator.url },
  });

describe("the CLI redacts every output channel", () => {
  for (const command of ["plan", "drift"] as const) {
    for (const format of ["text", "markdown", "json"] as const) {
      it(`${command} --format ${format}, on stdout and in --out`, async () => {
        const printed = await cli([command, "--format", format]);
        expect(printed.status).toBe(2);
        // The data really reached the report: the redacted description is there.
        expect(printed.stdout).toContain("***");
        expect(leaks(printed.stdout + printed.stderr)).toEqual([]);
        const out = join(cwd, `${command}.${format}`);
        const written = await cli([command, "--format", format, "--out", out]);
        expect(written.status).toBe(2);
        const file = readFileSync(out, "utf8");
        expect(file).toContain("***");
        expect(leaks(file + written.stdout + written.stderr)).toEqual([]);
      });
    }
  }

  it("bidi controls in LaunchDarkly's data are shown escaped in text, Markdown and JSON", async () => {
    for (const format of ["text", "markdown", "json"]) {
      const printed = await cli(["plan", "--format", format]);
      expect(printed.stdout).not.toMatch(/[\u202e\u2066]/);
      expect(printed.stdout).toContain("\\u202eexe.txt\\u2066");
    }
  });

  it("drift shows the audit-log comment, redacted", async () => {
    const printed = await cli(["drift"]);
    expect(printed.stdout).toContain("pasted by mistake: *** / ***");
  });

  it("validate, text and json, with the token in a file it reports on", async () => {
    const dir = join(cwd, "broken");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "config.yaml"),
      `project: web-app\nenvironments: [production]\nsegments:\n  - key: "${LONG_TOKEN} ${SHORT_TOKEN}"\n    name: x\n`,
    );
    for (const format of ["text", "json"]) {
      const result = await cli(["validate", "--dir", dir, "--format", format]);
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).toContain("***");
      expect(leaks(result.stdout + result.stderr)).toEqual([]);
    }
  });

  for (const format of ["json", "text"] as const) {
    it(`apply --format ${format}`, async () => {
      await seedTokensIntoLaunchDarkly();
      // `--show-plan`: the text run then prints the whole plan (with the seeded values) on stderr before applying it.
      const result = await cli(["apply", "--yes", "--show-plan", "--format", format]);
      expect(result.status).toBe(0);
      if (format === "text") expect(result.stderr).toContain("***");
      expect(leaks(result.stdout + result.stderr)).toEqual([]);
    });
  }
});

describe("the Action redacts every output channel", () => {
  let github: FakeGitHub;
  let workspace: Workspace;
  beforeAll(async () => {
    github = await startFakeGitHub();
    github.addPullRequest({ number: 7, title: "Add beta segment" });
    workspace = new Workspace({ "launchdarkly/config.yaml": CONFIG });
  });
  afterAll(async () => {
    await github.close();
    workspace.remove();
  });

  const action = (mode: string, eventName: string, event: string) =>
    runActionProcess({
      workspace,
      eventName,
      event,
      githubApiUrl: github.url,
      env: { LD_ACCESS_TOKEN: LONG_TOKEN },
      inputs: {
        mode,
        path: "launchdarkly",
        "access-token": SHORT_TOKEN,
        "base-uri": emulator.url,
        "github-token": "ghs_default_token",
      },
    });

  function everythingWritten(result: Awaited<ReturnType<typeof action>>): string {
    const planFiles = join(workspace.runnerTemp, "ld-gitops");
    const files = readdirSync(planFiles).map((name) => readFileSync(join(planFiles, name), "utf8"));
    const sentToGitHub = github.requests.map((request) => JSON.stringify(request.body ?? "")).join("\n");
    // `::add-mask::` lines are consumed by the runner, never shown: they must carry the real value.
    return [
      printedLines(result.stdout),
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs),
      ...files,
      sentToGitHub,
    ].join("\n");
  }

  it("plan: the PR comment, summary, outputs, plan JSON file and logs", async () => {
    await seedTokensIntoLaunchDarkly();
    const result = await action("plan", "pull_request", "pull_request.opened.json");
    expect(result.code).toBe(0);
    const comments = [...github.issues.values()].flatMap((issue) => issue.comments.map((c) => c.body));
    expect(comments.join("\n")).toContain("***");
    expect(leaks(comments.join("\n"))).toEqual([]);
    expect(leaks(everythingWritten(result))).toEqual([]);
  });

  it("drift: the issue body, summary, outputs and logs", async () => {
    await seedTokensIntoLaunchDarkly();
    const result = await action("drift", "schedule", "schedule.json");
    expect(result.code).toBe(0);
    const issues = [...github.issues.values()].filter((issue) => issue.labels.includes("ld-gitops-drift"));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain("***");
    expect(leaks(issues.map((issue) => issue.title + issue.body).join("\n"))).toEqual([]);
    expect(leaks(everythingWritten(result))).toEqual([]);
  });
});
