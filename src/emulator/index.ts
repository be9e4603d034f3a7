// The LaunchDarkly emulator: a stateful in-memory HTTP server on 127.0.0.1 with LaunchDarkly's REST semantics
// (auth, errors, paging, rate-limit headers, audit log) for integration tests, benchmarks and `npm run demo`.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { LD_API_VERSION } from "../launchdarkly/limits.js";
import { type EmulatorFaults, mergeFaults, NO_FAULTS, takeScriptedFailure } from "./faults.js";
import { EmulatorHttpError, forbidden, invalidRequest } from "./http-error.js";
import { newObjectId } from "./ids.js";
import { policyRefusal } from "./policy-check.js";
import { RateLimiter } from "./rate-limiter.js";
import { type HandlerResult, Router } from "./router.js";
import { registerAccountRoutes } from "./routes/account.js";
import { registerContextKindRoutes } from "./routes/context-kinds.js";
import { registerFlagRoutes } from "./routes/flags.js";
import { registerMetricRoutes } from "./routes/metrics.js";
import { registerProjectRoutes } from "./routes/projects.js";
import { registerRoleRoutes } from "./routes/roles.js";
import { registerSegmentRoutes } from "./routes/segments.js";
import { registerTokenRoutes } from "./routes/tokens.js";
import { type EmulatorSnapshot, loadSnapshot, snapshotStore, writeSnapshotFile } from "./snapshot.js";
import { EmulatorStore } from "./store.js";
import { describeToken, type EmulatorToken, type EmulatorTokenConfig, hasPolicy } from "./tokens.js";

export type { EmulatorFaults, ScriptedFailure } from "./faults.js";
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
}

export interface EmulatorRequestLogEntry {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Query string without `?` ("" when none). */
  query: string;
  /** HTTP status; 0 when the connection was dropped. */
  status: number;
  /** Epoch ms when the request arrived. */
  at: number;
  /** Route template, e.g. `PATCH /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`. */
  route?: string;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The request log (API requests only; admin requests are not logged). */
  requests: ReadonlyArray<EmulatorRequestLogEntry>;
  clearRequests(): void;
  setFaults(faults: Partial<EmulatorFaults>): void;
  /** JSON-serialisable copy of the state. */
  snapshot(): EmulatorSnapshot;
  /** Replaces the whole state. */
  loadState(snapshot: EmulatorSnapshot): void;
  /** Writes the snapshot to `options.stateFile` (throws when none was given). */
  saveState(): Promise<void>;
  close(): Promise<void>;
}

const SEMANTIC_OR_JSON = /^application\/(json|merge-patch\+json)/;
const MAX_BODY_BYTES = 64 * 1024 * 1024;

