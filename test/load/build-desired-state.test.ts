import { describe, expect, it } from "vitest";
import { resolveSegment } from "../../src/model/segment.js";
import { HEADER, validateFiles } from "../validate/helpers.js";

describe("desired state built by validateConfigDirectory", () => {
  it("types segments with project, environments, overrides and the source location", async () => {
    const result = await validateFiles({
      "web/segments.yaml": `${HEADER}segments:\n  - key: beta\n    name: Beta\n    included: [u1]\n    environments:\n      staging:\n        included: [u1, u2]\n`,
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toBe(1);
    expect(result.state.files).toEqual(["launchdarkly/web/segments.yaml"]);
    const [segment] = result.state.segments;
    expect(segment).toEqual({
      key: "beta",
      name: "Beta",
      included: ["u1"],
      project: "web-app",
      environments: ["production", "staging"],
      overrides: { staging: { included: ["u1", "u2"] } },
      source: { file: "launchdarkly/web/segments.yaml", line: 4, column: 5 },
    });
    expect(resolveSegment(segment!).map((s) => [s.environment, s.included])).toEqual([
      ["production", ["u1"]],
      ["staging", ["u1", "u2"]],
    ]);
  });

  it("records the first place naming each project and environment", async () => {
    const result = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - { key: s, name: S }\n`,
      "b.yaml":
        "project: web-app\nmetrics:\n  - { key: m, kind: custom, eventKey: e }\n  - { key: n, project: mobile, kind: custom, eventKey: e }\n",
    });
    expect(result.state.projects).toEqual(
      new Map([
        ["web-app", { file: "launchdarkly/a.yaml", line: 1, column: 10 }],
        ["mobile", { file: "launchdarkly/b.yaml", line: 4, column: 24 }],
      ]),
    );
    expect([...result.state.environments.entries()]).toEqual([
      [
        "web-app/production",
        {
          project: "web-app",
          environment: "production",
          source: { file: "launchdarkly/a.yaml", line: 2, column: 16 },
        },
      ],
      [
        "web-app/staging",
        {
          project: "web-app",
          environment: "staging",
          source: { file: "launchdarkly/a.yaml", line: 2, column: 28 },
        },
      ],
    ]);
    expect(result.state.metrics.map((m) => `${m.project}/${m.key}`)).toEqual(["web-app/m", "mobile/n"]);
  });

  it("loads files recursively in sorted order, .yaml and .yml, ignoring other files", async () => {
    const role = (key: string) =>
      `roles:\n  - { key: ${key}, name: R, policy: [{ effect: allow, resources: [acct], actions: ["*"] }] }\n`;
    const result = await validateFiles({
      "z.yaml": role("z"),
      "a/b.yml": role("b"),
      "a.yaml": role("a"),
      "notes.md": "# hi",
      "x.json": "{}",
    });
    expect(result.state.files).toEqual([
      "launchdarkly/a.yaml",
      "launchdarkly/a/b.yml",
      "launchdarkly/z.yaml",
    ]);
    expect(result.state.roles.map((r) => r.key)).toEqual(["a", "b", "z"]);
  });

  it("keeps what it could load when there are errors", async () => {
    const result = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - { key: ok, name: OK }\n  - { key: bad, name: Bad, inclded: [x] }\n`,
    });
    expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect(result.state.segments.map((s) => s.key)).toEqual(["ok", "bad"]);
  });
});
