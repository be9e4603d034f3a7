import { describe, expect, it } from "vitest";
import { errors, HEADER, validateFiles, warnings } from "./helpers.js";

const role = (statement: string) => `roles:\n  - key: r\n    name: R\n    policy:\n      - ${statement}\n`;

describe("rule: duplicate keys across files", () => {
  it("names both places of a duplicate segment", async () => {
    const seg = `${HEADER}segments:\n  - key: beta\n    name: Beta\n`;
    const result = await validateFiles({ "a.yaml": seg, "b/c.yaml": seg });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        file: "launchdarkly/a.yaml",
        line: 4,
        message:
          "duplicate segment `beta` in web-app/production: also declared at launchdarkly/b/c.yaml:4:5; declare each resource once",
      }),
      expect.objectContaining({
        file: "launchdarkly/b/c.yaml",
        line: 4,
        message:
          "duplicate segment `beta` in web-app/production: also declared at launchdarkly/a.yaml:4:5; declare each resource once",
      }),
    ]);
  });

  it("allows one segment key in different environments, projects and files", async () => {
    const result = await validateFiles({
      "a.yaml": "project: web-app\nenvironments: [production]\nsegments:\n  - { key: beta, name: Beta }\n",
      "b.yaml": "project: web-app\nenvironments: [staging]\nsegments:\n  - { key: beta, name: Beta }\n",
      "c.yaml": "project: mobile\nenvironments: [production]\nsegments:\n  - { key: beta, name: Beta }\n",
    });
    expect(result.diagnostics).toEqual([]);
  });

  it("flags duplicate metrics per project and duplicate roles account-wide", async () => {
    const metric = "project: web-app\nmetrics:\n  - { key: m, kind: custom, eventKey: e }\n";
    const roleFile = role("{ effect: allow, resources: [acct], actions: ['*'] }");
    const result = await validateFiles({ "a.yaml": metric + roleFile, "b.yaml": metric + roleFile });
    const messages = errors(result).map((d) => d.message);
    expect(messages.filter((m) => m.startsWith("duplicate metric `m` in project web-app"))).toHaveLength(2);
    expect(messages.filter((m) => m.startsWith("duplicate role `r`"))).toHaveLength(2);
    const other = await validateFiles({ "a.yaml": metric, "b.yaml": metric.replace("web-app", "mobile") });
    expect(other.diagnostics).toEqual([]);
  });
});

describe("rule: standard segments hold at most 15,000 targets per environment", () => {
  const keys = (n: number, prefix = "u") =>
    `[${Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(",")}]`;

  it("fails above the limit, counting every list, only in the environment that exceeds it", async () => {
    const result = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - key: s\n    name: S\n    included: ${keys(10000)}\n    environments:\n      production:\n        excludedContexts: [{ contextKind: org, values: ${keys(5001, "o")} }]\n`,
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        path: "/segments/0/environments/production",
        message: expect.stringMatching(
          /^segment `s` has 15,001 individual targets in production; a standard segment holds at most 15,000: make it a big segment/,
        ),
      }),
    ]);
  });

  it("passes at the limit, and big segments are exempt", async () => {
    const atLimit = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - key: s\n    name: S\n    included: ${keys(15000)}\n`,
    });
    expect(atLimit.diagnostics).toEqual([]);
    const big = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - key: s\n    name: S\n    unbounded: true\n    included: ${keys(15001)}\n`,
    });
    expect(big.diagnostics).toEqual([]);
  });
});

describe("rule: big segments", () => {
  const big = (body: string) =>
    `${HEADER}segments:\n  - key: kiosks\n    name: Kiosks\n    unbounded: true\n    unboundedContextKind: device\n${body}`;

  it("fails when a big segment has rules", async () => {
    const result = await validateFiles({
      "a.yaml": big("    rules:\n      - clauses: [{ attribute: a, op: in, values: [b] }]\n"),
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        path: "/segments/0/rules",
        message: expect.stringMatching(/^big segment `kiosks` cannot have rules/),
      }),
    ]);
  });

  it("fails when targets are of another context kind than unboundedContextKind", async () => {
    const result = await validateFiles({
      "a.yaml": big(
        "    included: [user-1]\n    includedContexts: [{ contextKind: device, values: [d1] }, { contextKind: org, values: [o1] }]\n",
      ),
    });
    expect(errors(result).map((d) => d.path)).toEqual([
      "/segments/0/included",
      "/segments/0/includedContexts/1/contextKind",
    ]);
    expect(errors(result)[1]?.message).toBe(
      "big segment `kiosks` holds one context kind, `device` (its `unboundedContextKind`); got `org`",
    );
  });

  it("fails on unboundedContextKind without unbounded", async () => {
    const result = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - { key: s, name: S, unboundedContextKind: device }\n`,
    });
    expect(errors(result)[0]?.message).toMatch(/applies only to big segments/);
  });

  it("passes a big segment of one context kind without rules", async () => {
    const result = await validateFiles({
      "a.yaml": big("    includedContexts: [{ contextKind: device, values: [d1, d2] }]\n"),
    });
    expect(result.diagnostics).toEqual([]);
  });
});

