import * as core from "@actions/core";
import { emitGitHubAnnotations as annotateDiagnostics } from "../diagnostics/github-annotations.js";
import { safeErrorMessage } from "../launchdarkly/redact.js";
import type { CreatePlanResult } from "../pipeline/create-plan.js";
import { fencedBlock } from "../render/markdown-escape.js";
import { countOf } from "../render/wording.js";
import { type ActionRun, planWithInputs } from "./action-run.js";
import { inActionTerms } from "./action-vocabulary.js";
import { renderCommentBody } from "./comment-body.js";
import { setPlanOutputs } from "./outputs.js";
import { renderPlanSection } from "./plan-markdown.js";
import { failValidation, reportOnPullRequest } from "./pr-report.js";
import { writeJobSummary } from "./summary.js";
import { validateFiles } from "./validate-mode.js";

/** Plans a pull request (or any event) and reports it: comment, summary, outputs, plan JSON file. */
export async function runPlanMode(run: ActionRun): Promise<void> {
  const { inputs, context } = run;
  const pr = context.pullRequest;
  if (!inputs.accessToken || pr?.isFork) {
    const valid = await validateFiles(run, "plan");
    if (!valid) return;
    core.warning(
      valid.notice
        .replace(/^> ?(\[!NOTE\])?\n?/gm, "")
        .replace(/\n/g, " ")
        .trim(),
    );
    await writeJobSummary(
      [
        `### ld-gitops plan · \`${inputs.path}\``,
        "",
        `✅ ${countOf(valid.files, "file")} valid; not planned.`,
        "",
        valid.notice,
      ].join("\n"),
    );
    return;
  }

  let result: CreatePlanResult;
  try {
    result = await planWithInputs(inputs, run.launchDarkly());
  } catch (error) {
    const message = inActionTerms(safeErrorMessage(error));
    const body = renderCommentBody({
      marker: { kind: "plan", path: inputs.path },
      status: "plan-failed",
      run: run.link,
      sections: [fencedBlock("text", message)],
    });
    await reportOnPullRequest(run, body);
    core.setFailed(`Planning failed: ${message}`);
    return;
  }
  annotateDiagnostics(result.diagnostics);
  if (!result.ok) {
    await failValidation(run, result.diagnostics);
    return;
  }

  const { plan } = result;
  setPlanOutputs(plan, inputs.path);
  const body = renderCommentBody({
    marker: { kind: "plan", path: inputs.path, hash: plan.hash },
    status: plan.changes.length > 0 ? "planned" : "no-changes",
    run: run.link,
    sections: [renderPlanSection(plan, { runUrl: run.link.runUrl })],
  });
  await reportOnPullRequest(run, body);
}
