import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { OWNERSHIP_TAG } from "../../src/plan/ownership.js";

/** Tokens shaped like LaunchDarkly's (`api-<uuid>`), so a leak would also match the redaction pattern. */
export const WRITER_TOKEN = "api-1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809";
export const READER_TOKEN = "api-2c3d4e5f-6071-4829-a3b4-c5d6e7f8091a";
/** A person changing LaunchDarkly by hand (through the UI or their own token). */
export const ADA_TOKEN = "api-3d4e5f60-7182-493a-b4c5-d6e7f8091a2b";

export async function startSeededEmulator(): Promise<RunningEmulator> {
  const emulator = await startEmulator({
    tokens: {
      [WRITER_TOKEN]: { role: "writer", name: "ld-gitops-ci", memberId: "ci" },
      [READER_TOKEN]: { role: "reader", name: "ld-gitops-reader", memberId: "reader" },
      [ADA_TOKEN]: { role: "writer", name: "ada-laptop", memberId: "ada" },
    },
  });
  const response = await fetch(`${emulator.url}/api/v2/projects`, {
    method: "POST",
    headers: { Authorization: WRITER_TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({
      key: "web-app",
      name: "Web app",
      environments: [
        { key: "production", name: "Production", color: "ff0000" },
        { key: "staging", name: "Staging", color: "00ff00" },
      ],
    }),
  });
  if (response.status !== 201)
    throw new Error(`seeding the emulator failed: ${response.status} ${await response.text()}`);
  emulator.clearRequests();
  return emulator;
}

export function clientFor(emulator: RunningEmulator, token: string): LaunchDarklyClient {
  return new LaunchDarklyClient({ baseUri: emulator.url, token });
}

export const BETA_SEGMENT_YAML = `project: web-app
environments: [production]
segments:
  - key: beta-users
    name: Beta users
    included: [user-1, user-2]
`;

export const EMPTY_CONFIG_YAML = `project: web-app
environments: [production]
`;

/** The audit-log comment ld-gitops writes with every change. */
export const TOOL_COMMENT = "ld-gitops 0.1.0: https://github.com/acme/flags/pull/7";

/** What an ld-gitops apply of BETA_SEGMENT_YAML leaves in LaunchDarkly, written with the tool's audit comment. */
export async function applyBetaSegmentAsTool(writer: LaunchDarklyClient): Promise<void> {
  await writer.createSegment(
    "web-app",
    "production",
    { key: "beta-users", name: "Beta users", tags: [OWNERSHIP_TAG] },
    TOOL_COMMENT,
  );
  await writer.patchSegmentSemantic(
    "web-app",
    "production",
    "beta-users",
    [{ kind: "addIncludedTargets", contextKind: "user", values: ["user-1", "user-2"] }],
    TOOL_COMMENT,
  );
}
