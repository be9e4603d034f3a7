// A local stand-in for the parts of GitHub's REST API (and the GraphQL `minimizeComment` mutation) that the
// Action uses, served over real HTTP so the Action's own Octokit client is exercised end to end.
// It answers like GitHub: status codes, `Link` pagination headers, `user.type`, PRs sharing issue numbers.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeGitHubUser {
  login: string;
  id: number;
  type: "Bot" | "User";
}

export interface FakeComment {
  id: number;
  node_id: string;
  body: string;
  user: FakeGitHubUser;
  created_at: string;
  updated_at: string;
  /** Set by the GraphQL `minimizeComment` mutation. */
  minimized?: { classifier: string };
}

export interface FakeIssue {
  number: number;
  node_id: string;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason: string | null;
  labels: string[];
  user: FakeGitHubUser;
  /** Present when this issue number is a pull request. */
  pull_request?: { head_repo: string; merge_commit_sha: string | null; merged_at: string | null };
  comments: FakeComment[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** Who each token acts as; a token not listed acts as `github-actions[bot]`. */
  tokens?: Record<string, { user: FakeGitHubUser; readOnly?: boolean }>;
}

export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  issues: Map<number, FakeIssue>;
  labels: Set<string>;
  addPullRequest(options: {
    number?: number;
    title?: string;
    headRepo?: string;
    user?: FakeGitHubUser;
  }): FakeIssue;
  addIssue(options: { title: string; body: string; labels?: string[]; user?: FakeGitHubUser }): FakeIssue;
  addComment(issueNumber: number, body: string, user?: FakeGitHubUser): FakeComment;
  /** Records that `sha` is the merge commit of pull request `number` (what `GET commits/{sha}/pulls` reads). */
  mergePullRequest(number: number, sha: string): void;
  commentsOf(issueNumber: number): FakeComment[];
  close(): Promise<void>;
}

