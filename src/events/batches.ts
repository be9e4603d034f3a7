// Cuts a file's events into request bodies: JSON arrays of at most `maxEvents` events and `maxBytes` bytes. The cut
// depends only on the events and the two limits, so the same file gives the same batches on every run, which is
// what makes content-derived payload ids safe to re-send.
import { createHash } from "node:crypto";
import { DEFAULT_EVENTS_PER_REQUEST, MAX_IMPORT_REQUEST_BYTES } from "./limits.js";
import type { MetricEvent } from "./types.js";

export interface EventBatch {
  /** JSON array of the events, uncompressed. */
  body: Buffer;
  events: number;
  /** Same content → same id, so LaunchDarkly drops a batch it already has. */
  payloadId: string;
}

export interface BatchLimits {
  maxEvents: number;
  maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = {
  maxEvents: DEFAULT_EVENTS_PER_REQUEST,
  maxBytes: MAX_IMPORT_REQUEST_BYTES,
};

/**
 * A UUID-shaped id (version 8, "custom") from SHA-256 of the destination and the body: the same events sent to
 * the same project and environment always carry the same id; a different destination gets a different one.
 */
export function payloadIdFor(projectKey: string, environmentKey: string, body: Buffer): string {
  const hex = createHash("sha256")
    .update(projectKey)
    .update("\0")
    .update(environmentKey)
    .update("\0")
    .update(body)
    .digest("hex");
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export class EventBatcher {
  private parts: string[] = [];
  private bytes = 2;

  constructor(
    private readonly projectKey: string,
    private readonly environmentKey: string,
    private readonly limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  ) {}

  /** Adds an event; returns the batch it closed when the event did not fit in the open one. */
  add(event: MetricEvent): EventBatch | undefined {
    const json = JSON.stringify(event);
    const size = Buffer.byteLength(json) + 1;
    if (size + 2 > this.limits.maxBytes) throw new RangeError("one event is larger than a request may be");
    let closed: EventBatch | undefined;
    if (
      this.parts.length > 0 &&
      (this.parts.length >= this.limits.maxEvents || this.bytes + size > this.limits.maxBytes)
    ) {
      closed = this.flush();
    }
    this.parts.push(json);
    this.bytes += size;
    return closed;
  }

  /** The open batch, if it holds any event. */
  flush(): EventBatch | undefined {
    if (this.parts.length === 0) return undefined;
    const body = Buffer.from(`[${this.parts.join(",")}]`);
    const batch = {
      body,
      events: this.parts.length,
      payloadId: payloadIdFor(this.projectKey, this.environmentKey, body),
    };
    this.parts = [];
    this.bytes = 2;
    return batch;
  }
}
