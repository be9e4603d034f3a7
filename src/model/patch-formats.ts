// The two update formats LaunchDarkly accepts, as the plan records them, the client sends them and
// src/permissions names the role action each one needs.

/** One RFC 6902 operation. */
export interface JsonPatchOperation {
  op: "add" | "remove" | "replace" | "move" | "copy" | "test";
  path: string;
  value?: unknown;
  from?: string;
}

/** One segment semantic-patch instruction (see ../shared/launchdarkly/segment-semantic-patch.md). */
export interface SemanticPatchInstruction {
  kind: string;
  [parameter: string]: unknown;
}
