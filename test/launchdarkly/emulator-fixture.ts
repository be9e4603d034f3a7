// Shared set-up for the client's integration tests: a real emulator over HTTP, seeded through its snapshot format.
import { type EmulatorSnapshot, type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import type { LaunchDarklyClientOptions } from "../../src/launchdarkly/transport.js";

export const WRITER_TOKEN = "api-11111111-2222-3333-4444-555555555555";
export const READER_TOKEN = "api-99999999-8888-7777-6666-555555555555";
export const PROJECT = "web";
export const ENV = "production";

export interface SeedCounts {
  segments?: number;
  metrics?: number;
  roles?: number;
  /** Flags in the project; flag `i` targets `seg-i` (when there is one) by a rule in production. */
  flags?: number;
}

export function seedState({
  segments = 0,
  metrics = 0,
  roles = 0,
  flags = 0,
}: SeedCounts = {}): EmulatorSnapshot {
  return {
    formatVersion: 1,
    projects: [
      {
        key: PROJECT,
        name: "Web",
        environments: [
          {
            key: ENV,
            name: "Production",
            segments: Array.from({ length: segments }, (_, i) => ({ key: `seg-${i}`, name: `Segment ${i}` })),
          },
          { key: "staging", name: "Staging" },
        ],
        metrics: Array.from({ length: metrics }, (_, i) => ({
          key: `metric-${i}`,
          name: `Metric ${i}`,
          kind: "custom" as const,
          eventKey: `event-${i}`,
          isNumeric: false,
        })),
        flags: Array.from({ length: flags }, (_, i) => ({
          key: `flag-${i}`,
          name: `Flag ${i}`,
          environments: {
            [ENV]: {
              on: true,
              rules: [
                {
                  description: `Segment ${i}`,
                  variation: 0,
                  trackEvents: false,
                  clauses: [
                    { attribute: "segmentMatch", op: "segmentMatch", values: [`seg-${i}`], negate: false },
                  ],
                },
              ],
            },
          },
        })),
      },
    ],
    roles: Array.from({ length: roles }, (_, i) => ({
      key: `role-${i}`,
      name: `Role ${i}`,
      policy: [{ effect: "allow" as const, resources: [`proj/${PROJECT}`], actions: ["viewProject"] }],
    })),
  };
}

export async function startSeededEmulator(counts: SeedCounts = {}): Promise<RunningEmulator> {
  return startEmulator({
    state: seedState(counts),
    tokens: { [WRITER_TOKEN]: { role: "writer" }, [READER_TOKEN]: { role: "reader" } },
  });
}

/** Fast retries so fault tests do not wait seconds. */
export function testClient(emulator: RunningEmulator, options: Partial<LaunchDarklyClientOptions> = {}) {
  return new LaunchDarklyClient({
    baseUri: emulator.url,
    token: WRITER_TOKEN,
    retry: { baseDelayMs: 10, maxDelayMs: 50, resetJitterMs: 20 },
    timeoutMs: 5_000,
    ...options,
  });
}

/** Requests the emulator received, as `METHOD path?query`. */
export function received(emulator: RunningEmulator, method?: string): string[] {
  return emulator.requests
    .filter((r) => method === undefined || r.method === method)
    .map((r) => `${r.method} ${r.path}${r.query ? `?${r.query}` : ""}`);
}
