// The apply report for the pull-request comment and job summary. Everything from the repo or LaunchDarkly is escaped
// like the plan's Markdown, so a resource name or an error message cannot break out of the table or ping anyone.

import type { ApplyReport, ResourceApplyStatus } from "../apply/types.js";
import { resourceAddress } from "../model/resource-identity.js";
import {
  convergenceLine,
  differenceLine,
  nextStep,
  operationsText,
  reportHeadline,
} from "./apply-report-wording.js";
import { escapeMarkdownInline, fencedBlock, markdownLinkUrl } from "./markdown-escape.js";

const EMOJI: Record<ResourceApplyStatus, string> = {
  applied: "✅",
  failed: "❌",
  conflict: "⚠️",
  "not attempted": "⏭️",
};

export interface ApplyMarkdownOptions {
  /** The workflow run that applied. */
  runUrl?: string;
}

export function renderApplyReportMarkdown(report: ApplyReport, options: ApplyMarkdownOptions = {}): string {
  // No marker or heading: the Action's comment frames the report with its own title and status.
  const parts: string[] = [`**${escapeMarkdownInline(reportHeadline(report))}**`, ""];
  if (report.resources.length > 0) {
    parts.push("| | Status | Resource | Operations | Detail |", "| --- | --- | --- | ---: | --- |");
    for (const result of report.resources) {
      const resource = `${result.action} ${result.resourceType} <code>${escapeMarkdownInline(resourceAddress(result))}</code>`;
      const detail = result.message ? escapeMarkdownInline(result.message) : "";
      parts.push(
        `| ${EMOJI[result.status]} | ${result.status} | ${resource} | ${operationsText(result)} | ${detail} |`,
      );
    }
    parts.push("");
  }
  const converged = convergenceLine(report);
  if (converged)
    parts.push(`${report.convergence?.converged ? "✅" : "❌"} ${escapeMarkdownInline(converged)}`, "");
  if (report.convergence && !report.convergence.converged) {
    const lines = report.convergence.remaining.map((difference) => `! ${differenceLine(difference)}`);
    parts.push(fencedBlock("diff", lines.join("\n")), "");
  }
  const next = nextStep(report);
  if (next) parts.push(`> ${escapeMarkdownInline(next)}`, "");
  const run = options.runUrl ? ` · [workflow run](${markdownLinkUrl(options.runUrl)})` : "";
  parts.push(
    `<sub>Plan ${report.planHash.slice(0, 12)} · audit comment: ${escapeMarkdownInline(report.comment)}${run}</sub>`,
  );
  return `${parts.join("\n")}\n`;
}
