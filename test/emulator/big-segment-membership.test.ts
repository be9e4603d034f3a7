// Big-segment membership on the emulator over HTTP: `/contexts` and `/users` writes, per-context reads,
// `_unboundedMetadata` counts, multipart imports (Location, statuses, replace/merge, 409, limits) and segment
// approvals.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { MAX_IMPORT_CONTEXTS } from "../../src/launchdarkly/limits.js";
import { apiClient, SEMANTIC_PATCH } from "./http.js";

let emulator: RunningEmulator;
let api: ReturnType<typeof apiClient>;
const base = "/api/v2/segments/web/production";

beforeAll(async () => {
  emulator = await startEmulator({
    tokens: {
      writer: { role: "writer" },
      bypasser: {
        role: "writer",
        inlineRole: [{ effect: "allow", actions: ["*"], resources: ["proj/*:env/*:segment/*"] }],
      },
      "no-bypass": {
        role: "writer",
        inlineRole: [
          { effect: "allow", actions: ["*"], resources: ["proj/*:env/*:segment/*"] },
          {
            effect: "deny",
            actions: ["bypassRequiredSegmentApproval"],
            resources: ["proj/*:env/*:segment/*"],
          },
        ],
      },
    },
  });
  api = apiClient(emulator.url, "writer");
  expect((await api("POST", "/api/v2/projects", { key: "web", name: "Web" })).status).toBe(201);
});
afterAll(() => emulator.close());
afterEach(() => emulator.setImportBehaviour({ stepMs: 0, autoStart: false }));

let counter = 0;
async function bigSegment(environment = "production"): Promise<string> {
  const key = `big-${++counter}`;
  const created = await api("POST", `/api/v2/segments/web/${environment}`, {
    key,
    name: key,
    unbounded: true,
    unboundedContextKind: "user",
  });
  expect(created.status).toBe(201);
  return key;
}

function upload(
  key: string,
  csv: string,
  mode: string,
  options: { token?: string; environment?: string; waitOnApprovals?: boolean } = {},
) {
  const form = new FormData();
  form.set("file", new Blob([csv], { type: "text/csv" }), "members.csv");
  form.set("mode", mode);
  if (options.waitOnApprovals !== undefined) form.set("waitOnApprovals", String(options.waitOnApprovals));
  return fetch(`${emulator.url}/api/v2/segments/web/${options.environment ?? "production"}/${key}/imports`, {
    method: "POST",
    headers: { Authorization: options.token ?? "writer", "LD-API-Version": "20240415" },
    body: form,
  });
}

async function members(
  key: string,
  candidates: string[],
): Promise<{ included: string[]; excluded: string[] }> {
  const included: string[] = [];
  const excluded: string[] = [];
  for (const candidate of candidates) {
    const answer = await api("GET", `${base}/${key}/contexts/${encodeURIComponent(candidate)}`);
    if (answer.status === 404) continue;
    expect(answer.status).toBe(200);
    if (answer.body.included) included.push(candidate);
    if (answer.body.excluded) excluded.push(candidate);
  }
  return { included, excluded };
}

describe("big-segment membership writes and reads", () => {
  it("adds and removes through /contexts and /users, counted in _unboundedMetadata on reads and lists", async () => {
    const key = await bigSegment();
    expect(
      (
        await api("POST", `${base}/${key}/contexts`, {
          included: { add: ["a", "b", "c"] },
          excluded: { add: ["x"] },
        })
      ).status,
    ).toBe(204);
    expect(
      (await api("POST", `${base}/${key}/users`, { included: { remove: ["b"], add: ["d"] } })).status,
    ).toBe(204);
    expect(await members(key, ["a", "b", "c", "d", "x"])).toEqual({
      included: ["a", "c", "d"],
      excluded: ["x"],
    });
    expect((await api("GET", `${base}/${key}/users/x`)).body).toEqual({
      userKey: "x",
      included: false,
      excluded: true,
    });
    const read = await api("GET", `${base}/${key}`);
    expect(read.body._unboundedMetadata).toMatchObject({
      includedCount: 3,
      excludedCount: 1,
      deleted: false,
    });
    expect(read.body._importInProgress).toBe(false);
    expect(read.body.included).toEqual([]);
    const listed = (await api("GET", `${base}?limit=50`)).body.items.find(
      (segment: { key: string }) => segment.key === key,
    );
    expect(listed._unboundedMetadata.includedCount).toBe(3);
  });
});

