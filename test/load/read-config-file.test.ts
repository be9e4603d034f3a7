import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  firstInvalidUtf8Byte,
  MAX_CONFIG_FILE_BYTES,
  readConfigFile,
} from "../../src/load/read-config-file.js";
import { describeFinding } from "../../src/wording/finding-messages.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempFile(content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "ld-gitops-read-"));
  dirs.push(dir);
  const path = join(dir, "file.yaml");
  writeFileSync(path, content);
  return path;
}

describe("readConfigFile", () => {
  it("reads UTF-8 text and drops a byte-order mark", () => {
    const result = readConfigFile(tempFile("\uFEFFproject: café\n"));
    expect(result).toEqual({ ok: true, text: "project: café\n" });
  });

  it("refuses a file over the size cap without reading it, saying what to do", () => {
    const path = tempFile(Buffer.alloc(50 * 1024 * 1024, 0x61));
    const result = readConfigFile(path);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const message = describeFinding(result.found);
      expect(message).toContain("50 MB");
      expect(message).toContain("10 MB");
      expect(message).toContain("split it");
    }
    expect(MAX_CONFIG_FILE_BYTES).toBe(10 * 1024 * 1024);
  });

  it("refuses a binary file at the NUL byte's line and column", () => {
    const result = readConfigFile(tempFile(Buffer.from("project: x\nab\u0000cd\n", "utf8")));
    expect(result).toMatchObject({ ok: false, line: 2, column: 3 });
    if (!result.ok) expect(describeFinding(result.found)).toContain("binary");
  });

  it("refuses invalid UTF-8 at the offending byte", () => {
    const bytes = Buffer.concat([Buffer.from("a: 1\nb: x"), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]);
    const result = readConfigFile(tempFile(bytes));
    expect(result).toMatchObject({ ok: false, line: 2, column: 5 });
    if (!result.ok)
      expect(describeFinding(result.found)).toMatch(/not valid UTF-8 \(byte 0xc3 at offset 9\)/);
  });
});

describe("firstInvalidUtf8Byte", () => {
  it("finds overlong encodings, surrogates and truncated sequences", () => {
    expect(firstInvalidUtf8Byte(Buffer.from("héllo ✓ 𝄞"))).toBe(Buffer.from("héllo ✓ 𝄞").length);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8Byte(Uint8Array.from([0xff]))).toBe(0);
  });
});
