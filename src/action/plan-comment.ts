import type { GitHubApi, IssueComment } from "./github-api.js";
import { hasMarkerFor, parseMarker } from "./markers.js";

/** `sticky`: one comment per config path, edited in place. `new`: a comment per run, older ones hidden as outdated. */
export type CommentMode = "sticky" | "new" | "off";

export interface PublishedComment {
  action: "created" | "updated" | "unchanged" | "skipped";
  comment?: IssueComment;
  /** Older plan comments hidden as outdated (`comment: new`). */
  minimized: number;
}

/**
 * The Action's own plan comments for a config path, oldest first. Ownership is the hidden marker plus a bot
 * author: a person quoting the marker does not hijack the comment, and any bot login (GITHUB_TOKEN or App) works.
 */
export async function findPlanComments(
  github: Pick<GitHubApi, "listIssueComments">,
  issueNumber: number,
  path: string,
): Promise<IssueComment[]> {
  const comments = await github.listIssueComments(issueNumber);
  return comments.filter(
    (comment) => comment.authorType === "Bot" && hasMarkerFor(comment.body, "plan", path),
  );
}

/** The plan hash in the newest plan comment for this path: what reviewers saw last. */
export async function readReviewedPlanHash(
  github: Pick<GitHubApi, "listIssueComments">,
  issueNumber: number,
  path: string,
): Promise<{ hash: string | undefined; comment: IssueComment } | undefined> {
  const newest = (await findPlanComments(github, issueNumber, path)).at(-1);
  if (!newest) return undefined;
  return { hash: parseMarker(newest.body)?.hash, comment: newest };
}

/** Posts or updates the plan comment of a pull request according to the comment mode. */
export async function publishPlanComment(
  github: GitHubApi,
  options: { issueNumber: number; path: string; body: string; mode: CommentMode },
): Promise<PublishedComment> {
  if (options.mode === "off") return { action: "skipped", minimized: 0 };
  const existing = await findPlanComments(github, options.issueNumber, options.path);
  const newest = existing.at(-1);

  if (options.mode === "sticky") {
    if (!newest) {
      return {
        action: "created",
        comment: await github.createIssueComment(options.issueNumber, options.body),
        minimized: 0,
      };
    }
    if (newest.body === options.body) return { action: "unchanged", comment: newest, minimized: 0 };
    return {
      action: "updated",
      comment: await github.updateIssueComment(newest.id, options.body),
      minimized: 0,
    };
  }

  const comment = await github.createIssueComment(options.issueNumber, options.body);
  // Earlier runs hid the comments before `newest`; hiding only the one this run supersedes keeps it one call.
  if (newest) await github.minimizeComment(newest.nodeId, "OUTDATED");
  return { action: "created", comment, minimized: newest ? 1 : 0 };
}
