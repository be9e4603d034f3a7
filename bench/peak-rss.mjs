// Preloaded into a measured child process (`node --import ./bench/peak-rss.mjs ...`): writes the process's peak
// RSS in kilobytes to $BENCH_PEAK_RSS_FILE when it exits, so a benchmark can report the memory of a whole CLI run.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file && isMainThread)
  process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
