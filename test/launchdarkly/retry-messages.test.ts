// Issue 15 item 7: when a retried write fails for good, the message said an attempt "got no answer" even when every
// attempt was answered (503). Against the emulator's scripted faults over HTTP.
import { afterEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { ENV, PROJECT, startSeededEmulator, testClient } from "./emulator-fixture.js";

const SEGMENT = `/api/v2/segments/${PROJECT}/${ENV}/seg-0`;

let emulator: RunningEmulator | undefined;
let client: LaunchDarklyClient | undefined;
afterEach(async () => {
  await client?.close();
  await emulator?.close();
});

async function failingPatch(status: number | "drop", count: number): Promise<string> {
  emulator = await startSeededEmulator({ segments: 1 });
  emulator.setFaults({ failNext: [{ method: "PATCH", path: SEGMENT, count, status }] });
  client = testClient(emulator);
  const error = await client
    .patchSegmentSemantic(PROJECT, ENV, "seg-0", [
      { kind: "addIncludedTargets", contextKind: "user", values: ["u-1"] },
    ])
    .then(
      () => undefined,
      (thrown: Error) => thrown,
    );
  return error?.message ?? "";
}

describe("the message after the last retry of a write", () => {
  it("says every attempt was answered with a server error when none lost its answer", async () => {
    const message = await failingPatch(503, 20);
    expect(message).toMatch(/\(503 /);
    expect(message).toMatch(
      /Every attempt of this PATCH was answered with a server error \(after \d+ attempts\)/,
    );
    expect(message).not.toMatch(/got no answer/);
  });

  it("says an attempt got no answer when a connection was dropped", async () => {
    emulator = await startSeededEmulator({ segments: 1 });
    emulator.setFaults({
      failNext: [
        { method: "PATCH", path: SEGMENT, count: 1, status: "drop" },
        { method: "PATCH", path: SEGMENT, count: 20, status: 503 },
      ],
    });
    client = testClient(emulator);
    const error = await client
      .patchSegmentSemantic(PROJECT, ENV, "seg-0", [
        { kind: "addIncludedTargets", contextKind: "user", values: ["u-1"] },
      ])
      .then(
        () => undefined,
        (thrown: Error) => thrown,
      );
    expect(error?.message).toMatch(/got no answer and may already have applied it/);
  });
});
