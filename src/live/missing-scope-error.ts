import type { SourceLocation } from "../model/source.js";

/** A project or environment the repo names that does not exist in LaunchDarkly, pointing at where it is named. */
export class MissingScopeError extends Error {
  constructor(
    message: string,
    readonly source: SourceLocation,
  ) {
    super(`${source.file}:${source.line}:${source.column}: ${message}`);
    this.name = "MissingScopeError";
  }
}
