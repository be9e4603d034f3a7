// `ld-gitops events import`: append metric events from files to LaunchDarkly (the `importEventData` path).
import { type Command, Option } from "commander";
import { buildEventCatalog } from "../../events/event-catalog.js";
import { resolveEventsEndpoint } from "../../events/events-host.js";
import { type ImportSummary, importEvents, type RejectedRow } from "../../events/import-events.js";
import { DEFAULT_EVENTS_PER_REQUEST, MAX_IMPORT_REQUEST_BYTES } from "../../events/limits.js";
import { EventSender } from "../../events/sender.js";
import type { ColumnMapping, InputFormat } from "../../events/types.js";
import { redactSecrets, safeErrorMessage } from "../../launchdarkly/redact.js";
import { redactedLineWriter } from "../../output/file-writer.js";
import { ProgressBar } from "../events/progress-bar.js";
import { renderSummaryJson, renderSummaryText } from "../events/summary.js";
import { describeEventFinding } from "../events/wording.js";
import { baseUriOption, collect, createCliClient } from "../shared.js";

interface ImportOptions {
  project: string;
  environment: string;
  eventKeyColumn: string;
  eventKey?: string;
  context: string[];
  timestampColumn: string;
  timestampUnit: "auto" | "ms" | "s";
  valueColumn?: string;
  dataColumn: string[];
  inputFormat?: InputFormat;
  dryRun?: boolean;
  allowSkip?: boolean;
  rejects?: string;
  concurrency: string;
  batchEvents: string;
  eventsUri?: string;
  baseUri?: string;
  format: "text" | "json";
}

/** Exit codes: 0 sent (or dry run without errors), 1 invalid rows or a failed send, 2 bad usage. */
export const EVENTS_EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const CAVEAT = `
Caveat (LaunchDarkly): for experiments, an event counts only if it ARRIVES while the experiment iteration is
running. There is no backfill: events about the past sent after an iteration started, or before it, count for
nothing. Nothing sent can be read back or deleted. Check with --dry-run first.

Re-running the same command with the same files and options is safe: each request's payload id is derived
from its content, and LaunchDarkly drops a payload id it has already received.

The token comes from LD_ACCESS_TOKEN (or LAUNCHDARKLY_ACCESS_TOKEN) and needs importEventData on
proj/<project>:env/<environment>, plus read access to the project's metrics and context kinds.

Example: ld-gitops events import -p web -e production --event-key-column event \\
           --context user=user_id --timestamp-column ts --value-column amount purchases.csv.gz
`;

