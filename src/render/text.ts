// The plan for a terminal: one block per resource, its field changes, role permission changes, warnings, and the
// summary line last (what CI logs show in their final lines).
import { createColors } from "picocolors";
import { groupPermissions } from "../plan/role-permissions.js";
import type { Plan, PlannedChange } from "../plan/types.js";
import { fieldLines, isOrAre, resourceAddress, summaryLine, unmanagedCount } from "./describe.js";
import { formatPermissionGroup } from "./describe-policy.js";

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
    lines.push(
      paint[sign](`${sign} ${change.action} ${change.resourceType} ${c.bold(resourceAddress(change))}`) +
        ` ${JSON.stringify(change.name)}${where}`,
    );
    if (change.action !== "delete") {
      for (const field of change.fields) {
        for (const line of fieldLines(change, field))
          lines.push(`    ${paint[line.sign](`${line.sign} ${line.text}`)}`);
      }
    }
    const permissions = change.rolePermissions;
    if (permissions && permissions.granted.length + permissions.revoked.length > 0) {
      lines.push("    permissions:");
      for (const group of groupPermissions(permissions.granted))
        lines.push(`      ${c.green(`+ grants  ${formatPermissionGroup(group)}`)}`);
      for (const group of groupPermissions(permissions.revoked))
        lines.push(`      ${c.red(`- revokes ${formatPermissionGroup(group)}`)}`);
    }
    for (const risk of change.risks ?? []) lines.push(`    ${c.magenta(`! risk: ${risk.message}`)}`);
    lines.push("");
  };

  for (const change of plan.changes) renderChange(change);

  if (plan.unmanaged.length > 0) {
    lines.push(
      c.dim(
        `${unmanagedCount(plan.unmanaged.length)} in LaunchDarkly ${isOrAre(plan.unmanaged.length)} not in the repository (left alone):`,
      ),
    );
    for (const resource of plan.unmanaged.slice(0, 20)) {
      const owned = resource.owned ? " (managed by ld-gitops; --prune deletes it)" : "";
      lines.push(c.dim(`    ${resource.resourceType} ${resourceAddress(resource)}${owned}`));
    }
    if (plan.unmanaged.length > 20)
      lines.push(c.dim(`    … and ${plan.unmanaged.length - 20} more (see the JSON plan)`));
    lines.push("");
  }
  for (const warning of plan.warnings) lines.push(c.yellow(`Warning: ${warning}`));
  if (plan.warnings.length > 0) lines.push("");
  lines.push(c.bold(summaryLine(plan)));
  return `${lines.join("\n")}\n`;
}
