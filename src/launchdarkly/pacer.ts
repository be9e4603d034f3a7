// Client-side pacing against LaunchDarkly's rate-limit windows. Each bucket (one per route, plus one global) keeps
// the last budget LaunchDarkly announced (remaining requests until the window resets) and counts the requests
// granted since. When everything that is waiting fits in the remaining budget it goes at once; when it does not,
// the remaining budget is spread evenly over the time left in the window instead of bursting into a 429; at zero,
// requests wait for the reset. Without current information (first request, window over) only a bounded number of
// probe requests go out until a response brings fresh headers.

import { type RandomSource, withJitter } from "./backoff.js";

export interface BudgetSnapshot {
  /** Requests LaunchDarkly said were left after the request with `observedSeq` was counted. */
  remaining: number;
  /** Epoch ms at which the window resets. */
  resetAt: number;
  /** Sequence number (within the bucket) of the request whose response announced this budget. */
  observedSeq: number;
}

export interface PaceInput {
  now: number;
  snapshot: BudgetSnapshot | undefined;
  /** Requests granted so far in this bucket (the last one has sequence number `issued`). */
  issued: number;
  /** Granted requests whose response has not been seen yet. */
  unobserved: number;
  /** Requests queued in this bucket, including the one being decided. */
  waiting: number;
  lastGrantAt: number;
  /** Probe requests allowed out while the budget is unknown. */
  maxUnobserved: number;
}

export type PaceDecision =
  | { kind: "go" }
  | { kind: "wait"; ms: number; untilReset: boolean }
  | { kind: "await" };

/** Budget left in the current window, counting requests granted after the one that reported it. */
export function estimateRemaining(snapshot: BudgetSnapshot, issued: number): number {
  return snapshot.remaining - (issued - snapshot.observedSeq);
}

/** The pacing rule, pure. */
export function decidePace(input: PaceInput): PaceDecision {
  const { snapshot, now } = input;
  if (snapshot === undefined || now >= snapshot.resetAt) {
    return input.unobserved < input.maxUnobserved ? { kind: "go" } : { kind: "await" };
  }
  const remaining = estimateRemaining(snapshot, input.issued);
  const toReset = snapshot.resetAt - now;
  if (remaining <= 0) return { kind: "wait", ms: toReset, untilReset: true };
  if (input.waiting <= remaining) return { kind: "go" };
  // remaining + 1 intervals: the budget is spread evenly and the last request still lands before the reset.
  const spacing = toReset / (remaining + 1);
  const wait = input.lastGrantAt + spacing - now;
  return wait <= 0 ? { kind: "go" } : { kind: "wait", ms: Math.ceil(wait), untilReset: false };
}

/** Whether a newly reported budget supersedes the one held. */
export function isNewerBudget(
  held: BudgetSnapshot | undefined,
  incoming: BudgetSnapshot,
  now: number,
): boolean {
  if (held === undefined || now >= held.resetAt) return true;
  if (incoming.resetAt > held.resetAt) return true;
  return incoming.resetAt === held.resetAt && incoming.observedSeq > held.observedSeq;
}

export interface PacingTicket {
  bucket: string;
  seq: number;
}

export interface PacerOptions {
  /** Probe requests per bucket while its budget is unknown; the client passes its concurrency. */
  maxUnobserved: number;
  /** Random delay added when a window resets, so waiting clients do not all fire at the same millisecond. */
  resetJitterMs: number;
  /** Longest single wait (guards against a skewed clock or a far-future reset header). */
  maxWaitMs: number;
  now?: () => number;
  random?: RandomSource;
}

interface Bucket {
  issued: number;
  unobserved: number;
  snapshot: BudgetSnapshot | undefined;
  lastGrantAt: number;
  queue: Array<(ticket: PacingTicket) => void>;
  timer: ReturnType<typeof setTimeout> | undefined;
  pumpScheduled: boolean;
}

export class RateLimitPacer {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly random: RandomSource;

