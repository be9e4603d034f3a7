// The one catalogue of finding wording: every code has words, and every parameter of a code shows in them.
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { FindingCode, FindingParams } from "../../src/model/finding.js";
import { finding } from "../../src/model/finding.js";
import { planWarningKey, planWarningOf } from "../../src/plan/plan-warnings.js";
import { describeFinding, FINDING_MESSAGES } from "../../src/wording/finding-messages.js";

/** Examples per code; between them they reach every branch that uses a parameter. */
const EXAMPLES: { [C in FindingCode]: FindingParams[C][] } = {
  "file.too-large": [{ bytes: 50 * 1024 * 1024, limit: 10 * 1024 * 1024 }],
  "file.binary": [{}],
  "file.not-utf8": [{ byte: 0xc3, offset: 9 }],
  "file.empty": [{}],
  "config.no-files": [{}],
  "yaml.duplicate-key": [{ key: "name", firstLine: 3, firstColumn: 5 }],
  "yaml.multiple-documents": [{}],
  "yaml.syntax-error": [{ detail: "bad indentation" }],
  "yaml.warning": [{ detail: "odd tag" }],
  "config.owner-mismatch": [{ owner: "a/b", firstOwner: "c/d", firstFile: "x.yaml", firstLine: 2 }],
  "yaml.not-loadable": [{ detail: "cannot load" }],
  "yaml.alias-limit": [
    { added: 5000, max: 100 },
    { added: null, max: 100 },
  ],
  "config.link-not-read": [
    { kind: "broken" },
    { kind: "outside", target: "/elsewhere/a.yaml", isDirectory: false },
    { kind: "directory" },
  ],
  "schema.unknown-field": [
    { field: "inclded", noun: "segment", known: ["key", "included"], suggestion: "included" },
    { field: "zzz", noun: "segment", known: ["key", "included"] },
  ],
  "schema.server-set-field": [{ field: "_version" }],
  "schema.not-overridable": [{ field: "key", overridable: ["name", "rules"] }],
  "schema.role-project": [{}],
  "schema.segment-environment-keys": [{}],
  "schema.segment-environments-list": [
    { listed: ["stage"] },
    { listed: ["stage"], fileEnvironments: ["prod", "stage"] },
    { listed: ["prod", "stage"], fileEnvironments: ["stage", "prod"] },
  ],
  "schema.required": [{ noun: "segment", field: "name" }],
  "schema.file-not-mapping": [{ got: { kind: "list" } }],
  "schema.wrong-type": [
    { pointer: "/segments/0/tags", expected: "array", got: { kind: "string", value: "x" } },
  ],
  "schema.not-allowed": [
    { pointer: "/a/op", allowed: ["in", "endsWith"], got: "endswith", suggestion: "endsWith" },
  ],
  "schema.operator-synonym": [
    { got: "equals", operator: "in" },
    { got: "notIn", operator: "in", negate: true },
    { got: "lt", operator: "lessThan" },
  ],
  "schema.invalid-environment-key": [{ key: "-prod" }],
  "schema.invalid-key": [{ pointer: "/segments/0/key", value: "-x" }],
  "schema.out-of-range": [{ pointer: "/a/weight", min: 0, max: 100000, got: "-1" }],
  "schema.limit": [{ pointer: "/a/percentileValue", bound: "minimum", limit: 1, got: "0" }],
  "schema.empty-string": [{ pointer: "/segments/0/name" }],
  "schema.empty-list": [{ pointer: "/segments/0/rules" }],
  "schema.empty-clause-values": [{ clause: "negated", attribute: "email" }, { clause: "segmentMatch" }],
  "schema.duplicate-item": [{ pointer: "/segments/0/tags", item: "a", first: 1, second: 3 }],
  "schema.invalid-format": [{ pointer: "/a/pattern", format: "date", value: "([a-z" }],
  "schema.invalid": [{ pointer: "/a/b", detail: "must be odd" }],
  "schema.url-matcher-missing-field": [{ kind: "exact", field: "url", stray: "pattern", strayKind: "regex" }],
  "schema.url-matcher-stray-field": [{ field: "substring", kind: "exact", own: "url" }],
  "config.no-project": [{ noun: "segment", key: "beta" }],
  "config.segments-without-environments": [{}],
  "config.unknown-override-environment": [
    { key: "beta", environment: "prod", environments: ["production"], suggestion: "production" },
    { key: "beta", environment: "qa", environments: ["production"] },
  ],
  "resource.duplicate": [
    {
      resource: { type: "segment", key: "s", project: "p", environment: "e" },
      file: "a.yaml",
      line: 2,
      column: 3,
    },
    { resource: { type: "contextKind", key: "device", project: "p" }, file: "b.yaml", line: 4, column: 5 },
  ],
  "segment.too-many-targets": [{ key: "s", environment: "production", count: 15001, max: 15000 }],
  "segment.context-kind-on-standard": [{ key: "s" }],
  "segment.big-segment-rules": [{ key: "s" }],
  "segment.big-segment-user-keys": [{ key: "s", contextKind: "device", field: "included" }],
  "segment.big-segment-context-kind": [{ key: "s", contextKind: "user", got: "device" }],
  "segment.self-match": [{ key: "s" }],
  "segment.small-rollout-weight": [
    { key: "s", weight: 50 },
    { key: "s", weight: 500 },
  ],
  "segment.match-value-not-key": [{}],
  "segment.unknown-segment-match": [{ key: "s", scopes: ["p/a", "p/b"] }],
  "segment.missing-segment-match": [
    { key: "s", missing: ["p/a"], deleted: ["p/b"], prune: { name: "prune" } },
  ],
  "metric.missing-field": [
    { key: "m", field: "urls", kind: "pageview" },
    { key: "m", field: "urls", kind: "click" },
  ],
  "metric.field-not-for-kind": [{ key: "m", field: "selector", kind: "custom", appliesTo: "click" }],
  "metric.percentile-value-missing": [{ key: "m" }],
  "metric.percentile-value-unused": [{}],
  "role.statement-both": [{ role: "r", field: "actions", negated: "notActions" }],
  "role.statement-neither": [{ role: "r", field: "resources", negated: "notResources" }],
  "role.statement-empty": [{ field: "actions", negated: false }],
  "role.not-resources-not-actions": [{}],
  "role.specifier-invalid": [{ specifier: "proj/", character: 5, detail: "empty name" }],
  "role.specifier-warning": [{ specifier: "proj/*:/x", detail: "stray `/`" }],
  "role.specifier-unnamed": [{ specifier: "proj:env/*", type: "proj" }],
  "role.specifier-bare": [{ specifier: "acct/x", type: "acct" }],
  "role.specifier-type-typo": [{ specifier: "proj/*:env/*:segmnt/*", type: "segmnt", suggestion: "segment" }],
  "role.specifier-unknown-type": [{ specifier: "proj/*:gizmo/*", type: "gizmo" }],
  "role.specifier-wrong-chain": [
    { specifier: "proj/*:segment/*", resourceType: "segment", chains: ["proj:env:segment"] },
  ],
  "role.specifier-unknown-chain": [{ specifier: "env/*:proj/*", chain: "env:proj" }],
  "role.action-glob-unmatched": [{ action: "zz*", types: ["segment"] }],
  "role.action-undocumented": [{ action: "oldAction", types: ["segment"] }],
  "role.action-typo": [{ action: "updateNam", types: ["segment"], suggestion: "updateName" }],
  "role.action-wrong-type": [
    {
      action: "updateTargets",
      types: ["segment"],
      owners: ["flag"],
      suggestions: ["updateIncluded", "updateExcluded"],
    },
    { action: "updateOn", types: ["segment"], owners: ["flag"], suggestions: [] },
  ],
  "role.action-other-type": [{ action: "updateOn", types: ["segment"], owners: ["flag"] }],
  "role.action-unknown": [{ action: "updateFrobnicate", types: ["segment", "flag"] }],
  "members.outside-config": [{ file: "../secrets.csv" }],
  "members.unknown-format": [{ file: "cohorts/churn.dat" }],
  "members.file-missing": [{ file: "cohorts/churn.csv" }],
  "members.file-unreadable": [{ file: "cohorts/churn.csv.gz", detail: "incorrect header check" }],
  "members.column-missing": [
    { column: "user_id", columns: ["email", "id"] },
    { column: 3, columns: ["1", "2"] },
  ],
  "members.column-needed": [{ format: "ndjson" }, { format: "json" }],
  "members.unreadable-row": [{ detail: "Invalid Opening Quote" }],
  "members.not-a-key": [{ got: "the number 7" }],
  "members.empty-key": [{}],
  "members.key-whitespace": [{ key: " u-1" }],
  "members.key-control-character": [{ key: "u\u00071", code: 7 }],
  "members.key-too-long": [{ length: 300, max: 256 }],
  "members.more-problems": [{ count: 12 }],
  "members.duplicates": [{ count: 3, key: "u-1" }],
  "members.empty": [{ file: "cohorts/churn.csv" }],
  "members.in-both-lists": [{ key: "u-1", count: 2, contextKind: "user", environment: "production" }],
  "members.too-many-for-standard": [{ key: "s", environment: "production", count: 15001, max: 15000 }],
  "plan.members-sharp-drop": [
    { project: "web", environment: "production", key: "churn", list: "included", before: 90000, after: 12 },
  ],
  "plan.members-drifted": [
    { project: "web", environment: "production", key: "churn", expected: 10, live: 11 },
  ],
  "plan.members-unknown-contexts": [
    {
      file: "cohorts/churn.csv",
      column: "device_id",
      contextKind: "user",
      project: "web",
      environment: "production",
      sampled: 20,
      known: 0,
    },
    {
      file: "cohorts/churn.txt",
      contextKind: "user",
      project: "web",
      environment: "production",
      sampled: 5,
      known: 1,
    },
  ],
  "plan.owned-left-alone": [{ count: 2, prune: { name: "prune" } }],
  "plan.segment-unbounded-immutable": [{ project: "p", environment: "e", key: "s" }],
  "plan.big-segment-membership-unchecked": [{ segments: ["p/e/a", "p/e/b", "p/e/c"], named: 2 }],
  "plan.delete-threshold": [
    {
      deletes: 3,
      owned: 4,
      percent: 75,
      maxCount: 1,
      maxPercent: 25,
      allow: { name: "delete-threshold", value: "3,75%" },
    },
  ],
  "segment.unknown-context-kind": [
    {
      key: "orgs",
      kind: "organisation",
      project: "web",
      at: "/includedContexts/0/contextKind",
      archived: false,
      available: ["organization", "user"],
      suggestion: "organization",
    },
    { key: "d", kind: "legacy", project: "web", at: "/unboundedContextKind", archived: true, available: [] },
  ],
  "plan.segment-delete-referenced": [
    {
      project: "web",
      environment: "production",
      key: "beta",
      flags: [
        {
          flag: "new-checkout",
          name: "New checkout",
          on: true,
          segment: "beta",
          rule: 2,
          ruleDescription: "Beta",
          prerequisitePath: ["parent", "new-checkout"],
        },
      ],
      segments: ["beta-plus"],
    },
  ],
  "plan.metric-delete-in-use": [
    {
      project: "web",
      key: "checkout-rate",
      activeExperimentCount: 1,
      activeGuardedRolloutCount: 2,
      experiments: [{ key: "exp-1", name: "Exp 1", environment: "production", archived: false }],
    },
  ],
  "plan.metric-in-running-experiment": [{ activeExperimentCount: 2, activeGuardedRolloutCount: 1 }],
  "live.missing-project": [{ project: "p" }],
  "live.missing-environment": [{ project: "p", environment: "e", known: ["a", "b"] }],
};

