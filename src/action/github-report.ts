// One model for everything the Action writes on GitHub: the pull request's plan comment, the drift issue and the
// job summary. A report is data (a header naming the config path and plan, a status, body sections), rendered and
// cut to size in one place, `renderReport`, for the channel it goes to.
import { GITHUB_COMMENT_MAX_LENGTH } from "../render/markdown.js";
import { markdownLinkUrl } from "../render/markdown-escape.js";
import { TOOL_NAME } from "../version.js";
import type { ActionMode } from "./inputs.js";
import { type MarkerKind, normalizeConfigPath, renderMarker } from "./markers.js";
import { type RecordedPlan, renderRecordedPlan } from "./reviewed-plan.js";

/** What the report says happened; the line under the title words it. */
export type ReportStatus =
  | "valid"
  | "validated-only"
  | "invalid"
  | "planned"
  | "no-changes"
  | "plan-failed"
  | "nothing-to-apply"
  | "applied"
  | "apply-failed"
  | "not-converged"
  | "plan-changed"
  | "drift"
  | "no-drift";

/** What failed validation stopped, in each mode. */
const INVALID_CONSEQUENCE: Record<ActionMode, string> = {
  validate: "fix the files below.",
  plan: "fix the files below; nothing was planned.",
  apply: "fix the files below; nothing was applied.",
  drift: "fix the files below; drift was not checked.",
};

function statusText(status: ReportStatus, mode: ActionMode): string {
  switch (status) {
    case "valid":
      return "✅ **Valid**";
    case "validated-only":
      return "ℹ️ **Validated only** — not planned against LaunchDarkly.";
    case "invalid":
      return `❌ **Failed: validation errors** — ${INVALID_CONSEQUENCE[mode]}`;
    case "planned":
      return "📋 **Planned** — merging applies these changes.";
    case "no-changes":
      return "✅ **Planned: no changes** — LaunchDarkly already matches this branch.";
    case "plan-failed":
      return "❌ **Failed: could not plan**";
    case "nothing-to-apply":
      return "✅ **Nothing to apply** — LaunchDarkly already matches the repository.";
    case "applied":
      return "🚀 **Applied**";
    case "apply-failed":
      return "❌ **Failed: apply did not complete** — the report below says which resources and why.";
    case "not-converged":
      return "❌ **Failed: did not converge** — LaunchDarkly accepted every write but still differs from the repository.";
    case "plan-changed":
      return "⛔ **Failed: plan changed since review** — nothing was applied.";
    case "drift":
      return "⚠️ **Drift** — LaunchDarkly no longer matches the repository.";
    case "no-drift":
      return "✅ **No drift**";
  }
}

/**
 * A body section: fixed text, or text that can be shortened (the plan), rendered within the room left once the
 * fixed parts are counted.
 */
export type ReportSection = string | { fit: (maxLength: number) => string };

export interface GitHubReport {
  /** The mode that wrote it: the title names it. */
  mode: ActionMode;
  /** The config directory, as given; normalised in the title and marker. */
  path: string;
  /** The plan the report is about (the marker's hash: for a plan comment, what reviewers approve). */
  hash?: string;
  /** The plan's changes, kept hidden in the comment for the apply that compares against it. */
  recordedPlan?: RecordedPlan;
  status: ReportStatus;
  /** The workflow run and commit, linked under the title. */
  runUrl: string | undefined;
  sha: string | undefined;
  sections: ReportSection[];
}

/** The job summary's own limit is 1 MiB; this leaves room for multi-byte characters and other steps. */
export const JOB_SUMMARY_MAX_LENGTH = 256 * 1024;

/** Drift has its issue; every other mode writes the pull request's plan comment, whose marker is `plan`. */
export function markerKind(mode: ActionMode): MarkerKind {
  return mode === "drift" ? "drift" : "plan";
}

/** `### ld-gitops plan · \`launchdarkly\``: the one place the title is written. */
export function reportTitle(mode: ActionMode, path: string): string {
  return `### ${TOOL_NAME} ${mode} · \`${normalizeConfigPath(path)}\``;
}

/** The line under the title: status, workflow run, commit. */
export function renderStatusLine(report: Pick<GitHubReport, "status" | "mode" | "runUrl" | "sha">): string {
  const parts = [statusText(report.status, report.mode)];
  if (report.runUrl) parts.push(`[workflow run](${markdownLinkUrl(report.runUrl)})`);
  if (report.sha) parts.push(`commit \`${report.sha.slice(0, 7)}\``);
  return parts.join(" · ");
}

/** Room kept for the cut notice, the closing of open blocks and the blank lines between sections. */
const SAFETY = 200;

/** Closes a ``` fence and `<details>` blocks left open by a cut, so the rest of the page still renders. */
function closeOpenBlocks(text: string): string {
  let closed = text;
  if ((closed.match(/^```/gm) ?? []).length % 2 === 1) closed += "\n```";
  const open = (closed.match(/<details>/g) ?? []).length - (closed.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < open; i++) closed += "\n\n</details>";
  return closed;
}

/**
 * The report as Markdown within `maxLength` characters. For a GitHub comment or issue (`hidden: true`) it starts
 * with the marker that finds it again and ends with the recorded plan; the job summary leaves both out. Shortening
 * happens here only: sections that can be shortened get the room the fixed parts leave, and only if the fixed
 * parts alone are too long is the text cut at a line, with a notice saying where the full text is.
 */
export function renderReport(
  report: GitHubReport,
  options: { hidden: boolean; maxLength: number } = { hidden: true, maxLength: GITHUB_COMMENT_MAX_LENGTH },
): string {
  const head = [
    ...(options.hidden
      ? [
          renderMarker({
            kind: markerKind(report.mode),
            path: report.path,
            ...(report.hash ? { hash: report.hash } : {}),
          }),
        ]
      : []),
    reportTitle(report.mode, report.path),
    "",
    renderStatusLine(report),
    "",
  ].join("\n");
  const tail = options.hidden && report.recordedPlan ? `\n${renderRecordedPlan(report.recordedPlan)}\n` : "";
  const fixedLength = report.sections.reduce(
    (sum, section) => sum + (typeof section === "string" ? section.length + 2 : 0),
    0,
  );
  let room = options.maxLength - head.length - tail.length - fixedLength - SAFETY;
  const texts: string[] = [];
  for (const section of report.sections) {
    const text = (typeof section === "string" ? section : section.fit(Math.max(room, 0))).trimEnd();
    if (typeof section !== "string") room -= text.length + 2;
    if (text.trim() !== "") texts.push(text);
  }
  const body = `${head}\n${texts.join("\n\n")}`.trimEnd();
  if (body.length + 1 + tail.length <= options.maxLength) return `${body}\n${tail}`;

  const where = report.runUrl ? ` of the [workflow run](${markdownLinkUrl(report.runUrl)})` : "";
  const notice = `\n\n> **Truncated**: the full text is in the job summary${where} and in the \`plan-json\` output.\n`;
  let cut = body.slice(0, options.maxLength - tail.length - notice.length - SAFETY);
  cut = closeOpenBlocks(cut.slice(0, cut.lastIndexOf("\n")));
  return `${cut}${notice}${tail}`;
}

/** The same report for the job summary: no hidden parts, and the summary's larger limit. */
export function renderReportForSummary(report: GitHubReport): string {
  return renderReport(report, { hidden: false, maxLength: JOB_SUMMARY_MAX_LENGTH });
}
