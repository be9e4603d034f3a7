// The emulator's state as one JSON document (`--state FILE`, `GET /__emulator/state`). Loading is lenient so that
// hand-written fixtures work: missing generated fields (`_id`, `_links`, dates, versions) are filled in.
import { readFile, rename, writeFile } from "node:fs/promises";
import type {
  LdAuditLogEntry,
  LdContextKind,
  LdContextRecord,
  LdEnvironment,
  LdFlag,
  LdFlagConfig,
  LdMetric,
  LdProject,
  LdRole,
  LdSegment,
} from "../launchdarkly/types.js";
import { buildFlag, completeFlagEnvironments } from "./flags.js";
import { newObjectId, newUuid } from "./ids.js";
import {
  buildContextKind,
  buildEnvironment,
  buildProject,
  buildSegment,
  defaultContextKind,
  type EnvironmentInput,
  metricLinks,
  roleLinks,
} from "./representations.js";
import { recordContext } from "./routes/contexts.js";
import {
  type BigSegmentImport,
  type EmulatedExperiment,
  type EmulatedGuardedRollout,
  EmulatorStore,
  type EnvironmentRecord,
  emptyProjectRecord,
} from "./store.js";

export const SNAPSHOT_FORMAT_VERSION = 1;

export interface EmulatorSnapshot {
  formatVersion: number;
  projects: Array<
    Omit<Partial<LdProject>, "environments"> & {
      key: string;
      name: string;
      environments: Array<
        Partial<LdEnvironment> & {
          key: string;
          name: string;
          segments?: Array<Partial<LdSegment> & { key: string; name: string }>;
          /** Big-segment membership by segment key. */
          bigSegmentTargets?: Record<string, { included: string[]; excluded: string[] }>;
          /** Contexts SDKs have "seen" here (what `getContexts` and `searchContexts` answer). */
          contexts?: LdContextRecord[];
        }
      >;
      metrics?: Array<Partial<LdMetric> & { key: string; kind: LdMetric["kind"] }>;
      /** Flags; `environments` holds each environment's configuration (missing ones get the defaults). */
      flags?: Array<
        Partial<Omit<LdFlag, "environments">> & {
          key: string;
          name: string;
          environments?: Record<string, Partial<LdFlagConfig>>;
        }
      >;
      /** Absent: the project has the default `user` kind only. */
      contextKinds?: Array<Partial<LdContextKind> & { key: string; name: string }>;
      experiments?: EmulatedExperiment[];
      guardedRollouts?: EmulatedGuardedRollout[];
    }
  >;
  roles?: Array<Partial<LdRole> & { key: string; name: string; policy: LdRole["policy"] }>;
  /** Oldest first, each with the resource specifier it is about. */
  auditLog?: Array<{ resource: string; entry: LdAuditLogEntry }>;
  bigSegmentImports?: Record<string, BigSegmentImport>;
}

/** A JSON-serialisable copy of the store (safe to mutate). */
export function snapshotStore(store: EmulatorStore): EmulatorSnapshot {
  const snapshot: EmulatorSnapshot = {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    projects: [...store.projects.values()].map((record) => ({
      ...record.project,
      environments: [...record.environments.values()].map((environment) => {
        const bigSegmentTargets: Record<string, { included: string[]; excluded: string[] }> = {};
        for (const [key, segment] of environment.segments) {
          if (segment.segment.unbounded) {
            bigSegmentTargets[key] = {
              included: [...segment.bigIncluded],
              excluded: [...segment.bigExcluded],
            };
          }
        }
        return {
          ...environment.environment,
          segments: [...environment.segments.values()].map((segment) => segment.segment),
          bigSegmentTargets,
          ...(environment.contexts && environment.contexts.size > 0
            ? { contexts: [...environment.contexts.values()] }
            : {}),
        };
      }),
      metrics: [...record.metrics.values()],
      flags: [...record.flags.values()],
      contextKinds: [...record.contextKinds.values()],
      experiments: record.experiments,
      guardedRollouts: record.guardedRollouts,
    })),
    roles: [...store.roles.values()],
    auditLog: store.auditLog.map((record) => ({ resource: record.resource, entry: record.entry })),
    bigSegmentImports: Object.fromEntries(store.bigSegmentImports),
  };
  // One deep copy, so the snapshot never shares objects with live state.
  return structuredClone(snapshot);
}

function requireKeyed(value: unknown, what: string): asserts value is { key: string; name: string } {
  const item = value as { key?: unknown; name?: unknown } | null;
  if (!item || typeof item.key !== "string" || typeof item.name !== "string") {
    throw new Error(`snapshot: every ${what} needs string "key" and "name"`);
  }
}