describe("rule: rollout weights are thousandths of a percent", () => {
  const rule = (weight: number) =>
    `{ weight: ${weight}, clauses: [{ attribute: country, op: in, values: [fr] }] }`;

  it("warns on a weight under 1% and says the unit, top level and in overrides", async () => {
    const result = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - key: s\n    name: S\n    rules:\n      - ${rule(50)}\n    environments:\n      staging:\n        rules:\n          - ${rule(1000)}\n          - ${rule(999)}\n`,
    });
    expect(errors(result)).toEqual([]);
    expect(warnings(result)).toEqual([
      expect.objectContaining({
        code: "segment.small-rollout-weight",
        line: 7,
        column: 19,
        path: "/segments/0/rules/0/weight",
        message:
          "a rule of segment `s` includes only 0.05% of the contexts it matches: `weight` is in thousandths of a percent (50000 is 50%); for 50% write `weight: 50000`",
      }),
      expect.objectContaining({
        path: "/segments/0/environments/staging/rules/1/weight",
        message:
          "a rule of segment `s` includes only 0.999% of the contexts it matches: `weight` is in thousandths of a percent (50000 is 50%)",
      }),
    ]);
  });

  it("is silent on 0 (nobody, in either unit), on 1% and more, and on rules without a weight", async () => {
    const result = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - key: s\n    name: S\n    rules:\n      - ${rule(0)}\n      - ${rule(1000)}\n      - ${rule(100000)}\n      - { clauses: [{ attribute: country, op: in, values: [fr] }] }\n`,
    });
    expect(result.diagnostics).toEqual([]);
  });
});

describe("rule: segmentMatch references", () => {
  const referencing = (value: string) =>
    `${HEADER}segments:\n  - { key: staff, name: Staff }\n  - key: beta\n    name: Beta\n    rules:\n      - clauses: [{ attribute: segmentMatch, op: segmentMatch, values: [${value}] }]\n`;

  it("passes when the named segment is in the repo in the same project and environments", async () => {
    expect((await validateFiles({ "a.yaml": referencing("staff") })).diagnostics).toEqual([]);
  });

  it("warns once, naming the environments, when the segment is not in the repo", async () => {
    const result = await validateFiles({ "a.yaml": referencing("vip") });
    expect(errors(result)).toEqual([]);
    expect(warnings(result)).toEqual([
      expect.objectContaining({
        line: 8,
        column: 73,
        message:
          "`segmentMatch` names segment `vip`, which this repo does not declare in web-app/production, web-app/staging: it must already exist in LaunchDarkly, or the clause matches no one",
      }),
    ]);
  });

  it("warns when the segment exists only in another project", async () => {
    const result = await validateFiles({
      "a.yaml": referencing("vip"),
      "b.yaml":
        "project: mobile\nenvironments: [production, staging]\nsegments:\n  - { key: vip, name: VIP }\n",
    });
    expect(warnings(result)).toHaveLength(1);
  });

  it("fails when a segment matches itself", async () => {
    const result = await validateFiles({ "a.yaml": referencing("beta") });
    expect(errors(result)[0]?.message).toBe("segment `beta` cannot match itself with `segmentMatch`");
  });
});

