// `npm run bench members`: a cohort file of 100,000 and of 1,000,000 members (CSV with a header, about 30 MB for
// the million, generated in a temp dir) is loaded, validated and planned as a big segment's membership against a
// live segment whose last-applied tag differs (the plan: one replace import), and the plan is rendered as
// Markdown. Prints the median wall time and the process's peak RSS after each size, and the Markdown's length
// against GitHub's 65,536-character comment limit. Targets: 1,000,000 under 3 s and 400 MB; 100,000 under 0.5 s.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { LdSegment } from "../src/launchdarkly/types.js";
import type { LiveState } from "../src/live/live-state.js";
import { validateConfigDirectory } from "../src/pipeline/load-and-validate.js";
import { OWNERSHIP_TAG } from "../src/plan/ownership.js";
import { planDesiredState } from "../src/plan/plan-desired-state.js";
import { renderPlanMarkdown } from "../src/render/markdown.js";
import { median } from "./support.js";

const GITHUB_COMMENT_LIMIT = 65_536;

async function writeCohort(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once("drain", () => resolve())));
  await write("amplitude_user_id,email\n");
  const chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    // Spread over the key space so the sort has work to do, as a real export's order would.
    const id = String((i * 7_919) % 1_000_003).padStart(7, "0") + String(i % 97).padStart(2, "0");
    chunk.push(`u-${id},u${i}@ex.io\n`);
    if (chunk.length === 10_000) {
      await write(chunk.join(""));
      chunk.length = 0;
    }
  }
  await write(chunk.join(""));
  await new Promise<void>((resolve) => out.end(resolve));
}

function liveState(): LiveState {
  const segment: LdSegment = {
    key: "churn-risk",
    name: "Churn risk",
    tags: [OWNERSHIP_TAG, "ld-gitops-members-0000000000000000"],
    creationDate: 1,
    lastModifiedDate: 1,
    rules: [],
    version: 7,
    deleted: false,
    generation: 1,
    unbounded: true,
    unboundedContextKind: "user",
    _links: {},
    _unboundedMetadata: { includedCount: 900_000, excludedCount: 0 },
  };
  return { segments: new Map([["bench/production", [segment]]]), metrics: new Map() };
}

/** One load + validate + plan + Markdown in this process; prints its figures as JSON for the parent. */
async function measureOnce(root: string): Promise<void> {
  const started = performance.now();
  const result = await validateConfigDirectory("launchdarkly", { cwd: root });
  if (result.diagnostics.some((d) => d.severity === "error"))
    throw new Error(`validation failed: ${JSON.stringify(result.diagnostics[0])}`);
  const plan = planDesiredState(result.state, liveState());
  const markdown = renderPlanMarkdown(plan);
  const ms = performance.now() - started;
  const membership = plan.changes[0]?.membership?.[0];
  console.log(
    JSON.stringify({
      ms,
      peakMb: process.resourceUsage().maxRSS / 1024,
      markdown: markdown.length,
      summary: `${membership?.method} of ${membership?.count} members in ${membership?.requests} upload(s)`,
    }),
  );
}

/** Writes the config and the cohort, then measures each run in a fresh process (its own peak RSS). */
async function bench(rows: number, runs: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "ld-gitops-bench-members-"));
  try {
    mkdirSync(join(root, "launchdarkly", "cohorts"), { recursive: true });
    writeFileSync(
      join(root, "launchdarkly", "segments.yaml"),
      `project: bench
environments: [production]
segments:
  - key: churn-risk
    name: Churn risk
    unbounded: true
    unboundedContextKind: user
    members:
      - file: cohorts/churn-risk.csv
        column: amplitude_user_id
`,
    );
    const file = join(root, "launchdarkly", "cohorts", "churn-risk.csv");
    await writeCohort(file, rows);
    const megabytes = statSync(file).size / 1024 / 1024;
    const figures: { ms: number; peakMb: number; markdown: number; summary: string }[] = [];
    for (let run = 0; run < runs; run++) {
      const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), root], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
      if (child.status !== 0) throw new Error(`run ${run + 1} failed`);
      figures.push(JSON.parse(child.stdout.trim().split("\n").at(-1) as string));
    }
    const times = figures.map((f) => f.ms);
    const peak = Math.max(...figures.map((f) => f.peakMb));
    const last = figures.at(-1);
    console.log(
      `${rows.toLocaleString("en-US")} members (${megabytes.toFixed(1)} MB CSV): load + validate + plan + Markdown, median of ${runs} runs (each in a fresh process): ${median(times).toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(", ")} ms); peak RSS (highest of the runs, the process included) ${peak.toFixed(0)} MB; plan: ${last?.summary}; Markdown ${last?.markdown.toLocaleString("en-US")} chars (GitHub limit ${GITHUB_COMMENT_LIMIT.toLocaleString("en-US")})`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const root = process.argv[2];
if (root === undefined) {
  await bench(100_000, 5);
  await bench(1_000_000, 3);
} else {
  await measureOnce(root);
}
