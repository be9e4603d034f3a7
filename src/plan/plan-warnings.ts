import type { Diagnostic } from "../diagnostics/diagnostic.js";

/**
 * How a validation warning reads in `plan.warnings`: `file:line:col: warning: message`, the same line
 * validate prints without colour (src/render/diagnostic-text.ts).
 */
export function planWarningText(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}`;
}
