// Contexts recorded in the emulator's state file are answered by getContexts and survive a snapshot.
import { describe, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/index.js";

describe("emulator contexts from the state file", () => {
  it("answers recorded contexts and writes them back into the snapshot", async () => {
    const emulator = await startEmulator({
      state: {
        formatVersion: 1,
        projects: [
          {
            key: "p",
            name: "P",
            environments: [
              {
                key: "production",
                name: "Production",
                contexts: [{ context: { kind: "user", key: "u-1" }, lastSeen: "2026-01-01T00:00:00Z" }],
              },
            ],
          },
        ],
      },
    });
    try {
      const response = await fetch(
        `${emulator.url}/api/v2/projects/p/environments/production/contexts/user/u-1`,
        {
          headers: { Authorization: "t", "LD-API-Version": "20240415" },
        },
      );
      const body = (await response.json()) as { items: unknown[] };
      expect(body.items[0]).toMatchObject({
        context: { kind: "user", key: "u-1" },
        lastSeen: "2026-01-01T00:00:00Z",
      });
      const state = (await (await fetch(`${emulator.url}/__emulator/state`)).json()) as {
        projects: { environments: { contexts: unknown }[] }[];
      };
      expect(state.projects[0]?.environments[0]?.contexts).toEqual([
        { context: { kind: "user", key: "u-1" }, lastSeen: "2026-01-01T00:00:00Z" },
      ]);
    } finally {
      await emulator.close();
    }
  });
});
