// One status line on a terminal's stderr, redrawn at most every 200 ms: rows, batches, bytes, rate and ETA.
import type { ImportProgress } from "../../events/import-events.js";

const REDRAW_MS = 200;
const WIDTH = 24;

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--:--";
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export class ProgressBar {
  private lastDraw = 0;
  private phaseStarted = Date.now();
  private phase: ImportProgress["phase"] | undefined;
  private drawn = false;

  constructor(private readonly out: NodeJS.WriteStream) {}

  update(progress: ImportProgress): void {
    const now = Date.now();
    if (progress.phase !== this.phase) {
      this.phase = progress.phase;
      this.phaseStarted = now;
    }
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const share =
      progress.inputBytesTotal > 0 ? Math.min(1, progress.inputBytesRead / progress.inputBytesTotal) : 0;
    const filled = Math.round(share * WIDTH);
    const elapsed = (now - this.phaseStarted) / 1000;
    const rate = elapsed > 0 ? progress.rowsRead / elapsed : 0;
    const eta = share > 0 ? (elapsed / share) * (1 - share) : Number.NaN;
    const label = progress.phase === "check" ? "checking" : "sending ";
    const parts = [
      `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`,
      `rows ${progress.rowsRead.toLocaleString("en-US")}`,
      ...(progress.phase === "send"
        ? [`batches ${progress.batchesSent.toLocaleString("en-US")}`, `sent ${megabytes(progress.bytesSent)}`]
        : [`read ${megabytes(progress.inputBytesRead)}`]),
      `${Math.round(rate).toLocaleString("en-US")} rows/s`,
      `ETA ${duration(eta)}`,
    ];
    const line = parts.join(" · ");
    const columns = this.out.columns ?? 120;
    this.out.write(`\r${line.slice(0, columns - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the line so the summary starts on a clean one. */
  done(): void {
    if (this.drawn) this.out.write("\r\x1b[K");
  }
}
