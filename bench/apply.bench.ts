// Apply benchmark: 1,000 changes (250 role creates, 250 metric creates, 250 segment creates, 250 segment renames),
// applied twice, each time against a fresh emulator: (a) under a route limit, (b) under a global limit. Each run must
// finish with zero failures and converge. Run: npm run bench -- apply   (takes ~1 min 45 s)
//
// The emulator's windows are fixed 10-second windows aligned to the epoch. Each apply starts at the beginning of a
// window (the plan is made first, then the bench waits for the next boundary), so the windows the apply uses are its
// own and the least time the limit allows is exact:
//  (a) route limit L per route per window: the busiest route's n requests need ⌈n/L⌉ windows, so its last request
//      cannot go before (⌈n/L⌉ − 1) × 10 s.
//  (b) global limit G per token per window, all routes together: the apply's N requests (writes and the reads it
//      needs, i.e. every request not answered 429) need ⌈N/G⌉ windows: (⌈N/G⌉ − 1) × 10 s.
// The ratio printed is measured time / bound (1.00 = as fast as the limit allows). Goals: ≤ 1.05 (a), ≤ 1.1 (b).
// The emulator's limiter counts requests even when no limit is set, so the faults are set only right before the
// apply, after the boundary; the plan's reads fall in an earlier window and are not counted.
import { applyPlan } from "../src/apply/apply-plan.js";
import type { ApplyReport } from "../src/apply/types.js";
import { type EmulatorFaults, startEmulator } from "../src/emulator/index.js";
import { RATE_LIMIT_WINDOW_MS } from "../src/emulator/rate-limiter.js";
import { LaunchDarklyClient } from "../src/launchdarkly/client.js";
import { readLiveState } from "../src/live/read-live-state.js";
import type { DesiredState } from "../src/model/desired-state.js";
import type { MetricDefinition } from "../src/model/metric.js";
import type { RoleDefinition } from "../src/model/role.js";
import type { SegmentDefinition } from "../src/model/segment.js";
import { OWNERSHIP_TAG } from "../src/plan/ownership.js";
import { planDesiredState } from "../src/plan/plan-desired-state.js";
import { describeFinding } from "../src/wording/finding-messages.js";
import { BENCH_ENVIRONMENT, BENCH_PROJECT, benchSnapshot } from "./support.js";

const PER_KIND = 250;
const ROUTE_LIMIT = 50;
// The apply makes 1,024 requests: 1,000 writes and 24 reads (the permission pre-flight, then the convergence
// re-plan's reads). 200 per window makes that ⌈1024/200⌉ = 6 windows (bound 50 s, a run of ~1 min): enough windows
// that pacing across window boundaries decides the time, and with no route limit only the global budget limits.
// The 6th window holds just the 24 requests past 1,000, i.e. the re-plan's reads that follow the last writes.
const GLOBAL_LIMIT = 200;
const ROUTE_GOAL = 1.05;
const GLOBAL_GOAL = 1.1;
const WINDOW_SECONDS = RATE_LIMIT_WINDOW_MS / 1000;
const TOKEN = "api-5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
const source = { file: "bench.yaml", line: 1, column: 1 };
const project = BENCH_PROJECT;
const environment = BENCH_ENVIRONMENT;
const range = (count: number) => Array.from({ length: count }, (_, index) => String(index).padStart(4, "0"));

// The segments the plan updates already exist.
const state = benchSnapshot(
  range(PER_KIND).map((id) => ({ key: `existing-${id}`, name: `Existing ${id}`, tags: [OWNERSHIP_TAG] })),
);

const segments: SegmentDefinition[] = [
  ...range(PER_KIND).map((id) => ({ key: `new-${id}`, name: `New ${id}` })),
  ...range(PER_KIND).map((id) => ({ key: `existing-${id}`, name: `Renamed ${id}` })),
].map((fields) => ({ ...fields, project, environments: [environment], overrides: {}, source }));
const metrics: MetricDefinition[] = range(PER_KIND).map((id) => ({
  key: `metric-${id}`,
  project,
  kind: "custom",
  eventKey: `event-${id}`,
  isNumeric: false,
  source,
}));
const roles: RoleDefinition[] = range(PER_KIND).map((id) => ({
  key: `role-${id}`,
  name: `Role ${id}`,
  policy: [{ effect: "allow", resources: [`proj/${project}:env/*:segment/*`], actions: ["updateIncluded"] }],
  source,
}));
const desired: DesiredState = {
  files: [source.file],
  segments,
  metrics,
  roles,
  projects: new Map([[project, source]]),
  environments: new Map([[`${project}/${environment}`, { project, environment, source }]]),
};

interface Case {
  name: string;
  faults: Partial<EmulatorFaults>;
  goal: number;
  /** The least time the limit allows, from the requests the apply made (429s excluded). */
  bound: (counted: ReadonlyArray<{ route: string }>) => { seconds: number; formula: string };
}

const routeCase: Case = {
  name: `route limit: ${ROUTE_LIMIT} per route per ${WINDOW_SECONDS} s`,
  faults: { routeLimit: ROUTE_LIMIT },
  goal: ROUTE_GOAL,
  bound: (counted) => {
    const perRoute = new Map<string, number>();
    for (const { route } of counted) perRoute.set(route, (perRoute.get(route) ?? 0) + 1);
    const [route, n] = [...perRoute].sort((a, b) => b[1] - a[1])[0] ?? ["none", 0];
    const windows = Math.ceil(n / ROUTE_LIMIT);
    return {
      seconds: (windows - 1) * WINDOW_SECONDS,
      formula: `(⌈${n} / ${ROUTE_LIMIT}⌉ − 1) × ${WINDOW_SECONDS} s; busiest route ${route}`,
    };
  },
};

