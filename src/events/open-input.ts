// A file as a byte stream: gunzipped when it is gzip (by its magic bytes, whatever its name says), with the count
// of bytes read from disk so progress can be shown against the file's size.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { type Readable, Transform } from "node:stream";
import { createGunzip } from "node:zlib";

export interface OpenedInput {
  stream: Readable;
  /** Bytes read from disk so far (compressed bytes for a gzip file). */
  bytesRead(): number;
}

async function startsWithGzipMagic(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

export async function openInput(path: string): Promise<OpenedInput> {
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      read += chunk.length;
      callback(null, chunk);
    },
  });
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  file.on("error", (error) => counter.destroy(error));
  let stream: Readable = file.pipe(counter);
  if (await startsWithGzipMagic(path)) {
    const gunzip = createGunzip();
    counter.on("error", (error) => gunzip.destroy(error));
    stream = counter.pipe(gunzip);
  }
  return { stream, bytesRead: () => read };
}
