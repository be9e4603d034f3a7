import pc from "picocolors";
import { countOf } from "./wording.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** Orders diagnostics by file, line, column, then errors before warnings: stable output for people and CI. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.severity, b.severity) ||
      compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `file:line:column: severity: message`, the form editors and terminals turn into links. */
export function formatDiagnosticText(diagnostic: Diagnostic, options: { color?: boolean } = {}): string {
  const c = pc.createColors(options.color ?? false);
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  const severity = diagnostic.severity === "error" ? c.red("error") : c.yellow("warning");
  return `${c.bold(where)}: ${severity}: ${diagnostic.message}`;
}

/** `2 errors, 1 warning`. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const parts = [countOf(errors, "error")];
  if (warnings > 0) parts.push(countOf(warnings, "warning"));
  return parts.join(", ");
}
