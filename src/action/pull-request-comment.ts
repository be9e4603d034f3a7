import type { GitHubApi, IssueComment } from "./github-api.js";
import { hasMarkerFor, parseMarker } from "./markers.js";
import { parseRecordedPlan, type RecordedPlan } from "./reviewed-plan.js";

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

/** What reviewers saw last: the newest plan comment for this path, its plan hash and its recorded changes. */
export interface ReviewedPlan {
  comment: IssueComment;
  /** Absent when the comment shows no plan (validation failed, planning failed). */
  hash: string | undefined;
  /** Absent in comments written before ld-gitops recorded the plan's changes, or when it is not this hash's. */
  recorded: RecordedPlan | undefined;
}

export async function readReviewedPlan(
  github: Pick<GitHubApi, "listIssueComments">,
  issueNumber: number,
  path: string,
): Promise<ReviewedPlan | undefined> {
  const newest = (await findPlanComments(github, issueNumber, path)).at(-1);
  if (!newest) return undefined;
  const hash = parseMarker(newest.body)?.hash;
  const recorded = parseRecordedPlan(newest.body);
  return { comment: newest, hash, recorded: hash && recorded?.hash === hash ? recorded : undefined };
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
