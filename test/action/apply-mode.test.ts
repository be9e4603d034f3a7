import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import type { FakeGitHub } from "../support/fake-github.js";
import {
  printedLines,
  runActionProcess,
  startActionFixtures,
  stopActionFixtures,
  type Workspace,
} from "./action-harness.js";
import { ADA_TOKEN, BETA_SEGMENT_YAML, clientFor, READER_TOKEN, WRITER_TOKEN } from "./launchdarkly-seed.js";

/** `after` of push.json: the merge commit of pull request #7. */
const MERGE_SHA = "d4e5f60718293a4b5c6d7e8f9012345678901234";
const PR_URL = "https://github.com/acme/flags/pull/7";

let github: FakeGitHub;
let emulator: RunningEmulator;
let workspace: Workspace;
let reader: LaunchDarklyClient;

beforeEach(async () => {
  ({ github, emulator, workspace } = await startActionFixtures());
  github.addPullRequest({ number: 7, title: "Add beta segment" });
  reader = clientFor(emulator, READER_TOKEN);
});
afterEach(() => stopActionFixtures({ github, emulator, workspace }));

const common = (mode: string) => ({
  mode,
  path: "launchdarkly",
  "base-uri": emulator.url,
  "github-token": "ghs_default_token",
});

function planOnPullRequest() {
  return runActionProcess({
    workspace,
    eventName: "pull_request",
    event: "pull_request.opened.json",
    githubApiUrl: github.url,
    inputs: { ...common("plan"), "access-token": READER_TOKEN },
  });
}

function applyOnPush(inputs: Record<string, string> = {}) {
  return runActionProcess({
    workspace,
    eventName: "push",
    event: "push.json",
    sha: MERGE_SHA,
    githubApiUrl: github.url,
    inputs: { ...common("apply"), "access-token": WRITER_TOKEN, ...inputs },
  });
}

