// One HTTP exchange with LaunchDarkly, with everything around it: pacing against the rate-limit windows, the shared
// concurrency bound, a timeout per attempt, retries that are safe to make, request counting and typed errors.
// The client (client.ts) decides what each endpoint means; this file decides how a request is carried.

import { Readable } from "node:stream";
import { Agent, type Dispatcher, request } from "undici";
import { requiredPermission } from "../permissions/request-actions.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import { type BackoffOptions, backoffDelayMs, type RandomSource } from "./backoff.js";
import type { BaseUriSource, TokenSource } from "./config.js";
import { hintFor, LaunchDarklyError, NETWORK_ERROR, TIMEOUT_ERROR } from "./errors.js";
import { LD_API_VERSION } from "./limits.js";
import { RateLimitPacer } from "./pacer.js";
import {
  parseRateLimitHeaders,
  type RateLimitInfo,
  type ResponseHeaders,
  rateLimitWaitMs,
} from "./rate-limit-headers.js";
import { registerSecret } from "./redact.js";
import { buildPath, type Route, type RouteParams, routeKey } from "./routes.js";
import { Semaphore } from "./semaphore.js";
import { type ClientStats, StatsRecorder } from "./stats.js";

export const JSON_CONTENT_TYPE = "application/json";
export const SEMANTIC_PATCH_CONTENT_TYPE = "application/json; domain-model=launchdarkly.semanticpatch";

export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Per attempt of a streamed upload (a big-segment import file of up to 40 MB). */
export const UPLOAD_TIMEOUT_MS = 10 * 60_000;

export interface RetryOptions {
  /** Attempts for a request that fails with 5xx, a dropped connection or a timeout, when repeating is safe. */
  maxAttempts?: number;
  /** 429 answers tolerated per request before giving up (a 429 is always safe to repeat). */
  maxRateLimitRetries?: number;
  /** First backoff step; doubles per retry, with jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest wait for a rate-limit reset (guards against clock skew). */
  maxRateLimitWaitMs?: number;
  /** Random spread added when a rate-limit window resets. */
  resetJitterMs?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxAttempts: 4,
  maxRateLimitRetries: 10,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
  maxRateLimitWaitMs: 60_000,
  resetJitterMs: 200,
};

/** One attempt, as reported to `onRequest`. Never carries the token or any header. */
export interface RequestInfo {
  operationId: string;
  method: string;
  /** Concrete path, without the query string. */
  path: string;
  /** Query string without the leading `?` (only paging and filter parameters; never secrets). */
  query: string;
  /** `METHOD /api/v2/...{template}`. */
  route: string;
  /** 1 for the first attempt. */
  attempt: number;
  requestBody?: unknown;
  contentType?: string;
  /** Undefined when no response arrived. */
  status?: number;
  responseBody?: unknown;
  /** `network_error` or `timeout` when no response arrived. */
  errorCode?: string;
  durationMs: number;
}

/** What `new LaunchDarklyClient(...)` takes; the client hands it to its transport, which uses all of it. */
export interface LaunchDarklyClientOptions {
  /** Normalized base URI (see `resolveClientConfig`), e.g. `https://app.launchdarkly.com`. */
  baseUri: string;
  token: string;
  /** Where the token came from, so a 401 names the setting to fix. */
  tokenSource?: TokenSource;
  /** Where the base URI came from, so a network error names the setting to fix. */
  baseUriSource?: BaseUriSource;
  /** Requests in flight at once, for all calls of this client together. Default 8. */
  concurrency?: number;
  /** Per attempt, connection to last byte. Default 30 000 ms. */
  timeoutMs?: number;
  /** Appended to `ld-gitops/<version>` in User-Agent, e.g. `github-action`. */
  userAgent?: string;
  retry?: RetryOptions;
  /** Called after every HTTP attempt (retries included); never sees the token. */
  onRequest?: (info: RequestInfo) => void;
}

/** The client's options, plus a test seam for time-independent jitter. */
export interface TransportOptions extends LaunchDarklyClientOptions {
  random?: RandomSource;
}

