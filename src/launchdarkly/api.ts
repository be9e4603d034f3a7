import type { ImportUpload } from "./import-upload.js";
import type {
  JsonPatchOperation,
  LdAuditLogEntry,
  LdBigSegmentImport,
  LdBigSegmentTarget,
  LdBigSegmentTargetsUpdate,
  LdCallerIdentity,
  LdContextKind,
  LdContextKindPut,
  LdContexts,
  LdEnvironment,
  LdFlag,
  LdMetric,
  LdMetricPost,
  LdProject,
  LdRole,
  LdRolePost,
  LdSegment,
  LdSegmentPost,
  LdToken,
  SemanticPatchInstruction,
} from "./types.js";

/**
 * What the pipeline needs from LaunchDarkly. `LaunchDarklyClient` implements it over HTTP; stages depend on
 * this interface only. Lists are always read to the end. `get*` return undefined on 404.
 * `comment` is sent wherever LaunchDarkly's API takes one, so it shows in the audit log.
 */
export interface LaunchDarklyApi {
  getCallerIdentity(): Promise<LdCallerIdentity>;
  /** The access token `id` (the caller identity's `tokenId`): base role, custom role ids, inline role. */
  getToken(id: string): Promise<LdToken | undefined>;
  getProject(projectKey: string): Promise<LdProject | undefined>;
  listEnvironments(projectKey: string): Promise<LdEnvironment[]>;
  /** Every context kind of the project, archived ones included (one unpaged list). */
  listContextKinds(projectKey: string): Promise<LdContextKind[]>;

  /** `onPage` hears each page's segments as it arrives (a plan works on them while later pages are read). */
  listSegments(
    projectKey: string,
    environmentKey: string,
    onPage?: (segments: LdSegment[]) => void,
  ): Promise<LdSegment[]>;
  /** Contexts LaunchDarkly has seen with this kind and key (`getContexts`); optional for test doubles. */
  getContexts?(projectKey: string, environmentKey: string, kind: string, key: string): Promise<LdContexts>;
  getSegment(projectKey: string, environmentKey: string, segmentKey: string): Promise<LdSegment | undefined>;
  createSegment(
    projectKey: string,
    environmentKey: string,
    body: LdSegmentPost,
    comment?: string,
  ): Promise<LdSegment>;
  patchSegmentSemantic(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    instructions: SemanticPatchInstruction[],
    comment?: string,
  ): Promise<LdSegment>;
  patchSegmentJson(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    patch: JsonPatchOperation[],
    comment?: string,
  ): Promise<LdSegment>;
  updateBigSegmentTargets(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    update: LdBigSegmentTargetsUpdate,
  ): Promise<void>;
  /** Whether `contextKey` is an included or excluded target of a big segment; undefined when it is neither (404). */
  getBigSegmentMembership(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    contextKey: string,
  ): Promise<LdBigSegmentTarget | undefined>;
  /** Uploads an import file (streamed from `upload.keys[start, end)`); resolves to the import id. */
  createBigSegmentImport(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    upload: ImportUpload,
  ): Promise<string>;
  getBigSegmentImport(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    importId: string,
  ): Promise<LdBigSegmentImport>;
  deleteSegment(projectKey: string, environmentKey: string, segmentKey: string): Promise<void>;

  listMetrics(projectKey: string): Promise<LdMetric[]>;
  getMetric(projectKey: string, metricKey: string): Promise<LdMetric | undefined>;
  createMetric(projectKey: string, body: LdMetricPost): Promise<LdMetric>;
  patchMetric(projectKey: string, metricKey: string, patch: JsonPatchOperation[]): Promise<LdMetric>;
  deleteMetric(projectKey: string, metricKey: string): Promise<void>;

  /** The metric with `experiments` (the experiments that use it) and its usage counts. */
  getMetricUsage(projectKey: string, metricKey: string): Promise<LdMetric | undefined>;

  /** Every flag, each with this environment's rules and prerequisites. */
  listFlags(projectKey: string, environmentKey: string): Promise<LdFlag[]>;
  /** One flag with this environment's configuration. */
  getFlag(projectKey: string, flagKey: string, environmentKey: string): Promise<LdFlag | undefined>;

  /** Create or update (an upsert) of one context kind. */
  putContextKind(projectKey: string, key: string, body: LdContextKindPut): Promise<void>;

  listRoles(): Promise<LdRole[]>;
  getRole(roleKey: string): Promise<LdRole | undefined>;
  createRole(body: LdRolePost): Promise<LdRole>;
  patchRole(roleKey: string, patch: JsonPatchOperation[], comment?: string): Promise<LdRole>;
  deleteRole(roleKey: string): Promise<void>;

  /** Audit log entries for a resource specifier (`proj/p:env/e:segment/s`), newest first. */
  listAuditLog(spec: string, options?: { limit?: number; after?: number }): Promise<LdAuditLogEntry[]>;
}