/** A different value of the same shape. */
function changed(value: unknown): unknown {
  if (typeof value === "string") return `${value}Z`;
  if (typeof value === "number") return value * 3 + 7;
  if (typeof value === "boolean") return !value;
  if (Array.isArray(value)) return value.length > 0 ? value.slice(1) : ["Z"];
  if (value !== null && typeof value === "object") {
    const [key, inner] = Object.entries(value)[0] ?? [];
    return key === undefined ? { z: 1 } : { ...value, [key]: changed(inner) };
  }
  return "Z";
}

const codes = Object.keys(FINDING_MESSAGES) as FindingCode[];

describe("the finding catalogue", () => {
  it("has wording for every code, and an example for each", () => {
    expect(codes.length).toBeGreaterThan(70);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      for (const params of EXAMPLES[code]) {
        const text = describeFinding(finding(code, params as never));
        expect(text.length, code).toBeGreaterThan(10);
        expect(text, code).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
    }
  });

  it("uses every parameter of every code: changing one changes the words", () => {
    for (const code of codes) {
      const keys = new Set(EXAMPLES[code].flatMap((params) => Object.keys(params)));
      for (const key of keys) {
        const used = EXAMPLES[code].some((params) => {
          if (!(key in params)) return false;
          const before = describeFinding(finding(code, params as never));
          const after = describeFinding(
            finding(code, { ...params, [key]: changed((params as Record<string, unknown>)[key]) } as never),
          );
          return before !== after;
        });
        expect(used, `${code}: parameter ${key} never shows in the words`).toBe(true);
      }
    }
  });

  it("words a refused delete with the flags, prerequisite paths and segments that still use it", () => {
    const text = describeFinding(
      finding("plan.segment-delete-referenced", {
        project: "web",
        environment: "production",
        key: "beta",
        flags: [{ flag: "gate", name: "Gate", on: false, segment: "beta", rule: 1 }],
        segments: ["beta-plus"],
      }),
    );
    expect(text).toBe(
      'deleting segment web/production/beta is refused: it is still used by flag gate "Gate" (off): rule 1 matches segment beta; segment beta-plus: its rules match it (segmentMatch). ' +
        "Remove those references first (edit the flags in LaunchDarkly, or the segments' rules), or keep the segment in the repository; then plan again.",
    );
    expect(
      describeFinding(
        finding("plan.metric-in-running-experiment", {
          activeExperimentCount: 1,
          activeGuardedRolloutCount: 0,
        }),
      ),
    ).toBe(
      "1 running experiment reads this metric: changing it changes the meaning of results mid-iteration",
    );
  });

  it("names a setting as the edge's reader types it", () => {
    const leftAlone = finding("plan.owned-left-alone", { count: 1, prune: { name: "prune" } });
    expect(describeFinding(leftAlone)).toBe(
      "1 resource managed by ld-gitops is no longer in the repository and will be left in LaunchDarkly; plan with --prune to delete it.",
    );
    expect(describeFinding(leftAlone, { edge: "action" })).toContain(
      "plan with the `prune: true` input to delete it.",
    );
  });
});

