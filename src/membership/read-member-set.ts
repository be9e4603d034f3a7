// One member file read and checked: its keys (sorted, de-duplicated, fingerprinted) and the problems of its rows,
// each at the file's line. Only the key set is kept: a million rows cost the keys, not the rows.
import type { Finding } from "../model/finding.js";
import { finding } from "../model/finding.js";
import type { MemberFileRef } from "../model/member-file.js";
import type { MemberSet } from "../model/segment-members.js";
import { membersFingerprint } from "./fingerprint.js";
import { keyProblem } from "./key-checks.js";
import { readMemberRowBatches } from "./read-member-rows.js";

/** A finding in the member file, at a line (1-based) and severity. */
export type RowFinding = Finding & { line: number; severity: "error" | "warning" };

/** Row problems reported one by one per file; the rest are counted in one `members.more-problems`. */
export const ROW_PROBLEMS_SHOWN = 20;

export type MemberSetResult =
  | { ok: true; set: MemberSet; findings: RowFinding[]; rows: number }
  /** The file could not be opened or read (`code` is the system's, such as `ENOENT`). */
  | { ok: false; code?: string; detail: string };

export interface ReadMemberSetOptions {
  /** Called after each batch with the number of rows read so far (progress on a terminal). */
  onProgress?: (rows: number) => void;
}

export async function readMemberSet(
  absolutePath: string,
  ref: MemberFileRef,
  options: ReadMemberSetOptions = {},
): Promise<MemberSetResult> {
  const findings: RowFinding[] = [];
  // An array sorted once and de-duplicated in place costs half a Set's memory and time for a million keys; the
  // line of the first repeated key is looked up by a second read only when there are repeats.
  const collected: string[] = [];
  let problems = 0;
  let lastProblemLine = 0;
  let duplicates = 0;
  let firstDuplicate: { key: string; line: number } | undefined;
  let rows = 0;
  const report = (found: Finding, line: number) => {
    problems += 1;
    lastProblemLine = line;
    if (problems <= ROW_PROBLEMS_SHOWN) findings.push({ ...found, line, severity: "error" });
  };
  try {
    for await (const batch of readMemberRowBatches(absolutePath, ref)) {
      for (const row of batch) {
        rows += 1;
        if ("finding" in row) {
          report(row.finding, row.line);
          continue;
        }
        const problem = keyProblem(row.key);
        if (problem) {
          report(problem, row.line);
          continue;
        }
        collected.push(row.key);
      }
      options.onProgress?.(rows);
    }
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    return {
      ok: false,
      ...(failure.code !== undefined ? { code: failure.code } : {}),
      detail: failure.message,
    };
  }
  collected.sort();
  let unique = 0;
  for (let index = 0; index < collected.length; index++) {
    const key = collected[index] as string;
    if (unique === 0 || collected[unique - 1] !== key) collected[unique++] = key;
  }
  duplicates = collected.length - unique;
  collected.length = unique;
  if (duplicates > 0) firstDuplicate = await firstRepeat(absolutePath, ref);
  if (problems > ROW_PROBLEMS_SHOWN) {
    findings.push({
      ...finding("members.more-problems", { count: problems - ROW_PROBLEMS_SHOWN }),
      line: lastProblemLine,
      severity: "error",
    });
  }
  if (firstDuplicate) {
    findings.push({
      ...finding("members.duplicates", { count: duplicates, key: firstDuplicate.key }),
      line: firstDuplicate.line,
      severity: "warning",
    });
  }
  const keys = collected;
  return { ok: true, set: { ref, keys, fingerprint: membersFingerprint(keys), duplicates }, findings, rows };
}

/** The first row whose key an earlier row already has (a second read, made only when the file has repeats). */
async function firstRepeat(
  absolutePath: string,
  ref: MemberFileRef,
): Promise<{ key: string; line: number } | undefined> {
  const seen = new Set<string>();
  for await (const batch of readMemberRowBatches(absolutePath, ref)) {
    for (const row of batch) {
      if (!("key" in row)) continue;
      if (seen.has(row.key)) return { key: row.key, line: row.line };
      seen.add(row.key);
    }
  }
  return undefined;
}
