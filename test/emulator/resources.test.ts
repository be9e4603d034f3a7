import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { apiClient } from "./http.js";

let emulator: RunningEmulator;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  emulator = await startEmulator();
  api = apiClient(emulator.url);
});
afterAll(() => emulator.close());

describe("projects and environments", () => {
  it("creates a project with default environments, expands them, adds and deletes environments", async () => {
    const created = await api("POST", "/api/v2/projects", { key: "proj", name: "Proj" });
    expect(created.status).toBe(201);
    expect(created.body.environments.map((e: { key: string }) => e.key)).toEqual(["production", "test"]);
    expect(created.body.environments[0].apiKey).toMatch(/^sdk-/);
    expect((await api("GET", "/api/v2/projects/proj")).body.environments).toBeUndefined();
    const expanded = await api("GET", "/api/v2/projects/proj?expand=environments");
    expect(expanded.body.environments.totalCount).toBe(2);
    expect(
      (
        await api("POST", "/api/v2/projects/proj/environments", {
          key: "staging",
          name: "Staging",
          color: "00ff00",
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await api("POST", "/api/v2/projects/proj/environments", {
          key: "staging",
          name: "S",
          color: "00ff00",
        })
      ).status,
    ).toBe(409);
    expect((await api("GET", "/api/v2/projects/proj/environments")).body.totalCount).toBe(3);
    expect((await api("DELETE", "/api/v2/projects/proj/environments/staging")).status).toBe(204);
    expect((await api("GET", "/api/v2/projects/proj/environments/staging")).status).toBe(404);
    expect((await api("GET", "/api/v2/projects")).body.items.map((p: { key: string }) => p.key)).toContain(
      "proj",
    );
    expect((await api("POST", "/api/v2/projects", { key: "proj", name: "again" })).status).toBe(409);
    expect((await api("DELETE", "/api/v2/projects/proj")).status).toBe(204);
    expect((await api("GET", "/api/v2/projects/proj")).status).toBe(404);
  });
});

describe("metrics", () => {
  it("creates with LaunchDarkly's defaults, patches with a bare JSON Patch array, lists and deletes", async () => {
    await api("POST", "/api/v2/projects", { key: "m", name: "M" });
    const created = await api("POST", "/api/v2/metrics/m", {
      key: "checkout",
      kind: "custom",
      eventKey: "checkout",
      isNumeric: false,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      key: "checkout",
      name: "checkout",
      tags: [],
      _version: 1,
      dataSource: { key: "launchdarkly" },
      randomizationUnits: ["user"],
      eventDefault: { disabled: false, value: 0 },
    });
    const patched = await api("PATCH", "/api/v2/metrics/m/checkout", [
      { op: "replace", path: "/name", value: "Checkout" },
    ]);
    expect(patched.body).toMatchObject({ name: "Checkout", _version: 2 });
    expect(patched.body._versionId).not.toBe(created.body._versionId);
    expect((await api("PATCH", "/api/v2/metrics/m/checkout", { patch: [] })).status).toBe(400);
    expect((await api("POST", "/api/v2/metrics/m", { key: "bad", kind: "custom" })).body.message).toContain(
      "eventKey",
    );
    expect(
      (
        await api("POST", "/api/v2/metrics/m", {
          key: "checkout",
          kind: "custom",
          eventKey: "e",
          isNumeric: false,
        })
      ).status,
    ).toBe(409);
    const list = await api("GET", "/api/v2/metrics/m");
    expect(list.body.items[0]).toMatchObject({ key: "checkout", eventKey: "checkout", isNumeric: false });
    expect((await api("GET", "/api/v2/metrics/m?limit=51")).status).toBe(400);
    expect((await api("DELETE", "/api/v2/metrics/m/checkout")).status).toBe(204);
    expect((await api("GET", "/api/v2/metrics/m/checkout")).status).toBe(404);
  });
});

describe("custom roles", () => {
  const policy = [{ effect: "allow", resources: ["proj/*:env/*:segment/*"], actions: ["*"] }];
  it("creates with basePermissions no_access, patches with {patch, comment}, deletes", async () => {
    const created = await api("POST", "/api/v2/roles", { key: "segment-syncer", name: "Syncer", policy });
    expect(created.status).toBe(201);
    expect(created.body.basePermissions).toBe("no_access");
    expect(created.body.version).toBeUndefined();
    const patched = await api("PATCH", "/api/v2/roles/segment-syncer", {
      patch: [{ op: "replace", path: "/name", value: "Segment syncer" }],
      comment: "rename",
    });
    expect(patched.body.name).toBe("Segment syncer");
    expect(
      (await api("PATCH", "/api/v2/roles/segment-syncer", [{ op: "replace", path: "/name", value: "x" }]))
        .status,
    ).toBe(400);
    expect(
      (
        await api("POST", "/api/v2/roles", {
          key: "bad",
          name: "Bad",
          policy: [{ effect: "allow", actions: ["*"] }],
        })
      ).status,
    ).toBe(400);
    // A failing operation is named by its own index, and nothing of the patch is applied.
    const partial = await api("PATCH", "/api/v2/roles/segment-syncer", {
      patch: [
        { op: "replace", path: "/name", value: "Renamed" },
        { op: "remove", path: "/description" },
      ],
    });
    expect(partial.status).toBe(400);
    expect(partial.body.message).toContain("operation 1");
    expect((await api("GET", "/api/v2/roles/segment-syncer")).body.name).toBe("Segment syncer");
    expect((await api("GET", "/api/v2/roles")).body.totalCount).toBe(1);
    expect((await api("DELETE", "/api/v2/roles/segment-syncer")).status).toBe(204);
    expect((await api("GET", "/api/v2/roles/segment-syncer")).status).toBe(404);
  });
});

describe("audit log", () => {
  it("records writes with comment and token, filters by spec globs and pages with _links.next", async () => {
    const emu = await startEmulator({
      tokens: { "tok-1": { role: "writer", name: "CI token", memberId: "member-1" } },
    });
    const call = apiClient(emu.url, "tok-1");
    await call("POST", "/api/v2/projects", { key: "web-app", name: "Web" });
    for (let i = 0; i < 5; i++)
      await call("POST", "/api/v2/segments/web-app/production", { key: `beta-${i}`, name: `Beta ${i}` });
    await call("PATCH", "/api/v2/segments/web-app/production/beta-0", {
      patch: [{ op: "replace", path: "/name", value: "B" }],
      comment: "sync from git",
    });
    await call("POST", "/api/v2/roles", {
      key: "segment-syncer",
      name: "S",
      policy: [{ effect: "allow", resources: ["proj/*"], actions: ["*"] }],
    });

    const exact = await call("GET", "/api/v2/auditlog?spec=proj/web-app:env/production:segment/beta-0");
    expect(exact.body.items).toHaveLength(2);
    expect(exact.body.items[0]).toMatchObject({
      kind: "segment",
      comment: "sync from git",
      member: { _id: "member-1" },
      token: { name: "CI token" },
    });
    expect(JSON.stringify(exact.body)).not.toContain("tok-1");
    expect((await call("GET", "/api/v2/auditlog?spec=role/segment-syncer")).body.items).toHaveLength(1);

    const seen: string[] = [];
    let next: string | undefined = "/api/v2/auditlog?spec=proj/web-app:env/*:segment/beta-*&limit=2";
    while (next) {
      const page = await call("GET", next);
      seen.push(...page.body.items.map((e: { _id: string }) => e._id));
      next = page.body._links.next?.href;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect((await call("GET", "/api/v2/auditlog?limit=21")).status).toBe(400);
    await emu.close();
  });
});
