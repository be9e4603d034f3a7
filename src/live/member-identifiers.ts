// The identifier check: a cohort synced with the wrong identifier (a device id where the SDKs send the user id)
// targets no one, silently. For each new or changed member file in a plan, a few of its keys are looked up among
// the contexts LaunchDarkly has seen in that environment (`getContexts`, at most `IDENTIFIER_SAMPLE_SIZE` reads per
// file and environment); when none or almost none is known, the plan warns.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";
import type { DesiredState } from "../model/desired-state.js";
import { type Finding, finding } from "../model/finding.js";
import type { MemberSet } from "../model/segment-members.js";

/** What the check reads of a plan (its changes' member lists), named here so live/ needs nothing from plan/. */
export interface PlanMembership {
  changes: readonly {
    action: string;
    project?: string;
    environment?: string;
    membership?: readonly { files: readonly string[]; contextKind: string }[];
  }[];
}

export const IDENTIFIER_SAMPLE_SIZE = 20;

/** At most this share of known keys counts as "almost none". */
const ALMOST_NONE = 0.1;

/** `count` keys spread evenly over the sorted keys: the same sample for the same file, every run. */
export function sampleKeys(keys: readonly string[], count = IDENTIFIER_SAMPLE_SIZE): string[] {
  if (keys.length <= count) return [...keys];
  const step = keys.length / count;
  return Array.from({ length: count }, (_, i) => keys[Math.floor(i * step)] as string);
}

/** Warnings for the plan; reads nothing when the client cannot read contexts. A failed read skips that file. */
export async function checkMemberIdentifiers(
  api: LaunchDarklyApi,
  plan: PlanMembership,
  desired: DesiredState,
): Promise<Finding[]> {
  const getContexts = api.getContexts?.bind(api);
  if (!getContexts || !desired.memberSets) return [];
  const sets = [...desired.memberSets.values()];
  const checked = new Set<string>();
  const findings: Finding[] = [];
  for (const change of plan.changes) {
    if (change.action === "delete" || !change.membership) continue;
    const project = change.project ?? "";
    const environment = change.environment ?? "";
    for (const list of change.membership) {
      for (const path of list.files) {
        const set = sets.find((s) => s.ref.path === path && s.ref.contextKind === list.contextKind);
        const id = `${project}/${environment}/${path}/${list.contextKind}`;
        if (!set || set.keys.length === 0 || checked.has(id)) continue;
        checked.add(id);
        const found = await sampleKnown(getContexts, project, environment, set);
        if (found === undefined) continue;
        if (found.known <= found.sampled * ALMOST_NONE)
          findings.push(
            finding("plan.members-unknown-contexts", {
              file: path,
              ...(set.ref.column !== undefined ? { column: set.ref.column } : {}),
              contextKind: set.ref.contextKind,
              project,
              environment,
              sampled: found.sampled,
              known: found.known,
            }),
          );
      }
    }
  }
  return findings;
}

async function sampleKnown(
  getContexts: NonNullable<LaunchDarklyApi["getContexts"]>,
  project: string,
  environment: string,
  set: MemberSet,
): Promise<{ sampled: number; known: number } | undefined> {
  const sample = sampleKeys(set.keys);
  try {
    const answers = await Promise.all(
      sample.map((key) => getContexts(project, environment, set.ref.contextKind, key)),
    );
    return {
      sampled: sample.length,
      known: answers.filter((answer) => (answer.items ?? []).length > 0).length,
    };
  } catch {
    // A token without access to contexts, or a context kind LaunchDarkly does not have: no verdict.
    return undefined;
  }
}
