// GitHub knowledge the core does without: where a workflow run's page is. The core takes the URL as a plain string
// (the audit comment, the plan footer); the Action and the CLI running inside a workflow work it out here.

/** GitHub's own host, for runners that do not set `GITHUB_SERVER_URL`. */
const DEFAULT_GITHUB_SERVER_URL = "https://github.com";

/**
 * A workflow run's URL, `SERVER/OWNER/REPO/actions/runs/RUN_ID`: the server defaults to https://github.com and
 * loses any trailing slash; undefined without a repository or run id.
 */
export function workflowRunUrl(run: {
  serverUrl?: string | undefined;
  repository?: string | undefined;
  runId?: string | undefined;
}): string | undefined {
  const repository = run.repository?.trim();
  const runId = run.runId?.trim();
  if (!repository || !runId) return undefined;
  const server = (run.serverUrl?.trim() || DEFAULT_GITHUB_SERVER_URL).replace(/\/+$/, "");
  return `${server}/${repository}/actions/runs/${runId}`;
}

/** The run's URL on GitHub Actions, from `GITHUB_SERVER_URL`, `GITHUB_REPOSITORY` and `GITHUB_RUN_ID`. */
export function resolveRunUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return workflowRunUrl({
    serverUrl: env.GITHUB_SERVER_URL,
    repository: env.GITHUB_REPOSITORY,
    runId: env.GITHUB_RUN_ID,
  });
}
