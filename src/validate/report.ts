import pc from "picocolors";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { countDiagnostics, formatDiagnosticText } from "../diagnostics/format-text.js";
import { countOf } from "../render/wording.js";
import type { ValidationResult } from "./index.js";

/** The JSON `ld-gitops validate --format json` prints (a stable interface for scripts). */
export interface ValidationJson {
  valid: boolean;
  files: number;
  resources: { segments: number; metrics: number; roles: number };
  diagnostics: Pick<Diagnostic, "file" | "line" | "column" | "path" | "message" | "severity">[];
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
    diagnostics: result.diagnostics.map(({ file, line, column, path, message, severity }) => ({
      file,
      line,
      column,
      path,
      message,
      severity,
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
  const files = countOf(result.files, "file");
  if (isValid(result)) {
    const { segments, metrics, roles, contextKinds = [] } = result.state;
    const warnings = result.diagnostics.length;
    const kinds = contextKinds.length > 0 ? `, ${countOf(contextKinds.length, "context kind")}` : "";
    const text = `✔ ${files} valid: ${countOf(segments.length, "segment")}, ${countOf(metrics.length, "metric")}, ${countOf(roles.length, "role")}${kinds}${warnings > 0 ? ` (${countOf(warnings, "warning")})` : ""}`;
    return pc.createColors(color).green(text);
  }
  const text = `✖ ${countDiagnostics(result.diagnostics)} in ${files}`;
  return pc.createColors(color).red(text);
}
