// LaunchDarkly's metric-event import (`POST /v2/event-data-import/{projectKey}/{environmentKey}` on the events
// host; ../shared/launchdarkly/membership-export-events.md), served on the emulator's one port. Its own reading of
// that page, not the sender's constants, so a mistake on one side shows up against the other:
// - `X-LaunchDarkly-Event-Schema` other than 4 → 406; a body over 10 MB (compressed or, stricter, once
//   decompressed; 10^7 bytes) → 413; no token, or no `importEventData` on `proj/<p>:env/<e>` → 401;
//   not a JSON array → 400 and nothing kept;
// - otherwise 202: well-formed `custom` events are kept, malformed ones dropped without a word; a payload id seen
//   before for that environment is accepted again and adds nothing.
// Faults (latency, drops, 5xx, scripted failures, rate limits) apply as on the REST routes.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { evaluateAccess } from "../permissions/evaluate-access.js";
import type { ResourceChain } from "../permissions/resource.js";
import type { Caller } from "./audit-log.js";
import { type EmulatorFaults, takeScriptedFailure } from "./faults.js";
import { send } from "./http-io.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { EmulatorStore } from "./store.js";
import { hasPolicy, tokenPermissions } from "./tokens.js";

export const EVENT_IMPORT_TEMPLATE = "/v2/event-data-import/{projectKey}/{environmentKey}";
const PATH = /^\/v2\/event-data-import\/([^/]+)\/([^/]+)\/?$/;
const MAX_BYTES = 10_000_000;
const SCHEMA = "4";

/** One event as the emulator kept it. */
export interface ImportedEvent {
  projectKey: string;
  environmentKey: string;
  payloadId?: string;
  event: Record<string, unknown>;
}

export interface ImportedPayload {
  projectKey: string;
  environmentKey: string;
  payloadId?: string;
  events: number;
  dropped: number;
  duplicate: boolean;
  userAgent: string;
  contentEncoding: string;
}

/** What the import endpoint accepted; read and cleared through `/__emulator/events`. */
export class EventImportStore {
  events: ImportedEvent[] = [];
  payloads: ImportedPayload[] = [];
  private readonly seen = new Set<string>();

  clear(): void {
    this.events = [];
    this.payloads = [];
    this.seen.clear();
  }

