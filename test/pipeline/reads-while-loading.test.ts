// Integration: a plan starts its reads of LaunchDarkly while the configuration loads, and reads nothing more than
// reading after loading would (the emulator over real HTTP, real files).
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { LiveReadStarter, LiveReads } from "../../src/live/live-reads.js";
import { PRUNE_READ_OPTIONS, readLiveState } from "../../src/live/read-live-state.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { validateConfigDirectory } from "../../src/pipeline/load-and-validate.js";
import { describeFinding } from "../../src/wording/finding-messages.js";
import { writeConfig } from "../validate/helpers.js";

const segmentFile = (project: string, environments: string[], from: number, count: number) =>
  `project: ${project}\nenvironments: [${environments.join(", ")}]\nsegments:\n${Array.from(
    { length: count },
    (_, i) => `  - key: s-${from + i}\n    name: S ${from + i}\n    included: [u-${from + i}]\n`,
  ).join("")}`;

/** 300 segment files over two projects, then metrics and roles: each file can widen what is read. */
function manyFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let f = 0; f < 300; f++)
    files[`segments/${String(f).padStart(3, "0")}.yaml`] =
      f < 150
        ? segmentFile("web", ["production", "staging"], f * 5, 5)
        : segmentFile("mobile", ["production"], f * 5, 5);
  files["z/metrics.yaml"] = "project: web\nmetrics:\n  - { key: m, name: M, kind: custom, eventKey: e }\n";
  files["z/roles.yaml"] =
    "roles:\n  - key: r\n    name: R\n    policy:\n      - { effect: allow, actions: [updateOn], resources: ['proj/web:env/*:flag/*'] }\n";
  return files;
}

const state = {
  formatVersion: 1 as const,
  projects: ["web", "mobile", "unused"].map((key) => ({
    key,
    name: key,
    environments: [
      { key: "production", name: "Production" },
      { key: "staging", name: "Staging" },
    ],
  })),
};

let emulator: RunningEmulator | undefined;
let api: LaunchDarklyClient | undefined;
afterEach(async () => {
  await api?.close();
  await emulator?.close();
  api = undefined;
  emulator = undefined;
});

const requestsOf = (e: RunningEmulator) => e.requests.map((r) => `${r.method} ${r.path}?${r.query}`).sort();

describe("reads while the configuration loads", () => {
  it("makes exactly the requests reading after loading makes, plain and with prune", async () => {
    const root = writeConfig(manyFiles());
    emulator = await startEmulator({ state });
    api = new LaunchDarklyClient({ baseUri: emulator.url, token: "api-test" });
    for (const prune of [false, true]) {
      emulator.clearRequests();
      const result = await createPlan({ dir: join(root, "launchdarkly"), api, prune });
      expect(result.ok).toBe(true);
      const planned = requestsOf(emulator);
      emulator.clearRequests();
      const { state: desired } = await validateConfigDirectory(join(root, "launchdarkly"));
      await readLiveState(api, desired, {
        ...(prune ? PRUNE_READ_OPTIONS : {}),
        wordFinding: describeFinding,
      });
      expect(planned).toEqual(requestsOf(emulator));
    }
  });

  it("takes answers as they arrive while later files are still loading", async () => {
    const root = writeConfig(manyFiles());
    emulator = await startEmulator({ state });
    api = new LaunchDarklyClient({ baseUri: emulator.url, token: "api-test" });
    const reads = new LiveReads(api);
    let answered = false;
    let filesAfterAnswer = 0;
    void reads.project("web").then(() => {
      answered = true;
    });
    const starter = new LiveReadStarter(reads, {});
    await validateConfigDirectory(join(root, "launchdarkly"), {
      onFileLoaded: (loaded) => {
        starter.start(loaded);
        if (answered) filesAfterAnswer++;
      },
    });
    // Loading 302 files takes longer than one answer from a local emulator: loading let it in on the way.
    expect(answered).toBe(true);
    expect(filesAfterAnswer).toBeGreaterThan(0);
    // Everything readLiveState needs was started while loading: it adds no request to those.
    const { state: desired } = await validateConfigDirectory(join(root, "launchdarkly"));
    await readLiveState(api, desired, { wordFinding: describeFinding, reads });
    const withEarlyReads = requestsOf(emulator);
    emulator.clearRequests();
    await readLiveState(api, desired, { wordFinding: describeFinding });
    expect(withEarlyReads).toEqual(requestsOf(emulator));
  });

  it("reports the files' errors, not the reads', when the configuration is invalid", async () => {
    const files = manyFiles();
    files["segments/000.yaml"] = `${files["segments/000.yaml"]}    nmae: typo\n`;
    const root = writeConfig(files);
    // Nothing answers: every read started while loading fails, and none of them surfaces.
    api = new LaunchDarklyClient({
      baseUri: "http://127.0.0.1:9",
      token: "api-test",
      retry: { maxAttempts: 1 },
    });
    const result = await createPlan({ dir: join(root, "launchdarkly"), api });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.some((d) => d.code === "schema.unknown-field")).toBe(true);
  });
});
