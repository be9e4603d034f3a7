// Issue 15 item 7: names are LaunchDarkly's or the files' data. A lone CR must not break the Markdown `<summary>`
// line, a bare URL must not become a link, and bidi controls must leave the process escaped (in every format).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textForOutput } from "../../src/output/redacting-sink.js";
import { planDesiredState } from "../../src/plan/plan-desired-state.js";
import { renderPlanMarkdown } from "../../src/render/markdown.js";
import { escapeMarkdownInline } from "../../src/render/markdown-escape.js";
import { renderPlanText } from "../../src/render/text.js";
import { desiredState, emptyLiveFor, segmentDefinition } from "../plan/support/desired.js";

function planNamed(name: string) {
  const desired = desiredState({ segments: [segmentDefinition({ key: "s", name })] });
  return planDesiredState(desired, emptyLiveFor(desired));
}

const summaryLine = (markdown: string) =>
  markdown.split("\n").find((line) => line.startsWith("<details><summary>"));

describe("names in Markdown", () => {
  it("a lone CR (or a line or paragraph separator) keeps the <summary> on one line", () => {
    for (const name of ["a\rb", "a\u2028b", "a\u2029b", "a\r\n</summary>b"]) {
      const line = summaryLine(renderPlanMarkdown(planNamed(name)));
      expect(line).toMatch(/^<details><summary>.*<\/summary>$/);
      expect(line).not.toMatch(/[\r\u2028\u2029]/);
    }
  });

  it("for every name, escaped inline text holds no line break", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme-ascii" }),
        fc.constantFrom("\r", "\n", "\u2028", "\u2029"),
        (a, br) => {
          expect(escapeMarkdownInline(`${a}${br}${a}`)).not.toMatch(/[\r\n\u2028\u2029]/);
        },
      ),
    );
  });

  it("a bare URL in a name is not autolinked", () => {
    const markdown = renderPlanMarkdown(planNamed("see https://evil.example/login and www.evil.example"));
    const line = summaryLine(markdown) ?? "";
    expect(line).not.toMatch(/https:\/\//);
    expect(line).not.toMatch(/www\./);
    expect(line).toContain("https\u200d://evil.example/login");
  });
});

describe("bidi controls leave the process escaped", () => {
  const name = "admin\u202e\u2066txt.exe\u2069";

  it("in text and Markdown, as `\\u202e`", () => {
    for (const rendered of [renderPlanText(planNamed(name)), renderPlanMarkdown(planNamed(name))]) {
      const out = textForOutput(rendered);
      expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
      expect(out).toContain("admin\\u202e\\u2066txt.exe\\u2069");
    }
  });

  it("in JSON, as a JSON escape that parses back to the same text", () => {
    const json = textForOutput(JSON.stringify({ name }));
    expect(json).not.toMatch(/[\u202e\u2066]/);
    expect(JSON.parse(json)).toEqual({ name });
  });
});
