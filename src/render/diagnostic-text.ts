import pc from "picocolors";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { describeFinding } from "../wording/finding-messages.js";

/** `file:line:column: severity: message`, the form editors and terminals turn into links. */
export function formatDiagnosticText(diagnostic: Diagnostic, options: { color?: boolean } = {}): string {
  const c = pc.createColors(options.color ?? false);
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  const severity = diagnostic.severity === "error" ? c.red("error") : c.yellow("warning");
  return `${c.bold(where)}: ${severity}: ${describeFinding(diagnostic)}`;
}
