import type { Plan } from "../plan/types.js";
import { GITHUB_COMMENT_MAX_LENGTH, renderPlanMarkdown } from "../render/markdown.js";

/** Room left for the Action's own marker, title and status line around the plan. */
const COMMENT_FRAME_ALLOWANCE = 2_000;

/**
 * The renderer's plan Markdown without its own generic marker and heading: the Action's comment carries a marker
 * with the config path and plan hash, and a title naming the path. Its advice names the Action's inputs.
 */
export function renderPlanSection(
  plan: Plan,
  options: { runUrl: string | undefined; reserve?: number },
): string {
  const markdown = renderPlanMarkdown(plan, {
    omitHeading: true,
    edge: "action",
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
    maxLength: GITHUB_COMMENT_MAX_LENGTH - COMMENT_FRAME_ALLOWANCE - (options.reserve ?? 0),
  });
  return markdown.trimEnd();
}
