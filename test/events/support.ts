// An emulator with a project whose metrics listen to `purchase` (numeric) and `signup`, and an `org` context kind.
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";

export const TOKEN = "api-11111111-2222-3333-4444-555555555555";
export const READER = "api-99999999-8888-7777-6666-555555555555";
export const IMPORTER = "api-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
export const PROJECT = "web";
export const ENV = "production";

export function startEventsEmulator(): Promise<RunningEmulator> {
  return startEmulator({
    tokens: {
      [TOKEN]: { role: "writer" },
      [READER]: { role: "reader" },
      [IMPORTER]: {
        role: "reader",
        inlineRole: [
          { effect: "allow", resources: [`proj/${PROJECT}:env/${ENV}`], actions: ["importEventData"] },
        ],
      },
    },
    state: {
      formatVersion: 1,
      projects: [
        {
          key: PROJECT,
          name: "Web",
          environments: [
            { key: ENV, name: "Production" },
            { key: "staging", name: "Staging" },
          ],
          metrics: [
            {
              key: "revenue",
              name: "Revenue",
              kind: "custom",
              eventKey: "purchase",
              isNumeric: true,
              successCriteria: "HigherThanBaseline",
              randomizationUnits: ["user", "org"],
            },
            { key: "signups", name: "Signups", kind: "custom", eventKey: "signup", isNumeric: false },
          ],
        },
      ],
    },
  });
}

export interface StoredEvents {
  events: Array<{ payloadId?: string; event: Record<string, unknown> }>;
  payloads: Array<{
    payloadId?: string;
    events: number;
    dropped: number;
    duplicate: boolean;
    userAgent: string;
    contentEncoding: string;
  }>;
  droppedEvents: number;
  duplicatePayloads: number;
}

export async function storedEvents(emulator: RunningEmulator): Promise<StoredEvents> {
  const response = await fetch(
    `${emulator.url}/__emulator/events?projectKey=${PROJECT}&environmentKey=${ENV}`,
  );
  return (await response.json()) as StoredEvents;
}

export function purchaseLines(count: number, from = 0): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `${JSON.stringify({ event_key: "purchase", user_key: `u${from + i}`, timestamp: 1714557600 + i, amount: i })}\n`,
  ).join("");
}
