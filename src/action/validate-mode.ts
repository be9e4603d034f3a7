import { validateConfigDirectory } from "../pipeline/load-and-validate.js";
import { countOf } from "../render/wording.js";
import type { ValidationResult } from "../validate/validation-result.js";
import { renderDiagnosticsMarkdown } from "./diagnostics-markdown.js";
import { renderValidateOnlyNotice } from "./fork-notice.js";
import { emitGitHubAnnotations as annotateDiagnostics } from "./github-annotations.js";
import type { ModeContext } from "./mode-context.js";
import { errorCount, failValidation, writeReportToSummary } from "./publish-report.js";

/**
 * Validates the files without LaunchDarkly and annotates them. Errors are reported (comment, summary, failed job)
 * and give undefined; otherwise the result, with the notice saying why the run did not plan ("" when it need not).
 */
export async function validateFiles(
  run: ModeContext,
  mode: "plan" | "validate",
): Promise<(ValidationResult & { notice: string }) | undefined> {
  const result = await validateConfigDirectory(run.inputs.path);
  annotateDiagnostics(result.diagnostics);
  if (errorCount(result.diagnostics) > 0) {
    await failValidation(run, result.diagnostics, mode);
    return undefined;
  }
  return { ...result, notice: renderValidateOnlyNotice(run.context, run.launchDarklyConfig !== undefined) };
}

/** Validates only: no LaunchDarkly access, no comment unless there are errors to fix. */
export async function runValidateMode(run: ModeContext): Promise<void> {
  const valid = await validateFiles(run, "validate");
  if (!valid) return;
  await writeReportToSummary({
    mode: "validate",
    path: run.inputs.path,
    status: "valid",
    runUrl: run.link.runUrl,
    sha: run.link.sha,
    sections: [
      `✅ ${countOf(valid.files, "file")} valid.`,
      renderDiagnosticsMarkdown(valid.diagnostics),
      valid.notice,
    ],
  });
}
