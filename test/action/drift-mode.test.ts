import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { type FakeGitHub, GITHUB_ACTIONS_BOT, startFakeGitHub } from "../support/fake-github.js";
import {
  printedLines,
  runActionProcess,
  startActionFixtures,
  stopActionFixtures,
  type Workspace,
} from "./action-harness.js";
import {
  ADA_TOKEN,
  applyBetaSegmentAsTool,
  clientFor,
  READER_TOKEN,
  TOOL_COMMENT,
  WRITER_TOKEN,
} from "./launchdarkly-seed.js";

let github: FakeGitHub;
let emulator: RunningEmulator;
let workspace: Workspace;
let writer: LaunchDarklyClient;
let ada: LaunchDarklyClient;

beforeEach(async () => {
  ({ github, emulator, workspace } = await startActionFixtures());
  writer = clientFor(emulator, WRITER_TOKEN);
  ada = clientFor(emulator, ADA_TOKEN);
  await applyBetaSegmentAsTool(writer);
});
afterEach(() => stopActionFixtures({ github, emulator, workspace }));

function drift(inputs: Record<string, string> = {}) {
  return runActionProcess({
    workspace,
    eventName: "schedule",
    event: "schedule.json",
    githubApiUrl: github.url,
    sha: "d4e5f60718293a4b5c6d7e8f9012345678901234",
    inputs: {
      mode: "drift",
      path: "launchdarkly",
      "access-token": READER_TOKEN,
      "base-uri": emulator.url,
      "github-token": "ghs_default_token",
      ...inputs,
    },
  });
}

const rename = (client: LaunchDarklyClient, name: string, comment?: string) =>
  client.patchSegmentSemantic(
    "web-app",
    "production",
    "beta-users",
    [{ kind: "updateName", value: name }],
    comment,
  );

describe("mode: drift on a schedule", () => {
  it("opens one drift issue, updates it while drift lasts, and closes it once drift is gone", async () => {
    const clean = await drift();
    expect(clean.code).toBe(0);
    expect(clean.outputs.drift).toBe("false");
    expect(github.issues.size).toBe(0);

    await rename(ada, "Beta (hotfix)", "renamed during incident");
    emulator.clearRequests();
    const opened = await drift();
    expect(opened.code).toBe(0);
    expect(opened.outputs).toMatchObject({ drift: "true", "has-changes": "true", "to-update": "1" });
    const issues = [...github.issues.values()];
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.labels).toEqual(["ld-gitops-drift"]);
    expect(issue.title).toBe("LaunchDarkly drift in `launchdarkly`");
    // The same header as the plan comment: kind, config path and the hash of the plan that restores it.
    expect(issue.body.split("\n")[0]).toMatch(
      /^<!-- ld-gitops:drift path=launchdarkly hash=[0-9a-f]{64} -->$/,
    );
    expect(issue.body).toContain("segment `web-app/production/beta-users`");
    expect(issue.body).toContain("ada@\u200demulator.invalid" /* escaped: @ plus a zero-width joiner */);
    expect(issue.body).toContain("Beta (hotfix)");
    expect(opened.outputs["comment-url"]).toBe(`https://github.com/acme/flags/issues/${issue.number}`);
    expect(opened.summary).toContain("ada@\u200demulator.invalid");
    expect(printedLines(opened.stdout)).not.toContain(READER_TOKEN);
    // Drift detection only reads LaunchDarkly.
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);

    await rename(ada, "Beta (second hotfix)");
    const updated = await drift();
    expect(updated.code).toBe(0);
    expect(github.issues.size).toBe(1);
    expect(issue.state).toBe("open");
    expect(issue.body).toContain("Beta (second hotfix)");
    expect(issue.body).toMatch(/\(and 1 earlier change since ld-gitops last wrote it\)/);

    await rename(writer, "Beta users", TOOL_COMMENT);
    const resolved = await drift();
    expect(resolved.code).toBe(0);
    expect(resolved.outputs.drift).toBe("false");
    expect(issue.state).toBe("closed");
    expect(issue.comments.map((c) => c.body).join("\n")).toContain(
      "LaunchDarkly matches the repository again",
    );
    expect(github.issues.size).toBe(1);
  });

  it("updates a drift issue written by the previous version, whose marker has no hash", async () => {
    const old = github.addIssue({
      title: "LaunchDarkly drift in `launchdarkly`",
      body: "<!-- ld-gitops:drift path=launchdarkly -->\n### ld-gitops drift · `launchdarkly`\n\nold text",
      labels: ["ld-gitops-drift"],
      user: GITHUB_ACTIONS_BOT,
    });
    await rename(ada, "Beta (hotfix)");
    const result = await drift();
    expect(result.code).toBe(0);
    expect(github.issues.size).toBe(1);
    expect(old.body).toContain("Beta (hotfix)");
    expect(old.body).not.toContain("old text");
  });

  it("fails the job with fail-on-drift, after updating the issue", async () => {
    await rename(ada, "Beta (hotfix)");
    const result = await drift({ "fail-on-drift": "true" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::Drift: 1 resource in LaunchDarkly differs from launchdarkly.");
    expect(github.issues.size).toBe(1);
  });

  it("explains the missing permission when the token may not open issues", async () => {
    const readOnly = await startFakeGitHub({
      tokens: { ro: { user: { login: "github-actions[bot]", id: 1, type: "Bot" }, readOnly: true } },
    });
    try {
      await rename(ada, "Beta (hotfix)");
      const result = await runActionProcess({
        workspace,
        eventName: "schedule",
        event: "schedule.json",
        githubApiUrl: readOnly.url,
        inputs: {
          mode: "drift",
          "access-token": READER_TOKEN,
          "base-uri": emulator.url,
          "github-token": "ro",
        },
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("permissions: issues: write");
      expect(result.summary).toContain("ada@\u200demulator.invalid");
    } finally {
      await readOnly.close();
    }
  });
});
