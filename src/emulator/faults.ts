// Fault injection: latency, rate limits, a share of 5xx answers, dropped connections, and a deterministic
// "fail the next N requests matching METHOD PATH" list.
import { globMatches } from "../permissions/glob.js";

export interface ScriptedFailure {
  /** HTTP method, or "*" for any. */
  method: string;
  /** Concrete path (`/api/v2/segments/p/e/s`), route template (`/api/v2/segments/{p}/{e}/{s}`), or a glob with `*`. */
  path: string;
  /** Requests still to fail. */
  count: number;
  /** Status to answer (default 503); 429 also sends Retry-After. "drop" destroys the connection instead. */
  status?: number | "drop";
  /** With status "drop": apply the write first, then drop (the client never sees the answer). */
  afterWrite?: boolean;
}

export interface EmulatorFaults {
  /** Added to every request. */
  latencyMs: number;
  /** Requests per route (method + path template, all tokens together) per 10-second window; null = unlimited. */
  routeLimit: number | null;
  /** Requests per token per 10-second window; null = unlimited. */
  globalLimit: number | null;
  /** Share (0..1) of API requests answered 5xx before doing anything. */
  errorRate: number;
  /** Status used for `errorRate` answers. */
  errorStatus: number;
  /** Share (0..1) of API requests whose connection is destroyed before the request is handled. */
  dropRate: number;
  /** Share (0..1) of API writes whose connection is destroyed after the write was applied. */
  dropAfterWriteRate: number;
  /** Deterministic failures, consumed in order of the list. */
  failNext: ScriptedFailure[];
}

export const NO_FAULTS: EmulatorFaults = {
  latencyMs: 0,
  routeLimit: null,
  globalLimit: null,
  errorRate: 0,
  errorStatus: 503,
  dropRate: 0,
  dropAfterWriteRate: 0,
  failNext: [],
};

function checkRate(name: string, value: unknown): void {
  if (typeof value !== "number" || Number.isNaN(value) || value < 0 || value > 1) {
    throw new Error(`${name} must be a number from 0 to 1`);
  }
}

function checkLimit(name: string, value: unknown): void {
  if (value !== null && (typeof value !== "number" || !Number.isInteger(value) || value < 0)) {
    throw new Error(`${name} must be a non-negative integer or null`);
  }
}

/** Merges a partial update into the current faults, rejecting values that make no sense. */
export function mergeFaults(current: EmulatorFaults, update: Partial<EmulatorFaults>): EmulatorFaults {
  const next: EmulatorFaults = {
    ...current,
    ...update,
    failNext: [...(update.failNext ?? current.failNext)],
  };
  if (typeof next.latencyMs !== "number" || next.latencyMs < 0) throw new Error("latencyMs must be >= 0");
  checkLimit("routeLimit", next.routeLimit);
  checkLimit("globalLimit", next.globalLimit);
  checkRate("errorRate", next.errorRate);
  checkRate("dropRate", next.dropRate);
  checkRate("dropAfterWriteRate", next.dropAfterWriteRate);
  if (!Number.isInteger(next.errorStatus) || next.errorStatus < 500 || next.errorStatus > 599) {
    throw new Error("errorStatus must be a 5xx status");
  }
  for (const failure of next.failNext) {
    if (!failure || typeof failure.method !== "string" || typeof failure.path !== "string") {
      throw new Error("failNext entries need method and path");
    }
    if (!Number.isInteger(failure.count) || failure.count < 1) throw new Error("failNext count must be >= 1");
  }
  next.failNext = next.failNext.map((failure) => ({ ...failure }));
  return next;
}

function pathMatches(pattern: string, path: string, template: string | undefined): boolean {
  return pattern === template || globMatches(pattern, path);
}

/** Takes one use of the first scripted failure matching the request, if any. */
export function takeScriptedFailure(
  faults: EmulatorFaults,
  method: string,
  path: string,
  template: string | undefined,
): ScriptedFailure | undefined {
  const index = faults.failNext.findIndex(
    (failure) =>
      (failure.method === "*" || failure.method.toUpperCase() === method) &&
      pathMatches(failure.path, path, template),
  );
  if (index < 0) return undefined;
  const failure = faults.failNext[index] as ScriptedFailure;
  failure.count -= 1;
  if (failure.count <= 0) faults.failNext.splice(index, 1);
  return failure;
}
