// `npm run bench plan`: the whole `ld-gitops plan` process (the bundled CLI, dist/cli/index.js) against a minimal
// lister process (bench/minimal-lister.mjs) that reads exactly the same pages, 8 requests in flight, and only parses
// them: the floor set by the reads themselves. Both run against the same emulator, answering every request after
// 50 ms, alternately, each in a fresh process; the bench checks that both made the same requests.
//
// Scales: 5,000 segments × 3 environments + 500 metrics + 200 roles in 100 files, 50 segments renamed; then 10× the
// segments. Goal: plan ≤ 1.2× the lister (medians). Also prints the plan process's peak RSS.
// Measures dist/: run `npm run build` first when src/ has changed (the bench says so when dist is older).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { type EmulatorSnapshot, startEmulator } from "../src/emulator/index.js";
import { MAX_PAGE_SIZE } from "../src/launchdarkly/limits.js";
import { OWNERSHIP_TAG, roleDescriptionWithMarker } from "../src/plan/ownership.js";
import { median } from "./support.js";

const LATENCY_MS = 50;
const CONCURRENCY = 8;
const ENVIRONMENTS = ["production", "staging", "test"];
const METRICS = 500;
const ROLES = 200;
const RENAMED = 50;
const PER_FILE = 100;
const PROJECT = "default";
const TOKEN = "api-bench-plan-0000";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli", "index.js");
const lister = join(root, "bench", "minimal-lister.mjs");
const peakRss = join(root, "bench", "peak-rss.mjs");

const segmentKey = (i: number) => `segment-${String(i).padStart(6, "0")}`;
const segmentName = (i: number) => `Segment ${i}`;

function segmentYaml(i: number): string {
  const name = i < RENAMED ? `${segmentName(i)} (renamed)` : segmentName(i);
  return `  - key: ${segmentKey(i)}
    name: ${name}
    included: [user-${i}]
    rules:
      - clauses:
          - { attribute: email, op: endsWith, values: ["@${i}.example.com"] }
`;
}

/** The repository: segments, metrics and roles in files of 100, as a team would split them. */
function writeConfig(dir: string, segments: number): void {
  const write = (name: string, body: string) => {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, body);
  };
  for (let f = 0; f * PER_FILE < segments; f++) {
    const body = Array.from({ length: Math.min(PER_FILE, segments - f * PER_FILE) }, (_, k) =>
      segmentYaml(f * PER_FILE + k),
    ).join("");
    write(
      `segments/team-${String(f).padStart(4, "0")}.yaml`,
      `project: ${PROJECT}\nenvironments: [${ENVIRONMENTS.join(", ")}]\nsegments:\n${body}`,
    );
  }
  for (let f = 0; f * PER_FILE < METRICS; f++) {
    const body = Array.from(
      { length: PER_FILE },
      (_, k) =>
        `  - { key: metric-${f * PER_FILE + k}, name: Metric ${f * PER_FILE + k}, kind: custom, eventKey: event-${f * PER_FILE + k} }\n`,
    ).join("");
    write(`metrics/metrics-${f}.yaml`, `project: ${PROJECT}\nmetrics:\n${body}`);
  }
  for (let f = 0; f * PER_FILE < ROLES; f++) {
    const body = Array.from(
      { length: PER_FILE },
      (_, k) =>
        `  - key: role-${f * PER_FILE + k}\n    name: Role ${f * PER_FILE + k}\n    policy:\n      - { effect: allow, actions: [updateOn], resources: ["proj/${PROJECT}:env/test:flag/f${f * PER_FILE + k}"] }\n`,
    ).join("");
    write(`roles/roles-${f}.yaml`, `roles:\n${body}`);
  }
}

/** What LaunchDarkly holds: the same resources, owned by ld-gitops, with the old names. */
function liveState(segments: number): EmulatorSnapshot {
  return {
    formatVersion: 1,
    projects: [
      {
        key: PROJECT,
        name: "Default",
        environments: ENVIRONMENTS.map((key) => ({
          key,
          name: key,
          segments: Array.from({ length: segments }, (_, i) => ({
            key: segmentKey(i),
            name: segmentName(i),
            tags: [OWNERSHIP_TAG],
            included: [`user-${i}`],
            rules: [
              {
                clauses: [
                  { attribute: "email", op: "endsWith", values: [`@${i}.example.com`], negate: false },
                ],
              },
            ],
          })),
        })),
        metrics: Array.from({ length: METRICS }, (_, i) => ({
          key: `metric-${i}`,
          name: `Metric ${i}`,
          kind: "custom" as const,
          eventKey: `event-${i}`,
          tags: [OWNERSHIP_TAG],
        })),
      },
    ],
    roles: Array.from({ length: ROLES }, (_, i) => ({
      key: `role-${i}`,
      name: `Role ${i}`,
      description: roleDescriptionWithMarker(undefined),
      policy: [
        {
          effect: "allow" as const,
          actions: ["updateOn"],
          resources: [`proj/${PROJECT}:env/test:flag/f${i}`],
        },
      ],
    })),
  };
}

interface ProcessRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a process to its end, timing it from spawn to exit. The emulator answers from this process meanwhile. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ ms: performance.now() - started, code, stdout, stderr }));
  });
}

