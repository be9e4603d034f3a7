import { countOf } from "../apply/report-wording.js";
import { emitGitHubAnnotations as annotateDiagnostics } from "../diagnostics/github-annotations.js";
import { validateConfigDirectory } from "../validate/index.js";
import type { ActionRun } from "./action-run.js";
import { renderDiagnosticsMarkdown } from "./comment-body.js";
import { renderValidateOnlyNotice } from "./fork-notice.js";
import { errorCount, failValidation } from "./pr-report.js";
import { writeJobSummary } from "./summary.js";

/** Validates only: no LaunchDarkly access, no comment unless there are errors to fix. */
export async function runValidateMode(run: ActionRun): Promise<void> {
  const { diagnostics, files } = await validateConfigDirectory(run.inputs.path);
  annotateDiagnostics(diagnostics);
  const errors = errorCount(diagnostics);
  if (errors > 0) {
    await failValidation(run, diagnostics, "validate");
    return;
  }
  const notice = renderValidateOnlyNotice(run.context, run.inputs.accessToken !== undefined);
  await writeJobSummary(
    [
      `### ld-gitops validate · \`${run.inputs.path}\``,
      "",
      `✅ ${countOf(files, "file")} valid.`,
      "",
      renderDiagnosticsMarkdown(diagnostics),
      notice,
    ]
      .filter(Boolean)
      .join("\n"),
  );
}
