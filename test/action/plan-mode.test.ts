import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, GITHUB_ACTIONS_BOT } from "../support/fake-github.js";
import {
  printedLines,
  runActionProcess,
  startActionFixtures,
  stopActionFixtures,
  type Workspace,
} from "./action-harness.js";
import {
  applyBetaSegmentAsTool,
  BETA_SEGMENT_YAML,
  clientFor,
  EMPTY_CONFIG_YAML,
  WRITER_TOKEN,
} from "./launchdarkly-seed.js";

const APP_BOT = { login: "ld-gitops-app[bot]", id: 4242, type: "Bot" as const };

let github: FakeGitHub;
let emulator: RunningEmulator;
let workspace: Workspace;

beforeEach(async () => {
  ({ github, emulator, workspace } = await startActionFixtures({
    tokens: {
      ghs_default_token: { user: GITHUB_ACTIONS_BOT },
      ghs_app_token: { user: APP_BOT },
      ghs_fork_token: { user: GITHUB_ACTIONS_BOT, readOnly: true },
    },
  }));
  github.addPullRequest({ number: 7, title: "Add beta segment" });
  github.addPullRequest({ number: 8, title: "Fix typo in segment", headRepo: "outside-contributor/flags" });
});
afterEach(() => stopActionFixtures({ github, emulator, workspace }));

function onPullRequest(inputs: Record<string, string>, event = "pull_request.opened.json") {
  return runActionProcess({ workspace, eventName: "pull_request", event, githubApiUrl: github.url, inputs });
}

function plan(inputs: Record<string, string> = {}, event = "pull_request.opened.json") {
  return onPullRequest(
    {
      mode: "plan",
      path: "launchdarkly",
      "access-token": WRITER_TOKEN,
      "base-uri": emulator.url,
      "github-token": "ghs_default_token",
      ...inputs,
    },
    event,
  );
}

function expectNoSecrets(...texts: string[]) {
  for (const text of texts) {
    expect(text).not.toContain(WRITER_TOKEN);
    expect(text).not.toContain("ghs_default_token");
  }
}