  /** False when this payload id was already accepted for the environment. */
  claim(projectKey: string, environmentKey: string, payloadId: string | undefined): boolean {
    if (payloadId === undefined) return true;
    const key = `${projectKey}\0${environmentKey}\0${payloadId}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  view(projectKey?: string | null, environmentKey?: string | null) {
    const matches = (item: { projectKey: string; environmentKey: string }) =>
      (!projectKey || item.projectKey === projectKey) &&
      (!environmentKey || item.environmentKey === environmentKey);
    const payloads = this.payloads.filter(matches);
    return {
      events: this.events.filter(matches),
      payloads,
      droppedEvents: payloads.reduce((n, p) => n + p.dropped, 0),
      duplicatePayloads: payloads.filter((p) => p.duplicate).length,
    };
  }
}

export function isEventImportPath(path: string): boolean {
  return path.startsWith("/v2/event-data-import/");
}

/** What the server hands this endpoint; getters because the server swaps state and faults at run time. */
export interface EventImportContext {
  store: () => EmulatorStore;
  faults: () => EmulatorFaults;
  limiter: RateLimiter;
  events: EventImportStore;
  /** The caller for an Authorization header, undefined when the token is unknown or empty. */
  caller: (token: string) => Caller | undefined;
  /** Records the answer in the request log (0 = dropped). */
  log: (status: number) => void;
}

/** Documented event shape: `{kind: "custom", key, creationDate, contextKeys, metricValue?, data?}`. */
function isWellFormed(event: unknown): event is Record<string, unknown> {
  if (event === null || typeof event !== "object" || Array.isArray(event)) return false;
  const e = event as Record<string, unknown>;
  if (e.kind !== "custom" || typeof e.key !== "string" || e.key === "") return false;
  if (typeof e.creationDate !== "number" || !Number.isInteger(e.creationDate) || e.creationDate <= 0)
    return false;
  const contexts = e.contextKeys;
  if (contexts === null || typeof contexts !== "object" || Array.isArray(contexts)) return false;
  const keys = Object.values(contexts as Record<string, unknown>);
  if (keys.length === 0 || !keys.every((key) => typeof key === "string" && key !== "")) return false;
  if (e.metricValue !== undefined && (typeof e.metricValue !== "number" || !Number.isFinite(e.metricValue)))
    return false;
  if (e.data !== undefined && (e.data === null || typeof e.data !== "object" || Array.isArray(e.data)))
    return false;
  return true;
}

function readLimited(request: IncomingMessage): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BYTES) over = true;
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(over ? "too-large" : Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function handleEventImport(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  context: EventImportContext,
): Promise<void> {
  const answer = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
    context.log(status);
    send(response, status, body, headers);
  };
  const error = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
    answer(status, { code, message }, headers);
  const drop = (): void => {
    context.log(0);
    request.socket.destroy();
  };

  const method = (request.method ?? "GET").toUpperCase();
  const found = PATH.exec(path);
  if (!found) return error(404, "not_found", `Unknown events route ${method} ${path}`);
  if (method !== "POST") return error(405, "method_not_allowed", `${method} is not allowed on ${path}`);
  const projectKey = decodeURIComponent(found[1] as string);
  const environmentKey = decodeURIComponent(found[2] as string);
  const bodyPromise = readLimited(request);

  const faults = context.faults();
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  const scripted = takeScriptedFailure(faults, method, path, EVENT_IMPORT_TEMPLATE);
  if (
    (scripted?.status === "drop" && !scripted.afterWrite) ||
    (faults.dropRate > 0 && Math.random() < faults.dropRate)
  ) {
    return drop();
  }
  const raw = await bodyPromise;

  const caller = context.caller(request.headers.authorization?.trim() ?? "");
  if (caller === undefined) return error(401, "unauthorized", "Invalid account ID header");
  const limit = context.limiter.take(
    caller.tokenId,
    `POST ${EVENT_IMPORT_TEMPLATE}`,
    faults.globalLimit,
    faults.routeLimit,
    Date.now(),
  );
  if (!limit.allowed) {
    return error(429, "rate_limited", "You've exceeded the API rate limit. Try again later.", {
      ...limit.headers,
      "Retry-After": String(limit.retryAfterSeconds),
    });
  }
  const headers = limit.headers;
  if (scripted && scripted.status !== "drop") {
    const status = scripted.status ?? 503;
    return error(
      status,
      status === 429 ? "rate_limited" : "service_unavailable",
      `Injected failure (${status})`,
      {
        ...headers,
        ...(status === 429 ? { "Retry-After": "1" } : {}),
      },
    );
  }
  if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
    return error(
      faults.errorStatus,
      "service_unavailable",
      `Injected failure (${faults.errorStatus})`,
      headers,
    );
  }

  const store = context.store();
  const project = store.projects.get(projectKey);
  const environment = project?.environments.get(environmentKey);
  if (!project || !environment) {
    return error(404, "not_found", `Unknown project or environment ${projectKey}/${environmentKey}`, headers);
  }
  if (!mayImport(caller, store, projectKey, environmentKey)) {
    // LaunchDarkly answers 401 both for a bad token and for one without importEventData.
    return error(401, "unauthorized", "The access token may not import event data here", headers);
  }
  const schema = request.headers["x-launchdarkly-event-schema"];
  if (schema !== SCHEMA) {
    return error(406, "not_acceptable", `Unsupported X-LaunchDarkly-Event-Schema "${schema ?? ""}"`, headers);
  }
  if (raw === "too-large") return error(413, "payload_too_large", "Request body over 10 MB", headers);
  const contentType = String(request.headers["content-type"] ?? "");
  if (!/^application\/json\b/i.test(contentType)) {
    return error(
      400,
      "invalid_request",
      `Unsupported Content-Type "${contentType}"; send application/json`,
      headers,
    );
  }
  const encoding = String(request.headers["content-encoding"] ?? "").toLowerCase();
  let body: Buffer;
  try {
    body = encoding === "gzip" ? gunzipSync(raw, { maxOutputLength: MAX_BYTES + 1 }) : raw;
  } catch (cause) {
    if ((cause as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      return error(413, "payload_too_large", "Decompressed body over 10 MB", headers);
    }
    return error(400, "invalid_request", "Body is not valid gzip", headers);
  }
  if (body.length > MAX_BYTES)
    return error(413, "payload_too_large", "Decompressed body over 10 MB", headers);
  let events: unknown;
  try {
    events = JSON.parse(body.toString("utf8"));
  } catch {
    return error(400, "invalid_request", "Body is not valid JSON", headers);
  }
  if (!Array.isArray(events))
    return error(400, "invalid_request", "Body must be a JSON array of events", headers);

  const payloadHeader = request.headers["x-launchdarkly-payload-id"];
  const payloadId = typeof payloadHeader === "string" && payloadHeader !== "" ? payloadHeader : undefined;
  const fresh = context.events.claim(projectKey, environmentKey, payloadId);
  let kept = 0;
  let dropped = 0;
  if (fresh) {
    for (const event of events) {
      if (!isWellFormed(event)) {
        dropped += 1;
        continue;
      }
      kept += 1;
      context.events.events.push({ projectKey, environmentKey, ...(payloadId ? { payloadId } : {}), event });
    }
  }
  context.events.payloads.push({
    projectKey,
    environmentKey,
    ...(payloadId ? { payloadId } : {}),
    events: kept,
    dropped,
    duplicate: !fresh,
    userAgent: String(request.headers["user-agent"] ?? ""),
    contentEncoding: encoding,
  });
  const dropAfter =
    (scripted?.status === "drop" && scripted.afterWrite === true) ||
    (faults.dropAfterWriteRate > 0 && Math.random() < faults.dropAfterWriteRate);
  if (dropAfter) return drop();
  answer(202, undefined, headers);
}

function mayImport(
  caller: Caller,
  store: EmulatorStore,
  projectKey: string,
  environmentKey: string,
): boolean {
  if (!hasPolicy(caller)) return caller.role === "writer";
  const project = store.projects.get(projectKey);
  const environment = project?.environments.get(environmentKey);
  const resource: ResourceChain = [
    { type: "proj", key: projectKey, tags: project?.project.tags ?? [] },
    {
      type: "env",
      key: environmentKey,
      tags: environment?.environment.tags ?? [],
      properties: { critical: environment?.environment.critical ?? false },
    },
  ];
  return evaluateAccess(tokenPermissions(caller, store), { action: "importEventData", resource }).allowed;
}

/** `GET /__emulator/events[?projectKey=&environmentKey=]` and `DELETE /__emulator/events`. */
export function eventAdminAnswer(
  method: string,
  query: URLSearchParams,
  events: EventImportStore,
): { status: number; body?: unknown } {
  if (method === "GET")
    return { status: 200, body: events.view(query.get("projectKey"), query.get("environmentKey")) };
  if (method === "DELETE") {
    events.clear();
    return { status: 204 };
  }
  return { status: 405, body: { code: "method_not_allowed", message: `${method} /__emulator/events` } };
}
