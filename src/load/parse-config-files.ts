import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import {
  isMainThread,
  MessageChannel,
  type MessagePort,
  parentPort,
  receiveMessageOnPort,
  Worker,
  workerData,
} from "node:worker_threads";
import { LineCounter } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { locatedPointers } from "./build-desired-state.js";
import type { ParsedConfigFile } from "./config-file.js";
import { type ParseOutcome, parseConfigFile } from "./parse-config-file.js";
import { MAX_CONFIG_FILE_BYTES } from "./read-config-file.js";
import { locate } from "./source-location.js";

/** One config file to parse: its absolute path and the name diagnostics print. */
export interface ConfigFilePath {
  absolutePath: string;
  displayName: string;
}

export interface ParseConfigFilesOptions {
  /**
   * Worker threads to parse on: 0 parses in this thread; undefined decides by the files' total size and the
   * machine's cores (small configs never pay for starting a worker).
   */
  workers?: number;
}

/**
 * Below this much YAML, parsing in this thread beats starting workers: a worker loads the whole bundle (~150 ms)
 * before its first file, while the fast path (fast-parse-config-file.ts) reads ~40 MB/s in this thread. Above
 * it, workers still pay off for the files that fast path leaves to yaml (~3 MB/s).
 */
export const PARALLEL_PARSE_MIN_BYTES = 16 * 1024 * 1024;
/** At most this many parse workers, and at least this much YAML for each one. */
const MAX_PARSE_WORKERS = 4;
const MIN_BYTES_PER_WORKER = 8 * 1024 * 1024;

const PARSE_WORKER_MARKER = "ld-gitops:parse-config-files";

interface ParseWorkerJob extends ConfigFilePath {
  index: number;
}

interface ParseWorkerData {
  marker: typeof PARSE_WORKER_MARKER;
  /** Batches of jobs (`ParseWorkerJob[]`) arrive here. */
  jobs: MessagePort;
  /** Cell 0 is set to 1 after a batch is posted: the worker sleeps on it between batches. */
  wake: Int32Array;
}

/** What a worker sends back for one file: plain, structured-cloneable data only. */
interface ParsedFileMessage {
  index: number;
  diagnostics: Diagnostic[];
  text: string | undefined;
  value: unknown;
  /** `[pointer, line, column]` for every pointer `addConfigFile` locates without a diagnostic. */
  locations: [string, number, number][];
}

// The worker side. Under tsx or vitest a worker runs this very module. In the ncc bundles it runs the bundle's entry
// (`index.js` beside the chunk holding this module): the Action's single file evaluates this module before the
// entry's body, and the CLI's entry (src/cli/main.ts) imports it first when it is not on the main thread. The worker
// never returns from here (it waits for batches synchronously), so no entry body runs in it; it ends when the
// process does or when this thread terminates it.
if (!isMainThread && (workerData as Partial<ParseWorkerData> | null)?.marker === PARSE_WORKER_MARKER) {
  runParseWorker(workerData as ParseWorkerData);
}

function runParseWorker({ jobs, wake }: ParseWorkerData): never {
  // yaml reads `process.env.LOG_TOKENS` for every token (~1.8 M lookups for 5 MB), and each lookup of the
  // real environment costs ~150 ns. A worker's environment is a private copy anyway: a plain object is free.
  process.env = { ...process.env };
  for (;;) {
    Atomics.wait(wake, 0, 0);
    // Reset before draining: a batch posted after this point sets the cell again, so none is missed.
    Atomics.store(wake, 0, 0);
    for (let batch = receiveMessageOnPort(jobs); batch; batch = receiveMessageOnPort(jobs)) {
      for (const job of batch.message as ParseWorkerJob[]) parentPort?.postMessage(parseJob(job));
    }
  }
}

function parseJob(job: ParseWorkerJob): ParsedFileMessage {
  const { file, diagnostics } = parseConfigFile(job.absolutePath, job.displayName);
  return {
    index: job.index,
    diagnostics,
    text: file.text,
    value: file.value,
    locations: file.value === undefined ? [] : precomputeLocations(file),
  };
}

function precomputeLocations(file: ParsedConfigFile): [string, number, number][] {
  return locatedPointers(file.value).map((pointer) => {
    const { line, column } = locate(file, pointer);
    return [pointer, line, column];
  });
}

/** A started worker, kept for later calls (so that it is started, and its code optimised, only once). */
interface ParseWorker {
  worker: Worker;
  jobs: MessagePort;
  wake: Int32Array;
  onMessage?: (message: ParsedFileMessage) => void;
  onExit?: () => void;
}

const idleWorkers: ParseWorker[] = [];

function takeParseWorker(): ParseWorker {
  const idle = idleWorkers.pop();
  if (idle) {
    // Busy workers keep the process alive, or it could end while waiting for their results.
    idle.worker.ref();
    return idle;
  }
  const channel = new MessageChannel();
  const wake = new Int32Array(new SharedArrayBuffer(4));
  const data: ParseWorkerData = { marker: PARSE_WORKER_MARKER, jobs: channel.port2, wake };
  const worker = startWorker(data, [channel.port2]);
  channel.port1.unref();
  const started: ParseWorker = { worker, jobs: channel.port1, wake };
  worker.on("message", (message: ParsedFileMessage) => started.onMessage?.(message));
  // A worker that fails (crash, out of memory) leaves its remaining files to this thread.
  worker.on("error", () => undefined);
  worker.on("exit", () => {
    const index = idleWorkers.indexOf(started);
    if (index >= 0) idleWorkers.splice(index, 1);
    started.onExit?.();
  });
  return started;
}

