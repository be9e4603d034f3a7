import { randomBytes, randomUUID } from "node:crypto";

/** A 24-hex-digit id like LaunchDarkly's `_id`s. */
export function newObjectId(): string {
  return randomBytes(12).toString("hex");
}

/** A UUID, used where LaunchDarkly gives UUIDs (`_versionId`, rule and clause `_id`s). */
export function newUuid(): string {
  return randomUUID();
}

/**
 * A clock that never repeats a millisecond: audit entries and `lastModifiedDate`s stay strictly ordered,
 * so `before`/`after` paging of the audit log never skips or repeats an entry.
 */
export class MonotonicClock {
  private last = 0;
  now(): number {
    const wall = Date.now();
    this.last = wall > this.last ? wall : this.last + 1;
    return this.last;
  }
  /** Moves the clock past a time loaded from a snapshot. */
  observe(time: number): void {
    if (time > this.last) this.last = time;
  }
}
