// The plan for a terminal: one block per resource, its field changes, role permission changes, warnings, and the
// summary line last (what CI logs show in their final lines).
import { createColors } from "picocolors";
import { resourceAddress } from "../model/resource-identity.js";
import type { Plan, PlannedChange } from "../plan/types.js";
import { describePlanWarning } from "../wording/finding-messages.js";
import { changeVerb, fieldLines, ownershipNote, summaryLine, UNMANAGED_LISTED } from "./describe.js";
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
import { countOf, forCount } from "./wording.js";

export interface TextRenderOptions {
  /** Colour with ANSI escapes (pass `process.stdout.isTTY`). */
  color?: boolean;
}

const SIGN = { create: "+", update: "~", delete: "-" } as const;

export function renderPlanText(plan: Plan, options: TextRenderOptions = {}): string {
  const c = createColors(options.color ?? false);
  const paint = { "+": c.green, "-": c.red, "~": c.yellow } as const;
  const lines: string[] = [];

  const renderChange = (change: PlannedChange) => {
    const sign = SIGN[change.action];
    const where = change.source ? c.dim(`  (${change.source})`) : "";
    const verb = changeVerb(change);
    const head = `${sign} ${verb} ${change.resourceType} ${c.bold(resourceAddress(change))}`;
    lines.push(
      (change.ownership?.kind === "take-over" ? c.red(c.bold(head)) : paint[sign](head)) +
        ` ${JSON.stringify(change.name)}${where}`,
    );
    const note = ownershipNote(change);
    if (note !== undefined)
      lines.push(`    ${change.ownership?.kind === "take-over" ? c.red(`! ${note}`) : c.cyan(note)}`);
    // An adoption that only writes the marker has nothing more to show than its note.
    if (change.action !== "delete" && change.ownership?.markerOnly !== true) {
      for (const field of change.fields) {
        for (const line of fieldLines(change, field))
          lines.push(`    ${paint[line.sign](`${line.sign} ${line.text}`)}`);
      }
      for (const line of membershipLines(change))
        lines.push(`    ${paint[line.sign](`${line.sign} ${line.text}`)}`);
    }
    const permissions = permissionChangeLines(change.rolePermissions);
    if (permissions.length > 0) {
      lines.push("    permissions:");
      for (const line of permissions) lines.push(`      ${paint[line.sign](`${line.sign} ${line.text}`)}`);
    }
    for (const risk of change.risks ?? []) lines.push(`    ${c.magenta(`! risk: ${risk.message}`)}`);
    const segmentImpact = segmentImpactOf(plan, change);
    if (segmentImpact)
      for (const line of segmentImpactLines(segmentImpact)) lines.push(`    ${c.cyan(line)}`);
    const metricImpact = metricImpactOf(plan, change);
    if (metricImpact) {
      for (const line of metricImpactLines(metricImpact)) lines.push(`    ${c.cyan(line)}`);
      const risk = metricRiskText(metricImpact);
      if (risk) lines.push(`    ${c.magenta(`! risk: ${risk}`)}`);
    }
    lines.push("");
  };

  for (const refusal of plan.impact?.refusals ?? [])
    lines.push(c.red(`Refused: ${refusalText(refusal)}`), "");
  for (const change of plan.changes) renderChange(change);

  if (plan.unmanaged.length > 0) {
    lines.push(
      c.dim(
        `${countOf(plan.unmanaged.length, "resource")} in LaunchDarkly ${forCount(plan.unmanaged.length, "is", "are")} not in the repository (left alone):`,
      ),
    );
    for (const resource of plan.unmanaged.slice(0, UNMANAGED_LISTED)) {
      const owned = resource.owned
        ? " (managed by ld-gitops; --prune deletes it)"
        : resource.managedBy !== undefined
          ? ` (managed by another owner: ${resource.managedBy})`
          : "";
      lines.push(c.dim(`    ${resource.resourceType} ${resourceAddress(resource)}${owned}`));
    }
    if (plan.unmanaged.length > UNMANAGED_LISTED)
      lines.push(c.dim(`    … and ${plan.unmanaged.length - UNMANAGED_LISTED} more (see the JSON plan)`));
    lines.push("");
  }
  for (const warning of plan.warnings) lines.push(c.yellow(`Warning: ${describePlanWarning(warning)}`));
  if (plan.warnings.length > 0) lines.push("");
  for (const line of attentionLines(plan)) lines.push(line);
  lines.push(c.bold(summaryLine(plan)));
  return `${lines.join("\n")}\n`;
}
