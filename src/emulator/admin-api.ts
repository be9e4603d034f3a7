// The emulator's own API under /__emulator/: the request log, faults, state (read, replace, save, reset) and
// big-segment import uploads. Tests and `npm run demo` drive the emulator through it; the client never calls it.
import type { IncomingMessage, ServerResponse } from "node:http";

import { type EmulatorFaults, mergeFaults } from "./faults.js";
import { readBody, send } from "./http-io.js";
import { newObjectId } from "./ids.js";
import { recordContext } from "./routes/contexts.js";
import type { EmulatorServerState } from "./server-state.js";
import { type EmulatorSnapshot, loadSnapshot, snapshotStore, writeSnapshotFile } from "./snapshot.js";
import { EmulatorStore } from "./store.js";

/** Writes the snapshot to the state file (throws when none was given). */
export async function saveState(state: EmulatorServerState): Promise<void> {
  if (!state.stateFile) throw new Error("no state file configured");
  await writeSnapshotFile(state.stateFile, snapshotStore(state.store));
}

export async function handleAdminRequest(
  state: EmulatorServerState,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  const method = request.method ?? "GET";
  const raw = await readBody(request);
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw) : undefined;
  } catch {
    return send(response, 400, { code: "invalid_request", message: "body is not valid JSON" });
  }
  try {
    const route = `${method} ${path}`;
    switch (route) {
      case "GET /__emulator/requests":
        return send(response, 200, { requests: state.requestLog });
      case "DELETE /__emulator/requests":
        state.requestLog.length = 0;
        return send(response, 204, undefined);
      case "GET /__emulator/faults":
        return send(response, 200, state.faults);
      case "PUT /__emulator/faults":
        state.faults = mergeFaults(state.faults, (body ?? {}) as Partial<EmulatorFaults>);
        return send(response, 200, state.faults);
      case "GET /__emulator/state":
        return send(response, 200, snapshotStore(state.store));
      case "PUT /__emulator/state":
        state.store = loadSnapshot(body as EmulatorSnapshot);
        return send(response, 204, undefined);
      case "POST /__emulator/state/save":
        if (!state.stateFile)
          return send(response, 400, { code: "invalid_request", message: "no --state file configured" });
        await saveState(state);
        return send(response, 200, { saved: state.stateFile });
      case "POST /__emulator/contexts": {
        // Records contexts as if SDKs had evaluated flags for them: `{projectKey, environmentKey, contexts:
        // [{kind, key, ...attributes}]}`.
        const input = (body ?? {}) as { projectKey?: string; environmentKey?: string; contexts?: unknown };
        const environment = state.store.projects
          .get(input.projectKey ?? "")
          ?.environments.get(input.environmentKey ?? "");
        if (!environment || !Array.isArray(input.contexts))
          return send(response, 400, {
            code: "invalid_request",
            message:
              "give projectKey and environmentKey of an existing environment, and contexts: [{kind, key}]",
          });
        try {
          for (const context of input.contexts) recordContext(environment, { context });
        } catch (error) {
          return send(response, 400, { code: "invalid_request", message: (error as Error).message });
        }
        return send(response, 200, { recorded: input.contexts.length });
      }
      case "POST /__emulator/reset":
        state.store = new EmulatorStore();
        state.importedEvents.clear();
        return send(response, 204, undefined);
      case "POST /__emulator/big-segment-imports": {
        const upload = body as Record<string, unknown>;
        const strings = (value: unknown): value is string[] =>
          value === undefined || (Array.isArray(value) && value.every((item) => typeof item === "string"));
        if (
          !upload ||
          typeof upload.projectKey !== "string" ||
          typeof upload.environmentKey !== "string" ||
          typeof upload.segmentKey !== "string" ||
          !strings(upload.included) ||
          !strings(upload.excluded) ||
          (upload.mode !== undefined && upload.mode !== "merge" && upload.mode !== "replace")
        ) {
          return send(response, 400, {
            code: "invalid_request",
            message:
              "expected {projectKey, environmentKey, segmentKey, included?: string[], excluded?: string[], mode?: merge|replace}",
          });
        }
        const id = newObjectId();
        state.store.bigSegmentImports.set(id, {
          projectKey: upload.projectKey,
          environmentKey: upload.environmentKey,
          segmentKey: upload.segmentKey,
          mode: (upload.mode as "merge" | "replace" | undefined) ?? "merge",
          included: (upload.included as string[] | undefined) ?? [],
          excluded: (upload.excluded as string[] | undefined) ?? [],
        });
        return send(response, 201, { importId: id });
      }
      default:
        return send(response, 404, { code: "not_found", message: `No emulator admin route ${route}` });
    }
  } catch (error) {
    return send(response, 400, { code: "invalid_request", message: (error as Error).message });
  }
}
