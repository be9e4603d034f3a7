import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { membersFingerprint } from "../../src/membership/fingerprint.js";
import { readMemberKeys } from "../../src/membership/read-member-keys.js";
import { readMemberRows } from "../../src/membership/read-member-rows.js";
import { readMemberSet } from "../../src/membership/read-member-set.js";
import type { MemberFileRef } from "../../src/model/member-file.js";

const dir = mkdtempSync(join(tmpdir(), "ld-gitops-members-"));

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

async function rows(name: string, content: string | Uint8Array, ref: Partial<MemberFileRef>) {
  const path = file(name, content);
  const out: unknown[] = [];
  for await (const row of readMemberRows(path, {
    path: name,
    format: "csv",
    gzip: false,
    contextKind: "user",
    ...ref,
  }))
    out.push("key" in row ? [row.line, row.key] : [row.line, row.finding.code]);
  return out;
}

describe("member file readers", () => {
  // A record spread over several lines is reported at the line it ends on.
  it("CSV with a header, RFC 4180 quoting, a BOM and CRLF", async () => {
    const csv = '\uFEFFemail,amplitude_user_id\r\na@x,"u-1"\r\n"b,""c",u-2\r\n"multi\nline",u-3\r\n';
    expect(await rows("a.csv", csv, { column: "amplitude_user_id" })).toEqual([
      [2, "u-1"],
      [3, "u-2"],
      [5, "u-3"],
    ]);
  });

  it("CSV without a header by column number; TSV", async () => {
    expect(await rows("b.csv", "x,u-1\ny,u-2\n", { column: 2 })).toEqual([
      [1, "u-1"],
      [2, "u-2"],
    ]);
    expect(await rows("c.tsv", "id\tname\nu-1\tA\n", { format: "tsv", column: "id" })).toEqual([[2, "u-1"]]);
    expect(await rows("d.csv", "u-1\nu-2\n", {})).toEqual([
      [1, "u-1"],
      [2, "u-2"],
    ]);
  });

  it("a missing column is reported once, at the header line", async () => {
    expect(await rows("e.csv", "email,id\na,b\n", { column: "user_id" })).toEqual([
      [1, "members.column-missing"],
    ]);
    expect(await rows("f.csv", "a,b\n", { column: 3 })).toEqual([[1, "members.column-missing"]]);
  });

  it("a stray quote is an unreadable row at its line; an unclosed quote stops reading", async () => {
    const found = await rows("g.csv", 'id\nu-1\nu"-2\nu-3\n', { column: "id" });
    expect(found).toContainEqual([3, "members.unreadable-row"]);
    expect(found).toContainEqual([4, "u-3"]);
    expect(await rows("h.csv", 'id\nu-1\n"u-2\n', { column: "id" })).toContainEqual([
      expect.any(Number),
      "members.unreadable-row",
    ]);
  });

  it("plain text, NDJSON (strings or a field), JSON arrays (strings or a field), gzip", async () => {
    expect(await rows("i.txt", "\uFEFFu-1\r\n\r\nu-2", { format: "text" })).toEqual([
      [1, "u-1"],
      [3, "u-2"],
    ]);
    expect(
      await rows("j.ndjson", '{"id":"u-1"}\n\n{"id":7}\n{"x":1}\nnot json\n', {
        format: "ndjson",
        column: "id",
      }),
    ).toEqual([
      [1, "u-1"],
      [3, "members.not-a-key"],
      [4, "members.empty-key"],
      [5, "members.unreadable-row"],
    ]);
    expect(await rows("k.ndjson", '"u-1"\n{"id":"u-2"}\n', { format: "ndjson" })).toEqual([
      [1, "u-1"],
      [2, "members.column-needed"],
    ]);
    expect(await rows("l.json", '[\n "u-1",\n "u-2"\n]', { format: "json" })).toEqual([
      [2, "u-1"],
      [3, "u-2"],
    ]);
    expect(
      await rows("m.json", '[{"id": "u-1"},\n {"id": "u-2"}]', { format: "json", column: "id" }),
    ).toEqual([
      [1, "u-1"],
      [2, "u-2"],
    ]);
    expect(await rows("n.json", '{"id": 1}', { format: "json" })).toEqual([[1, "members.unreadable-row"]]);
    expect(await rows("o.csv.gz", gzipSync("id\nu-1\n"), { column: "id", gzip: true })).toEqual([[2, "u-1"]]);
  });
});

