// One row → one `custom` event, or the reasons it cannot be one. Pure: the catalog says what the project knows.
import type { EventCatalog } from "./event-catalog.js";
import { parseTimestamp } from "./timestamp.js";
import type { ColumnMapping, EventFinding, MetricEvent } from "./types.js";

/**
 * LaunchDarkly publishes no format for event keys; these are the keys that cannot match what an SDK or metric
 * would use: empty, surrounded by spaces, with control characters, or unreasonably long.
 */
const EVENT_KEY = /^[^\s\p{Cc}](?:[^\p{Cc}]{0,1022}[^\s\p{Cc}])?$/u;

export function isEventKeyWellFormed(key: string): boolean {
  return EVENT_KEY.test(key);
}

export type MappedRow = { event: MetricEvent } | { findings: EventFinding[] };

function present(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");
}

function asText(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

function parseNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || !/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value))
    return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export function mapRow(
  fields: Record<string, unknown>,
  mapping: ColumnMapping,
  catalog: EventCatalog,
): MappedRow {
  const findings: EventFinding[] = [];

  let eventKey: string | undefined;
  if (mapping.eventKey !== undefined) eventKey = mapping.eventKey;
  else {
    const column = mapping.eventKeyColumn as string;
    const raw = fields[column];
    if (!present(raw)) findings.push({ code: "missing-field", params: { column, role: "event key" } });
    else eventKey = asText(raw);
  }
  if (eventKey !== undefined && !isEventKeyWellFormed(eventKey)) {
    findings.push({ code: "event-key-format", params: { eventKey } });
  }

  const rawTime = fields[mapping.timestampColumn];
  let creationDate: number | undefined;
  if (!present(rawTime)) {
    findings.push({ code: "missing-field", params: { column: mapping.timestampColumn, role: "timestamp" } });
  } else {
    creationDate = parseTimestamp(rawTime, mapping.timestampUnit);
    if (creationDate === undefined) {
      findings.push({
        code: "timestamp-invalid",
        params: { value: asText(rawTime), column: mapping.timestampColumn },
      });
    }
  }

  const contextKeys: Record<string, string> = {};
  for (const [kind, column] of Object.entries(mapping.contexts)) {
    const raw = fields[column];
    if (!present(raw)) findings.push({ code: "missing-field", params: { column, role: "context" } });
    else if (typeof raw !== "string" && typeof raw !== "number") {
      findings.push({ code: "context-key-invalid", params: { kind, column } });
    } else contextKeys[kind] = String(raw);
  }

  let metricValue: number | undefined;
  const valueColumn = mapping.valueColumn;
  if (valueColumn !== undefined && present(fields[valueColumn])) {
    metricValue = parseNumber(fields[valueColumn]);
    if (metricValue === undefined) {
      findings.push({
        code: "value-not-numeric",
        params: { value: asText(fields[valueColumn]), column: valueColumn },
      });
    }
  } else if (eventKey !== undefined) {
    const numeric = (catalog.metricsByEventKey.get(eventKey) ?? []).filter((metric) => metric.numeric);
    if (numeric.length > 0) {
      findings.push({
        code: "value-required",
        params: {
          eventKey,
          metrics: numeric.map((metric) => metric.key),
          ...(valueColumn !== undefined ? { column: valueColumn } : {}),
        },
      });
    }
  }

  if (findings.length > 0 || eventKey === undefined || creationDate === undefined) return { findings };
  const event: MetricEvent = { kind: "custom", key: eventKey, creationDate, contextKeys };
  if (metricValue !== undefined) event.metricValue = metricValue;
  if (mapping.dataColumns.length > 0) {
    const data: Record<string, unknown> = {};
    for (const column of mapping.dataColumns) if (present(fields[column])) data[column] = fields[column];
    if (Object.keys(data).length > 0) event.data = data;
  }
  return { event };
}
