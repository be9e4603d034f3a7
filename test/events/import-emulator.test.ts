// The event-data import over real HTTP against the emulator: the endpoint's rules, the sender's retries with the
// same payload id, the stops that name their cause, and the CLI end to end (including a crash and a re-run).
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { EventBatcher } from "../../src/events/batches.js";
import { buildEventCatalog } from "../../src/events/event-catalog.js";
import { importEvents } from "../../src/events/import-events.js";
import { EventSender } from "../../src/events/sender.js";
import type { ColumnMapping } from "../../src/events/types.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { REPO_ROOT, runCli } from "../cli/run-cli.js";
import {
  ENV,
  IMPORTER,
  PROJECT,
  purchaseLines,
  READER,
  startEventsEmulator,
  storedEvents,
  TOKEN,
} from "./support.js";

let emulator: RunningEmulator;
let dir: string;
beforeAll(async () => {
  emulator = await startEventsEmulator();
  dir = await mkdtemp(join(tmpdir(), "ld-events-int-"));
});
afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await fetch(`${emulator.url}/__emulator/events`, { method: "DELETE" });
  emulator.setFaults({
    failNext: [],
    errorRate: 0,
    dropRate: 0,
    dropAfterWriteRate: 0,
    routeLimit: null,
    latencyMs: 0,
  });
});

const post = (
  body: Buffer | string,
  headers: Record<string, string> = {},
  path = `/v2/event-data-import/${PROJECT}/${ENV}`,
) =>
  fetch(`${emulator.url}${path}`, {
    method: "POST",
    headers: {
      Authorization: TOKEN,
      "Content-Type": "application/json",
      "X-LaunchDarkly-Event-Schema": "4",
      ...headers,
    },
    body,
  });
const good = {
  kind: "custom",
  key: "purchase",
  creationDate: 1714557600000,
  contextKeys: { user: "u1" },
  metricValue: 2,
};

describe("emulated event-data import endpoint", () => {
  it("202 keeps well-formed events, drops malformed ones silently, and de-duplicates by payload id", async () => {
    const body = JSON.stringify([
      good,
      { kind: "feature", key: "x" },
      { ...good, contextKeys: {} },
      { ...good, metricValue: "2" },
    ]);
    expect((await post(body, { "X-LaunchDarkly-Payload-ID": "p-1" })).status).toBe(202);
    expect(
      (await post(gzipSync(body), { "X-LaunchDarkly-Payload-ID": "p-1", "Content-Encoding": "gzip" })).status,
    ).toBe(202);
    const stored = await storedEvents(emulator);
    expect(stored.events.map((e) => e.event)).toEqual([good]);
    expect(stored.droppedEvents).toBe(3);
    expect(stored.duplicatePayloads).toBe(1);
  });

  it("406 for another schema, 413 over 10 MB, 400 for a non-array, 401 without a token or importEventData", async () => {
    expect((await post("[]", { "X-LaunchDarkly-Event-Schema": "3" })).status).toBe(406);
    expect((await post(Buffer.alloc(10_000_001, 32))).status).toBe(413);
    const bomb = gzipSync(Buffer.alloc(10_000_001, 32));
    expect((await post(bomb, { "Content-Encoding": "gzip" })).status).toBe(413);
    expect((await post("{}")).status).toBe(400);
    expect((await post("[]", { Authorization: "" })).status).toBe(401);
    expect((await post("[]", { Authorization: READER })).status).toBe(401);
    expect((await post("[]", { Authorization: IMPORTER })).status).toBe(202);
    expect(
      (await post("[]", { Authorization: IMPORTER }, `/v2/event-data-import/${PROJECT}/staging`)).status,
    ).toBe(401);
  });
});

const mapping: ColumnMapping = {
  eventKeyColumn: "event_key",
  contexts: { user: "user_key" },
  timestampColumn: "timestamp",
  timestampUnit: "auto",
  valueColumn: "amount",
  dataColumns: [],
};

async function catalog() {
  const client = new LaunchDarklyClient({ baseUri: emulator.url, token: TOKEN });
  try {
    return buildEventCatalog(
      PROJECT,
      await client.listMetrics(PROJECT),
      await client.listContextKinds(PROJECT),
    );
  } finally {
    await client.close();
  }
}