describe("rule: metric kinds", () => {
  const metric = (body: string) => `project: web-app\nmetrics:\n  - key: m\n${body}`;
  const cases: [string, string, string | undefined][] = [
    [
      "click without selector",
      "    kind: click\n    urls: [{ kind: exact, url: 'https://x.test/' }]\n",
      "needs `selector`",
    ],
    ["click without urls", "    kind: click\n    selector: button\n", "needs `urls`"],
    [
      "click with both",
      "    kind: click\n    selector: button\n    urls: [{ kind: exact, url: 'https://x.test/' }]\n",
      undefined,
    ],
    ["pageview without urls", "    kind: pageview\n", "needs `urls`"],
    [
      "pageview with urls",
      "    kind: pageview\n    urls: [{ kind: canonical, url: 'https://x.test/' }]\n",
      undefined,
    ],
    [
      "pageview with a selector",
      "    kind: pageview\n    selector: a\n    urls: [{ kind: canonical, url: 'https://x.test/' }]\n",
      "applies only to click",
    ],
    ["custom without eventKey", "    kind: custom\n", "needs `eventKey`"],
    ["custom with eventKey", "    kind: custom\n    eventKey: e\n", undefined],
    [
      "numeric custom without unit",
      "    kind: custom\n    eventKey: e\n    isNumeric: true\n    successCriteria: HigherThanBaseline\n",
      "needs `unit`",
    ],
    [
      "numeric custom without successCriteria",
      "    kind: custom\n    eventKey: e\n    isNumeric: true\n    unit: ms\n",
      "needs `successCriteria`",
    ],
    [
      "numeric custom complete",
      "    kind: custom\n    eventKey: e\n    isNumeric: true\n    unit: ms\n    successCriteria: LowerThanBaseline\n",
      undefined,
    ],
    [
      "percentile without percentileValue",
      "    kind: custom\n    eventKey: e\n    analysisType: percentile\n",
      "needs `percentileValue`",
    ],
    [
      "percentile with percentileValue",
      "    kind: custom\n    eventKey: e\n    analysisType: percentile\n    percentileValue: 90\n",
      undefined,
    ],
  ];
  for (const [name, body, expected] of cases) {
    it(`${expected ? "fails" : "passes"}: ${name}`, async () => {
      const result = await validateFiles({ "a.yaml": metric(body) });
      if (expected === undefined) expect(result.diagnostics).toEqual([]);
      else expect(errors(result).map((d) => d.message)).toEqual([expect.stringContaining(expected)]);
    });
  }
});

describe("rule: statements have one of resources/notResources and one of actions/notActions", () => {
  it("fails with both or neither", async () => {
    const both = await validateFiles({
      "a.yaml": role("{ effect: allow, resources: [acct], notResources: [acct], actions: ['*'] }"),
    });
    expect(errors(both)[0]?.message).toMatch(
      /^a statement has either `resources` or `notResources`, not both/,
    );
    const neither = await validateFiles({ "a.yaml": role("{ effect: allow, resources: [acct] }") });
    expect(errors(neither)[0]?.message).toMatch(/^statement needs `actions` \(or `notActions`\)/);
  });

  it("passes with one of each, and warns on notResources with notActions", async () => {
    expect(
      (await validateFiles({ "a.yaml": role("{ effect: deny, notResources: ['proj/*'], actions: ['*'] }") }))
        .diagnostics,
    ).toEqual([]);
    const odd = await validateFiles({
      "a.yaml": role("{ effect: allow, notResources: ['proj/*'], notActions: [viewProject] }"),
    });
    expect(errors(odd)).toEqual([]);
    expect(warnings(odd)[0]?.message).toMatch(/`notResources` with `notActions`/);
  });
});

