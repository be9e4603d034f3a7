// Where a saved plan came from: the config directory and the commit it was at. `apply --plan` compares it with where
// it runs now, so a plan that no longer matches can say why (another directory, another commit) instead of only
// "something changed".
import { resolve } from "node:path";
import type { Plan, PlanSource } from "../plan/types.js";
import { resolveCommitSha } from "./audit-comment.js";
import { gitPathOf } from "./git-info.js";

export type { PlanSource };

/** Where a plan of `dir` comes from, now. */
export function planSourceOf(dir: string, env: Record<string, string | undefined> = process.env): PlanSource {
  const source: PlanSource = { dir };
  const repositoryPath = gitPathOf(dir);
  if (repositoryPath !== undefined) source.repositoryPath = repositoryPath;
  const commit = resolveCommitSha(env, dir);
  if (commit !== undefined) source.commit = commit;
  return source;
}

/** The plan with its source recorded, for `plan --format json` to save. The hash (of `changes`) is unchanged. */
export function withPlanSource(plan: Plan, source: PlanSource): Plan {
  return { ...plan, source };
}

/** A `source` read from a plan file, or undefined when it is missing or not the shape written above. */
export function parsePlanSource(value: unknown): PlanSource | undefined {
  if (!value || typeof value !== "object") return undefined;
  const { dir, repositoryPath, commit } = value as Record<string, unknown>;
  if (typeof dir !== "string") return undefined;
  const source: PlanSource = { dir };
  if (typeof repositoryPath === "string") source.repositoryPath = repositoryPath;
  if (typeof commit === "string") source.commit = commit;
  return source;
}

const shortSha = (sha: string) => sha.slice(0, 7);

/** `` `launchdarkly/` at commit abc1234 ``. */
function describePlanSource(source: PlanSource): string {
  const where = `\`${source.repositoryPath ?? source.dir}\``;
  return source.commit ? `${where} at commit ${shortSha(source.commit)}` : where;
}

/** Whether two sources name the same directory: by repository path when both know it, else by absolute path. */
function sameDirectory(a: PlanSource, b: PlanSource): boolean {
  if (a.repositoryPath !== undefined && b.repositoryPath !== undefined)
    return a.repositoryPath === b.repositoryPath;
  return resolve(a.dir) === resolve(b.dir);
}

/**
 * One sentence on where the saved plan came from compared with this run, for the message when the plans differ:
 * "this plan was made from `launchdarkly/` at commit abc1234; this apply reads `other/`".
 */
export function explainPlanSource(saved: PlanSource | undefined, current: PlanSource): string {
  if (saved === undefined) {
    return "the plan file does not say which directory or commit it was made from (it was saved by an older ld-gitops)";
  }
  const made = `this plan was made from ${describePlanSource(saved)}`;
  if (!sameDirectory(saved, current)) return `${made}; this apply reads ${describePlanSource(current)}`;
  if (saved.commit && current.commit && saved.commit !== current.commit)
    return `${made}; the repository is now at commit ${shortSha(current.commit)}`;
  if (saved.commit && current.commit)
    return `${made}, the same commit as now: the files changed without a commit, or LaunchDarkly changed`;
  return `${made}; this apply reads the same directory, so its files or LaunchDarkly changed`;
}
