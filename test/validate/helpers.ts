import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { validateConfigDirectory } from "../../src/pipeline/load-and-validate.js";
import type { ValidationResult } from "../../src/validate/validation-result.js";
import { describeFinding } from "../../src/wording/finding-messages.js";

/** A diagnostic with its CLI wording, for tests that assert on what a person reads. */
export type WordedDiagnostic = Diagnostic & { message: string };

/** A validation result whose diagnostics carry their CLI wording. */
export type WordedResult = Omit<ValidationResult, "diagnostics"> & { diagnostics: WordedDiagnostic[] };

/** Each diagnostic with `message`: its words from the catalogue (src/wording/finding-messages.ts). */
export function worded(diagnostics: readonly Diagnostic[]): WordedDiagnostic[] {
  return diagnostics.map((d) => ({ ...d, message: describeFinding(d) }));
}

const roots: string[] = [];

// Temp configs (some hold 50 MB hostile files) are removed when the test file is done.
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Writes `files` (relative path → content) under a fresh temp dir and returns the dir. */
export function writeConfig(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "ld-gitops-validate-"));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, "launchdarkly", path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** Validates `files` as a `launchdarkly/` config directory; diagnostics' files are relative to its parent. */
export async function validateFiles(files: Record<string, string | Uint8Array>): Promise<WordedResult> {
  const root = writeConfig(files);
  const result = await validateConfigDirectory("launchdarkly", { cwd: root });
  return { ...result, diagnostics: worded(result.diagnostics) };
}

export function errors(result: WordedResult): WordedDiagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "error");
}

export function warnings(result: WordedResult): WordedDiagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "warning");
}

/** A file header most tests share: one project, two environments. */
export const HEADER = "project: web-app\nenvironments: [production, staging]\n";
