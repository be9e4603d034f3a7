import { findingKey } from "../model/finding.js";
import type { Diagnostic } from "./diagnostic.js";

/** Orders diagnostics by file, line, column, then errors before warnings: stable output for people and CI. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.severity, b.severity) ||
      // Same place and severity: by code and parameters, so the order does not depend on the wording.
      compare(findingKey(a), findingKey(b)),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
