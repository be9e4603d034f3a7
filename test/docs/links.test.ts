// README.md is the front door and docs/ holds the reference: every relative link between them (and to files in the
// repository) must reach an existing file, and an anchor a heading of the page it names.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DOCS = join(REPO_ROOT, "docs");
const pages = [
  join(REPO_ROOT, "README.md"),
  ...readdirSync(DOCS)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(DOCS, name)),
];

/** Markdown text outside fenced code blocks and inline code, where a `[x](y)` is a link. */
function prose(markdown: string): string[] {
  const lines: string[] = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    else if (!fenced) lines.push(line.replace(/`[^`]*`/g, "``"));
  }
  return lines;
}

function links(markdown: string): string[] {
  return prose(markdown).flatMap((line) => [...line.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!));
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as `-`, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const heading = fenced ? undefined : /^#{1,6} +(.*?) *#*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

describe("documentation links", () => {
  it("finds the pages and their links", () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(links(readFileSync(pages[0]!, "utf8")).length).toBeGreaterThan(5);
  });

  for (const page of pages) {
    const name = relative(REPO_ROOT, page);
    it(`${name}: every relative link reaches an existing file and heading`, () => {
      const text = readFileSync(page, "utf8");
      for (const link of links(text)) {
        if (/^[a-z][a-z+.-]*:/i.test(link)) continue; // https:, mailto:
        const [path = "", anchor] = link.split("#", 2);
        const target = path === "" ? page : resolve(dirname(page), decodeURIComponent(path));
        expect(existsSync(target), `${name}: ${link} (no file ${relative(REPO_ROOT, target)})`).toBe(true);
        if (anchor !== undefined && target.endsWith(".md") && statSync(target).isFile())
          expect([...anchors(readFileSync(target, "utf8"))], `${name}: ${link}`).toContain(anchor);
      }
    });
  }

  it("README.md links every page in docs/", () => {
    const linked = new Set(
      links(readFileSync(pages[0]!, "utf8")).map((link) => resolve(REPO_ROOT, link.split("#")[0]!)),
    );
    for (const page of pages.slice(1)) expect([...linked], relative(REPO_ROOT, page)).toContain(page);
  });

  it("README.md keeps the two quick-start commands", () => {
    const readme = readFileSync(pages[0]!, "utf8");
    expect(readme).toContain("npm ci && npm run demo");
    expect(readme).toContain("npm ci && npm test");
  });

  it("computes GitHub's anchors", () => {
    expect([
      ...anchors(
        "# A b\n## `--state` snapshot format\n## Optimistic locking: apply never overwrites someone else's change\n## A b\n```\n# not a heading\n```",
      ),
    ]).toEqual([
      "a-b",
      "--state-snapshot-format",
      "optimistic-locking-apply-never-overwrites-someone-elses-change",
      "a-b-1",
    ]);
  });
});
