// Files ld-gitops writes (the `--out` report, exported and starter configuration, the events rejects file) go out
// through the redacting sink like everything else: their text can hold LaunchDarkly's own data.
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { textForOutput } from "./redacting-sink.js";

/** Writes `text` to `path`, redacted. */
export async function writeRedactedFile(path: string, text: string): Promise<void> {
  await writeFile(path, textForOutput(text));
}

/** A file written line by line (for files too large to build as one string), each line redacted. */
export interface RedactedLineWriter {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens `path` on the first line written, so a run that writes nothing leaves no file. */
export function redactedLineWriter(path: string): RedactedLineWriter {
  let stream: WriteStream | undefined;
  return {
    write: async (line) => {
      stream ??= createWriteStream(path, { flags: "w" });
      if (!stream.write(`${textForOutput(line)}\n`)) await once(stream, "drain");
    },
    close: async () => {
      if (!stream) return;
      stream.end();
      await once(stream, "finish");
    },
  };
}
