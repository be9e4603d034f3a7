// LaunchDarkly REST API v2 shapes that this tool reads and writes, named after the OpenAPI schemas
// (../shared/launchdarkly/openapi.json). Only the fields the tool uses are typed; others pass through.

import type { JsonPatchOperation, SemanticPatchInstruction } from "../model/patch-formats.js";
import type { LdStatement } from "../model/policy-statement.js";

// Shapes shared with the model, named here too so the client's callers find every wire shape in one file.
export type { JsonPatchOperation, LdStatement, SemanticPatchInstruction };

export type UnixMillis = number;

export interface LdLinks {
  [rel: string]: { href: string; type?: string } | undefined;
}

/** A page of a list endpoint (`UserSegments`, `MetricCollectionRep`, `CustomRoles`, ...). */
export interface LdPage<T> {
  items: T[];
  _links?: LdLinks;
  totalCount?: number;
}

export interface LdClause {
  _id?: string;
  attribute: string;
  op: string;
  values: unknown[];
  contextKind?: string;
  negate: boolean;
}

export interface LdSegmentRule {
  _id?: string;
  clauses: LdClause[];
  weight?: number;
  rolloutContextKind?: string;
  bucketBy?: string;
  description?: string;
}

export interface LdSegmentTarget {
  values?: string[];
  contextKind?: string;
}

/** `UserSegment`. */
export interface LdSegment {
  key: string;
  name: string;
  description?: string;
  tags: string[];
  creationDate: UnixMillis;
  lastModifiedDate: UnixMillis;
  included?: string[];
  excluded?: string[];
  includedContexts?: LdSegmentTarget[];
  excludedContexts?: LdSegmentTarget[];
  rules: LdSegmentRule[];
  version: number;
  deleted: boolean;
  generation: number;
  unbounded?: boolean;
  unboundedContextKind?: string;
  _links: LdLinks;
  [extra: string]: unknown;
}

/** `SegmentBody`: the only fields `POST /api/v2/segments/{p}/{e}` takes. */
export interface LdSegmentPost {
  key: string;
  name: string;
  description?: string;
  tags?: string[];
  unbounded?: boolean;
  unboundedContextKind?: string;
}

export interface LdUrlMatcher {
  kind: "exact" | "canonical" | "substring" | "regex";
  url?: string;
  substring?: string;
  pattern?: string;
}

/** `MetricPost`. */
export interface LdMetricPost {
  key: string;
  name?: string;
  description?: string;
  kind: "pageview" | "click" | "custom";
  selector?: string;
  urls?: LdUrlMatcher[];
  isNumeric?: boolean;
  unit?: string;
  eventKey?: string;
  successCriteria?: "HigherThanBaseline" | "LowerThanBaseline";
  tags?: string[];
  randomizationUnits?: string[];
  maintainerId?: string;
  unitAggregationType?: "average" | "sum";
  analysisType?: string;
  percentileValue?: number;
  eventDefault?: { disabled?: boolean; value?: number };
  dataSource?: { key: string; environmentKey?: string };
  filters?: unknown;
}

/** `MetricListingRep` / `MetricRep`: list items carry every definition field. */
export interface LdMetric extends Omit<LdMetricPost, "name"> {
  _id: string;
  _versionId: string;
  _version?: number;
  name: string;
  tags: string[];
  _creationDate: UnixMillis;
  _links: LdLinks;
  [extra: string]: unknown;
}

/** `CustomRolePost`. */
export interface LdRolePost {
  key: string;
  name: string;
  description?: string;
  policy: LdStatement[];
  basePermissions?: string;
  resourceCategory?: string;
}

/** `CustomRole`. Roles have no version field. */
export interface LdRole extends LdRolePost {
  _id: string;
  _links: LdLinks;
  [extra: string]: unknown;
}

/** `Environment` (the fields the tool uses). */
export interface LdEnvironment {
  _id: string;
  key: string;
  name: string;
  color: string;
  tags: string[];
  critical: boolean;
  [extra: string]: unknown;
}

/** `Project` (the fields the tool uses). */
export interface LdProject {
  _id: string;
  key: string;
  name: string;
  tags: string[];
  environments?: LdPage<LdEnvironment>;
  [extra: string]: unknown;
}

/** `CallerIdentityRep`. */
export interface LdCallerIdentity {
  accountId?: string;
  authKind?: string;
  tokenKind?: string;
  tokenName?: string;
  tokenId?: string;
  memberId?: string;
  serviceToken?: boolean;
  scopes?: string[];
  [extra: string]: unknown;
}

/**
 * `Token` (`GET /api/v2/tokens/{id}`): an access token's base `role` and the limits on it. `customRoleIds` are
 * custom role `_id`s (not keys); `inlineRole` is a policy used in place of a role. `token` holds only the last
 * four characters on reads; the tool never prints it.
 */
export interface LdToken {
  _id: string;
  ownerId: string;
  memberId: string;
  name?: string;
  description?: string;
  creationDate: UnixMillis;
  lastModified: UnixMillis;
  /** Base role: `reader`, `writer`, `admin`, `owner`, `no_access`. */
  role?: string;
  customRoleIds?: string[];
  inlineRole?: LdStatement[];
  token?: string;
  serviceToken?: boolean;
  defaultApiVersion?: number;
  lastUsed?: UnixMillis;
  _links: LdLinks;
  [extra: string]: unknown;
}

