// LaunchDarklyApi over HTTP. Lists are read with the largest page size and, once the first page tells the total,
// the rest concurrently; writes carry comments wherever the API takes one and are repeated only when that is safe.
// Transport concerns (pacing, concurrency, timeouts, retries, errors) live in transport.ts.

import type { LaunchDarklyApi } from "./api.js";
import { LaunchDarklyError } from "./errors.js";
import { type ImportUpload, multipartImportBody } from "./import-upload.js";
import { MAX_PAGE_SIZE } from "./limits.js";
import { nextHref, remainingPageOffsets, uniqueBy } from "./pagination.js";
import { ROUTES, type Route, type RouteParams } from "./routes.js";
import type { ClientStats } from "./stats.js";
import {
  type CallSpec,
  DEFAULT_RETRY,
  type LaunchDarklyClientOptions,
  LaunchDarklyTransport,
  SEMANTIC_PATCH_CONTENT_TYPE,
} from "./transport.js";
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
  LdPage,
  LdProject,
  LdRole,
  LdRolePost,
  LdSegment,
  LdSegmentPost,
  LdToken,
  SemanticPatchInstruction,
} from "./types.js";
import { isJsonPatchRepeatable, isSemanticPatchRepeatable } from "./write-safety.js";

/** Upper bound on pages followed through `_links.next`, against a server that links in a circle. */
const MAX_FOLLOWED_PAGES = 10_000;
const DEFAULT_AUDIT_LOG_LIMIT = 100;

export class LaunchDarklyClient implements LaunchDarklyApi {
  private readonly transport: LaunchDarklyTransport;
  private readonly maxCreateAttempts: number;

  constructor(options: LaunchDarklyClientOptions) {
    this.transport = new LaunchDarklyTransport(options);
    this.maxCreateAttempts = options.retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts;
  }

  /** Requests made so far: totals, retries, 429s, time held back by pacing, per route. */
  get stats(): ClientStats {
    return this.transport.stats;
  }

  resetStats(): void {
    this.transport.resetStats();
  }

  /** Closes the connection pool. The client must not be used afterwards. */
  close(): Promise<void> {
    return this.transport.close();
  }

  // ---- reads -------------------------------------------------------------------------------------------------

  getCallerIdentity(): Promise<LdCallerIdentity> {
    return this.send<LdCallerIdentity>({ route: ROUTES.getCallerIdentity, repeat: "safe" });
  }

  getToken(id: string): Promise<LdToken | undefined> {
    return this.getOptional<LdToken>(ROUTES.getToken, { id });
  }

  /** With its environments embedded (`expand=environments`), so that one read usually names them all. */
  getProject(projectKey: string): Promise<LdProject | undefined> {
    return this.getOptional<LdProject>(ROUTES.getProject, { projectKey }, { expand: "environments" });
  }

  async listEnvironments(projectKey: string): Promise<LdEnvironment[]> {
    return this.listAll<LdEnvironment>(
      ROUTES.getEnvironmentsByProject,
      { projectKey },
      MAX_PAGE_SIZE.environments,
    );
  }

  /** `ContextKindsCollectionRep` has no paging parameters: one request returns them all. */
  async listContextKinds(projectKey: string): Promise<LdContextKind[]> {
    const page = await this.send<{ items?: LdContextKind[] }>({
      route: ROUTES.getContextKindsByProjectKey,
      params: { projectKey },
      repeat: "safe",
    });
    return page.items ?? [];
  }

  /** The contexts of `kind` with `key` that LaunchDarkly has seen (an empty list for one it has never seen). */
  async getContexts(
    projectKey: string,
    environmentKey: string,
    kind: string,
    key: string,
  ): Promise<LdContexts> {
    return this.send<LdContexts>({
      route: ROUTES.getContexts,
      params: { projectKey, environmentKey, kind, key },
      query: { limit: 1 },
      repeat: "safe",
    });
  }

  listSegments(
    projectKey: string,
    environmentKey: string,
    onPage?: (segments: LdSegment[]) => void,
  ): Promise<LdSegment[]> {
    return this.listAll<LdSegment>(
      ROUTES.getSegments,
      { projectKey, environmentKey },
      MAX_PAGE_SIZE.segments,
      {},
      onPage,
    );
  }

  getSegment(projectKey: string, environmentKey: string, segmentKey: string): Promise<LdSegment | undefined> {
    return this.getOptional<LdSegment>(ROUTES.getSegment, { projectKey, environmentKey, segmentKey });
  }