/** Builds a store from a snapshot, filling in generated fields. Throws a readable Error on a malformed snapshot. */
export function loadSnapshot(snapshot: EmulatorSnapshot): EmulatorStore {
  const store = new EmulatorStore();
  if (!snapshot || typeof snapshot !== "object" || !Array.isArray(snapshot.projects)) {
    throw new Error('snapshot: expected an object with a "projects" array');
  }
  const now = Date.now();
  for (const projectInput of structuredClone(snapshot.projects)) {
    requireKeyed(projectInput, "project");
    const {
      environments = [],
      metrics = [],
      flags = [],
      contextKinds,
      experiments = [],
      guardedRollouts = [],
      ...projectFields
    } = projectInput;
    const project = {
      ...buildProject({
        key: projectFields.key,
        name: projectFields.name,
        tags: (projectFields.tags as string[] | undefined) ?? [],
      }),
      ...projectFields,
    } as LdProject;
    const record = emptyProjectRecord(project);
    record.experiments = experiments;
    record.guardedRollouts = guardedRollouts;
    for (const kindInput of contextKinds ?? [defaultContextKind(project.key, now)]) {
      requireKeyed(kindInput, "context kind");
      record.contextKinds.set(kindInput.key, buildContextKind(project.key, kindInput, now));
    }
    for (const environmentInput of environments) {
      requireKeyed(environmentInput, "environment");
      const { segments = [], bigSegmentTargets = {}, contexts = [], ...environmentFields } = environmentInput;
      const environment = {
        ...buildEnvironment(project.key, { color: "F5A623", ...environmentFields } as EnvironmentInput),
        ...environmentFields,
      } as LdEnvironment;
      const environmentRecord: EnvironmentRecord = { environment, segments: new Map() };
      for (const record of contexts) recordContext(environmentRecord, record);
      for (const segmentInput of segments) {
        requireKeyed(segmentInput, "segment");
        const fresh = buildSegment(
          project.key,
          environment.key,
          { key: segmentInput.key, name: segmentInput.name },
          now,
        );
        const segment: LdSegment = { ...fresh, ...segmentInput, _links: fresh._links };
        for (const rule of segment.rules) {
          rule._id ??= newUuid();
          for (const clause of rule.clauses) {
            clause._id ??= newUuid();
            clause.negate ??= false;
            clause.contextKind ??= "user";
          }
        }
        store.clock.observe(segment.lastModifiedDate);
        const big = bigSegmentTargets[segment.key];
        environmentRecord.segments.set(segment.key, {
          segment,
          bigIncluded: new Set(big?.included ?? []),
          bigExcluded: new Set(big?.excluded ?? []),
        });
      }
      record.environments.set(environment.key, environmentRecord);
    }
    for (const metricInput of metrics) {
      if (!metricInput || typeof metricInput.key !== "string")
        throw new Error('snapshot: every metric needs "key"');
      const metric: LdMetric = {
        _id: newObjectId(),
        _versionId: newUuid(),
        _version: 1,
        name: metricInput.key,
        tags: [],
        _creationDate: now,
        dataSource: { key: "launchdarkly" },
        ...metricInput,
        _links: metricLinks(project.key, metricInput.key),
      };
      record.metrics.set(metric.key, metric);
    }
    for (const flagInput of flags) {
      requireKeyed(flagInput, "flag");
      const flag: LdFlag = {
        ...buildFlag(record, { key: flagInput.key, name: flagInput.name }, now),
        ...flagInput,
      } as LdFlag;
      completeFlagEnvironments(record, flag, now);
      record.flags.set(flag.key, flag);
    }
    store.projects.set(project.key, record);
  }
  for (const roleInput of structuredClone(snapshot.roles ?? [])) {
    requireKeyed(roleInput, "role");
    store.roles.set(roleInput.key, {
      _id: newObjectId(),
      basePermissions: "no_access",
      ...roleInput,
      _links: roleLinks(roleInput.key),
    } as LdRole);
  }
  for (const record of structuredClone(snapshot.auditLog ?? [])) {
    store.auditLog.push(record);
    store.clock.observe(record.entry.date);
  }
  for (const [id, upload] of Object.entries(snapshot.bigSegmentImports ?? {}))
    store.bigSegmentImports.set(id, upload);
  return store;
}

/** Reads a snapshot file; undefined when it does not exist. */
export async function readSnapshotFile(file: string): Promise<EmulatorSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as EmulatorSnapshot;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/** Writes atomically (temp file + rename), so an interrupted save never leaves half a file. */
export async function writeSnapshotFile(file: string, snapshot: EmulatorSnapshot): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(snapshot, null, 2)}\n`, "utf8");
  await rename(temp, file);
}
