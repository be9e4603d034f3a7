// Export's own rules, without LaunchDarkly: unknown fields and unexpressible values reported, never dropped
// silently; byte-identical re-export; a directory holding files export did not write refused unless forced.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildExport } from "../../src/export/build-export.js";
import { foldSegment } from "../../src/export/fold-segments.js";
import type { AccountSnapshot } from "../../src/export/types.js";
import { ForeignFilesError, writeExport } from "../../src/export/write-export.js";
import type { LdSegment } from "../../src/launchdarkly/types.js";
import { tempDir } from "./support.js";

function segment(fields: Partial<LdSegment> & { key: string }): LdSegment {
  return {
    name: fields.key,
    tags: [],
    creationDate: 1,
    lastModifiedDate: 1,
    rules: [],
    version: 1,
    deleted: false,
    generation: 1,
    _links: {},
    ...fields,
  };
}

function account(segments: Record<string, LdSegment[]>): AccountSnapshot {
  return {
    projects: new Map([
      ["p", { environments: Object.keys(segments), segments: new Map(Object.entries(segments)) }],
    ]),
  };
}

const OPTIONS = { origin: "https://app.launchdarkly.com", schema: "schema.json" };

describe("export findings", () => {
  it("reports fields the format does not know, and leaves out segments it cannot express, naming why", () => {
    const result = buildExport(
      account({
        production: [
          segment({ key: "a", trackEvents: true } as never),
          segment({
            key: "b",
            rules: [
              { clauses: [{ attribute: "x", op: "matchesSemVerRange", values: ["1"], negate: false }] },
            ],
          }),
        ],
      }),
      { kinds: ["segment"] },
    );
    expect(result.findings).toEqual([
      {
        code: "unknown-field",
        resourceType: "segment",
        project: "p",
        environments: ["production"],
        key: "a",
        params: { path: "/trackEvents" },
      },
      {
        code: "unsupported-value",
        resourceType: "segment",
        project: "p",
        environments: ["production"],
        key: "b",
        params: { path: "/rules/0/clauses/0/op", value: "matchesSemVerRange", reason: "clause-operator" },
      },
    ]);
    expect(result.counts.segments).toBe(1);
  });

  it("writes the differences of one environment as its override, absent values as empty ones", () => {
    const folded = foldSegment("s", [
      { environment: "production", fields: { name: "S", description: "d", tags: ["t"] } },
      { environment: "staging", fields: { name: "S", description: "d", tags: ["t"] } },
      { environment: "test", fields: { name: "S test", tags: ["t"] } },
    ]);
    expect(folded).toMatchObject({
      name: "S",
      description: "d",
      environments: ["production", "staging", "test"],
      overrides: { test: { name: "S test", description: "" } },
    });
  });
});

describe("writing an export", () => {
  it("gives byte-identical files when exported twice, and removes files of resources gone since", async () => {
    const dir = await tempDir();
    const first = buildExport(account({ production: [segment({ key: "a" }), segment({ key: "b" })] }));
    await writeExport(first.files, { ...OPTIONS, dir, now: new Date("2025-01-01T00:00:00Z") });
    const text = await readFile(join(dir, "p/segments.yaml"), "utf8");
    const again = await writeExport(first.files, { ...OPTIONS, dir, now: new Date("2025-06-01T00:00:00Z") });
    expect(again).toEqual({ written: [], unchanged: ["p/segments.yaml"], removed: [] });
    expect(await readFile(join(dir, "p/segments.yaml"), "utf8")).toBe(text);

    const perResource = buildExport(account({ production: [segment({ key: "a" })] }), { layout: "resource" });
    const moved = await writeExport(perResource.files, { ...OPTIONS, dir });
    expect(moved).toEqual({ written: ["p/segments/a.yaml"], unchanged: [], removed: ["p/segments.yaml"] });
  });

  it("refuses a directory holding files it did not write, or that someone edited, unless forced", async () => {
    const dir = await tempDir();
    const files = buildExport(account({ production: [segment({ key: "a" })] })).files;
    await writeFile(join(dir, "README.md"), "mine\n");
    await expect(writeExport(files, { ...OPTIONS, dir })).rejects.toThrow(ForeignFilesError);
    await writeExport(files, { ...OPTIONS, dir, force: true });
    expect(await readFile(join(dir, "README.md"), "utf8")).toBe("mine\n");

    const path = join(dir, "p/segments.yaml");
    await writeFile(path, `${await readFile(path, "utf8")}# edited by hand\n`);
    const refused = await writeExport(files, { ...OPTIONS, dir }).catch((error: unknown) => error);
    expect((refused as ForeignFilesError).files).toEqual(["README.md", "p/segments.yaml"]);
  });
});