/** `AuditLogEntryListingRep` (the fields drift attribution uses). */
export interface LdAuditLogEntry {
  _id: string;
  date: UnixMillis;
  kind: string;
  name: string;
  description: string;
  shortDescription: string;
  comment?: string;
  member?: { _id?: string; email?: string; firstName?: string; lastName?: string };
  token?: { _id?: string; name?: string };
  titleVerb?: string;
  title?: string;
  [extra: string]: unknown;
}

/** Body of `POST /api/v2/segments/{p}/{e}/{s}/contexts` for big segments. */
export interface LdBigSegmentTargetsUpdate {
  included?: { add?: string[]; remove?: string[] };
  excluded?: { add?: string[]; remove?: string[] };
}

/** `BigSegmentTarget`: whether one key is an included or excluded target of a big segment. */
export interface LdBigSegmentTarget {
  userKey: string;
  included: boolean;
  excluded: boolean;
}

/** `Import`: a big-segment import and its status. */
export interface LdBigSegmentImport {
  id: string;
  segmentKey: string;
  creationTime: number;
  mode: string;
  status: "preparing" | "pending_approval" | "ready" | "in_progress" | "complete" | "stopped";
  files?: Array<{ filename?: string; status?: string }>;
  [extra: string]: unknown;
}

/** `ContextKindRep`: a context kind of a project (`user` exists in every project). */
export interface LdContextKind {
  key: string;
  name: string;
  description?: string;
  version?: number;
  creationDate?: UnixMillis;
  lastModified?: UnixMillis;
  createdFrom?: "default" | "auto-add" | "manual";
  archived?: boolean;
  hideInTargeting?: boolean;
  [extra: string]: unknown;
}

/** LaunchDarkly's error body. */
export interface LdErrorBody {
  code: string;
  message: string;
}

/** `ContextRecord`: a context LaunchDarkly has seen evaluate flags (the identifier check reads these). */
export interface LdContextRecord {
  context: { kind: string; key: string; [attribute: string]: unknown };
  lastSeen?: string;
  applicationId?: string;
  _links?: LdLinks;
}

/** `Contexts`: the answer of `getContexts` and `searchContexts`. */
export interface LdContexts {
  items: LdContextRecord[];
  totalCount?: number;
  _environmentId: string;
  _links?: LdLinks;
}

/** `Rule` of a flag environment: `segmentMatch` clauses name segments in `values`. */
export interface LdFlagRule {
  _id?: string;
  disabled?: boolean;
  variation?: number;
  rollout?: { variations: { variation: number; weight: number }[]; bucketBy?: string; contextKind?: string };
  clauses: LdClause[];
  trackEvents: boolean;
  description?: string;
}

/** `Prerequisite`: the flag `key` must serve `variation` for this flag to evaluate its targeting. */
export interface LdFlagPrerequisite {
  key: string;
  variation: number;
}

/** `Target` of a flag environment (individual targets, per context kind). */
export interface LdFlagTarget {
  values: string[];
  variation: number;
  contextKind?: string;
}

/**
 * `FeatureFlagConfig`: one environment of a flag. `rules`, `targets`, `contextTargets` and `prerequisites` are
 * only in list answers asked with `env=…&summary=0`, and in single reads.
 */
export interface LdFlagConfig {
  on: boolean;
  archived: boolean;
  salt: string;
  sel: string;
  lastModified: UnixMillis;
  version: number;
  targets?: LdFlagTarget[];
  contextTargets?: LdFlagTarget[];
  rules?: LdFlagRule[];
  fallthrough?: { variation?: number; rollout?: LdFlagRule["rollout"] };
  offVariation?: number;
  prerequisites?: LdFlagPrerequisite[];
  _site: { href: string; type?: string };
  _environmentName: string;
  trackEvents: boolean;
  trackEventsFallthrough: boolean;
  [extra: string]: unknown;
}

/** `FeatureFlag` (the fields the tool uses). `environments` only when the request names `env`. */
export interface LdFlag {
  key: string;
  name: string;
  kind: string;
  _version: number;
  creationDate: UnixMillis;
  variations: { _id?: string; value: unknown; name?: string; description?: string }[];
  temporary: boolean;
  tags: string[];
  archived: boolean;
  environments?: Record<string, LdFlagConfig>;
  _links: LdLinks;
  [extra: string]: unknown;
}

/** `FlagListingRep`: how a single segment read names the flags that target it (`_flags`). */
export interface LdFlagListing {
  key: string;
  name: string;
  _links?: LdLinks;
  _site?: { href: string; type?: string };
}

/** `DependentExperimentRep`: an experiment that uses a metric (`expand=experiments` on a metric read). */
export interface LdDependentExperiment {
  key: string;
  name: string;
  environmentId: string;
  environmentKey: string;
  creationDate: UnixMillis;
  archivedDate?: UnixMillis;
  _links: LdLinks;
}

/** `UpsertContextKindPayload`: the body of `PUT /api/v2/projects/{p}/context-kinds/{key}`. */
export interface LdContextKindPut {
  name: string;
  description?: string;
  hideInTargeting?: boolean;
  archived?: boolean;
  version?: number;
}
