/** A problem found in the user's files, pointing at the exact node. Used by validate, plan and the Action's annotations. */
export interface Diagnostic {
  /** Relative to the current working directory, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where inside the document, as a JSON Pointer-like path: `/segments/0/rules/1/clauses/0/op`. */
  path: string;
  /** What is wrong and what to do, for a person. */
  message: string;
  severity: "error" | "warning";
}
