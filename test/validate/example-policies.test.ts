import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { errors, validateFiles } from "./helpers.js";

// Conformance: LaunchDarkly's own example policies (../shared, test data only) must not fail validation,
// except for the quirks that file notes; those must only warn. Skipped, visibly, where ../shared is absent
// (a clean clone outside this workspace).
const policiesPath = fileURLToPath(
  new URL("../../../shared/launchdarkly/example-policies.json", import.meta.url),
);
const available = existsSync(policiesPath);

interface ExamplePolicy {
  key: string;
  name: string;
  description?: string;
  basePermissions?: string | null;
  policy: unknown[];
  notes?: string;
}

describe.skipIf(!available)(
  "LaunchDarkly example policies (../shared/launchdarkly/example-policies.json)",
  () => {
    it("load without errors", async () => {
      const policies = JSON.parse(readFileSync(policiesPath, "utf8")) as ExamplePolicy[];
      expect(policies.length).toBeGreaterThan(20);
      const roles = policies.map(({ key, name, description, basePermissions, policy }) => ({
        key,
        name,
        ...(description ? { description } : {}),
        ...(basePermissions ? { basePermissions } : {}),
        policy,
      }));
      const result = await validateFiles({ "roles.yaml": stringify({ roles }) });
      expect(errors(result)).toEqual([]);
      // The documented quirks (`:/flag/*`, `env/:`) are reported as warnings.
      expect(result.diagnostics.map((d) => d.message).join("\n")).toMatch(/stray `\/`[\s\S]*|empty name/);
    });
  },
);
