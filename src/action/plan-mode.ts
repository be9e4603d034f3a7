import * as core from "@actions/core";
import { countOf } from "../apply/report-wording.js";
import { emitGitHubAnnotations as annotateDiagnostics } from "../diagnostics/github-annotations.js";
import { createPlan } from "../plan/create-plan.js";
import type { Plan } from "../plan/types.js";
import { renderPlanJson } from "../render/json.js";
import { validateConfigDirectory } from "../validate/index.js";
import { type ActionRun, safeMessage } from "./action-run.js";
import { inActionTerms } from "./action-vocabulary.js";
import { type CommentStatus, renderCommentBody } from "./comment-body.js";
import { renderValidateOnlyNotice } from "./fork-notice.js";
import { setPlanOutputs } from "./outputs.js";
import { renderPlanSection } from "./plan-markdown.js";
import { errorCount, failValidation, reportOnPullRequest } from "./pr-report.js";
import { writeJobSummary } from "./summary.js";

/** Plans a pull request (or any event) and reports it: comment, summary, outputs, plan JSON file. */
export async function runPlanMode(run: ActionRun): Promise<void> {
  const { inputs, context } = run;
  const pr = context.pullRequest;
  if (!inputs.accessToken || pr?.isFork) {
    const { diagnostics, files } = await validateConfigDirectory(inputs.path);
    annotateDiagnostics(diagnostics);
    if (errorCount(diagnostics) > 0) {
      await failValidation(run, diagnostics);
      return;
    }
    const notice = renderValidateOnlyNotice(context, inputs.accessToken !== undefined);
    core.warning(
      notice
        .replace(/^> ?(\[!NOTE\])?\n?/gm, "")
        .replace(/\n/g, " ")
        .trim(),
    );
    await writeJobSummary(
      [
        `### ld-gitops plan · \`${inputs.path}\``,
        "",
        `✅ ${countOf(files, "file")} valid; not planned.`,
        "",
        notice,
      ].join("\n"),
    );
    return;
  }

  let plan: Plan;
  try {
    const result = await createPlan({
      dir: inputs.path,
      api: run.launchDarkly(),
      prune: inputs.prune,
      ...(inputs.deleteThreshold ? { deleteThreshold: inputs.deleteThreshold } : {}),
    });
    annotateDiagnostics(result.diagnostics);
    if (!result.ok) {
      await failValidation(run, result.diagnostics);
      return;
    }
    plan = result.plan;
  } catch (error) {
    const message = inActionTerms(safeMessage(error));
    const body = renderCommentBody({
      marker: { kind: "plan", path: inputs.path },
      status: "plan-failed",
      run: run.link,
      sections: ["```text\n" + message.replace(/```/g, "'''") + "\n```"],
    });
    await reportOnPullRequest(run, body, { comment: true });
    core.setFailed(`Planning failed: ${message}`);
    return;
  }

  setPlanOutputs(plan, renderPlanJson(plan), inputs.path);
  const total = plan.summary.create + plan.summary.update + plan.summary.delete;
  const status: CommentStatus = total > 0 ? "planned" : "no-changes";
  const body = renderCommentBody({
    marker: { kind: "plan", path: inputs.path, hash: plan.hash },
    status,
    run: run.link,
    sections: [renderPlanSection(plan, { runUrl: run.link.runUrl })],
  });
  await reportOnPullRequest(run, body, { comment: true });
}
