// How the impact of a plan reads (flags using a changed segment, experiments reading a changed metric, refused
// deletes), shared by the text and Markdown renderers. The plan holds it as data; wording happens only here.

import { finding } from "../model/finding.js";
import type {
  FlagUse,
  MetricImpact,
  Plan,
  PlannedChange,
  PlanRefusal,
  SegmentImpact,
} from "../plan/types.js";
import { describeFinding, flagUseText } from "../wording/finding-messages.js";
import { countOf, forCount } from "./wording.js";

/** At most this many flags are listed per segment change; the JSON plan holds all of them. */
export const FLAGS_LISTED = 20;

export function segmentImpactOf(plan: Plan, change: PlannedChange): SegmentImpact | undefined {
  if (change.resourceType !== "segment") return undefined;
  return plan.impact?.segments.find(
    (s) => s.project === change.project && s.environment === change.environment && s.key === change.key,
  );
}

export function metricImpactOf(plan: Plan, change: PlannedChange): MetricImpact | undefined {
  if (change.resourceType !== "metric") return undefined;
  return plan.impact?.metrics.find((m) => m.project === change.project && m.key === change.key);
}

/** The lines under a segment change: which flags it reaches, at most `FLAGS_LISTED`. */
export function segmentImpactLines(impact: SegmentImpact): string[] {
  const lines: string[] = [];
  if (impact.flags.length === 0) lines.push(`flags using it in ${impact.environment}: none`);
  else {
    const flags = distinctFlags(impact.flags);
    lines.push(`${countOf(flags, "flag")} in ${impact.environment} ${forCount(flags, "uses", "use")} it:`);
    for (const use of impact.flags.slice(0, FLAGS_LISTED)) lines.push(`  ${flagUseText(use)}`);
    if (impact.flags.length > FLAGS_LISTED)
      lines.push(`  … and ${impact.flags.length - FLAGS_LISTED} more (all in the JSON plan)`);
  }
  if (impact.matchedBy.length > 0)
    lines.push(`segments whose rules match it: ${impact.matchedBy.join(", ")}`);
  return lines;
}

/** The lines under a metric change: what reads it. */
export function metricImpactLines(impact: MetricImpact): string[] {
  const lines = [
    `used by ${countOf(impact.experimentCount, "experiment")} (${impact.activeExperimentCount} running), ` +
      `${countOf(impact.activeGuardedRolloutCount, "running guarded rollout")}, ${countOf(impact.attachedFlagCount, "attached flag")}`,
  ];
  for (const experiment of impact.experiments)
    lines.push(
      `  experiment ${experiment.key} ${JSON.stringify(experiment.name)} in ${experiment.environment}${experiment.archived ? " (archived)" : ""}`,
    );
  return lines;
}

/** The risk a metric change carries, worded by the finding catalogue; undefined when none. */
export function metricRiskText(impact: MetricImpact): string | undefined {
  if (!impact.risk) return undefined;
  return describeFinding(
    finding("plan.metric-in-running-experiment", {
      activeExperimentCount: impact.activeExperimentCount,
      activeGuardedRolloutCount: impact.activeGuardedRolloutCount,
    }),
  );
}

/** A refusal: what is refused, why, and what to do. */
export function refusalText(refusal: PlanRefusal): string {
  return describeFinding(refusal);
}

function distinctFlags(uses: readonly FlagUse[]): number {
  return new Set(uses.map((use) => use.flag)).size;
}

/** Distinct flags touched per environment (`production: 3`), in environment order. */
export function flagsTouchedByEnvironment(plan: Plan): { environment: string; flags: number }[] {
  const byEnvironment = new Map<string, Set<string>>();
  for (const impact of plan.impact?.segments ?? []) {
    const scope = `${impact.project}/${impact.environment}`;
    const set = byEnvironment.get(scope) ?? new Set<string>();
    for (const use of impact.flags) set.add(use.flag);
    byEnvironment.set(scope, set);
  }
  return [...byEnvironment]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([environment, flags]) => ({ environment, flags: flags.size }));
}

/**
 * What a reviewer must see without unfolding anything: flags touched per environment, deletes, role risks,
 * metrics in running experiments, refusals. Empty when the plan has none of them.
 */
export function attentionLines(plan: Plan): string[] {
  const lines: string[] = [];
  const touched = flagsTouchedByEnvironment(plan).filter((entry) => entry.flags > 0);
  if (touched.length > 0)
    lines.push(
      `Flags touched: ${touched.map((entry) => `${countOf(entry.flags, "flag")} in ${entry.environment}`).join(", ")}`,
    );
  const deletes = plan.changes.filter((change) => change.action === "delete");
  if (deletes.length > 0)
    lines.push(
      `Deletes: ${deletes.map((change) => `${change.resourceType} ${[change.project, change.environment, change.key].filter(Boolean).join("/")}`).join(", ")}`,
    );
  const roleRisks = plan.changes.flatMap((change) =>
    change.resourceType === "role" ? (change.risks ?? []).map(() => change.key) : [],
  );
  if (roleRisks.length > 0)
    lines.push(`Role risks: ${countOf(roleRisks.length, "risk")} (${[...new Set(roleRisks)].join(", ")})`);
  const risky = (plan.impact?.metrics ?? []).filter((metric) => metric.risk);
  if (risky.length > 0)
    lines.push(
      `Metrics in running experiments or guarded rollouts: ${risky.map((m) => `${m.project}/${m.key}`).join(", ")}`,
    );
  const refusals = plan.impact?.refusals ?? [];
  if (refusals.length > 0)
    lines.push(`Refused: ${countOf(refusals.length, "delete")} still in use (apply will refuse this plan)`);
  return lines;
}
