// The plan as a pull-request comment / job summary: warnings first, a summary table, a section per resource type,
// each resource in a collapsible block with a ```diff of its fields. Kept under GitHub's 65,536-character limit by
// leaving out whole resources at the end and saying where the full plan is.

import { resourceAddress } from "../model/resource-identity.js";
import type { Plan, PlannedChange, PlanResourceType } from "../plan/types.js";
import { type Edge, nameSetting, planWarningMarkdown } from "../wording/finding-messages.js";
import {
  changeVerb,
  fieldLines,
  ownershipNote,
  RESOURCE_TYPE_TITLES,
  summaryLine,
  UNMANAGED_LISTED,
} from "./describe.js";
import {
  attentionLines,
  metricImpactLines,
  metricImpactOf,
  metricRiskText,
  refusalText,
  segmentImpactLines,
  segmentImpactOf,
} from "./describe-impact.js";
import { membershipLines } from "./describe-membership.js";
import { permissionChangeLines } from "./describe-policy.js";
import { escapeMarkdownInline, fencedBlock, markdownLinkUrl } from "./markdown-escape.js";
import { countOf, forCount } from "./wording.js";

export interface MarkdownRenderOptions {
  /** The workflow run that produced the plan. */
  runUrl?: string;
  /** Where the complete plan can be read when this one is shortened (artifact, job summary). */
  fullPlanUrl?: string;
  /** GitHub's comment limit. */
  maxLength?: number;
  /** Whose settings the advice names: CLI options (default) or the Action's inputs. */
  edge?: Edge;
}

export const GITHUB_COMMENT_MAX_LENGTH = 65_536;
/** Marks the tool's comment so the Action can find and update it. */
export const PLAN_COMMENT_MARKER = "<!-- ld-gitops:plan -->";

const EMOJI = { create: "🟢", update: "🟡", delete: "🔴" } as const;
const OWNERSHIP_EMOJI = { adopt: "🔵", claim: "🔵", "take-over": "🟥" } as const;
const TYPES: PlanResourceType[] = ["role", "metric", "contextKind", "segment"];

function changeBlock(plan: Plan, change: PlannedChange): string {
  const source = change.source ? ` <sub>${escapeMarkdownInline(change.source)}</sub>` : "";
  const summary =
    `${change.ownership ? OWNERSHIP_EMOJI[change.ownership.kind] : EMOJI[change.action]} <b>${changeVerb(change)}</b> <code>${escapeMarkdownInline(resourceAddress(change))}</code>` +
    ` ${escapeMarkdownInline(change.name)}${source}`;
  const parts = [`<details><summary>${summary}</summary>`, ""];
  const note = ownershipNote(change);
  if (note !== undefined)
    parts.push(
      change.ownership?.kind === "take-over"
        ? `> [!CAUTION]\n> ${escapeMarkdownInline(note)}`
        : `> ${escapeMarkdownInline(note)}`,
      "",
    );
  const diff: string[] = [];
  if (change.action === "delete") diff.push(`- ${change.resourceType} ${resourceAddress(change)}`);
  else if (change.ownership?.markerOnly !== true)
    for (const field of change.fields)
      for (const line of fieldLines(change, field))
        diff.push(`${line.sign === "~" ? "!" : line.sign} ${line.text}`);
  if (change.action !== "delete")
    for (const line of membershipLines(change))
      diff.push(`${line.sign === "~" ? "!" : line.sign} ${line.text}`);
  if (diff.length > 0) parts.push(fencedBlock("diff", diff.join("\n")), "");
  const permissions = permissionChangeLines(change.rolePermissions);
  if (permissions.length > 0) {
    const lines = permissions.map((line) => `${line.sign} ${line.text}`);
    parts.push("**Permissions**", "", fencedBlock("diff", lines.join("\n")), "");
  }
  for (const risk of change.risks ?? [])
    parts.push(`> ⚠️ **Risk:** ${escapeMarkdownInline(risk.message)}`, "");
  const segmentImpact = segmentImpactOf(plan, change);
  const metricImpact = metricImpactOf(plan, change);
  const impactLines = segmentImpact
    ? segmentImpactLines(segmentImpact)
    : metricImpact
      ? metricImpactLines(metricImpact)
      : [];
  if (impactLines.length > 0) parts.push("**Used by**", "", fencedBlock("text", impactLines.join("\n")), "");
  const metricRisk = metricImpact ? metricRiskText(metricImpact) : undefined;
  if (metricRisk) parts.push(`> ⚠️ **Risk:** ${escapeMarkdownInline(metricRisk)}`, "");
  parts.push("</details>", "");
  return parts.join("\n");
}

function summaryTable(plan: Plan): string {
  const rows = ["| | Create | Update | Adopt | Delete |", "| --- | ---: | ---: | ---: | ---: |"];
  for (const type of TYPES) {
    const changes = plan.changes.filter((change) => change.resourceType === type);
    if (changes.length === 0) continue;
    const count = (action: PlannedChange["action"]) =>
      changes.filter((change) => change.action === action).length;
    const adopt = changes.filter((change) => change.ownership !== undefined).length;
    rows.push(
      `| ${RESOURCE_TYPE_TITLES[type]} | ${count("create")} | ${count("update") - adopt} | ${adopt} | ${count("delete")} |`,
    );
  }
  const { create, update, delete: deletes, unchanged } = plan.summary;
  const adopt = plan.summary.adopt ?? 0;
  rows.push(`| **Total** | **${create}** | **${update - adopt}** | **${adopt}** | **${deletes}** |`);
  return `${rows.join("\n")}\n\n${unchanged} unchanged.`;
}

