import { describe, expect, it } from "vitest";
import { emitGitHubAnnotations } from "../../src/action/github-annotations.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";

describe("GitHub annotations", () => {
  it("emits one annotation per diagnostic with file, line and column", () => {
    const calls: [string, string, unknown][] = [];
    const diagnostics: Diagnostic[] = [
      { file: "launchdarkly/a.yaml", line: 3, column: 5, path: "/x", message: "bad", severity: "error" },
      { file: "launchdarkly/b.yaml", line: 7, column: 9, path: "/y", message: "odd", severity: "warning" },
    ];
    emitGitHubAnnotations(diagnostics, {
      error: (message, properties) => calls.push(["error", message, properties]),
      warning: (message, properties) => calls.push(["warning", message, properties]),
    });
    expect(calls).toEqual([
      ["error", "bad", { title: "ld-gitops", file: "launchdarkly/a.yaml", startLine: 3, startColumn: 5 }],
      ["warning", "odd", { title: "ld-gitops", file: "launchdarkly/b.yaml", startLine: 7, startColumn: 9 }],
    ]);
  });
});