async function importFile(path: string, token = TOKEN, maxEvents = 10) {
  const sender = new EventSender({
    eventsUri: emulator.url,
    token,
    projectKey: PROJECT,
    environmentKey: ENV,
    concurrency: 2,
    baseDelayMs: 5,
    maxDelayMs: 20,
  });
  try {
    return await importEvents(
      {
        files: [path],
        mapping,
        projectKey: PROJECT,
        environmentKey: ENV,
        allowSkip: false,
        dryRun: false,
        batchLimits: { maxEvents, maxBytes: 10_000_000 },
      },
      await catalog(),
      { sink: sender, concurrency: 2 },
    );
  } finally {
    await sender.close();
  }
}

describe("sending", () => {
  it("retries 5xx and lost answers with the same payload id; nothing is counted twice", async () => {
    const path = join(dir, "retry.ndjson");
    await writeFile(path, purchaseLines(30));
    const template = "/v2/event-data-import/{projectKey}/{environmentKey}";
    emulator.setFaults({
      failNext: [
        { method: "POST", path: template, count: 2, status: 503 },
        { method: "POST", path: template, count: 1, status: "drop", afterWrite: true },
        { method: "POST", path: template, count: 1, status: 429 },
      ],
    });
    const summary = await importFile(path);
    expect(summary).toMatchObject({ status: "sent", eventsSent: 30, batches: 3, retries: 4, rateLimited: 1 });
    const stored = await storedEvents(emulator);
    expect(stored.events).toHaveLength(30);
    expect(
      new Set(stored.events.map((e) => e.event.contextKeys && (e.event.contextKeys as { user: string }).user))
        .size,
    ).toBe(30);
    // The dropped-after-write batch came back with the same id and was recognised.
    expect(stored.duplicatePayloads).toBe(1);
    const ids = stored.payloads.map((p) => p.payloadId);
    expect(new Set(ids).size).toBe(3);
    expect(
      stored.payloads.every((p) => p.userAgent.startsWith("MetricImport-") && p.contentEncoding === "gzip"),
    ).toBe(true);
  });

  it("stops at the first 401 and names the permission; the rest is not sent", async () => {
    const path = join(dir, "denied.ndjson");
    await writeFile(path, purchaseLines(30));
    const summary = await importFile(path, READER);
    expect(summary.status).toBe("failed");
    expect(summary.failure).toMatchObject({ code: "unauthorized", status: 401 });
    expect(summary.requests).toBeLessThanOrEqual(2);
    expect((await storedEvents(emulator)).events).toHaveLength(0);
  });
});

