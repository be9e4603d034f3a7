import { readFileSync, statSync } from "node:fs";
import { type Finding, finding } from "../model/finding.js";

/** Config files above this size are refused: real configs are far smaller, and parsing huge YAML is slow. */
export const MAX_CONFIG_FILE_BYTES = 10 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; found: Finding; line: number; column: number };

/**
 * Reads a config file as UTF-8 text, refusing what cannot be a config file (too large, binary, not UTF-8)
 * with a message that says what to do, so that hostile or mistaken files never reach the YAML parser.
 */
export function readConfigFile(absolutePath: string): ReadResult {
  const size = statSync(absolutePath).size;
  if (size > MAX_CONFIG_FILE_BYTES) {
    return {
      ok: false,
      found: finding("file.too-large", { bytes: size, limit: MAX_CONFIG_FILE_BYTES }),
      line: 1,
      column: 1,
    };
  }
  const bytes = readFileSync(absolutePath);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionOfByte(bytes, nul);
    return {
      ok: false,
      found: finding("file.binary", {}),
      line,
      column,
    };
  }
  try {
    let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return {
      ok: false,
      found: finding("file.not-utf8", { byte: bytes[bad] ?? 0, offset: bad }),
      line,
      column,
    };
  }
}

/** Line and column (1-based, counted in characters of the valid prefix) of byte `index`. */
function positionOfByte(bytes: Buffer, index: number): { line: number; column: number } {
  const prefix = bytes.subarray(0, index).toString("utf8");
  const lastNewline = prefix.lastIndexOf("\n");
  const line = prefix.split("\n").length;
  return { line, column: prefix.length - lastNewline };
}

/** Offset of the first byte that breaks UTF-8 (called only once fatal decoding has failed). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}
