// Errors over real HTTP: 401, 403 and 404 with their hints, and the token kept out of every message and log line.
import { afterEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { resolveClientConfig } from "../../src/launchdarkly/config.js";
import { LaunchDarklyError } from "../../src/launchdarkly/errors.js";
import { clearSecrets, redactSecrets } from "../../src/launchdarkly/redact.js";
import type { RequestInfo } from "../../src/launchdarkly/transport.js";
import {
  ENV,
  PROJECT,
  READER_TOKEN,
  startSeededEmulator,
  testClient,
  WRITER_TOKEN,
} from "./emulator-fixture.js";

let emulator: RunningEmulator | undefined;
const clients: LaunchDarklyClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await emulator?.close();
  emulator = undefined;
  clearSecrets();
});

async function failure(promise: Promise<unknown>): Promise<LaunchDarklyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LaunchDarklyError);
  return error as LaunchDarklyError;
}

describe("LaunchDarklyClient errors (emulator)", () => {
  it("401 says the token was rejected and which env var it came from", async () => {
    emulator = await startSeededEmulator();
    const badToken = "api-deadbeef-dead-beef-dead-beefdeadbeef";
    const config = resolveClientConfig({
      env: { LD_BASE_URI: emulator.url, LAUNCHDARKLY_ACCESS_TOKEN: badToken },
    });
    const client = new LaunchDarklyClient({ ...config, retry: { baseDelayMs: 5 } });
    clients.push(client);
    const error = await failure(client.listSegments(PROJECT, ENV));
    expect(error.status).toBe(401);
    expect(error.code).toBe("unauthorized");
    expect(error.hint).toMatch(/LAUNCHDARKLY_ACCESS_TOKEN environment variable/);
    expect(error.message).not.toContain(badToken);
    expect(error.attempts).toBe(1); // a 401 is not retried
  });

  it("403 names the custom-role action and resource that are missing", async () => {
    emulator = await startSeededEmulator({ segments: 1 });
    const client = testClient(emulator, { token: READER_TOKEN });
    clients.push(client);
    const create = await failure(client.createSegment(PROJECT, ENV, { key: "new-seg", name: "New" }));
    expect(create.status).toBe(403);
    expect(create.missingPermission).toEqual({
      resource: `proj/${PROJECT}:env/${ENV}:segment/new-seg`,
      actions: ["createSegment"],
    });
    expect(create.hint).toContain('"createSegment"');

    const patch = await failure(
      client.patchSegmentSemantic(PROJECT, ENV, "seg-0", [
        { kind: "addIncludedTargets", contextKind: "user", values: ["a"] },
        { kind: "updateName", value: "x" },
      ]),
    );
    expect(patch.missingPermission?.actions).toEqual(["updateIncluded", "updateName"]);
    const role = await failure(client.deleteRole("some-role"));
    expect(role.hint).toContain('"deleteRole" on "role/some-role"');
  });

  it("404 says which project, environment and key", async () => {
    emulator = await startSeededEmulator();
    const client = testClient(emulator);
    clients.push(client);
    const missingSegment = await failure(
      client.patchSegmentSemantic(PROJECT, ENV, "ghost", [{ kind: "updateName", value: "x" }]),
    );
    expect(missingSegment.status).toBe(404);
    expect(missingSegment.hint).toBe(
      `Segment "ghost" does not exist in project "${PROJECT}", environment "${ENV}" (or the project or environment does not exist).`,
    );
    const missingProject = await failure(client.listSegments("nope", ENV));
    expect(missingProject.hint).toBe(`Project "nope" or its environment "${ENV}" does not exist.`);
    const missingMetric = await failure(
      client.patchMetric(PROJECT, "ghost", [{ op: "replace", path: "/name", value: "x" }]),
    );
    expect(missingMetric.hint).toBe(`Metric "ghost" does not exist in project "${PROJECT}".`);
  });

  it("unreachable server: a network error naming the host, retried for reads", async () => {
    emulator = await startSeededEmulator();
    const url = emulator.url;
    await emulator.close();
    emulator = undefined;
    const client = new LaunchDarklyClient({
      baseUri: url,
      token: WRITER_TOKEN,
      retry: { maxAttempts: 2, baseDelayMs: 5 },
    });
    clients.push(client);
    const error = await failure(client.listRoles());
    expect(error.status).toBeUndefined();
    expect(error.code).toBe("network_error");
    expect(error.hint).toContain(url);
    expect(error.attempts).toBe(2);
  });

  it("times out a request that takes too long", async () => {
    emulator = await startSeededEmulator();
    emulator.setFaults({ latencyMs: 500 });
    const client = testClient(emulator, { timeoutMs: 100, retry: { maxAttempts: 1 } });
    clients.push(client);
    const error = await failure(client.getCallerIdentity());
    expect(error.code).toBe("timeout");
  });

  it("never puts the token in an error message, a request log line, or the stats", async () => {
    emulator = await startSeededEmulator({ segments: 2 });
    const lines: string[] = [];
    const log = (info: RequestInfo) => lines.push(JSON.stringify(info));
    const writer = testClient(emulator, { onRequest: log });
    const reader = testClient(emulator, { token: READER_TOKEN, onRequest: log });
    const wrong = testClient(emulator, { token: "api-00000000-0000-0000-0000-000000000000", onRequest: log });
    clients.push(writer, reader, wrong);
    emulator.setFaults({
      failNext: [{ method: "PATCH", path: "*", count: 1, status: "drop", afterWrite: true }],
    });

    const errors = await Promise.all([
      failure(wrong.listSegments(PROJECT, ENV)),
      failure(reader.createSegment(PROJECT, ENV, { key: "x", name: "x" })),
      failure(writer.getSegment("nope", ENV, "x").then(() => writer.deleteMetric(PROJECT, "ghost"))),
      failure(writer.patchSegmentSemantic(PROJECT, ENV, "seg-0", [{ kind: "addRule", clauses: [] }])),
    ]);
    const everything = [
      ...errors.flatMap((e) => [
        e.message,
        e.hint,
        String(e.stack),
        JSON.stringify(e),
        JSON.stringify({ ...e }),
      ]),
      ...lines,
      JSON.stringify(writer.stats),
    ].join("\n");
    for (const token of [WRITER_TOKEN, READER_TOKEN, "api-00000000-0000-0000-0000-000000000000"]) {
      expect(everything).not.toContain(token);
    }
    // The registry knows the tokens the clients were created with.
    expect(redactSecrets(`auth ${WRITER_TOKEN} / ${READER_TOKEN}`)).toBe("auth *** / ***");
  });
});
