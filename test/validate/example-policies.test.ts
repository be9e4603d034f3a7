import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { errors, validateFiles, warnings } from "./helpers.js";

// Conformance: LaunchDarkly's own example policies (../shared, test data only) must not fail validation,
// except for the quirks that file notes; those must only warn, but for the one its notes call a wrong pairing. Skipped, visibly, where ../shared is absent
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
      // One exception, which the file's notes call a wrong pairing: a LaunchDarkly Labs sample (not product docs)
      // grants `createApprovalRequest`, documented for flags, segments and AI configs, on `proj/example-project`,
      // where it grants nothing. That is the mistake the action rule exists to fail.
      const mispaired = roles.findIndex((r) => r.key === "view-example-project");
      expect(errors(result)).toEqual([
        expect.objectContaining({
          code: "role.action-wrong-type",
          path: `/roles/${mispaired}/policy/0/actions/1`,
          params: expect.objectContaining({ action: "createApprovalRequest", types: ["proj"] }),
        }),
      ]);
      // The same kind of pairing through `notResources` (every resource but those) only warns.
      expect(warnings(result).map((d) => d.message)).toContain(
        "`updateOn` is a flag/metric/destination/integration/webhook action, not an env action: it has no effect on this statement's resources",
      );
      // The documented quirks (`:/flag/*`, `env/:`) are reported as warnings.
      expect(result.diagnostics.map((d) => d.message).join("\n")).toMatch(/stray `\/`[\s\S]*|empty name/);
    });
  },
);
