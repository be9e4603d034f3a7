// Holds every request body the client sends (and the answers it reads) against LaunchDarkly's real OpenAPI document.
// The client runs against the emulator for every LaunchDarklyApi method; the `onRequest` hook records each attempt.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { MAX_PAGE_SIZE } from "../../src/launchdarkly/limits.js";
import type { RequestInfo } from "../../src/launchdarkly/transport.js";
import { ENV, PROJECT, startSeededEmulator, testClient } from "../launchdarkly/emulator-fixture.js";
import { openApiAvailable, validateRequestBody, validateResponse } from "../support/openapi-contract.js";

describe.skipIf(!openApiAvailable)("client requests against LaunchDarkly's OpenAPI document", () => {
  let emulator: RunningEmulator;
  let client: LaunchDarklyClient;
  const sent: RequestInfo[] = [];

  beforeAll(async () => {
    emulator = await startSeededEmulator({ segments: 60, metrics: 55, roles: 3, flags: 55 });
    client = testClient(emulator, { onRequest: (info) => sent.push(info) });

    await client.getCallerIdentity();
    await client.getProject(PROJECT);
    await client.listEnvironments(PROJECT);
    await client.listContextKinds(PROJECT);
    await client.listSegments(PROJECT, ENV);
    await client.getSegment(PROJECT, ENV, "seg-0");
    await client.getSegment(PROJECT, ENV, "missing");
    await client.createSegment(
      PROJECT,
      ENV,
      { key: "c1", name: "C1", description: "d", tags: ["a"] },
      "comment",
    );
    await client.createSegment(PROJECT, ENV, {
      key: "big",
      name: "Big",
      unbounded: true,
      unboundedContextKind: "user",
    });
    await client.patchSegmentSemantic(
      PROJECT,
      ENV,
      "c1",
      [
        { kind: "addIncludedTargets", contextKind: "user", values: ["a", "b"] },
        {
          kind: "addRule",
          clauses: [
            { contextKind: "user", attribute: "email", op: "endsWith", values: ["@x.io"], negate: false },
          ],
        },
        { kind: "addTags", values: ["t2"] },
      ],
      "semantic comment",
    );
    await client.patchSegmentJson(
      PROJECT,
      ENV,
      "c1",
      [
        { op: "test", path: "/version", value: 2 },
        { op: "replace", path: "/description", value: "new" },
      ],
      "json comment",
    );
    await client.updateBigSegmentTargets(PROJECT, ENV, "big", {
      included: { add: ["x"], remove: [] },
      excluded: { add: ["y"] },
    });
    await client.listMetrics(PROJECT);
    await client.getMetric(PROJECT, "metric-0");
    await client.getMetricUsage(PROJECT, "metric-0");
    expect((await client.listFlags(PROJECT, ENV)).length).toBe(55);
    expect((await client.getFlag(PROJECT, "flag-1", ENV))?.environments?.[ENV]?.rules).toHaveLength(1);
    await client.getFlag(PROJECT, "missing", ENV);
    await client.putContextKind(PROJECT, "organization", { name: "Organization", description: "d" });
    expect((await client.listContextKinds(PROJECT)).map((kind) => kind.key)).toEqual([
      "user",
      "organization",
    ]);
    await client.createMetric(PROJECT, {
      key: "conv",
      name: "Conversion",
      kind: "custom",
      eventKey: "purchase",
      isNumeric: true,
      unit: "USD",
      successCriteria: "HigherThanBaseline",
      randomizationUnits: ["user"],
      tags: ["t"],
    });
    await client.createMetric(PROJECT, {
      key: "pv",
      kind: "pageview",
      urls: [{ kind: "substring", substring: "/checkout" }],
    });
    await client.patchMetric(PROJECT, "conv", [{ op: "add", path: "/description", value: "desc" }]);
    await client.listRoles();
    await client.getRole("role-0");
    await client.createRole({
      key: "ops",
      name: "Ops",
      description: "d",
      basePermissions: "no_access",
      policy: [
        { effect: "allow", resources: [`proj/${PROJECT}:env/*:segment/*`], actions: ["updateIncluded"] },
      ],
    });
    await client.patchRole("ops", [{ op: "replace", path: "/name", value: "Ops 2" }], "role comment");
    await client.listAuditLog(`proj/${PROJECT}:env/${ENV}:segment/c1`, { limit: 5 });
    await client.deleteSegment(PROJECT, ENV, "c1");
    await client.deleteMetric(PROJECT, "pv");
    await client.deleteRole("ops");
  });

  afterAll(async () => {
    await client?.close();
    await emulator?.close();
  });

  it("exercised every LaunchDarklyApi operation", () => {
    const operations = new Set(sent.map((s) => s.operationId));
    for (const op of [
      "getCallerIdentity",
      "getProject",
      "getEnvironmentsByProject",
      "getContextKindsByProjectKey",
      "getSegments",
      "getSegment",
      "postSegment",
      "patchSegment",
      "updateBigSegmentContextTargets",
      "deleteSegment",
      "getMetrics",
      "getMetric",
      "postMetric",
      "patchMetric",
      "deleteMetric",
      "getCustomRoles",
      "getCustomRole",
      "postCustomRole",
      "patchCustomRole",
      "deleteCustomRole",
      "getAuditLogEntries",
      "getFeatureFlags",
      "getFeatureFlag",
      "getContextKindsByProjectKey",
      "putContextKind",
    ]) {
      expect(operations, op).toContain(op);
    }
  });

  it("every request body matches the documented request schema", () => {
    const writes = sent.filter((s) => s.method !== "GET" && s.method !== "DELETE");
    expect(writes).toHaveLength(11);
    const problems = writes.flatMap((s) => {
      const result = validateRequestBody(s.method, s.path, s.requestBody, s.contentType);
      return result.ok ? [] : [`${s.method} ${s.path} (${s.contentType}): ${result.errors.join("; ")}`];
    });
    expect(problems).toEqual([]);
  });

  it("reads and deletes send no body", () => {
    expect(
      sent.filter((s) => (s.method === "GET" || s.method === "DELETE") && s.requestBody !== undefined),
    ).toEqual([]);
  });

  it("the answers the client read are documented for their status", () => {
    const problems = sent.flatMap((s) => {
      if (s.status === undefined) return [];
      const result = validateResponse(s.method, `${s.path}?${s.query}`, s.status, s.responseBody);
      return result.ok ? [] : [`${s.method} ${s.path} ${s.status}: ${result.errors.slice(0, 3).join("; ")}`];
    });
    expect(problems).toEqual([]);
  });

  it("lists were read at the largest page size LaunchDarkly allows", () => {
    const expected: Record<string, number> = {
      getSegments: MAX_PAGE_SIZE.segments,
      getMetrics: MAX_PAGE_SIZE.metrics,
      getFeatureFlags: MAX_PAGE_SIZE.flags,
      getCustomRoles: MAX_PAGE_SIZE.roles,
      getEnvironmentsByProject: MAX_PAGE_SIZE.environments,
      getAuditLogEntries: 5, // the caller asked for 5 entries
    };
    const pages = sent.filter((s) => s.query.includes("limit="));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) {
      const limit = Number(new URLSearchParams(page.query).get("limit"));
      expect(limit, `${page.path}?${page.query}`).toBe(expected[page.operationId]);
    }
  });
});
