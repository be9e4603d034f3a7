// Sends batches to the event-data import endpoint: gzip, the documented headers, a bounded number of requests in
// flight, LaunchDarkly's rate-limit headers honoured (the REST client's pacer), 429/5xx/lost connections retried
// with backoff and the same payload id, and the answers that no retry can fix (400, 401, 403, 404, 406, 413)
// turned into a failure that stops the import.
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { Agent, type Dispatcher, request } from "undici";
import { backoffDelayMs } from "../launchdarkly/backoff.js";
import { RateLimitPacer } from "../launchdarkly/pacer.js";
import {
  parseRateLimitHeaders,
  type ResponseHeaders,
  rateLimitWaitMs,
} from "../launchdarkly/rate-limit-headers.js";
import { registerSecret } from "../launchdarkly/redact.js";
import { Semaphore } from "../launchdarkly/semaphore.js";
import { TOOL_VERSION } from "../version.js";
import type { EventBatch } from "./batches.js";
import { EVENT_SCHEMA_VERSION, eventImportPath } from "./limits.js";

const gzip = promisify(gzipCallback);

/** Why sending stopped; worded at the edge. */
export type SendFailure =
  | { code: "unauthorized"; status: 401 | 403; serverMessage?: string }
  | { code: "schema-rejected"; status: 406; serverMessage?: string }
  | { code: "payload-rejected"; status: 400; serverMessage?: string }
  | { code: "too-large"; status: 413; serverMessage?: string }
  | { code: "not-found"; status: 404; serverMessage?: string }
  | { code: "http-error"; status: number; serverMessage?: string }
  | { code: "retries-exhausted"; status?: number; attempts: number }
  | { code: "aborted" };

export class EventSendError extends Error {
  override readonly name = "EventSendError";
  constructor(readonly failure: SendFailure) {
    super(`event import stopped: ${failure.code}`);
  }
}

export interface SenderStats {
  requests: number;
  retries: number;
  rateLimited: number;
  /** Bytes on the wire (gzip) of accepted requests. */
  bytesSent: number;
  batchesSent: number;
  eventsSent: number;
}

export interface EventSenderOptions {
  /** Events host origin (see `resolveEventsEndpoint`), without a trailing slash. */
  eventsUri: string;
  token: string;
  projectKey: string;
  environmentKey: string;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** Attempts per batch for 5xx and lost connections. Default 8. */
  maxAttempts?: number;
  /** 429 answers tolerated per batch before giving up. Default 50. */
  maxRateLimitedAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest wait a rate-limit header may impose. Default 60 s. */
  maxRateLimitWaitMs?: number;
  timeoutMs?: number;
  gzip?: boolean;
  signal?: AbortSignal;
  /** After each batch LaunchDarkly accepted (the bench and the crash test count these). */
  onBatchAccepted?: (batch: EventBatch) => void;
}

const BUCKET = "event-data-import";

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

function serverMessage(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === "string") return parsed.message.slice(0, 500);
  } catch {
    // Not JSON: the status says enough.
  }
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed.slice(0, 500);
}

function stoppingFailure(status: number, text: string): SendFailure {
  const message = serverMessage(text);
  const extra = message === undefined ? {} : { serverMessage: message };
  switch (status) {
    case 401:
    case 403:
      return { code: "unauthorized", status, ...extra };
    case 406:
      return { code: "schema-rejected", status, ...extra };
    case 400:
      return { code: "payload-rejected", status, ...extra };
    case 413:
      return { code: "too-large", status, ...extra };
    case 404:
      return { code: "not-found", status, ...extra };
    default:
      return { code: "http-error", status, ...extra };
  }
}

export class EventSender {
  readonly stats: SenderStats = {
    requests: 0,
    retries: 0,
    rateLimited: 0,
    bytesSent: 0,
    batchesSent: 0,
    eventsSent: 0,
  };
  private readonly slots: Semaphore;
  private readonly pacer: RateLimitPacer;
  private readonly dispatcher: Dispatcher;
  private readonly url: string;
  private readonly options: Required<
    Pick<
      EventSenderOptions,
      | "maxAttempts"
      | "maxRateLimitedAttempts"
      | "baseDelayMs"
      | "maxDelayMs"
      | "maxRateLimitWaitMs"
      | "timeoutMs"
      | "gzip"
    >
  >;
  private failure: SendFailure | undefined;

  constructor(private readonly settings: EventSenderOptions) {
    registerSecret(settings.token);
    const concurrency = settings.concurrency ?? 4;
    this.slots = new Semaphore(concurrency);
    this.options = {
      maxAttempts: settings.maxAttempts ?? 8,
      maxRateLimitedAttempts: settings.maxRateLimitedAttempts ?? 50,
      baseDelayMs: settings.baseDelayMs ?? 500,
      maxDelayMs: settings.maxDelayMs ?? 30_000,
      maxRateLimitWaitMs: settings.maxRateLimitWaitMs ?? 60_000,
      timeoutMs: settings.timeoutMs ?? 60_000,
      gzip: settings.gzip ?? true,
    };
    this.pacer = new RateLimitPacer({
      maxUnobserved: concurrency,
      resetJitterMs: 50,
      maxWaitMs: this.options.maxRateLimitWaitMs,
    });
    this.dispatcher = new Agent({
      connections: concurrency,
      keepAliveTimeout: 4_000,
      headersTimeout: this.options.timeoutMs,
      bodyTimeout: this.options.timeoutMs,
    });
    this.url = `${settings.eventsUri}${eventImportPath(settings.projectKey, settings.environmentKey)}`;
  }

