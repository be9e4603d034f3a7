// 1,000,000 metric events (~100 MB of NDJSON, generated into a temp dir) through `ld-gitops events import` against
// an emulator that allows ROUTE_LIMIT import requests per 10-second window. The CLI runs in its own process so its
// peak RSS is its own (the emulator, holding every accepted event, lives here). Prints peak RSS (target < 300 MB) and
// the send rate against the fastest the limit allows (target >= 90 %).
// Run: npm run bench events-import   (about a minute; EVENTS=200000 for a shorter run)
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startEmulator } from "../src/emulator/index.js";
import { BENCH_ENVIRONMENT, BENCH_PROJECT } from "./support.js";

const EVENTS = Number(process.env.EVENTS ?? 1_000_000);
const EVENTS_PER_REQUEST = 10_000;
const ROUTE_LIMIT = 20;
const WINDOW_MS = 10_000;
const TOKEN = "api-bench-token-0000";
const root = fileURLToPath(new URL("..", import.meta.url));

const dir = await mkdtemp(join(tmpdir(), "ld-events-bench-"));
const file = join(dir, "events.ndjson");
const out = createWriteStream(file);
for (let i = 0; i < EVENTS; i++) {
  const line = `{"event_key":"${i % 3 === 0 ? "signup" : "purchase"}","user_key":"user-${String(i).padStart(8, "0")}","timestamp":${1714557600000 + i},"amount":${(i % 1000) / 10},"plan":"pro"}\n`;
  if (!out.write(line)) await once(out, "drain");
}
out.end();
await once(out, "finish");
const fileMb = (await stat(file)).size / 1_000_000;

const emulator = await startEmulator({
  state: {
    formatVersion: 1,
    projects: [
      {
        key: BENCH_PROJECT,
        name: "Bench",
        environments: [{ key: BENCH_ENVIRONMENT, name: "Production" }],
        metrics: [
          {
            key: "revenue",
            name: "Revenue",
            kind: "custom",
            eventKey: "purchase",
            isNumeric: true,
            successCriteria: "HigherThanBaseline",
          },
          { key: "signups", name: "Signups", kind: "custom", eventKey: "signup", isNumeric: false },
        ],
      },
    ],
  },
  faults: { routeLimit: ROUTE_LIMIT },
});

try {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(root, "bench", "events-import-cli.ts"),
      ...[
        "events",
        "import",
        "-p",
        BENCH_PROJECT,
        "-e",
        BENCH_ENVIRONMENT,
        "--value-column",
        "amount",
        "--data-column",
        "plan",
      ],
      ...["--batch-events", String(EVENTS_PER_REQUEST), "--base-uri", emulator.url, "--format", "json", file],
    ],
    { cwd: root, env: { ...process.env, LD_ACCESS_TOKEN: TOKEN, LD_EVENTS_URI: "" } },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const [code] = (await once(child, "close")) as [number | null];
  if (code !== 0) throw new Error(`import exited ${code}: ${stderr}${stdout.slice(0, 2000)}`);
  const summary = JSON.parse(stdout) as {
    eventsSent: number;
    batches: number;
    requests: number;
    rateLimited: number;
    bytesSent: number;
    timings: { checkMs: number; sendMs: number; sendStartedAt: number };
  };
  const peakMb = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;
  const res = await fetch(`${emulator.url}/__emulator/events?projectKey=${BENCH_PROJECT}`);
  const stored = (await res.json()) as { events: unknown[]; droppedEvents: number };

  // What the limit allows in steady state: ROUTE_LIMIT requests of EVENTS_PER_REQUEST events per window.
  const allowedPerSecond = (ROUTE_LIMIT * EVENTS_PER_REQUEST) / (WINDOW_MS / 1000);
  const sentPerSecond = summary.eventsSent / (summary.timings.sendMs / 1000);
  const share = sentPerSecond / allowedPerSecond;
  // Stricter: the windows are aligned to the clock, so the window sending starts in gives a full budget however
  // little of it is left; the last of N requests can go no earlier than the start of window ceil(N / ROUTE_LIMIT) - 1
  // counted from that one. Reading the first batches takes time, so this floor is not always reachable.
  const started = summary.timings.sendStartedAt;
  const firstWindow = started - (started % WINDOW_MS);
  const floorMs = Math.max(
    0,
    firstWindow + (Math.ceil(summary.batches / ROUTE_LIMIT) - 1) * WINDOW_MS - started,
  );
  console.log(
    `events-import: ${EVENTS.toLocaleString("en-US")} events, ${fileMb.toFixed(1)} MB NDJSON, ${EVENTS_PER_REQUEST} events per request, route limit ${ROUTE_LIMIT} per ${WINDOW_MS / 1000} s`,
  );
  console.log(
    `  emulator kept ${stored.events.length.toLocaleString("en-US")} events (${stored.droppedEvents} dropped); ${summary.requests} requests, ${summary.rateLimited} answered 429; ${(summary.bytesSent / 1_000_000).toFixed(1)} MB gzip sent`,
  );
  console.log(
    `  check pass ${(summary.timings.checkMs / 1000).toFixed(1)} s; send pass ${(summary.timings.sendMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  peak RSS of the import process: ${peakMb.toFixed(0)} MB (target < 300) ${peakMb < 300 ? "OK" : "HIGH"}`,
  );
  console.log(
    `  send rate: ${Math.round(sentPerSecond).toLocaleString("en-US")} events/s = ${(share * 100).toFixed(1)} % of the ${allowedPerSecond.toLocaleString("en-US")} events/s the limit allows (target >= 90 %) ${share >= 0.9 ? "OK" : "SLOW"}`,
  );
  console.log(
    `  against the clock-aligned floor (${(floorMs / 1000).toFixed(1)} s for ${summary.batches} requests from that start): ${((floorMs / summary.timings.sendMs) * 100).toFixed(1)} %`,
  );
  if (stored.events.length !== EVENTS || peakMb >= 300 || share < 0.9) process.exitCode = 1;
} finally {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
}
