import type { GitHubApi, PullRequestSummary } from "./github-api.js";

/**
 * The pull request whose merge produced `sha`: the one GitHub names with this merge commit (merge, squash and rebase
 * merges all set it), else any merged one associated with the commit. Open pull requests that merely contain the
 * commit are not it.
 */
export async function findMergedPullRequest(
  github: Pick<GitHubApi, "listPullRequestsForCommit">,
  sha: string,
): Promise<PullRequestSummary | undefined> {
  const pulls = await github.listPullRequestsForCommit(sha);
  return pulls.find((pr) => pr.mergeCommitSha === sha) ?? pulls.find((pr) => pr.mergedAt !== null);
}
