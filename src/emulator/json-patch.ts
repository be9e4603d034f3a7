// RFC 6902 JSON Patch on one resource, all or nothing.
// A failed `test` operation answers 409 `optimistic_locking_error`: LaunchDarkly documents `test` on `/version` as
// the way to guard concurrent updates ("Updates using JSON patch") and names 409 "conflicts with a concurrent API
// request" with `optimistic_locking_error` as the StatusConflictErrorRep example code. The document does not show
// the answer to a failed test explicitly; this is the emulator's reading of it (docs/emulator.md).
import fastJsonPatch from "fast-json-patch";
import type { JsonPatchOperation } from "../launchdarkly/types.js";
import { EmulatorHttpError, invalidRequest } from "./http-error.js";

const { applyOperation, JsonPatchError } = fastJsonPatch;

const OPERATIONS = new Set(["add", "remove", "replace", "move", "copy", "test"]);

/**
 * Applies `operations` to a deep copy of `resource` and returns the copy. `readOnly` lists top-level fields a
 * patch may not change (LaunchDarkly: fields starting with `_` are not editable, nor are keys and versions).
 */
export function applyJsonPatch<T extends object>(
  resource: T,
  operations: JsonPatchOperation[],
  readOnly: ReadonlySet<string>,
): T {
  for (const [index, operation] of operations.entries()) {
    if (!OPERATIONS.has(operation.op)) throw invalidRequest(`patch[${index}]: unknown op "${operation.op}"`);
    if (operation.op === "test") continue;
    for (const target of [operation.path, operation.op === "move" ? operation.from : undefined]) {
      if (target === undefined) continue;
      const field = target.split("/")[1] ?? "";
      if (target === "" || field.startsWith("_") || readOnly.has(field)) {
        throw invalidRequest(`patch[${index}]: ${target || "/"} cannot be modified`);
      }
    }
  }
  let document = structuredClone(resource);
  // One operation at a time so errors name the real operation: fast-json-patch's validator reports index 0 for
  // every operation. The copy is discarded on any error, so the patch stays all or nothing.
  for (const [index, operation] of operations.entries()) {
    try {
      document = applyOperation(document, operation as never, true, true).newDocument as T;
    } catch (error) {
      if (!(error instanceof JsonPatchError)) throw error;
      if (error.name === "TEST_OPERATION_FAILED") {
        throw new EmulatorHttpError(
          409,
          "optimistic_locking_error",
          `Conflict: test operation on ${operation.path} failed (expected ${JSON.stringify(operation.value)})`,
        );
      }
      throw invalidRequest(`Invalid JSON patch at operation ${index}: ${error.message.split("\n")[0]}`);
    }
  }
  return document;
}