/** The plan as a Markdown document of its own (`plan --format markdown`): marker, heading, then the plan. */
export function renderPlanMarkdown(plan: Plan, options: MarkdownRenderOptions = {}): string {
  const heading = `${PLAN_COMMENT_MARKER}\n## ld-gitops plan\n\n`;
  const maxLength = (options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH) - heading.length;
  return heading + renderPlanMarkdownBody(plan, { ...options, maxLength });
}

/**
 * The plan without marker or heading, within `maxLength` characters: for a caller that frames it (the Action's
 * comment, which carries its own marker and title).
 */
export function renderPlanMarkdownBody(plan: Plan, options: MarkdownRenderOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH;
  const head: string[] = [];
  if (plan.warnings.length > 0) {
    head.push("> [!WARNING]");
    for (const warning of plan.warnings)
      head.push(`> ${planWarningMarkdown(warning, options.edge ?? "cli", escapeMarkdownInline)}`);
    head.push("");
  }
  if (plan.takeOver && plan.changes.some((change) => change.ownership?.kind === "take-over")) {
    head.push(
      "> [!CAUTION]",
      "> This plan takes over resources another configuration manages (`--take-over`): see the 🟥 changes below.",
      "",
    );
  }
  const refusals = plan.impact?.refusals ?? [];
  if (refusals.length > 0) {
    head.push("> [!CAUTION]");
    for (const refusal of refusals) head.push(`> ${escapeMarkdownInline(refusalText(refusal))}`);
    head.push("");
  }
  head.push(`**${summaryLine(plan)}**`, "");
  // What needs a reviewer's attention stays outside every <details>.
  const attention = attentionLines(plan);
  if (attention.length > 0) head.push(...attention.map((line) => `- ${escapeMarkdownInline(line)}`), "");
  const total = plan.summary.create + plan.summary.update + plan.summary.delete;
  if (total > 0) head.push(summaryTable(plan), "");

  const tail: string[] = [];
  if (plan.unmanaged.length > 0) {
    const owned = plan.unmanaged.filter((resource) => resource.owned).length;
    const isOrAre = forCount(plan.unmanaged.length, "is", "are");
    const summary =
      `${countOf(plan.unmanaged.length, "resource")} in LaunchDarkly ${isOrAre} not in the repository and ${isOrAre} left alone` +
      (owned > 0
        ? ` (${owned} managed by ld-gitops: plan with ${options.edge === "action" ? nameSetting({ name: "prune" }, "action") : "<code>--prune</code>"} to delete ${forCount(owned, "it", "them")})`
        : "");
    // Listed, so a reviewer can see what the repo does not cover; the first few only, the JSON plan has them all.
    const listed = plan.unmanaged
      .slice(0, UNMANAGED_LISTED)
      .map(
        (resource) =>
          `- ${resource.resourceType} <code>${escapeMarkdownInline(resourceAddress(resource))}</code>` +
          (resource.owned
            ? " (managed by ld-gitops)"
            : resource.managedBy !== undefined
              ? ` (managed by another owner: <code>${escapeMarkdownInline(resource.managedBy)}</code>)`
              : ""),
      );
    if (plan.unmanaged.length > UNMANAGED_LISTED)
      listed.push(`- … and ${plan.unmanaged.length - UNMANAGED_LISTED} more (see the JSON plan)`);
    tail.push(`<details><summary><sub>${summary}.</sub></summary>`, "", ...listed, "", "</details>", "");
  }
  const footer = [`<sub>Plan hash <code>${plan.hash.slice(0, 12)}</code>`];
  if (options.runUrl) footer.push(` · [workflow run](${markdownLinkUrl(options.runUrl)})`);
  footer.push("</sub>");
  tail.push(footer.join(""), "");

  const headText = head.join("\n");
  const tailText = tail.join("\n");
  const omittedNote = (omitted: number) => {
    const where = options.fullPlanUrl
      ? `[the full plan](${markdownLinkUrl(options.fullPlanUrl)})`
      : options.runUrl
        ? `the full plan in [the workflow run](${markdownLinkUrl(options.runUrl)})`
        : "the full plan with `ld-gitops plan`";
    return `> [!NOTE]\n> ${omitted} more ${forCount(omitted, "change is", "changes are")} not shown here to stay within GitHub's comment size limit. See ${where}.\n`;
  };
  const reserve = omittedNote(plan.changes.length).length + 2;
  // Sections in order; each resource block is added whole or not at all, and none is rendered past the first
  // that does not fit.
  const ordered = TYPES.flatMap((type) => plan.changes.filter((change) => change.resourceType === type));
  let body = "";
  let shown = 0;
  for (const [index, change] of ordered.entries()) {
    const heading =
      ordered[index - 1]?.resourceType !== change.resourceType
        ? `### ${RESOURCE_TYPE_TITLES[change.resourceType]}\n\n`
        : "";
    const piece = `${heading}${changeBlock(plan, change)}\n`;
    const wouldBe = headText.length + body.length + piece.length + tailText.length + reserve + 2;
    if (wouldBe > maxLength) break;
    body += piece;
    shown++;
  }
  const omitted = ordered.length - shown;
  const parts = [headText, body];
  if (omitted > 0) parts.push(omittedNote(omitted));
  parts.push(tailText);
  return parts.join("\n");
}
