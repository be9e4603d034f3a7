// Apply benchmark: 1,000 changes (250 role creates, 250 metric creates, 250 segment creates, 250 segment updates)
// against the emulator with a route limit of 50 requests per 10 s. Must finish with zero failures and converge.
//
// What the limit allows: each route (method + path template) may take 50 requests per 10-second window; routes are
// limited independently and the windows are fixed (aligned to the clock). So the busiest route, with n requests,
// needs ⌈n/50⌉ windows: ⌈n/50⌉ − 1 window boundaries must pass before its last request. The run starts at a random
// point of the first window (on average half-way), so the expected least time is T_limit = (⌈n/50⌉ − 1.5) × 10 s.
// The ratio printed is measured time / T_limit (1.00 = as fast as the limit allows).
import { applyPlan } from "../src/apply/apply-plan.js";
import { startEmulator } from "../src/emulator/index.js";
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
const WINDOW_SECONDS = 10;
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

const emulator = await startEmulator({ tokens: { [TOKEN]: { role: "writer" } }, state });
const api = new LaunchDarklyClient({ baseUri: emulator.url, token: TOKEN });
try {
  const plan = planDesiredState(desired, await readLiveState(api, desired, { wordFinding: describeFinding }));
  emulator.setFaults({ routeLimit: ROUTE_LIMIT });
  emulator.clearRequests();
  const started = performance.now();
  const report = await applyPlan({ plan, api, comment: "ld-gitops bench", desired });
  const seconds = (performance.now() - started) / 1000;

  const perRoute = new Map<string, number>();
  for (const request of emulator.requests) {
    if (request.status === 429) continue;
    const route = request.route ?? `${request.method} ${request.path}`;
    perRoute.set(route, (perRoute.get(route) ?? 0) + 1);
  }
  const [busiestRoute, busiest] = [...perRoute].sort((a, b) => b[1] - a[1])[0] ?? ["none", 0];
  const windows = Math.ceil(busiest / ROUTE_LIMIT);
  const bound = Math.max(windows - 1.5, 0.5) * WINDOW_SECONDS;
  const refused = emulator.requests.filter((request) => request.status === 429).length;

  console.log(
    `changes:            ${plan.changes.length} (${plan.summary.create} create, ${plan.summary.update} update)`,
  );
  console.log(
    `result:             ${report.summary.applied} applied, ${report.summary.failed} failed, ${report.summary.conflict} conflict, ${report.summary.notAttempted} not attempted; converged: ${report.convergence?.converged}`,
  );
  console.log(
    `requests:           ${emulator.requests.length} (${refused} answered 429), ${perRoute.size} routes`,
  );
  console.log(`busiest route:      ${busiestRoute}: ${busiest} requests`);
  console.log(`time:               ${seconds.toFixed(1)} s`);
  console.log(
    `limit allows:       ${bound.toFixed(1)} s  (= (⌈${busiest} / ${ROUTE_LIMIT}⌉ − 1.5) × ${WINDOW_SECONDS} s)`,
  );
  console.log(`ratio:              ${(seconds / bound).toFixed(2)}`);
  if (!report.ok || report.summary.failed > 0) process.exitCode = 1;
} finally {
  await api.close();
  await emulator.close();
}