function buildRouter(): Router {
  const router = new Router();
  registerProjectRoutes(router);
  registerSegmentRoutes(router);
  registerMetricRoutes(router);
  registerFlagRoutes(router);
  registerContextKindRoutes(router);
  registerRoleRoutes(router);
  registerAccountRoutes(router);
  registerTokenRoutes(router);
  return router;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(invalidRequest("request body too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  let store = options.state ? loadSnapshot(options.state) : new EmulatorStore();
  let faults = mergeFaults(NO_FAULTS, options.faults ?? {});
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
  const configuredTokens: EmulatorToken[] | undefined = tokens ? [...tokens.values()] : undefined;
  const router = buildRouter();
  const limiter = new RateLimiter();
  const requestLog: EmulatorRequestLogEntry[] = [];

  const saveState = async (): Promise<void> => {
    if (!options.stateFile) throw new Error("no state file configured");
    await writeSnapshotFile(options.stateFile, snapshotStore(store));
  };

  const send = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void => {
    const text = body === undefined ? "" : JSON.stringify(body);
    response.writeHead(status, {
      ...headers,
      ...(text ? { "Content-Type": "application/json; charset=utf-8" } : {}),
      "Content-Length": String(Buffer.byteLength(text)),
    });
    response.end(text);
  };

  const sendError = (
    response: ServerResponse,
    error: EmulatorHttpError,
    headers: Record<string, string> = {},
  ): void => {
    send(
      response,
      error.status,
      { code: error.code, message: error.message },
      { ...headers, ...error.headers },
    );
  };

  const handleAdmin = async (
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): Promise<void> => {
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
          return send(response, 200, { requests: requestLog });
        case "DELETE /__emulator/requests":
          requestLog.length = 0;
          return send(response, 204, undefined);
        case "GET /__emulator/faults":
          return send(response, 200, faults);
        case "PUT /__emulator/faults":
          faults = mergeFaults(faults, (body ?? {}) as Partial<EmulatorFaults>);
          return send(response, 200, faults);
        case "GET /__emulator/state":
          return send(response, 200, snapshotStore(store));
        case "PUT /__emulator/state":
          store = loadSnapshot(body as EmulatorSnapshot);
          return send(response, 204, undefined);
        case "POST /__emulator/state/save":
          if (!options.stateFile)
            return send(response, 400, { code: "invalid_request", message: "no --state file configured" });
          await saveState();
          return send(response, 200, { saved: options.stateFile });
        case "POST /__emulator/reset":
          store = new EmulatorStore();
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
          store.bigSegmentImports.set(id, {
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
  };

  const handleApi = async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const method = (request.method ?? "GET").toUpperCase();
    const path = url.pathname;
    const logEntry: EmulatorRequestLogEntry = {
      method,
      path,
      query: url.search.slice(1),
      status: 0,
      at: Date.now(),
    };
    requestLog.push(logEntry);
    const { match, pathKnown } = router.match(method, path);
    if (match) logEntry.route = `${method} ${match.route.template}`;
    const rawBodyPromise = readBody(request);

    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const scripted = takeScriptedFailure(faults, method, path, match?.route.template);
    const drop = (): void => {
      logEntry.status = 0;
      request.socket.destroy();
    };
    if (
      (scripted?.status === "drop" && !scripted.afterWrite) ||
      (faults.dropRate > 0 && Math.random() < faults.dropRate)
    ) {
      return drop();
    }

    const rawBody = await rawBodyPromise;
    const finish = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      logEntry.status = status;
      send(response, status, body, headers);
    };
    const fail = (error: EmulatorHttpError, headers: Record<string, string> = {}): void => {
      logEntry.status = error.status;
      sendError(response, error, headers);
    };

    // Authentication comes first, as on LaunchDarkly: nothing is revealed to an unknown caller.
    const token = request.headers.authorization?.trim() ?? "";
    if (token === "" || (tokens && !tokens.has(token))) {
      return fail(new EmulatorHttpError(401, "unauthorized", "Invalid account ID header"));
    }
    const callerToken = tokens?.get(token) ?? describeToken(token, undefined, startedAt);
    const caller = callerToken.caller;

    const routeKey = match ? `${method} ${match.route.template}` : `${method} ${path}`;
    const limit = limiter.take(caller.tokenId, routeKey, faults.globalLimit, faults.routeLimit, Date.now());
    if (!limit.allowed) {
      return fail(
        new EmulatorHttpError(429, "rate_limited", "You've exceeded the API rate limit. Try again later."),
        { ...limit.headers, "Retry-After": String(limit.retryAfterSeconds) },
      );
    }
    const headers = limit.headers;

    if (scripted && scripted.status !== "drop") {
      const status = scripted.status ?? 503;
      const code =
        status === 429 ? "rate_limited" : status >= 500 ? "service_unavailable" : "invalid_request";
      const extra: Record<string, string> = status === 429 ? { "Retry-After": "1" } : {};
      return fail(new EmulatorHttpError(status, code, `Injected failure (${status})`), {
        ...headers,
        ...extra,
      });
    }
    if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
      return fail(
        new EmulatorHttpError(
          faults.errorStatus,
          "service_unavailable",
          `Injected failure (${faults.errorStatus})`,
        ),
        headers,
      );
    }

    if (!match) {
      return pathKnown
        ? fail(
            new EmulatorHttpError(405, "method_not_allowed", `${method} is not allowed on ${path}`),
            headers,
          )
        : fail(new EmulatorHttpError(404, "not_found", `Unknown API route ${method} ${path}`), headers);
    }

    const apiVersion = request.headers["ld-api-version"];
    if (apiVersion !== undefined && !/^(\d{8}|beta)$/.test(String(apiVersion))) {
      return fail(
        invalidRequest(`Unsupported LD-API-Version "${apiVersion}" (this emulator speaks ${LD_API_VERSION})`),
        headers,
      );
    }
    // A token limited by custom roles or an inline role is checked against them once the body is read.
    if (match.route.write && !hasPolicy(caller) && caller.role !== "writer") {
      return fail(forbidden(), headers);
    }

    const contentType = String(request.headers["content-type"] ?? "");
    let body: unknown;
    if (rawBody !== "") {
      if (match.route.write && contentType !== "" && !SEMANTIC_OR_JSON.test(contentType)) {
        return fail(
          invalidRequest(`Unsupported Content-Type "${contentType}"; send application/json`),
          headers,
        );
      }
      try {
        body = JSON.parse(rawBody);
      } catch {
        return fail(invalidRequest("Request body is not valid JSON"), headers);
      }
    }

    if (
      match.route.write &&
      hasPolicy(caller) &&
      policyRefusal(
        { method, template: match.route.template, params: match.params, body, contentType },
        caller,
        store,
      ) !== undefined
    ) {
      return fail(forbidden(), headers);
    }

    let result: HandlerResult;
    try {
      result = match.route.handler({
        params: match.params,
        query: url.searchParams,
        body,
        contentType,
        caller,
        store,
        tokens: configuredTokens ?? [callerToken],
      });
    } catch (error) {
      if (error instanceof EmulatorHttpError) return fail(error, headers);
      logEntry.status = 500;
      return send(
        response,
        500,
        { code: "internal_server_error", message: (error as Error).message },
        headers,
      );
    }

    const ok = result.status < 400;
    const dropAfterWrite =
      match.route.write &&
      ok &&
      ((scripted?.status === "drop" && scripted.afterWrite === true) ||
        (faults.dropAfterWriteRate > 0 && Math.random() < faults.dropAfterWriteRate));
    if (dropAfterWrite) return drop();
    finish(result.status, result.body, { ...headers, ...result.headers });
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const handled = url.pathname.startsWith("/__emulator/")
      ? handleAdmin(request, response, url.pathname)
      : handleApi(request, response, url);
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
    requests: requestLog,
    clearRequests: () => {
      requestLog.length = 0;
    },
    setFaults: (update) => {
      faults = mergeFaults(faults, update);
    },
    snapshot: () => snapshotStore(store),
    loadState: (snapshot) => {
      store = loadSnapshot(snapshot);
    },
    saveState,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
