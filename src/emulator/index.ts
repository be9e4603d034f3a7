// The LaunchDarkly emulator: a stateful in-memory HTTP server on 127.0.0.1 with LaunchDarkly's REST semantics
// (auth, errors, paging, rate-limit headers, audit log) for integration tests, benchmarks and `npm run demo`.
// API requests are handled in ./api-request.ts, the emulator's own /__emulator/ API in ./admin-api.ts.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { handleAdminRequest, saveState } from "./admin-api.js";
import { handleApiRequest } from "./api-request.js";
import { DEFAULT_IMPORT_BEHAVIOUR, type ImportBehaviour } from "./big-segment-imports.js";
import {
  EVENT_IMPORT_TEMPLATE,
  EventImportStore,
  eventAdminAnswer,
  handleEventImport,
  isEventImportPath,
} from "./event-imports.js";
import { type EmulatorFaults, mergeFaults, NO_FAULTS } from "./faults.js";
import { EmulatorHttpError } from "./http-error.js";
import { send, sendError } from "./http-io.js";
import { RateLimiter } from "./rate-limiter.js";
import { Router } from "./router.js";
import { registerAccountRoutes } from "./routes/account.js";
import { registerContextKindRoutes } from "./routes/context-kinds.js";
import { registerContextRoutes } from "./routes/contexts.js";
import { registerFlagRoutes } from "./routes/flags.js";
import { registerMetricRoutes } from "./routes/metrics.js";
import { registerProjectRoutes } from "./routes/projects.js";
import { registerRoleRoutes } from "./routes/roles.js";
import { registerSegmentRoutes } from "./routes/segments.js";
import { registerTokenRoutes } from "./routes/tokens.js";
import type { EmulatorRequestLogEntry, EmulatorServerState } from "./server-state.js";
import { type EmulatorSnapshot, loadSnapshot, snapshotStore } from "./snapshot.js";
import { EmulatorStore } from "./store.js";
import { describeToken, type EmulatorTokenConfig } from "./tokens.js";

export type { ImportBehaviour } from "./big-segment-imports.js";
export type { EmulatorFaults, ScriptedFailure } from "./faults.js";
export type { EmulatorRequestLogEntry } from "./server-state.js";
export type { EmulatorSnapshot } from "./snapshot.js";
export { readSnapshotFile, writeSnapshotFile } from "./snapshot.js";

export type { EmulatorTokenConfig } from "./tokens.js";

export interface EmulatorOptions {
  /** 0 (default) = a free port; always binds 127.0.0.1. */
  port?: number;
  /** None = any non-empty token is a writer. */
  tokens?: Record<string, EmulatorTokenConfig>;
  faults?: Partial<EmulatorFaults>;
  /** Initial state. */
  state?: EmulatorSnapshot;
  /** Where `POST /__emulator/state/save` and `saveState()` write the snapshot. */
  stateFile?: string;
  /** How big-segment imports progress (default: each status lasts until the next request; no auto-start). */
  imports?: Partial<ImportBehaviour>;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The request log (API requests only; admin requests are not logged). */
  requests: ReadonlyArray<EmulatorRequestLogEntry>;
  clearRequests(): void;
  setFaults(faults: Partial<EmulatorFaults>): void;
  /** Changes how big-segment imports progress from now on. */
  setImportBehaviour(behaviour: Partial<ImportBehaviour>): void;
  /** JSON-serialisable copy of the state. */
  snapshot(): EmulatorSnapshot;
  /** Replaces the whole state. */
  loadState(snapshot: EmulatorSnapshot): void;
  /** Writes the snapshot to `options.stateFile` (throws when none was given). */
  saveState(): Promise<void>;
  close(): Promise<void>;
}

function buildRouter(): Router {
  const router = new Router();
  registerProjectRoutes(router);
  registerContextKindRoutes(router);
  registerContextRoutes(router);
  registerSegmentRoutes(router);
  registerMetricRoutes(router);
  registerFlagRoutes(router);
  registerRoleRoutes(router);
  registerAccountRoutes(router);
  registerTokenRoutes(router);
  return router;
}

/** The events host's import endpoint (event-imports.ts) shares the port, tokens, faults and request log. */
function eventImportContext(state: EmulatorServerState, url: URL, method: string) {
  const entry: EmulatorRequestLogEntry = {
    method,
    path: url.pathname,
    query: url.search.slice(1),
    status: 0,
    at: Date.now(),
    route: `POST ${EVENT_IMPORT_TEMPLATE}`,
  };
  state.requestLog.push(entry);
  return {
    store: () => state.store,
    faults: () => state.faults,
    limiter: state.limiter,
    events: state.importedEvents,
    caller: (token: string) =>
      token === "" || (state.tokens && !state.tokens.has(token))
        ? undefined
        : (state.tokens?.get(token) ?? describeToken(token, undefined, state.startedAt)).caller,
    log: (status: number) => {
      entry.status = status;
    },
  };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const startedAt = Date.now();
  const tokens =
    options.tokens && Object.keys(options.tokens).length > 0
      ? new Map(
          Object.entries(options.tokens).map(([token, config]) => [
            token,
            describeToken(token, config, startedAt),
          ]),
        )
      : undefined;
  const state: EmulatorServerState = {
    store: options.state ? loadSnapshot(options.state) : new EmulatorStore(),
    faults: mergeFaults(NO_FAULTS, options.faults ?? {}),
    importBehaviour: { ...DEFAULT_IMPORT_BEHAVIOUR, ...options.imports },
    requestLog: [],
    tokens,
    startedAt,
    router: buildRouter(),
    limiter: new RateLimiter(),
    stateFile: options.stateFile,
    importedEvents: new EventImportStore(),
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const handled =
      url.pathname === "/__emulator/events"
        ? Promise.resolve().then(() => {
            const { status, body } = eventAdminAnswer(
              request.method ?? "GET",
              url.searchParams,
              state.importedEvents,
            );
            send(response, status, body);
          })
        : url.pathname.startsWith("/__emulator/")
          ? handleAdminRequest(state, request, response, url.pathname)
          : isEventImportPath(url.pathname)
            ? handleEventImport(
                request,
                response,
                url.pathname,
                eventImportContext(state, url, request.method ?? "GET"),
              )
            : handleApiRequest(state, request, response, url);
    handled.catch((error: unknown) => {
      if (response.headersSent || request.socket.destroyed) return;
      if (error instanceof EmulatorHttpError) sendError(response, error);
      else send(response, 500, { code: "internal_server_error", message: (error as Error).message });
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests: state.requestLog,
    clearRequests: () => {
      state.requestLog.length = 0;
    },
    setFaults: (update) => {
      state.faults = mergeFaults(state.faults, update);
    },
    setImportBehaviour: (update) => {
      state.importBehaviour = { ...state.importBehaviour, ...update };
    },
    snapshot: () => snapshotStore(state.store),
    loadState: (snapshot) => {
      state.store = loadSnapshot(snapshot);
    },
    saveState: () => saveState(state),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
