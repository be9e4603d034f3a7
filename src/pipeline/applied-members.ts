// Before planning: for each file-fed big segment whose last-applied tag names another version of its member file,
// that version is looked up in git history (src/membership/git-history.ts), so the plan knows what LaunchDarkly
// holds. Only the simple, common shape is looked up: one file feeding the included list, nothing inline, nothing
// excluded (then the segment's fingerprint is the file's).
import type { LdSegment } from "../launchdarkly/types.js";
import { keysAtFingerprint } from "../membership/git-history.js";
import type { DesiredState } from "../model/desired-state.js";
import { resolveSegment } from "../model/segment.js";
import { memberRefKey } from "../model/segment-members.js";
import { isMembershipTag, MEMBERSHIP_TAG_PREFIX } from "../plan/plan-members.js";

/** `project/environment/key` → the included keys of the version LaunchDarkly's tag names. */
export type AppliedMembers = Map<string, string[]>;

export async function findAppliedMembers(
  configDir: string,
  desired: DesiredState,
  live: ReadonlyMap<string, readonly LdSegment[]>,
): Promise<AppliedMembers> {
  const found: AppliedMembers = new Map();
  if (!desired.memberSets) return found;
  const cache = new Map<string, string[] | undefined>();
  for (const segment of desired.segments.flatMap(resolveSegment)) {
    const members = segment.members ?? [];
    if (!segment.unbounded || members.length !== 1) continue;
    const [member] = members;
    if (member?.into !== "included") continue;
    if ((segment.included?.length ?? 0) + (segment.includedContexts?.length ?? 0) > 0) continue;
    if ((segment.excluded?.length ?? 0) + (segment.excludedContexts?.length ?? 0) > 0) continue;
    const current = desired.memberSets.get(memberRefKey(member.ref));
    const liveSegment = live
      .get(`${segment.project}/${segment.environment}`)
      ?.find((s) => s.key === segment.key);
    if (!current || !liveSegment) continue;
    const tags = (liveSegment.tags ?? []).filter(isMembershipTag);
    if (tags.length !== 1) continue;
    const prefix = (tags[0] as string).slice(MEMBERSHIP_TAG_PREFIX.length);
    if (!/^[0-9a-f]{16}$/.test(prefix) || current.fingerprint.startsWith(prefix)) continue;
    const id = `${memberRefKey(member.ref)}\u0000${prefix}`;
    if (!cache.has(id)) cache.set(id, await keysAtFingerprint(configDir, member.ref, prefix));
    const keys = cache.get(id);
    if (keys) found.set(`${segment.project}/${segment.environment}/${segment.key}`, keys);
  }
  return found;
}
