// 200 segment writes (semantic patches, all on the same route) through one client against an emulator that allows
// 20 requests per route per 10-second window. Prints failures, 429s, wall time and the ratio to the fastest time the
// limit allows. Run: npm run bench rate-limited-writes   (takes ~100 s)
import { startEmulator } from "../src/emulator/index.js";
import { LaunchDarklyClient } from "../src/launchdarkly/client.js";
import { BENCH_ENVIRONMENT, BENCH_PROJECT, benchSnapshot } from "./support.js";

const WRITES = 200;
const ROUTE_LIMIT = 20;
const WINDOW_MS = 10_000;

const emulator = await startEmulator({
  state: benchSnapshot(
    Array.from({ length: WRITES }, (_, i) => ({ key: `segment-${i}`, name: `Segment ${i}` })),
  ),
  faults: { routeLimit: ROUTE_LIMIT, latencyMs: 10 },
});

try {
  const client = new LaunchDarklyClient({ baseUri: emulator.url, token: "api-bench-token-0000" });
  // Start at the beginning of a window, as the formula below assumes (windows are aligned to the epoch).
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS - (Date.now() % WINDOW_MS)));
  const started = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: WRITES }, (_, i) =>
      client.patchSegmentSemantic(
        BENCH_PROJECT,
        BENCH_ENVIRONMENT,
        `segment-${i}`,
        [{ kind: "addIncludedTargets", contextKind: "user", values: [`user-${i}`] }],
        "ld-gitops bench",
      ),
    ),
  );
  const wallMs = performance.now() - started;
  await client.close();

  const failed = results.filter((r) => r.status === "rejected").length;
  const applied = emulator.requests.filter((r) => r.method === "PATCH" && r.status === 200).length;
  const windows = Math.ceil(WRITES / ROUTE_LIMIT);
  // A window admits ROUTE_LIMIT writes; the first window starts at t=0, so the last batch can start no earlier
  // than the beginning of window number `windows`, i.e. after (windows - 1) full windows.
  const floorMs = (windows - 1) * WINDOW_MS;
  const stats = client.stats;
  console.log(
    `rate-limited-writes: ${WRITES} semantic-patch writes, route limit ${ROUTE_LIMIT} per ${WINDOW_MS / 1000} s`,
  );
  console.log(
    `  failures: ${failed} (applied ${applied} of ${WRITES}); 429 answers: ${stats.rateLimited}; requests: ${stats.requests}`,
  );
  console.log(`  wall time: ${(wallMs / 1000).toFixed(2)} s`);
  console.log(
    `  fastest the limit allows: (ceil(${WRITES}/${ROUTE_LIMIT}) - 1) x ${WINDOW_MS / 1000} s = ${floorMs / 1000} s ` +
      "(the last of the 10 batches can start only when the 10th window opens)",
  );
  const ratio = wallMs / floorMs;
  console.log(`  ratio: ${ratio.toFixed(3)} (target <= 1.15) ${ratio <= 1.15 ? "OK" : "SLOW"}`);
  if (failed > 0 || applied !== WRITES) process.exitCode = 1;
} finally {
  await emulator.close();
}