  constructor(private readonly options: PacerOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** Resolves when a request in `bucket` may be sent. Every ticket must be handed back with `complete`. */
  acquire(bucketKey: string): Promise<PacingTicket> {
    const bucket = this.bucket(bucketKey);
    return new Promise((resolve) => {
      bucket.queue.push(resolve);
      // Decide after the current burst of callers has queued, so the demand they form is seen as a whole
      // (a list's pages, a plan's writes) instead of one request at a time.
      if (!bucket.pumpScheduled) {
        bucket.pumpScheduled = true;
        queueMicrotask(() => {
          bucket.pumpScheduled = false;
          this.pump(bucketKey, bucket);
        });
      }
    });
  }

  /** Records the budget a response reported (if it reported one) and releases the ticket. */
  complete(ticket: PacingTicket, remaining: number | undefined, resetAt: number | undefined): void {
    const bucket = this.bucket(ticket.bucket);
    bucket.unobserved = Math.max(0, bucket.unobserved - 1);
    if (remaining !== undefined && resetAt !== undefined) {
      const incoming = { remaining, resetAt, observedSeq: ticket.seq };
      if (isNewerBudget(bucket.snapshot, incoming, this.now())) bucket.snapshot = incoming;
    }
    this.repump(ticket.bucket, bucket);
  }

  /** After a 429: nothing more goes out in this bucket until `until` (epoch ms). */
  block(bucketKey: string, until: number): void {
    const bucket = this.bucket(bucketKey);
    const held = bucket.snapshot;
    const alreadyBlockedLonger =
      held !== undefined &&
      this.now() < held.resetAt &&
      held.resetAt >= until &&
      estimateRemaining(held, bucket.issued) <= 0;
    if (!alreadyBlockedLonger) bucket.snapshot = { remaining: 0, resetAt: until, observedSeq: bucket.issued };
    this.repump(bucketKey, bucket);
  }

  /** Stops pending timers (client close). Queued requests stay queued. */
  dispose(): void {
    for (const bucket of this.buckets.values()) {
      if (bucket.timer) clearTimeout(bucket.timer);
      bucket.timer = undefined;
    }
  }

  private bucket(key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = {
        issued: 0,
        unobserved: 0,
        snapshot: undefined,
        lastGrantAt: 0,
        queue: [],
        timer: undefined,
        pumpScheduled: false,
      };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** New information may let queued requests go earlier than the pending timer. */
  private repump(key: string, bucket: Bucket): void {
    if (bucket.timer) {
      clearTimeout(bucket.timer);
      bucket.timer = undefined;
    }
    this.pump(key, bucket);
  }

  private pump(key: string, bucket: Bucket): void {
    if (bucket.timer) return;
    while (bucket.queue.length > 0) {
      const now = this.now();
      const decision = decidePace({
        now,
        snapshot: bucket.snapshot,
        issued: bucket.issued,
        unobserved: bucket.unobserved,
        waiting: bucket.queue.length,
        lastGrantAt: bucket.lastGrantAt,
        maxUnobserved: this.options.maxUnobserved,
      });
      if (decision.kind === "await") return;
      if (decision.kind === "wait") {
        const base = Math.min(decision.ms, this.options.maxWaitMs);
        const ms = decision.untilReset ? withJitter(base, this.options.resetJitterMs, this.random) : base;
        bucket.timer = setTimeout(() => {
          bucket.timer = undefined;
          // A reset the clock has reached but no response has confirmed: forget it, probe again.
          if (bucket.snapshot && this.now() >= bucket.snapshot.resetAt) bucket.snapshot = undefined;
          this.pump(key, bucket);
        }, ms);
        return;
      }
      const resolve = bucket.queue.shift()!;
      bucket.issued += 1;
      bucket.unobserved += 1;
      bucket.lastGrantAt = now;
      resolve({ bucket: key, seq: bucket.issued });
    }
  }
}
