// The metric-event import, start to end: check every row of every file first (nothing is sent while any row is
// wrong, unless skipping is allowed), then read the files again and send them in batches. Rows are streamed in
// both passes; at most a few batches are held in memory at once.
import { stat } from "node:fs/promises";
import { type BatchLimits, DEFAULT_BATCH_LIMITS, type EventBatch, EventBatcher } from "./batches.js";
import type { EventCatalog } from "./event-catalog.js";
import { inputKindOf } from "./input-format.js";
import { mapRow } from "./map-row.js";
import { openInput } from "./open-input.js";
import { readRows } from "./read-rows.js";
import type { SendFailure } from "./sender.js";
import type {
  ColumnMapping,
  EventFinding,
  InputFormat,
  LocatedFinding,
  MetricEvent,
  SourceLocation,
} from "./types.js";

export interface ImportRequest {
  files: string[];
  /** Overrides the format the file names suggest. */
  format?: InputFormat;
  mapping: ColumnMapping;
  projectKey: string;
  environmentKey: string;
  /** Invalid rows are counted and handed to `onRejected` instead of stopping the import. */
  allowSkip: boolean;
  dryRun: boolean;
  batchLimits?: BatchLimits;
  /** Row errors kept for the report (all are counted). Default 20. */
  maxReportedErrors?: number;
}

/** What the import needs to send: the sender's surface (see sender.ts). */
export interface BatchSink {
  send(batch: EventBatch): Promise<void>;
  abort(): void;
  readonly stoppedBy: SendFailure | undefined;
  readonly stats: { requests: number; retries: number; rateLimited: number; bytesSent: number };
}

export interface RejectedRow {
  location: SourceLocation;
  findings: EventFinding[];
  fields?: Record<string, unknown>;
}

export interface ImportProgress {
  phase: "check" | "send";
  rowsRead: number;
  eventsSent: number;
  batchesSent: number;
  bytesSent: number;
  /** Input bytes read in this phase, of `inputBytesTotal`. */
  inputBytesRead: number;
  inputBytesTotal: number;
}

export interface ImportHooks {
  sink?: BatchSink;
  /** Requests sent at once; batches prepared ahead of the sender are bounded by it. Default 4. */
  concurrency?: number;
  onRejected?: (row: RejectedRow) => void | Promise<void>;
  onProgress?: (progress: ImportProgress) => void;
}

export interface EventKeyCount {
  eventKey: string;
  rows: number;
  /** Metrics of the project listening to this event key (none: LaunchDarkly keeps the events, they count for nothing). */
  metrics: string[];
}

export type ImportStatus = "sent" | "dry-run" | "invalid" | "failed";

export interface ImportSummary {
  status: ImportStatus;
  projectKey: string;
  environmentKey: string;
  files: string[];
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  eventsSent: number;
  requests: number;
  batches: number;
  retries: number;
  rateLimited: number;
  bytesSent: number;
  eventKeys: EventKeyCount[];
  /** Errors found (the first `maxReportedErrors` row errors, plus mapping errors) and warnings. */
  findings: LocatedFinding[];
  errorCount: number;
  failure?: SendFailure;
  timings: { checkMs: number; sendMs: number; sendStartedAt?: number };
}

function fileKinds(request: ImportRequest): { file: string; format: InputFormat }[] | LocatedFinding[] {
  const unknown: LocatedFinding[] = [];
  const kinds = request.files.map((file) => {
    const kind = inputKindOf(file, request.format);
    if (kind === undefined) {
      unknown.push({ code: "format-unknown", severity: "error", params: { file } });
    }
    return { file, format: kind?.format ?? "ndjson" };
  });
  return unknown.length > 0 ? unknown : kinds;
}

/** Mapping-level problems, found before any row is read. */
export function checkMapping(mapping: ColumnMapping, catalog: EventCatalog): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  for (const kind of Object.keys(mapping.contexts)) {
    if (!catalog.contextKinds.has(kind)) {
      findings.push({
        code: "context-kind-unknown",
        severity: "error",
        params: { kind, known: [...catalog.contextKinds].sort() },
      });
    }
  }
  if (catalog.metricsByEventKey.size === 0) {
    findings.push({
      code: "metric-list-empty",
      severity: "warning",
      params: { projectKey: catalog.projectKey },
    });
  }
  return findings;
}

