import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { validateConfigDirectory } from "../../src/pipeline/load-and-validate.js";
import type { ValidationResult } from "../../src/validate/validation-result.js";

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
export async function validateFiles(files: Record<string, string | Uint8Array>): Promise<ValidationResult> {
  const root = writeConfig(files);
  return validateConfigDirectory("launchdarkly", { cwd: root });
}

export function errors(result: ValidationResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "error");
}

export function warnings(result: ValidationResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "warning");
}

/** A file header most tests share: one project, two environments. */
export const HEADER = "project: web-app\nenvironments: [production, staging]\n";
