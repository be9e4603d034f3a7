// What the stages found, as data: a stable code and the parameters that say what exactly. Words are chosen only
// at the edges (src/wording/finding-messages.ts), so a later stage can act on a finding by its code, and the CLI
// and the Action can each name a setting the way their users type it.

import type { FlagUse, MetricExperiment } from "./usage.js";

/** A setting a finding advises changing, named by the edge: `--prune` in the CLI, the `prune: true` input in the Action. */
export type Setting = { name: "prune" } | { name: "delete-threshold"; value?: string };

/** What a schema error got instead of what it expected, described without holding the value itself. */
export type ValueShape =
  | { kind: "nothing" | "list" | "mapping" }
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "other"; text: string };

/** The resource two declarations fight over. */
export type DeclaredResource =
  | { type: "segment"; key: string; project: string; environment: string }
  | { type: "metric"; key: string; project: string }
  | { type: "contextKind"; key: string; project: string }
  | { type: "role"; key: string };

/** Each finding code and its parameters. `pointer` parameters are JSON Pointers into the file. */
export interface FindingParams {
  // Reading and parsing a file.
  "file.too-large": { bytes: number; limit: number };
  "file.binary": Record<string, never>;
  "file.not-utf8": { byte: number; offset: number };
  "file.empty": Record<string, never>;
  "config.no-files": Record<string, never>;
  "yaml.duplicate-key": { key: string; firstLine: number; firstColumn: number };
  "yaml.multiple-documents": Record<string, never>;
  /** `detail` is the YAML parser's own text. */
  "yaml.syntax-error": { detail: string };
  "yaml.warning": { detail: string };
  /** A symbolic link in the config directory that is not read. */
  "config.link-not-read":
    | { kind: "broken" }
    | { kind: "outside"; target: string; isDirectory: boolean }
    | { kind: "directory" };
  /** Two files of one configuration set different `owner:` values. */
  "config.owner-mismatch": { owner: string; firstOwner: string; firstFile: string; firstLine: number };
  "yaml.not-loadable": { detail: string };
  /** `added`: the values the aliases would add, `null` when without end (an alias inside its own anchor). */
  "yaml.alias-limit": { added: number | null; max: number };
  // The JSON Schema.
  "schema.unknown-field": { field: string; noun: string; known: string[]; suggestion?: string };
  "schema.server-set-field": { field: string };
  "schema.not-overridable": { field: string; overridable: string[] };
  "schema.role-project": Record<string, never>;
  "schema.segment-environment-keys": Record<string, never>;
  /** A segment's `environments` (overrides, a mapping) written as the file-level list. */
  "schema.segment-environments-list": { listed: string[]; fileEnvironments?: string[] };
  "schema.required": { noun: string; field: string };
  "schema.file-not-mapping": { got: ValueShape };
  "schema.wrong-type": { pointer: string; expected: string; got: ValueShape };
  "schema.not-allowed": { pointer: string; allowed: string[]; got: string; suggestion?: string };
  /** A clause `op` named as in another tool (`equals`): `operator` does the same, negated when `negate`. */
  "schema.operator-synonym": { got: string; operator: string; negate?: boolean };
  "schema.invalid-environment-key": { key: string };
  "schema.invalid-key": { pointer: string; value: string };
  "schema.out-of-range": { pointer: string; min: number; max: number; got: string };
  "schema.limit": { pointer: string; bound: "minimum" | "maximum"; limit: number; got: string };
  "schema.empty-string": { pointer: string };
  "schema.empty-list": { pointer: string };
  "schema.empty-clause-values": { clause: "segmentMatch" | "negated" | "other"; attribute?: string };
  "schema.duplicate-item": { pointer: string; item: string; first: number; second: number };
  "schema.invalid-format": { pointer: string; format: string; value: string };
  /** Any other schema keyword: `detail` is the validator's own text. */
  "schema.invalid": { pointer: string; detail?: string };
  "schema.url-matcher-missing-field": { kind: string; field: string; stray?: string; strayKind?: string };
  "schema.url-matcher-stray-field": { field: string; kind: string; own: string };
  // Building the desired state.
  "config.no-project": { noun: string; key: string };
  "config.segments-without-environments": Record<string, never>;
  "config.unknown-override-environment": {
    key: string;
    environment: string;
    environments: string[];
    suggestion?: string;
  };
  // Rules beyond the schema.
  "resource.duplicate": { resource: DeclaredResource; file: string; line: number; column: number };
  "segment.too-many-targets": { key: string; environment: string; count: number; max: number };
  "segment.context-kind-on-standard": { key: string };
  "segment.big-segment-rules": { key: string };
  "segment.big-segment-user-keys": { key: string; contextKind: string; field: "included" | "excluded" };
  "segment.big-segment-context-kind": { key: string; contextKind: string; got: string };
  "segment.self-match": { key: string };
  /** A rule `weight` under 1000 (1%): likely written as a percentage. */
  "segment.small-rollout-weight": { key: string; weight: number };
  "segment.match-value-not-key": Record<string, never>;
  /** Validate cannot see LaunchDarkly: `scopes` (`project/environment`) are where the repo does not declare `key`. */
  "segment.unknown-segment-match": { key: string; scopes: string[] };
  /** Settled by plan against the live state: `missing` scopes lack the segment, `deleted` ones lose it to prune. */
  "segment.missing-segment-match": { key: string; missing: string[]; deleted: string[]; prune: Setting };
  "metric.missing-field": { key: string; field: string; kind: string };
  "metric.field-not-for-kind": {
    key: string;
    field: string;
    kind: string;
    appliesTo: "click" | "click-pageview" | "custom" | "numeric-custom";
  };
  "metric.percentile-value-missing": { key: string };
  "metric.percentile-value-unused": Record<string, never>;
  "role.statement-both": { role: string; field: string; negated: string };
  "role.statement-neither": { role: string; field: "resources" | "actions"; negated: string };
  "role.statement-empty": { field: string; negated: boolean };
  "role.not-resources-not-actions": Record<string, never>;
  /** `detail` comes from the resource specifier parser (src/validate/resource-specifier.ts). */
  "role.specifier-invalid": { specifier: string; character: number; detail: string };
  "role.specifier-warning": { specifier: string; detail: string };
  "role.specifier-unnamed": { specifier: string; type: string };
  "role.specifier-bare": { specifier: string; type: string };
  "role.specifier-type-typo": { specifier: string; type: string; suggestion: string };
  "role.specifier-unknown-type": { specifier: string; type: string };
  "role.specifier-wrong-chain": { specifier: string; resourceType: string; chains: string[] };
  "role.specifier-unknown-chain": { specifier: string; chain: string };
  "role.action-glob-unmatched": { action: string; types: string[] };
  "role.action-undocumented": { action: string; types: string[] };
  "role.action-typo": { action: string; types: string[]; suggestion: string };
  /** Documented only for `owners`, and the statement's types have documented lists: it grants nothing there. */
  "role.action-wrong-type": { action: string; types: string[]; owners: string[]; suggestions: string[] };
  /** Seen for `owners` (perhaps only in unofficial sources); the statement's types may lack it in the docs. */
  "role.action-other-type": { action: string; types: string[]; owners: string[] };
  "role.action-unknown": { action: string; types: string[] };
  // Member files (`members:` of a segment). `file` is the member file relative to the configuration directory.
  "members.outside-config": { file: string };
  "members.unknown-format": { file: string };
  "members.file-missing": { file: string };
  /** `detail` is the system's or the decompressor's own text. */
  "members.file-unreadable": { file: string; detail: string };
  "members.column-missing": { column: string | number; columns: string[] };
  "members.column-needed": { format: "ndjson" | "json" };
  /** `detail` is the CSV or JSON parser's own text. */
  "members.unreadable-row": { detail: string };
  "members.not-a-key": { got: string };
  "members.empty-key": Record<string, never>;
  "members.key-whitespace": { key: string };
  "members.key-control-character": { key: string; code: number };
  "members.key-too-long": { length: number; max: number };
  "members.more-problems": { count: number };
  /** At the first repeated row. */
  "members.duplicates": { count: number; key: string };
  "members.empty": { file: string };
  "members.in-both-lists": { key: string; count: number; contextKind: string; environment: string };
  "members.too-many-for-standard": { key: string; environment: string; count: number; max: number };
  // Planning against the live state.
  "plan.owned-left-alone": { count: number; prune: Setting };
  "plan.segment-unbounded-immutable": { project: string; environment: string; key: string };
  "plan.big-segment-membership-unchecked": { segments: string[]; named: number };
  /** The members file(s) hold far fewer keys than LaunchDarkly does: perhaps a broken export. */
  "plan.members-sharp-drop": {
    project: string;
    environment: string;
    key: string;
    list: "included" | "excluded";
    before: number;
    after: number;
  };
  /** A big segment's membership changed outside ld-gitops since its last apply (tag or counts differ). */
  "plan.members-drifted": {
    project: string;
    environment: string;
    key: string;
    expected: number;
    live: number;
  };
  /** The identifier check: few of the sampled keys of a new or changed member file are contexts LaunchDarkly has seen. */
  "plan.members-unknown-contexts": {
    file: string;
    column?: string | number;
    contextKind: string;
    project: string;
    environment: string;
    sampled: number;
    known: number;
  };
  "plan.delete-threshold": {
    deletes: number;
    owned: number;
    percent: number;
    maxCount?: number;
    maxPercent?: number;
    allow: Setting;
  };
  /**
   * A kind a segment uses (at `at`, a JSON Pointer into the segment) that the project lacks, or has archived, and the
   * repo does not declare under `contextKinds`. `available`: the project's kinds that can be targeted.
   */
  "segment.unknown-context-kind": {
    key: string;
    kind: string;
    project: string;
    at: string;
    archived: boolean;
    available: string[];
    suggestion?: string;
  };
  /** A delete refused: flags (directly or through prerequisites) or segments that stay still use the segment. */
  "plan.segment-delete-referenced": {
    project: string;
    environment: string;
    key: string;
    flags: FlagUse[];
    segments: string[];
  };
  /** A delete refused: running experiments (the unarchived ones listed) or guarded rollouts read the metric. */
  "plan.metric-delete-in-use": {
    project: string;
    key: string;
    activeExperimentCount: number;
    activeGuardedRolloutCount: number;
    experiments: MetricExperiment[];
  };
  /** The risk of changing a metric that running experiments or guarded rollouts read. */
  "plan.metric-in-running-experiment": { activeExperimentCount: number; activeGuardedRolloutCount: number };
  "live.missing-project": { project: string };
  "live.missing-environment": { project: string; environment: string; known: string[] };
}

export type FindingCode = keyof FindingParams;

/** One finding: its code and that code's parameters. */
export type Finding = { [C in FindingCode]: { code: C; params: FindingParams[C] } }[FindingCode];

export type Severity = "error" | "warning";

/** Builds a finding, checking the parameters against the code. */
export function finding<C extends FindingCode>(code: C, params: FindingParams[C]): Finding {
  return { code, params } as Finding;
}

/** A string equal for equal findings (code and parameters, keys in any order): for sets and de-duplication. */
export function findingKey(found: Finding): string {
  return `${found.code}\u0000${stableJson(found.params)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
