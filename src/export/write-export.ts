// Writes an export into a directory the export owns. A file the export wrote starts with the schema comment and a
// header naming where and when it was exported and the sha256 of its body: a file without that header, or whose
// body no longer matches it (someone edited it), was not written by the export and is never overwritten or removed
// unless forced. A file whose body is unchanged is left as it is, header and date included, so exporting twice
// gives byte-identical files.

import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { writeRedactedFile } from "../output/file-writer.js";
import { yamlText } from "./emit-yaml.js";
import type { ExportedFile } from "./types.js";

const HEADER_RE = /^# Exported by ld-gitops export .*\(body sha256 ([0-9a-f]{16})\)$/m;

export interface WriteExportOptions {
  dir: string;
  /** Where the export read from: a base URI without credentials. */
  origin: string;
  /** The `$schema` of the yaml-language-server comment, relative to the output directory (or a URL). */
  schema: string;
  /** Write even though the directory holds files the export did not write (those at the same paths are replaced). */
  force?: boolean;
  now?: Date;
}

/** Paths (relative to the directory) of files that stop the export: the export did not write them. */
export class ForeignFilesError extends Error {
  constructor(
    readonly dir: string,
    readonly files: readonly string[],
  ) {
    super(`${dir} holds ${files.length} file(s) ld-gitops export did not write`);
    this.name = "ForeignFilesError";
  }
}

export interface WriteExportResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

function bodyHash(body: string): string {
  return createHash("sha256").update(body).digest("hex").slice(0, 16);
}

/** The schema reference as seen from a file `depth` folders below the output directory. */
function schemaFrom(path: string, schema: string): string {
  if (/^[a-z]+:\/\//i.test(schema)) return schema;
  const depth = path.split("/").length - 1;
  return `${"../".repeat(depth)}${schema}`;
}

/** The body of an exported file: what the header's hash covers. */
export function exportedBody(file: ExportedFile): string {
  return yamlText(file.content);
}

function header(file: ExportedFile, body: string, options: WriteExportOptions): string {
  const date = (options.now ?? new Date()).toISOString().slice(0, 10);
  const scope = file.project === undefined ? "the account's custom roles" : `project ${file.project}`;
  return [
    `# yaml-language-server: $schema=${schemaFrom(file.path, options.schema)}`,
    `# Exported by ld-gitops export from ${options.origin}, ${scope}, on ${date} (body sha256 ${bodyHash(body)})`,
    "",
  ].join("\n");
}

/** Whether `text` is a file the export wrote and nobody edited since. */
export function isExportWritten(text: string): boolean {
  const match = HEADER_RE.exec(text.split("\n").slice(0, 3).join("\n"));
  if (!match) return false;
  const body = text.split("\n").slice(2).join("\n");
  return bodyHash(body) === match[1];
}

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const parent = (entry as { parentPath?: string }).parentPath ?? entry.path;
        return relative(dir, join(parent, entry.name)).split(sep).join("/");
      })
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

export async function writeExport(
  files: readonly ExportedFile[],
  options: WriteExportOptions,
): Promise<WriteExportResult> {
  const existing = new Map<string, string>();
  const foreign: string[] = [];
  for (const path of await filesUnder(options.dir)) {
    const text = await readFile(join(options.dir, path), "utf8");
    if (isExportWritten(text)) existing.set(path, text);
    else foreign.push(path);
  }
  if (foreign.length > 0 && !options.force) throw new ForeignFilesError(options.dir, foreign);

  const result: WriteExportResult = { written: [], unchanged: [], removed: [] };
  const wanted = new Set(files.map((file) => file.path));
  for (const file of files) {
    const body = exportedBody(file);
    const before = existing.get(file.path);
    const target = join(options.dir, file.path);
    // Same body, same schema comment: keep the file as it is (its date says when this content was exported).
    if (
      before !== undefined &&
      before.split("\n").slice(2).join("\n") === body &&
      before.startsWith(header(file, body, options).split("\n")[0] ?? "")
    ) {
      result.unchanged.push(file.path);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await writeRedactedFile(target, header(file, body, options) + body);
    result.written.push(file.path);
  }
  // Files an earlier export wrote for resources that no longer exist. Files it did not write are never removed.
  const stale = [...existing.keys()].filter((path) => !wanted.has(path));
  for (const path of stale.sort()) {
    await rm(join(options.dir, path));
    result.removed.push(path);
  }
  return result;
}
