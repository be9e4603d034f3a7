import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { escapeMarkdownWithCodeSpans, markdownCodeSpan } from "../render/markdown-escape.js";
import { countOf } from "../render/wording.js";
import { describeFinding } from "../wording/finding-messages.js";

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
