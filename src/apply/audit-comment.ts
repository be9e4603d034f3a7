// The comment every write carries (where LaunchDarkly's API takes one), so LaunchDarkly's audit log says which tool,
// which commit and which pull request or run made the change.
import { redactSecrets } from "../launchdarkly/redact.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import { gitCommitOf } from "./git-info.js";

export interface AuditCommentInput {
  /** The commit applied. */
  sha?: string;
  /** The pull request or workflow run that applied it. */
  url?: string;
}

/**
 * `ld-gitops 0.1.0: apply of commit 0123abc… (https://github.com/o/r/pull/7)`; without either,
 * `ld-gitops 0.1.0: apply (no commit or run URL known)`. Always starts with the tool's name: drift recognises the
 * tool's own writes by it (`hasToolComment`).
 */
export function buildAuditComment(input: AuditCommentInput = {}): string {
  const sha = input.sha?.trim();
  const url = input.url?.trim();
  let comment = `${TOOL_NAME} ${TOOL_VERSION}: apply`;
  if (sha) comment += ` of commit ${sha}`;
  if (url) comment += ` (${url})`;
  if (!sha && !url) comment += " (no commit or run URL known)";
  // A URL or ref from the environment must never carry a token into LaunchDarkly's audit log.
  return redactSecrets(comment);
}

/**
 * The commit of the config directory: `git -C DIR rev-parse HEAD` (the directory's own repository, whatever the
 * current directory is), else `GITHUB_SHA` (Actions, where git may refuse the checkout), else undefined.
 */
export function resolveCommitSha(
  env: Record<string, string | undefined> = process.env,
  dir = process.cwd(),
): string | undefined {
  return gitCommitOf(dir) ?? (env.GITHUB_SHA?.trim() || undefined);
}

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
