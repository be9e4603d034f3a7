// While member files are read (a million-row cohort takes seconds), one status line on a terminal's stderr:
// the file and the rows read so far, redrawn at most every 200 ms and cleared when the reading is done.
const REDRAW_MS = 200;

export interface MemberProgress {
  update(file: string, rows: number): void;
  /** Clears the line (if one was drawn). */
  done(): void;
}

/** Draws on `out` only when it is a terminal; otherwise does nothing. */
export function memberProgress(out: NodeJS.WriteStream = process.stderr): MemberProgress {
  if (out.isTTY !== true) return { update: () => {}, done: () => {} };
  let lastDraw = 0;
  let drawn = false;
  return {
    update(file, rows) {
      const now = Date.now();
      if (now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      const line = `reading ${file}: ${rows.toLocaleString("en-US")} rows`;
      out.write(`\r${line.slice(0, (out.columns ?? 120) - 1)}\u001b[K`);
      drawn = true;
    },
    done() {
      if (drawn) out.write("\r\u001b[K");
      drawn = false;
    },
  };
}
