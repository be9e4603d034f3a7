import * as core from "@actions/core";
import type { CreatePlanResult } from "../pipeline/create-plan.js";
import { fencedBlock } from "../render/markdown-escape.js";
import { countOf } from "../render/wording.js";
import { actionErrorMessage } from "./action-vocabulary.js";
import { emitGitHubAnnotations as annotateDiagnostics } from "./github-annotations.js";
import { type ModeContext, planWithInputs } from "./mode-context.js";
import { setPlanOutputs } from "./outputs.js";
import { failValidation, reportOnPullRequest, writeReportToSummary } from "./publish-report.js";
import { planSection } from "./report-sections.js";
import { recordPlan } from "./reviewed-plan.js";
import { validateFiles } from "./validate-mode.js";

/** Plans a pull request (or any event) and reports it: comment, summary, outputs, plan JSON file. */
export async function runPlanMode(run: ModeContext): Promise<void> {
  const { inputs, context } = run;
  const pr = context.pullRequest;
  const frame = { mode: "plan", path: inputs.path, runUrl: run.link.runUrl, sha: run.link.sha } as const;
  if (!run.launchDarklyConfig || pr?.isFork) {
    const valid = await validateFiles(run, "plan");
    if (!valid) return;
    core.warning(
      valid.notice
        .replace(/^> ?(\[!NOTE\])?\n?/gm, "")
        .replace(/\n/g, " ")
        .trim(),
    );
    await writeReportToSummary({
      ...frame,
      status: "validated-only",
      sections: [`✅ ${countOf(valid.files, "file")} valid; not planned.`, valid.notice],
    });
    return;
  }

  let result: CreatePlanResult;
  try {
    result = await planWithInputs(inputs, run.launchDarkly());
  } catch (error) {
    const message = actionErrorMessage(error);
    await reportOnPullRequest(run, {
      ...frame,
      status: "plan-failed",
      sections: [fencedBlock("text", message)],
    });
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
  await reportOnPullRequest(run, {
    ...frame,
    hash: plan.hash,
    // Kept in the comment so that apply on merge can say what changed if the plan is different by then.
    recordedPlan: recordPlan(plan),
    status: plan.changes.length > 0 ? "planned" : "no-changes",
    sections: [planSection(plan, run.link.runUrl)],
  });
}
