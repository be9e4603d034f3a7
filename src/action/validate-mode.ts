import { emitGitHubAnnotations as annotateDiagnostics } from "../diagnostics/github-annotations.js";
import { validateConfigDirectory } from "../pipeline/load-and-validate.js";
import { countOf } from "../render/wording.js";
import type { ValidationResult } from "../validate/validation-result.js";
import type { ActionRun } from "./action-run.js";
import { renderDiagnosticsMarkdown } from "./comment-body.js";
import { renderValidateOnlyNotice } from "./fork-notice.js";
import { errorCount, failValidation } from "./pr-report.js";
import { writeJobSummary } from "./summary.js";

/**
 * Validates the files without LaunchDarkly and annotates them. Errors are reported (comment, summary, failed job)
 * and give undefined; otherwise the result, with the notice saying why the run did not plan ("" when it need not).
 */
export async function validateFiles(
  run: ActionRun,
  mode: "plan" | "validate",
): Promise<(ValidationResult & { notice: string }) | undefined> {
  const result = await validateConfigDirectory(run.inputs.path);
  annotateDiagnostics(result.diagnostics);
  if (errorCount(result.diagnostics) > 0) {
    await failValidation(run, result.diagnostics, mode);
    return undefined;
  }
  return { ...result, notice: renderValidateOnlyNotice(run.context, run.inputs.accessToken !== undefined) };
}

/** Validates only: no LaunchDarkly access, no comment unless there are errors to fix. */
export async function runValidateMode(run: ActionRun): Promise<void> {
  const valid = await validateFiles(run, "validate");
  if (!valid) return;
  await writeJobSummary(
    [
      `### ld-gitops validate · \`${run.inputs.path}\``,
      "",
      `✅ ${countOf(valid.files, "file")} valid.`,
      "",
      renderDiagnosticsMarkdown(valid.diagnostics),
      valid.notice,
    ]
      .filter(Boolean)
      .join("\n"),
  );
}
