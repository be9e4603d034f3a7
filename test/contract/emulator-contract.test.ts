// Every emulator route, held to LaunchDarkly's OpenAPI document: each request body we send and each response
// body we get back is validated against the documented schema for that path, method and status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { REQUEST_SCHEMAS } from "../../src/emulator/request-schemas.js";
import { SEMANTIC_PATCH as SEMANTIC } from "../emulator/http.js";
import {
  componentSchema,
  openApiAvailable,
  validateRequestBody,
  validateResponse,
} from "../support/openapi-contract.js";

describe.skipIf(!openApiAvailable)("emulator against LaunchDarkly's OpenAPI document", () => {
  let emulator: RunningEmulator;
  const checked: string[] = [];

  /** Sends a request, asserts request and response bodies conform, and returns the response body. */
  async function call(
    method: string,
    path: string,
    expectedStatus: number,
    body?: unknown,
    contentType = "application/json",
  ) {
    // Bodies sent to provoke a 400 are invalid on purpose; every other body must conform.
    if (body !== undefined && expectedStatus !== 400) {
      const request = validateRequestBody(method, path, body, contentType);
      expect(request.errors, `request ${method} ${path}`).toEqual([]);
    }
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers: {
        Authorization: "contract-token",
        "LD-API-Version": "20240415",
        ...(body !== undefined ? { "Content-Type": contentType } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : undefined;
    expect(response.status, `${method} ${path}: ${text.slice(0, 300)}`).toBe(expectedStatus);
    const result = validateResponse(method, path, response.status, parsed);
    expect(result.errors, `response ${method} ${path} ${response.status}`).toEqual([]);
    checked.push(`${method} ${result.template} ${response.status}`);
    return parsed;
  }

  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it("projects and environments", async () => {
    await call("POST", "/api/v2/projects", 201, { key: "web-app", name: "Web app", tags: ["t"] });
    await call("POST", "/api/v2/projects", 201, {
      key: "other",
      name: "Other",
      environments: [{ key: "prod", name: "Prod", color: "ff0000" }],
    });
    await call("POST", "/api/v2/projects", 409, { key: "other", name: "Other" });
    await call("GET", "/api/v2/projects?limit=1", 200);
    await call("GET", "/api/v2/projects?limit=21", 400);
    await call("GET", "/api/v2/projects/web-app", 200);
    await call("GET", "/api/v2/projects/web-app?expand=environments", 200);
    await call("GET", "/api/v2/projects/nope", 404);
    await call("POST", "/api/v2/projects/web-app/environments", 201, {
      key: "staging",
      name: "Staging",
      color: "00ff00",
    });
    await call("POST", "/api/v2/projects/web-app/environments", 400, { key: "x", name: "X" });
    await call("GET", "/api/v2/projects/web-app/environments", 200);
    await call("GET", "/api/v2/projects/web-app/environments/staging", 200);
    await call("DELETE", "/api/v2/projects/web-app/environments/staging", 204);
    await call("GET", "/api/v2/projects/web-app/environments/staging", 404);
    await call("DELETE", "/api/v2/projects/other", 204);
  });

  it("contexts: getContexts and searchContexts answer what the admin API recorded", async () => {
    await call("POST", "/api/v2/projects", 201, { key: "ctx", name: "Contexts" });
    const admin = await fetch(`${emulator.url}/__emulator/contexts`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        projectKey: "ctx",
        environmentKey: "production",
        contexts: [
          { kind: "user", key: "user-1", name: "Sandy" },
          { kind: "device", key: "d-1" },
        ],
      }),
    });
    expect(admin.status).toBe(200);
    const found = await call("GET", "/api/v2/projects/ctx/environments/production/contexts/user/user-1", 200);
    expect(found.items.map((i: { context: { key: string } }) => i.context.key)).toEqual(["user-1"]);
    const missing = await call(
      "GET",
      "/api/v2/projects/ctx/environments/production/contexts/user/nobody",
      200,
    );
    expect(missing.items).toEqual([]);
    await call("GET", "/api/v2/projects/ctx/environments/production/contexts/user/user-1?limit=51", 400);
    const searched = await call("POST", "/api/v2/projects/ctx/environments/production/contexts/search", 200, {
      filter: 'kind equals ["user","device"],key anyOf ["d-1","user-1","x"]',
      limit: 10,
    });
    expect(searched.totalCount).toBe(2);
    await call("POST", "/api/v2/projects/ctx/environments/production/contexts/search", 400, {
      filter: "name startsWith Jo",
    });
    await call("DELETE", "/api/v2/projects/ctx", 204);
  });

  it("context kinds", async () => {
    await call("GET", "/api/v2/projects/web-app/context-kinds", 200);
    await call("GET", "/api/v2/projects/none/context-kinds", 404);
  });

  it("segments", async () => {
    const base = "/api/v2/segments/web-app/production";
    await call("POST", base, 201, {
      key: "beta-testers",
      name: "Beta testers",
      description: "d",
      tags: ["beta"],
    });
    await call("POST", base, 400, { key: "x" });
    const segment = await call(
      "PATCH",
      `${base}/beta-testers`,
      200,
      {
        environmentKey: "production",
        instructions: [
          { kind: "addIncludedTargets", contextKind: "user", values: ["a"] },
          { kind: "addIncludedTargets", contextKind: "org", values: ["o"] },
          {
            kind: "addRule",
            clauses: [
              { contextKind: "user", attribute: "email", op: "endsWith", values: ["@x.com"], negate: false },
            ],
          },
        ],
        comment: "contract",
      },
      SEMANTIC,
    );
    await call(
      "PATCH",
      `${base}/beta-testers`,
      200,
      {
        environmentKey: "production",
        instructions: [
          {
            kind: "updateRuleRolloutAndContextKind",
            ruleId: segment.rules[0]._id,
            weight: 50000,
            contextKind: "user",
          },
        ],
      },
      SEMANTIC,
    );
    await call(
      "PATCH",
      `${base}/beta-testers`,
      400,
      { environmentKey: "production", instructions: [{ kind: "nope" }] },
      SEMANTIC,
    );
    await call("PATCH", `${base}/beta-testers`, 200, {
      patch: [{ op: "replace", path: "/name", value: "Beta" }],
      comment: "c",
    });
    await call("PATCH", `${base}/beta-testers`, 409, {
      patch: [
        { op: "test", path: "/version", value: 1 },
        { op: "replace", path: "/name", value: "B" },
      ],
    });
    await call("GET", `${base}/beta-testers`, 200);
    await call("GET", `${base}?limit=10`, 200);
    await call("GET", `${base}/missing`, 404);
    await call("POST", base, 201, { key: "big", name: "Big", unbounded: true, unboundedContextKind: "user" });
    await call("POST", `${base}/big/contexts`, 204, {
      included: { add: ["k1"], remove: [] },
      excluded: { add: [], remove: [] },
    });
    await call("GET", `${base}/big/contexts/k1`, 200);
    await call("POST", `${base}/beta-testers/contexts`, 400, { included: { add: ["k1"] } });
    await call("DELETE", `${base}/big`, 204);
  });

  it("metrics", async () => {
    await call("POST", "/api/v2/metrics/web-app", 201, {
      key: "checkout",
      kind: "custom",
      eventKey: "checkout",
      isNumeric: true,
      successCriteria: "HigherThanBaseline",
      unit: "orders",
    });
    await call("POST", "/api/v2/metrics/web-app", 201, {
      key: "visit",
      kind: "pageview",
      urls: [{ kind: "exact", url: "https://example.com" }],
    });
    await call("POST", "/api/v2/metrics/web-app", 400, { key: "bad", kind: "click" });
    await call("GET", "/api/v2/metrics/web-app?limit=1", 200);
    await call("GET", "/api/v2/metrics/web-app/checkout", 200);
    await call(
      "PATCH",
      "/api/v2/metrics/web-app/checkout",
      200,
      [{ op: "replace", path: "/description", value: "d" }].map((op) => ({ ...op, op: "add" })),
    );
    await call("GET", "/api/v2/metrics/web-app/none", 404);
    await call("DELETE", "/api/v2/metrics/web-app/visit", 204);
  });

  it("flags, segments' _flags, metric usage and context kinds", async () => {
    const base = "/api/v2/segments/web-app/production";
    await call("POST", base, 201, { key: "flagged", name: "Flagged" });
    const parent = await call("POST", "/api/v2/flags/web-app", 201, { key: "parent-flag", name: "Parent" });
    await call("POST", "/api/v2/flags/web-app", 201, {
      key: "new-checkout",
      name: "New checkout",
      tags: ["checkout"],
      initialPrerequisites: [{ key: "parent-flag", variationId: parent.variations[0]._id }],
    });
    await call("POST", "/api/v2/flags/web-app", 409, { key: "new-checkout", name: "again" });
    await call("POST", "/api/v2/flags/web-app", 400, { key: "x" });
    await call("PATCH", "/api/v2/flags/web-app/parent-flag", 200, {
      patch: [
        { op: "replace", path: "/environments/production/on", value: true },
        {
          op: "add",
          path: "/environments/production/rules/-",
          value: {
            description: "Flagged accounts",
            variation: 0,
            trackEvents: false,
            clauses: [
              {
                contextKind: "user",
                attribute: "segmentMatch",
                op: "segmentMatch",
                values: ["flagged"],
                negate: false,
              },
            ],
          },
        },
      ],
      comment: "seed",
    });
    await call("PATCH", "/api/v2/flags/web-app/parent-flag", 400, {
      patch: [
        { op: "add", path: "/environments/production/prerequisites/-", value: { key: "none", variation: 0 } },
      ],
    });
    const segment = await call("GET", `${base}/flagged`, 200);
    expect(segment._flags.map((f: { key: string }) => f.key)).toEqual(["parent-flag"]);
    const summary = await call("GET", "/api/v2/flags/web-app?env=production&limit=1", 200);
    expect(summary.items[0].environments.production.rules).toBeUndefined();
    const detailed = await call("GET", "/api/v2/flags/web-app?env=production&summary=0&limit=50", 200);
    expect(detailed.items[0].environments.production.rules[0].clauses[0].values).toEqual(["flagged"]);
    expect(detailed.items[1].environments.production.prerequisites).toEqual([
      { key: "parent-flag", variation: 0 },
    ]);
    await call("GET", "/api/v2/flags/web-app?limit=51", 400);
    await call("GET", "/api/v2/flags/web-app/new-checkout?env=production", 200);
    await call("GET", "/api/v2/flags/web-app/none", 404);
    await call("DELETE", "/api/v2/flags/web-app/new-checkout", 204);

    await call("GET", "/api/v2/metrics/web-app?expand=experimentCount", 200);
    const metric = await call(
      "GET",
      "/api/v2/metrics/web-app/checkout?expand=experiments,experimentCount",
      200,
    );
    expect(metric).toMatchObject({ experimentCount: 0, activeExperimentCount: 0, experiments: [] });

    const kinds = await call("GET", "/api/v2/projects/web-app/context-kinds", 200);
    // `user` from the start; `org` added automatically because the segment above targets it.
    expect(kinds.items.map((k: { key: string; createdFrom: string }) => [k.key, k.createdFrom])).toEqual([
      ["user", "default"],
      ["org", "auto-add"],
    ]);
    const put = await call("PUT", "/api/v2/projects/web-app/context-kinds/organization", 200, {
      name: "Organization",
      description: "A customer account",
      hideInTargeting: false,
    });
    expect(put.status).toBe("created");
    await call("PUT", "/api/v2/projects/web-app/context-kinds/organization", 200, {
      name: "Org",
      archived: true,
    });
    await call("PUT", "/api/v2/projects/web-app/context-kinds/organization", 400, { description: "no name" });
    const after = await call("GET", "/api/v2/projects/web-app/context-kinds", 200);
    expect(after.items.find((k: { key: string }) => k.key === "organization")).toMatchObject({
      name: "Org",
      archived: true,
      createdFrom: "manual",
    });
    await call("GET", "/api/v2/projects/nope/context-kinds", 404);
  });

  it("custom roles, caller identity and audit log", async () => {
    const policy = [{ effect: "allow", resources: ["proj/*:env/*:segment/*"], actions: ["updateIncluded"] }];
    await call("POST", "/api/v2/roles", 201, { key: "segment-syncer", name: "Segment syncer", policy });
    await call("POST", "/api/v2/roles", 409, { key: "segment-syncer", name: "again", policy });
    await call("GET", "/api/v2/roles", 200);
    await call("GET", "/api/v2/roles/segment-syncer", 200);
    await call("PATCH", "/api/v2/roles/segment-syncer", 200, {
      patch: [{ op: "replace", path: "/name", value: "Syncer" }],
      comment: "c",
    });
    const identity = await call("GET", "/api/v2/caller-identity", 200);
    expect(identity).not.toHaveProperty("role");
    const token = await call("GET", `/api/v2/tokens/${identity.tokenId}`, 200);
    expect(token).toMatchObject({ _id: identity.tokenId, role: "writer", customRoleIds: [], inlineRole: [] });
    await call("GET", "/api/v2/tokens?limit=5", 200);
    await call("GET", "/api/v2/tokens/000000000000000000000000", 404);
    await call("GET", "/api/v2/auditlog?spec=proj/web-app:env/production:segment/*&limit=2", 200);
    await call("GET", "/api/v2/auditlog?spec=role/segment-syncer", 200);
    await call("GET", "/api/v2/auditlog?limit=50", 400);
    await call("DELETE", "/api/v2/roles/segment-syncer", 204);
  });

  it("big-segment membership: counts, /users, per-context reads, multipart imports, approvals", async () => {
    const base = "/api/v2/segments/web-app/production";
    const created = await call("POST", base, 201, {
      key: "cohort",
      name: "Cohort",
      unbounded: true,
      unboundedContextKind: "user",
    });
    expect(created._unboundedMetadata).toMatchObject({ includedCount: 0, excludedCount: 0 });
    await call("POST", `${base}/cohort/users`, 204, { included: { add: ["u1"] }, excluded: { add: ["u2"] } });
    await call("GET", `${base}/cohort/users/u2`, 200);
    await call("GET", `${base}/cohort/contexts/u1`, 200);
    await call("GET", `${base}/cohort/contexts/nobody`, 404);
    const read = await call("GET", `${base}/cohort`, 200);
    expect(read._unboundedMetadata).toMatchObject({ includedCount: 1, excludedCount: 1 });
    await call("GET", `${base}?limit=50`, 200);

    // The request schema is multipart/form-data: `file`, `mode`, `waitOnApprovals`.
    const documented = validateRequestBody(
      "POST",
      `${base}/cohort/imports`,
      { mode: "replace" },
      "multipart/form-data",
    );
    expect(documented.errors).toEqual([]);
    const send = async (mode: string) => {
      const form = new FormData();
      form.set("file", new Blob(["a\nb\n"]), "cohort.csv");
      form.set("mode", mode);
      form.set("waitOnApprovals", "false");
      const response = await fetch(`${emulator.url}${base}/cohort/imports`, {
        method: "POST",
        headers: { Authorization: "contract-token" },
        body: form,
      });
      const text = await response.text();
      const body = text ? JSON.parse(text) : undefined;
      const result = validateResponse("POST", `${base}/cohort/imports`, response.status, body);
      expect(result.errors).toEqual([]);
      checked.push(`POST ${result.template} ${response.status}`);
      return response;
    };
    const accepted = await send("replace");
    expect(accepted.status).toBe(204);
    const location = accepted.headers.get("location") as string;
    expect((await send("merge")).status).toBe(409);
    const status = await call("GET", location, 200);
    expect(status.status).toBe("ready");
    await call(
      "PATCH",
      `${base}/cohort`,
      200,
      {
        environmentKey: "production",
        instructions: [{ kind: "processBigSegmentImport", importId: status.id }],
      },
      SEMANTIC,
    );
    expect((await call("GET", location, 200)).status).toBe("complete");
    await call("GET", `${base}/cohort/imports/unknown`, 404);
    await call("DELETE", `${base}/cohort`, 204);
  });

  it("errors: 401 and 429 bodies", async () => {
    const response = await fetch(`${emulator.url}/api/v2/roles`);
    expect(response.status).toBe(401);
    expect(validateResponse("GET", "/api/v2/roles", 401, await response.json()).errors).toEqual([]);
    emulator.setFaults({ routeLimit: 0 });
    const limited = await fetch(`${emulator.url}/api/v2/roles`, { headers: { Authorization: "t" } });
    emulator.setFaults({ routeLimit: null });
    expect(limited.status).toBe(429);
    expect(validateResponse("GET", "/api/v2/roles", 429, await limited.json()).errors).toEqual([]);
  });

  it("the emulator's own request schemas agree with the OpenAPI component schemas", () => {
    const pairs: Array<[keyof typeof REQUEST_SCHEMAS, string]> = [
      ["ProjectPost", "ProjectPost"],
      ["EnvironmentPost", "EnvironmentPost"],
      ["SegmentBody", "SegmentBody"],
      ["PatchWithComment", "PatchWithComment"],
      ["SegmentUserState", "SegmentUserState"],
      ["MetricPost", "MetricPost"],
      ["CustomRolePost", "CustomRolePost"],
      ["FeatureFlagBody", "FeatureFlagBody"],
      ["UpsertContextKindPayload", "UpsertContextKindPayload"],
    ];
    for (const [ours, theirs] of pairs) {
      const own = REQUEST_SCHEMAS[ours] as {
        required?: string[];
        properties: Record<string, { type?: string }>;
      };
      const documented = componentSchema(theirs) as {
        required?: string[];
        properties: Record<string, { type?: string }>;
      };
      expect([...(own.required ?? [])].sort(), ours).toEqual([...(documented.required ?? [])].sort());
      expect(Object.keys(own.properties).sort(), ours).toEqual(Object.keys(documented.properties).sort());
      for (const [name, schema] of Object.entries(documented.properties)) {
        if (schema.type) expect(own.properties[name]?.type, `${ours}.${name}`).toBe(schema.type);
      }
    }
  });

  it("covered every emulated operation", () => {
    const operations = new Set(checked.map((entry) => entry.split(" ").slice(0, 2).join(" ")));
    expect(operations.size).toBeGreaterThanOrEqual(39);
  });
});