  /** With `experimentCount` (`expand=experimentCount`), so the plan sees which metrics experiments use. */
  listMetrics(projectKey: string): Promise<LdMetric[]> {
    return this.listAll<LdMetric>(ROUTES.getMetrics, { projectKey }, MAX_PAGE_SIZE.metrics, {
      expand: "experimentCount",
    });
  }

  getMetric(projectKey: string, metricKey: string): Promise<LdMetric | undefined> {
    return this.getOptional<LdMetric>(ROUTES.getMetric, { projectKey, metricKey });
  }

  /** The metric with the experiments that use it (`expand=experiments,experimentCount`). */
  getMetricUsage(projectKey: string, metricKey: string): Promise<LdMetric | undefined> {
    return this.getOptional<LdMetric>(
      ROUTES.getMetric,
      { projectKey, metricKey },
      { expand: "experiments,experimentCount" },
    );
  }

  /** Every flag of the project with this environment's targeting (`env=…&summary=0`: rules, prerequisites). */
  listFlags(projectKey: string, environmentKey: string): Promise<LdFlag[]> {
    return this.listAll<LdFlag>(ROUTES.getFeatureFlags, { projectKey }, MAX_PAGE_SIZE.flags, {
      env: environmentKey,
      summary: 0,
    });
  }

  getFlag(projectKey: string, flagKey: string, environmentKey: string): Promise<LdFlag | undefined> {
    return this.getOptional<LdFlag>(
      ROUTES.getFeatureFlag,
      { projectKey, featureFlagKey: flagKey },
      { env: environmentKey },
    );
  }

  /** Create or update: the same body twice gives the same kind, so it is repeated after an answerless attempt. */
  async putContextKind(projectKey: string, key: string, body: LdContextKindPut): Promise<void> {
    await this.send<unknown>({
      route: ROUTES.putContextKind,
      params: { projectKey, key },
      body,
      repeat: "safe",
    });
  }

  listRoles(): Promise<LdRole[]> {
    return this.listAll<LdRole>(ROUTES.getCustomRoles, {}, MAX_PAGE_SIZE.roles);
  }

  getRole(roleKey: string): Promise<LdRole | undefined> {
    return this.getOptional<LdRole>(ROUTES.getCustomRole, { customRoleKey: roleKey });
  }

  /**
   * Newest first. `limit` caps the number of entries returned (default 100); `after` (epoch ms) keeps only newer
   * entries. The audit log has no total count, so pages are followed one after the other.
   */
  async listAuditLog(
    spec: string,
    options: { limit?: number; after?: number } = {},
  ): Promise<LdAuditLogEntry[]> {
    const wanted = options.limit ?? DEFAULT_AUDIT_LOG_LIMIT;
    const entries: LdAuditLogEntry[] = [];
    if (wanted <= 0) return entries;
    let page = await this.send<LdPage<LdAuditLogEntry>>({
      route: ROUTES.getAuditLogEntries,
      query: { spec, limit: Math.min(wanted, MAX_PAGE_SIZE.auditLog), after: options.after },
      repeat: "safe",
    });
    const seen = new Set<string>();
    for (let followed = 0; ; followed++) {
      for (const entry of page.items ?? []) {
        if (seen.has(entry._id)) continue;
        seen.add(entry._id);
        entries.push(entry);
        if (entries.length >= wanted) return entries;
      }
      const href = nextHref(page);
      if (href === undefined || followed >= MAX_FOLLOWED_PAGES || (page.items ?? []).length === 0)
        return entries;
      page = await this.send<LdPage<LdAuditLogEntry>>({
        route: ROUTES.getAuditLogEntries,
        href,
        repeat: "safe",
      });
    }
  }

  // ---- segment writes ------------------------------------------------------------------------------------------

  /**
   * `SegmentBody` has no comment field, so `comment` is not sent; the PATCH that sets rules and targets carries it.
   * After an answerless attempt the client looks the key up: found → created; absent → sent again.
   */
  createSegment(
    projectKey: string,
    environmentKey: string,
    body: LdSegmentPost,
    _comment?: string,
  ): Promise<LdSegment> {
    const params = { projectKey, environmentKey };
    return this.createVerified(
      () => this.send<LdSegment>({ route: ROUTES.postSegment, params, body, repeat: "once" }),
      () => this.getSegment(projectKey, environmentKey, body.key),
    );
  }

  patchSegmentSemantic(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    instructions: SemanticPatchInstruction[],
    comment?: string,
  ): Promise<LdSegment> {
    return this.send<LdSegment>({
      route: ROUTES.patchSegment,
      params: { projectKey, environmentKey, segmentKey },
      body: { environmentKey, instructions, ...(comment !== undefined ? { comment } : {}) },
      contentType: SEMANTIC_PATCH_CONTENT_TYPE,
      repeat: isSemanticPatchRepeatable(instructions) ? "safe" : "once",
    });
  }

