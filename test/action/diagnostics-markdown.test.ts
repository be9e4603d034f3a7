import { describe, expect, it } from "vitest";
import { renderDiagnosticsMarkdown } from "../../src/action/diagnostics-markdown.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { finding } from "../../src/model/finding.js";

const diagnostic = (overrides: Partial<Diagnostic>): Diagnostic =>
  ({
    file: "launchdarkly/segments.yaml",
    line: 9,
    column: 13,
    severity: "error",
    path: "",
    ...finding("schema.not-allowed", {
      pointer: "/segments/0/rules/0/clauses/0/op",
      allowed: ["in", "endsWith"],
      got: "equals",
    }),
    ...overrides,
  }) as Diagnostic;

/** A YAML syntax error whose parser text is `detail`: how text from a user's file reaches a message. */
const yamlError = (detail: string) => finding("yaml.syntax-error", { detail });

describe("renderDiagnosticsMarkdown", () => {
  it("keeps a message's code spans readable", () => {
    expect(renderDiagnosticsMarkdown([diagnostic({})])).toBe(
      [
        "**1 error to fix** (also annotated on the files):",
        "",
        "- `launchdarkly/segments.yaml:9:13`: `op` must be one of in, endsWith; got `equals`",
      ].join("\n"),
    );
  });

  it("lets no message text close the comment's HTML, ping anyone or add HTML", () => {
    const md = renderDiagnosticsMarkdown([
      diagnostic(yamlError("unknown value </details> for @org/team <img src=x onerror=alert(1)> (got `ok`)")),
    ]);
    expect(md).not.toContain("</details>");
    expect(md).not.toContain("<img");
    expect(md).not.toContain("@org/team");
    expect(md).toContain("&lt;/details&gt;");
    expect(md).toContain("@\u200dorg/team");
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(md).toContain("(got `ok`)");
  });

  it("keeps a file path or field path with a backtick inside its code span", () => {
    const md = renderDiagnosticsMarkdown([
      diagnostic({ file: "launchdarkly/se`g <b>@x.yaml", path: "/segments/0/`name`" }),
    ]);
    const line = md.split("\n").at(-1)!;
    expect(line.startsWith("- ``launchdarkly/se`g <b>@x.yaml:9:13`` (`` /segments/0/`name` ``): ")).toBe(
      true,
    );
  });

  it("puts a multi-line message on its list item's line", () => {
    const md = renderDiagnosticsMarkdown([diagnostic(yamlError("first\n\n# heading\n</details>"))]);
    expect(md.split("\n")).toHaveLength(3);
    expect(md).toContain("first  &#35; heading &lt;/details&gt;");
  });
});
