import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { DesiredState } from "../model/desired-state.js";

/** What validating a configuration directory found: the state that could be loaded, and every diagnostic. */
export interface ValidationResult {
  state: DesiredState;
  diagnostics: Diagnostic[];
  files: number;
}
