import pc from "picocolors";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { FindingParams } from "../model/finding.js";
import type { ValidationResult } from "../validate/validation-result.js";
import { describeFinding } from "../wording/finding-messages.js";
import { formatDiagnosticText } from "./diagnostic-text.js";
import { countOf } from "./wording.js";

/** The JSON `ld-gitops validate --format json` prints (a stable interface for scripts). */
export interface ValidationJson {
  valid: boolean;
  files: number;
  resources: { segments: number; metrics: number; roles: number };
  /** Each finding's `code` and `params` (the stable part), and its `message` in the CLI's words for convenience. */
  diagnostics: (Pick<Diagnostic, "file" | "line" | "column" | "path" | "severity"> & {
    code: Diagnostic["code"];
    params: FindingParams[Diagnostic["code"]];
    message: string;
  })[];
}

export function isValid(result: ValidationResult): boolean {
  return !result.diagnostics.some((d) => d.severity === "error");
}

export function formatValidationJson(result: ValidationResult): string {
  const json: ValidationJson = {
    valid: isValid(result),
    files: result.files,
    resources: {
      segments: result.state.segments.length,
      metrics: result.state.metrics.length,
      roles: result.state.roles.length,
    },
    diagnostics: result.diagnostics.map((diagnostic) => ({
      file: diagnostic.file,
      line: diagnostic.line,
      column: diagnostic.column,
      path: diagnostic.path,
      code: diagnostic.code,
      params: diagnostic.params,
      message: describeFinding(diagnostic),
      severity: diagnostic.severity,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** One line per diagnostic, then a one-line summary. */
export function formatValidationText(result: ValidationResult, options: { color?: boolean } = {}): string {
  const lines = result.diagnostics.map((d) => formatDiagnosticText(d, options));
  lines.push(summaryLine(result, options.color ?? false));
  return `${lines.join("\n")}\n`;
}

function summaryLine(result: ValidationResult, color: boolean): string {
  if (isValid(result)) {
    const files = countOf(result.files, "file");
    const { segments, metrics, roles, contextKinds = [] } = result.state;
    const warnings = result.diagnostics.length;
    const kinds = contextKinds.length > 0 ? `, ${countOf(contextKinds.length, "context kind")}` : "";
    const text = `✔ ${files} valid: ${countOf(segments.length, "segment")}, ${countOf(metrics.length, "metric")}, ${countOf(roles.length, "role")}${kinds}${warnings > 0 ? ` (${countOf(warnings, "warning")})` : ""}`;
    return pc.createColors(color).green(text);
  }
  return pc.createColors(color).red(failureSummary(result));
}

/**
 * `✖ 8 errors in 2 files, 1 warning (4 files checked)`: the files that need fixing, then how many were read when
 * that is more, so the count never reads as "every file is broken".
 */
function failureSummary(result: ValidationResult): string {
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const warnings = result.diagnostics.length - errors.length;
  const failing = new Set(errors.map((d) => d.file)).size;
  const checked = failing < result.files ? ` (${countOf(result.files, "file")} checked)` : "";
  return `✖ ${countOf(errors.length, "error")} in ${countOf(failing, "file")}${warnings > 0 ? `, ${countOf(warnings, "warning")}` : ""}${checked}`;
}
