// Child process of big-segment-apply.bench.ts: applies one planned change against the emulator at argv[2] and prints
// its own figures, so the peak RSS is the apply's alone (the emulator, holding the members, lives in the parent).
import { applyPlan } from "../src/apply/apply-plan.js";
import { LaunchDarklyClient } from "../src/launchdarkly/client.js";
import type { Plan } from "../src/plan/types.js";

const [url, planFile, configDir] = process.argv.slice(2) as [string, string, string];
const { readFile } = await import("node:fs/promises");
const plan = JSON.parse(await readFile(planFile, "utf8")) as Plan;
const client = new LaunchDarklyClient({ baseUri: url, token: "bench-writer" });
const started = performance.now();
const report = await applyPlan({
  plan,
  api: client,
  comment: "bench",
  configDir,
  skipAccessCheck: true,
  importOptions: { pollIntervalMs: 50, maxPollIntervalMs: 200 },
});
const seconds = (performance.now() - started) / 1000;
await client.close();
const result = report.resources[0];
process.stdout.write(
  `${JSON.stringify({ status: result?.status, message: result?.message, requests: result?.requests, seconds, peakRssKb: process.resourceUsage().maxRSS })}\n`,
);
