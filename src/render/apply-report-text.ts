// Apply on a terminal or in a CI log: a progress line per resource as it finishes, then a short summary; the full
// report (one line per resource, reasons indented below, the headline last) when something was not applied.
import { createColors } from "picocolors";
import type { ApplyReport, ResourceApplyResult, ResourceApplyStatus } from "../apply/types.js";
import { resourceAddress } from "../model/resource-identity.js";
import {
  convergenceLine,
  differenceLine,
  nextStep,
  operationsText,
  reportHeadline,
} from "./apply-report-wording.js";
import { countOf } from "./wording.js";

export interface ApplyTextOptions {
  color?: boolean;
}

const MARK: Record<ResourceApplyStatus, string> = {
  applied: "✓",
  failed: "✗",
  conflict: "!",
  "not attempted": "-",
};

const PAST_TENSE: Record<ResourceApplyResult["action"], string> = {
  create: "created",
  update: "updated",
  delete: "deleted",
};

function requestsText(result: ResourceApplyResult): string {
  return countOf(result.requests ?? result.operationsApplied, "request");
}

/**
 * One line for a resource that just finished, counted among all resources of the plan:
 * `[3/17] ✓ created segment web-app/production/beta-testers (3 requests)`,
 * `[4/17] ✗ failed to update metric web-app/checkout (2 requests): <LaunchDarkly's message>`.
 */
export function renderApplyProgressLine(
  result: ResourceApplyResult,
  position: { index: number; total: number },
  options: ApplyTextOptions = {},
): string {
  const c = createColors(options.color ?? false);
  const counter = c.dim(`[${position.index}/${position.total}]`);
  const what = `${result.resourceType} ${resourceAddress(result)}`;
  const detail = result.message ? `: ${result.message}` : "";
  switch (result.status) {
    case "applied":
      return `${counter} ${c.green(`✓ ${PAST_TENSE[result.action]}`)} ${what} ${c.dim(`(${requestsText(result)})`)}${c.dim(detail)}\n`;
    case "failed":
      return `${counter} ${c.red(`✗ failed to ${result.action}`)} ${what} (${requestsText(result)})${detail}\n`;
    case "conflict":
      return `${counter} ${c.magenta("! conflict:")} ${result.action} ${what} not finished (${requestsText(result)})${detail}\n`;
    case "not attempted":
      return `${counter} ${c.dim(`- not attempted: ${result.action} ${what}${detail}`)}\n`;
  }
}

/**
 * What follows the progress lines when every resource was applied: the headline and the convergence check (with the
 * fields that still differ when it failed). Anything else needs the full report (`renderApplyReportText`).
 */
export function renderApplySummaryText(report: ApplyReport, options: ApplyTextOptions = {}): string {
  const c = createColors(options.color ?? false);
  const lines = [c.bold(reportHeadline(report))];
  lines.push(...convergenceText(report, c));
  return `${lines.join("\n")}\n`;
}

/** The fields still differing after apply, the convergence line and the next step. */
function convergenceText(report: ApplyReport, c: ReturnType<typeof createColors>): string[] {
  const lines: string[] = [];
  const convergence = report.convergence;
  if (convergence && !convergence.converged) {
    for (const difference of convergence.remaining) lines.push(c.red(`  ~ ${differenceLine(difference)}`));
  }
  const converged = convergenceLine(report);
  if (converged) lines.push(convergence?.converged ? c.green(converged) : c.red(converged));
  const next = nextStep(report);
  if (next) lines.push(c.yellow(next));
  return lines;
}

/** Whether a person needs the per-resource report: something was not applied. */
export function needsFullApplyReport(report: ApplyReport): boolean {
  return report.summary.applied !== report.resources.length;
}

export function renderApplyReportText(report: ApplyReport, options: ApplyTextOptions = {}): string {
  const c = createColors(options.color ?? false);
  const paint: Record<ResourceApplyStatus, (text: string) => string> = {
    applied: c.green,
    failed: c.red,
    conflict: c.magenta,
    "not attempted": c.dim,
  };
  const lines: string[] = [];
  for (const result of report.resources) {
    const status = paint[result.status](`${MARK[result.status]} ${result.status.padEnd(13)}`);
    lines.push(
      `${status} ${result.action} ${result.resourceType} ${c.bold(resourceAddress(result))}  ${c.dim(`(${operationsText(result)})`)}`,
    );
    if (result.message && result.status !== "applied") lines.push(`    ${result.message}`);
    else if (result.message) lines.push(c.dim(`    ${result.message}`));
  }
  if (report.resources.length > 0) lines.push("");
  lines.push(...convergenceText(report, c));
  lines.push(c.bold(reportHeadline(report)));
  return `${lines.join("\n")}\n`;
}
