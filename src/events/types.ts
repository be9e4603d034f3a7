// The data the metric-event import passes between its steps. Findings are data (a code and parameters); only the
// edges (CLI) word them.

/** One `custom` event as LaunchDarkly's event-data import takes it (schema version 4). */
export interface MetricEvent {
  kind: "custom";
  key: string;
  /** Unix milliseconds. */
  creationDate: number;
  contextKeys: Record<string, string>;
  metricValue?: number;
  data?: Record<string, unknown>;
}

export type InputFormat = "csv" | "tsv" | "ndjson" | "json";

/** Where each event field comes from in a row (CSV header names, or top-level JSON fields). */
export interface ColumnMapping {
  /** Column holding the event key; exactly one of `eventKeyColumn` and `eventKey` is set. */
  eventKeyColumn?: string;
  /** One fixed event key for every row. */
  eventKey?: string;
  /** Context kind → column holding that kind's key; at least one. */
  contexts: Record<string, string>;
  timestampColumn: string;
  /** `auto`: numbers below 10^11 are seconds, others milliseconds. */
  timestampUnit: "auto" | "ms" | "s";
  valueColumn?: string;
  /** Columns copied into `data`. */
  dataColumns: string[];
}

/** A row as read: its fields and where it starts. */
export interface SourceRow {
  line: number;
  fields: Record<string, unknown>;
}

export interface SourceLocation {
  file: string;
  line: number;
}

export type FindingSeverity = "error" | "warning";

/** Every problem the import can find, by code. Parameters name what the wording needs. */
export type EventFinding =
  | { code: "unreadable-row"; params: { reason: string } }
  | { code: "row-not-object"; params: Record<string, never> }
  | {
      code: "missing-field";
      params: { column: string; role: "event key" | "timestamp" | "context" | "value" };
    }
  | { code: "event-key-format"; params: { eventKey: string } }
  | { code: "event-key-unused"; params: { eventKey: string } }
  | { code: "value-required"; params: { eventKey: string; metrics: string[]; column?: string } }
  | { code: "value-not-numeric"; params: { value: string; column: string } }
  | { code: "timestamp-invalid"; params: { value: string; column: string } }
  | { code: "context-key-invalid"; params: { kind: string; column: string } }
  | { code: "context-kind-unknown"; params: { kind: string; known: string[] } }
  | { code: "metric-list-empty"; params: { projectKey: string } }
  | { code: "format-unknown"; params: { file: string } };

export type EventFindingCode = EventFinding["code"];

/** A finding with its severity and, for row findings, where it is. */
export type LocatedFinding = EventFinding & { severity: FindingSeverity; location?: SourceLocation };
