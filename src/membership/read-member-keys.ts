// The keys apply uploads: every named file read again, united, sorted and de-duplicated, with the fingerprint the
// plan recorded for them (apply compares the two and refuses to write a file that changed since the plan).
import { resolve } from "node:path";
import type { MemberFileRef } from "../model/member-file.js";
import { membersFingerprint } from "./fingerprint.js";
import { pathInside } from "./member-path.js";
import { readMemberSet } from "./read-member-set.js";

/** Thrown when a file cannot be read or has rows the plan would have refused. */
export class MemberFileError extends Error {
  override name = "MemberFileError";
}

export async function readMemberKeys(
  configDir: string,
  files: MemberFileRef[],
): Promise<{ keys: string[]; fingerprint: string }> {
  const sets: string[][] = [];
  for (const ref of files) {
    const absolute = resolve(configDir, ref.path);
    if (pathInside(resolve(configDir), absolute) === undefined)
      throw new MemberFileError(
        `member file ${ref.path} is outside the configuration directory; nothing was read`,
      );
    const result = await readMemberSet(absolute, ref);
    if (!result.ok) throw new MemberFileError(`member file ${ref.path} cannot be read: ${result.detail}`);
    const errors = result.findings.filter((found) => found.severity === "error");
    if (errors.length > 0)
      throw new MemberFileError(
        `member file ${ref.path} has unusable rows (first at line ${errors[0]?.line}): run validate`,
      );
    sets.push(result.set.keys);
  }
  const keys = sets.length === 1 ? (sets[0] as string[]) : mergeSorted(sets);
  return { keys, fingerprint: membersFingerprint(keys) };
}

/** Sorted, de-duplicated union of sorted, de-duplicated lists. */
export function mergeSorted(lists: readonly (readonly string[])[]): string[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return [...(lists[0] as string[])];
  return [...new Set(lists.flat())].sort();
}
