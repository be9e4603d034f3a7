import { getOctokit } from "@actions/github";
import { textForOutput } from "../output/redacting-sink.js";

/** An issue or pull-request comment, reduced to what the Action decides on. */
export interface IssueComment {
  id: number;
  nodeId: string;
  body: string;
  /** `Bot` for `GITHUB_TOKEN` and GitHub App tokens, `User` for people and personal tokens. */
  authorType: string;
  htmlUrl: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  htmlUrl: string;
  authorType: string;
  isPullRequest: boolean;
}

export interface PullRequestSummary {
  number: number;
  title: string;
  htmlUrl: string;
  mergeCommitSha: string | null;
  mergedAt: string | null;
}

/** The GitHub calls the Action makes, on one repository. Lists are read to the end. */
export interface GitHubApi {
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  /** Hides a comment behind "This comment was marked as outdated" (GraphQL `minimizeComment`). */
  minimizeComment(nodeId: string, classifier: "OUTDATED"): Promise<void>;
  listPullRequestsForCommit(sha: string): Promise<PullRequestSummary[]>;
  listOpenIssuesWithLabel(label: string): Promise<Issue[]>;
  createIssue(fields: { title: string; body: string; labels: string[] }): Promise<Issue>;
  updateIssue(
    issueNumber: number,
    fields: {
      title?: string;
      body?: string;
      state?: "open" | "closed";
      stateReason?: "completed" | "not_planned";
    },
  ): Promise<Issue>;
}

interface RawUser {
  type?: string;
}
interface RawComment {
  id: number;
  node_id: string;
  body?: string | null;
  user?: RawUser | null;
  html_url: string;
}
interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  user?: RawUser | null;
  pull_request?: unknown;
}

function toComment(raw: RawComment): IssueComment {
  return {
    id: raw.id,
    nodeId: raw.node_id,
    body: raw.body ?? "",
    authorType: raw.user?.type ?? "",
    htmlUrl: raw.html_url,
  };
}

function toIssue(raw: RawIssue): Issue {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? "",
    htmlUrl: raw.html_url,
    authorType: raw.user?.type ?? "",
    isPullRequest: raw.pull_request !== undefined && raw.pull_request !== null,
  };
}

const PER_PAGE = 100;

/** The request parameters that carry text the Action wrote; URL, method and headers are left alone. */
const SENT_FIELDS = ["body", "title", "query", "variables", "input"] as const;

function redactDeep(value: unknown): unknown {
  if (typeof value === "string") return textForOutput(value);
  if (Array.isArray(value)) return value.map(redactDeep);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactDeep(inner)]));
  return value;
}

/** GitHub's REST and GraphQL APIs through Octokit; the base URL defaults to `GITHUB_API_URL` like in any Action. */
export function createGitHubApi(options: {
  token: string;
  owner: string;
  repo: string;
  baseUrl?: string;
}): GitHubApi {
  const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL;
  const octokit = getOctokit(options.token, baseUrl ? { baseUrl } : {});
  // Everything sent to GitHub (comment and issue bodies, titles, GraphQL variables) passes the redacting sink.
  octokit.hook.before("request", (request) => {
    const fields = request as unknown as Record<string, unknown>;
    for (const name of SENT_FIELDS) {
      if (fields[name] !== undefined) fields[name] = redactDeep(fields[name]);
    }
  });
  const repo = { owner: options.owner, repo: options.repo };

  return {
    async listIssueComments(issueNumber) {
      const raw = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: PER_PAGE,
      });
      return (raw as RawComment[]).map(toComment);
    },
    async createIssueComment(issueNumber, body) {
      const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
      return toComment(data as RawComment);
    },
    async updateIssueComment(commentId, body) {
      const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
      return toComment(data as RawComment);
    },
    async minimizeComment(nodeId, classifier) {
      await octokit.graphql(
        `mutation($input: MinimizeCommentInput!) {
          minimizeComment(input: $input) { minimizedComment { isMinimized } }
        }`,
        { input: { subjectId: nodeId, classifier } },
      );
    },
    async listPullRequestsForCommit(sha) {
      const raw = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...repo,
        commit_sha: sha,
        per_page: PER_PAGE,
      });
      return raw.map((pr) => ({
        number: pr.number,
        title: pr.title,
        htmlUrl: pr.html_url,
        mergeCommitSha: pr.merge_commit_sha ?? null,
        mergedAt: pr.merged_at ?? null,
      }));
    },
    async listOpenIssuesWithLabel(label) {
      const raw = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repo,
        state: "open",
        labels: label,
        per_page: PER_PAGE,
      });
      return (raw as RawIssue[]).map(toIssue);
    },
    async createIssue(fields) {
      const { data } = await octokit.rest.issues.create({ ...repo, ...fields });
      return toIssue(data as RawIssue);
    },
    async updateIssue(issueNumber, fields) {
      const { data } = await octokit.rest.issues.update({
        ...repo,
        issue_number: issueNumber,
        ...(fields.title !== undefined ? { title: fields.title } : {}),
        ...(fields.body !== undefined ? { body: fields.body } : {}),
        ...(fields.state !== undefined ? { state: fields.state } : {}),
        ...(fields.stateReason !== undefined ? { state_reason: fields.stateReason } : {}),
      });
      return toIssue(data as RawIssue);
    },
  };
}
