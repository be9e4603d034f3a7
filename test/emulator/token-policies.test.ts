// Tokens limited by custom roles or an inline role: `GET /api/v2/tokens/{id}` shows the limits, and writes the
// policy does not allow are refused with 403 `forbidden` before anything changes.
import { afterEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { apiClient, SEMANTIC_PATCH, uploadBigSegmentImport } from "./http.js";

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const STATE = {
  formatVersion: 1 as const,
  projects: [
    {
      key: "web-app",
      name: "Web app",
      environments: [
        { key: "production", name: "Production", critical: true },
        { key: "staging", name: "Staging", tags: ["qa_team"] },
      ],
    },
  ],
  roles: [
    {
      key: "staging-segments",
      name: "Staging segments",
      basePermissions: "reader",
      policy: [
        { effect: "allow" as const, resources: ["proj/*:env/*:segment/*"], actions: ["*"] },
        { effect: "deny" as const, resources: ["proj/*:env/*;{critical:true}:segment/*"], actions: ["*"] },
      ],
    },
    {
      key: "metric-namer",
      name: "Metric namer",
      basePermissions: "no_access",
      policy: [{ effect: "allow" as const, resources: ["proj/web-app:metric/*"], actions: ["updateName"] }],
    },
  ],
};

async function start(): Promise<RunningEmulator> {
  return startEmulator({
    state: STATE,
    tokens: {
      "tok-writer": { role: "writer", name: "writer" },
      "tok-roles": { role: "writer", name: "ci", customRoleKeys: ["staging-segments", "metric-namer"] },
      "tok-inline": {
        role: "writer",
        name: "inline",
        inlineRole: [{ effect: "allow", resources: ["proj/*:env/*;qa_*:segment/*"], actions: ["update*"] }],
      },
    },
  });
}

describe("GET /api/v2/tokens/{id}", () => {
  it("shows the base role, the custom roles' _ids and the inline role, never the token", async () => {
    emulator = await start();
    const ci = apiClient(emulator.url, "tok-roles");
    const identity = (await ci("GET", "/api/v2/caller-identity")).body;
    const token = await ci("GET", `/api/v2/tokens/${identity.tokenId}`);
    expect(token.status).toBe(200);
    const roles = (await ci("GET", "/api/v2/roles")).body.items as Array<{ key: string; _id: string }>;
    const idOf = (key: string) => roles.find((role) => role.key === key)?._id;
    expect(token.body).toMatchObject({
      _id: identity.tokenId,
      name: "ci",
      role: "writer",
      customRoleIds: [idOf("staging-segments"), idOf("metric-namer")],
      inlineRole: [],
      serviceToken: true,
      token: "oles",
    });
    expect(JSON.stringify(token.body)).not.toContain("tok-roles");
    expect((await ci("GET", "/api/v2/tokens/000000000000000000000000")).status).toBe(404);
    const list = await ci("GET", "/api/v2/tokens?limit=2");
    expect(list.body.totalCount).toBe(3);
    expect(list.body.items).toHaveLength(2);
    expect(list.body._links.next.href).toContain("offset=2");
  });

  it("is forbidden to a token limited by an inline role only (no base permissions to read with)", async () => {
    emulator = await start();
    const inline = apiClient(emulator.url, "tok-inline");
    const identity = (await inline("GET", "/api/v2/caller-identity")).body;
    const token = await inline("GET", `/api/v2/tokens/${identity.tokenId}`);
    expect(token.status).toBe(403);
    expect(token.body.code).toBe("forbidden");
  });
});

describe("policy enforcement on writes", () => {
  it("allows what the custom roles allow and refuses the rest with 403, changing nothing", async () => {
    emulator = await start();
    const ci = apiClient(emulator.url, "tok-roles");
    expect((await ci("POST", "/api/v2/segments/web-app/staging", { key: "beta", name: "Beta" })).status).toBe(
      201,
    );
    // Production is critical: the deny in staging-segments wins inside that role, and no other role allows it.
    const production = await ci("POST", "/api/v2/segments/web-app/production", { key: "beta", name: "Beta" });
    expect(production.status).toBe(403);
    expect(production.body).toEqual({ code: "forbidden", message: expect.any(String) });
    expect((await ci("GET", "/api/v2/segments/web-app/production/beta")).status).toBe(404);

    const rules = await ci(
      "PATCH",
      "/api/v2/segments/web-app/staging/beta",
      {
        environmentKey: "staging",
        instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["a"] }],
      },
      SEMANTIC_PATCH,
    );
    expect(rules.status).toBe(200);

    // Metrics: only updateName (metric-namer); creating one is refused.
    const writer = apiClient(emulator.url, "tok-writer");
    expect(
      (
        await writer("POST", "/api/v2/metrics/web-app", {
          key: "m",
          kind: "custom",
          eventKey: "e",
          isNumeric: false,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await ci("POST", "/api/v2/metrics/web-app", {
          key: "n",
          kind: "custom",
          eventKey: "e",
          isNumeric: false,
        })
      ).status,
    ).toBe(403);
    expect(
      (await ci("PATCH", "/api/v2/metrics/web-app/m", [{ op: "replace", path: "/name", value: "M" }])).status,
    ).toBe(200);
    const description = await ci("PATCH", "/api/v2/metrics/web-app/m", [
      { op: "replace", path: "/description", value: "d" },
    ]);
    expect(description.status).toBe(403);
    expect((await writer("GET", "/api/v2/metrics/web-app/m")).body.description).toBeUndefined();

    // Roles: nothing allows createRole.
    expect((await ci("POST", "/api/v2/roles", { key: "x", name: "X", policy: [] })).status).toBe(403);
  });

  it("matches an inline role's tag globs against the environment's real tags", async () => {
    emulator = await start();
    const writer = apiClient(emulator.url, "tok-writer");
    for (const env of ["staging", "production"]) {
      await writer("POST", `/api/v2/segments/web-app/${env}`, { key: "s", name: "S" });
    }
    const inline = apiClient(emulator.url, "tok-inline");
    const rename = (env: string) =>
      inline(
        "PATCH",
        `/api/v2/segments/web-app/${env}/s`,
        { environmentKey: env, instructions: [{ kind: "updateName", value: "Renamed" }] },
        SEMANTIC_PATCH,
      );
    expect((await rename("staging")).status).toBe(200);
    expect((await rename("production")).status).toBe(403);
    // `update*` does not cover deleteSegment.
    expect((await inline("DELETE", "/api/v2/segments/web-app/staging/s")).status).toBe(403);
  });

  it("applies role edits at once: a token whose role is widened may then write", async () => {
    emulator = await start();
    const ci = apiClient(emulator.url, "tok-roles");
    expect((await ci("POST", "/api/v2/roles", { key: "x", name: "X", policy: [] })).status).toBe(403);
    const writer = apiClient(emulator.url, "tok-writer");
    const widened = await writer("PATCH", "/api/v2/roles/metric-namer", {
      patch: [
        {
          op: "add",
          path: "/policy/-",
          value: { effect: "allow", resources: ["role/*"], actions: ["createRole"] },
        },
      ],
      comment: "widen",
    });
    expect(widened.status).toBe(200);
    const created = await ci("POST", "/api/v2/roles", {
      key: "x",
      name: "X",
      policy: [{ effect: "allow", resources: ["proj/*"], actions: ["viewProject"] }],
    });
    expect(created.status).toBe(201);
  });

  it("checks a processBigSegmentImport patch against updateIncluded", async () => {
    emulator = await startEmulator({
      state: STATE,
      tokens: {
        "tok-writer": { role: "writer", name: "writer" },
        "tok-renamer": {
          role: "writer",
          name: "renamer",
          inlineRole: [{ effect: "allow", resources: ["proj/*:env/*:segment/*"], actions: ["updateName"] }],
        },
      },
    });
    const writer = apiClient(emulator.url, "tok-writer");
    const base = "/api/v2/segments/web-app/staging";
    expect((await writer("POST", base, { key: "big", name: "Big", unbounded: true })).status).toBe(201);
    const importId = await uploadBigSegmentImport(emulator.url, {
      projectKey: "web-app",
      environmentKey: "staging",
      segmentKey: "big",
      included: ["i1"],
    });
    const process = (token: string) =>
      apiClient(emulator!.url, token)(
        "PATCH",
        `${base}/big`,
        { environmentKey: "staging", instructions: [{ kind: "processBigSegmentImport", importId }] },
        SEMANTIC_PATCH,
      );
    const refused = await process("tok-renamer");
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("forbidden");
    expect((await writer("GET", `${base}/big/contexts/i1`)).status).toBe(404);
    // The import was not consumed: a token with updateIncluded can still process it.
    expect((await process("tok-writer")).status).toBe(200);
    expect((await writer("GET", `${base}/big/contexts/i1`)).body.included).toBe(true);
  });

  it("answers 400, not a server error, when a policy-limited token sends a key no specifier can hold", async () => {
    emulator = await start();
    const ci = apiClient(emulator.url, "tok-roles");
    const created = await ci("POST", "/api/v2/segments/web-app/staging", { key: "bad key", name: "Bad" });
    expect(created.status).toBe(400);
    expect(created.body.code).toBe("invalid_request");
    expect((await ci("DELETE", "/api/v2/segments/web-app/staging/bad%20key")).status).toBe(404);
  });
});
