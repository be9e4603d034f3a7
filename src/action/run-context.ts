import { readFileSync } from "node:fs";
import { workflowRunUrl } from "./run-url.js";

/** The pull request that triggered the run, from the `pull_request` / `pull_request_target` event payload. */
export interface PullRequestContext {
  number: number;
  /** The commit the pull request's head points at (`GITHUB_SHA` is a temporary merge commit on pull_request). */
  headSha: string | undefined;
  headRepo: string | undefined;
  /** The head branch lives in another repository: GitHub gives such runs no secrets and a read-only token. */
  isFork: boolean;
}

/** Where and why the Action runs, read from the runner's environment and the webhook payload. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  /** The run's page (`workflowRunUrl`), when the run id is known. */
  runUrl: string | undefined;
  pullRequest?: PullRequestContext;
}

interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } | null };
  };
  repository?: { full_name?: string };
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as EventPayload;
  } catch (error) {
    throw new Error(
      `Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}`,
    );
  }
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const repository = env.GITHUB_REPOSITORY ?? payload.repository?.full_name;
  const [owner, repo] = (repository ?? "").split("/");
  if (!owner || !repo)
    throw new Error("GITHUB_REPOSITORY is not set (expected owner/repo): is this running in GitHub Actions?");
  const runUrl = workflowRunUrl({
    serverUrl: env.GITHUB_SERVER_URL,
    repository: `${owner}/${repo}`,
    runId: env.GITHUB_RUN_ID,
  });

  const pr = payload.pull_request;
  let pullRequest: PullRequestContext | undefined;
  if (pr && typeof pr.number === "number") {
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? `${owner}/${repo}`;
    pullRequest = {
      number: pr.number,
      headSha: pr.head?.sha,
      headRepo,
      // A deleted fork has `head.repo: null`: it still came from outside.
      isFork: headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    sha: env.GITHUB_SHA ?? "",
    runUrl,
    ...(pullRequest ? { pullRequest } : {}),
  };
}
