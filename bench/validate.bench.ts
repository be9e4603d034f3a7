// `npm run bench validate`: loads and validates 5,000 segments + 500 metrics + 200 roles spread over 500 files:
// in this process (several runs, median wall time, peak RSS), and as the whole `ld-gitops validate` process of the
// bundled CLI (dist/cli/index.js; run `npm run build` after changing src/), each run in a fresh process. Goal: the
// in-process median under 600 ms. For scale, the yaml library alone parsing the same files with positions is timed.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import { listConfigFiles } from "../src/load/list-config-files.js";
import { validateConfigDirectory } from "../src/pipeline/load-and-validate.js";
import { describeFinding } from "../src/wording/finding-messages.js";
import { median } from "./support.js";

const FILES = 500;
const SEGMENTS = 5_000;
const METRICS = 500;
const ROLES = 200;
const RUNS = 7;

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
const cli = fileURLToPath(new URL("../dist/cli/index.js", import.meta.url));
const peakRss = fileURLToPath(new URL("./peak-rss.mjs", import.meta.url));

/** One `ld-gitops validate` process: its wall time and peak RSS. */
function validateProcess(): { ms: number; rssMb: number } {
  const rssFile = join(root, "peak-rss");
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ["--import", peakRss, cli, "validate", "--dir", "launchdarkly"],
    {
      cwd: root,
      env: { PATH: process.env.PATH, BENCH_PEAK_RSS_FILE: rssFile },
      encoding: "utf8",
    },
  );
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`ld-gitops validate failed: ${result.stderr}`);
  return { ms, rssMb: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

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
  const validateRss = process.resourceUsage().maxRSS / 1024;
  validateProcess(); // warm the disk cache
  const processes = Array.from({ length: RUNS }, validateProcess);
  // The floor the yaml library would set: parsing the same files with positions and converting them to data.
  const files = listConfigFiles(join(root, "launchdarkly")).paths;
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const parseOnly: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    for (const text of texts) parseDocument(text, { lineCounter: new LineCounter() }).toJS();
    parseOnly.push(performance.now() - start);
  }
  const processMedian = median(processes.map((p) => p.ms));
  console.log(`validate: ${summary}`);
  console.log(
    `validate in this process: median ${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU over ${RUNS} runs (min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)}); peak RSS ${validateRss.toFixed(0)} MB`,
  );
  console.log(
    `ld-gitops validate (whole process): median ${processMedian.toFixed(0)} ms over ${RUNS} runs (${processes.map((p) => p.ms.toFixed(0)).join(", ")}); peak RSS median ${median(processes.map((p) => p.rssMb)).toFixed(0)} MB`,
  );
  console.log(
    `the yaml library alone (parse with positions + toJS): median ${median(parseOnly).toFixed(0)} ms`,
  );
  // The goal is on the figure the issue measured (1.31 s then): validating in this process. The whole process adds
  // the CLI's start (loading the bundle), shown above for what a user waits.
  const inProcessMedian = median(wall);
  console.log(
    `goal: < 600 ms median in this process: ${inProcessMedian < 600 ? "met" : "MISSED"} (${inProcessMedian.toFixed(0)} ms); whole process ${processMedian.toFixed(0)} ms`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