const globalCase: Case = {
  name: `global limit: ${GLOBAL_LIMIT} per token per ${WINDOW_SECONDS} s, all routes together`,
  faults: { globalLimit: GLOBAL_LIMIT },
  goal: GLOBAL_GOAL,
  bound: (counted) => {
    const windows = Math.ceil(counted.length / GLOBAL_LIMIT);
    return {
      seconds: (windows - 1) * WINDOW_SECONDS,
      formula: `(⌈${counted.length} / ${GLOBAL_LIMIT}⌉ − 1) × ${WINDOW_SECONDS} s`,
    };
  },
};

/**
 * A page of a list: paged lists carry `offset`; context kinds are one unpaged list; a project read with
 * `expand=environments` is how the environments are listed (one request names them all).
 */
const isListPage = (request: { method: string; query: string; route: string }) =>
  request.method === "GET" &&
  (/(^|&)offset=/.test(request.query) ||
    request.route.endsWith("/context-kinds") ||
    (request.route.endsWith("/projects/{projectKey}") && request.query.includes("expand=environments")));

/** The pre-flight: who the token is and what its role allows, so that apply refuses before its first write. */
const isPreflight = (request: { route: string }) =>
  request.route.endsWith("/caller-identity") || request.route.endsWith("/tokens/{id}");

const nextBoundary = () =>
  new Promise((resolve) => setTimeout(resolve, RATE_LIMIT_WINDOW_MS - (Date.now() % RATE_LIMIT_WINDOW_MS)));

function pad(label: string): string {
  return `  ${`${label}:`.padEnd(20)}`;
}

async function runCase(benchCase: Case): Promise<boolean> {
  const emulator = await startEmulator({ tokens: { [TOKEN]: { role: "writer" } }, state });
  const api = new LaunchDarklyClient({ baseUri: emulator.url, token: TOKEN });
  try {
    const plan = planDesiredState(
      desired,
      await readLiveState(api, desired, { wordFinding: describeFinding }),
    );
    await nextBoundary();
    emulator.setFaults(benchCase.faults);
    emulator.clearRequests();
    const startedAt = Date.now();
    const started = performance.now();
    const report: ApplyReport = await applyPlan({ plan, api, comment: "ld-gitops bench", desired });
    const seconds = (performance.now() - started) / 1000;

    const requests = emulator.requests.map((request) => ({
      ...request,
      route: request.route ?? `${request.method} ${request.path}`,
    }));
    const counted = requests.filter((request) => request.status !== 429);
    const refused = requests.length - counted.length;
    const writes = counted.filter((request) => request.method !== "GET").length;
    const tally = (wanted: (request: (typeof counted)[number]) => boolean) => {
      const perRoute = new Map<string, number>();
      for (const request of counted.filter(wanted)) {
        perRoute.set(request.route, (perRoute.get(request.route) ?? 0) + 1);
      }
      const total = [...perRoute.values()].reduce((sum, count) => sum + count, 0);
      const detail = [...perRoute].map(([route, count]) => `${count} ${route.replace("GET /api/v2", "")}`);
      return `${total}${detail.length > 0 ? ` (${detail.join(", ")})` : ""}`;
    };
    const listPages = counted.filter(isListPage).length;
    const lastAt = Math.max(...counted.map((request) => request.at)) - startedAt;
    const bound = benchCase.bound(counted);
    const ratio = seconds / bound.seconds;
    const met = ratio <= benchCase.goal;
    const { summary } = report;

    console.log(`\n${benchCase.name}`);
    console.log(
      `${pad("changes")}${plan.changes.length} (${plan.summary.create} create, ${plan.summary.update} update)`,
    );
    console.log(
      `${pad("result")}${summary.applied} applied, ${summary.failed} failed, ${summary.conflict} conflict, ${summary.notAttempted} not attempted; converged: ${report.convergence?.converged}`,
    );
    console.log(`${pad("requests")}${requests.length} (${refused} answered 429)`);
    const preflight = counted.filter(isPreflight).length;
    const otherReads = (request: (typeof counted)[number]) =>
      request.method === "GET" && !isListPage(request) && !isPreflight(request);
    console.log(`${pad("not 429")}${counted.length} = writes + list pages + pre-flight reads + other reads`);
    console.log(`${pad("  writes")}${writes}`);
    console.log(`${pad("  list pages")}${tally(isListPage)}`);
    console.log(`${pad("  pre-flight reads")}${tally(isPreflight)}`);
    console.log(`${pad("  other reads")}${tally(otherReads)}`);
    const floor = writes + listPages + preflight;
    console.log(
      `${pad("req ≤ floor")}${requests.length} ≤ ${floor} (writes + list pages + pre-flight): ${requests.length <= floor ? "yes" : "no"}`,
    );
    console.log(`${pad("time")}${seconds.toFixed(1)} s (last request at ${(lastAt / 1000).toFixed(1)} s)`);
    console.log(`${pad("limit allows")}${bound.seconds.toFixed(1)} s = ${bound.formula}`);
    console.log(`${pad("ratio")}${ratio.toFixed(3)} (goal ≤ ${benchCase.goal}: ${met ? "met" : "MISSED"})`);
    return report.ok && summary.failed === 0 && report.convergence?.converged === true;
  } finally {
    await api.close();
    await emulator.close();
  }
}

let ok = true;
for (const benchCase of [routeCase, globalCase]) {
  if (!(await runCase(benchCase))) ok = false;
}
if (!ok) process.exitCode = 1;
