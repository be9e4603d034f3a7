// Long synchronous work (loading files, planning early) that runs while reads are in flight: every few milliseconds it
// lets the event loop take the answers that arrived and send the next requests, so the reads keep their pace.
import { performance } from "node:perf_hooks";
import { setImmediate } from "node:timers/promises";

/** How long work runs before the event loop gets a turn. */
export const SLICE_MS = 3;

export class TimeSlice {
  private start = performance.now();

  /** Whether this slice's time is up (then `yield` before going on). */
  get due(): boolean {
    return performance.now() - this.start >= SLICE_MS;
  }

  /** Gives the event loop a turn when the slice is up; starts the next slice. */
  async yieldIfDue(): Promise<void> {
    if (!this.due) return;
    await setImmediate();
    this.start = performance.now();
  }
}
