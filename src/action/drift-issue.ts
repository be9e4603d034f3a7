import type { GitHubApi, Issue } from "./github-api.js";
import { hasMarkerFor } from "./markers.js";

export const DRIFT_LABEL = "ld-gitops-drift";

export interface DriftIssueResult {
  action: "opened" | "updated" | "unchanged" | "closed" | "none";
  issue?: Issue;
}

/** The open drift issue for a config path: labelled, carrying the marker, opened by a bot (this Action). */
async function findOpenDriftIssue(
  github: Pick<GitHubApi, "listOpenIssuesWithLabel">,
  path: string,
): Promise<Issue | undefined> {
  const issues = await github.listOpenIssuesWithLabel(DRIFT_LABEL);
  return issues.find(
    (issue) => !issue.isPullRequest && issue.authorType === "Bot" && hasMarkerFor(issue.body, "drift", path),
  );
}

/**
 * Keeps one drift issue per config path in step with LaunchDarkly: opens it when drift appears, rewrites its body
 * while drift lasts, and closes it with a comment once LaunchDarkly matches the repository again.
 */
export async function syncDriftIssue(
  github: GitHubApi,
  options: { path: string; hasDrift: boolean; title: string; body: string; resolvedComment: string },
): Promise<DriftIssueResult> {
  const open = await findOpenDriftIssue(github, options.path);
  if (!options.hasDrift) {
    if (!open) return { action: "none" };
    await github.createIssueComment(open.number, options.resolvedComment);
    return {
      action: "closed",
      issue: await github.updateIssue(open.number, { state: "closed", stateReason: "completed" }),
    };
  }
  if (!open) {
    return {
      action: "opened",
      issue: await github.createIssue({ title: options.title, body: options.body, labels: [DRIFT_LABEL] }),
    };
  }
  if (open.body === options.body && open.title === options.title) return { action: "unchanged", issue: open };
  return {
    action: "updated",
    issue: await github.updateIssue(open.number, { title: options.title, body: options.body }),
  };
}
