// Which reader a file needs, from its name (`events.csv.gz` → csv, gzipped) unless the user names the format.
import type { InputFormat } from "./types.js";

export interface InputKind {
  format: InputFormat;
  gzip: boolean;
}

const BY_EXTENSION: Record<string, InputFormat> = {
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  ndjson: "ndjson",
  jsonl: "ndjson",
  json: "json",
};

/** Undefined when neither the option nor the extension says; the caller reports that. */
export function inputKindOf(path: string, format?: InputFormat): InputKind | undefined {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith(".gz");
  const base = gzip ? lower.slice(0, -3) : lower;
  const extension = base.slice(base.lastIndexOf(".") + 1);
  const found = format ?? BY_EXTENSION[extension];
  return found === undefined ? undefined : { format: found, gzip };
}
