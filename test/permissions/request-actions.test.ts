import { describe, expect, it } from "vitest";
import {
  actionsForJsonPatch,
  actionsForSegmentInstructions,
  requiredPermission,
  segmentFieldAction,
  segmentInstructionAction,
} from "../../src/permissions/request-actions.js";

const segmentParams = { projectKey: "web", environmentKey: "production", segmentKey: "beta" };

describe("requiredPermission", () => {
  it("names createSegment with the key from the body", () => {
    expect(
      requiredPermission({
        operationId: "postSegment",
        params: { projectKey: "web", environmentKey: "production" },
        body: { key: "new-seg", name: "New" },
      }),
    ).toEqual({ resource: "proj/web:env/production:segment/new-seg", actions: ["createSegment"] });
  });

  it("maps semantic-patch instructions to segment actions", () => {
    expect(
      requiredPermission({
        operationId: "patchSegment",
        params: segmentParams,
        semanticPatch: true,
        body: {
          environmentKey: "production",
          instructions: [
            { kind: "addIncludedTargets", contextKind: "user", values: ["a"] },
            { kind: "addRule", clauses: [] },
            { kind: "addTags", values: ["x"] },
          ],
        },
      }),
    ).toEqual({
      resource: "proj/web:env/production:segment/beta",
      actions: ["updateIncluded", "updateRules", "updateTags"],
    });
  });

  it("maps JSON Patch paths, ignoring test ops", () => {
    expect(
      requiredPermission({
        operationId: "patchSegment",
        params: segmentParams,
        body: {
          patch: [
            { op: "test", path: "/version", value: 3 },
            { op: "replace", path: "/description", value: "d" },
            { op: "add", path: "/excluded/-", value: "k" },
          ],
        },
      })?.actions,
    ).toEqual(["updateDescription", "updateExcluded"]);
  });

  it("covers metrics and roles", () => {
    expect(
      requiredPermission({
        operationId: "patchMetric",
        params: { projectKey: "web", metricKey: "m" },
        body: [{ op: "replace", path: "/eventKey", value: "e" }],
      }),
    ).toEqual({ resource: "proj/web:metric/m", actions: ["updateEventKey"] });
    expect(requiredPermission({ operationId: "deleteCustomRole", params: { customRoleKey: "ops" } })).toEqual(
      {
        resource: "role/ops",
        actions: ["deleteRole"],
      },
    );
    expect(
      requiredPermission({
        operationId: "patchCustomRole",
        params: { customRoleKey: "ops" },
        body: { patch: [{ op: "replace", path: "/policy", value: [] }] },
      })?.actions,
    ).toEqual(["updatePolicy"]);
  });

  it("maps big-segment membership updates by list", () => {
    expect(
      requiredPermission({
        operationId: "updateBigSegmentContextTargets",
        params: segmentParams,
        body: { excluded: { add: ["x"] } },
      })?.actions,
    ).toEqual(["updateExcluded"]);
  });

  it("says nothing when no action can be named", () => {
    expect(requiredPermission({ operationId: "getCustomRoles", params: {} })).toBeUndefined();
    expect(
      requiredPermission({
        operationId: "patchMetric",
        params: { projectKey: "web", metricKey: "m" },
        body: [{ op: "replace", path: "/somethingNew", value: 1 }],
      }),
    ).toBeUndefined();
  });
});

describe("action helpers", () => {
  it("decodes JSON Pointer escapes and de-duplicates", () => {
    expect(
      actionsForJsonPatch(
        [
          { op: "replace", path: "/name", value: "a" },
          { op: "replace", path: "/name", value: "b" },
        ],
        { name: "updateName" },
      ),
    ).toEqual(["updateName"]);
    expect(actionsForSegmentInstructions([{ kind: "removeExcludedUsers", values: [] }])).toEqual([
      "updateExcluded",
    ]);
  });

  it("names updateIncluded for processBigSegmentImport, so an import alone is still checked", () => {
    expect(actionsForSegmentInstructions([{ kind: "processBigSegmentImport", importId: "i" }])).toEqual([
      "updateIncluded",
    ]);
    expect(
      requiredPermission({
        operationId: "patchSegment",
        params: segmentParams,
        semanticPatch: true,
        body: {
          environmentKey: "production",
          instructions: [{ kind: "processBigSegmentImport", importId: "i" }],
        },
      }),
    ).toEqual({ resource: "proj/web:env/production:segment/beta", actions: ["updateIncluded"] });
  });

  it("looks up one segment field or instruction kind, and nothing for unknown or inherited names", () => {
    expect(segmentFieldAction("includedContexts")).toBe("updateIncluded");
    expect(segmentInstructionAction("reorderRules")).toBe("updateRules");
    for (const name of ["unbounded", "constructor", "toString"])
      expect(segmentFieldAction(name)).toBeUndefined();
    for (const name of ["turnOn", "constructor"]) expect(segmentInstructionAction(name)).toBeUndefined();
  });
});