describe("mode: apply on a push to the default branch", () => {
  it("applies the reviewed plan, tags every write with the pull request and updates its comment", async () => {
    expect((await planOnPullRequest()).code).toBe(0);
    const reviewedMarker = github.commentsOf(7)[0]!.body.split("\n")[0];
    github.mergePullRequest(7, MERGE_SHA);

    const result = await applyOnPush();
    expect(result.stdout).not.toContain("::error");
    expect(result.code).toBe(0);
    const segment = await reader.getSegment("web-app", "production", "beta-users");
    expect(segment?.name).toBe("Beta users");
    expect(segment?.included).toEqual(["user-1", "user-2"]);
    // LaunchDarkly takes an audit-log comment on every write except creates (`SegmentBody` has no comment field).
    const entries = await reader.listAuditLog("proj/web-app:env/production:segment/beta-users", {
      limit: 20,
    });
    const commented = entries.filter((entry) => entry.comment !== undefined);
    expect(commented.length).toBeGreaterThan(0);
    for (const entry of commented) expect(entry.comment).toMatch(new RegExp(`^ld-gitops .*\\(${PR_URL}\\)$`));
    for (const entry of entries.filter((e) => e.comment === undefined))
      expect(entry.titleVerb).toBe("created the segment");

    expect(github.commentsOf(7)).toHaveLength(1);
    const body = github.commentsOf(7)[0]!.body;
    expect(body.split("\n")[0]).toBe(reviewedMarker);
    expect(body).toContain("**Applied**");
    expect(body).toMatch(/\| ✅ \| applied \| create segment <code>web-app\/production\/beta-users<\/code>/);
    expect(body).toContain("commit `d4e5f60`");
    expect(result.summary).toContain("| ✅ | applied |");
    expect(printedLines(result.stdout)).not.toContain(WRITER_TOKEN);

    // Running the job again finds nothing to do and leaves the comment alone.
    const again = await applyOnPush();
    expect(again.code).toBe(0);
    expect(again.summary).toContain("Nothing to apply");
    expect(github.commentsOf(7)[0]!.body).toBe(body);
  });

  it("refuses when the plan changed since review, and shows the new plan on the pull request", async () => {
    await planOnPullRequest();
    github.mergePullRequest(7, MERGE_SHA);
    // Someone creates the segment by hand between review and merge: the plan is no longer a create.
    await clientFor(emulator, ADA_TOKEN).createSegment("web-app", "production", {
      key: "beta-users",
      name: "Hand made",
    });
    emulator.clearRequests();

    const result = await applyOnPush();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::Plan changed since review");
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
    const body = github.commentsOf(7)[0]!.body;
    expect(body).toContain("plan changed since review");
    expect(body).toContain("Hand made");
    expect(result.summary).toContain("plan changed since review");

    // A re-run of the failed job must not approve the new plan by itself.
    expect((await applyOnPush()).code).toBe(1);

    // The workflow can opt out.
    const forced = await applyOnPush({ "allow-plan-changes": "true" });
    expect(forced.code).toBe(0);
    expect((await reader.getSegment("web-app", "production", "beta-users"))?.name).toBe("Beta users");
  });

  it("shows what changed between the reviewed plan and the new one, also on a re-run", async () => {
    const twoSegments = `${BETA_SEGMENT_YAML}  - key: alpha-users
    name: Alpha users
    included: [user-9]
`;
    workspace.write({ "launchdarkly/segments.yaml": twoSegments });
    await planOnPullRequest();
    github.mergePullRequest(7, MERGE_SHA);
    // After review: beta-users is made by hand (create → update), alpha-users leaves the files, gamma-users joins.
    await clientFor(emulator, ADA_TOKEN).createSegment("web-app", "production", {
      key: "beta-users",
      name: "Hand made",
    });
    workspace.write({
      "launchdarkly/segments.yaml": `${BETA_SEGMENT_YAML}  - key: gamma-users
    name: Gamma users
    included: [user-7]
`,
    });

    const rows = [
      "| ✏️ planned differently | segment <code>web-app/production/beta-users</code> | create | update |",
      "| 🆕 new in the plan | segment <code>web-app/production/gamma-users</code> | — | create |",
      "| ➖ no longer planned | segment <code>web-app/production/alpha-users</code> | create | — |",
    ];
    for (const attempt of [1, 2]) {
      const result = await applyOnPush();
      expect(result.code, `attempt ${attempt}`).toBe(1);
      const body = github.commentsOf(7)[0]!.body;
      expect(body).toContain("#### What changed since the reviewed plan");
      for (const row of rows) expect(body).toContain(row);
      expect(body).toMatch(/Reviewed plan `[0-9a-f]{12}`: 2 changes; plan now `[0-9a-f]{12}`: 2 changes\./);
      expect(result.summary).toContain(rows[0]);
      // The new plan is still shown in full below the comparison.
      expect(body).toContain("#### The new plan");
      expect(body).toContain("Gamma users");
    }
  });

  it("says it cannot compare when the reviewed comment was written before plans were recorded", async () => {
    await planOnPullRequest();
    const comment = github.commentsOf(7)[0]!;
    // What the previous ld-gitops version wrote: the marker with the hash, no recorded changes.
    comment.body = comment.body.replace(/\n<!-- ld-gitops:plan-changes v1 [^\n]*-->\n?/, "\n");
    expect(comment.body).not.toContain("plan-changes");
    github.mergePullRequest(7, MERGE_SHA);
    await clientFor(emulator, ADA_TOKEN).createSegment("web-app", "production", {
      key: "beta-users",
      name: "Hand made",
    });

    const result = await applyOnPush();
    expect(result.code).toBe(1);
    expect(github.commentsOf(7)).toHaveLength(1);
    const body = github.commentsOf(7)[0]!.body;
    expect(body).toContain("plan changed since review");
    expect(body).toContain("does not record its plan's changes");
    expect(body).toContain("Hand made");
  });

  it("refuses a direct push that no reviewed pull request planned", async () => {
    const result = await applyOnPush();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("no merged pull request was found for commit `d4e5f60`");
    expect(await reader.getSegment("web-app", "production", "beta-users")).toBeUndefined();
  });

  it("reports a failed apply per resource and fails the job", async () => {
    await planOnPullRequest();
    github.mergePullRequest(7, MERGE_SHA);
    emulator.setFaults({
      failNext: [{ method: "POST", path: "/api/v2/segments/web-app/production", count: 10, status: 400 }],
    });
    const result = await applyOnPush();
    expect(result.code).toBe(1);
    const body = github.commentsOf(7)[0]!.body;
    expect(body).toContain("Failed: apply did not complete");
    expect(body).toContain("| ❌ | failed |");
  });

  it("fails as 'did not converge', naming the fields, when LaunchDarkly accepted every write but still differs", async () => {
    await planOnPullRequest();
    github.mergePullRequest(7, MERGE_SHA);
    // Between the Action and the emulator: the segment's semantic patch (its targets) is answered as if accepted,
    // with the segment unchanged. Every write "succeeds", so only the plan made after applying can notice.
    const proxy = await startNoOpPatchProxy(emulator.url, "/api/v2/segments/web-app/production/beta-users");
    try {
      const result = await applyOnPush({ "base-uri": proxy.url });
      expect(proxy.swallowed).toBe(1);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        "::error::Apply did not converge: LaunchDarkly accepted every write but still differs from the repository: update segment web-app/production/beta-users (included.user)",
      );
      expect(result.stdout).not.toMatch(/0 failed/);
      for (const text of [github.commentsOf(7)[0]!.body, result.summary]) {
        expect(text).toContain(
          "Apply: 1 of 1 applied, but LaunchDarkly did not converge (1 resource still differs).",
        );
        expect(text).toContain(
          "Did not converge: 1 resource still differs from the repository after applying.",
        );
        expect(text).toContain("! update segment web-app/production/beta-users: included.user");
        expect(text).not.toMatch(/0 failed/);
      }
      expect(github.commentsOf(7)[0]!.body).toContain("❌ **Failed: did not converge**");
      expect(github.commentsOf(7)[0]!.body).not.toContain("apply did not complete");
    } finally {
      await proxy.close();
    }
  });
});

/**
 * A pass-through HTTP proxy to the emulator that turns the first `PATCH` of `path` into a no-op: it answers 200 with
 * the resource as it is (read from the emulator with the same token) instead of forwarding the write.
 */
async function startNoOpPatchProxy(
  target: string,
  path: string,
): Promise<{ url: string; swallowed: number; close: () => Promise<void> }> {
  const state = { swallowed: 0 };
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string" && !["host", "connection", "content-length"].includes(name))
        headers[name] = value;
    }
    const noOp = request.method === "PATCH" && request.url === path && state.swallowed === 0;
    if (noOp) state.swallowed++;
    const answer = await fetch(`${target}${request.url}`, {
      method: noOp ? "GET" : request.method,
      headers: noOp ? { authorization: headers.authorization ?? "" } : headers,
      ...(noOp || chunks.length === 0 ? {} : { body: Buffer.concat(chunks) }),
    });
    const body = Buffer.from(await answer.arrayBuffer());
    const forwarded: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name))
        forwarded[name] = value;
    });
    response.writeHead(answer.status, forwarded);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get swallowed() {
      return state.swallowed;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