describe("mode: plan on a pull request", () => {
  it("posts the plan as one sticky comment, sets outputs, writes the plan JSON and the job summary", async () => {
    const result = await plan();
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);

    const comments = github.commentsOf(7);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    const planFile = result.outputs["plan-json"]!;
    const planJson = JSON.parse(readFileSync(planFile, "utf8"));
    expect(body.split("\n")[0]).toBe(`<!-- ld-gitops:plan path=launchdarkly hash=${planJson.hash} -->`);
    expect(body).toContain("**Planned**");
    expect(body).toContain("beta-users");
    expect(body).toContain(`https://github.com/acme/flags/actions/runs/`);
    expect(body).toContain("commit `a1b2c3d`");

    expect(planFile.startsWith(workspace.runnerTemp)).toBe(true);
    expect(result.outputs).toMatchObject({
      "has-changes": "true",
      "to-create": "1",
      "to-update": "0",
      "to-delete": "0",
    });
    expect(result.outputs["comment-url"]).toContain("/pull/7#issuecomment-");
    expect(planJson.summary.create).toBe(1);

    // The summary shows the same text, without the hidden marker.
    expect(result.summary).toContain("beta-users");
    expect(result.summary).toContain("**Planned**");
    expect(result.summary).not.toContain("<!-- ld-gitops:plan");
    expect(result.stdout).toContain("::add-mask::");
    expectNoSecrets(printedLines(result.stdout), result.summary, body, readFileSync(planFile, "utf8"));
    // Planning never writes to LaunchDarkly.
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("updates the same comment on the next push, and says so when the plan became empty", async () => {
    await plan();
    const firstBody = github.commentsOf(7)[0]!.body;

    workspace.write({
      "launchdarkly/segments.yaml": BETA_SEGMENT_YAML.replace("Beta users", "Beta testers"),
    });
    const second = await plan({}, "pull_request.synchronize.json");
    expect(second.code).toBe(0);
    expect(github.commentsOf(7)).toHaveLength(1);
    const secondBody = github.commentsOf(7)[0]!.body;
    expect(secondBody).toContain("Beta testers");
    expect(secondBody.split("\n")[0]).not.toBe(firstBody.split("\n")[0]);

    workspace.write({ "launchdarkly/segments.yaml": EMPTY_CONFIG_YAML });
    const third = await plan({}, "pull_request.synchronize.json");
    expect(third.code).toBe(0);
    expect(github.commentsOf(7)).toHaveLength(1);
    const emptyBody = github.commentsOf(7)[0]!.body;
    expect(emptyBody).toContain("no changes");
    expect(emptyBody).not.toContain("beta-users");
    expect(third.outputs["has-changes"]).toBe("false");
    expect(github.requests.filter((r) => r.method === "PATCH")).toHaveLength(2);
  });

  it("finds a comment a GitHub App posted earlier by its marker and updates it", async () => {
    await plan({ "github-token": "ghs_app_token" });
    expect(github.commentsOf(7)[0]!.user.login).toBe("ld-gitops-app[bot]");
    await plan({ "github-token": "ghs_default_token" }, "pull_request.synchronize.json");
    expect(github.commentsOf(7)).toHaveLength(1);
  });

  it("with comment: new, keeps history and hides the older comment as outdated", async () => {
    await plan({ comment: "new" });
    workspace.write({ "launchdarkly/segments.yaml": BETA_SEGMENT_YAML.replace("user-2", "user-3") });
    await plan({ comment: "new" }, "pull_request.synchronize.json");
    const comments = github.commentsOf(7);
    expect(comments).toHaveLength(2);
    expect(comments[0]!.minimized).toEqual({ classifier: "OUTDATED" });
    expect(comments[1]!.minimized).toBeUndefined();
  });

  it("with comment: off, posts nothing but still writes the summary and outputs", async () => {
    const result = await plan({ comment: "off" });
    expect(result.code).toBe(0);
    expect(github.commentsOf(7)).toHaveLength(0);
    expect(result.summary).toContain("beta-users");
    expect(result.outputs["to-create"]).toBe("1");
  });

  it("annotates validation errors on the files and comments what to fix", async () => {
    workspace.write({
      "launchdarkly/segments.yaml": `project: web-app
environments: [production]
segments:
  - key: beta-users
    name: Beta users
    rules:
      - clauses:
          - attribute: email
            op: endWith
            values: ["@acme.example"]
`,
    });
    const result = await plan();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=ld-gitops,file=launchdarkly\/segments\.yaml,line=9,col=\d+::/,
    );
    const body = github.commentsOf(7)[0]!.body;
    expect(body.split("\n")[0]).toBe("<!-- ld-gitops:plan path=launchdarkly -->");
    expect(body).toContain("validation errors");
    expect(body).toContain("`launchdarkly/segments.yaml:9:");
    expect(result.summary).toContain("launchdarkly/segments.yaml:9:");
    expect(emulator.requests).toEqual([]);
  });

  it("reports a LaunchDarkly failure in the comment without leaking the token", async () => {
    const result = await plan({ "access-token": "api-99999999-9999-4999-8999-999999999999" });
    expect(result.code).toBe(1);
    const body = github.commentsOf(7)[0]!.body;
    expect(body).toContain("could not plan");
    expect(body).not.toContain("api-99999999");
    expect(printedLines(result.stdout)).not.toContain("api-99999999-9999-4999-8999-999999999999");
    expect(result.stdout).toContain("::add-mask::api-99999999-9999-4999-8999-999999999999");
  });
});

/** Declares a segment, so LaunchDarkly's segments are read, but not the tool's `beta-users`. */
const OTHER_SEGMENT_YAML = BETA_SEGMENT_YAML.replace("beta-users", "gamma-users");

