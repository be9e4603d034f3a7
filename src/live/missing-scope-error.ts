import type { Finding } from "../diagnostics/finding.js";
import type { SourceLocation } from "../model/source.js";
import { describeFinding } from "../render/finding-messages.js";

/** One project or environment the repo names that LaunchDarkly does not have, and where the repo names it. */
export interface MissingScope {
  /** What is missing: code `live.missing-project` or `live.missing-environment`. */
  found: Finding;
  source: SourceLocation;
}

/**
 * The projects and environments the repo names that do not exist in LaunchDarkly, all of them at once so that
 * one run shows everything to fix. The message has one `file:line:column: …` line per missing scope (after a
 * count line when there are several); it never starts with `error:`, which the CLI and the Action add.
 */
export class MissingScopeError extends Error {
  /** Every missing scope, in file order; `source` is the first one's. */
  readonly scopes: readonly MissingScope[];

  constructor(
    found: Finding,
    readonly source: SourceLocation,
    /** Further missing scopes, reported after the first. */
    more: readonly MissingScope[] = [],
  ) {
    const scopes = [{ found, source }, ...more];
    const lines = scopes.map(formatMissingScope);
    super(
      lines.length === 1
        ? (lines[0] ?? "")
        : [
            `the config names ${lines.length} projects or environments that LaunchDarkly does not have:`,
            ...lines,
          ].join("\n"),
    );
    this.name = "MissingScopeError";
    this.scopes = scopes;
  }

  /** One error for every scope in `scopes`, which must not be empty. */
  static of(scopes: readonly [MissingScope, ...MissingScope[]]): MissingScopeError {
    const [first, ...more] = scopes;
    return new MissingScopeError(first.found, first.source, more);
  }
}

/** `file:line:column: message`, the form editors and CI logs link to. */
export function formatMissingScope({ found, source }: MissingScope): string {
  return `${source.file}:${source.line}:${source.column}: ${describeFinding(found)}`;
}
