// The keys of a member file, streamed: CSV/TSV (csv-parse: RFC 4180 quoting, header or not, BOM, CRLF), plain text
// (one key per line), NDJSON and JSON arrays (a string per element, or an object's field), gzipped or not. Each key
// comes with the line it is on; a row that cannot give a key comes as a finding at its line. Rows travel in
// batches (one await per batch, not per row: a million-row file is read in well under a second).
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { Parser } from "csv-parse";
import { splitJsonArray } from "../events/json-array-elements.js";
import { openInput } from "../events/open-input.js";
import { type Finding, finding } from "../model/finding.js";
import type { MemberFileRef } from "../model/member-file.js";
import { hasHeader } from "./member-format.js";

export type MemberRow = { key: string; line: number } | { finding: Finding; line: number };

const BATCH = 4096;

/** The file's rows one by one. */
export async function* readMemberRows(absolutePath: string, ref: MemberFileRef): AsyncGenerator<MemberRow> {
  for await (const batch of readMemberRowBatches(absolutePath, ref)) yield* batch;
}

/** The file's rows in batches, in file order. Throws the system's error when the file cannot be opened or read. */
export async function* readMemberRowBatches(
  absolutePath: string,
  ref: MemberFileRef,
): AsyncGenerator<MemberRow[]> {
  // Opened first so a missing file fails here, not later as an unhandled stream error.
  await (await open(absolutePath, "r")).close();
  const { stream } = await openInput(absolutePath);
  switch (ref.format) {
    case "csv":
      yield* csvRows(stream, ",", ref);
      return;
    case "tsv":
      yield* csvRows(stream, "\t", ref);
      return;
    case "text":
      yield* textRows(stream);
      return;
    case "ndjson":
      yield* ndjsonRows(stream, ref);
      return;
    case "json":
      yield* jsonArrayRows(stream, ref);
      return;
  }
}

type CsvRecord = { record: string[]; info: { lines: number } };

/**
 * csv-parse with the line each record ends on. Its `info: true` option copies the whole info object for every
 * record (eight times slower on a million rows); `parser.info.lines` read as each record is pushed is the same
 * number.
 */
class LineParser extends Parser {
  override push(record: unknown, encoding?: BufferEncoding): boolean {
    return super.push(record === null ? null : { record, info: { lines: this.info.lines } }, encoding);
  }
}

