// `--out FILE` of plan and drift: write the rendered report, and turn the file system's error codes into a
// sentence that names the path and what to do (a raw `ENOENT: no such file or directory, open …` does neither).
import { dirname } from "node:path";
import { writeRedactedFile } from "../output/file-writer.js";

/** The `--out` file could not be written; the message names the path and the fix. */
export class OutputFileError extends Error {
  override name = "OutputFileError";
}

export function describeOutputFileError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = dirname(path);
  switch (code) {
    case "ENOENT":
      return `cannot write --out ${path}: the directory ${where} does not exist. Create it first (mkdir -p ${where}) or give --out a path in an existing directory.`;
    case "ENOTDIR":
      return `cannot write --out ${path}: part of ${where} is a file, not a directory. Give --out a path in an existing directory.`;
    case "EISDIR":
      return `cannot write --out ${path}: it is a directory. --out takes a file name, e.g. --out ${path.replace(/\/+$/, "")}/plan.json.`;
    case "EACCES":
    case "EPERM":
      return `cannot write --out ${path}: permission denied. Choose a path you can write to, or fix the permissions of ${where}.`;
    case "EROFS":
      return `cannot write --out ${path}: the file system is read-only. Choose a writable path.`;
    case "ENOSPC":
      return `cannot write --out ${path}: no space left on the device.`;
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return `cannot write --out ${path}: ${reason}`;
    }
  }
}

/** Writes `text` to `path`; throws `OutputFileError` with a readable message when it cannot. */
export async function writeOutputFile(path: string, text: string): Promise<void> {
  try {
    // Through the redacting sink: the report holds LaunchDarkly's own data, which can hold a pasted token.
    await writeRedactedFile(path, text);
  } catch (error) {
    throw new OutputFileError(describeOutputFileError(path, error));
  }
}
