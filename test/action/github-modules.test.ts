import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DRIFT_LABEL, syncDriftIssue } from "../../src/action/drift-issue.js";
import { createGitHubApi, type GitHubApi } from "../../src/action/github-api.js";
import { renderMarker } from "../../src/action/markers.js";
import {
  type CommentMode,
  findPlanComments,
  publishPlanComment,
  readReviewedPlan,
} from "../../src/action/pull-request-comment.js";
import { type FakeGitHub, HUMAN_USER, startFakeGitHub } from "../support/fake-github.js";

const APP_BOT = { login: "my-app[bot]", id: 777, type: "Bot" as const };

let fake: FakeGitHub;
let github: GitHubApi;

beforeEach(async () => {
  fake = await startFakeGitHub({ tokens: { "app-token": { user: APP_BOT } } });
  github = createGitHubApi({ token: "gh-token", owner: fake.owner, repo: fake.repo, baseUrl: fake.url });
});
afterEach(() => fake.close());

const planBody = (hash: string, text: string) =>
  `${renderMarker({ kind: "plan", path: "launchdarkly", hash })}\n${text}`;

/** Publishes a plan comment for the `launchdarkly` path. */
const publish = (issueNumber: number, body: string, mode: CommentMode = "sticky") =>
  publishPlanComment(github, { issueNumber, path: "launchdarkly", body, mode });

describe("sticky plan comments", () => {
  it("creates one comment, then edits it in place", async () => {
    const pr = fake.addPullRequest({});
    const first = await publish(pr.number, planBody("h1", "one"));
    const second = await publish(pr.number, planBody("h2", "two"));
    expect(first.action).toBe("created");
    expect(second.action).toBe("updated");
    expect(fake.commentsOf(pr.number)).toHaveLength(1);
    expect(fake.commentsOf(pr.number)[0]!.body).toContain("two");
    expect((await readReviewedPlan(github, pr.number, "launchdarkly"))?.hash).toBe("h2");
  });

  it("does not take over a person's comment that quotes the marker, nor another path's comment", async () => {
    const pr = fake.addPullRequest({});
    fake.addComment(pr.number, planBody("quoted", "a human pasted this"), HUMAN_USER);
    fake.addComment(
      pr.number,
      `${renderMarker({ kind: "plan", path: "other", hash: "x" })}\nother path`,
      APP_BOT,
    );
    await publish(pr.number, planBody("h", "mine"));
    const comments = fake.commentsOf(pr.number);
    expect(comments).toHaveLength(3);
    expect(comments[0]!.body).toContain("a human pasted this");
    expect(comments[1]!.body).toContain("other path");
  });

  it("finds a comment posted by a GitHub App bot through the marker, whatever its login", async () => {
    const pr = fake.addPullRequest({});
    fake.addComment(pr.number, planBody("from-app", "app"), APP_BOT);
    const result = await publish(pr.number, planBody("h", "updated by github-actions"));
    expect(result.action).toBe("updated");
    expect(fake.commentsOf(pr.number)).toHaveLength(1);
  });

  it("reads every page of a long comment thread (Link headers)", async () => {
    const pr = fake.addPullRequest({});
    fake.addComment(pr.number, planBody("old", "first"), APP_BOT);
    for (let i = 0; i < 230; i++) fake.addComment(pr.number, `chatter ${i}`);
    expect(await findPlanComments(github, pr.number, "launchdarkly")).toHaveLength(1);
    const pages = fake.requests.filter(
      (r) => r.method === "GET" && r.path.endsWith(`/issues/${pr.number}/comments`),
    );
    expect(pages.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
  });

  it("skips an identical body and posts nothing in mode off", async () => {
    const pr = fake.addPullRequest({});
    const body = planBody("same", "same");
    await publish(pr.number, body);
    expect((await publish(pr.number, body)).action).toBe("unchanged");
    expect((await publish(pr.number, body, "off")).action).toBe("skipped");
    expect(fake.requests.filter((r) => r.method === "PATCH")).toHaveLength(0);
  });
});

describe("new plan comments", () => {
  it("keeps history and hides the superseded comment as outdated through GraphQL", async () => {
    const pr = fake.addPullRequest({});
    await publish(pr.number, planBody("1", "a"), "new");
    const second = await publish(pr.number, planBody("2", "b"), "new");
    const comments = fake.commentsOf(pr.number);
    expect(comments).toHaveLength(2);
    expect(second.minimized).toBe(1);
    expect(comments[0]!.minimized).toEqual({ classifier: "OUTDATED" });
    expect(comments[1]!.minimized).toBeUndefined();
    const graphql = fake.requests.find((r) => r.path === "/graphql");
    expect(JSON.stringify(graphql?.body)).toContain("minimizeComment");
  });
});

describe("drift issue", () => {
  const sync = (hasDrift: boolean, body = "drift body") =>
    syncDriftIssue(github, {
      path: "launchdarkly",
      hasDrift,
      title: "LaunchDarkly drift in launchdarkly",
      body: `${renderMarker({ kind: "drift", path: "launchdarkly" })}\n${body}`,
      resolvedComment: "Drift is gone.",
    });

  it("opens one labelled issue, updates it, then closes it with a comment", async () => {
    expect((await sync(false)).action).toBe("none");
    const opened = await sync(true, "first");
    expect(opened.action).toBe("opened");
    expect(fake.labels.has(DRIFT_LABEL)).toBe(true);
    expect((await sync(true, "second")).action).toBe("updated");
    expect((await sync(true, "second")).action).toBe("unchanged");
    const issues = [...fake.issues.values()];
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain("second");
    expect((await sync(false)).action).toBe("closed");
    expect(issues[0]!.state).toBe("closed");
    expect(issues[0]!.comments.map((c) => c.body)).toEqual(["Drift is gone."]);
  });

  it("ignores a person's issue with the same label", async () => {
    fake.addIssue({
      title: "manual",
      body: renderMarker({ kind: "drift", path: "launchdarkly" }),
      labels: [DRIFT_LABEL],
    });
    expect((await sync(true)).action).toBe("opened");
    expect(fake.issues.size).toBe(2);
  });
});

describe("fake GitHub answers like GitHub", () => {
  it("rejects unauthenticated and read-only writes", async () => {
    const pr = fake.addPullRequest({});
    const anonymous = await fetch(
      `${fake.url}/repos/${fake.owner}/${fake.repo}/issues/${pr.number}/comments`,
    );
    expect(anonymous.status).toBe(401);
    const readOnly = await startFakeGitHub({ tokens: { ro: { user: APP_BOT, readOnly: true } } });
    try {
      const forkPr = readOnly.addPullRequest({});
      const api = createGitHubApi({
        token: "ro",
        owner: readOnly.owner,
        repo: readOnly.repo,
        baseUrl: readOnly.url,
      });
      await expect(api.createIssueComment(forkPr.number, "x")).rejects.toMatchObject({ status: 403 });
    } finally {
      await readOnly.close();
    }
  });

  it("maps a merge commit to its pull request", async () => {
    const pr = fake.addPullRequest({ title: "Add beta segment" });
    fake.mergePullRequest(pr.number, "abc1234def");
    const pulls = await github.listPullRequestsForCommit("abc1234def");
    expect(pulls).toEqual([
      expect.objectContaining({ number: pr.number, title: "Add beta segment", mergeCommitSha: "abc1234def" }),
    ]);
    expect(await github.listPullRequestsForCommit("0000000")).toEqual([]);
  });
});
