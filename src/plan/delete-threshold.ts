import type { DeleteThreshold } from "./types.js";
import { DEFAULT_DELETE_THRESHOLD } from "./types.js";

/** Thrown when a plan would delete more than the threshold allows: stops the plan before anything is shown as safe. */
export class DeleteThresholdError extends Error {
  constructor(
    message: string,
    readonly deletes: number,
    readonly owned: number,
  ) {
    super(message);
    this.name = "DeleteThresholdError";
  }
}

/** `--delete-threshold` values: `N` (count) or `N%` (share of owned resources). */
export function parseDeleteThreshold(text: string): DeleteThreshold {
  const trimmed = text.trim();
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(trimmed);
  if (!match)
    throw new Error(
      `--delete-threshold must be a number (e.g. 10) or a percentage (e.g. 25%), got "${text}"`,
    );
  const value = Number(match[1]);
  return match[2] === "%" ? { maxPercent: value } : { maxCount: value };
}

/**
 * Refuses a plan that deletes more than `maxCount` resources, or more than `maxPercent` % of the owned resources
 * read. Giving one limit replaces only that limit; the other keeps its default.
 */
export function checkDeleteThreshold(deletes: number, owned: number, threshold: DeleteThreshold = {}): void {
  if (deletes === 0) return;
  const maxCount = threshold.maxCount ?? DEFAULT_DELETE_THRESHOLD.maxCount;
  const maxPercent = threshold.maxPercent ?? DEFAULT_DELETE_THRESHOLD.maxPercent;
  const percent = owned === 0 ? 100 : (deletes / owned) * 100;
  const override =
    "Check that the repository is complete; if these deletes are intended, raise the limit with --delete-threshold (e.g. --delete-threshold 50 or --delete-threshold 100%).";
  if (deletes > maxCount) {
    throw new DeleteThresholdError(
      `Refusing to plan: this plan would delete ${deletes} resources, more than the limit of ${maxCount}. ${override}`,
      deletes,
      owned,
    );
  }
  if (percent > maxPercent) {
    throw new DeleteThresholdError(
      `Refusing to plan: this plan would delete ${deletes} of ${owned} resources managed by ld-gitops (${Math.round(percent)}%), more than the limit of ${maxPercent}%. ${override}`,
      deletes,
      owned,
    );
  }
}
