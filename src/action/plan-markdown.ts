import type { Plan } from "../plan/types.js";
import { PLAN_COMMENT_MARKER, renderPlanMarkdown } from "../render/markdown.js";
import { inActionTerms } from "./action-vocabulary.js";
import { MAX_COMMENT_LENGTH } from "./comment-body.js";

/** Room left for the Action's own marker, title and status line around the plan. */
const COMMENT_FRAME_ALLOWANCE = 2_000;

/**
 * The renderer's plan Markdown without its own generic marker and heading: the Action's comment carries a marker
 * with the config path and plan hash, and a title naming the path. CLI options in its advice read as the inputs.
 */
export function renderPlanSection(
  plan: Plan,
  options: { runUrl: string | undefined; reserve?: number },
): string {
  const markdown = renderPlanMarkdown(plan, {
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    maxLength: MAX_COMMENT_LENGTH - COMMENT_FRAME_ALLOWANCE - (options.reserve ?? 0),
  });
  const lines = markdown.split("\n");
  while (
    lines.length > 0 &&
    (lines[0] === PLAN_COMMENT_MARKER || /^#{1,3} ld-gitops plan\s*$/.test(lines[0]!) || lines[0] === "")
  ) {
    lines.shift();
  }
  return inActionTerms(lines.join("\n").trimEnd());
}