describe("mode: plan speaks of inputs, not CLI options", () => {
  it("points at the `prune: true` input for resources ld-gitops manages that left the repository", async () => {
    const writer = clientFor(emulator, WRITER_TOKEN);
    await applyBetaSegmentAsTool(writer);
    await writer.close();
    workspace.write({ "launchdarkly/segments.yaml": OTHER_SEGMENT_YAML });
    const result = await plan();
    expect(result.code).toBe(0);
    const body = github.commentsOf(7)[0]!.body;
    for (const text of [body, result.summary]) {
      expect(text).toContain("the `prune: true` input");
      expect(text).not.toContain("--prune");
    }
  });

  it("names the `delete-threshold` input when a plan deletes too much", async () => {
    const writer = clientFor(emulator, WRITER_TOKEN);
    await applyBetaSegmentAsTool(writer);
    await writer.close();
    workspace.write({ "launchdarkly/segments.yaml": OTHER_SEGMENT_YAML });
    const result = await plan({ prune: "true", "delete-threshold": "0" });
    expect(result.code).toBe(1);
    const body = github.commentsOf(7)[0]!.body;
    expect(body).toMatch(/`delete-threshold: 1(,100%)?`/);
    expect(body).not.toContain("--delete-threshold");
    expect(result.stdout).not.toContain("--delete-threshold");
  });
});

describe("mode: plan on a pull request from a fork", () => {
  it("validates only, explains why in the summary and touches neither LaunchDarkly nor the pull request", async () => {
    // Fork runs get no secrets: the token input is empty and GITHUB_TOKEN is read-only.
    const result = await onPullRequest(
      { mode: "plan", path: "launchdarkly", "base-uri": emulator.url, "github-token": "ghs_fork_token" },
      "pull_request.fork.json",
    );
    expect(result.code).toBe(0);
    expect(result.summary).toContain("comes from a fork (`outside-contributor/flags`)");
    expect(result.summary).toContain("validated the files only");
    expect(result.stdout).toContain("::warning::");
    expect(github.commentsOf(8)).toHaveLength(0);
    expect(github.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(emulator.requests).toEqual([]);
    expect(existsSync(workspace.runnerTemp)).toBe(true);
  });

  it("fails a fork's invalid files with annotations, without trying to comment", async () => {
    workspace.write({
      "launchdarkly/segments.yaml": "project: web-app\nenvironments: [production]\nsegments: 3\n",
    });
    const result = await onPullRequest(
      { mode: "plan", path: "launchdarkly", "github-token": "ghs_fork_token" },
      "pull_request.fork.json",
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error title=ld-gitops,file=launchdarkly/segments.yaml,line=3");
    expect(github.requests).toEqual([]);
  });
});

describe("mode: validate", () => {
  it("checks the files without LaunchDarkly and writes a summary", async () => {
    const result = await onPullRequest({
      mode: "validate",
      path: "launchdarkly",
      "github-token": "ghs_default_token",
    });
    expect(result.code).toBe(0);
    expect(result.summary).toContain("✅ 1 file valid.");
    expect(emulator.requests).toEqual([]);
    expect(github.commentsOf(7)).toHaveLength(0);
  });

  it("reports invalid files as validation, not as a plan", async () => {
    workspace.write({
      "launchdarkly/segments.yaml": "project: web-app\nenvironments: [production]\nsegments: 3\n",
    });
    const result = await onPullRequest({
      mode: "validate",
      path: "launchdarkly",
      "github-token": "ghs_default_token",
    });
    expect(result.code).toBe(1);
    const body = github.commentsOf(7)[0]!.body;
    expect(body.split("\n")[0]).toBe("<!-- ld-gitops:plan path=launchdarkly -->");
    for (const text of [body.split("\n").slice(1).join("\n"), result.summary]) {
      expect(text).toContain("### ld-gitops validate · `launchdarkly`");
      expect(text).toContain("❌ **Failed: validation errors** — fix the files below.");
      expect(text).not.toMatch(/plan/i);
    }
  });

  it("rejects an unknown mode clearly", async () => {
    const result = await onPullRequest({ mode: "deploy" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Input "mode" must be one of validate, plan, apply, drift; got "deploy"');
  });
});
