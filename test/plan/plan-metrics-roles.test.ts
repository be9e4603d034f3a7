import { describe, expect, it } from "vitest";
import type { LdMetric, LdRole } from "../../src/launchdarkly/types.js";
import { OWNERSHIP_TAG, ROLE_OWNERSHIP_MARKER } from "../../src/plan/ownership.js";
import { planMetricCreate, planMetrics, planMetricUpdate } from "../../src/plan/plan-metrics.js";
import { planRoleCreate, planRoles, planRoleUpdate } from "../../src/plan/plan-roles.js";
import type { PlannedOperation } from "../../src/plan/types.js";
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
      liveMetric({ description: "gone", _version: 7 }),
    );
    expect(writesOf(change?.operations)).toEqual([
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
    // LaunchDarkly refuses the patch unless the metric is still at the version the plan read.
    expect(change?.liveVersion).toBe(7);
    expect(change?.operations[0]?.kind === "patchMetric" && change.operations[0].patch[0]).toEqual({
      op: "test",
      path: "/_version",
      value: 7,
    });
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
    // Roles have no version: the patch first tests the value it replaces.
    expect(change?.operations[0]?.kind === "patchRole" && change.operations[0].patch[0]).toMatchObject({
      op: "test",
      path: "/policy",
    });
    expect(writesOf(change?.operations)).toEqual([
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

/** The paths a JSON Patch removes or replaces: each must exist on the resource as LaunchDarkly returned it. */
/** The operations with their preconditions (`test` ops, checked on their own below) left out: what they write. */
function writesOf(operations: readonly PlannedOperation[] | undefined): PlannedOperation[] | undefined {
  return operations?.map((operation) =>
    "patch" in operation
      ? { ...operation, patch: operation.patch.filter((op) => op.op !== "test") }
      : operation,
  );
}

function pathsRemovedOrReplaced(patch: readonly { op: string; path: string }[]): string[] {
  return patch.filter((op) => op.op === "remove" || op.op === "replace").map((op) => op.path);
}
function heldPaths(raw: object): string[] {
  return Object.entries(raw)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => `/${name}`);
}

describe("JSON Patch touches only what LaunchDarkly holds (defaults filled in by normalisation are not there)", () => {
  // A metric as an older LaunchDarkly returns it: none of the later defaults are stored.
  const bareMetric = (fields: Partial<LdMetric> = {}): LdMetric => {
    const live = liveMetric(fields);
    for (const field of [
      "isNumeric",
      "successCriteria",
      "randomizationUnits",
      "unitAggregationType",
      "analysisType",
      "eventDefault",
    ] as const)
      if (!(field in fields)) delete live[field];
    return live;
  };

  it("metric: a default that differs from the repo is added, not replaced", () => {
    const live = bareMetric();
    const change = planMetricUpdate(
      {
        ...metric,
        eventDefault: { disabled: true },
        randomizationUnits: ["organization"],
        unitAggregationType: "sum",
      },
      live,
    );
    const patch =
      change?.operations[0]?.kind === "patchMetric"
        ? change.operations[0].patch.filter((op) => op.op !== "test")
        : [];
    expect(patch).toEqual([
      { op: "add", path: "/eventDefault", value: { disabled: true, value: 0 } },
      { op: "add", path: "/randomizationUnits", value: ["organization"] },
      { op: "add", path: "/unitAggregationType", value: "sum" },
    ]);
  });

  it("metric: a default that only our side fills in is never removed", () => {
    // Numeric in the repo without successCriteria; the live metric's successCriteria exists only as our default.
    const live = bareMetric();
    const change = planMetricUpdate({ ...metric, isNumeric: true, unit: "ms" }, live);
    const patch =
      change?.operations[0]?.kind === "patchMetric"
        ? change.operations[0].patch.filter((op) => op.op !== "test")
        : [];
    expect(patch).toEqual([
      { op: "add", path: "/isNumeric", value: true },
      { op: "add", path: "/unit", value: "ms" },
    ]);
    for (const path of pathsRemovedOrReplaced(patch)) expect(heldPaths(live)).toContain(path);
    // Held explicitly, the same field is removed.
    const held = bareMetric({ isNumeric: false, successCriteria: "HigherThanBaseline" });
    const explicit = planMetricUpdate({ ...metric, isNumeric: true, unit: "ms" }, held);
    const explicitPatch =
      explicit?.operations[0]?.kind === "patchMetric"
        ? explicit.operations[0].patch.filter((op) => op.op !== "test")
        : [];
    expect(explicitPatch).toContainEqual({ op: "remove", path: "/successCriteria" });
    expect(explicitPatch).toContainEqual({ op: "replace", path: "/isNumeric", value: true });
  });

  it("metric: null and empty descriptions are held (replace), absent ones are not (add)", () => {
    const withNull = planMetricUpdate(
      { ...metric, description: "Orders" },
      liveMetric({ description: null as unknown as string }),
    );
    expect(writesOf(withNull?.operations)).toEqual([
      { kind: "patchMetric", patch: [{ op: "replace", path: "/description", value: "Orders" }] },
    ]);
    const absent = planMetricUpdate({ ...metric, description: "Orders" }, liveMetric());
    expect(writesOf(absent?.operations)).toEqual([
      { kind: "patchMetric", patch: [{ op: "add", path: "/description", value: "Orders" }] },
    ]);
    expect(planMetricUpdate(metric, liveMetric({ description: "" }))).toBeUndefined();
  });

  it("role: basePermissions LaunchDarkly does not return is added when raised, and never removed", () => {
    const live = liveRole();
    expect(live.basePermissions).toBeUndefined();
    expect(planRoleUpdate(role, live)).toBeUndefined();
    expect(planRoleUpdate({ ...role, basePermissions: "no_access" }, live)).toBeUndefined();
    const raised = planRoleUpdate({ ...role, basePermissions: "reader" }, live);
    expect(writesOf(raised?.operations)).toEqual([
      { kind: "patchRole", patch: [{ op: "add", path: "/basePermissions", value: "reader" }] },
    ]);
    const held = planRoleUpdate(
      { ...role, basePermissions: "reader" },
      liveRole({ basePermissions: "no_access" }),
    );
    expect(writesOf(held?.operations)).toEqual([
      { kind: "patchRole", patch: [{ op: "replace", path: "/basePermissions", value: "reader" }] },
    ]);
  });

  it("role: a resourceCategory LaunchDarkly assigned is left alone when the repo does not set one", () => {
    const live = liveRole({ resourceCategory: "project", name: "Old" });
    const change = planRoleUpdate(role, live);
    const patch =
      change?.operations[0]?.kind === "patchRole"
        ? change.operations[0].patch.filter((op) => op.op !== "test")
        : [];
    expect(patch).toEqual([{ op: "replace", path: "/name", value: "Writers" }]);
    for (const path of pathsRemovedOrReplaced(patch)) expect(heldPaths(live)).toContain(path);
  });
});
