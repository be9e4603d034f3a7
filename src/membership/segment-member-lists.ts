// A segment's membership in one environment: its inline targets and its member files, united per list and context
// kind. Validation checks it; plan diffs it (standard segments) or fingerprints it (big segments).
import type { DesiredSegment } from "../model/segment.js";
import { type MemberList, type MemberSet, memberRefKey } from "../model/segment-members.js";

export interface MemberLists {
  /** Context kind → keys, per list. Sets, for membership tests. */
  included: Record<string, Set<string>>;
  excluded: Record<string, string[]>;
  /** Distinct targets over both lists and all kinds (what LaunchDarkly's 15,000 counts). */
  count: number;
}

/** Keys per list and kind from inline lists and files (files must be in `memberSets`). */
export function memberKeysByList(
  segment: DesiredSegment,
  memberSets: ReadonlyMap<string, MemberSet>,
): Record<MemberList, Map<string, string[][]>> {
  const lists: Record<MemberList, Map<string, string[][]>> = { included: new Map(), excluded: new Map() };
  const add = (list: MemberList, kind: string, keys: string[] | undefined) => {
    if (!keys || keys.length === 0) return;
    const parts = lists[list].get(kind) ?? [];
    parts.push(keys);
    lists[list].set(kind, parts);
  };
  add("included", "user", segment.included);
  add("excluded", "user", segment.excluded);
  for (const target of segment.includedContexts ?? []) add("included", target.contextKind, target.values);
  for (const target of segment.excludedContexts ?? []) add("excluded", target.contextKind, target.values);
  for (const member of segment.members ?? [])
    add(member.into, member.ref.contextKind, memberSets.get(memberRefKey(member.ref))?.keys);
  return lists;
}

export function segmentMemberLists(
  segment: DesiredSegment,
  memberSets: ReadonlyMap<string, MemberSet>,
): MemberLists {
  const byList = memberKeysByList(segment, memberSets);
  const included: Record<string, Set<string>> = {};
  const excluded: Record<string, string[]> = {};
  let count = 0;
  for (const [kind, parts] of byList.included) {
    const set = new Set(parts.length === 1 ? parts[0] : parts.flat());
    included[kind] = set;
    count += set.size;
  }
  for (const [kind, parts] of byList.excluded) {
    const keys = [...new Set(parts.flat())];
    excluded[kind] = keys;
    count += keys.length;
  }
  return { included, excluded, count };
}