describe("ld-gitops events import (CLI)", () => {
  const env = { LD_ACCESS_TOKEN: TOKEN, LD_BASE_URI: "", LD_EVENTS_URI: "" };
  const args = (...files: string[]) => [
    "events",
    "import",
    "-p",
    PROJECT,
    "-e",
    ENV,
    "--value-column",
    "amount",
    "--base-uri",
    emulator.url,
    ...files,
  ];

  it("each format; a bad row stops everything with file:line; --allow-skip sends the rest and writes rejects", async () => {
    await writeFile(
      join(dir, "a.csv"),
      "event_key,user_key,timestamp,amount\npurchase,c1,2024-05-01T10:00:00Z,5\nsignup,c2,1714557600,\n",
    );
    await writeFile(
      join(dir, "b.tsv"),
      "event_key\tuser_key\ttimestamp\tamount\npurchase\tt1\t1714557600000\t1\n",
    );
    await writeFile(
      join(dir, "c.ndjson.gz"),
      gzipSync(
        `${purchaseLines(2)}{"event_key":"purchase","user_key":"bad","timestamp":"soon","amount":1}\n`,
      ),
    );
    await writeFile(
      join(dir, "d.json"),
      '[\n{"event_key":"signup","user_key":"j1","timestamp":1714557600},\n{"event_key":"nobody","user_key":"j2","timestamp":1714557600}\n]',
    );
    const files = ["a.csv", "b.tsv", "c.ndjson.gz", "d.json"];

    const refused = await runCli(args(...files), { cwd: dir, env });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('c.ndjson.gz:3: error: timestamp "soon"');
    expect(refused.stdout).toContain('no metric of the project uses event key "nobody"');
    expect((await storedEvents(emulator)).events).toHaveLength(0);

    const dry = await runCli([...args(...files), "--dry-run", "--format", "json"], { cwd: dir, env });
    expect(JSON.parse(dry.stdout)).toMatchObject({ status: "invalid", rowsRead: 8, rowsRejected: 1 });

    const sent = await runCli(
      [...args(...files), "--allow-skip", "--rejects", "rejects.ndjson", "--format", "json"],
      { cwd: dir, env },
    );
    expect(sent.stderr).toBe("");
    expect(JSON.parse(sent.stdout)).toMatchObject({
      status: "sent",
      rowsRead: 8,
      rowsValid: 7,
      rowsRejected: 1,
      eventsSent: 7,
    });
    expect(sent.stdout).not.toContain(TOKEN);
    const stored = await storedEvents(emulator);
    expect(stored.events.map((e) => (e.event.contextKeys as { user: string }).user).sort()).toEqual([
      "c1",
      "c2",
      "j1",
      "j2",
      "t1",
      "u0",
      "u1",
    ]);
    const { readFile } = await import("node:fs/promises");
    const rejects = (await readFile(join(dir, "rejects.ndjson"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(rejects).toEqual([
      expect.objectContaining({
        file: "c.ndjson.gz",
        line: 3,
        errors: [expect.objectContaining({ code: "timestamp-invalid" })],
      }),
    ]);
  });

  it("an unknown context kind stops before reading; --help explains the experiment caveat", async () => {
    await writeFile(join(dir, "k.ndjson"), purchaseLines(1));
    const result = await runCli([...args("k.ndjson"), "--context", "device=user_key"], { cwd: dir, env });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('context kind "device" does not exist in the project (known: org, user)');
    const help = await runCli(["events", "import", "--help"], { cwd: dir, env });
    expect(help.stdout).toContain("ARRIVES while the experiment iteration is");
    expect(help.stdout).toContain("importEventData");
  });

  it("a crash mid-import and a re-run double-count nothing", async () => {
    await writeFile(join(dir, "crash.ndjson"), purchaseLines(200));
    emulator.setFaults({ latencyMs: 40 });
    const cliArgs = [...args(join(dir, "crash.ndjson")), "--batch-events", "10", "--concurrency", "1"];
    // One process (node --import tsx, not the tsx wrapper), so SIGKILL stops the import itself, mid-flight.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), ...cliArgs],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    for (;;) {
      const { payloads } = await storedEvents(emulator);
      if (payloads.length >= 5) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill("SIGKILL");
    await exited;
    const partial = (await storedEvents(emulator)).events.length;
    expect(partial).toBeGreaterThanOrEqual(50);
    expect(partial).toBeLessThan(200);

    emulator.setFaults({ latencyMs: 0 });
    const rerun = await runCli([...cliArgs, "--format", "json"], { cwd: dir, env });
    expect(JSON.parse(rerun.stdout)).toMatchObject({ status: "sent", eventsSent: 200, batches: 20 });
    const stored = await storedEvents(emulator);
    expect(stored.events).toHaveLength(200);
    expect(new Set(stored.events.map((e) => (e.event.contextKeys as { user: string }).user)).size).toBe(200);
    expect(stored.duplicatePayloads).toBeGreaterThanOrEqual(5);
  }, 60_000);
});

describe("batches and payload ids", () => {
  it("the same events give the same ids across runs (what makes a re-run safe)", () => {
    const cut = () => {
      const batcher = new EventBatcher(PROJECT, ENV, { maxEvents: 2, maxBytes: 10_000 });
      return [
        batcher.add({ ...good, kind: "custom" }),
        batcher.add({ ...good, kind: "custom" }),
        batcher.add({ ...good, kind: "custom" }),
      ];
    };
    expect(cut()[2]?.payloadId).toBe(cut()[2]?.payloadId);
  });
});
