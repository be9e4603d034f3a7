import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateConfigDirectory } from "../../src/pipeline/load-and-validate.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

describe("examples/launchdarkly", () => {
  it("validates clean, without warnings", async () => {
    const result = await validateConfigDirectory("examples/launchdarkly", { cwd: repoRoot });
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toBeGreaterThanOrEqual(3);
    expect(result.state.segments.some((s) => s.unbounded)).toBe(true);
    expect(new Set(result.state.metrics.map((m) => m.kind))).toEqual(
      new Set(["custom", "pageview", "click"]),
    );
    expect(result.state.roles).toHaveLength(3);
  });

  it("points every file at the schema for editors", () => {
    const files = readdirSync(`${repoRoot}examples/launchdarkly`, {
      recursive: true,
      encoding: "utf8",
    }).filter((f) => f.endsWith(".yaml"));
    for (const file of files) {
      const first = readFileSync(`${repoRoot}examples/launchdarkly/${file}`, "utf8").split("\n")[0];
      const depth = file.split("/").length - 1;
      expect(first, file).toBe(
        `# yaml-language-server: $schema=${"../".repeat(depth + 2)}schemas/ld-gitops.schema.json`,
      );
    }
  });
});
