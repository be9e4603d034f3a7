import { describe, expect, it } from "vitest";
import type { LdStatement } from "../../src/launchdarkly/types.js";
import { evaluatePolicy } from "../../src/permissions/evaluate-policy.js";
import { globMatches } from "../../src/permissions/glob.js";
import { parseResource, type ResourceChain } from "../../src/permissions/resource.js";

const SEGMENT = "proj/web-app:env/production:segment/beta-testers";
const allow = (resources: string[], actions: string[]): LdStatement => ({
  effect: "allow",
  resources,
  actions,
});
const deny = (resources: string[], actions: string[]): LdStatement => ({
  effect: "deny",
  resources,
  actions,
});

/** The segment with known tags and properties on each level. */
function segmentWith(
  env: { tags?: string[]; critical?: boolean },
  segmentTags?: string[],
  projectTags?: string[],
): ResourceChain {
  return [
    { type: "proj", key: "web-app", ...(projectTags ? { tags: projectTags } : {}) },
    {
      type: "env",
      key: "production",
      ...(env.tags ? { tags: env.tags } : {}),
      ...(env.critical === undefined ? {} : { properties: { critical: env.critical } }),
    },
    { type: "segment", key: "beta-testers", ...(segmentTags ? { tags: segmentTags } : {}) },
  ];
}

describe("globMatches", () => {
  it("treats * as any run of characters, case-sensitively, and everything else literally", () => {
    expect(globMatches("*", "")).toBe(true);
    expect(globMatches("update*", "updateRules")).toBe(true);
    expect(globMatches("update*", "createSegment")).toBe(false);
    expect(globMatches("ops_*", "ops_kill")).toBe(true);
    expect(globMatches("*-testers", "beta-testers")).toBe(true);
    expect(globMatches("beta.testers", "beta-testers")).toBe(false);
    expect(globMatches("Production", "production")).toBe(false);
  });
});

describe("parseResource", () => {
  it("reads levels, keys and (when written) tags and properties", () => {
    expect(parseResource(SEGMENT)).toEqual([
      { type: "proj", key: "web-app" },
      { type: "env", key: "production" },
      { type: "segment", key: "beta-testers" },
    ]);
    expect(parseResource("proj/p:env/e;qa,{critical:true}")[1]).toEqual({
      type: "env",
      key: "e",
      tags: ["qa"],
      properties: { critical: "true" },
    });
  });
});