async function* csvRows(
  stream: Readable,
  delimiter: string,
  ref: MemberFileRef,
): AsyncGenerator<MemberRow[]> {
  const parser = new LineParser({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  const skipped: MemberRow[] = [];
  parser.on("skip", (error: { lines?: number; message: string }) => {
    skipped.push({
      line: Number(error.lines ?? 0),
      finding: finding("members.unreadable-row", { detail: error.message }),
    });
  });
  stream.on("error", (error) => parser.destroy(error));
  stream.pipe(parser);
  const header = hasHeader(ref);
  let index = typeof ref.column === "number" ? ref.column - 1 : header ? -1 : 0;
  let first = true;
  let batch: MemberRow[] = [];
  let failed: MemberRow | undefined;
  try {
    for await (const chunk of batches<CsvRecord>(parser)) {
      for (const { record, info } of chunk) {
        while (skipped.length > 0 && (skipped[0] as MemberRow).line < info.lines)
          batch.push(skipped.shift() as MemberRow);
        if (first) {
          first = false;
          if (header) {
            if (typeof ref.column === "string") index = record.indexOf(ref.column);
            if (index < 0 || index >= record.length) {
              yield [...batch, columnMissing(ref.column ?? 1, record, info.lines)];
              parser.destroy();
              return;
            }
            continue;
          }
          if (index >= record.length) {
            yield [
              ...batch,
              columnMissing(
                ref.column ?? 1,
                record.map((_, i) => String(i + 1)),
                info.lines,
              ),
            ];
            parser.destroy();
            return;
          }
        }
        batch.push({ key: record[index] ?? "", line: info.lines });
      }
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    const csvError = error as { code?: string; lines?: number; message: string };
    if (!csvError.code?.startsWith("CSV_") || csvError.lines === undefined) throw error;
    // Not recoverable (an unclosed quote runs to the end of the file): reported, and reading stops.
    failed = {
      line: csvError.lines,
      finding: finding("members.unreadable-row", { detail: csvError.message }),
    };
  }
  batch.push(...skipped.splice(0));
  if (failed) batch.push(failed);
  if (batch.length > 0) yield batch;
}

function columnMissing(column: string | number, columns: string[], line: number): MemberRow {
  return { line, finding: finding("members.column-missing", { column, columns }) };
}

/**
 * The records a stream emits, gathered up to `BATCH` per yield: read through `data` events with pause and resume,
 * which costs a fifth of the time of an async iterator's one promise per record on a million rows.
 */
async function* batches<T>(stream: Readable): AsyncGenerator<T[]> {
  let pending: T[] = [];
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  stream.on("data", (item: T) => {
    pending.push(item);
    if (pending.length >= BATCH) {
      stream.pause();
      notify();
    }
  });
  stream.on("end", () => {
    done = true;
    notify();
  });
  stream.on("error", (error: Error) => {
    failure = error;
    done = true;
    notify();
  });
  try {
    while (true) {
      if (pending.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
      if (pending.length > 0) {
        const out = pending;
        pending = [];
        yield out;
        if (!done) stream.resume();
        continue;
      }
      if (failure) throw failure;
      if (done) return;
    }
  } finally {
    if (!done) stream.destroy();
  }
}

async function* textRows(stream: Readable): AsyncGenerator<MemberRow[]> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  let batch: MemberRow[] = [];
  for await (const text of lines) {
    line += 1;
    const key = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // A blank line separates nothing and names no one: skipped, as CSV's empty lines are.
    if (key.length === 0) continue;
    batch.push({ key, line });
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A JSON value as a row: a string is the key; an object gives its `column` field. */
function jsonRow(value: unknown, line: number, ref: MemberFileRef, format: "ndjson" | "json"): MemberRow {
  if (typeof value === "string") return { key: value, line };
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    if (ref.column === undefined) return { line, finding: finding("members.column-needed", { format }) };
    const field = (value as Record<string, unknown>)[String(ref.column)];
    if (typeof field === "string") return { key: field, line };
    if (field === undefined)
      return {
        line,
        finding: finding("members.column-missing", { column: ref.column, columns: Object.keys(value) }),
      };
    return { line, finding: finding("members.not-a-key", { got: describeJson(field) }) };
  }
  return { line, finding: finding("members.not-a-key", { got: describeJson(value) }) };
}

function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

function parseJson(text: string, line: number, ref: MemberFileRef, format: "ndjson" | "json"): MemberRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, finding: finding("members.unreadable-row", { detail: (error as Error).message }) };
  }
  const row = jsonRow(value, line, ref, format);
  // A missing field on one object is that row's problem, not the file's: an empty key there.
  if ("finding" in row && row.finding.code === "members.column-missing")
    return { line, finding: finding("members.empty-key", {}) };
  return row;
}

async function* ndjsonRows(stream: Readable, ref: MemberFileRef): AsyncGenerator<MemberRow[]> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  let batch: MemberRow[] = [];
  for await (const raw of lines) {
    line += 1;
    const text = (line === 1 ? raw.replace(/^\uFEFF/, "") : raw).trim();
    if (text === "") continue;
    const row = parseJson(text, line, ref, "ndjson");
    batch.push(row);
    if ("finding" in row && row.finding.code === "members.column-needed") {
      yield batch;
      lines.close();
      return;
    }
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function* jsonArrayRows(stream: Readable, ref: MemberFileRef): AsyncGenerator<MemberRow[]> {
  let batch: MemberRow[] = [];
  for await (const element of splitJsonArray(stream)) {
    if ("unreadable" in element) {
      // The array itself is broken: nothing after this point can be trusted.
      batch.push({
        line: element.line,
        finding: finding("members.unreadable-row", { detail: element.unreadable }),
      });
      break;
    }
    const row = parseJson(element.text, element.line, ref, "json");
    batch.push(row);
    if ("finding" in row && row.finding.code === "members.column-needed") break;
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
