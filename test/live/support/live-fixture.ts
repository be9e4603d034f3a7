// Shared set-up for the live-state integration tests: an emulator seeded with a snapshot, a client talking to it
// over HTTP, and a config directory holding one `config.yaml`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EmulatorSnapshot, type RunningEmulator, startEmulator } from "../../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../../src/launchdarkly/client.js";

export interface LiveFixture {
  emulator: RunningEmulator;
  api: LaunchDarklyClient;
  dir: string;
  /** Closes the client and the emulator and removes the directory. */
  close(): Promise<void>;
}

export async function startLiveFixture(
  state: EmulatorSnapshot,
  config: string,
  dirPrefix: string,
): Promise<LiveFixture> {
  const emulator = await startEmulator({ state });
  const api = new LaunchDarklyClient({ baseUri: emulator.url, token: "test-token", concurrency: 4 });
  const dir = mkdtempSync(join(tmpdir(), dirPrefix));
  writeFileSync(join(dir, "config.yaml"), config);
  return {
    emulator,
    api,
    dir,
    close: async () => {
      await api.close();
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Each change (or unmanaged resource) as `action type project/environment/key`. */
export function addresses(
  changes: readonly {
    action: string;
    resourceType: string;
    project?: string;
    environment?: string;
    key: string;
  }[],
): string[] {
  return changes.map(
    (c) => `${c.action} ${c.resourceType} ${[c.project, c.environment, c.key].filter(Boolean).join("/")}`,
  );
}