  patchSegmentJson(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    patch: JsonPatchOperation[],
    comment?: string,
  ): Promise<LdSegment> {
    return this.send<LdSegment>({
      route: ROUTES.patchSegment,
      params: { projectKey, environmentKey, segmentKey },
      body: { patch, ...(comment !== undefined ? { comment } : {}) },
      repeat: isJsonPatchRepeatable(patch) ? "safe" : "once",
    });
  }

  /** Adding or removing set members is idempotent, so this is repeated after an answerless attempt. */
  async updateBigSegmentTargets(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    update: LdBigSegmentTargetsUpdate,
  ): Promise<void> {
    await this.send<unknown>({
      route: ROUTES.updateBigSegmentContextTargets,
      params: { projectKey, environmentKey, segmentKey },
      body: update,
      repeat: "safe",
    });
  }

  getBigSegmentMembership(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    contextKey: string,
  ): Promise<LdBigSegmentTarget | undefined> {
    return this.getOptional<LdBigSegmentTarget>(ROUTES.getSegmentMembershipForContext, {
      projectKey,
      environmentKey,
      segmentKey,
      contextKey,
    });
  }

  /**
   * `createBigSegmentImport`: a multipart upload streamed from the key slice. LaunchDarkly answers 204 and names
   * the import only in `Location` (`…/imports/{importID}`). Not repeated after a lost answer: the upload may have
   * started an import, and a second one would be refused (409) while it runs.
   */
  async createBigSegmentImport(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    upload: ImportUpload,
  ): Promise<string> {
    const result = await this.transport.call<unknown>({
      route: ROUTES.createBigSegmentImport,
      params: { projectKey, environmentKey, segmentKey },
      stream: multipartImportBody(upload),
      repeat: "once",
    });
    const location = result.headers.location;
    const href = Array.isArray(location) ? location[0] : location;
    const importId = href
      ? decodeURIComponent(new URL(href, "http://x").pathname.split("/").pop() ?? "")
      : "";
    if (importId === "")
      throw new Error(
        `LaunchDarkly accepted the import for segment ${segmentKey} but named no import in its Location header`,
      );
    return importId;
  }

  getBigSegmentImport(
    projectKey: string,
    environmentKey: string,
    segmentKey: string,
    importId: string,
  ): Promise<LdBigSegmentImport> {
    return this.send<LdBigSegmentImport>({
      route: ROUTES.getBigSegmentImport,
      params: { projectKey, environmentKey, segmentKey, importID: importId },
      repeat: "safe",
    });
  }

  deleteSegment(projectKey: string, environmentKey: string, segmentKey: string): Promise<void> {
    const params = { projectKey, environmentKey, segmentKey };
    return this.deleteVerified(ROUTES.deleteSegment, params, () =>
      this.getSegment(projectKey, environmentKey, segmentKey),
    );
  }

  // ---- metric writes (no comment field on any metric write) -----------------------------------------------------

  createMetric(projectKey: string, body: LdMetricPost): Promise<LdMetric> {
    return this.createVerified(
      () => this.send<LdMetric>({ route: ROUTES.postMetric, params: { projectKey }, body, repeat: "once" }),
      () => this.getMetric(projectKey, body.key),
    );
  }

  /** `PATCH /api/v2/metrics/{p}/{m}` takes a bare JSON Patch array (no comment wrapper). */
  patchMetric(projectKey: string, metricKey: string, patch: JsonPatchOperation[]): Promise<LdMetric> {
    return this.send<LdMetric>({
      route: ROUTES.patchMetric,
      params: { projectKey, metricKey },
      body: patch,
      repeat: isJsonPatchRepeatable(patch) ? "safe" : "once",
    });
  }

  deleteMetric(projectKey: string, metricKey: string): Promise<void> {
    return this.deleteVerified(ROUTES.deleteMetric, { projectKey, metricKey }, () =>
      this.getMetric(projectKey, metricKey),
    );
  }

  // ---- role writes ---------------------------------------------------------------------------------------------

  createRole(body: LdRolePost): Promise<LdRole> {
    return this.createVerified(
      () => this.send<LdRole>({ route: ROUTES.postCustomRole, body, repeat: "once" }),
      () => this.getRole(body.key),
    );
  }

  patchRole(roleKey: string, patch: JsonPatchOperation[], comment?: string): Promise<LdRole> {
    return this.send<LdRole>({
      route: ROUTES.patchCustomRole,
      params: { customRoleKey: roleKey },
      body: { patch, ...(comment !== undefined ? { comment } : {}) },
      repeat: isJsonPatchRepeatable(patch) ? "safe" : "once",
    });
  }