export const GITHUB_ACTIONS_BOT: FakeGitHubUser = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
export const HUMAN_USER: FakeGitHubUser = { login: "octocat", id: 583231, type: "User" };

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? "acme";
  const repo = options.repo ?? "flags";
  const fullName = `${owner}/${repo}`;
  const issues = new Map<number, FakeIssue>();
  const labels = new Set<string>();
  const commitPulls = new Map<string, number[]>();
  const requests: RecordedRequest[] = [];
  let nextIssueNumber = 1;
  let nextCommentId = 1_000_000;
  let clock = Date.parse("2026-01-01T00:00:00Z");
  // A clock that ticks a second per event, so timestamps are distinct and ordered.
  const now = () => {
    clock += 1000;
    return new Date(clock).toISOString();
  };
  let baseUrl = "";

  const htmlBase = `https://github.com/${fullName}`;

  function newIssue(fields: Omit<FakeIssue, "number" | "node_id" | "comments" | "state" | "state_reason">) {
    const number = nextIssueNumber++;
    const issue: FakeIssue = {
      ...fields,
      number,
      node_id: `I_kwDO${number}`,
      state: "open",
      state_reason: null,
      comments: [],
    };
    for (const label of issue.labels) labels.add(label);
    issues.set(number, issue);
    return issue;
  }

  function newComment(issue: FakeIssue, body: string, user: FakeGitHubUser): FakeComment {
    const id = nextCommentId++;
    const time = now();
    const comment: FakeComment = {
      id,
      node_id: `IC_kwDO${id}`,
      body,
      user,
      created_at: time,
      updated_at: time,
    };
    issue.comments.push(comment);
    return comment;
  }

  function userJson(user: FakeGitHubUser) {
    return { login: user.login, id: user.id, node_id: `U_${user.id}`, type: user.type, site_admin: false };
  }

  function commentJson(issue: FakeIssue, comment: FakeComment) {
    return {
      id: comment.id,
      node_id: comment.node_id,
      url: `${baseUrl}/repos/${fullName}/issues/comments/${comment.id}`,
      html_url: `${htmlBase}/${issue.pull_request ? "pull" : "issues"}/${issue.number}#issuecomment-${comment.id}`,
      issue_url: `${baseUrl}/repos/${fullName}/issues/${issue.number}`,
      body: comment.body,
      user: userJson(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
    };
  }

  function issueJson(issue: FakeIssue) {
    return {
      id: 9_000_000 + issue.number,
      node_id: issue.node_id,
      number: issue.number,
      url: `${baseUrl}/repos/${fullName}/issues/${issue.number}`,
      html_url: `${htmlBase}/${issue.pull_request ? "pull" : "issues"}/${issue.number}`,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason,
      user: userJson(issue.user),
      labels: issue.labels.map((name, index) => ({ id: index + 1, name, color: "ededed", default: false })),
      comments: issue.comments.length,
      ...(issue.pull_request
        ? { pull_request: { url: `${baseUrl}/repos/${fullName}/pulls/${issue.number}` } }
        : {}),
    };
  }

  function pullJson(issue: FakeIssue) {
    const pr = issue.pull_request!;
    const [headOwner] = pr.head_repo.split("/");
    return {
      id: 8_000_000 + issue.number,
      node_id: `PR_${issue.number}`,
      number: issue.number,
      url: `${baseUrl}/repos/${fullName}/pulls/${issue.number}`,
      html_url: `${htmlBase}/pull/${issue.number}`,
      state: pr.merged_at ? "closed" : issue.state,
      title: issue.title,
      user: userJson(issue.user),
      merged_at: pr.merged_at,
      merge_commit_sha: pr.merge_commit_sha,
      head: { ref: "change", repo: { full_name: pr.head_repo, owner: { login: headOwner } } },
      base: { ref: "main", repo: { full_name: fullName, owner: { login: owner } } },
    };
  }

  function tokenOf(req: IncomingMessage): { token: string | undefined; header: string | undefined } {
    const header = req.headers.authorization;
    const match = header?.match(/^(?:token|bearer)\s+(.+)$/i);
    return { token: match?.[1], header };
  }

  function actorFor(req: IncomingMessage, write: boolean): FakeGitHubUser {
    const { token } = tokenOf(req);
    if (!token) throw new HttpError(401, "Requires authentication");
    const known = options.tokens?.[token];
    if (known?.readOnly && write) throw new HttpError(403, "Resource not accessible by integration");
    return known?.user ?? GITHUB_ACTIONS_BOT;
  }

  function issueOr404(number: number): FakeIssue {
    const issue = issues.get(number);
    if (!issue) throw new HttpError(404, "Not Found");
    return issue;
  }

  function paginate<T>(res: ServerResponse, url: URL, items: T[]): T[] {
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? DEFAULT_PER_PAGE), MAX_PER_PAGE);
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const target = new URL(url.toString());
      target.searchParams.set("per_page", String(perPage));
      target.searchParams.set("page", String(p));
      return `<${baseUrl}${target.pathname}${target.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, "prev"), link(1, "first"));
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (links.length > 0) res.setHeader("Link", links.join(", "));
    return items.slice((page - 1) * perPage, page * perPage);
  }

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (chunks.length === 0) return undefined;
    const text = Buffer.concat(chunks).toString("utf8");
    try {
      return JSON.parse(text);
    } catch {
      throw new HttpError(400, "Problems parsing JSON");
    }
  }

  function requireString(body: unknown, field: string): string {
    const value = (body as Record<string, unknown> | undefined)?.[field];
    if (typeof value !== "string")
      throw new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
    return value;
  }

  function handleGraphql(req: IncomingMessage, body: unknown) {
    actorFor(req, true);
    const { query, variables } = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    if (typeof query !== "string" || !/minimizeComment/.test(query)) {
      return { errors: [{ type: "UNSUPPORTED", message: "The fake GitHub only supports minimizeComment" }] };
    }
    const input = (variables?.input ?? variables) as { subjectId?: string; id?: string; classifier?: string };
    const subjectId = input.subjectId ?? input.id;
    const classifier = input.classifier;
    const comment = [...issues.values()].flatMap((i) => i.comments).find((c) => c.node_id === subjectId);
    if (!comment) {
      return {
        data: { minimizeComment: null },
        errors: [
          { type: "NOT_FOUND", message: `Could not resolve to a node with the global id of '${subjectId}'` },
        ],
      };
    }
    if (
      !classifier ||
      !["SPAM", "ABUSE", "OFF_TOPIC", "OUTDATED", "DUPLICATE", "RESOLVED"].includes(classifier)
    ) {
      return { errors: [{ message: `Argument 'classifier' has an invalid value (${classifier})` }] };
    }
    comment.minimized = { classifier };
    return {
      data: {
        minimizeComment: {
          minimizedComment: { isMinimized: true, minimizedReason: classifier.toLowerCase() },
        },
      },
    };
  }

  async function route(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{ status: number; json: unknown }> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const body = method === "GET" ? undefined : await readBody(req);
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: tokenOf(req).header,
    });

    if (url.pathname === "/graphql" && method === "POST")
      return { status: 200, json: handleGraphql(req, body) };

    const prefix = `/repos/${owner}/${repo}`;
    if (!url.pathname.startsWith(`${prefix}/`)) throw new HttpError(404, "Not Found");
    const rest = url.pathname.slice(prefix.length);

    const issueComments = rest.match(/^\/issues\/(\d+)\/comments$/);
    if (issueComments) {
      if (method === "GET") {
        actorFor(req, false);
        const issue = issueOr404(Number(issueComments[1]));
        return { status: 200, json: paginate(res, url, issue.comments).map((c) => commentJson(issue, c)) };
      }
      if (method === "POST") {
        const actor = actorFor(req, true);
        const issue = issueOr404(Number(issueComments[1]));
        const comment = newComment(issue, requireString(body, "body"), actor);
        return { status: 201, json: commentJson(issue, comment) };
      }
    }
    const singleComment = rest.match(/^\/issues\/comments\/(\d+)$/);
    if (singleComment && method === "PATCH") {
      actorFor(req, true);
      const id = Number(singleComment[1]);
      for (const issue of issues.values()) {
        const comment = issue.comments.find((c) => c.id === id);
        if (comment) {
          comment.body = requireString(body, "body");
          comment.updated_at = now();
          return { status: 200, json: commentJson(issue, comment) };
        }
      }
      throw new HttpError(404, "Not Found");
    }
    if (rest === "/issues" && method === "GET") {
      actorFor(req, false);
      const state = url.searchParams.get("state") ?? "open";
      const wanted = (url.searchParams.get("labels") ?? "").split(",").filter(Boolean);
      const matching = [...issues.values()]
        .filter((i) => state === "all" || i.state === state)
        .filter((i) => wanted.every((label) => i.labels.includes(label)))
        .sort((a, b) => b.number - a.number);
      return { status: 200, json: paginate(res, url, matching).map(issueJson) };
    }
    if (rest === "/issues" && method === "POST") {
      const actor = actorFor(req, true);
      const requested = (body as { labels?: unknown } | undefined)?.labels;
      const issue = newIssue({
        title: requireString(body, "title"),
        body: ((body as { body?: string }).body ?? "") as string,
        labels: Array.isArray(requested) ? requested.map(String) : [],
        user: actor,
      });
      return { status: 201, json: issueJson(issue) };
    }
    const singleIssue = rest.match(/^\/issues\/(\d+)$/);
    if (singleIssue && method === "PATCH") {
      actorFor(req, true);
      const issue = issueOr404(Number(singleIssue[1]));
      const patch = (body ?? {}) as Partial<{
        title: string;
        body: string;
        state: string;
        state_reason: string;
      }>;
      if (patch.title !== undefined) issue.title = patch.title;
      if (patch.body !== undefined) issue.body = patch.body;
      if (patch.state !== undefined) {
        if (patch.state !== "open" && patch.state !== "closed") throw new HttpError(422, "Validation Failed");
        issue.state = patch.state;
        issue.state_reason = patch.state === "closed" ? (patch.state_reason ?? "completed") : "reopened";
      }
      return { status: 200, json: issueJson(issue) };
    }
    const commitPullsPath = rest.match(/^\/commits\/([0-9a-f]{7,40})\/pulls$/);
    if (commitPullsPath && method === "GET") {
      actorFor(req, false);
      const numbers = commitPulls.get(commitPullsPath[1]!) ?? [];
      return { status: 200, json: numbers.map((n) => pullJson(issueOr404(n))) };
    }
    throw new HttpError(404, "Not Found");
  }

  const server = createServer((req, res) => {
    route(req, res)
      .then(({ status, json }) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(json));
      })
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(
          JSON.stringify({
            message: error instanceof Error ? error.message : String(error),
            documentation_url: "https://docs.github.com/rest",
            status: String(status),
          }),
        );
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    owner,
    repo,
    requests,
    issues,
    labels,
    addPullRequest({ number, title, headRepo, user }) {
      if (number !== undefined) nextIssueNumber = Math.max(nextIssueNumber, number);
      return newIssue({
        title: title ?? "Change LaunchDarkly segments",
        body: "",
        labels: [],
        user: user ?? HUMAN_USER,
        pull_request: { head_repo: headRepo ?? fullName, merge_commit_sha: null, merged_at: null },
      });
    },
    addIssue({ title, body, labels: issueLabels, user }) {
      return newIssue({ title, body, labels: issueLabels ?? [], user: user ?? HUMAN_USER });
    },
    addComment(issueNumber, body, user) {
      return newComment(issueOr404(issueNumber), body, user ?? HUMAN_USER);
    },
    mergePullRequest(number, sha) {
      const issue = issueOr404(number);
      issue.pull_request = { ...issue.pull_request!, merge_commit_sha: sha, merged_at: now() };
      issue.state = "closed";
      commitPulls.set(sha, [...(commitPulls.get(sha) ?? []), number]);
    },
    commentsOf(issueNumber) {
      return issueOr404(issueNumber).comments;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