describe("big-segment imports", () => {
  it("answers 204 with Location, moves preparing → ready → in_progress → complete, and replaces the members", async () => {
    emulator.setImportBehaviour({ stepMs: 150 });
    const key = await bigSegment();
    await api("POST", `${base}/${key}/contexts`, { included: { add: ["old"] }, excluded: { add: ["gone"] } });
    const response = await upload(key, 'k1\r\n"k,2"\r\n"k""3",ignored column\n\nk4\n', "replace");
    expect(response.status).toBe(204);
    const location = response.headers.get("location") as string;
    expect(location).toMatch(new RegExp(`^${base}/${key}/imports/[0-9a-f-]{36}$`));
    const first = await api("GET", location);
    expect(first.body).toMatchObject({ segmentKey: key, mode: "replace", status: "preparing" });
    expect(first.body.files).toEqual([{ filename: "members.csv", status: "preparing" }]);
    expect((await api("GET", `${base}/${key}`)).body._importInProgress).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await api("GET", location)).body.status).toBe("ready");
    const importId = location.split("/").pop();
    const processed = await api(
      "PATCH",
      `${base}/${key}`,
      { environmentKey: "production", instructions: [{ kind: "processBigSegmentImport", importId }] },
      SEMANTIC_PATCH,
    );
    expect(processed.status).toBe(200);
    expect((await api("GET", location)).body.status).toBe("in_progress");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await api("GET", location)).body.status).toBe("complete");
    expect(await members(key, ["old", "gone", "k1", "k,2", 'k"3', "k4", "ignored column"])).toEqual({
      included: ["k1", "k,2", 'k"3', "k4"],
      excluded: [],
    });
    const read = await api("GET", `${base}/${key}`);
    expect(read.body._unboundedMetadata).toMatchObject({ includedCount: 4, excludedCount: 0 });
    expect(read.body._importInProgress).toBe(false);
  });

  it("merges with autoStart, and answers 409 for a second import in the environment while one runs", async () => {
    emulator.setImportBehaviour({ stepMs: 150, autoStart: true });
    const key = await bigSegment();
    const other = await bigSegment();
    await api("POST", `${base}/${key}/contexts`, { included: { add: ["a"] } });
    const first = await upload(key, "b\nc\n", "merge");
    expect(first.status).toBe(204);
    const second = await upload(other, "z\n", "replace");
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ message: expect.stringContaining("Conflicting process") });
    const location = first.headers.get("location") as string;
    for (let i = 0; i < 50 && (await api("GET", location)).body.status !== "complete"; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await api("GET", location)).body.status).toBe("complete");
    expect((await members(key, ["a", "b", "c"])).included).toEqual(["a", "b", "c"]);
    expect((await upload(other, "z\n", "replace")).status).toBe(204);
  });

  it("refuses files over 1,000,000 contexts, standard segments, a bad mode, and a missing file", async () => {
    const key = await bigSegment();
    const tooMany = `${Array.from({ length: MAX_IMPORT_CONTEXTS + 1 }, (_, i) => `u${i}`).join("\n")}\n`;
    const over = await upload(key, tooMany, "replace");
    expect(over.status).toBe(400);
    expect(((await over.json()) as { message: string }).message).toContain("at most 1000000");
    expect((await upload(key, "a\n", "overwrite")).status).toBe(400);
    const standard = "std-1";
    await api("POST", base, { key: standard, name: "Standard" });
    expect((await upload(standard, "a\n", "merge")).status).toBe(400);
    const noFile = new FormData();
    noFile.set("mode", "merge");
    const missing = await fetch(`${emulator.url}${base}/${key}/imports`, {
      method: "POST",
      headers: { Authorization: "writer" },
      body: noFile,
    });
    expect(missing.status).toBe(400);
    expect((await api("GET", `${base}/${key}/imports/nope`)).status).toBe(404);
  });

  it("refuses files over 40 MB", async () => {
    const key = await bigSegment();
    const line = `${"k".repeat(99)}\n`;
    const big = line.repeat(Math.ceil(40_000_001 / line.length));
    const response = await upload(key, big, "replace");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain("40 MB");
  });
});

describe("segment approvals", () => {
  async function requireApprovals(environment: string, required: boolean): Promise<void> {
    const state = emulator.snapshot();
    const project = state.projects.find((p) => p.key === "web");
    const env = project?.environments.find((e) => e.key === environment);
    if (!env) throw new Error("no environment");
    env.resourceApprovalSettings = {
      segment: {
        required,
        bypassApprovalsForPendingChanges: false,
        minNumApprovals: 1,
        canReviewOwnRequest: false,
        canApplyDeclinedChanges: false,
        serviceKind: "launchdarkly",
        serviceConfig: {},
        requiredApprovalTags: [],
      },
    };
    emulator.loadState(state);
  }

  it("answers 403 'approval is required' to targeting changes, lets creates and names through, and lets a bypassing role write", async () => {
    await requireApprovals("test", true);
    const testBase = "/api/v2/segments/web/test";
    const key = await bigSegment("test");
    const refused = await api("POST", `${testBase}/${key}/contexts`, { included: { add: [] } });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ code: "forbidden", message: "approval is required" });
    expect((await upload(key, "a\n", "replace", { environment: "test" })).status).toBe(403);
    const rename = await api("PATCH", `${testBase}/${key}`, {
      patch: [{ op: "replace", path: "/name", value: "n" }],
    });
    expect(rename.status).toBe(200);
    const rules = await api("PATCH", `${testBase}/${key}`, {
      patch: [{ op: "replace", path: "/rules", value: [] }],
    });
    expect(rules.status).toBe(403);
    const waits = await upload(key, "a\n", "replace", { environment: "test", waitOnApprovals: true });
    expect(waits.status).toBe(204);
    expect((await api("GET", waits.headers.get("location") as string)).body.status).toBe("pending_approval");

    const bypass = apiClient(emulator.url, "bypasser");
    expect((await bypass("POST", `${testBase}/${key}/contexts`, { included: { add: ["b"] } })).status).toBe(
      204,
    );
    const denied = apiClient(emulator.url, "no-bypass");
    expect((await denied("POST", `${testBase}/${key}/contexts`, { included: { add: ["c"] } })).status).toBe(
      403,
    );
    await requireApprovals("test", false);
    expect((await api("POST", `${testBase}/${key}/contexts`, { included: { add: ["d"] } })).status).toBe(204);
  });
});
