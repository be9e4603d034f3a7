// Create, update and delete of every field of every resource type, against the emulator over HTTP.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import { WriteAccessError } from "../../src/apply/write-access.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { OWNERSHIP_TAG } from "../../src/plan/ownership.js";
import {
  baseSnapshot,
  COMMENT,
  clientFor,
  desiredState,
  ENV,
  metric,
  PROJECT,
  planAndApply,
  planFor,
  READER,
  role,
  segment,
  startTestEmulator,
  storedMetric,
  storedRole,
  storedSegment,
  writes,
} from "./support.js";

let emulator: RunningEmulator;
let api: LaunchDarklyClient;

beforeEach(async () => {
  emulator = await startTestEmulator();
  api = clientFor(emulator);
});

afterEach(async () => {
  await api.close();
  await emulator.close();
});

const fullSegment = segment({
  key: "beta-testers",
  name: "Beta testers",
  description: "Opted in",
  tags: ["beta"],
  included: ["user-1", "user-2"],
  excluded: ["user-9"],
  includedContexts: [{ contextKind: "organization", values: ["acme", "globex"] }],
  excludedContexts: [{ contextKind: "organization", values: ["hooli"] }],
  rules: [
    { description: "Staff", clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"] }] },
    {
      description: "Half of enterprise",
      clauses: [
        { contextKind: "organization", attribute: "plan", op: "in", values: ["enterprise"] },
        { attribute: "appVersion", op: "semVerGreaterThan", values: ["4.2.0"], negate: true },
      ],
      weight: 50_000,
      bucketBy: "key",
      rolloutContextKind: "organization",
    },
  ],
});

const matchingSegment = segment({
  key: "early-access",
  name: "Early access",
  rules: [{ clauses: [{ attribute: "segmentMatch", op: "segmentMatch", values: ["beta-testers"] }] }],
});

const bigSegment = segment({
  key: "kiosks",
  name: "Kiosks",
  unbounded: true,
  unboundedContextKind: "device",
  includedContexts: [{ contextKind: "device", values: ["kiosk-1", "kiosk-2"] }],
});

const customMetric = metric({
  key: "checkout-value",
  name: "Checkout value",
  description: "Money spent",
  kind: "custom",
  eventKey: "checkout",
  isNumeric: true,
  unit: "USD",
  successCriteria: "HigherThanBaseline",
  tags: ["revenue"],
  randomizationUnits: ["user"],
  unitAggregationType: "sum",
  analysisType: "percentile",
  percentileValue: 90,
  eventDefault: { disabled: false, value: 0 },
});

const clickMetric = metric({
  key: "signup-click",
  name: "Sign-up click",
  kind: "click",
  selector: "#signup",
  urls: [{ kind: "exact", url: "https://example.com/" }],
  eventKey: undefined,
  isNumeric: undefined,
});

const pageviewMetric = metric({
  key: "pricing-view",
  kind: "pageview",
  urls: [{ kind: "substring", substring: "/pricing" }],
  eventKey: undefined,
  isNumeric: undefined,
});

const editorRole = role({
  key: "segment-editor",
  name: "Segment editor",
  description: "Edits segments",
  basePermissions: "no_access",
  policy: [
    { effect: "allow", resources: ["proj/*:env/*:segment/*"], actions: ["updateIncluded", "updateExcluded"] },
    {
      effect: "deny",
      notResources: ["proj/web-app:env/staging:segment/*"],
      notActions: ["updateDescription"],
    },
  ],
});

describe("applyPlan against the emulator", () => {
  it("creates every field of every resource type, then converges", async () => {
    const desired = desiredState({
      segments: [matchingSegment, fullSegment, bigSegment],
      metrics: [customMetric, clickMetric, pageviewMetric],
      roles: [editorRole],
    });
    const { plan, report } = await planAndApply(api, desired);
    expect(plan.summary.create).toBe(7);
    expect(report.resources.map((result) => result.status)).toEqual(Array(7).fill("applied"));
    expect(report.convergence).toEqual({ converged: true, remaining: [] });
    expect(report.ok).toBe(true);

    const stored = storedSegment(emulator, "beta-testers");
    expect(stored?.name).toBe("Beta testers");
    expect(stored?.description).toBe("Opted in");
    expect(stored?.tags).toEqual(expect.arrayContaining(["beta", OWNERSHIP_TAG]));
    expect(stored?.included).toEqual(["user-1", "user-2"]);
    expect(stored?.excluded).toEqual(["user-9"]);
    expect(
      stored?.rules?.map((rule) => [rule.description, rule.weight, rule.bucketBy, rule.rolloutContextKind]),
    ).toEqual([
      ["Staff", undefined, undefined, undefined],
      ["Half of enterprise", 50_000, "key", "organization"],
    ]);
    const kiosks = emulator.snapshot().projects[0]?.environments[0]?.bigSegmentTargets?.kiosks;
    expect(kiosks?.included.sort()).toEqual(["kiosk-1", "kiosk-2"]);
    expect(storedMetric(emulator, "checkout-value")).toMatchObject({
      unit: "USD",
      percentileValue: 90,
      unitAggregationType: "sum",
    });
    expect(storedMetric(emulator, "signup-click")).toMatchObject({ selector: "#signup", kind: "click" });
    expect(storedRole(emulator, "segment-editor")?.policy).toHaveLength(2);

    const posts = emulator.requests.filter(
      (request) => request.method === "POST" && request.path === `/api/v2/segments/${PROJECT}/${ENV}`,
    );
    expect(posts).toHaveLength(3);
  });

  it("orders segment creates by segmentMatch references", async () => {
    const desired = desiredState({ segments: [matchingSegment, fullSegment] });
    const plan = await planFor(api, desired);
    const order: string[] = [];
    await applyPlan({
      plan,
      api,
      comment: COMMENT,
      onProgress: (event) => event.kind === "start" && order.push(event.change.key),
    });
    expect(order).toEqual(["beta-testers", "early-access"]);
  });

  it("updates every field of every resource type", async () => {
    await planAndApply(
      api,
      desiredState({ segments: [fullSegment], metrics: [customMetric, clickMetric], roles: [editorRole] }),
    );
    const changedSegment = segment({
      key: "beta-testers",
      name: "Beta testers (renamed)",
      tags: ["beta", "vip"],
      included: ["user-2", "user-3"],
      excluded: [],
      includedContexts: [{ contextKind: "organization", values: ["acme", "initech"] }],
      excludedContexts: [],
      rules: [
        {
          description: "Half of enterprise",
          clauses: [
            { contextKind: "organization", attribute: "plan", op: "in", values: ["enterprise", "pro"] },
          ],
          bucketBy: "email",
        },
        {
          description: "New rule",
          clauses: [{ attribute: "country", op: "in", values: ["NL"] }],
          weight: 25_000,
        },
        {
          description: "Staff (edited)",
          clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"] }],
        },
      ],
    });
    const changedMetric = metric({
      key: "checkout-value",
      name: "Checkout value (net)",
      kind: "custom",
      eventKey: "checkout-net",
      isNumeric: true,
      unit: "EUR",
      successCriteria: "LowerThanBaseline",
      tags: ["finance"],
      randomizationUnits: ["user", "organization"],
      unitAggregationType: "average",
      analysisType: "mean",
      eventDefault: { disabled: true, value: 1 },
    });
    const changedClick = metric({
      key: "signup-click",
      name: "Sign-up button",
      description: "now described",
      kind: "click",
      selector: ".signup",
      urls: [{ kind: "regex", pattern: ".*/signup" }],
      eventKey: undefined,
      isNumeric: undefined,
    });
    const changedRole = role({
      key: "segment-editor",
      name: "Segment editor v2",
      basePermissions: "reader",
      policy: [{ effect: "allow", resources: ["proj/web-app:env/*:segment/*"], actions: ["*"] }],
    });
    const desired = desiredState({
      segments: [changedSegment],
      metrics: [changedMetric, changedClick],
      roles: [changedRole],
    });
    const { plan, report } = await planAndApply(api, desired);
    expect(plan.summary.update).toBe(4);
    expect(report.resources.every((result) => result.status === "applied")).toBe(true);
    expect(report.convergence?.converged).toBe(true);

    const stored = storedSegment(emulator, "beta-testers");
    expect(stored?.name).toBe("Beta testers (renamed)");
    expect(stored?.description).toBeUndefined();
    expect(stored?.included?.sort()).toEqual(["user-2", "user-3"]);
    expect(stored?.excluded).toEqual([]);
    expect(stored?.rules?.map((rule) => rule.description)).toEqual([
      "Half of enterprise",
      "New rule",
      "Staff (edited)",
    ]);
    expect(stored?.rules?.[0]).toMatchObject({ bucketBy: "email" });
    expect(stored?.rules?.[0]?.weight).toBeUndefined();
    expect(stored?.rules?.[1]?.weight).toBe(25_000);
    expect(storedMetric(emulator, "checkout-value")).toMatchObject({
      unit: "EUR",
      eventKey: "checkout-net",
      analysisType: "mean",
    });
    expect(storedMetric(emulator, "signup-click")).toMatchObject({
      selector: ".signup",
      description: "now described",
    });
    expect(storedRole(emulator, "segment-editor")).toMatchObject({
      name: "Segment editor v2",
      basePermissions: "reader",
    });

    // Writes that take a comment carry it into LaunchDarkly's audit log.
    const entries = emulator.snapshot().auditLog ?? [];
    const segmentUpdates = entries.filter(
      (record) =>
        record.resource.endsWith("segment/beta-testers") && record.entry.titleVerb === "updated the segment",
    );
    expect(segmentUpdates.length).toBeGreaterThan(0);
    expect(segmentUpdates.every((record) => record.entry.comment === COMMENT)).toBe(true);
    const roleUpdate = entries.find(
      (record) => record.resource === "role/segment-editor" && record.entry.titleVerb === "updated the role",
    );
    expect(roleUpdate?.entry.comment).toBe(COMMENT);
  });

  it("deletes with prune, a matching segment before the segment it matches on", async () => {
    await planAndApply(
      api,
      desiredState({
        segments: [fullSegment, matchingSegment],
        metrics: [customMetric],
        roles: [editorRole],
      }),
    );
    const { plan, report } = await planAndApply(api, desiredState({}), { prune: true });
    expect(plan.summary.delete).toBe(4);
    expect(report.resources.every((result) => result.status === "applied")).toBe(true);
    expect(report.convergence?.converged).toBe(true);
    expect(storedSegment(emulator, "beta-testers")).toBeUndefined();
    expect(storedMetric(emulator, "checkout-value")).toBeUndefined();
    expect(storedRole(emulator, "segment-editor")).toBeUndefined();
    const deletes = emulator.requests
      .filter((request) => request.method === "DELETE")
      .map((request) => request.path.split("/").pop());
    expect(deletes.indexOf("early-access")).toBeLessThan(deletes.indexOf("beta-testers"));
  });

  it("refuses a reader token before any write", async () => {
    const plan = await planFor(api, desiredState({ segments: [fullSegment] }));
    const reader = clientFor(emulator, READER);
    try {
      emulator.clearRequests();
      await expect(applyPlan({ plan, api: reader, comment: COMMENT })).rejects.toThrow(WriteAccessError);
      expect(writes(emulator)).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it("applies an empty plan without writing and reports convergence", async () => {
    const desired = desiredState({ segments: [fullSegment] });
    await planAndApply(api, desired);
    emulator.clearRequests();
    const { plan, report } = await planAndApply(api, desired);
    expect(plan.changes).toEqual([]);
    expect(report.ok).toBe(true);
    expect(writes(emulator)).toEqual([]);
  });

  it("turns off a legacy rollout that has no rolloutContextKind, and metrics without LaunchDarkly's later defaults", async () => {
    // LaunchDarkly returns older rules as { weight } without `rolloutContextKind`, and older metrics without
    // `eventDefault`, `randomizationUnits` or `unitAggregationType`. Patches must not remove what is not there.
    const snapshot = baseSnapshot();
    const project = snapshot.projects[0];
    const production = project?.environments.find((environment) => environment.key === ENV);
    if (!project || !production) throw new Error("base snapshot has no production environment");
    production.segments = [
      {
        key: "legacy",
        name: "Legacy",
        tags: [OWNERSHIP_TAG],
        rules: [
          {
            clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"], negate: false }],
            weight: 30_000,
            bucketBy: "",
          },
        ],
      },
    ];
    project.metrics = [
      { key: "legacy-metric", name: "Legacy metric", kind: "custom", eventKey: "e", tags: [OWNERSHIP_TAG] },
    ];
    emulator.loadState(snapshot);
    const desired = desiredState({
      segments: [
        segment({
          key: "legacy",
          name: "Legacy",
          rules: [
            { clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"] }], bucketBy: "key" },
          ],
        }),
      ],
      metrics: [
        metric({
          key: "legacy-metric",
          name: "Legacy metric",
          eventKey: "e",
          isNumeric: true,
          unit: "ms",
          successCriteria: "LowerThanBaseline",
          eventDefault: { disabled: true },
        }),
      ],
    });
    const plan = await planFor(api, desired);
    const segmentPatch = plan.changes.find((change) => change.key === "legacy")?.operations;
    // The rules are written whole, the kept rule and clause with their ids, behind a test of the plan's version.
    const live = storedSegment(emulator, "legacy");
    expect(segmentPatch).toEqual([
      {
        kind: "patchSegmentJson",
        patch: [
          { op: "test", path: "/version", value: live?.version },
          {
            op: "replace",
            path: "/rules",
            value: [
              {
                _id: live?.rules?.[0]?._id,
                clauses: [
                  {
                    _id: live?.rules?.[0]?.clauses[0]?._id,
                    contextKind: "user",
                    attribute: "email",
                    op: "endsWith",
                    values: ["@example.com"],
                    negate: false,
                  },
                ],
                bucketBy: "key",
              },
            ],
          },
        ],
      },
    ]);
    const report = await applyPlan({ plan, api, comment: COMMENT, desired });
    expect(report.resources.map((resource) => [resource.key, resource.status, resource.message])).toEqual([
      ["legacy-metric", "applied", undefined],
      ["legacy", "applied", undefined],
    ]);
    expect(report.convergence).toEqual({ converged: true, remaining: [] });
    const stored = storedSegment(emulator, "legacy")?.rules?.[0];
    expect(stored?.weight).toBeUndefined();
    expect(stored?.bucketBy).toBe("key");
    expect(storedMetric(emulator, "legacy-metric")?.eventDefault).toEqual({ disabled: true, value: 0 });
  });
});
