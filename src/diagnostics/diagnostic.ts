import type { Finding, Severity } from "../model/finding.js";

/** Where in the user's files a finding points: the exact node. */
export interface DiagnosticLocation {
  /** Relative to the current working directory, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where inside the document, as a JSON Pointer-like path: `/segments/0/rules/1/clauses/0/op`. */
  path: string;
}

/**
 * A problem found in the user's files, pointing at the exact node: a finding (code and parameters, worded by
 * src/wording/finding-messages.ts) with its location and severity. Used by validate, plan and the Action's annotations.
 */
export type Diagnostic = DiagnosticLocation & Finding & { severity: Severity };