describe("rule: resource specifiers", () => {
  const check = async (specifier: string) =>
    validateFiles({
      "a.yaml": role(`{ effect: allow, resources: [${JSON.stringify(specifier)}], actions: ['*'] }`),
    });

  it("passes the documented forms", async () => {
    for (const spec of [
      "proj/*:env/*:segment/*",
      "proj/web-app:env/production:segment/beta-*",
      "proj/*:env/*;qa_*:flag/*",
      "proj/*:env/*;{critical:true}:segment/*",
      "proj/${roleAttribute/devProjects}:env/staging:segment/*",
      "proj/*:metric/*;checkout,web",
      "member/*:token/*",
      "acct",
      "role/*",
    ]) {
      expect((await check(spec)).diagnostics, spec).toEqual([]);
    }
  });

  it("fails an unparsable specifier at the item, saying where", async () => {
    const result = await check("proj/web app:env/*");
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 5,
        message: expect.stringMatching(
          /^resource specifier `proj\/web app:env\/\*` is not valid at character 9/,
        ),
      }),
    ]);
  });

  it("fails a wrong hierarchy with the right one", async () => {
    const result = await check("proj/*:segment/*");
    expect(errors(result)[0]?.message).toContain("`segment` resources are written `proj/*:env/*:segment/…`");
  });

  it("fails a misspelt type with a suggestion, warns on an unknown one", async () => {
    expect(errors(await check("proj/*:env/*:segmnt/*"))[0]?.message).toContain("did you mean `segment`?");
    const unknown = await check("proj/*:env/*:quantum-widget/*");
    expect(errors(unknown)).toEqual([]);
    expect(warnings(unknown)[0]?.message).toContain("not one ld-gitops knows");
  });

  it("warns on quirks found in LaunchDarkly's own examples", async () => {
    const result = await check("proj/*:env/*;qa_*:/flag/*");
    expect(errors(result)).toEqual([]);
    expect(warnings(result)[0]?.message).toContain("stray `/`");
  });
});

describe("rule: action names exist for the resource type", () => {
  const check = async (resource: string, action: string) =>
    validateFiles({
      "a.yaml": role(
        `{ effect: allow, resources: [${JSON.stringify(resource)}], actions: [${JSON.stringify(action)}] }`,
      ),
    });

  it("passes documented actions, `*` and matching globs", async () => {
    for (const action of ["updateIncluded", "*", "update*", "createSegmentExport"]) {
      expect((await check("proj/*:env/*:segment/*", action)).diagnostics, action).toEqual([]);
    }
    expect((await check("proj/*:env/*", "importEventData")).diagnostics).toEqual([]);
  });

  it("fails a clear typo of a known action, suggesting it", async () => {
    const result = await check("proj/*:env/*:segment/*", "updateIncludd");
    expect(errors(result)[0]?.message).toBe(
      "unknown action `updateIncludd` for segment resources; did you mean `updateIncluded`?",
    );
    expect(errors(await check("proj/*:env/*:segment/*", "UpdateIncluded"))[0]?.message).toContain(
      "did you mean `updateIncluded`?",
    );
  });

  it("fails another type's documented action, suggesting the nearest actions of the statement's type", async () => {
    const result = await check("proj/checkout:env/*:segment/*", "updateTargets");
    expect(warnings(result)).toEqual([]);
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 5,
        column: 82,
        code: "role.action-wrong-type",
        params: {
          action: "updateTargets",
          types: ["segment"],
          owners: ["flag"],
          suggestions: ["updateIncluded", "updateExcluded", "updateExpiringTargets"],
        },
        message:
          "`updateTargets` is a flag action, not a segment action, so this statement grants nothing with it: use a segment action such as `updateIncluded`, `updateExcluded` or `updateExpiringTargets`, or grant `updateTargets` in a statement about flag resources",
      }),
    ]);
    // The same name with the type swapped comes first.
    expect(errors(await check("proj/*:env/*:segment/*", "createFlag"))[0]?.params).toMatchObject({
      suggestions: ["createSegment", "createSegmentExport", "createApprovalRequest"],
    });
    expect(errors(await check("proj/*:metric/*", "deleteFlag"))[0]?.params).toMatchObject({
      types: ["metric"],
      suggestions: expect.arrayContaining(["deleteMetric"]),
    });
  });

  it("only warns on another type's action where it is uncertain or the statement's type has no documented list", async () => {
    // createContextKind is only an uncertain name (of context-kind); segments document their actions.
    const uncertainOwner = await check("proj/*:env/*:segment/*", "createContextKind");
    expect(errors(uncertainOwner)).toEqual([]);
    expect(warnings(uncertainOwner)[0]).toMatchObject({ code: "role.action-other-type" });
    // context-kind resources have no documented actions: a flag action there cannot be ruled out.
    const undocumentedType = await check("proj/*:context-kind/*", "createFlag");
    expect(errors(undocumentedType)).toEqual([]);
    expect(warnings(undocumentedType)[0]?.message).toMatch(/is a flag action, not a context-kind action/);
    // `notResources` names every resource but those: the flag action may well apply.
    const allBut = await validateFiles({
      "a.yaml": role("{ effect: allow, notResources: ['proj/*:env/*:segment/*'], actions: [updateTargets] }"),
    });
    expect(errors(allBut)).toEqual([]);
    expect(warnings(allBut)[0]).toMatchObject({ code: "role.action-other-type" });
  });

  it("warns on uncertain names, unknown names and globs matching nothing", async () => {
    const cases: [string, RegExp][] = [
      ["frobnicateEverything", /not one ld-gitops knows for segment resources/],
      ["zap*", /matches no known segment action/],
    ];
    for (const [action, message] of cases) {
      const result = await check("proj/*:env/*:segment/*", action);
      expect(errors(result), action).toEqual([]);
      expect(warnings(result)[0]?.message, action).toMatch(message);
    }
    // Segments have no uncertain names left (../shared/launchdarkly/role-actions.json documents them all).
    const uncertain = await check("proj/*:env/*", "updateCritical");
    expect(errors(uncertain)).toEqual([]);
    expect(warnings(uncertain)[0]?.message).toMatch(/not in LaunchDarkly's documented env actions/);
  });

  it("accepts an action valid for any of the statement's resource types", async () => {
    const result = await validateFiles({
      "a.yaml": role(
        "{ effect: allow, resources: ['proj/*:env/*:segment/*', 'proj/*:env/*:flag/*'], actions: [updateOn, updateIncluded] }",
      ),
    });
    expect(result.diagnostics).toEqual([]);
  });
});

