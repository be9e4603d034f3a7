// The membership stage of validation: every member file the segments name is read once (streamed) and checked;
// then, per segment and environment, the lists the files and inline targets make together are checked against
// each other (a key both included and excluded) and against LaunchDarkly's limits.
import { relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { MAX_STANDARD_SEGMENT_TARGETS } from "../launchdarkly/limits.js";
import type { LoadedConfig } from "../load/build-desired-state.js";
import { isSchemaValid } from "../load/config-file.js";
import { readMemberSet } from "../membership/read-member-set.js";
import { memberKeysByList, segmentMemberLists } from "../membership/segment-member-lists.js";
import { type Finding, finding } from "../model/finding.js";
import type { DesiredSegment } from "../model/segment.js";
import { resolveSegment } from "../model/segment.js";
import { type MemberSet, memberRefKey, type SegmentMember } from "../model/segment-members.js";

export interface ReadSegmentMembersOptions {
  /** What diagnostics' file names are relative to. */
  cwd: string;
  /** Rows read so far in the file being read (for a progress line on a terminal). */
  onProgress?: (file: string, rows: number) => void;
}

export interface SegmentMembersResult {
  memberSets: Map<string, MemberSet>;
  diagnostics: Diagnostic[];
}

function at(member: SegmentMember, found: Finding, severity: "error" | "warning" = "error"): Diagnostic {
  const { file, line, column } = member.source;
  return { file, line, column, path: "", ...found, severity };
}

/** Every `members:` entry of a segment: the top level and each environment's override. */
function membersOf(
  segment: DesiredSegment | LoadedConfig["segments"][number]["definition"],
): SegmentMember[] {
  const all = [...(segment.members ?? [])];
  if ("overrides" in segment)
    for (const override of Object.values(segment.overrides)) all.push(...(override.members ?? []));
  return all;
}

export async function readSegmentMembers(
  config: LoadedConfig,
  options: ReadSegmentMembersOptions,
): Promise<SegmentMembersResult> {
  const root = config.root ?? options.cwd;
  const memberSets = new Map<string, MemberSet>();
  const diagnostics: Diagnostic[] = [];
  const failed = new Set<string>();
  const segments = config.segments.filter((segment) => isSchemaValid(segment.file, segment.pointer));

  for (const segment of segments) {
    for (const member of membersOf(segment.definition)) {
      const id = memberRefKey(member.ref);
      if (failed.has(id)) {
        diagnostics.push(at(member, finding("members.file-missing", { file: member.ref.path })));
        continue;
      }
      let set = memberSets.get(id);
      if (!set) {
        const absolute = resolve(root, member.ref.path);
        const display = relative(options.cwd, absolute).split(sep).join("/");
        const result = await readMemberSet(absolute, member.ref, {
          onProgress: (rows) => options.onProgress?.(display, rows),
        });
        if (!result.ok) {
          failed.add(id);
          diagnostics.push(
            at(
              member,
              result.code === "ENOENT"
                ? finding("members.file-missing", { file: member.ref.path })
                : finding("members.file-unreadable", { file: member.ref.path, detail: result.detail }),
            ),
          );
          continue;
        }
        set = result.set;
        memberSets.set(id, set);
        for (const row of result.findings) {
          const { line, severity, ...found } = row;
          diagnostics.push({ file: display, line, column: 1, path: "", ...(found as Finding), severity });
        }
        if (result.findings.some((row) => row.severity === "error")) failed.add(`${id}\u0000rows`);
      }
      if (set.keys.length === 0 && !member.allowEmpty && !failed.has(`${id}\u0000rows`))
        diagnostics.push(at(member, finding("members.empty", { file: member.ref.path })));
    }
  }

  for (const segment of segments) {
    if (membersOf(segment.definition).length === 0) continue;
    const seen = new Set<string>();
    const once = (d: Diagnostic) => {
      const id = `${d.file}:${d.line}:${d.code}:${JSON.stringify(d.params)}`;
      if (!seen.has(id)) diagnostics.push(d);
      seen.add(id);
    };
    for (const desired of resolveSegment(segment.definition)) {
      const members = desired.members ?? [];
      if (members.length === 0) continue;
      const kind = desired.unboundedContextKind ?? "user";
      if (desired.unbounded) {
        for (const member of members)
          if (member.ref.contextKind !== kind)
            once(
              at(
                member,
                finding("segment.big-segment-context-kind", {
                  key: desired.key,
                  contextKind: kind,
                  got: member.ref.contextKind,
                }),
              ),
            );
      }
      if (members.some((member) => !memberSets.has(memberRefKey(member.ref)))) continue;
      // Sets of a million keys cost time and memory: built only for a segment that excludes someone, or for a
      // standard segment's 15,000 count.
      const byList = memberKeysByList(desired, memberSets);
      if (byList.excluded.size === 0 && desired.unbounded) continue;
      const lists = segmentMemberLists(desired, memberSets);
      for (const [contextKind, excluded] of Object.entries(lists.excluded)) {
        const included = lists.included[contextKind];
        if (!included || excluded.length === 0) continue;
        const inBoth = excluded.filter((key) => included.has(key));
        if (inBoth.length === 0) continue;
        const where = members.find((member) => member.into === "excluded") ?? (members[0] as SegmentMember);
        once(
          at(
            where,
            finding("members.in-both-lists", {
              key: inBoth[0] as string,
              count: inBoth.length,
              contextKind,
              environment: desired.environment,
            }),
          ),
        );
      }
      if (!desired.unbounded) {
        const count = lists.count;
        if (count > MAX_STANDARD_SEGMENT_TARGETS)
          once(
            at(
              members[0] as SegmentMember,
              finding("members.too-many-for-standard", {
                key: desired.key,
                environment: desired.environment,
                count,
                max: MAX_STANDARD_SEGMENT_TARGETS,
              }),
            ),
          );
      }
    }
  }
  return { memberSets, diagnostics };
}
