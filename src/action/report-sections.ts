import type { ApplyReport } from "../apply/types.js";
import type { Plan } from "../plan/types.js";
import { renderApplyReportMarkdown } from "../render/apply-report-markdown.js";
import { renderPlanMarkdownBody } from "../render/markdown.js";
import type { ReportSection } from "./github-report.js";

/**
 * The plan as a report section, shortened by whole resources to the room the report gives it. CLI options in its
 * advice read as the Action's inputs.
 */
export function planSection(plan: Plan, runUrl: string | undefined): ReportSection {
  const render = (maxLength: number) =>
    renderPlanMarkdownBody(plan, { maxLength, edge: "action", ...(runUrl ? { runUrl } : {}) }).trimEnd();
  return {
    fit: (maxLength) => {
      const text = render(maxLength);
      // Input names are longer than the CLI options they replace: when that pushes it over, shorten by the excess.
      return text.length <= maxLength ? text : render(Math.max(0, 2 * maxLength - text.length));
    },
  };
}

/** The apply report: per resource, what was written and how it ended. */
export function applySection(report: ApplyReport, runUrl: string | undefined): ReportSection {
  return renderApplyReportMarkdown(report, runUrl ? { runUrl } : {}).trimEnd();
}
