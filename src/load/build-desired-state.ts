import { dirname, resolve } from "node:path";
import { closest, distance } from "fastest-levenshtein";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { memberFormatOf } from "../membership/member-format.js";
import { pathInside } from "../membership/member-path.js";
import type { ContextKindDefinition } from "../model/context-kind.js";
import type { DesiredState } from "../model/desired-state.js";
import { finding } from "../model/finding.js";
import { METRIC_DEFINITION_FIELDS, type MetricDefinition } from "../model/metric.js";
import type { RoleDefinition } from "../model/role.js";
import { SEGMENT_OVERRIDABLE_FIELDS, type SegmentDefinition, type SegmentFields } from "../model/segment.js";
import type { SegmentMember } from "../model/segment-members.js";
import type { SourceLocation } from "../model/source.js";
import type { Located, ParsedConfigFile } from "./config-file.js";
import { toJsonPointer } from "./json-pointer.js";
import { diagnosticAt, locate } from "./source-location.js";

/** The repo's config: the typed desired state plus where each resource came from. */
export interface LoadedConfig {
  state: DesiredState;
  segments: Located<SegmentDefinition>[];
  metrics: Located<MetricDefinition>[];
  roles: Located<RoleDefinition>[];
  contextKinds: Located<ContextKindDefinition>[];
  /** Where `owner:` was first set: every file that sets it must agree. */
  ownerSource?: SourceLocation;
  /** The configuration directory (absolute): member files are named relative to it and must stay inside it. */
  root?: string;
}

