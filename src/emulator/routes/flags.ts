// Flags per project: create (`FeatureFlagBody`), list (`env=…`, `summary=0`), read, JSON Patch (environment
// rules, prerequisites, on/off through `/environments/{env}/…`) and delete. Enough for seeding the flags that
// use segments; semantic patches on flags are not emulated.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../launchdarkly/limits.js";
import type { JsonPatchOperation, LdFlag } from "../../launchdarkly/types.js";
import { buildFlag, completeFlagEnvironments, type FlagInput, flagView } from "../flags.js";
import { conflict, invalidRequest, notFound } from "../http-error.js";
import { applyJsonPatch } from "../json-patch.js";
import { pageLinks, parsePage } from "../pagination.js";
import { hrefs } from "../representations.js";
import { assertRequestBody } from "../request-schemas.js";
import { isSemanticPatch, type Router } from "../router.js";
import type { ProjectRecord } from "../store.js";
import { isValidKey, requireProject } from "./lookup.js";

const READ_ONLY_FLAG_FIELDS = new Set(["key", "kind", "creationDate", "experiments"]);

function requireFlag(project: ProjectRecord, flagKey: string): LdFlag {
  const flag = project.flags.get(flagKey);
  if (!flag) throw notFound(`Unknown flag key "${flagKey}" in project "${project.project.key}"`);
  return flag;
}

/** `prerequisites` of a flag environment must name other existing flags and one of their variations. */
function checkFlag(project: ProjectRecord, flag: LdFlag): void {
  if (typeof flag.name !== "string" || flag.name === "")
    throw invalidRequest("name must be a non-empty string");
  for (const [environmentKey, config] of Object.entries(flag.environments ?? {})) {
    if (!project.environments.has(environmentKey))
      throw invalidRequest(`Unknown environment "${environmentKey}" in flag "${flag.key}"`);
    if (typeof config.on !== "boolean")
      throw invalidRequest(`environments/${environmentKey}/on must be a boolean`);
    for (const [index, rule] of (config.rules ?? []).entries()) {
      if (!rule || !Array.isArray(rule.clauses))
        throw invalidRequest(`environments/${environmentKey}/rules/${index}/clauses must be an array`);
      for (const clause of rule.clauses) {
        if (
          typeof clause?.attribute !== "string" ||
          typeof clause.op !== "string" ||
          !Array.isArray(clause.values)
        )
          throw invalidRequest(
            `environments/${environmentKey}/rules/${index}: a clause needs attribute, op and values`,
          );
      }
    }
    for (const prerequisite of config.prerequisites ?? []) {
      const other = project.flags.get(prerequisite?.key);
      if (!other || other.key === flag.key)
        throw invalidRequest(`prerequisite "${prerequisite?.key}" is not another flag of this project`);
      if (!Number.isInteger(prerequisite.variation) || !other.variations[prerequisite.variation])
        throw invalidRequest(`prerequisite "${prerequisite.key}" has no variation ${prerequisite.variation}`);
    }
  }
}

function environmentKeys(query: URLSearchParams): string[] {
  return query
    .getAll("env")
    .flatMap((value) => value.split(","))
    .filter((key) => key !== "");
}

export function registerFlagRoutes(router: Router): void {
  router.add("GET", "/api/v2/flags/{projectKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const page = parsePage(context.query, DEFAULT_PAGE_SIZE.flags, MAX_PAGE_SIZE.flags);
    const envs = environmentKeys(context.query);
    for (const key of envs)
      if (!project.environments.has(key)) throw invalidRequest(`Unknown environment "${key}"`);
    // `summary=0` only has an effect together with `env`.
    const details = context.query.get("summary") === "0" || context.query.get("summary") === "false";
    const live = [...project.flags.values()].filter((flag) => !flag.archived);
    const items = live
      .slice(page.offset, page.offset + page.limit)
      .map((flag) => flagView(flag, envs, details));
    return {
      status: 200,
      body: {
        items,
        _links: pageLinks(hrefs.flags(project.project.key), context.query, page, live.length),
        totalCount: live.length,
      },
    };
  });

  router.add("POST", "/api/v2/flags/{projectKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const body = assertRequestBody<
      Omit<FlagInput, "prerequisites"> & { initialPrerequisites?: { key: string; variationId: string }[] }
    >("FeatureFlagBody", context.body);
    if (!isValidKey(body.key)) throw invalidRequest(`Invalid flag key "${body.key}"`);
    if (project.flags.has(body.key)) throw conflict(`A flag with key "${body.key}" already exists`);
    const prerequisites = (body.initialPrerequisites ?? []).map(({ key, variationId }) => {
      const variation = project.flags.get(key)?.variations.findIndex((v) => v._id === variationId) ?? -1;
      if (variation < 0)
        throw invalidRequest(`initialPrerequisites: no flag "${key}" with variation "${variationId}"`);
      return { key, variation };
    });
    const variations = body.variations;
    if (variations !== undefined && variations.length < 2)
      throw invalidRequest("a flag needs at least two variations");
    const flag = buildFlag(project, { ...body, prerequisites }, context.store.clock.now());
    project.flags.set(flag.key, flag);
    return { status: 201, body: flag };
  });

  router.add("GET", "/api/v2/flags/{projectKey}/{featureFlagKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const flag = requireFlag(project, context.params.featureFlagKey as string);
    const envs = environmentKeys(context.query);
    return {
      status: 200,
      body: flagView(flag, envs.length > 0 ? envs : [...project.environments.keys()], true),
    };
  });

  router.add("PATCH", "/api/v2/flags/{projectKey}/{featureFlagKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const current = requireFlag(project, context.params.featureFlagKey as string);
    if (isSemanticPatch(context.contentType))
      throw invalidRequest("The emulator takes JSON Patch ({patch, comment}) on flags, not semantic patches");
    const wrapped = assertRequestBody<{ patch: JsonPatchOperation[]; comment?: string }>(
      "PatchWithComment",
      context.body,
    );
    const next = applyJsonPatch(current, wrapped.patch, READ_ONLY_FLAG_FIELDS);
    const now = context.store.clock.now();
    completeFlagEnvironments(project, next, now);
    checkFlag(project, next);
    if (JSON.stringify(next) === JSON.stringify(current)) return { status: 200, body: current };
    if (context.query.get("dryRun") === "true") return { status: 200, body: next };
    next._version = current._version + 1;
    for (const [key, config] of Object.entries(next.environments ?? {})) {
      if (JSON.stringify(config) === JSON.stringify(current.environments?.[key])) continue;
      config.version = (current.environments?.[key]?.version ?? 0) + 1;
      config.lastModified = now;
    }
    project.flags.set(next.key, next);
    return { status: 200, body: next };
  });

  router.add("DELETE", "/api/v2/flags/{projectKey}/{featureFlagKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const flag = requireFlag(project, context.params.featureFlagKey as string);
    project.flags.delete(flag.key);
    return { status: 204 };
  });
}