function parseMapping(options: ImportOptions): ColumnMapping | string {
  const contexts: Record<string, string> = {};
  for (const pair of options.context.length > 0 ? options.context : ["user=user_key"]) {
    const eq = pair.indexOf("=");
    if (eq <= 0 || eq === pair.length - 1) return `--context takes kind=column, got "${pair}"`;
    contexts[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return {
    ...(options.eventKey !== undefined
      ? { eventKey: options.eventKey }
      : { eventKeyColumn: options.eventKeyColumn }),
    contexts,
    timestampColumn: options.timestampColumn,
    timestampUnit: options.timestampUnit,
    ...(options.valueColumn !== undefined ? { valueColumn: options.valueColumn } : {}),
    dataColumns: options.dataColumn,
  };
}

function positiveInt(text: string, name: string, max: number): number | string {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= max
    ? value
    : `${name} must be a whole number from 1 to ${max}`;
}

/** Rejected rows as NDJSON: where, why (code, parameters, words) and the row itself. */
function rejectsWriter(path: string): {
  write: (row: RejectedRow) => Promise<void>;
  close: () => Promise<void>;
} {
  const writer = redactedLineWriter(path);
  return {
    write: (row) =>
      writer.write(
        JSON.stringify({
          file: row.location.file,
          line: row.location.line,
          errors: row.findings.map((finding) => ({ ...finding, message: describeEventFinding(finding) })),
          ...(row.fields ? { row: row.fields } : {}),
        }),
      ),
    close: () => writer.close(),
  };
}

async function runImport(files: string[], options: ImportOptions): Promise<number> {
  const fail = (message: string): number => {
    process.stderr.write(`error: ${redactSecrets(message)}\n`);
    return EVENTS_EXIT.usage;
  };
  const mapping = parseMapping(options);
  if (typeof mapping === "string") return fail(mapping);
  const concurrency = positiveInt(options.concurrency, "--concurrency", 16);
  if (typeof concurrency === "string") return fail(concurrency);
  const batchEvents = positiveInt(options.batchEvents, "--batch-events", 100_000);
  if (typeof batchEvents === "string") return fail(batchEvents);

  let client: ReturnType<typeof createCliClient>;
  let eventsUri: string;
  try {
    client = createCliClient(options.baseUri);
    eventsUri = resolveEventsEndpoint(client.config, options.eventsUri).uri;
  } catch (error) {
    return fail(safeErrorMessage(error));
  }
  const tokenVariable = client.config.tokenSource;
  let catalog: ReturnType<typeof buildEventCatalog>;
  try {
    const [metrics, kinds] = await Promise.all([
      client.client.listMetrics(options.project),
      client.client.listContextKinds(options.project),
    ]);
    catalog = buildEventCatalog(options.project, metrics, kinds);
  } catch (error) {
    process.stderr.write(
      `error: reading the project's metrics and context kinds: ${safeErrorMessage(error)}\n`,
    );
    return EVENTS_EXIT.failed;
  } finally {
    await client.client.close();
  }

  const rejects = options.rejects ?? (options.allowSkip ? "ld-gitops-rejects.ndjson" : undefined);
  const rejectsFile = rejects === undefined ? undefined : rejectsWriter(rejects);
  const bar = process.stderr.isTTY ? new ProgressBar(process.stderr) : undefined;
  const sender = options.dryRun
    ? undefined
    : new EventSender({
        eventsUri,
        token: client.config.token,
        projectKey: options.project,
        environmentKey: options.environment,
        concurrency,
      });
  const interrupt = (): void => sender?.abort();
  process.once("SIGINT", interrupt);
  let summary: ImportSummary;
  try {
    summary = await importEvents(
      {
        files,
        ...(options.inputFormat ? { format: options.inputFormat } : {}),
        mapping,
        projectKey: options.project,
        environmentKey: options.environment,
        allowSkip: options.allowSkip === true,
        dryRun: options.dryRun === true,
        batchLimits: { maxEvents: batchEvents, maxBytes: MAX_IMPORT_REQUEST_BYTES },
      },
      catalog,
      {
        ...(sender ? { sink: sender } : {}),
        concurrency,
        ...(rejectsFile ? { onRejected: rejectsFile.write } : {}),
        ...(bar ? { onProgress: (progress) => bar.update(progress) } : {}),
      },
    );
  } catch (error) {
    bar?.done();
    process.stderr.write(`error: ${safeErrorMessage(error)}\n`);
    return EVENTS_EXIT.failed;
  } finally {
    process.off("SIGINT", interrupt);
    await sender?.close();
    await rejectsFile?.close();
  }
  bar?.done();
  const output =
    options.format === "json"
      ? renderSummaryJson(summary, tokenVariable)
      : renderSummaryText(summary, tokenVariable);
  process.stdout.write(redactSecrets(output));
  if (rejects !== undefined && summary.rowsRejected > 0 && options.format === "text") {
    process.stdout.write(`Rejected rows written to ${rejects}.\n`);
  }
  return summary.status === "sent" || summary.status === "dry-run" ? EVENTS_EXIT.ok : EVENTS_EXIT.failed;
}

export function registerEventsCommand(program: Command): void {
  const events = program
    .command("events")
    .description("Metric events: append experiment data to LaunchDarkly.");
  events
    .command("import")
    .description(
      "Send metric events from CSV/TSV, NDJSON or JSON-array files (optionally .gz) to LaunchDarkly's event-data import. Events count for experiments only while an iteration runs: no backfill, nothing can be read back.",
    )
    .argument("<files...>", "files to import (.csv, .tsv, .ndjson/.jsonl, .json, each optionally .gz)")
    .requiredOption("-p, --project <key>", "project key")
    .requiredOption("-e, --environment <key>", "environment key")
    .option("--event-key-column <column>", "column holding the event key", "event_key")
    .option("--event-key <key>", "one event key for every row (instead of --event-key-column)")
    .option(
      "--context <kind=column>",
      "context kind and the column holding its key (repeatable; default user=user_key)",
      collect,
      [],
    )
    .option("--timestamp-column <column>", "column holding the time (ISO 8601 or epoch s/ms)", "timestamp")
    .addOption(
      new Option("--timestamp-unit <unit>", "unit of numeric timestamps (auto: below 10^11 are seconds)")
        .choices(["auto", "ms", "s"])
        .default("auto"),
    )
    .option("--value-column <column>", "column holding the numeric value (needed for numeric metrics)")
    .option("--data-column <column>", "column copied into the event's data (repeatable)", collect, [])
    .addOption(
      new Option("--input-format <format>", "file format, when the name does not say").choices([
        "csv",
        "tsv",
        "ndjson",
        "json",
      ]),
    )
    .option("--dry-run", "check every row and print counts per event key and metric; send nothing")
    .option(
      "--allow-skip",
      "send the valid rows and write invalid ones to the rejects file (default: any invalid row stops the import)",
    )
    .option(
      "--rejects <file>",
      "where rejected rows go, as NDJSON (default with --allow-skip: ld-gitops-rejects.ndjson)",
    )
    .option("--concurrency <n>", "requests in flight at once", "4")
    .option(
      "--batch-events <n>",
      `events per request (requests also stay under ${MAX_IMPORT_REQUEST_BYTES / 1_000_000} MB)`,
      String(DEFAULT_EVENTS_PER_REQUEST),
    )
    .option(
      "--events-uri <url>",
      "events host (default: LD_EVENTS_URI, else the events host of the --base-uri / LD_BASE_URI region)",
    )
    .addOption(baseUriOption())
    .addOption(
      new Option("-f, --format <format>", "summary format").choices(["text", "json"]).default("text"),
    )
    .addHelpText("after", CAVEAT)
    .action(async (files: string[], options: ImportOptions) => {
      process.exitCode = await runImport(files, options);
    });
}
