// One LaunchDarkly API request, in LaunchDarkly's order: log it, inject the configured faults, authenticate,
// rate-limit, route, check the API version, role and content type, check custom-role policies, run the route's
// handler, and (as a fault) drop the connection after a write.

import type { IncomingMessage, ServerResponse } from "node:http";
import { LD_API_VERSION } from "../launchdarkly/limits.js";
import { settleImports } from "./big-segment-imports.js";
import { type EmulatorFaults, type ScriptedFailure, takeScriptedFailure } from "./faults.js";
import { EmulatorHttpError, forbidden, invalidRequest } from "./http-error.js";
import { readRawBody, send, sendError } from "./http-io.js";
import { policyRefusal } from "./policy-check.js";
import type { HandlerResult } from "./router.js";
import type { EmulatorRequestLogEntry, EmulatorServerState } from "./server-state.js";
import { describeToken, hasPolicy } from "./tokens.js";

const SEMANTIC_OR_JSON = /^application\/(json|merge-patch\+json)/;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function handleApiRequest(
  state: EmulatorServerState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const { tokens } = state;
  const method = (request.method ?? "GET").toUpperCase();
  const path = url.pathname;
  const logEntry: EmulatorRequestLogEntry = {
    method,
    path,
    query: url.search.slice(1),
    status: 0,
    at: Date.now(),
  };
  state.requestLog.push(logEntry);
  const { match, pathKnown } = state.router.match(method, path);
  if (match) logEntry.route = `${method} ${match.route.template}`;
  const rawBodyPromise = readRawBody(request);

  if (state.faults.latencyMs > 0) await sleep(state.faults.latencyMs);
  const scripted = takeScriptedFailure(state.faults, method, path, match?.route.template);
  const drop = (): void => {
    logEntry.status = 0;
    request.socket.destroy();
  };
  if (
    (scripted?.status === "drop" && !scripted.afterWrite) ||
    (state.faults.dropRate > 0 && Math.random() < state.faults.dropRate)
  ) {
    return drop();
  }

  const rawBytes = await rawBodyPromise;
  // Multipart bodies (big-segment imports) go to the handler as bytes; everything else is JSON text.
  const multipart = match?.route.multipart === true;
  const rawBody = multipart ? "" : rawBytes.toString("utf8");
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
  const callerToken = tokens?.get(token) ?? describeToken(token, undefined, state.startedAt);
  const caller = callerToken.caller;

  const routeKey = match ? `${method} ${match.route.template}` : `${method} ${path}`;
  const limit = state.limiter.take(
    caller.tokenId,
    routeKey,
    state.faults.globalLimit,
    state.faults.routeLimit,
    Date.now(),
  );
  if (!limit.allowed) {
    return fail(
      new EmulatorHttpError(429, "rate_limited", "You've exceeded the API rate limit. Try again later."),
      { ...limit.headers, "Retry-After": String(limit.retryAfterSeconds) },
    );
  }
  const headers = limit.headers;

  const injected = injectedFailure(state.faults, scripted);
  if (injected) return fail(injected.error, { ...headers, ...injected.headers });

  if (!match) {
    return pathKnown
      ? fail(new EmulatorHttpError(405, "method_not_allowed", `${method} is not allowed on ${path}`), headers)
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
  const parsed = parseBody(rawBody, contentType, match.route.write);
  if (parsed instanceof EmulatorHttpError) return fail(parsed, headers);
  const { body } = parsed;

  if (
    match.route.write &&
    hasPolicy(caller) &&
    policyRefusal(
      { method, template: match.route.template, params: match.params, body, contentType },
      caller,
      state.store,
    ) !== undefined
  ) {
    return fail(forbidden(), headers);
  }

  let result: HandlerResult;
  try {
    settleImports(state.store, state.importBehaviour, Date.now());
    result = match.route.handler({
      params: match.params,
      query: url.searchParams,
      body,
      ...(multipart ? { rawBody: rawBytes } : {}),
      contentType,
      caller,
      store: state.store,
      tokens: tokens ? [...tokens.values()] : [callerToken],
    });
  } catch (error) {
    if (error instanceof EmulatorHttpError) return fail(error, headers);
    logEntry.status = 500;
    return send(response, 500, { code: "internal_server_error", message: (error as Error).message }, headers);
  }

  const ok = result.status < 400;
  const dropAfterWrite =
    match.route.write &&
    ok &&
    ((scripted?.status === "drop" && scripted.afterWrite === true) ||
      (state.faults.dropAfterWriteRate > 0 && Math.random() < state.faults.dropAfterWriteRate));
  if (dropAfterWrite) return drop();
  finish(result.status, result.body, { ...headers, ...result.headers });
}

/**
 * The failure the configured faults inject into this request after authentication and rate limiting, if any: a
 * scripted status (other than a dropped connection), else one drawn at the configured error rate.
 */
function injectedFailure(
  faults: EmulatorFaults,
  scripted: ScriptedFailure | undefined,
): { error: EmulatorHttpError; headers: Record<string, string> } | undefined {
  if (scripted && scripted.status !== "drop") {
    const status = scripted.status ?? 503;
    const code = status === 429 ? "rate_limited" : status >= 500 ? "service_unavailable" : "invalid_request";
    const headers: Record<string, string> = status === 429 ? { "Retry-After": "1" } : {};
    return { error: new EmulatorHttpError(status, code, `Injected failure (${status})`), headers };
  }
  if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
    return {
      error: new EmulatorHttpError(
        faults.errorStatus,
        "service_unavailable",
        `Injected failure (${faults.errorStatus})`,
      ),
      headers: {},
    };
  }
  return undefined;
}

/** The request's JSON body (undefined when empty), or why LaunchDarkly would refuse it. */
function parseBody(
  rawBody: string,
  contentType: string,
  write: boolean,
): { body: unknown } | EmulatorHttpError {
  if (rawBody === "") return { body: undefined };
  if (write && contentType !== "" && !SEMANTIC_OR_JSON.test(contentType)) {
    return invalidRequest(`Unsupported Content-Type "${contentType}"; send application/json`);
  }
  try {
    return { body: JSON.parse(rawBody) };
  } catch {
    return invalidRequest("Request body is not valid JSON");
  }
}
