import * as core from "@actions/core";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { describeFinding } from "../wording/finding-messages.js";

/** The part of `@actions/core` annotations need (injectable for tests). */
export interface AnnotationSink {
  error(message: string, properties: core.AnnotationProperties): void;
  warning(message: string, properties: core.AnnotationProperties): void;
}

/**
 * Emits each diagnostic as a GitHub annotation (`::error file=…,line=…,col=…::message`), so problems show
 * on the pull request's changed lines. GitHub shows at most 10 errors and 10 warnings per step; the rest
 * still appear in the log.
 */
export function emitGitHubAnnotations(diagnostics: readonly Diagnostic[], sink: AnnotationSink = core): void {
  for (const diagnostic of diagnostics) {
    const properties: core.AnnotationProperties = {
      title: "ld-gitops",
      file: diagnostic.file,
      startLine: diagnostic.line,
      startColumn: diagnostic.column,
    };
    const message = describeFinding(diagnostic, { edge: "action" });
    if (diagnostic.severity === "error") sink.error(message, properties);
    else sink.warning(message, properties);
  }
}
