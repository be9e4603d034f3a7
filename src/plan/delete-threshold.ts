import { type Finding, finding } from "../model/finding.js";
import { describeFinding } from "../wording/finding-messages.js";
import type { DeleteThreshold } from "./types.js";
import { DEFAULT_DELETE_THRESHOLD } from "./types.js";

/**
 * No limit on deletes: for plans that only report (drift) or check what is left (convergence after apply), where a
 * mass deletion is exactly what must show rather than stop the plan.
 */
export const NO_DELETE_THRESHOLD: Readonly<Required<DeleteThreshold>> = Object.freeze({
  maxCount: Number.POSITIVE_INFINITY,
  maxPercent: Number.POSITIVE_INFINITY,
});

/**
 * Thrown when a plan would delete more than the threshold allows: stops the plan before anything is shown as safe.
 * `finding` (code `plan.delete-threshold`) names the setting that would allow it; `message` words it for the CLI.
 */
export class DeleteThresholdError extends Error {
  constructor(
    readonly finding: Extract<Finding, { code: "plan.delete-threshold" }>,
    readonly deletes: number,
    readonly owned: number,
  ) {
    super(describeFinding(finding));
    this.name = "DeleteThresholdError";
  }
}

/**
 * One `--delete-threshold` value (the Action's `delete-threshold` input has the same syntax): `N` (at most N
 * deletes), `N%` (at most N % of the owned resources), or both, comma-separated: `10,25%`. `setting` names the
 * option or input in the error message.
 */
export function parseDeleteThreshold(text: string, setting = "--delete-threshold"): DeleteThreshold {
  const threshold: DeleteThreshold = {};
  const parts = text.split(",").map((part) => part.trim());
  for (const part of parts) {
    const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(part);
    if (!match || parts.length > 2)
      throw new Error(
        `${setting} must be a number (e.g. 10), a percentage (e.g. 25%) or both (e.g. 10,25%), got "${text}"`,
      );
    const value = Number(match[1]);
    if (match[2] === "%") threshold.maxPercent = value;
    else threshold.maxCount = value;
  }
  return threshold;
}

/** Repeated `--delete-threshold` options: each value replaces the limits it gives; undefined when none given. */
export function parseDeleteThresholds(
  texts: readonly string[],
  setting = "--delete-threshold",
): DeleteThreshold | undefined {
  let threshold: DeleteThreshold | undefined;
  for (const text of texts) threshold = { ...threshold, ...parseDeleteThreshold(text, setting) };
  return threshold;
}

/**
 * Refuses a plan that deletes more than `maxCount` resources, or more than `maxPercent` % of the owned resources
 * read. Giving one limit replaces only that limit; the other keeps its default. The message names the limit(s)
 * this plan exceeds and the `--delete-threshold` value that would allow it.
 */
export function checkDeleteThreshold(deletes: number, owned: number, threshold: DeleteThreshold = {}): void {
  if (deletes === 0) return;
  const maxCount = threshold.maxCount ?? DEFAULT_DELETE_THRESHOLD.maxCount;
  const maxPercent = threshold.maxPercent ?? DEFAULT_DELETE_THRESHOLD.maxPercent;
  const percent = owned === 0 ? 100 : (deletes / owned) * 100;
  const overCount = deletes > maxCount;
  const overPercent = percent > maxPercent;
  if (!overCount && !overPercent) return;
  const allowing: string[] = [];
  if (overCount) allowing.push(String(deletes));
  // Rounded up: the smallest whole percentage this plan does not exceed.
  if (overPercent) allowing.push(`${Math.ceil(percent - 1e-9)}%`);
  const found = finding("plan.delete-threshold", {
    deletes,
    owned,
    percent,
    ...(overCount ? { maxCount } : {}),
    ...(overPercent ? { maxPercent } : {}),
    allow: { name: "delete-threshold", value: allowing.join(",") },
  }) as Extract<Finding, { code: "plan.delete-threshold" }>;
  throw new DeleteThresholdError(found, deletes, owned);
}