/** Starts a worker on this file (see the worker side above). */
function startWorker(data: ParseWorkerData, transferList: MessagePort[]): Worker {
  const self = import.meta.url;
  if (!self.endsWith(".ts"))
    return new Worker(fileURLToPath(new URL("./index.js", self)), { workerData: data, transferList });
  // Under tsx or vitest this file is TypeScript, and Node 20 does not pass module hooks on to workers: the
  // worker loads it through tsx's API (a dev dependency; the bundles are JavaScript and need nothing).
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}));`;
  return new Worker(code, { eval: true, workerData: data, transferList });
}

/** How many workers to use for files of these sizes (0: parse in this thread). */
export function parseWorkerCount(sizes: readonly number[]): number {
  const cores = availableParallelism();
  if (cores < 2 || sizes.length < 2) return 0;
  // Files over the size limit are refused without being parsed.
  const bytes = sizes.reduce((sum, size) => (size > MAX_CONFIG_FILE_BYTES ? sum : sum + size), 0);
  if (bytes < PARALLEL_PARSE_MIN_BYTES) return 0;
  return Math.min(cores, MAX_PARSE_WORKERS, Math.floor(bytes / MIN_BYTES_PER_WORKER), sizes.length);
}

/**
 * Reads and parses `paths`, yielding one outcome per file in the given order, each exactly as
 * `parseConfigFile` gives it, except that a file parsed on a worker comes without its YAML document:
 * `locate` uses the positions the worker found for the resources and parses the file again for anything
 * else. A file whose worker failed is parsed in this thread, so errors surface as they would without workers.
 */
export async function* parseConfigFiles(
  paths: readonly ConfigFilePath[],
  options: ParseConfigFilesOptions = {},
): AsyncGenerator<ParseOutcome> {
  const sizes = options.workers === 0 ? [] : paths.map((path) => fileSize(path.absolutePath));
  const workerCount = Math.min(options.workers ?? parseWorkerCount(sizes), paths.length);
  if (workerCount <= 0) {
    for (const path of paths) yield parseConfigFile(path.absolutePath, path.displayName);
    return;
  }

  const received: (ParsedFileMessage | undefined)[] = new Array(paths.length);
  // Files assigned to a worker that ended without sending them.
  const orphaned: boolean[] = new Array(paths.length).fill(false);
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };

  const batches = assignJobs(paths, sizes, workerCount);
  const busy = batches.map((batch) => {
    const parseWorker = takeParseWorker();
    let pending = batch.length;
    parseWorker.onMessage = (message) => {
      received[message.index] = message;
      pending--;
      // Done with this call: ready for the next one.
      if (pending === 0) release(parseWorker);
      notify();
    };
    parseWorker.onExit = () => {
      for (const job of batch) if (received[job.index] === undefined) orphaned[job.index] = true;
      notify();
    };
    parseWorker.jobs.postMessage(batch);
    Atomics.store(parseWorker.wake, 0, 1);
    Atomics.notify(parseWorker.wake, 0);
    return { parseWorker, done: () => pending === 0 };
  });

  try {
    for (const [index, path] of paths.entries()) {
      while (received[index] === undefined && !orphaned[index]) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      const message = received[index];
      received[index] = undefined;
      yield message ? outcomeFromWorker(path, message) : parseConfigFile(path.absolutePath, path.displayName);
    }
  } finally {
    // Left early (the caller stopped or threw): a worker still busy with this call's files is not reused.
    for (const { parseWorker, done } of busy) {
      if (!done()) {
        parseWorker.onMessage = undefined;
        parseWorker.onExit = undefined;
        void parseWorker.worker.terminate();
      }
    }
  }
}

function release(parseWorker: ParseWorker): void {
  parseWorker.onMessage = undefined;
  parseWorker.onExit = undefined;
  // Idle workers must not keep the process alive.
  parseWorker.worker.unref();
  idleWorkers.push(parseWorker);
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // Reading it will report the problem.
  }
}

/**
 * Splits the files among the workers, each file to the worker with the fewest bytes so far. Every worker
 * walks its share in order, so results arrive roughly in file order and validation keeps pace with parsing.
 */
function assignJobs(paths: readonly ConfigFilePath[], sizes: readonly number[], workers: number) {
  const batches: ParseWorkerJob[][] = Array.from({ length: workers }, () => []);
  const bytes: number[] = new Array(workers).fill(0);
  paths.forEach((path, index) => {
    let target = 0;
    for (let w = 1; w < workers; w++) if (bytes[w]! < bytes[target]!) target = w;
    batches[target]!.push({ ...path, index });
    bytes[target]! += (sizes[index] ?? 0) + 1;
  });
  return batches.filter((batch) => batch.length > 0);
}

function outcomeFromWorker(path: ConfigFilePath, message: ParsedFileMessage): ParseOutcome {
  const file: ParsedConfigFile = {
    file: path.displayName,
    absolutePath: path.absolutePath,
    // Filled when the file is parsed again to place a diagnostic.
    lineCounter: new LineCounter(),
    schemaErrorPointers: [],
    locations: new Map(message.locations.map(([pointer, line, column]) => [pointer, { line, column }])),
  };
  if (message.text !== undefined) file.text = message.text;
  if (message.value !== undefined) file.value = message.value;
  return { file, diagnostics: message.diagnostics };
}