  /** The failure that stopped sending, if any: once set, every later `send` fails with it at once. */
  get stoppedBy(): SendFailure | undefined {
    return this.failure;
  }

  async send(batch: EventBatch): Promise<void> {
    const body = this.options.gzip ? await gzip(batch.body) : batch.body;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      this.throwIfStopped();
      const outcome = await this.attempt(batch, body);
      if (outcome.kind === "accepted") {
        this.stats.batchesSent += 1;
        this.stats.eventsSent += batch.events;
        this.stats.bytesSent += body.length;
        this.settings.onBatchAccepted?.(batch);
        return;
      }
      if (outcome.kind === "stop") return this.stop(outcome.failure);
      let waitMs: number;
      if (outcome.kind === "rate-limited") {
        rateLimited += 1;
        this.stats.rateLimited += 1;
        if (rateLimited >= this.options.maxRateLimitedAttempts) {
          return this.stop({ code: "retries-exhausted", status: 429, attempts: failures + rateLimited });
        }
        waitMs = outcome.waitMs ?? backoffDelayMs(rateLimited - 1, this.options);
      } else {
        failures += 1;
        if (failures >= this.options.maxAttempts) {
          return this.stop({
            code: "retries-exhausted",
            ...(outcome.status === undefined ? {} : { status: outcome.status }),
            attempts: failures + rateLimited,
          });
        }
        waitMs = backoffDelayMs(failures - 1, this.options);
      }
      this.stats.retries += 1;
      await sleep(waitMs, this.settings.signal);
    }
  }

  /** Stops every later send (a failure elsewhere, the user's interrupt). */
  abort(): void {
    if (this.failure === undefined) this.failure = { code: "aborted" };
  }

  async close(): Promise<void> {
    this.pacer.dispose();
    await this.dispatcher.close();
  }

  private throwIfStopped(): void {
    if (this.settings.signal?.aborted && this.failure === undefined) this.failure = { code: "aborted" };
    if (this.failure !== undefined) throw new EventSendError(this.failure);
  }

  private stop(failure: SendFailure): never {
    if (this.failure === undefined) this.failure = failure;
    throw new EventSendError(this.failure);
  }

  private async attempt(
    batch: EventBatch,
    body: Buffer,
  ): Promise<
    | { kind: "accepted" }
    | { kind: "stop"; failure: SendFailure }
    | { kind: "rate-limited"; waitMs: number | undefined }
    | { kind: "retry"; status?: number }
  > {
    await this.slots.acquire();
    const ticket = await this.pacer.acquire(BUCKET);
    let remaining: number | undefined;
    let resetAt: number | undefined;
    try {
      this.throwIfStopped();
      this.stats.requests += 1;
      const headers: Record<string, string> = {
        authorization: this.settings.token,
        "content-type": "application/json",
        "content-length": String(body.length),
        "x-launchdarkly-event-schema": EVENT_SCHEMA_VERSION,
        "x-launchdarkly-payload-id": batch.payloadId,
        "user-agent": `MetricImport-ldgitops-int/${TOOL_VERSION}`,
        ...(this.options.gzip ? { "content-encoding": "gzip" } : {}),
      };
      let response: Dispatcher.ResponseData;
      try {
        response = await request(this.url, {
          method: "POST",
          headers,
          body,
          dispatcher: this.dispatcher,
          ...(this.settings.signal ? { signal: this.settings.signal } : {}),
        });
      } catch {
        this.throwIfStopped();
        // A lost connection or a timeout: LaunchDarkly may or may not have the batch; the same payload id makes
        // sending it again harmless.
        return { kind: "retry" };
      }
      const text = await response.body.text().catch(() => "");
      const now = Date.now();
      const rate = parseRateLimitHeaders(response.headers as ResponseHeaders, now);
      const budgets = [rate.routeRemaining, rate.globalRemaining].filter((n): n is number => n !== undefined);
      if (budgets.length > 0) remaining = Math.min(...budgets);
      resetAt = rate.resetAt;
      const status = response.statusCode;
      if (status >= 200 && status < 300) return { kind: "accepted" };
      if (status === 429) {
        const waitMs = rateLimitWaitMs(rate, now, this.options.maxRateLimitWaitMs);
        this.pacer.block(BUCKET, now + (waitMs ?? backoffDelayMs(0, this.options)));
        return { kind: "rate-limited", waitMs };
      }
      if (status >= 500) return { kind: "retry", status };
      return { kind: "stop", failure: stoppingFailure(status, text) };
    } finally {
      this.pacer.complete(ticket, remaining, resetAt);
      this.slots.release();
    }
  }
}
