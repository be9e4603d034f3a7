// Resolves member files to their keys (sorted, de-duplicated) and the content fingerprint (sha256, hex, over the
// sorted keys each followed by a line feed). A minimal reader for plain text and CSV/TSV so that apply can check and
// upload imports; the full reader with every format and its checks lives with the member-file work (issue #11).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";
import type { MemberFileRef } from "../model/member-file.js";

function open(configDir: string, file: MemberFileRef): Readable {
  const stream = createReadStream(path.resolve(configDir, file.path));
  return file.gzip ? stream.pipe(createGunzip()) : stream;
}

async function readFileKeys(configDir: string, file: MemberFileRef, into: Set<string>): Promise<void> {
  if (file.format === "text") {
    for await (const line of createInterface({ input: open(configDir, file), crlfDelay: Infinity })) {
      const key = line.replace(/^\uFEFF/, "");
      if (key !== "") into.add(key);
    }
    return;
  }
  if (file.format !== "csv" && file.format !== "tsv")
    throw new Error(`${file.path}: reading ${file.format} member files is not supported by this reader`);
  const header = file.header ?? typeof file.column === "string";
  const parser = open(configDir, file).pipe(
    parse({ delimiter: file.format === "tsv" ? "\t" : ",", bom: true, relax_column_count: true }),
  );
  let index = typeof file.column === "number" ? file.column - 1 : 0;
  let first = header;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (first) {
      first = false;
      if (typeof file.column === "string") {
        index = record.indexOf(file.column);
        if (index < 0) throw new Error(`${file.path}: no column "${file.column}" in the header`);
      }
      continue;
    }
    const key = record[index];
    if (key !== undefined && key !== "") into.add(key);
  }
}

export async function readMemberKeys(
  configDir: string,
  files: MemberFileRef[],
): Promise<{ keys: string[]; fingerprint: string }> {
  const unique = new Set<string>();
  for (const file of files) await readFileKeys(configDir, file, unique);
  const keys = [...unique].sort();
  const hash = createHash("sha256");
  for (const key of keys) hash.update(`${key}\n`);
  return { keys, fingerprint: hash.digest("hex") };
}