describe("rule: projects and environments", () => {
  it("fails a resource with no project, and passes one with its own project", async () => {
    const none = await validateFiles({ "a.yaml": "metrics:\n  - { key: m, kind: custom, eventKey: e }\n" });
    expect(errors(none)[0]?.message).toBe(
      "metric `m` has no project: add `project: <project-key>` at the top of the file or on the metric",
    );
    const own = await validateFiles({
      "a.yaml": "metrics:\n  - { key: m, project: web-app, kind: custom, eventKey: e }\n",
    });
    expect(own.diagnostics).toEqual([]);
  });

  it("fails segments in a file without environments", async () => {
    const result = await validateFiles({
      "a.yaml": "project: web-app\nsegments:\n  - { key: s, name: S }\n",
    });
    expect(errors(result)[0]?.message).toMatch(/has segments but no `environments`/);
  });

  it("fails an override for an environment not in the file's list, suggesting the nearest", async () => {
    const result = await validateFiles({
      "a.yaml": `${HEADER}segments:\n  - key: s\n    name: S\n    environments:\n      producton: { name: P }\n`,
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 7,
        column: 7,
        message: expect.stringMatching(
          /overrides environment `producton`, but this file's segments exist only in `production`, `staging`: did you mean `production`\?/,
        ),
      }),
    ]);
  });

  it("suggests the file's environment for a longer or shorter spelling of it (`staging` for `stage`)", async () => {
    const override = (files: string, name: string) =>
      `project: checkout\nenvironments: [${files}]\nsegments:\n  - key: s\n    name: S\n    environments:\n      ${name}: { name: P }\n`;
    const suggestionFor = async (files: string, name: string) =>
      errors(await validateFiles({ "a.yaml": override(files, name) }))[0]?.params;
    expect(await suggestionFor("prod, stage", "staging")).toMatchObject({ suggestion: "stage" });
    expect(await suggestionFor("production, staging", "stage")).toMatchObject({ suggestion: "staging" });
    expect(await suggestionFor("dev, prod", "develop")).toMatchObject({ suggestion: "dev" });
    // Two environments share the stem: no guess.
    expect(await suggestionFor("stage-eu, stage-us", "staging")).not.toHaveProperty("suggestion");
    expect(await suggestionFor("prod, stage", "qa")).not.toHaveProperty("suggestion");
  });
});
