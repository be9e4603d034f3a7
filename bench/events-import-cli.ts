// Runs the CLI in this process and reports its peak RSS on exit (used by events-import.bench.ts; not a bench itself).
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
await import("../src/cli/main.js");
