// Exports an account of 5,000 segments × 3 environments + 500 metrics + 200 roles from the emulator at 50 ms per
// request (BENCH_LATENCY_MS), and compares the requests made with the list pages the account fills: one read per
// project plus ceil(n / page size) per list. Prints wall time for read, build and write. Goal: under 5 s.
// Run: npm run bench export
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "../src/emulator/index.js";
import { buildExport } from "../src/export/build-export.js";
import { EXPORT_CONCURRENCY, readAccount } from "../src/export/read-account.js";
import { writeExport } from "../src/export/write-export.js";
import { LaunchDarklyClient } from "../src/launchdarkly/client.js";
import { MAX_PAGE_SIZE } from "../src/launchdarkly/limits.js";
import { minimumPageRequests } from "../src/launchdarkly/pagination.js";

const SEGMENTS = 5_000;
const ENVIRONMENTS = ["production", "staging", "test"];
const METRICS = 500;
const ROLES = 200;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const PROJECT = "bench";

const segmentsOf = (environment: string) =>
  Array.from({ length: SEGMENTS }, (_, i) => ({
    key: `segment-${i}`,
    name: `Segment ${i}`,
    tags: ["bench"],
    // Every tenth segment differs per environment: folding has work to do.
    included: i % 10 === 0 ? [`user-${environment}`] : ["user-1", "user-2"],
    rules: [{ clauses: [{ attribute: "email", op: "endsWith", values: [`@c${i}.example`], negate: false }] }],
  }));

const emulator = await startEmulator({
  state: {
    formatVersion: 1,
    projects: [
      {
        key: PROJECT,
        name: "Bench",
        environments: ENVIRONMENTS.map((key) => ({ key, name: key, segments: segmentsOf(key) })),
        metrics: Array.from({ length: METRICS }, (_, i) => ({
          key: `metric-${i}`,
          kind: "custom" as const,
          eventKey: `event-${i}`,
          isNumeric: false,
        })),
      },
    ],
    roles: Array.from({ length: ROLES }, (_, i) => ({
      key: `role-${i}`,
      name: `Role ${i}`,
      policy: [
        {
          effect: "allow" as const,
          resources: [`proj/${PROJECT}:env/*:segment/team-${i}-*`],
          actions: ["updateIncluded"],
        },
      ],
    })),
  },
  faults: { latencyMs: LATENCY_MS },
});

const dir = join(tmpdir(), `ld-gitops-export-bench-${process.pid}`);
// The export command's client: the same client as plan, with the export's concurrency.
const client = new LaunchDarklyClient({
  baseUri: emulator.url,
  token: "api-bench-token-0000",
  concurrency: EXPORT_CONCURRENCY,
});
try {
  const started = performance.now();
  const snapshot = await readAccount(client, { projects: [PROJECT] });
  const read = performance.now();
  const result = buildExport(snapshot);
  const built = performance.now();
  const written = await writeExport(result.files, { dir, origin: emulator.url, schema: "schema.json" });
  const done = performance.now();
  const pages =
    1 +
    ENVIRONMENTS.length * minimumPageRequests(SEGMENTS, MAX_PAGE_SIZE.segments) +
    minimumPageRequests(METRICS, MAX_PAGE_SIZE.metrics) +
    minimumPageRequests(ROLES, MAX_PAGE_SIZE.roles);
  console.log(
    `export: ${result.counts.segments} segments (× ${ENVIRONMENTS.length} environments), ${result.counts.metrics} metrics, ${result.counts.roles} roles; ${written.written.length} files (emulator latency ${LATENCY_MS} ms per request)`,
  );
  console.log(`  requests: ${client.stats.requests} (project read + list pages = ${pages})`);
  console.log(
    `  wall time: ${(done - started).toFixed(0)} ms (read ${(read - started).toFixed(0)}, build ${(built - read).toFixed(0)}, write ${(done - built).toFixed(0)}); goal < 5000 ms`,
  );
} finally {
  await client.close();
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
}
