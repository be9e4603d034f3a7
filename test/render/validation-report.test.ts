import { describe, expect, it } from "vitest";
import { formatValidationJson, formatValidationText } from "../../src/render/validation-report.js";
import { HEADER, validateFiles } from "../validate/helpers.js";

describe("validation report formats", () => {
  it("prints file:line:column lines and an error summary", async () => {
    const result = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - { key: s, name: S, inclded: [x] }\n  - { key: t, name: T, included: x }\n`,
    });
    expect(formatValidationText(result)).toBe(
      [
        "launchdarkly/a.yaml:4:24: error: unknown field `inclded` in segment; did you mean `included`?",
        "launchdarkly/a.yaml:5:34: error: `included` must be a list; got the string `x`",
        "✖ 2 errors in 1 file",
        "",
      ].join("\n"),
    );
  });

  it("counts the files with errors, and says how many were checked when that is more", async () => {
    const broken = `${HEADER}segments:\n  - { key: s, name: S, inclded: [x] }\n  - { key: t, name: T, included: x }\n`;
    const result = await validateFiles({
      "a.yaml": broken,
      "b.yaml": `${HEADER}segments:\n  - { key: u, name: U }\n`,
      "c.yaml": `${HEADER}segments:\n  - { key: v, name: V }\n`,
      "d.yaml":
        "roles:\n  - key: r\n    name: R\n    policy:\n      - { effect: allow, resources: ['proj/*:env/*:segment/*'], actions: [someFutureAction] }\n",
    });
    expect(formatValidationText(result).trimEnd().split("\n").at(-1)).toBe(
      "✖ 2 errors in 1 file, 1 warning (4 files checked)",
    );
  });

  it("prints a success summary with counts, and colours only when asked", async () => {
    const result = await validateFiles({ "a.yaml": `${HEADER}segments:\n  - { key: s, name: S }\n` });
    expect(formatValidationText(result)).toBe("✔ 1 file valid: 1 segment, 0 metrics, 0 roles\n");
    expect(formatValidationText(result, { color: true })).toContain("\u001b[32m");
  });

  it("prints the JSON contract", async () => {
    const result = await validateFiles({ "a.yaml": "project: p\nmetrics:\n  - { key: m, kind: custom }\n" });
    expect(JSON.parse(formatValidationJson(result))).toEqual({
      valid: false,
      files: 1,
      resources: { segments: 0, metrics: 1, roles: 0 },
      diagnostics: [
        {
          file: "launchdarkly/a.yaml",
          line: 3,
          column: 5,
          path: "/metrics/0/eventKey",
          code: "metric.missing-field",
          params: { key: "m", field: "eventKey", kind: "custom" },
          message:
            "metric `m` needs `eventKey`: custom metrics count the events your code sends with this key",
          severity: "error",
        },
      ],
    });
  });
});
