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
