import type { Finding } from "../model/finding.js";
import type { SourceLocation } from "../model/source.js";

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
  readonly source: SourceLocation;

  /** `word` is the finding catalogue's wording (src/render), passed in: this stage holds no words of its own. */
  constructor(scopes: readonly [MissingScope, ...MissingScope[]], word: FindingWording) {
    const lines = scopes.map((scope) => formatMissingScope(scope, word));
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
    this.source = scopes[0].source;
  }
}

/** Words a finding: `describeFinding` of src/wording/finding-messages.ts. */
export type FindingWording = (found: Finding) => string;

/** `file:line:column: message`, the form editors and CI logs link to. */
export function formatMissingScope({ found, source }: MissingScope, word: FindingWording): string {
  return `${source.file}:${source.line}:${source.column}: ${word(found)}`;
}
