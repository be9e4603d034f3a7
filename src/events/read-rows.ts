// Rows from CSV/TSV (header row names the columns), NDJSON (one object per line) or a JSON array of objects, each
// with the line it starts on. Everything streams: one row at a time, never the whole file.
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { splitJsonArray } from "./json-array-elements.js";
import type { InputFormat } from "./types.js";

/** A row, or a row that could not be read (the reason is the parser's own text, a parameter for the wording). */
export type ReadRow =
  | { line: number; fields: Record<string, unknown> }
  | { line: number; unreadable: string }
  | { line: number; notObject: true };

async function* csvRows(stream: Readable, delimiter: string): AsyncGenerator<ReadRow> {
  // A record csv-parse cannot read (wrong number of fields, a stray quote) is reported with its line and reading
  // goes on; the import then decides whether that stops it or is skipped.
  const skipped: ReadRow[] = [];
  const parser = stream.pipe(
    parse({
      delimiter,
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) skipped.push({ line: Number(error.lines), unreadable: error.message });
      },
    }),
  );
  stream.on("error", (error) => parser.destroy(error));
  try {
    for await (const record of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      // csv-parse reports a skipped record as soon as it meets it, possibly ahead of records still buffered.
      while (skipped.length > 0 && (skipped[0] as ReadRow).line < record.info.lines)
        yield skipped.shift() as ReadRow;
      yield { line: record.info.lines, fields: record.record };
    }
    yield* skipped.splice(0);
  } catch (error) {
    yield* skipped.splice(0);
    const csvError = error as { code?: string; lines?: number; message: string };
    if (csvError.code?.startsWith("CSV_") && csvError.lines !== undefined) {
      // Not recoverable (an unclosed quote runs to the end of the file): reported, and reading stops.
      yield { line: csvError.lines, unreadable: csvError.message };
      return;
    }
    throw error;
  }
}

function asRow(line: number, text: string): ReadRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, unreadable: (error as Error).message };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { line, notObject: true };
  return { line, fields: value as Record<string, unknown> };
}

async function* ndjsonRows(stream: Readable): AsyncGenerator<ReadRow> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    const trimmed = line === 1 ? text.replace(/^\uFEFF/, "").trim() : text.trim();
    if (trimmed === "") continue;
    yield asRow(line, trimmed);
  }
}

async function* jsonArrayRows(stream: Readable): AsyncGenerator<ReadRow> {
  for await (const element of splitJsonArray(stream)) {
    if ("unreadable" in element) {
      yield element;
      return;
    }
    yield asRow(element.line, element.text);
  }
}

export function readRows(stream: Readable, format: InputFormat): AsyncGenerator<ReadRow> {
  switch (format) {
    case "csv":
      return csvRows(stream, ",");
    case "tsv":
      return csvRows(stream, "\t");
    case "ndjson":
      return ndjsonRows(stream);
    case "json":
      return jsonArrayRows(stream);
  }
}