const ROLE_FIELDS = ["description", "basePermissions", "resourceCategory"] as const;

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pick<K extends string>(source: PlainObject, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

export function emptyLoadedConfig(root?: string): LoadedConfig {
  return {
    ...(root !== undefined ? { root } : {}),
    state: {
      files: [],
      segments: [],
      metrics: [],
      roles: [],
      contextKinds: [],
      projects: new Map(),
      environments: new Map(),
    },
    segments: [],
    metrics: [],
    roles: [],
    contextKinds: [],
  };
}

/**
 * Adds one parsed file's resources to `loaded` (files are added one by one, in sorted order). It keeps every
 * resource that has a string `key`, even when the schema found errors in it (callers stop on errors; rules
 * skip such resources), and reports the problems that only show across a file: a resource without a
 * project, overrides for unlisted environments.
 */
export function addConfigFile(loaded: LoadedConfig, file: ParsedConfigFile, diagnostics: Diagnostic[]): void {
  loaded.state.files.push(file.file);
  if (isPlainObject(file.value)) addFile(loaded, file, file.value, diagnostics);
}

/**
 * The JSON pointers `addConfigFile` locates for a file's resources when nothing is wrong (the `source` of
 * each resource, its project, the file's environments). A worker that parses the file locates them in
 * advance; a pointer missing here is still located, by parsing the file again.
 */
export function locatedPointers(value: unknown): string[] {
  if (!isPlainObject(value)) return [];
  const pointers = ["/project"];
  if (Array.isArray(value.environments)) {
    for (let index = 0; index < value.environments.length; index++) pointers.push(`/environments/${index}`);
  }
  for (const section of ["segments", "metrics", "roles", "contextKinds"] as const) {
    for (const { item, pointer } of keyedItems(value, section)) {
      pointers.push(pointer);
      if (typeof item.project === "string") pointers.push(`${pointer}/project`);
    }
  }
  return pointers;
}

/** The items of a file's `section` that become resources (mappings with a string `key`), with their pointers. */
function keyedItems(
  value: PlainObject,
  section: "segments" | "metrics" | "roles" | "contextKinds",
): { item: PlainObject & { key: string }; pointer: string }[] {
  const items = value[section];
  if (!Array.isArray(items)) return [];
  const keyed: { item: PlainObject & { key: string }; pointer: string }[] = [];
  items.forEach((item, index) => {
    if (isPlainObject(item) && typeof item.key === "string") {
      keyed.push({ item: item as PlainObject & { key: string }, pointer: toJsonPointer([section, index]) });
    }
  });
  return keyed;
}

function addFile(
  loaded: LoadedConfig,
  file: ParsedConfigFile,
  value: PlainObject,
  diagnostics: Diagnostic[],
) {
  const { state } = loaded;
  const where = (pointer: string): SourceLocation => ({ file: file.file, ...locate(file, pointer) });
  const fileProject = typeof value.project === "string" ? value.project : undefined;
  const fileEnvironments = Array.isArray(value.environments)
    ? value.environments.filter((e): e is string => typeof e === "string")
    : [];

  const resolveProject = (item: PlainObject, pointer: string, noun: string): string | undefined => {
    const own = typeof item.project === "string" ? item.project : undefined;
    const project = own ?? fileProject;
    if (project === undefined) {
      diagnostics.push(
        diagnosticAt(file, pointer, finding("config.no-project", { noun, key: String(item.key) })),
      );
      return undefined;
    }
    const projectPointer = own !== undefined ? `${pointer}/project` : "/project";
    if (!state.projects.has(project)) state.projects.set(project, where(projectPointer));
    return project;
  };

  if (typeof value.owner === "string" && value.owner.trim() !== "") {
    const owner = value.owner.trim();
    if (state.owner === undefined || loaded.ownerSource === undefined) {
      state.owner = owner;
      loaded.ownerSource = where("/owner");
    } else if (state.owner !== owner) {
      const first = loaded.ownerSource;
      diagnostics.push(
        diagnosticAt(
          file,
          "/owner",
          finding("config.owner-mismatch", {
            owner,
            firstOwner: state.owner,
            firstFile: first.file,
            firstLine: first.line,
          }),
        ),
      );
    }
  }

  const hasSegments = Array.isArray(value.segments) && value.segments.length > 0;
  const environmentsMissing = value.environments === undefined || Array.isArray(value.environments);
  if (hasSegments && fileEnvironments.length === 0 && environmentsMissing) {
    diagnostics.push(diagnosticAt(file, "/segments", finding("config.segments-without-environments", {})));
  }
  for (const { item, pointer } of keyedItems(value, "segments")) {
    const project = resolveProject(item, pointer, "segment");
    if (project === undefined) continue;
    fileEnvironments.forEach((environment, envIndex) => {
      const id = `${project}/${environment}`;
      if (!state.environments.has(id)) {
        state.environments.set(id, { project, environment, source: where(`/environments/${envIndex}`) });
      }
    });
    const overrides: Record<string, Partial<SegmentFields>> = {};
    if (isPlainObject(item.environments)) {
      for (const [environment, fields] of Object.entries(item.environments)) {
        if (!fileEnvironments.includes(environment)) {
          // `prod` for `production` or `staging` for `stage` is as likely as a typo: suggest by prefix first
          // (one name starts the other, or the only one sharing the first four letters), then by edit distance.
          const sharingStem = fileEnvironments.filter((e) => commonPrefixLength(e, environment) >= 4);
          const near =
            fileEnvironments.find((e) => e.startsWith(environment) || environment.startsWith(e)) ??
            (sharingStem.length === 1 ? sharingStem[0] : undefined) ??
            (fileEnvironments.length > 0 ? closest(environment, fileEnvironments) : undefined);
          const suggestion =
            near !== undefined &&
            (distance(near, environment) <= 2 ||
              near.startsWith(environment) ||
              environment.startsWith(near) ||
              sharingStem.length === 1)
              ? near
              : undefined;
          diagnostics.push(
            diagnosticAt(
              file,
              `${pointer}${toJsonPointer(["environments", environment])}`,
              finding("config.unknown-override-environment", {
                key: String(item.key),
                environment,
                environments: fileEnvironments,
                ...(suggestion !== undefined ? { suggestion } : {}),
              }),
              "error",
              { key: true },
            ),
          );
          continue;
        }
        if (isPlainObject(fields)) {
          const override = pick(fields, SEGMENT_OVERRIDABLE_FIELDS) as Partial<SegmentFields>;
          const overridePointer = `${pointer}${toJsonPointer(["environments", environment])}`;
          const kind = fields.unboundedContextKind ?? item.unboundedContextKind;
          if (fields.members !== undefined)
            override.members = segmentMembers(fields.members, overridePointer, kind);
          overrides[environment] = override;
        }
      }
    }
    const fields = pick(item, SEGMENT_OVERRIDABLE_FIELDS) as SegmentFields;
    if (item.members !== undefined)
      fields.members = segmentMembers(item.members, pointer, item.unboundedContextKind);
    const definition = {
      ...fields,
      key: item.key,
      project,
      environments: [...fileEnvironments],
      overrides,
      source: where(pointer),
    } satisfies SegmentDefinition;
    state.segments.push(definition);
    loaded.segments.push({ definition, file, pointer });
  }

  /**
   * `members:` entries as the model holds them: each file named relative to the configuration directory, its
   * format and context kind settled. An entry the schema refuses is left out (the schema reports it); a path out of
   * the configuration directory or a format the name does not tell is reported here.
   */
  function segmentMembers(raw: unknown, pointer: string, unboundedContextKind: unknown): SegmentMember[] {
    if (!Array.isArray(raw)) return [];
    const members: SegmentMember[] = [];
    const root = loaded.root ?? dirname(file.absolutePath);
    raw.forEach((entry, index) => {
      if (!isPlainObject(entry) || typeof entry.file !== "string" || entry.file === "") return;
      const entryPointer = `${pointer}${toJsonPointer(["members", index])}`;
      const absolute = resolve(dirname(file.absolutePath), entry.file);
      const path = pathInside(root, absolute);
      if (path === undefined) {
        diagnostics.push(
          diagnosticAt(file, `${entryPointer}/file`, finding("members.outside-config", { file: entry.file })),
        );
        return;
      }
      const format = memberFormatOf(
        path,
        typeof entry.format === "string" ? (entry.format as SegmentMember["ref"]["format"]) : undefined,
      );
      if (format === undefined) {
        diagnostics.push(
          diagnosticAt(file, `${entryPointer}/file`, finding("members.unknown-format", { file: path })),
        );
        return;
      }
      const contextKind =
        typeof entry.contextKind === "string"
          ? entry.contextKind
          : typeof unboundedContextKind === "string"
            ? unboundedContextKind
            : "user";
      const ref: SegmentMember["ref"] = { path, format: format.format, gzip: format.gzip, contextKind };
      if (typeof entry.column === "string" || typeof entry.column === "number") ref.column = entry.column;
      if (typeof entry.header === "boolean") ref.header = entry.header;
      members.push({
        ref,
        into: entry.into === "excluded" ? "excluded" : "included",
        allowEmpty: entry.allowEmpty === true,
        source: where(entryPointer),
      });
    });
    return members;
  }

  for (const { item, pointer } of keyedItems(value, "metrics")) {
    const project = resolveProject(item, pointer, "metric");
    if (project === undefined) continue;
    const definition = {
      ...(pick(item, METRIC_DEFINITION_FIELDS) as Omit<MetricDefinition, "key" | "project" | "source">),
      key: item.key,
      project,
      source: where(pointer),
    } satisfies MetricDefinition;
    state.metrics.push(definition);
    loaded.metrics.push({ definition, file, pointer });
  }

  for (const { item, pointer } of keyedItems(value, "contextKinds")) {
    const project = resolveProject(item, pointer, "context kind");
    if (project === undefined) continue;
    const definition: ContextKindDefinition = {
      key: item.key,
      project,
      name: typeof item.name === "string" ? item.name : item.key,
      source: where(pointer),
    };
    if (typeof item.description === "string") definition.description = item.description;
    if (typeof item.hideInTargeting === "boolean") definition.hideInTargeting = item.hideInTargeting;
    if (typeof item.archived === "boolean") definition.archived = item.archived;
    state.contextKinds ??= [];
    state.contextKinds.push(definition);
    loaded.contextKinds.push({ definition, file, pointer });
  }

  for (const { item, pointer } of keyedItems(value, "roles")) {
    const definition = {
      ...(pick(item, ROLE_FIELDS) as Pick<RoleDefinition, (typeof ROLE_FIELDS)[number]>),
      key: item.key,
      name: typeof item.name === "string" ? item.name : item.key,
      policy: Array.isArray(item.policy) ? (item.policy as RoleDefinition["policy"]) : [],
      source: where(pointer),
    } satisfies RoleDefinition;
    state.roles.push(definition);
    loaded.roles.push({ definition, file, pointer });
  }
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}
