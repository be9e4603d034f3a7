// Plan at scale: 5,000 segments × 3 environments + 500 metrics + 200 roles in an emulator answering each request
// after 50 ms. Prints the requests made, the wall time, and the ratio to the floor
// (list pages × latency ÷ concurrency). Target: under 2×.

import { type EmulatorSnapshot, startEmulator } from "../src/emulator/index.js";
import { LaunchDarklyClient } from "../src/launchdarkly/client.js";
import { MAX_PAGE_SIZE } from "../src/launchdarkly/limits.js";
import { PRUNE_READ_OPTIONS, readLiveState } from "../src/live/read-live-state.js";
import type { DesiredState } from "../src/model/desired-state.js";
import type { SegmentDefinition } from "../src/model/segment.js";
import { OWNERSHIP_TAG, roleDescriptionWithMarker } from "../src/plan/ownership.js";
import { planDesiredState } from "../src/plan/plan-desired-state.js";
import type { Plan } from "../src/plan/types.js";
import { renderPlanMarkdown } from "../src/render/markdown.js";
import { renderPlanText } from "../src/render/text.js";
import { describeFinding } from "../src/wording/finding-messages.js";
import { median } from "./support.js";

const LATENCY_MS = 50;
const CONCURRENCY = 8;
const SEGMENTS = 5_000;
const ENVIRONMENTS = ["production", "staging", "test"];
const METRICS = 500;
const ROLES = 200;
const CHANGED = 50;

const source = { file: "bench.yaml", line: 1, column: 1 };
const segmentKey = (i: number) => `segment-${String(i).padStart(5, "0")}`;
const rule = (i: number) => ({
  clauses: [{ attribute: "email", op: "endsWith", values: [`@${i}.example.com`], negate: false }],
});

const snapshot: EmulatorSnapshot = {
  formatVersion: 1,
  projects: [
    {
      key: "default",
      name: "Default",
      environments: ENVIRONMENTS.map((key) => ({
        key,
        name: key,
        segments: Array.from({ length: SEGMENTS }, (_, i) => ({
          key: segmentKey(i),
          name: `Segment ${i}`,
          tags: [OWNERSHIP_TAG],
          included: [`user-${i}`],
          rules: [rule(i)],
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
      { effect: "allow" as const, actions: ["updateOn"], resources: [`proj/default:env/test:flag/f${i}`] },
    ],
  })),
};

const segments: SegmentDefinition[] = Array.from({ length: SEGMENTS }, (_, i) => ({
  key: segmentKey(i),
  project: "default",
  environments: ENVIRONMENTS,
  overrides: {},
  // A slightly changed subset: renamed.
  name: i < CHANGED ? `Segment ${i} (renamed)` : `Segment ${i}`,
  included: [`user-${i}`],
  rules: [rule(i)],
  source,
}));
const desired: DesiredState = {
  files: ["bench.yaml"],
  segments,
  metrics: Array.from({ length: METRICS }, (_, i) => ({
    key: `metric-${i}`,
    project: "default",
    name: `Metric ${i}`,
    kind: "custom" as const,
    eventKey: `event-${i}`,
    source,
  })),
  roles: Array.from({ length: ROLES }, (_, i) => ({
    key: `role-${i}`,
    name: `Role ${i}`,
    policy: [
      { effect: "allow" as const, actions: ["updateOn"], resources: [`proj/default:env/test:flag/f${i}`] },
    ],
    source,
  })),
  projects: new Map([["default", source]]),
  environments: new Map(
    ENVIRONMENTS.map((environment) => [
      `default/${environment}`,
      { project: "default", environment, source },
    ]),
  ),
};

const emulator = await startEmulator({ state: snapshot, faults: { latencyMs: LATENCY_MS } });
const api = new LaunchDarklyClient({ baseUri: emulator.url, token: "bench-token", concurrency: CONCURRENCY });
try {
  const runs: number[] = [];
  let requests = 0;
  let changes = 0;
  let lastPlan: Plan | undefined;
  for (let run = 0; run < 3; run++) {
    emulator.clearRequests();
    const started = performance.now();
    const live = await readLiveState(api, desired, { wordFinding: describeFinding });
    const plan = planDesiredState(desired, live);
    runs.push(performance.now() - started);
    requests = emulator.requests.length;
    changes = plan.changes.length;
    lastPlan = plan;
  }
  const pages =
    ENVIRONMENTS.length * Math.ceil(SEGMENTS / MAX_PAGE_SIZE.segments) +
    Math.ceil(METRICS / MAX_PAGE_SIZE.metrics) +
    Math.ceil(ROLES / MAX_PAGE_SIZE.roles) +
    1;
  const floorMs = (pages * LATENCY_MS) / CONCURRENCY;
  const runsMedian = median(runs);
  console.log(
    `resources: ${SEGMENTS * ENVIRONMENTS.length} segments, ${METRICS} metrics, ${ROLES} roles; ${changes} changes planned`,
  );
  console.log(`requests: ${requests} (floor: ${pages} = list pages + 1 project read)`);
  console.log(
    `wall time (median of 3): ${runsMedian.toFixed(0)} ms; runs: ${runs.map((r) => r.toFixed(0)).join(", ")} ms`,
  );
  console.log(
    `floor: ${floorMs.toFixed(0)} ms (${pages} pages × ${LATENCY_MS} ms ÷ ${CONCURRENCY}); ratio: ${(runsMedian / floorMs).toFixed(2)}×`,
  );

  // --prune reads every environment of the project and roles too: what that costs on top of a plain plan.
  emulator.clearRequests();
  const pruneStarted = performance.now();
  await readLiveState(api, desired, { ...PRUNE_READ_OPTIONS, wordFinding: describeFinding });
  const pruneMs = performance.now() - pruneStarted;
  console.log(`prune read: ${emulator.requests.length} requests, ${pruneMs.toFixed(0)} ms`);

  // Rendering the plan a reviewer reads (readable rules, listed values), median of 5.
  if (lastPlan) {
    const plan = lastPlan;
    const time = (render: () => string) => {
      const samples: number[] = [];
      let length = 0;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        length = render().length;
        samples.push(performance.now() - started);
      }
      return { ms: median(samples), length };
    };
    const text = time(() => renderPlanText(plan));
    const markdown = time(() => renderPlanMarkdown(plan));
    console.log(
      `render (${plan.changes.length} changes, median of 5): text ${text.ms.toFixed(1)} ms (${text.length} chars), markdown ${markdown.ms.toFixed(1)} ms (${markdown.length} chars)`,
    );
  }
} finally {
  await api.close();
  await emulator.close();
}