describe("plan warning identity (the CLI's de-duplication)", () => {
  const at = (line: number) => ({
    file: "launchdarkly/a.yaml",
    line,
    column: 3,
    path: "/roles/0/policy/0/actions/0",
    severity: "warning" as const,
    ...finding("role.action-unknown", { action: "updateFrobnicate", types: ["segment"] }),
  });

  it("is the same for the same code, parameters and location, whatever the parameters' key order", () => {
    const reordered = { ...at(14), params: { types: ["segment"], action: "updateFrobnicate" } } as Diagnostic;
    expect(planWarningKey(planWarningOf(at(14)))).toBe(planWarningKey(planWarningOf(reordered)));
  });

  it("differs by location, by code and by parameters", () => {
    const key = planWarningKey(planWarningOf(at(14)));
    expect(planWarningKey(planWarningOf(at(15)))).not.toBe(key);
    expect(
      planWarningKey(
        planWarningOf({
          ...at(14),
          ...finding("role.action-unknown", { action: "other", types: ["segment"] }),
        }),
      ),
    ).not.toBe(key);
    expect(
      planWarningKey(planWarningOf({ ...at(14), ...finding("yaml.warning", { detail: "x" }) })),
    ).not.toBe(key);
    // A plan warning without a location (the plan's own) is not a validation warning at a place.
    const { location: _location, ...unlocated } = planWarningOf(at(14));
    expect(planWarningKey(unlocated)).not.toBe(key);
  });
});
