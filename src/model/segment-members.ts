// Segment membership taken from files (`members:` of a segment), as the loader resolves it and as the membership
// stage reads it. The keys themselves live in `MemberSet`s, read once per file and shared by every environment.
import type { MemberFileRef } from "./member-file.js";
import type { SourceLocation } from "./source.js";

export type MemberList = "included" | "excluded";

/** One `members:` entry of a segment, resolved against the configuration directory. */
export interface SegmentMember {
  ref: MemberFileRef;
  into: MemberList;
  /** The file may hold no keys (otherwise an empty file is an error: a broken export must not empty a segment). */
  allowEmpty: boolean;
  /** Where the entry is written in the YAML. */
  source: SourceLocation;
}

/** One member file's keys, sorted (by UTF-16 code units, as `Array.prototype.sort`) and de-duplicated. */
export interface MemberSet {
  ref: MemberFileRef;
  keys: string[];
  /** sha256 (hex) of the keys, each followed by `\n`, in that order (see `membersFingerprint`). */
  fingerprint: string;
  /** Rows whose key repeats an earlier row's (warned and counted, then dropped). */
  duplicates: number;
}

/** Identity of a member file as read: the same file read the same way is read once. */
export function memberRefKey(ref: MemberFileRef): string {
  return JSON.stringify([
    ref.path,
    ref.format,
    ref.gzip,
    ref.column ?? null,
    ref.header ?? null,
    ref.contextKind,
  ]);
}