  deleteRole(roleKey: string): Promise<void> {
    return this.deleteVerified(ROUTES.deleteCustomRole, { customRoleKey: roleKey }, () =>
      this.getRole(roleKey),
    );
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private async send<T>(spec: CallSpec): Promise<T> {
    return (await this.transport.call<T>(spec)).body;
  }

  private async getOptional<T>(
    route: Route,
    params: RouteParams,
    query?: CallSpec["query"],
  ): Promise<T | undefined> {
    try {
      return await this.send<T>({ route, params, query, repeat: "safe" });
    } catch (error) {
      if (error instanceof LaunchDarklyError && error.status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Reads a whole list: first page at the largest size; with `totalCount`, every other page concurrently (the
   * transport's concurrency bound and pacing still apply); then `_links.next` for anything added meanwhile or
   * when no total is given.
   */
  private async listAll<T extends { key: string }>(
    route: Route,
    params: RouteParams,
    pageSize: number,
    extraQuery: CallSpec["query"] = {},
    /** Each page's items as the page arrives (in arrival order; the result is still in list order). */
    onPage?: (items: T[]) => void,
  ): Promise<T[]> {
    const heard = <P extends LdPage<T>>(page: P): P => {
      if (onPage && page.items && page.items.length > 0) onPage(page.items);
      return page;
    };
    const first = heard(
      await this.send<LdPage<T>>({
        route,
        params,
        query: { ...extraQuery, limit: pageSize, offset: 0 },
        repeat: "safe",
      }),
    );
    const pages: LdPage<T>[] = [first];
    const firstLength = first.items?.length ?? 0;
    if (first.totalCount !== undefined && firstLength > 0) {
      // If the server capped the page below what was asked, its own page length is the step.
      const step = Math.min(pageSize, firstLength);
      const offsets = remainingPageOffsets(first.totalCount, step);
      const rest = await Promise.all(
        offsets.map(async (offset) =>
          heard(
            await this.send<LdPage<T>>({
              route,
              params,
              query: { ...extraQuery, limit: step, offset },
              repeat: "safe",
            }),
          ),
        ),
      );
      pages.push(...rest);
    }
    // Follow `next` from the last page read: covers lists without totalCount and items added while reading.
    let last = pages[pages.length - 1];
    const followed = new Set<string>();
    for (let href = nextHref(last); href !== undefined && !followed.has(href); href = nextHref(last)) {
      if (followed.size >= MAX_FOLLOWED_PAGES) break;
      followed.add(href);
      // The route's params go along so that an error names the list (project, environment), not "undefined".
      last = heard(await this.send<LdPage<T>>({ route, params, href, repeat: "safe" }));
      pages.push(last);
      if ((last.items?.length ?? 0) === 0) break;
    }
    return uniqueBy(
      pages.flatMap((page) => page.items ?? []),
      (item) => item.key,
    );
  }

  /**
   * A create that got no answer is checked, not repeated blindly: if the key now exists, the create went through
   * (return what is there); if it does not, sending again is safe.
   */
  private async createVerified<T>(create: () => Promise<T>, find: () => Promise<T | undefined>): Promise<T> {
    let checkedAbsent = false;
    for (let attempt = 1; ; attempt++) {
      try {
        return await create();
      } catch (error) {
        if (!(error instanceof LaunchDarklyError)) throw error;
        // A 409 after we had to check means an earlier attempt did create it.
        const conflictAfterUnknown = checkedAbsent && error.status === 409;
        if (!error.outcomeUnknown && !conflictAfterUnknown) throw error;
        let existing: T | undefined;
        try {
          existing = await find();
        } catch {
          throw error;
        }
        if (existing !== undefined) return existing;
        if (attempt >= this.maxCreateAttempts) throw error;
        checkedAbsent = true;
      }
    }
  }

  /** A delete that got no answer is checked: gone → done; still there → sent again. */
  private async deleteVerified(
    route: Route,
    params: RouteParams,
    find: () => Promise<unknown>,
  ): Promise<void> {
    let checked = false;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.send<unknown>({ route, params, repeat: "once" });
        return;
      } catch (error) {
        if (!(error instanceof LaunchDarklyError)) throw error;
        // Our own earlier attempt removed it.
        if (checked && error.status === 404) return;
        if (!error.outcomeUnknown) throw error;
        let existing: unknown;
        try {
          existing = await find();
        } catch {
          throw error;
        }
        if (existing === undefined) return;
        if (attempt >= this.maxCreateAttempts) throw error;
        checked = true;
      }
    }
  }
}
