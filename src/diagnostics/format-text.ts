import pc from "picocolors";
import { describeFinding } from "../render/finding-messages.js";
import type { Diagnostic } from "./diagnostic.js";

/** Orders diagnostics by file, line, column, then errors before warnings: stable output for people and CI. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.severity, b.severity) ||
      compare(describeFinding(a), describeFinding(b)),
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
  return `${c.bold(where)}: ${severity}: ${describeFinding(diagnostic)}`;
}
