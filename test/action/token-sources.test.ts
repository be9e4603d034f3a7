// The Action resolves its LaunchDarkly connection once, from the same sources as the CLI: the `access-token`
// input, then LD_ACCESS_TOKEN, then LAUNCHDARKLY_ACCESS_TOKEN. Every mode that talks to LaunchDarkly must work with
// each of them, and a rejected token must name the setting it came from.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { FakeGitHub } from "../support/fake-github.js";
import {
  printedLines,
  runActionProcess,
  startActionFixtures,
  stopActionFixtures,
  type Workspace,
} from "./action-harness.js";
import { clientFor, READER_TOKEN, WRITER_TOKEN } from "./launchdarkly-seed.js";

const MERGE_SHA = "d4e5f60718293a4b5c6d7e8f9012345678901234";
/** Shaped like a LaunchDarkly token, but unknown to the emulator. */
const REVOKED_TOKEN = "api-9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";

let github: FakeGitHub;
let emulator: RunningEmulator;
let workspace: Workspace;

beforeEach(async () => {
  ({ github, emulator, workspace } = await startActionFixtures());
  github.addPullRequest({ number: 7, title: "Add beta segment" });
});
afterEach(() => stopActionFixtures({ github, emulator, workspace }));

type Source = "access-token" | "LD_ACCESS_TOKEN" | "LAUNCHDARKLY_ACCESS_TOKEN";
const SOURCES: Source[] = ["access-token", "LD_ACCESS_TOKEN", "LAUNCHDARKLY_ACCESS_TOKEN"];

/** The token given the one way `source` says, and no other. */
function tokenFrom(
  source: Source,
  token: string,
): { inputs: Record<string, string>; env: Record<string, string> } {
  return source === "access-token"
    ? { inputs: { "access-token": token }, env: {} }
    : { inputs: {}, env: { [source]: token } };
}

function run(mode: string, source: Source, token: string, event: "pull_request" | "push" | "schedule") {
  const given = tokenFrom(source, token);
  const events = {
    pull_request: "pull_request.opened.json",
    push: "push.json",
    schedule: "schedule.json",
  } as const;
  return runActionProcess({
    workspace,
    eventName: event,
    event: events[event],
    githubApiUrl: github.url,
    ...(event === "pull_request" ? {} : { sha: MERGE_SHA }),
    env: given.env,
    inputs: {
      mode,
      path: "launchdarkly",
      "base-uri": emulator.url,
      "github-token": "ghs_default_token",
      ...given.inputs,
    },
  });
}

describe("the LaunchDarkly token, from each place a workflow can set it", () => {
  it.each(SOURCES)("drift, plan and apply all use a token given as %s", async (source) => {
    // Drift: the repository's segment is missing from LaunchDarkly.
    const drift = await run("drift", source, READER_TOKEN, "schedule");
    expect(drift.code).toBe(0);
    expect(drift.outputs.drift).toBe("true");
    expect(drift.outputs["comment-url"]).toMatch(/\/issues\/\d+$/);

    // Plan: against LaunchDarkly, not "validated the files only".
    const plan = await run("plan", source, READER_TOKEN, "pull_request");
    expect(plan.code).toBe(0);
    expect(plan.summary).not.toContain("validated the files only");
    expect(plan.outputs["to-create"]).toBe("1");
    expect(github.commentsOf(7)[0]!.body).toMatch(/^<!-- ld-gitops:plan path=launchdarkly hash=[0-9a-f]+/);

    // Apply: writes, with the writer token from the same place.
    github.mergePullRequest(7, MERGE_SHA);
    const apply = await run("apply", source, WRITER_TOKEN, "push");
    expect(apply.stdout).not.toContain("::error");
    expect(apply.code).toBe(0);
    const segment = await clientFor(emulator, READER_TOKEN).getSegment("web-app", "production", "beta-users");
    expect(segment?.included).toEqual(["user-1", "user-2"]);
    for (const result of [drift, plan, apply]) {
      expect(printedLines(result.stdout)).not.toContain(READER_TOKEN);
      expect(printedLines(result.stdout)).not.toContain(WRITER_TOKEN);
    }
  });

  it.each([
    ["LAUNCHDARKLY_ACCESS_TOKEN", "the token in the LAUNCHDARKLY_ACCESS_TOKEN environment variable"],
    ["LD_ACCESS_TOKEN", "the token in the LD_ACCESS_TOKEN environment variable"],
    ["access-token", "access-token input"],
  ] as const)("a rejected token given as %s is blamed on that setting", async (source, named) => {
    const plan = await run("plan", source, REVOKED_TOKEN, "pull_request");
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain("The access token was rejected");
    expect(plan.stdout).toContain(named);
    if (source !== "access-token") expect(plan.stdout).not.toContain("access-token input");
    expect(printedLines(plan.stdout)).not.toContain(REVOKED_TOKEN);
    expect(github.commentsOf(7)[0]!.body).toContain(named);

    const drift = await run("drift", source, REVOKED_TOKEN, "schedule");
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain(named);
  });

  it("apply and drift without any token name every place one can be set; plan validates only", async () => {
    const everywhere =
      /`access-token` input .* or `LD_ACCESS_TOKEN` or `LAUNCHDARKLY_ACCESS_TOKEN` in the step's environment/;
    const noToken = (mode: string, event: "pull_request" | "push" | "schedule") =>
      runActionProcess({
        workspace,
        eventName: event,
        event: { pull_request: "pull_request.opened.json", push: "push.json", schedule: "schedule.json" }[
          event
        ],
        githubApiUrl: github.url,
        sha: MERGE_SHA,
        inputs: { mode, path: "launchdarkly", "base-uri": emulator.url, "github-token": "ghs_default_token" },
      });
    const apply = await noToken("apply", "push");
    expect(apply.code).toBe(1);
    expect(apply.stdout).toMatch(everywhere);
    const drift = await noToken("drift", "schedule");
    expect(drift.code).toBe(1);
    expect(drift.stdout).toMatch(everywhere);
    const plan = await noToken("plan", "pull_request");
    expect(plan.code).toBe(0);
    expect(plan.summary).toContain("validated the files only");
    expect(plan.summary).toContain("`LAUNCHDARKLY_ACCESS_TOKEN`");
    expect(emulator.requests).toEqual([]);
  });
});
