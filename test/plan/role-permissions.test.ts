import { describe, expect, it } from "vitest";
import {
  describeAllProjectsScope,
  diffPermissions,
  expandStatements,
  permissionRisks,
} from "../../src/plan/role-permissions.js";

describe("role permission diff", () => {
  it("expands statements into (effect, action, resource) triples", () => {
    expect(
      expandStatements([{ effect: "allow", actions: ["a", "b"], resources: ["r1", "r2"] }]),
    ).toHaveLength(4);
    expect(expandStatements([{ effect: "deny", notActions: ["x"], resources: ["r"] }])).toEqual([
      { effect: "deny", action: "x", resource: "r", notAction: true },
    ]);
  });

  it("diffs the sets regardless of how statements are grouped", () => {
    const changes = diffPermissions(
      [{ effect: "allow", actions: ["a", "b"], resources: ["r"] }],
      [
        { effect: "allow", actions: ["b"], resources: ["r"] },
        { effect: "allow", actions: ["c"], resources: ["r"] },
      ],
    );
    expect(changes).toEqual({
      granted: [{ effect: "allow", action: "c", resource: "r" }],
      revoked: [{ effect: "allow", action: "a", resource: "r" }],
    });
  });

  it("flags allow *, allow on every project resource, a removed deny, raised base permissions", () => {
    const risks = permissionRisks(
      {
        granted: [
          { effect: "allow", action: "*", resource: "proj/default" },
          { effect: "allow", action: "updateOn", resource: "proj/*:env/*:flag/*" },
          { effect: "allow", action: "updateOn", resource: "proj/default:env/test:flag/*" },
        ],
        revoked: [{ effect: "deny", action: "deleteFlag", resource: "proj/*" }],
      },
      { before: "no_access", after: "reader" },
    );
    expect(risks.map((r) => r.code)).toEqual([
      "allow-all-actions",
      "allow-all-project-resources",
      "deny-removed",
      "base-permissions-raised",
    ]);
  });
});

describe("grouped risks", () => {
  it("one risk per statement's resource, listing its actions, not one per action", () => {
    const changes = diffPermissions(
      [{ effect: "deny", actions: ["deleteMetric", "updateArchived"], resources: ["proj/web-app:metric/*"] }],
      [
        {
          effect: "allow",
          actions: ["createSegment", "updateIncluded", "updateExcluded"],
          resources: ["proj/*:env/*:segment/*"],
        },
      ],
    );
    expect(permissionRisks(changes).map((risk) => risk.message)).toEqual([
      "allows createSegment, updateExcluded, updateIncluded on every project's segments (proj/*:env/*:segment/*)",
      "removes a deny of deleteMetric, updateArchived on proj/web-app:metric/*",
    ]);
  });

  it("flags allows written with notResources or notActions: they grant everything outside the list", () => {
    const changes = diffPermissions(
      [],
      [
        { effect: "allow", actions: ["update*"], notResources: ["proj/web-app:env/production:segment/*"] },
        { effect: "allow", notActions: ["deleteSegment"], resources: ["proj/web-app:env/staging:segment/*"] },
        // A deny written with notActions narrows access: not a risk.
        { effect: "deny", notActions: ["updateDescription"], resources: ["proj/*:env/*:segment/*"] },
      ],
    );
    expect(permissionRisks(changes)).toEqual([
      {
        code: "allow-not-actions",
        message: "allows every action except deleteSegment on proj/web-app:env/staging:segment/*",
      },
      {
        code: "allow-not-resources",
        message:
          "allows update* on every resource except proj/web-app:env/production:segment/* (flags, projects and every other resource type included)",
      },
    ]);
  });

  it("allow * on a resource is one risk even with other actions beside it", () => {
    const changes = diffPermissions(
      [],
      [{ effect: "allow", actions: ["*", "createFlag"], resources: ["proj/*"] }],
    );
    expect(permissionRisks(changes)).toEqual([
      { code: "allow-all-actions", message: "allows every action (*) on proj/*" },
    ]);
  });

  it("names what an all-projects specifier reaches", () => {
    expect(describeAllProjectsScope("proj/*")).toBe("every project");
    expect(describeAllProjectsScope("proj/*:env/*")).toBe("every project's environments");
    expect(describeAllProjectsScope("proj/*:metric/*")).toBe("every project's metrics");
    expect(describeAllProjectsScope("proj/*:env/*;{critical:true}:segment/*")).toBe(
      "every project's segments",
    );
  });
});
