// After a lost answer, a retried JSON Patch can fail its own `test`: the first attempt landed. Whether LaunchDarkly
// already holds what the patch writes tells apply's own write from someone else's change.
import fastJsonPatch from "fast-json-patch";
import type { JsonPatchOperation } from "../launchdarkly/types.js";
import { sameJson } from "../plan/canonical-json.js";

const { applyOperation } = fastJsonPatch;

/** The document without LaunchDarkly's generated ids (`_id` of rules and clauses a patch adds without one). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => name !== "_id")
      .map(([name, member]) => [name, withoutIds(member)]),
  );
}

/**
 * True when writing `patch` (its `test`s left out) onto `current` would change nothing: LaunchDarkly already holds
 * every value it writes. A `remove` of what is already absent counts as done.
 */
export function holdsPatchResult(current: object, patch: readonly JsonPatchOperation[]): boolean {
  let document: unknown = structuredClone(current);
  for (const operation of patch) {
    if (operation.op === "test") continue;
    try {
      if (operation.op === "remove" && !pointerExists(document, operation.path)) continue;
      document = applyOperation(document, operation as never, false, true).newDocument;
    } catch {
      return false;
    }
  }
  return sameJson(withoutIds(document), withoutIds(current));
}

function pointerExists(document: unknown, pointer: string): boolean {
  let node: unknown = document;
  for (const token of pointer.split("/").slice(1)) {
    const name = token.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, name)) return false;
    node = (node as Record<string, unknown>)[name];
  }
  return true;
}
