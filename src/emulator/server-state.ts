// What one running emulator holds and its request handlers share: the resources, the faults in force, the
// tokens it knows and the request log. `store` and `faults` are replaced whole by the admin API.
import type { ImportBehaviour } from "./big-segment-imports.js";
import type { EventImportStore } from "./event-imports.js";
import type { EmulatorFaults } from "./faults.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { Router } from "./router.js";
import type { EmulatorStore } from "./store.js";
import type { EmulatorToken } from "./tokens.js";

export interface EmulatorRequestLogEntry {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Query string without `?` ("" when none). */
  query: string;
  /** HTTP status; 0 when the connection was dropped. */
  status: number;
  /** Epoch ms when the request arrived. */
  at: number;
  /** Route template, e.g. `PATCH /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`. */
  route?: string;
}

export interface EmulatorServerState {
  store: EmulatorStore;
  faults: EmulatorFaults;
  /** How big-segment imports progress. */
  importBehaviour: ImportBehaviour;
  readonly requestLog: EmulatorRequestLogEntry[];
  /** The configured tokens by value; undefined when any non-empty token is accepted. */
  readonly tokens: ReadonlyMap<string, EmulatorToken> | undefined;
  readonly startedAt: number;
  readonly router: Router;
  readonly limiter: RateLimiter;
  /** Where the snapshot is saved, when a state file was given. */
  readonly stateFile: string | undefined;
  /** Metric events accepted by the events host's import endpoint. */
  readonly importedEvents: EventImportStore;
}
