// The comment every write carries (where LaunchDarkly's API takes one), so LaunchDarkly's audit log says which tool,
// which commit and which pull request or run made the change.
import { execFileSync } from "node:child_process";
import { redactSecrets } from "../launchdarkly/redact.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";

export interface AuditCommentInput {
  /** The commit applied. */
  sha?: string;
  /** The pull request or workflow run that applied it. */
  url?: string;
}

/** `ld-gitops 0.1.0: apply of commit 0123abc… (https://github.com/o/r/pull/7)`. */
export function buildAuditComment(input: AuditCommentInput = {}): string {
  const sha = input.sha?.trim();
  const url = input.url?.trim();
  let comment = `${TOOL_NAME} ${TOOL_VERSION}: apply`;
  if (sha) comment += ` of commit ${sha}`;
  if (url) comment += ` (${url})`;
  // A URL or ref from the environment must never carry a token into LaunchDarkly's audit log.
  return redactSecrets(comment);
}

/** `GITHUB_SHA` when set (Actions), else `git rev-parse HEAD` in `cwd`, else undefined (not a checkout). */
export function resolveCommitSha(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): string | undefined {
  const fromEnv = env.GITHUB_SHA?.trim();
  if (fromEnv) return fromEnv;
  try {
    const sha = execFileSync("git", ["rev-parse", "HEAD"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5_000,
    }).trim();
    return /^[0-9a-f]{7,64}$/i.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** The run's URL on GitHub Actions (`GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID`). */
export function resolveRunUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!server || !repository || !runId) return undefined;
  return `${server}/${repository}/actions/runs/${runId}`;
}
