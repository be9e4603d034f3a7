// The body of `createBigSegmentImport`: `multipart/form-data` with `mode` and `file`, the file a CSV of keys in
// the first column without header row (LaunchDarkly's import format). Built from a key array slice and streamed in
// chunks: the file is never one string.
import { randomBytes } from "node:crypto";
import { MAX_IMPORT_CONTEXTS, MAX_IMPORT_FILE_BYTES } from "./limits.js";

const CHUNK_BYTES = 64 * 1024;

/** One CSV line for a key: quoted (RFC 4180) when it holds a comma, a quote or a line break. */
export function csvLine(key: string): string {
  return /[",\r\n]/.test(key) ? `"${key.replaceAll('"', '""')}"\n` : `${key}\n`;
}

/** Bytes of the CSV file the keys `[start, end)` make. */
export function importFileBytes(keys: readonly string[], start: number, end: number): number {
  let bytes = 0;
  for (let index = start; index < end; index++) bytes += Buffer.byteLength(csvLine(keys[index] as string));
  return bytes;
}

/** Why LaunchDarkly would refuse this slice as one import file; undefined when it fits. */
export function importSliceProblem(keys: readonly string[], start: number, end: number): string | undefined {
  if (start < 0 || end > keys.length || start > end)
    return `the range [${start}, ${end}) is outside the ${keys.length} keys`;
  if (end - start > MAX_IMPORT_CONTEXTS)
    return `${end - start} contexts in one import file; LaunchDarkly takes at most ${MAX_IMPORT_CONTEXTS}`;
  const bytes = importFileBytes(keys, start, end);
  if (bytes > MAX_IMPORT_FILE_BYTES)
    return `an import file of ${bytes} bytes; LaunchDarkly takes at most 40 MB (${MAX_IMPORT_FILE_BYTES} bytes)`;
  return undefined;
}

export interface ImportUpload {
  mode: "replace" | "merge";
  keys: readonly string[];
  start: number;
  end: number;
  /** The file name LaunchDarkly shows for the import. */
  filename?: string;
  /** Ask LaunchDarkly to hold the import for approval instead of refusing it where approvals are required. */
  waitOnApprovals?: boolean;
}

export interface MultipartBody {
  contentType: string;
  open: () => AsyncIterable<Uint8Array>;
}

/** The multipart body for an import; every `open()` streams it again from the start (for a retry). */
export function multipartImportBody(upload: ImportUpload): MultipartBody {
  const boundary = `ld-gitops-${randomBytes(12).toString("hex")}`;
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const filename = (upload.filename ?? "members.csv").replace(/["\r\n]/g, "_");
  const head =
    field("mode", upload.mode) +
    (upload.waitOnApprovals !== undefined ? field("waitOnApprovals", String(upload.waitOnApprovals)) : "") +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    async *open() {
      yield Buffer.from(head);
      let chunk = "";
      for (let index = upload.start; index < upload.end; index++) {
        chunk += csvLine(upload.keys[index] as string);
        if (chunk.length >= CHUNK_BYTES) {
          yield Buffer.from(chunk);
          chunk = "";
        }
      }
      yield Buffer.from(chunk + tail);
    },
  };
}
