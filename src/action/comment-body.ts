import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { describeFinding } from "../render/finding-messages.js";
import { GITHUB_COMMENT_MAX_LENGTH } from "../render/markdown.js";
import { escapeMarkdownWithCodeSpans, markdownCodeSpan, markdownLinkUrl } from "../render/markdown-escape.js";
import { countOf } from "../render/wording.js";
import { TOOL_NAME } from "../version.js";
import { type Marker, normalizeConfigPath, renderMarker } from "./markers.js";

/** What the comment reports; the first line under the title says it. */
export type CommentStatus =
  | "planned"
  | "no-changes"
  | "invalid"
  | "invalid-validate"
  | "plan-failed"
  | "applied"
  | "apply-failed"
  | "not-converged"
  | "plan-changed"
  | "drift"
  | "no-drift";

const STATUS_TEXT: Record<CommentStatus, string> = {
  planned: "📋 **Planned** — merging applies these changes.",
  "no-changes": "✅ **Planned: no changes** — LaunchDarkly already matches this branch.",
  invalid: "❌ **Failed: validation errors** — fix the files below; nothing was planned.",
  "invalid-validate": "❌ **Failed: validation errors** — fix the files below.",
  "plan-failed": "❌ **Failed: could not plan**",
  applied: "🚀 **Applied**",
  "apply-failed": "❌ **Failed: apply did not complete** — the report below says which resources and why.",
  "not-converged":
    "❌ **Failed: did not converge** — LaunchDarkly accepted every write but still differs from the repository.",
  "plan-changed": "⛔ **Failed: plan changed since review** — nothing was applied.",
  drift: "⚠️ **Drift** — LaunchDarkly no longer matches the repository.",
  "no-drift": "✅ **No drift**",
};

export interface RunLink {
  runUrl: string | undefined;
  sha: string | undefined;
}

export function renderStatusLine(status: CommentStatus, run: RunLink): string {
  const parts = [STATUS_TEXT[status]];
  if (run.runUrl) parts.push(`[workflow run](${markdownLinkUrl(run.runUrl)})`);
  if (run.sha) parts.push(`commit \`${run.sha.slice(0, 7)}\``);
  return parts.join(" · ");
}

/** Marker, title, status line, then the sections; cut to fit GitHub's limit with a pointer to the full text. */
export function renderCommentBody(options: {
  marker: Marker;
  status: CommentStatus;
  run: RunLink;
  sections: string[];
  title?: string;
}): string {
  const title =
    options.title ??
    `### ${TOOL_NAME} ${options.marker.kind} · \`${normalizeConfigPath(options.marker.path)}\``;
  const head = [
    renderMarker(options.marker),
    title,
    "",
    renderStatusLine(options.status, options.run),
    "",
  ].join("\n");
  const body = options.sections.filter((s) => s.trim() !== "").join("\n\n");
  const full = `${head}\n${body}`.trimEnd() + "\n";
  if (full.length <= GITHUB_COMMENT_MAX_LENGTH) return full;
  const notice = `\n\n> **Truncated**: the full text is in the job summary${options.run.runUrl ? ` of the [workflow run](${markdownLinkUrl(options.run.runUrl)})` : ""} and in the \`plan-json\` output.\n`;
  // Cut at a line boundary and close any open code fence so the rest of the comment still renders.
  let cut = full.slice(0, GITHUB_COMMENT_MAX_LENGTH - notice.length - 8);
  cut = cut.slice(0, cut.lastIndexOf("\n"));
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += "\n```";
  return cut + notice;
}

/** The summary shows the same text as the comment, without the hidden marker. */
export function withoutMarker(body: string): string {
  return body.replace(/^<!--[^\n]*-->\n/, "");
}

const MAX_LISTED_DIAGNOSTICS = 50;

/** Validation errors as a list a reviewer can act on: where, and what to change. */
export function renderDiagnosticsMarkdown(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  const lines: string[] = [];
  const list = (items: readonly Diagnostic[]) => {
    for (const d of items.slice(0, MAX_LISTED_DIAGNOSTICS)) {
      // File paths and messages come from the user's files: code spans stay code, nothing else is interpreted.
      const where = markdownCodeSpan(`${d.file}:${d.line}:${d.column}`);
      const path = d.path ? ` (${markdownCodeSpan(d.path)})` : "";
      lines.push(`- ${where}${path}: ${escapeMarkdownWithCodeSpans(describeFinding(d, { edge: "action" }))}`);
    }
    if (items.length > MAX_LISTED_DIAGNOSTICS)
      lines.push(`- … and ${items.length - MAX_LISTED_DIAGNOSTICS} more`);
  };
  if (errors.length > 0) {
    lines.push(`**${countOf(errors.length, "error")} to fix** (also annotated on the files):`, "");
    list(errors);
  }
  if (warnings.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(`**${countOf(warnings.length, "warning")}:**`, "");
    list(warnings);
  }
  return lines.join("\n");
}