describe("readMemberSet: checks and the key set", () => {
  const ref = (name: string): MemberFileRef => ({
    path: name,
    format: "text",
    gzip: false,
    contextKind: "user",
  });

  it("reports each unusable key at its line, warns on duplicates and keeps each key once, sorted", async () => {
    const long = "k".repeat(257);
    const path = file("p.txt", ["b", " a", "c\u0007d", long, "a", "b", "b", "\t"].join("\n"));
    const result = await readMemberSet(path, ref("p.txt"));
    if (!result.ok) throw new Error(result.detail);
    expect(result.findings.map((f) => [f.line, f.code, f.severity])).toEqual([
      [2, "members.key-whitespace", "error"],
      [3, "members.key-control-character", "error"],
      [4, "members.key-too-long", "error"],
      [8, "members.key-whitespace", "error"],
      [6, "members.duplicates", "warning"],
    ]);
    expect(result.set.keys).toEqual(["a", "b"]);
    expect(result.set.duplicates).toBe(2);
    expect(result.set.fingerprint).toBe(membersFingerprint(["a", "b"]));
  });

  it("shows 20 row problems and counts the rest", async () => {
    const path = file("q.csv", `id\n${Array.from({ length: 30 }, () => '""').join("\n")}\n`);
    const result = await readMemberSet(path, { ...ref("q.csv"), format: "csv", column: "id" });
    if (!result.ok) throw new Error(result.detail);
    expect(result.findings.filter((f) => f.code === "members.empty-key")).toHaveLength(20);
    expect(result.findings.at(-1)).toMatchObject({ code: "members.more-problems", params: { count: 10 } });
  });

  it("a missing file is not ok, with the system's code", async () => {
    const result = await readMemberSet(join(dir, "nope.txt"), ref("nope.txt"));
    expect(result).toMatchObject({ ok: false, code: "ENOENT" });
  });

  it("readMemberKeys unites several files, sorted and de-duplicated, with their fingerprint", async () => {
    file("r.txt", "u-2\nu-1\n");
    file("s.csv", "id\nu-3\nu-1\n");
    const result = await readMemberKeys(dir, [
      ref("r.txt"),
      { ...ref("s.csv"), format: "csv", column: "id" },
    ]);
    expect(result).toEqual({
      keys: ["u-1", "u-2", "u-3"],
      fingerprint: membersFingerprint(["u-1", "u-2", "u-3"]),
    });
    file("t.txt", "ok\n bad\n");
    await expect(readMemberKeys(dir, [ref("t.txt")])).rejects.toThrow(/line 2/);
  });

  it("readMemberKeys refuses a file outside the configuration directory (a hand-edited saved plan)", async () => {
    const inner = join(dir, "config");
    mkdirSync(inner, { recursive: true });
    file("secret.txt", "u-1\n");
    await expect(readMemberKeys(inner, [ref("../secret.txt")])).rejects.toThrow(
      /outside the configuration directory/,
    );
  });

  it("property: any keys written as CSV (quoted as needed) read back as the same sorted set", async () => {
    const key = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((k) => !/^\s|\s$|[\u0000-\u001f\u007f]/.test(k));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(key, { maxLength: 40 }), async (keys) => {
        const name = `prop-${n++}.csv`;
        const quoted = keys.map((k) => `"${k.replaceAll('"', '""')}",x`);
        const path = file(name, `id,other\r\n${quoted.join("\r\n")}\r\n`);
        const result = await readMemberSet(path, {
          path: name,
          format: "csv",
          gzip: false,
          column: "id",
          contextKind: "user",
        });
        if (!result.ok) throw new Error(result.detail);
        expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
        expect(result.set.keys).toEqual([...new Set(keys)].sort());
      }),
      { numRuns: 40 },
    );
  });
});
