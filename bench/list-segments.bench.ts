// Lists 10,000 segments of one environment through the client against the emulator and compares the requests made
// with the minimum possible, ceil(10000 / MAX_PAGE_SIZE.segments), and reports wall time (median of 5 runs).
// Run: npm run bench list-segments
import { startEmulator } from "../src/emulator/index.js";
import { LaunchDarklyClient } from "../src/launchdarkly/client.js";
import { MAX_PAGE_SIZE } from "../src/launchdarkly/limits.js";
import { minimumPageRequests } from "../src/launchdarkly/pagination.js";
import { BENCH_ENVIRONMENT, BENCH_PROJECT, benchSnapshot, median } from "./support.js";

const SEGMENTS = 10_000;
const RUNS = 5;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);

const emulator = await startEmulator({
  state: benchSnapshot(
    Array.from({ length: SEGMENTS }, (_, i) => ({
      key: `segment-${i}`,
      name: `Segment ${i}`,
      rules: [
        {
          clauses: [
            {
              attribute: "email",
              op: "endsWith",
              values: [`@c${i}.example`],
              negate: false,
              contextKind: "user",
            },
          ],
        },
      ],
    })),
  ),
  faults: { latencyMs: LATENCY_MS },
});

try {
  const times: number[] = [];
  let requests = 0;
  let listed = 0;
  for (let run = 0; run < RUNS; run++) {
    const client = new LaunchDarklyClient({ baseUri: emulator.url, token: "api-bench-token-0000" });
    const started = performance.now();
    const segments = await client.listSegments(BENCH_PROJECT, BENCH_ENVIRONMENT);
    times.push(performance.now() - started);
    listed = segments.length;
    requests = client.stats.requests;
    await client.close();
  }
  const minimum = minimumPageRequests(SEGMENTS, MAX_PAGE_SIZE.segments);
  const sequentialEstimate = minimum * LATENCY_MS;
  console.log(
    `list-segments: ${listed} of ${SEGMENTS} segments listed (emulator latency ${LATENCY_MS} ms per request)`,
  );
  console.log(
    `  requests per listing: ${requests} (minimum ceil(${SEGMENTS}/${MAX_PAGE_SIZE.segments}) = ${minimum})`,
  );
  console.log(
    `  wall time: median ${median(times).toFixed(0)} ms over ${RUNS} runs [${times.map((t) => t.toFixed(0)).join(", ")}]`,
  );
  console.log(
    `  (one page at a time would need at least ${minimum} x ${LATENCY_MS} ms = ${sequentialEstimate} ms of latency alone)`,
  );
  if (listed !== SEGMENTS) process.exitCode = 1;
} finally {
  await emulator.close();
}
