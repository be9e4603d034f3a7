// How a change's member lists read in every plan format: counts, the first keys, the method and the number of
// requests or uploads. A million members read as one line and ten keys, never as the list.
import type { MembershipChange, PlannedChange } from "../plan/types.js";
import type { FieldLine } from "./describe.js";

const n = (value: number) => value.toLocaleString("en-US");

function plural(count: number, one: string, many: string): string {
  return `${n(count)} ${count === 1 ? one : many}`;
}

function howWritten(member: MembershipChange): string {
  switch (member.method) {
    case "semantic-patch":
      return `${plural(member.requests, "semantic-patch request", "semantic-patch requests")} (≤ 1,500 targets each)`;
    case "contexts":
      return `${plural(member.requests, "request", "requests")} to …/contexts`;
    case "import": {
      const uploads = member.requests;
      return `${plural(uploads, "upload", "uploads")} (file import: replace${uploads > 1 ? ", then merge" : ""})`;
    }
  }
}

const REASONS: Record<NonNullable<MembershipChange["reason"]>, string> = {
  created: "new segment",
  "unknown-live": "LaunchDarkly does not return big-segment members, and its last-applied tag differs",
  drifted: "membership changed outside the repository",
  pending: "the create's membership write did not finish",
  history: "LaunchDarkly holds the version of the file its last-applied tag names (found in git history)",
};

/** One heading line per list, then its first removed and added keys. */
export function membershipLines(change: PlannedChange): FieldLine[] {
  const lines: FieldLine[] = [];
  for (const member of change.membership ?? []) {
    const from = member.files.length > 0 ? ` from ${member.files.join(", ")}` : "";
    const was = member.before !== undefined ? ` (LaunchDarkly holds ${n(member.before)})` : "";
    const head =
      member.method === "import"
        ? `members ${member.list} (${member.contextKind}): replace all members with ${plural(member.count, "context", "contexts")}${from}${was}`
        : `members ${member.list} (${member.contextKind}): +${n(member.added ?? 0)} −${n(member.removed ?? 0)}, ${plural(member.count, "member", "members")} after apply${from}`;
    const reason =
      member.reason !== undefined && member.method === "import" ? `; ${REASONS[member.reason]}` : "";
    lines.push({ sign: "~", text: `${head}: ${howWritten(member)}${reason}` });
    // A standard segment's keys are listed under its target fields already.
    if (member.method === "semantic-patch") continue;
    for (const key of member.firstRemoved ?? []) lines.push({ sign: "-", text: `  ${key}` });
    for (const key of member.firstAdded ?? []) lines.push({ sign: "+", text: `  ${key}` });
    const shown = (member.firstRemoved?.length ?? 0) + (member.firstAdded?.length ?? 0);
    const total = member.method === "import" ? member.count : (member.added ?? 0) + (member.removed ?? 0);
    if (total > shown) lines.push({ sign: "~", text: `  … and ${n(total - shown)} more` });
  }
  return lines;
}
