// Which reader a member file needs: from `format:` if the entry gives one, else from the file's name.
import type { MemberFileRef } from "../model/member-file.js";

export type MemberFormat = MemberFileRef["format"];

const BY_EXTENSION: Record<string, MemberFormat> = {
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  txt: "text",
  text: "text",
  ndjson: "ndjson",
  jsonl: "ndjson",
  json: "json",
};

/** Undefined when neither `format` nor the extension says. `gzip` follows the name (`.gz`). */
export function memberFormatOf(
  path: string,
  format?: MemberFormat,
): { format: MemberFormat; gzip: boolean } | undefined {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith(".gz");
  const base = gzip ? lower.slice(0, -3) : lower;
  const slash = base.lastIndexOf("/");
  const dot = base.lastIndexOf(".");
  const extension = dot > slash ? base.slice(dot + 1) : "";
  const found = format ?? BY_EXTENSION[extension];
  return found === undefined ? undefined : { format: found, gzip };
}

/** Whether the first row of a CSV/TSV file is a header: `header:` if given, else when the column is a name. */
export function hasHeader(ref: MemberFileRef): boolean {
  return ref.header ?? typeof ref.column === "string";
}
