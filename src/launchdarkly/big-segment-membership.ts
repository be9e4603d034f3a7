// Writing big-segment membership: `POST …/contexts` updates cut into requests of a bounded number of keys, and a
// whole import (upload, waiting out another import in the environment, starting it when LaunchDarkly holds it in
// `ready`, polling it to `complete`).

import type { LaunchDarklyApi } from "./api.js";
import { backoffDelayMs, type RandomSource } from "./backoff.js";
import { LaunchDarklyError } from "./errors.js";
import type { ImportUpload } from "./import-upload.js";
import { BIG_SEGMENT_TARGETS_PER_REQUEST } from "./limits.js";
import type { LdBigSegmentImport, LdBigSegmentTargetsUpdate } from "./types.js";

type ListChange = { list: "included" | "excluded"; change: "add" | "remove" };

/** Removals first (so a key moving from one list to the other is never in both), then additions. */
const ORDER: readonly ListChange[] = [
  { list: "included", change: "remove" },
  { list: "excluded", change: "remove" },
  { list: "included", change: "add" },
  { list: "excluded", change: "add" },
];

/**
 * One update as requests of at most `size` keys each, in the order removals → additions: ⌈keys ÷ size⌉ requests
 * (one for an update without keys). Applied one after the other, they leave the same membership as the update.
 */
export function bigSegmentTargetBatches(
  update: LdBigSegmentTargetsUpdate,
  size: number = BIG_SEGMENT_TARGETS_PER_REQUEST,
): LdBigSegmentTargetsUpdate[] {
  if (!Number.isInteger(size) || size < 1) throw new Error("batch size must be a positive integer");
  const batches: LdBigSegmentTargetsUpdate[] = [];
  let current: LdBigSegmentTargetsUpdate = {};
  let room = size;
  for (const { list, change } of ORDER) {
    const keys = update[list]?.[change] ?? [];
    let offset = 0;
    while (offset < keys.length) {
      if (room === 0) {
        batches.push(current);
        current = {};
        room = size;
      }
      const take = keys.slice(offset, offset + room);
      const side = current[list] ?? {};
      side[change] = [...(side[change] ?? []), ...take];
      current[list] = side;
      offset += take.length;
      room -= take.length;
    }
  }
  if (room < size || batches.length === 0) batches.push(current);
  return batches;
}

export interface BigSegmentScope {
  project: string;
  environment: string;
  segment: string;
}

export interface ImportRunOptions {
  /** First wait between status reads; grows by half each time up to `maxPollIntervalMs`. */
  pollIntervalMs?: number;
  maxPollIntervalMs?: number;
  /** Longest wait for the import to complete once uploaded. Default 30 minutes. */
  maxWaitMs?: number;
  /** Longest wait for another import in the environment (409) before giving up. Default 10 minutes. */
  conflictWaitMs?: number;
  /** Audit-log comment for the `processBigSegmentImport` patch, when LaunchDarkly waits for one. */
  comment?: string;
  sleep?: (ms: number) => Promise<void>;
  random?: RandomSource;
  /** Told each status read, for progress output. */
  onStatus?: (status: LdBigSegmentImport["status"]) => void;
}

export interface ImportRunResult {
  importId: string;
  /** HTTP requests made: uploads (409s included), status reads, the start patch. */
  requests: number;
  /** Time spent waiting for another import to finish before this one was accepted. */
  conflictWaitMs: number;
}

/** An import that did not complete: the message says why and what to do. */
export class BigSegmentImportError extends Error {
  override readonly name = "BigSegmentImportError";
  constructor(
    message: string,
    readonly requests: number,
    readonly importId?: string,
    readonly httpStatus?: number,
  ) {
    super(message);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Uploads one import file and waits until LaunchDarkly has applied it. */
export async function runBigSegmentImport(
  api: LaunchDarklyApi,
  scope: BigSegmentScope,
  upload: ImportUpload,
  options: ImportRunOptions = {},
): Promise<ImportRunResult> {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  const maxPollIntervalMs = options.maxPollIntervalMs ?? 10_000;
  const maxWaitMs = options.maxWaitMs ?? 30 * 60_000;
  const conflictWaitLimit = options.conflictWaitMs ?? 10 * 60_000;
  const where = `${scope.project}/${scope.environment}/${scope.segment}`;
  let requests = 0;

  // LaunchDarkly runs one import at a time per environment: a 409 means another is running; wait it out.
  let importId: string | undefined;
  let conflictWaitMs = 0;
  for (let retry = 0; importId === undefined; retry++) {
    try {
      requests++;
      importId = await api.createBigSegmentImport(scope.project, scope.environment, scope.segment, upload);
    } catch (error) {
      if (!(error instanceof LaunchDarklyError) || error.status !== 409) {
        if (error instanceof LaunchDarklyError && error.outcomeUnknown)
          throw new BigSegmentImportError(
            `the upload of ${where} got no answer, so whether LaunchDarkly started the import is unknown; run apply again once no import runs in ${scope.environment}`,
            requests,
            undefined,
          );
        throw error;
      }
      if (conflictWaitMs >= conflictWaitLimit)
        throw new BigSegmentImportError(
          `another big-segment import was still running in environment ${scope.environment} after ${Math.round(conflictWaitMs / 1000)} s (LaunchDarkly runs one at a time: 409 "${error.ldMessage ?? error.code}"); nothing was imported into ${scope.segment}; run apply again when it has finished`,
          requests,
          undefined,
          409,
        );
      const delay = Math.min(
        backoffDelayMs(retry, { baseDelayMs: pollIntervalMs, maxDelayMs: maxPollIntervalMs }, random),
        conflictWaitLimit - conflictWaitMs,
      );
      await sleep(delay);
      conflictWaitMs += delay;
    }
  }

  let waited = 0;
  let delay = pollIntervalMs;
  let started = false;
  for (;;) {
    requests++;
    const current = await api.getBigSegmentImport(scope.project, scope.environment, scope.segment, importId);
    options.onStatus?.(current.status);
    switch (current.status) {
      case "complete":
        return { importId, requests, conflictWaitMs };
      case "stopped":
        throw new BigSegmentImportError(
          `LaunchDarkly stopped import ${importId} of ${where}; its members are as before the import or partly imported: run apply again`,
          requests,
          importId,
        );
      case "pending_approval":
        throw new BigSegmentImportError(
          `import ${importId} of ${where} waits for an approval in LaunchDarkly; it is applied once approved`,
          requests,
          importId,
        );
      case "ready":
        // Uploaded, waiting for the `processBigSegmentImport` instruction that starts it.
        if (!started) {
          requests++;
          await api.patchSegmentSemantic(
            scope.project,
            scope.environment,
            scope.segment,
            [{ kind: "processBigSegmentImport", importId }],
            options.comment,
          );
          started = true;
          continue;
        }
        break;
      default:
        break;
    }
    if (waited >= maxWaitMs)
      throw new BigSegmentImportError(
        `import ${importId} of ${where} was still ${current.status} after ${Math.round(waited / 1000)} s; LaunchDarkly goes on with it: plan again later to see whether it completed`,
        requests,
        importId,
      );
    const wait = Math.min(delay, maxWaitMs - waited);
    await sleep(wait);
    waited += wait;
    delay = Math.min(Math.round(delay * 1.5), maxPollIntervalMs);
  }
}