describe("evaluatePolicy", () => {
  it("allows what a statement allows and reports no-match otherwise", () => {
    const policy = [allow(["proj/*:env/*:segment/*"], ["updateRules"])];
    expect(evaluatePolicy(policy, { action: "updateRules", resource: SEGMENT })).toEqual({
      decision: "allow",
      statement: 0,
      uncertain: false,
    });
    expect(evaluatePolicy(policy, { action: "updateTags", resource: SEGMENT }).decision).toBe("no-match");
    expect(evaluatePolicy([], { action: "updateRules", resource: SEGMENT }).decision).toBe("no-match");
  });

  it("lets a matching deny win over any allow, whatever the statement order", () => {
    const policy = [
      allow(["proj/*:env/*:segment/*"], ["*"]),
      deny(["proj/*:env/production:segment/*"], ["*"]),
    ];
    expect(evaluatePolicy(policy, { action: "updateRules", resource: SEGMENT })).toEqual({
      decision: "deny",
      statement: 1,
      uncertain: false,
    });
    expect(evaluatePolicy([...policy].reverse(), { action: "updateRules", resource: SEGMENT }).decision).toBe(
      "deny",
    );
    expect(
      evaluatePolicy(policy, { action: "updateRules", resource: "proj/web-app:env/staging:segment/x" })
        .decision,
    ).toBe("allow");
  });

  it("applies a statement only to its last level's resource type (no inheritance down the hierarchy)", () => {
    expect(
      evaluatePolicy([allow(["proj/*"], ["*"])], { action: "updateRules", resource: SEGMENT }).decision,
    ).toBe("no-match");
    expect(
      evaluatePolicy([allow(["proj/*:env/*"], ["*"])], { action: "updateRules", resource: SEGMENT }).decision,
    ).toBe("no-match");
    expect(
      evaluatePolicy([allow(["proj/*:metric/*"], ["*"])], {
        action: "updateName",
        resource: "proj/p:metric/m",
      }).decision,
    ).toBe("allow");
  });

  it("globs names and actions", () => {
    const policy = [allow(["proj/web-*:env/*:segment/beta-*"], ["update*"])];
    expect(evaluatePolicy(policy, { action: "updateIncluded", resource: SEGMENT }).decision).toBe("allow");
    expect(evaluatePolicy(policy, { action: "deleteSegment", resource: SEGMENT }).decision).toBe("no-match");
    expect(
      evaluatePolicy(policy, {
        action: "updateIncluded",
        resource: "proj/web-app:env/production:segment/alpha",
      }).decision,
    ).toBe("no-match");
  });

  it("turns notActions and notResources around", () => {
    const notActions: LdStatement = {
      effect: "allow",
      resources: ["proj/*:env/*:segment/*"],
      notActions: ["deleteSegment"],
    };
    expect(evaluatePolicy([notActions], { action: "updateRules", resource: SEGMENT }).decision).toBe("allow");
    expect(evaluatePolicy([notActions], { action: "deleteSegment", resource: SEGMENT }).decision).toBe(
      "no-match",
    );
    const notResources: LdStatement = {
      effect: "allow",
      notResources: ["proj/*:env/production:segment/*"],
      actions: ["*"],
    };
    expect(evaluatePolicy([notResources], { action: "updateRules", resource: SEGMENT }).decision).toBe(
      "no-match",
    );
    expect(
      evaluatePolicy([notResources], {
        action: "updateRules",
        resource: "proj/web-app:env/staging:segment/x",
      }).decision,
    ).toBe("allow");
  });

  it("ANDs tags and matches them (with globs) against known tags", () => {
    const policy = [allow(["proj/*:env/*:segment/*;team-*,managed"], ["*"])];
    const request = (tags: string[]) => ({ action: "updateRules", resource: segmentWith({}, tags) });
    expect(evaluatePolicy(policy, request(["team-web", "managed"])).decision).toBe("allow");
    expect(evaluatePolicy(policy, request(["team-web"])).decision).toBe("no-match");
    expect(evaluatePolicy(policy, request([])).decision).toBe("no-match");
  });

  it("matches {critical:true} against the environment's property", () => {
    const policy = [
      allow(["proj/*:env/*:segment/*"], ["*"]),
      deny(["proj/*:env/*;{critical:true}:segment/*"], ["*"]),
    ];
    expect(
      evaluatePolicy(policy, { action: "updateRules", resource: segmentWith({ critical: true }) }).decision,
    ).toBe("deny");
    expect(
      evaluatePolicy(policy, { action: "updateRules", resource: segmentWith({ critical: false }) }).decision,
    ).toBe("allow");
  });

  it("is conservative about unknown tags and properties: a deny that may match denies, an allow that may match does not allow", () => {
    const unknown = segmentWith({});
    const mayDeny = [
      allow(["proj/*:env/*:segment/*"], ["*"]),
      deny(["proj/*:env/*;{critical:true}:segment/*"], ["*"]),
    ];
    expect(evaluatePolicy(mayDeny, { action: "updateRules", resource: unknown })).toEqual({
      decision: "deny",
      statement: 1,
      uncertain: true,
    });
    const mayAllow = [allow(["proj/*:env/*;qa_*:segment/*"], ["*"])];
    expect(evaluatePolicy(mayAllow, { action: "updateRules", resource: unknown })).toEqual({
      decision: "no-match",
      statement: 0,
      uncertain: true,
    });
    // A certain allow with a deny that only may apply is still a deny.
    const both = [allow(["proj/*:env/*:segment/*"], ["*"]), deny(["proj/*:env/*:segment/*;frozen"], ["*"])];
    expect(evaluatePolicy(both, { action: "updateRules", resource: unknown }).decision).toBe("deny");
    expect(evaluatePolicy(both, { action: "updateRules", resource: segmentWith({}, ["hot"]) }).decision).toBe(
      "allow",
    );
  });

  it("treats role attributes as unknown and a comma list of keys as alternatives", () => {
    const attribute = [allow(["proj/${roleAttribute/projects}:env/*:segment/*"], ["*"])];
    expect(evaluatePolicy(attribute, { action: "updateRules", resource: SEGMENT })).toMatchObject({
      decision: "no-match",
      uncertain: true,
    });
    const commaList = [deny(["proj/a,web-app"], ["viewProject"])];
    expect(evaluatePolicy(commaList, { action: "viewProject", resource: "proj/web-app" }).decision).toBe(
      "deny",
    );
    expect(evaluatePolicy(commaList, { action: "viewProject", resource: "proj/b" }).decision).toBe(
      "no-match",
    );
  });

  it("matches nothing with an unreadable specifier", () => {
    expect(
      evaluatePolicy([deny(["proj/web app"], ["*"])], { action: "viewProject", resource: "proj/web-app" })
        .decision,
    ).toBe("no-match");
  });
});
