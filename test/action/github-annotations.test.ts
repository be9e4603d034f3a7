import { describe, expect, it } from "vitest";
import { emitGitHubAnnotations } from "../../src/action/github-annotations.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { finding } from "../../src/model/finding.js";

describe("GitHub annotations", () => {
  it("emits one annotation per diagnostic with file, line and column", () => {
    const calls: [string, string, unknown][] = [];
    const diagnostics: Diagnostic[] = [
      {
        file: "launchdarkly/a.yaml",
        line: 3,
        column: 5,
        path: "/x",
        ...finding("yaml.syntax-error", { detail: "bad" }),
        severity: "error",
      },
      {
        file: "launchdarkly/b.yaml",
        line: 7,
        column: 9,
        path: "/y",
        ...finding("yaml.warning", { detail: "odd" }),
        severity: "warning",
      },
    ];
    emitGitHubAnnotations(diagnostics, {
      error: (message, properties) => calls.push(["error", message, properties]),
      warning: (message, properties) => calls.push(["warning", message, properties]),
    });
    expect(calls).toEqual([
      [
        "error",
        "YAML syntax error: bad",
        { title: "ld-gitops", file: "launchdarkly/a.yaml", startLine: 3, startColumn: 5 },
      ],
      [
        "warning",
        "YAML: odd",
        { title: "ld-gitops", file: "launchdarkly/b.yaml", startLine: 7, startColumn: 9 },
      ],
    ]);
  });
});