function requestSet(requests: ReadonlyArray<{ method: string; path: string; query: string }>): string[] {
  return requests
    .map(
      (r) =>
        `${r.method} ${r.path}?${[...new URLSearchParams(r.query)]
          .sort()
          .map((p) => p.join("="))
          .join("&")}`,
    )
    .sort();
}

function warnIfDistIsStale(): void {
  const built = statSync(cli).mtimeMs;
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
        entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
      ),
    );
  if (newest(join(root, "src")) > built)
    console.log(
      "note: src/ is newer than dist/cli/index.js; run `npm run build` to measure the current code",
    );
}

async function measure(segments: number, runs: number): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), "ld-gitops-bench-plan-"));
  const emulator = await startEmulator({ state: liveState(segments), faults: { latencyMs: LATENCY_MS } });
  try {
    writeConfig(join(dir, "launchdarkly"), segments);
    const rssFile = join(dir, "peak-rss");
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LD_ACCESS_TOKEN: TOKEN,
      LD_BASE_URI: emulator.url,
      BENCH_PEAK_RSS_FILE: rssFile,
    };
    const planArgs = ["--import", peakRss, cli, "plan", "--dir", join(dir, "launchdarkly")];
    const base = `/api/v2`;
    const listerSpec = {
      baseUri: emulator.url,
      token: TOKEN,
      concurrency: CONCURRENCY,
      reads: [
        { path: `${base}/projects/${PROJECT}`, query: { expand: "environments" } },
        { path: `${base}/projects/${PROJECT}/context-kinds` },
        ...ENVIRONMENTS.map((environment) => ({
          path: `${base}/segments/${PROJECT}/${environment}`,
          pageSize: MAX_PAGE_SIZE.segments,
        })),
        {
          path: `${base}/metrics/${PROJECT}`,
          query: { expand: "experimentCount" },
          pageSize: MAX_PAGE_SIZE.metrics,
        },
        { path: `${base}/roles`, pageSize: MAX_PAGE_SIZE.roles },
      ],
    };
    const listerArgs = [lister, JSON.stringify(listerSpec)];

    const planTimes: number[] = [];
    const listerTimes: number[] = [];
    const rss: number[] = [];
    let planRequests: string[] = [];
    let listerRequests: string[] = [];
    let summary = "";
    // One unmeasured run of each first (disk cache, emulator warm-up), then alternate.
    for (let i = -1; i < runs; i++) {
      emulator.clearRequests();
      const listed = await run(listerArgs, env);
      if (listed.code !== 0) throw new Error(`minimal lister failed: ${listed.stderr}`);
      listerRequests = requestSet(emulator.requests);
      emulator.clearRequests();
      const planned = await run(planArgs, env);
      // Exit 2: the plan has changes (the renames).
      if (planned.code !== 2)
        throw new Error(`plan exited ${planned.code}: ${planned.stderr.slice(0, 2000)}`);
      planRequests = requestSet(emulator.requests);
      summary = planned.stdout.split("\n").find((line) => line.startsWith("Plan:")) ?? "";
      if (i < 0) continue;
      listerTimes.push(listed.ms);
      planTimes.push(planned.ms);
      rss.push(Number(readFileSync(rssFile, "utf8")) / 1024);
    }
    const same =
      planRequests.length === listerRequests.length && planRequests.every((r, i) => r === listerRequests[i]);
    const planMedian = median(planTimes);
    const listerMedian = median(listerTimes);
    const ratio = planMedian / listerMedian;
    const fmt = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
    console.log(
      `plan, ${segments.toLocaleString("en")} segments × ${ENVIRONMENTS.length} environments + ${METRICS} metrics + ${ROLES} roles (${Math.ceil(segments / PER_FILE) + 7} files); ${summary}`,
    );
    console.log(
      `  requests: plan ${planRequests.length}, lister ${listerRequests.length}: ${same ? "the same requests" : "DIFFERENT requests"}`,
    );
    if (!same) {
      const onlyPlan = planRequests.filter((r) => !listerRequests.includes(r));
      const onlyLister = listerRequests.filter((r) => !planRequests.includes(r));
      console.log(
        `  only plan: ${onlyPlan.slice(0, 5).join("; ")}\n  only lister: ${onlyLister.slice(0, 5).join("; ")}`,
      );
    }
    console.log(
      `  ld-gitops plan (whole process): median ${planMedian.toFixed(0)} ms (runs ${fmt(planTimes)})`,
    );
    console.log(
      `  minimal lister (whole process): median ${listerMedian.toFixed(0)} ms (runs ${fmt(listerTimes)})`,
    );
    console.log(`  ratio: ${ratio.toFixed(2)}× (goal ≤ 1.2×: ${ratio <= 1.2 ? "met" : "MISSED"})`);
    console.log(
      `  peak RSS of the plan process: median ${median(rss).toFixed(0)} MB (max ${Math.max(...rss).toFixed(0)} MB)`,
    );
    return same;
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

warnIfDistIsStale();
const ok = [await measure(5_000, 5), await measure(50_000, 3)];
if (ok.includes(false)) process.exitCode = 1;
