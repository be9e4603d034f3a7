// The redacting sink must stay the only way out (issue 15 item 2). Streams are wrapped at the entry points; files,
// outputs and GitHub bodies have one writer each, which redacts. A new way out (a second file writer, a console call,
// an Octokit call outside github-api.ts, an output set past `setActionOutput`) fails here until it goes through it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../cli/run-cli.js";

const SRC = join(REPO_ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "emulator" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Each way out, and the only files allowed to use it (each of them redacts). */
const WAYS_OUT: { pattern: RegExp; allowed: string[] }[] = [
  {
    pattern: /\b(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream)\b/,
    // membership/git-history.ts copies an old version of a member file out of git into a private temp file to read it
    // again; nothing of ld-gitops' own output goes there.
    allowed: ["output/file-writer.ts", "action/outputs.ts", "membership/git-history.ts"],
  },
  { pattern: /\bconsole\.(log|info|warn|error|debug)\b/, allowed: [] },
  { pattern: /\bcore\.setOutput\(/, allowed: ["action/outputs.ts"] },
  { pattern: /\bcore\.summary\b/, allowed: ["action/summary.ts"] },
  { pattern: /\bgetOctokit\b/, allowed: ["action/github-api.ts"] },
];

describe("the redacting sink is the only way out", () => {
  const files = sourceFiles(SRC).map((path) => ({
    name: relative(SRC, path),
    text: readFileSync(path, "utf8"),
  }));

  for (const { pattern, allowed } of WAYS_OUT) {
    it(`${pattern.source} only in ${allowed.join(", ") || "no file"}`, () => {
      const users = files.filter((file) => pattern.test(file.text)).map((file) => file.name);
      expect(users.filter((name) => !allowed.includes(name))).toEqual([]);
    });
  }

  it("both entry points wrap the standard streams before anything runs", () => {
    for (const entry of ["cli/main.ts", "action/main.ts"]) {
      expect(readFileSync(join(SRC, entry), "utf8")).toMatch(/^installRedactingSink\(\);$/m);
    }
  });

  it("each allowed writer redacts", () => {
    for (const name of [
      "output/file-writer.ts",
      "action/outputs.ts",
      "action/summary.ts",
      "action/github-api.ts",
    ]) {
      expect(readFileSync(join(SRC, name), "utf8")).toContain("textForOutput(");
    }
  });
});
