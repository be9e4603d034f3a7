import { describe, expect, it } from "vitest";
import {
  PLAN_COMMENT_MARKER,
  renderPlanMarkdown,
  renderPlanMarkdownBody,
} from "../../src/render/markdown.js";
import {
  escapeMarkdownWithCodeSpans,
  markdownCodeSpan,
  markdownLinkUrl,
} from "../../src/render/markdown-escape.js";
import { countOf, forCount } from "../../src/render/wording.js";
import { planOf } from "./support/plan-of.js";

describe("markdownLinkUrl", () => {
  it("leaves an ordinary URL alone", () => {
    expect(markdownLinkUrl("https://github.com/o/r/actions/runs/9")).toBe(
      "https://github.com/o/r/actions/runs/9",
    );
  });

  it("encodes what would end the link or break the Markdown", () => {
    expect(markdownLinkUrl("https://x.example/a (b)/c d<e>")).toBe(
      "https://x.example/a%20%28b%29/c%20d%3Ce%3E",
    );
  });

  it("is used for the plan's run and full-plan links", () => {
    const md = renderPlanMarkdown(planOf([]), { runUrl: "https://x.example/run(1)" });
    expect(md).toContain("[workflow run](https://x.example/run%281%29)");
  });
});

describe("markdownCodeSpan", () => {
  it("wraps plain content in single backticks", () => {
    expect(markdownCodeSpan("launchdarkly/segments.yaml:9:5")).toBe("`launchdarkly/segments.yaml:9:5`");
  });

  it("uses a fence longer than any backtick run inside, padded when the content touches it", () => {
    expect(markdownCodeSpan("a`b")).toBe("``a`b``");
    expect(markdownCodeSpan("`a``")).toBe("``` `a`` ```");
    expect(markdownCodeSpan(" a ")).toBe("`  a  `");
    expect(markdownCodeSpan("a\nb")).toBe("`a b`");
  });
});

describe("escapeMarkdownWithCodeSpans", () => {
  it("keeps a message's code spans as code", () => {
    expect(escapeMarkdownWithCodeSpans("`op` must be one of in, endsWith; got `equals`")).toBe(
      "`op` must be one of in, endsWith; got `equals`",
    );
  });

  it("escapes HTML, pings and Markdown outside the spans", () => {
    const escaped = escapeMarkdownWithCodeSpans(
      "</details> <img src=x onerror=alert(1)> cc @org/team *b* [l](u)",
    );
    expect(escaped).not.toMatch(/[<>*[\]]/);
    expect(escaped).not.toContain("@org");
    expect(escaped).toContain("&lt;/details&gt;");
    expect(escaped).toContain("@\u200dorg/team");
  });

  it("leaves HTML inside a span as code, and treats an unmatched backtick as text", () => {
    expect(escapeMarkdownWithCodeSpans("got `</details>`")).toBe("got `</details>`");
    expect(escapeMarkdownWithCodeSpans("a ` b <i>")).toBe("a &#96; b &lt;i&gt;");
    expect(escapeMarkdownWithCodeSpans("``a`b`` and `c`")).toBe("``a`b`` and `c`");
    expect(escapeMarkdownWithCodeSpans("` x `")).toBe("`x`");
    expect(escapeMarkdownWithCodeSpans("line\nbreak `a\nb`")).toBe("line break `a b`");
  });
});

describe("counted wording", () => {
  it("agrees with the count", () => {
    expect(countOf(1, "resource")).toBe("1 resource");
    expect(countOf(0, "resource")).toBe("0 resources");
    expect(countOf(2, "policy", "policies")).toBe("2 policies");
    expect(forCount(1, "differs", "differ")).toBe("differs");
    expect(forCount(3, "is", "are")).toBe("are");
  });
});

describe("renderPlanMarkdownBody", () => {
  it("is the full Markdown minus the marker and heading", () => {
    const plan = planOf([]);
    const full = renderPlanMarkdown(plan, { runUrl: "https://github.com/o/r/actions/runs/1" });
    const bare = renderPlanMarkdownBody(plan, { runUrl: "https://github.com/o/r/actions/runs/1" });
    expect(full).toBe(`${PLAN_COMMENT_MARKER}\n## ld-gitops plan\n\n${bare}`);
    expect(bare).not.toContain(PLAN_COMMENT_MARKER);
  });
});
