import type { ApplyReport } from "../apply/types.js";

/** The report as JSON (`apply --format json`): the `ApplyReport` itself, pretty-printed. */
export function renderApplyReportJson(report: ApplyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
