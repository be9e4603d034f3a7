// `npm run bench validate`: loads and validates 5,000 segments + 500 metrics + 200 roles spread over
// 500 files, several times, and prints the median wall time and the peak RSS. Target: under 2 seconds.
// Large configs are parsed on worker threads (kept across runs): the first run pays for starting them, and
// the same config parsed in this thread is timed too, for comparison.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { LineCounter, parseDocument } from "yaml";
import { listConfigFiles } from "../src/load/list-config-files.js";
import { parseWorkerCount } from "../src/load/parse-config-files.js";
import { validateConfigDirectory } from "../src/pipeline/load-and-validate.js";
import { describeFinding } from "../src/wording/finding-messages.js";
import { median } from "./support.js";

const FILES = 500;
const SEGMENTS = 5_000;
const METRICS = 500;
const ROLES = 200;
const RUNS = 7;
const IN_THREAD_RUNS = 3;

function segmentYaml(i: number): string {
  return `  - key: segment-${i}
    name: Segment ${i}
    description: Generated segment number ${i}
    tags: [bench, team-${i % 10}]
    included: [${Array.from({ length: 20 }, (_, k) => `user-${i}-${k}`).join(", ")}]
    excluded: [blocked-${i}]
    includedContexts:
      - { contextKind: organization, values: [org-${i}-a, org-${i}-b] }
    rules:
      - description: Staff
        clauses:
          - { attribute: email, op: endsWith, values: ["@example.com"] }
          - { contextKind: organization, attribute: plan, op: in, values: [enterprise, pro] }
        weight: 50000
        bucketBy: key
      - clauses:
          - { attribute: segmentMatch, op: segmentMatch, values: [segment-${i === 0 ? 1 : i - 1}] }
    environments:
      staging:
        included: [qa-${i}]
`;
}

function metricYaml(i: number): string {
  return i % 3 === 0
    ? `  - { key: metric-${i}, name: Metric ${i}, kind: custom, eventKey: event-${i}, isNumeric: true, unit: ms, successCriteria: LowerThanBaseline, analysisType: percentile, percentileValue: 95, randomizationUnits: [user] }\n`
    : i % 3 === 1
      ? `  - { key: metric-${i}, name: Metric ${i}, kind: pageview, urls: [{ kind: exact, url: "https://example.com/p/${i}" }] }\n`
      : `  - { key: metric-${i}, name: Metric ${i}, kind: click, selector: "button.b${i}", urls: [{ kind: substring, substring: "/p/${i}" }] }\n`;
}

function roleYaml(i: number): string {
  return `  - key: role-${i}
    name: Role ${i}
    basePermissions: no_access
    policy:
      - { effect: allow, resources: ["proj/web-app:env/*:segment/team-${i}-*"], actions: [updateIncluded, updateExcluded, updateRules] }
      - { effect: deny, resources: ["proj/*:env/*;{critical:true}:segment/*"], actions: [deleteSegment] }
      - { effect: allow, notResources: ["proj/web-app:metric/*;locked"], actions: ["update*"] }
`;
}

function generate(root: string): void {
  const per = (total: number, file: number) =>
    Array.from({ length: total / FILES }, (_, k) => file * (total / FILES) + k);
  for (let f = 0; f < FILES; f++) {
    const dir = join(root, "launchdarkly", `team-${f % 25}`);
    mkdirSync(dir, { recursive: true });
    const segments = per(SEGMENTS, f).map(segmentYaml).join("");
    const metrics = per(METRICS, f).map(metricYaml).join("");
    const roles = f < ROLES ? roleYaml(f) : "";
    writeFileSync(
      join(dir, `file-${String(f).padStart(3, "0")}.yaml`),
      `project: web-app\nenvironments: [production, staging]\nsegments:\n${segments}metrics:\n${metrics}${roles ? `roles:\n${roles}` : ""}`,
    );
  }
}

const root = mkdtempSync(join(tmpdir(), "ld-gitops-bench-validate-"));
try {
  generate(root);
  const wall: number[] = [];
  const cpu: number[] = [];
  let summary = "";
  for (let run = 0; run < RUNS; run++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = await validateConfigDirectory("launchdarkly", { cwd: root });
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    const errors = result.diagnostics.filter((d) => d.severity === "error").length;
    summary = `${result.files} files, ${result.state.segments.length} segments, ${result.state.metrics.length} metrics, ${result.state.roles.length} roles, ${errors} errors, ${result.diagnostics.length - errors} warnings`;
    if (errors > 0)
      throw new Error(
        `generated config should be valid: ${result.diagnostics[0] ? describeFinding(result.diagnostics[0]) : ""}`,
      );
  }
  // Peak RSS (all threads) of the runs above, before the comparisons below add their own.
  const validateRss = process.resourceUsage().maxRSS / 1024;
  const inThread: number[] = [];
  for (let run = 0; run < IN_THREAD_RUNS; run++) {
    const start = performance.now();
    await validateConfigDirectory("launchdarkly", { cwd: root, parseWorkers: 0 });
    inThread.push(performance.now() - start);
  }
  // The floor set by the YAML library: parsing the same files with positions and converting them to data.
  const files = listConfigFiles(join(root, "launchdarkly")).paths;
  const workers = parseWorkerCount(files.map((f) => statSync(f).size));
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const parseOnly: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    for (const text of texts) parseDocument(text, { lineCounter: new LineCounter() }).toJS();
    parseOnly.push(performance.now() - start);
  }
  const wallMedian = median(wall);
  console.log(`validate: ${summary}`);
  console.log(
    `validate: median ${wallMedian.toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU (all threads) over ${RUNS} runs (wall min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)}; first run ${wall[0]!.toFixed(0)}), parsing on ${workers} worker threads`,
  );
  console.log(
    `validate: parsing in this thread instead: median ${median(inThread).toFixed(0)} ms wall over ${IN_THREAD_RUNS} runs`,
  );
  console.log(
    `validate: the yaml library alone, in one thread (parse + toJS): median ${median(parseOnly).toFixed(0)} ms`,
  );
  console.log(
    `validate: peak RSS ${validateRss.toFixed(0)} MB (${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB after the comparisons)`,
  );
  console.log(`validate: target < 2000 ms median: ${wallMedian < 2000 ? "met" : "MISSED"}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
