// Each input format, read as a stream, with the line every row (and every unreadable row) starts on.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputKindOf } from "../../src/events/input-format.js";
import { openInput } from "../../src/events/open-input.js";
import { type ReadRow, readRows } from "../../src/events/read-rows.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ld-events-read-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function rowsOf(name: string, content: string | Buffer): Promise<ReadRow[]> {
  const path = join(dir, name);
  await writeFile(path, content);
  const kind = inputKindOf(path);
  if (!kind) throw new Error(`no format for ${name}`);
  const input = await openInput(path);
  const rows: ReadRow[] = [];
  for await (const row of readRows(input.stream, kind.format)) rows.push(row);
  return rows;
}

describe("reading rows", () => {
  it("CSV: header names the columns, quoted fields may hold commas and newlines, BOM ignored", async () => {
    const rows = await rowsOf(
      "a.csv",
      '\uFEFFevent_key,user_key,note\npurchase,u1,"a, b"\n\nsignup,u2,"two\nlines"\nx,u3,z\n',
    );
    expect(rows).toEqual([
      { line: 2, fields: { event_key: "purchase", user_key: "u1", note: "a, b" } },
      { line: 5, fields: { event_key: "signup", user_key: "u2", note: "two\nlines" } },
      { line: 6, fields: { event_key: "x", user_key: "u3", note: "z" } },
    ]);
  });

  it("CSV: a row with the wrong number of fields is reported at its line and reading goes on", async () => {
    const rows = await rowsOf("b.csv", "a,b\n1,2\n1,2,3\n4,5\n");
    expect(rows[0]).toEqual({ line: 2, fields: { a: "1", b: "2" } });
    expect(rows[1]).toMatchObject({ line: 3, unreadable: expect.stringContaining("") });
    expect(rows[2]).toEqual({ line: 4, fields: { a: "4", b: "5" } });
  });

  it("TSV", async () => {
    const rows = await rowsOf("c.tsv", "a\tb\n1\t2\n");
    expect(rows).toEqual([{ line: 2, fields: { a: "1", b: "2" } }]);
  });

  it("NDJSON: blank lines skipped; bad JSON and non-objects reported at their line", async () => {
    const rows = await rowsOf("d.ndjson", '{"a":1}\n\n{"a":\n[1]\n{"a":2}\r\n');
    expect(rows).toEqual([
      { line: 1, fields: { a: 1 } },
      { line: 3, unreadable: expect.any(String) },
      { line: 4, notObject: true },
      { line: 5, fields: { a: 2 } },
    ]);
  });

  it("JSON array: each element with the line it starts on, strings with brackets and escapes intact", async () => {
    const rows = await rowsOf("e.json", '[\n  {"a": "x]}\\"",\n   "b": [1, {"c": 2}]},\n  {"a": 2}, 7\n]\n');
    expect(rows).toEqual([
      { line: 2, fields: { a: 'x]}"', b: [1, { c: 2 }] } },
      { line: 4, fields: { a: 2 } },
      { line: 4, notObject: true },
    ]);
  });

  it("JSON array: an empty array has no rows; an unclosed one or text after it is reported", async () => {
    expect(await rowsOf("f.json", " [ ] ")).toEqual([]);
    expect(await rowsOf("g.json", '[{"a":1},\n{"a":2}')).toEqual([
      { line: 1, fields: { a: 1 } },
      { line: 2, unreadable: expect.stringContaining("not closed") },
    ]);
    expect(await rowsOf("h.json", '{"a":1}')).toEqual([
      { line: 1, unreadable: expect.stringContaining("does not start") },
    ]);
  });

  it("gzip: decompressed by its magic bytes; the extension before .gz names the format", async () => {
    expect(inputKindOf("x.ndjson.gz")).toEqual({ format: "ndjson", gzip: true });
    const rows = await rowsOf("i.csv.gz", gzipSync("a,b\n1,2\n"));
    expect(rows).toEqual([{ line: 2, fields: { a: "1", b: "2" } }]);
  });

  it("JSON array elements split across stream chunks", async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({ i, s: `v${"x".repeat(i % 50)}` }));
    const rows = await rowsOf("j.json", JSON.stringify(many, null, 1));
    expect(rows).toHaveLength(5_000);
    expect(rows.every((row, i) => "fields" in row && row.fields.i === i)).toBe(true);
  });
});