/**
 * Whether an attempt that may have reached LaunchDarkly can be sent again: "safe" for reads and idempotent writes,
 * "once" for writes that must not be repeated blindly (the caller verifies instead).
 */
export type RepeatPolicy = "safe" | "once";

export interface CallSpec {
  route: Route;
  params?: RouteParams;
  query?: Record<string, string | number | undefined>;
  /** A `_links.next` href to follow instead of building the path from the template. */
  href?: string;
  body?: unknown;
  contentType?: string;
  /**
   * A body streamed as it is produced (a multipart upload), instead of `body`: opened afresh for every attempt,
   * never held whole in memory, never shown to `onRequest`.
   */
  stream?: { contentType: string; open: () => AsyncIterable<Uint8Array> };
  repeat: RepeatPolicy;
}

export interface CallResult<T> {
  status: number;
  body: T;
  headers: ResponseHeaders;
}

type Attempt =
  | { kind: "response"; status: number; headers: ResponseHeaders; body: unknown; rate: RateLimitInfo }
  | { kind: "failure"; code: typeof NETWORK_ERROR | typeof TIMEOUT_ERROR; sent: boolean };

/** Errors raised before any byte left: the request certainly did not reach LaunchDarkly. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
  "EHOSTUNREACH",
]);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function ldErrorParts(status: number, body: unknown): { code: string; message?: string } {
  if (body && typeof body === "object") {
    const { code, message } = body as { code?: unknown; message?: unknown };
    return {
      code: typeof code === "string" ? code : `http_${status}`,
      ...(typeof message === "string" ? { message } : {}),
    };
  }
  if (typeof body === "string" && body.trim() !== "")
    return { code: `http_${status}`, message: body.slice(0, 300) };
  return { code: `http_${status}` };
}

export class LaunchDarklyTransport {
  readonly origin: string;
  private readonly baseUri: string;
  private readonly token: string;
  private readonly tokenSource: TokenSource | undefined;
  private readonly baseUriSource: BaseUriSource | undefined;
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly retry: Required<RetryOptions>;
  private readonly backoff: BackoffOptions;
  private readonly onRequest: ((info: RequestInfo) => void) | undefined;
  private readonly random: RandomSource;
  private readonly dispatcher: Dispatcher;
  private readonly pacer: RateLimitPacer;
  private readonly slots: Semaphore;
  private readonly recorder = new StatsRecorder();

  constructor(options: TransportOptions) {
    if (!options.token) throw new Error("LaunchDarkly token is empty");
    registerSecret(options.token);
    this.baseUri = options.baseUri.replace(/\/+$/, "");
    this.origin = new URL(this.baseUri).origin;
    this.token = options.token;
    this.tokenSource = options.tokenSource;
    this.baseUriSource = options.baseUriSource;
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.slots = new Semaphore(concurrency);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.userAgent = `${TOOL_NAME}/${TOOL_VERSION}${options.userAgent ? ` ${options.userAgent}` : ""}`;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.backoff = { baseDelayMs: this.retry.baseDelayMs, maxDelayMs: this.retry.maxDelayMs };
    this.onRequest = options.onRequest;
    this.random = options.random ?? Math.random;
    this.dispatcher = new Agent({
      connections: concurrency,
      keepAliveTimeout: 4_000,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
    this.pacer = new RateLimitPacer({
      maxUnobserved: concurrency,
      resetJitterMs: this.retry.resetJitterMs,
      maxWaitMs: this.retry.maxRateLimitWaitMs,
      random: this.random,
    });
  }

  get stats(): ClientStats {
    return this.recorder.snapshot();
  }

  resetStats(): void {
    this.recorder.reset();
  }

  async close(): Promise<void> {
    this.pacer.dispose();
    await this.dispatcher.close();
  }

  /**
   * Sends a request until it succeeds or must stop. Throws `LaunchDarklyError` for any non-2xx final answer.
   * 429 is always retried (LaunchDarkly did nothing). 5xx, dropped connections and timeouts are retried when
   * `repeat` is "safe" or when the request certainly never left; otherwise the error has `outcomeUnknown`.
   */
  async call<T>(spec: CallSpec): Promise<CallResult<T>> {
    const key = routeKey(spec.route);
    const params = spec.params ?? {};
    const { path, query } = this.target(spec, params);
    const isWrite = spec.route.method !== "GET";
    let attempt = 0;
    let failedAttempts = 0;
    let rateLimitRetries = 0;
    // A write attempt that may have been applied without us seeing the answer.
    let maybeApplied = false;
    // Whether some attempt got no answer at all (rather than a 5xx, which is an answer that leaves the outcome open).
    let unanswered = false;

    for (;;) {
      attempt += 1;
      if (attempt > 1) this.recorder.count(key, "retries");
      const outcome = await this.attempt(spec, key, path, query, attempt);

      if (outcome.kind === "response" && outcome.status >= 200 && outcome.status < 300) {
        return { status: outcome.status, body: outcome.body as T, headers: outcome.headers };
      }

      if (outcome.kind === "response" && outcome.status === 429) {
        this.recorder.count(key, "rateLimited");
        if (rateLimitRetries < this.retry.maxRateLimitRetries) {
          rateLimitRetries += 1;
          this.holdAfterRateLimit(key, outcome.rate, rateLimitRetries);
          continue;
        }
      } else {
        const transient = outcome.kind === "failure" || outcome.status >= 500;
        const certainlyNotSent = outcome.kind === "failure" && !outcome.sent;
        const repeatable = certainlyNotSent || spec.repeat === "safe";
        if (transient && isWrite && !certainlyNotSent) maybeApplied = true;
        if (outcome.kind === "failure" && !certainlyNotSent) unanswered = true;
        if (transient && repeatable && failedAttempts + 1 < this.retry.maxAttempts) {
          failedAttempts += 1;
          await sleep(backoffDelayMs(failedAttempts - 1, this.backoff, this.random));
          continue;
        }
      }

      this.recorder.count(key, "failures");
      throw this.error(spec, params, path, outcome, attempt, maybeApplied, unanswered);
    }
  }

  private target(spec: CallSpec, params: RouteParams): { path: string; query: string } {
    if (spec.href !== undefined) {
      // Only follow links on the same server: the token must never be sent elsewhere.
      const url = new URL(spec.href, `${this.origin}/`);
      if (url.origin !== this.origin || !url.pathname.includes("/api/v2/")) {
        throw new Error(`refusing to follow a pagination link outside ${this.origin}/api/v2`);
      }
      const apiPath = url.pathname.slice(url.pathname.indexOf("/api/v2/"));
      return { path: apiPath, query: url.search.replace(/^\?/, "") };
    }
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined) search.set(name, String(value));
    }
    return { path: buildPath(spec.route.template, params), query: search.toString() };
  }

  private holdAfterRateLimit(key: string, rate: RateLimitInfo, retry: number): void {
    const now = Date.now();
    const wait =
      rateLimitWaitMs(rate, now, this.retry.maxRateLimitWaitMs) ??
      backoffDelayMs(retry - 1, this.backoff, this.random);
    const until = now + wait;
    // The headers say which budget ran out; a 429 with budget left (or none reported) is an IP-based limit,
    // which holds every route of this client.
    const routeOut = rate.routeRemaining === 0;
    const globalOut = rate.globalRemaining === 0;
    if (routeOut) this.pacer.block(key, until);
    if (globalOut || !routeOut) this.pacer.block("global", until);
  }

  private async attempt(
    spec: CallSpec,
    key: string,
    path: string,
    query: string,
    attempt: number,
  ): Promise<Attempt> {
    const waitStart = performance.now();
    const routeTicket = await this.pacer.acquire(key);
    const globalTicket = await this.pacer.acquire("global");
    await this.slots.acquire();
    this.recorder.addPacedWait(performance.now() - waitStart);
    this.recorder.count(key, "requests");

    const started = performance.now();
    let outcome: Attempt;
    try {
      outcome = await this.exchange(spec, path, query);
    } finally {
      this.slots.release();
    }
    const rate = outcome.kind === "response" ? outcome.rate : {};
    this.pacer.complete(routeTicket, rate.routeRemaining, rate.resetAt);
    this.pacer.complete(globalTicket, rate.globalRemaining, rate.resetAt);

    if (this.onRequest) {
      const info: RequestInfo = {
        operationId: spec.route.operationId,
        method: spec.route.method,
        path,
        query,
        route: key,
        attempt,
        durationMs: Math.round(performance.now() - started),
      };
      if (spec.body !== undefined) {
        info.requestBody = spec.body;
        info.contentType = spec.contentType ?? JSON_CONTENT_TYPE;
      }
      if (outcome.kind === "response") {
        info.status = outcome.status;
        if (outcome.body !== undefined) info.responseBody = outcome.body;
      } else {
        info.errorCode = outcome.code;
      }
      try {
        this.onRequest(info);
      } catch {
        // An observer must not break the request it observes.
      }
    }
    return outcome;
  }

  private async exchange(spec: CallSpec, path: string, query: string): Promise<Attempt> {
    const headers: Record<string, string> = {
      authorization: this.token,
      "ld-api-version": LD_API_VERSION,
      "user-agent": this.userAgent,
      accept: JSON_CONTENT_TYPE,
    };
    let payload: string | Readable | undefined;
    if (spec.stream !== undefined) {
      payload = Readable.from(spec.stream.open(), { objectMode: false });
      headers["content-type"] = spec.stream.contentType;
    } else if (spec.body !== undefined) {
      payload = JSON.stringify(spec.body);
      headers["content-type"] = spec.contentType ?? JSON_CONTENT_TYPE;
    }
    const url = `${this.baseUri}${path}${query ? `?${query}` : ""}`;
    const abort = new AbortController();
    // An upload of tens of megabytes may take longer than an ordinary request on a slow link.
    const timeoutMs = spec.stream ? Math.max(this.timeoutMs, UPLOAD_TIMEOUT_MS) : this.timeoutMs;
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await request(url, {
        method: spec.route.method,
        headers,
        body: payload,
        dispatcher: this.dispatcher,
        signal: abort.signal,
      });
      const text = await response.body.text();
      return {
        kind: "response",
        status: response.statusCode,
        headers: response.headers as ResponseHeaders,
        body: parseBody(text),
        rate: parseRateLimitHeaders(response.headers as ResponseHeaders, Date.now()),
      };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const timedOut =
        abort.signal.aborted || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT";
      return {
        kind: "failure",
        code: timedOut ? TIMEOUT_ERROR : NETWORK_ERROR,
        sent: !(typeof code === "string" && NOT_SENT_CODES.has(code)),
      };
    } finally {
      clearTimeout(timer);
    }
  }

  private error(
    spec: CallSpec,
    params: RouteParams,
    path: string,
    outcome: Attempt,
    attempts: number,
    outcomeUnknown: boolean,
    unanswered: boolean,
  ): LaunchDarklyError {
    const status = outcome.kind === "response" ? outcome.status : undefined;
    const parts =
      outcome.kind === "response" ? ldErrorParts(outcome.status, outcome.body) : { code: outcome.code };
    const permission =
      status === 403
        ? requiredPermission({
            operationId: spec.route.operationId,
            params,
            body: spec.body,
            semanticPatch: spec.contentType === SEMANTIC_PATCH_CONTENT_TYPE,
          })
        : undefined;
    const hint = hintFor({
      status,
      code: parts.code,
      operationId: spec.route.operationId,
      method: spec.route.method,
      params,
      tokenSource: this.tokenSource,
      ...(this.baseUriSource === undefined ? {} : { baseUriSource: this.baseUriSource }),
      permission,
      attempts,
      outcomeUnknown,
      origin: this.origin,
      ...(spec.href === undefined ? {} : { followedLink: true }),
      ...(outcomeUnknown && !unanswered ? { everyAttemptAnswered: true } : {}),
    });
    return new LaunchDarklyError({
      status,
      code: parts.code,
      ...("message" in parts && parts.message !== undefined ? { ldMessage: parts.message } : {}),
      method: spec.route.method,
      path,
      operationId: spec.route.operationId,
      hint,
      outcomeUnknown,
      attempts,
      ...(permission ? { missingPermission: permission } : {}),
    });
  }
}
