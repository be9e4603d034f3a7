import { describe, expect, it } from "vitest";
import { requiredPermissions } from "../../src/apply/required-permissions.js";
import { resourceTypeByPath } from "../../src/permissions/role-action-catalog.js";
import type { PlannedChange } from "../../src/plan/types.js";

const segmentChange = (
  operations: PlannedChange["operations"],
  action: PlannedChange["action"] = "update",
): PlannedChange => ({
  action,
  resourceType: "segment",
  project: "web-app",
  environment: "production",
  key: "beta-testers",
  name: "Beta testers",
  fields: [],
  operations,
});

const SEGMENT = "proj/web-app:env/production:segment/beta-testers";

const PLAN: { changes: PlannedChange[] } = {
  changes: [
    {
      action: "create",
      resourceType: "role",
      key: "ops",
      name: "Ops",
      fields: [],
      operations: [{ kind: "createRole", body: { key: "ops", name: "Ops", policy: [] } }],
    },
    {
      action: "update",
      resourceType: "role",
      key: "qa",
      name: "QA",
      fields: [],
      operations: [
        {
          kind: "patchRole",
          patch: [
            { op: "replace", path: "/policy/0", value: {} },
            { op: "replace", path: "/description", value: "d" },
          ],
        },
      ],
    },
    {
      action: "delete",
      resourceType: "role",
      key: "old",
      name: "Old",
      fields: [],
      operations: [{ kind: "deleteRole" }],
    },
    {
      action: "update",
      resourceType: "metric",
      project: "web-app",
      key: "checkout",
      name: "Checkout",
      fields: [],
      operations: [
        {
          kind: "patchMetric",
          patch: [
            { op: "test", path: "/name", value: "x" },
            { op: "replace", path: "/eventKey", value: "e" },
            { op: "replace", path: "/tags", value: [] },
          ],
        },
      ],
    },
    {
      action: "create",
      resourceType: "metric",
      project: "web-app",
      key: "visit",
      name: "Visit",
      fields: [],
      operations: [{ kind: "createMetric", body: { key: "visit", kind: "pageview", tags: ["web"] } }],
    },
    segmentChange(
      [
        { kind: "createSegment", body: { key: "beta-testers", name: "Beta testers", tags: ["beta"] } },
        {
          kind: "patchSegmentSemantic",
          instructions: [
            { kind: "addIncludedTargets", contextKind: "user", values: ["a"] },
            { kind: "addRule", clauses: [] },
            { kind: "removeTags", values: ["x"] },
          ],
        },
        { kind: "patchSegmentJson", patch: [{ op: "replace", path: "/description", value: "d" }] },
        { kind: "updateBigSegmentTargets", update: { excluded: { add: ["k"] } } },
      ],
      "create",
    ),
    segmentChange([{ kind: "deleteSegment" }], "delete"),
  ],
};

describe("requiredPermissions", () => {
  const permissions = requiredPermissions(PLAN);

  it("names the action LaunchDarkly checks for every operation, once per (action, resource)", () => {
    expect(permissions.map((p) => `${p.action} ${p.resource}`)).toEqual([
      "createRole role/ops",
      "updateDescription role/qa",
      "updatePolicy role/qa",
      "deleteRole role/old",
      "updateEventKey proj/web-app:metric/checkout",
      "updateTags proj/web-app:metric/checkout",
      "createMetric proj/web-app:metric/visit",
      `createSegment ${SEGMENT}`,
      `updateIncluded ${SEGMENT}`,
      `updateRules ${SEGMENT}`,
      `updateTags ${SEGMENT}`,
      `updateDescription ${SEGMENT}`,
      `updateExcluded ${SEGMENT}`,
      `deleteSegment ${SEGMENT}`,
    ]);
    expect(permissions.find((p) => p.action === "updateExcluded")).toMatchObject({ change: 5, operation: 3 });
  });

  it("uses only action names LaunchDarkly documents for the resource type", () => {
    for (const permission of permissions) {
      const typePath = permission.target.map((level) => level.type).join(":");
      const type = resourceTypeByPath(typePath);
      expect(type, typePath).toBeDefined();
      expect(type?.actions.has(permission.action), `${permission.action} on ${typePath}`).toBe(true);
    }
  });

  it("knows a created resource's tags, and its parents' only when told", () => {
    const create = permissions.find((p) => p.action === "createSegment");
    expect(create?.target).toEqual([
      { type: "proj", key: "web-app" },
      { type: "env", key: "production" },
      { type: "segment", key: "beta-testers", tags: ["beta"] },
    ]);
    expect(permissions.find((p) => p.action === "deleteSegment")?.target[2]).toEqual({
      type: "segment",
      key: "beta-testers",
    });
    const known = requiredPermissions(PLAN, {
      projects: new Map([["web-app", { tags: ["main"] }]]),
      environments: new Map([["web-app/production", { tags: [], critical: true }]]),
    });
    expect(known.find((p) => p.action === "deleteSegment")?.target.slice(0, 2)).toEqual([
      { type: "proj", key: "web-app", tags: ["main"] },
      { type: "env", key: "production", tags: [], properties: { critical: true } },
    ]);
  });

  it("needs nothing for an empty plan", () => {
    expect(requiredPermissions({ changes: [] })).toEqual([]);
  });
});
