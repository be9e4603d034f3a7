import { closest, distance } from "fastest-levenshtein";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import {
  type ContextKindDefinition,
  type DesiredState,
  METRIC_DEFINITION_FIELDS,
  type MetricDefinition,
  type RoleDefinition,
  SEGMENT_OVERRIDABLE_FIELDS,
  type SegmentDefinition,
  type SegmentFields,
  type SourceLocation,
} from "../model/index.js";
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

export function emptyLoadedConfig(): LoadedConfig {
  return {
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
        diagnosticAt(
          file,
          pointer,
          `${noun} \`${String(item.key)}\` has no project: add \`project: <project-key>\` at the top of the file or on the ${noun}`,
        ),
      );
      return undefined;
    }
    const projectPointer = own !== undefined ? `${pointer}/project` : "/project";
    if (!state.projects.has(project)) state.projects.set(project, where(projectPointer));
    return project;
  };

  const hasSegments = Array.isArray(value.segments) && value.segments.length > 0;
  const environmentsMissing = value.environments === undefined || Array.isArray(value.environments);
  if (hasSegments && fileEnvironments.length === 0 && environmentsMissing) {
    diagnostics.push(
      diagnosticAt(
        file,
        "/segments",
        "this file has segments but no `environments`: add a top-level list such as `environments: [production, staging]` naming the environments its segments exist in",
      ),
    );
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
          // `prod` for `production` is as likely as a typo: suggest by prefix first, then by edit distance.
          const near =
            fileEnvironments.find((e) => e.startsWith(environment) || environment.startsWith(e)) ??
            (fileEnvironments.length > 0 ? closest(environment, fileEnvironments) : undefined);
          const hint =
            near !== undefined &&
            (distance(near, environment) <= 2 || near.startsWith(environment) || environment.startsWith(near))
              ? `did you mean \`${near}\`?`
              : `add \`${environment}\` to the file's \`environments\` list or fix the name`;
          diagnostics.push(
            diagnosticAt(
              file,
              `${pointer}${toJsonPointer(["environments", environment])}`,
              `segment \`${item.key}\` overrides environment \`${environment}\`, but this file's segments exist only in ${fileEnvironments.map((e) => `\`${e}\``).join(", ") || "no environment"}: ${hint}`,
              "error",
              { key: true },
            ),
          );
          continue;
        }
        if (isPlainObject(fields))
          overrides[environment] = pick(fields, SEGMENT_OVERRIDABLE_FIELDS) as Partial<SegmentFields>;
      }
    }
    const definition = {
      ...(pick(item, SEGMENT_OVERRIDABLE_FIELDS) as SegmentFields),
      key: item.key,
      project,
      environments: [...fileEnvironments],
      overrides,
      source: where(pointer),
    } satisfies SegmentDefinition;
    state.segments.push(definition);
    loaded.segments.push({ definition, file, pointer });
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
