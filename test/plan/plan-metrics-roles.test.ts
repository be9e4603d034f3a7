import { describe, expect, it } from "vitest";
import type { LdMetric, LdRole } from "../../src/launchdarkly/types.js";
import { OWNERSHIP_TAG, ROLE_OWNERSHIP_MARKER } from "../../src/plan/ownership.js";
import { planMetricCreate, planMetrics, planMetricUpdate } from "../../src/plan/plan-metrics.js";
import { planRoleCreate, planRoles, planRoleUpdate } from "../../src/plan/plan-roles.js";
import { SOURCE } from "./support/desired.js";

const metric = {
  key: "checkout",
  project: "default",
  kind: "custom" as const,
  eventKey: "checkout",
  name: "Checkout",
  source: SOURCE,
};
const liveMetric = (fields: Partial<LdMetric> = {}): LdMetric => ({
  _id: "m",
  _versionId: "v",
  key: "checkout",
  name: "Checkout",
  kind: "custom",
  eventKey: "checkout",
  tags: [OWNERSHIP_TAG],
  dataSource: { key: "launchdarkly" },
  _creationDate: 1,
  _links: {},
  ...fields,
});

describe("metric plans", () => {
  it("create is a POST of MetricPost", () => {
    expect(planMetricCreate(metric).operations).toEqual([
      {
        kind: "createMetric",
        body: {
          key: "checkout",
          name: "Checkout",
          kind: "custom",
          eventKey: "checkout",
          isNumeric: false,
          tags: [OWNERSHIP_TAG],
        },
      },
    ]);
  });

  it("update is a bare JSON Patch of the changed fields only", () => {
    const change = planMetricUpdate(
      { ...metric, name: "Checkouts", unit: "orders" },
      liveMetric({ description: "gone" }),
    );
    expect(change?.operations).toEqual([
      {
        kind: "patchMetric",
        patch: [
          { op: "remove", path: "/description" },
          { op: "replace", path: "/name", value: "Checkouts" },
          { op: "add", path: "/unit", value: "orders" },
        ],
      },
    ]);
    expect(change?.fields.map((f) => f.path)).toEqual(["/description", "/name", "/unit"]);
  });

  it("LaunchDarkly's defaults are not changes", () => {
    expect(
      planMetricUpdate(
        metric,
        liveMetric({ randomizationUnits: ["user"], analysisType: "mean", unitAggregationType: "average" }),
      ),
    ).toBeUndefined();
  });

  it("prune deletes owned metrics only", () => {
    const live = new Map([
      ["default", [liveMetric({ key: "old" }), liveMetric({ key: "manual", tags: [] })]],
    ]);
    const plan = planMetrics([], live, true);
    expect(plan.changes.map((c) => [c.action, c.key, c.operations])).toEqual([
      ["delete", "old", [{ kind: "deleteMetric" }]],
    ]);
    expect(plan.unmanaged.map((u) => u.key)).toEqual(["manual"]);
  });
});

const role = {
  key: "writers",
  name: "Writers",
  policy: [{ effect: "allow" as const, actions: ["updateOn"], resources: ["proj/default:env/*:flag/*"] }],
  source: SOURCE,
};
const liveRole = (fields: Partial<LdRole> = {}): LdRole => ({
  _id: "r",
  _links: {},
  key: "writers",
  name: "Writers",
  description: ROLE_OWNERSHIP_MARKER,
  policy: [{ effect: "allow", actions: ["updateOn"], resources: ["proj/default:env/*:flag/*"] }],
  ...fields,
});

describe("role plans", () => {
  it("create is a POST of CustomRolePost and lists the grants", () => {
    const change = planRoleCreate(role);
    expect(change.operations).toEqual([
      {
        kind: "createRole",
        body: { key: "writers", name: "Writers", description: ROLE_OWNERSHIP_MARKER, policy: role.policy },
      },
    ]);
    expect(change.rolePermissions?.granted).toEqual([
      { effect: "allow", action: "updateOn", resource: "proj/default:env/*:flag/*" },
    ]);
  });

  it("update is a JSON Patch, with grants, revokes and risks", () => {
    const change = planRoleUpdate(
      { ...role, policy: [{ effect: "allow", actions: ["*"], resources: ["proj/default:env/*:flag/*"] }] },
      liveRole({
        policy: [
          ...liveRole().policy,
          { effect: "deny", actions: ["deleteFlag"], resources: ["proj/*:env/production:flag/*"] },
        ],
      }),
    );
    expect(change?.operations).toEqual([
      {
        kind: "patchRole",
        patch: [
          {
            op: "replace",
            path: "/policy",
            value: [{ effect: "allow", actions: ["*"], resources: ["proj/default:env/*:flag/*"] }],
          },
        ],
      },
    ]);
    expect(change?.rolePermissions?.revoked).toContainEqual({
      effect: "deny",
      action: "deleteFlag",
      resource: "proj/*:env/production:flag/*",
    });
    expect(change?.risks?.map((r) => r.code)).toEqual(["allow-all-actions", "deny-removed"]);
  });

  it("a role without the marker gets it on update (taking ownership is shown)", () => {
    const change = planRoleUpdate(role, liveRole({ description: undefined }));
    expect(change?.fields).toEqual([{ path: "/description", after: ROLE_OWNERSHIP_MARKER }]);
  });

  it("roles are not read (nor pruned) when the repo declares none", () => {
    expect(planRoles([], undefined, true).changes).toEqual([]);
    const plan = planRoles([], [liveRole(), liveRole({ key: "manual", description: "by hand" })], true);
    expect(plan.changes.map((c) => [c.action, c.key])).toEqual([["delete", "writers"]]);
    expect(plan.unmanaged.map((u) => u.key)).toEqual(["manual"]);
  });
});
