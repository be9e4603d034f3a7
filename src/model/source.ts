/** Where a value came from in the user's files: what every diagnostic and plan entry points back to. */
export interface SourceLocation {
  /** Path relative to the current working directory, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}
