// Big-segment membership apply: (1) a 1,000,000-member replace through one import, streamed from the key array as
// multipart (peak RSS of the applying process reported); (2) a 100,000-key delta through `POST …/contexts`, which
// must take ⌈keys ÷ batch⌉ requests. The apply runs in a child process; the emulator runs here.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmulator } from "../src/emulator/index.js";
import { BIG_SEGMENT_TARGETS_PER_REQUEST } from "../src/launchdarkly/limits.js";
import { readMemberKeys } from "../src/membership/read-member-keys.js";
import type { MemberFileRef } from "../src/model/member-file.js";
import { PLAN_FORMAT_VERSION, type Plan, type PlannedOperation } from "../src/plan/types.js";
import { BENCH_ENVIRONMENT, BENCH_PROJECT, benchSnapshot } from "./support.js";

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const DELTA = Number(process.env.BENCH_DELTA ?? 100_000);
const here = fileURLToPath(new URL(".", import.meta.url));
const dir = await mkdtemp(path.join(tmpdir(), "ld-gitops-bench-bigseg-"));
const emulator = await startEmulator({ state: benchSnapshot([]), imports: { stepMs: 0, autoStart: false } });
const client = async (method: string, route: string, body: unknown) =>
  fetch(`${emulator.url}${route}`, {
    method,
    headers: { Authorization: "bench-writer", "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
const segments = `/api/v2/segments/${BENCH_PROJECT}/${BENCH_ENVIRONMENT}`;

function planOf(key: string, operations: PlannedOperation[]): Plan {
  return {
    version: PLAN_FORMAT_VERSION,
    summary: { create: 0, update: 1, delete: 0, unchanged: 0, adopt: 0 },
    changes: [
      {
        action: "update",
        resourceType: "segment",
        project: BENCH_PROJECT,
        environment: BENCH_ENVIRONMENT,
        key,
        name: key,
        fields: [{ path: "/included" }],
        operations,
      },
    ],
    unmanaged: [],
    warnings: [],
    hash: "bench",
    prune: false,
    marker: "managed-by-ld-gitops",
  };
}

/** The child runs asynchronously: the emulator answering it lives in this process's event loop. */
async function runChild(plan: Plan, name: string) {
  const planFile = path.join(dir, `${name}.json`);
  await writeFile(planFile, JSON.stringify(plan));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(here, "big-segment-apply-child.ts"), emulator.url, planFile, dir],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout.trim().split("\n").pop() as string) as {
    status: string;
    message?: string;
    requests: number;
    seconds: number;
    peakRssKb: number;
  };
}

try {
  for (const key of ["cohort-replace", "cohort-delta"])
    await client("POST", segments, { key, name: key, unbounded: true, unboundedContextKind: "user" });

  // (1) replace with 1,000,000 members.
  const keys = Array.from(
    { length: MEMBERS },
    (_, i) => `user-${String(i).padStart(8, "0")}-${(i * 2654435761) % 4294967296}`,
  );
  const file: MemberFileRef = { path: "cohort.txt", format: "text", gzip: false, contextKind: "user" };
  await writeFile(path.join(dir, file.path), `${keys.join("\n")}\n`);
  const { fingerprint, keys: sorted } = await readMemberKeys(dir, [file]);
  const replace = await runChild(
    planOf("cohort-replace", [
      {
        kind: "importBigSegmentMembers",
        mode: "replace",
        list: "included",
        contextKind: "user",
        files: [file],
        range: { start: 0, end: sorted.length },
        fingerprint,
        count: sorted.length,
      },
    ]),
    "replace",
  );
  const state = emulator.snapshot();
  const held =
    state.projects[0]?.environments[0]?.bigSegmentTargets?.["cohort-replace"]?.included.length ?? 0;
  const uploadBytes = keys.reduce((sum, key) => sum + Buffer.byteLength(key) + 1, 0);
  console.log(
    `replace of ${MEMBERS.toLocaleString("en-US")} members (one streamed import, ${(uploadBytes / 1_000_000).toFixed(1)} MB CSV): ${replace.status} in ${replace.seconds.toFixed(2)} s, ${replace.requests} requests; emulator holds ${held.toLocaleString("en-US")} members`,
  );
  console.log(
    `  peak RSS of the applying process: ${(replace.peakRssKb / 1024).toFixed(0)} MB (the key array alone is about ${((MEMBERS * 60) / 1_000_000).toFixed(0)} MB)`,
  );

  // (2) a 100,000-key delta through POST …/contexts.
  const add = Array.from({ length: DELTA }, (_, i) => `delta-${i}`);
  emulator.clearRequests();
  const delta = await runChild(
    planOf("cohort-delta", [{ kind: "updateBigSegmentTargets", update: { included: { add } } }]),
    "delta",
  );
  const posts = emulator.requests.filter((r) => r.route?.endsWith("/contexts") && r.method === "POST").length;
  const expected = Math.ceil(DELTA / BIG_SEGMENT_TARGETS_PER_REQUEST);
  console.log(
    `delta of ${DELTA.toLocaleString("en-US")} keys: ${delta.status} in ${delta.seconds.toFixed(2)} s, ${posts} POST …/contexts requests (⌈${DELTA} ÷ ${BIG_SEGMENT_TARGETS_PER_REQUEST}⌉ = ${expected}) ${posts === expected ? "OK" : "MISMATCH"}`,
  );
  if (replace.status !== "applied" || held !== MEMBERS || delta.status !== "applied" || posts !== expected)
    process.exitCode = 1;
} finally {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
}
