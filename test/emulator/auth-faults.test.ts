import { afterEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { apiClient } from "./http.js";

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("authentication", () => {
  it("answers 401 for a missing or unknown token and 403 when a reader writes", async () => {
    emulator = await startEmulator({
      tokens: { "w-token": { role: "writer" }, "r-token": { role: "reader", name: "reader" } },
    });
    const none = await apiClient(emulator.url, "")("GET", "/api/v2/roles");
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ code: "unauthorized", message: expect.any(String) });
    expect((await apiClient(emulator.url, "other")("GET", "/api/v2/roles")).status).toBe(401);
    const reader = apiClient(emulator.url, "r-token");
    expect((await reader("GET", "/api/v2/roles")).status).toBe(200);
    const write = await reader("POST", "/api/v2/roles", { key: "r", name: "R", policy: [] });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe("forbidden");
    const identity = await reader("GET", "/api/v2/caller-identity");
    expect(identity.body).toMatchObject({ tokenName: "reader", serviceToken: true });
    // CallerIdentityRep names no role; the token's own representation does.
    expect(identity.body).not.toHaveProperty("role");
    const token = await reader("GET", `/api/v2/tokens/${identity.body.tokenId}`);
    expect(token.body).toMatchObject({ _id: identity.body.tokenId, name: "reader", role: "reader" });
    expect(JSON.stringify(identity.body)).not.toContain("r-token");
    expect(
      (await apiClient(emulator.url, "w-token")("POST", "/api/v2/projects", { key: "p", name: "P" })).status,
    ).toBe(201);
  });
});

describe("rate limits", () => {
  it("sends X-Ratelimit headers on every answer and 429 rate_limited with Retry-After when exceeded", async () => {
    emulator = await startEmulator({ faults: { routeLimit: 3 } });
    const api = apiClient(emulator.url);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await api("GET", "/api/v2/roles"));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[0]?.headers.get("x-ratelimit-route-remaining")).toBe("2");
    expect(Number(answers[0]?.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now());
    expect(answers[0]?.headers.get("x-ratelimit-global-remaining")).toBeTruthy();
    const limited = answers[3];
    expect(limited?.status).toBe(429);
    expect(limited?.body.code).toBe("rate_limited");
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // Another route has its own budget.
    expect((await api("GET", "/api/v2/caller-identity")).status).toBe(200);
  });

  it("limits per token globally", async () => {
    emulator = await startEmulator({ faults: { globalLimit: 2 } });
    const a = apiClient(emulator.url, "a");
    expect((await a("GET", "/api/v2/roles")).status).toBe(200);
    expect((await a("GET", "/api/v2/projects")).status).toBe(200);
    expect((await a("GET", "/api/v2/caller-identity")).status).toBe(429);
    expect((await apiClient(emulator.url, "b")("GET", "/api/v2/roles")).status).toBe(200);
  });
});

describe("fault injection and request log", () => {
  it("answers a share of requests 5xx and logs every request", async () => {
    emulator = await startEmulator({ faults: { errorRate: 1 } });
    const api = apiClient(emulator.url);
    expect((await api("GET", "/api/v2/roles")).status).toBe(503);
    emulator.setFaults({ errorRate: 0 });
    expect((await api("GET", "/api/v2/roles?limit=5")).status).toBe(200);
    expect(emulator.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ["GET", "/api/v2/roles", 503],
      ["GET", "/api/v2/roles", 200],
    ]);
    const overHttp = (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as {
      requests: unknown[];
    };
    expect(overHttp.requests).toHaveLength(2);
    await fetch(`${emulator.url}/__emulator/requests`, { method: "DELETE" });
    expect(emulator.requests).toHaveLength(0);
  });

  it("drops connections before or after applying a write, and fails the next N matching requests", async () => {
    emulator = await startEmulator();
    const api = apiClient(emulator.url);
    emulator.setFaults({
      failNext: [{ method: "POST", path: "/api/v2/projects", count: 1, status: "drop", afterWrite: true }],
    });
    await expect(api("POST", "/api/v2/projects", { key: "p", name: "P" })).rejects.toThrow();
    expect((await api("GET", "/api/v2/projects/p")).status).toBe(200);
    emulator.setFaults({ dropRate: 1 });
    await expect(api("POST", "/api/v2/projects", { key: "q", name: "Q" })).rejects.toThrow();
    emulator.setFaults({ dropRate: 0 });
    expect((await api("GET", "/api/v2/projects/q")).status).toBe(404);
    const put = await fetch(`${emulator.url}/__emulator/faults`, {
      method: "PUT",
      body: JSON.stringify({
        failNext: [{ method: "GET", path: "/api/v2/projects/{projectKey}", count: 2, status: 502 }],
      }),
    });
    expect(put.status).toBe(200);
    expect((await api("GET", "/api/v2/projects/p")).status).toBe(502);
    expect((await api("GET", "/api/v2/projects/p")).status).toBe(502);
    expect((await api("GET", "/api/v2/projects/p")).status).toBe(200);
  });

  it("adds latency", async () => {
    emulator = await startEmulator({ faults: { latencyMs: 50 } });
    const started = performance.now();
    await apiClient(emulator.url)("GET", "/api/v2/roles");
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("accepts LD-API-Version and rejects a malformed one", async () => {
    emulator = await startEmulator();
    const response = await fetch(`${emulator.url}/api/v2/roles`, {
      headers: { Authorization: "t", "LD-API-Version": "nope" },
    });
    expect(response.status).toBe(400);
  });
});