type RowOutcome =
  | { kind: "event"; event: MetricEvent }
  | { kind: "invalid"; findings: EventFinding[]; fields?: Record<string, unknown> };

async function* mappedRows(
  file: string,
  format: InputFormat,
  mapping: ColumnMapping,
  catalog: EventCatalog,
  counter: { bytes: () => number },
): AsyncGenerator<{ line: number; outcome: RowOutcome }> {
  const input = await openInput(file);
  counter.bytes = input.bytesRead;
  for await (const row of readRows(input.stream, format)) {
    if ("unreadable" in row) {
      yield {
        line: row.line,
        outcome: {
          kind: "invalid",
          findings: [{ code: "unreadable-row", params: { reason: row.unreadable } }],
        },
      };
    } else if ("notObject" in row) {
      yield {
        line: row.line,
        outcome: { kind: "invalid", findings: [{ code: "row-not-object", params: {} }] },
      };
    } else {
      const mapped = mapRow(row.fields, mapping, catalog);
      yield {
        line: row.line,
        outcome:
          "event" in mapped
            ? { kind: "event", event: mapped.event }
            : { kind: "invalid", findings: mapped.findings, fields: row.fields },
      };
    }
  }
}

export async function importEvents(
  request: ImportRequest,
  catalog: EventCatalog,
  hooks: ImportHooks = {},
): Promise<ImportSummary> {
  const maxReported = request.maxReportedErrors ?? 20;
  const summary: ImportSummary = {
    status: "sent",
    projectKey: request.projectKey,
    environmentKey: request.environmentKey,
    files: request.files,
    rowsRead: 0,
    rowsValid: 0,
    rowsRejected: 0,
    eventsSent: 0,
    requests: 0,
    batches: 0,
    retries: 0,
    rateLimited: 0,
    bytesSent: 0,
    eventKeys: [],
    findings: [],
    errorCount: 0,
    timings: { checkMs: 0, sendMs: 0 },
  };
  const kinds = fileKinds(request);
  const mappingFindings = checkMapping(request.mapping, catalog);
  const blocking = [...mappingFindings.filter((f) => f.severity === "error")];
  if (kinds.some((kind) => "code" in kind)) blocking.push(...(kinds as LocatedFinding[]));
  summary.findings.push(...mappingFindings.filter((f) => f.severity === "warning"));
  if (blocking.length > 0) {
    summary.findings.unshift(...blocking);
    summary.errorCount = blocking.length;
    summary.status = "invalid";
    return summary;
  }
  const files = kinds as { file: string; format: InputFormat }[];
  const totalBytes = (await Promise.all(files.map(({ file }) => stat(file)))).reduce((n, s) => n + s.size, 0);

  // ---- pass 1: check every row ----
  const checkStarted = performance.now();
  const perEventKey = new Map<string, number>();
  let bytesBefore = 0;
  for (const { file, format } of files) {
    const counter = { bytes: () => 0 };
    for await (const { line, outcome } of mappedRows(file, format, request.mapping, catalog, counter)) {
      summary.rowsRead += 1;
      if (outcome.kind === "event") {
        summary.rowsValid += 1;
        perEventKey.set(outcome.event.key, (perEventKey.get(outcome.event.key) ?? 0) + 1);
      } else {
        summary.rowsRejected += 1;
        summary.errorCount += 1;
        if (summary.errorCount <= maxReported) {
          for (const finding of outcome.findings) {
            summary.findings.push({ ...finding, severity: "error", location: { file, line } });
          }
        }
        await hooks.onRejected?.({
          location: { file, line },
          findings: outcome.findings,
          ...(outcome.fields ? { fields: outcome.fields } : {}),
        });
      }
      if (summary.rowsRead % 10_000 === 0) {
        hooks.onProgress?.(progress("check", summary, bytesBefore + counter.bytes(), totalBytes));
      }
    }
    bytesBefore += counter.bytes();
  }
  hooks.onProgress?.(progress("check", summary, bytesBefore, totalBytes));
  summary.timings.checkMs = Math.round(performance.now() - checkStarted);
  summary.eventKeys = [...perEventKey.entries()]
    .map(([eventKey, rows]) => ({
      eventKey,
      rows,
      metrics: (catalog.metricsByEventKey.get(eventKey) ?? []).map((metric) => metric.key),
    }))
    .sort((a, b) => b.rows - a.rows || a.eventKey.localeCompare(b.eventKey));
  for (const { eventKey, metrics } of summary.eventKeys) {
    if (metrics.length === 0) {
      summary.findings.push({ code: "event-key-unused", severity: "warning", params: { eventKey } });
    }
  }

  if (summary.rowsRejected > 0 && !request.allowSkip) {
    summary.status = "invalid";
    return summary;
  }
  if (request.dryRun || hooks.sink === undefined) {
    summary.status = "dry-run";
    return summary;
  }

  // ---- pass 2: send ----
  const sink = hooks.sink;
  const sendStarted = performance.now();
  summary.timings.sendStartedAt = Date.now();
  const inFlight = new Set<Promise<void>>();
  const maxPending = (hooks.concurrency ?? 4) * 2;
  const limits = request.batchLimits ?? DEFAULT_BATCH_LIMITS;
  let rowsSeen = 0;
  bytesBefore = 0;
  const report = (bytes: number): void => {
    hooks.onProgress?.({
      phase: "send",
      rowsRead: rowsSeen,
      eventsSent: summary.eventsSent,
      batchesSent: summary.batches,
      bytesSent: sink.stats.bytesSent,
      inputBytesRead: bytes,
      inputBytesTotal: totalBytes,
    });
  };
  const dispatch = async (batch: EventBatch, bytes: number): Promise<void> => {
    const sending = sink.send(batch).then(() => {
      summary.eventsSent += batch.events;
      summary.batches += 1;
      report(bytes);
    });
    // A failure is read from the sink once everything in flight has settled.
    sending.catch(() => undefined);
    inFlight.add(sending);
    sending.finally(() => inFlight.delete(sending)).catch(() => undefined);
    while (inFlight.size >= maxPending && sink.stoppedBy === undefined) {
      await Promise.race(inFlight).catch(() => undefined);
    }
  };
  try {
    for (const { file, format } of files) {
      // Batches never span files: a file's batches (and payload ids) do not depend on the files around it.
      const batcher = new EventBatcher(request.projectKey, request.environmentKey, limits);
      const counter = { bytes: () => 0 };
      for await (const { outcome } of mappedRows(file, format, request.mapping, catalog, counter)) {
        if (sink.stoppedBy !== undefined) break;
        rowsSeen += 1;
        if (outcome.kind !== "event") continue;
        const closed = batcher.add(outcome.event);
        if (closed) await dispatch(closed, bytesBefore + counter.bytes());
      }
      if (sink.stoppedBy !== undefined) break;
      const last = batcher.flush();
      if (last) await dispatch(last, bytesBefore + counter.bytes());
      bytesBefore += counter.bytes();
    }
  } finally {
    if (sink.stoppedBy !== undefined) sink.abort();
    await Promise.allSettled([...inFlight]);
  }
  summary.timings.sendMs = Math.round(performance.now() - sendStarted);
  Object.assign(summary, {
    requests: sink.stats.requests,
    retries: sink.stats.retries,
    rateLimited: sink.stats.rateLimited,
    bytesSent: sink.stats.bytesSent,
  });
  if (sink.stoppedBy !== undefined) {
    summary.status = "failed";
    summary.failure = sink.stoppedBy;
  }
  return summary;
}

function progress(phase: "check", summary: ImportSummary, bytes: number, total: number): ImportProgress {
  return {
    phase,
    rowsRead: summary.rowsRead,
    eventsSent: 0,
    batchesSent: 0,
    bytesSent: 0,
    inputBytesRead: bytes,
    inputBytesTotal: total,
  };
}
