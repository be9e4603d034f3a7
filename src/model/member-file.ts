/** A member file as the configuration names it (`members:` of a segment). */
export interface MemberFileRef {
  /** Relative to the configuration directory, forward slashes. */
  path: string;
  format: "csv" | "tsv" | "text" | "ndjson" | "json";
  gzip: boolean;
  /** Header name, or 1-based column number (CSV/TSV without header); field name for NDJSON/JSON. */
  column?: string | number;
  header?: boolean;
  contextKind: string;
}
