// Plan warnings are findings (code and parameters) with where validate found them; they are worded at the edges.
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { findingKey } from "../model/finding.js";
import type { PlanWarning } from "./types.js";

/** A validation warning as it travels in `plan.warnings`: its finding and where it points. */
export function planWarningOf(diagnostic: Diagnostic): PlanWarning {
  const { file, line, column, path, code, params } = diagnostic;
  return { code, params, location: { file, line, column, path } } as PlanWarning;
}

/** Equal for the same warning: code, parameters and location (for de-duplication). */
export function planWarningKey(warning: PlanWarning): string {
  const where = warning.location;
  return `${findingKey(warning)}\u0000${where ? `${where.file}:${where.line}:${where.column}:${where.path}` : ""}`;
}
