// The apply report for a terminal: one line per resource, reasons indented below, the headline last.
import { createColors } from "picocolors";
import { resourceAddress } from "../render/describe.js";
import {
  convergenceLine,
  differenceFields,
  nextStep,
  operationsText,
  reportHeadline,
} from "./report-wording.js";
import type { ApplyReport, ResourceApplyStatus } from "./types.js";

export interface ApplyTextOptions {
  color?: boolean;
}

const MARK: Record<ResourceApplyStatus, string> = {
  applied: "✓",
  failed: "✗",
  conflict: "!",
  "not attempted": "-",
};

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
  const convergence = report.convergence;
  if (convergence && !convergence.converged) {
    for (const difference of convergence.remaining) {
      lines.push(
        c.red(
          `  ~ ${difference.action} ${difference.resourceType} ${resourceAddress(difference)}: ${differenceFields(difference)}`,
        ),
      );
    }
  }
  const converged = convergenceLine(report);
  if (converged) lines.push(convergence?.converged ? c.green(converged) : c.red(converged));
  const next = nextStep(report);
  if (next) lines.push(c.yellow(next));
  lines.push(c.bold(reportHeadline(report)));
  return `${lines.join("\n")}\n`;
}
