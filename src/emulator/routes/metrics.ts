// Metrics per project. POST takes `MetricPost`; PATCH takes a bare JSON Patch array; `_version` and `_versionId`
// change on every change. Defaults from the OpenAPI descriptions: `tags` [], `dataSource` "launchdarkly",
// `eventDefault.disabled` false with `value` 0; `randomizationUnits` ["user"] (the schema's example).
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../launchdarkly/limits.js";
import type { JsonPatchOperation, LdMetric, LdMetricPost } from "../../launchdarkly/types.js";
import { METRIC_DEFINITION_FIELDS } from "../../model/metric.js";
import { resourceSpecifierFor } from "../../permissions/format-resource-specifier.js";
import { recordAudit } from "../audit-log.js";
import { conflict, invalidRequest, notFound } from "../http-error.js";
import { newObjectId, newUuid } from "../ids.js";
import { applyJsonPatch } from "../json-patch.js";
import { pageLinks, pageOfValues, parsePage } from "../pagination.js";
import { hrefs, metricLinks } from "../representations.js";
import { assertRequestBody } from "../request-schemas.js";
import type { RequestContext, Router } from "../router.js";
import type { ProjectRecord } from "../store.js";
import { isValidKey, requireProject } from "./lookup.js";

const READ_ONLY_METRIC_FIELDS = new Set([
  "key",
  "experimentCount",
  "activeExperimentCount",
  "activeGuardedRolloutCount",
  "experiments",
  "metricGroupCount",
  "lastModified",
  "isActive",
]);

/** Rules the `MetricPost` descriptions state per kind ("Required for click metrics only", ...). */
function checkMetricDefinition(metric: Partial<LdMetricPost> & { kind?: string }): void {
  if (typeof metric.key !== "string" || !isValidKey(metric.key))
    throw invalidRequest(`Invalid metric key "${metric.key}"`);
  if (metric.kind !== "pageview" && metric.kind !== "click" && metric.kind !== "custom") {
    throw invalidRequest("kind must be one of pageview, click, custom");
  }
  if (typeof metric.name !== "string" || metric.name === "")
    throw invalidRequest("name must be a non-empty string");
  if (!Array.isArray(metric.tags) || !metric.tags.every((tag) => typeof tag === "string")) {
    throw invalidRequest("tags must be an array of strings");
  }
  if (metric.kind === "click" && !metric.selector) throw invalidRequest("click metrics require selector");
  if ((metric.kind === "click" || metric.kind === "pageview") && (!metric.urls || metric.urls.length === 0)) {
    throw invalidRequest(`${metric.kind} metrics require urls`);
  }
  if (metric.kind === "custom") {
    if (!metric.eventKey) throw invalidRequest("custom metrics require eventKey");
    if (typeof metric.isNumeric !== "boolean") throw invalidRequest("custom metrics require isNumeric");
    if (metric.isNumeric && !metric.successCriteria)
      throw invalidRequest("numeric custom metrics require successCriteria");
  } else {
    for (const field of ["eventKey", "isNumeric", "unit"] as const) {
      if (metric[field] !== undefined) throw invalidRequest(`${field} applies to custom metrics only`);
    }
  }
  if (metric.unit !== undefined && !metric.isNumeric)
    throw invalidRequest("unit applies to numeric custom metrics only");
  if (metric.analysisType === "percentile" && metric.percentileValue === undefined) {
    throw invalidRequest("percentileValue is required when analysisType is percentile");
  }
  if (metric.percentileValue !== undefined && (metric.percentileValue < 0 || metric.percentileValue > 100)) {
    throw invalidRequest("percentileValue must be between 0 and 100");
  }
}

function requireMetric(project: ProjectRecord, metricKey: string): LdMetric {
  const metric = project.metrics.get(metricKey);
  if (!metric) throw notFound(`Unknown metric key "${metricKey}" in project "${project.project.key}"`);
  return metric;
}

function buildMetric(projectKey: string, body: LdMetricPost, now: number): LdMetric {
  const metric: LdMetric = {
    experimentCount: 0,
    metricGroupCount: 0,
    _id: newObjectId(),
    _versionId: newUuid(),
    _version: 1,
    key: body.key,
    name: body.name ?? body.key,
    kind: body.kind,
    _attachedFlagCount: 0,
    _links: metricLinks(projectKey, body.key),
    tags: body.tags ?? [],
    _creationDate: now,
    lastModified: { date: new Date(now).toISOString() },
    randomizationUnits: body.randomizationUnits ?? ["user"],
    eventDefault: {
      disabled: body.eventDefault?.disabled ?? false,
      value: body.eventDefault?.value ?? 0,
    },
    dataSource: body.dataSource ?? { key: "launchdarkly" },
  };
  // The remaining `MetricPost` fields, as given.
  for (const field of METRIC_DEFINITION_FIELDS) {
    if (!(field in metric) && body[field] !== undefined)
      (metric as Record<string, unknown>)[field] = body[field];
  }
  return metric;
}

function expanded(query: URLSearchParams): Set<string> {
  return new Set(
    query
      .getAll("expand")
      .flatMap((value) => value.split(","))
      .map((part) => part.trim()),
  );
}

/**
 * The metric with the usage fields LaunchDarkly derives from experiments and guarded rollouts: counts always,
 * `experiments` (`DependentExperimentRep`s) on `expand=experiments`.
 */
function metricView(project: ProjectRecord, metric: LdMetric, expand: Set<string>): LdMetric {
  const experiments = project.experiments.filter((e) => e.metrics.includes(metric.key));
  const rollouts = project.guardedRollouts.filter((r) => r.metrics.includes(metric.key));
  const view: LdMetric = {
    ...metric,
    experimentCount: experiments.length,
    activeExperimentCount: experiments.filter((e) => e.running && e.archivedDate === undefined).length,
    activeGuardedRolloutCount: rollouts.filter((r) => r.status === "monitoring").length,
  };
  if (expand.has("experiments")) {
    view.experiments = experiments.map((e) => {
      const environment = project.environments.get(e.environmentKey)?.environment;
      return {
        key: e.key,
        name: e.name,
        environmentId: environment?._id ?? e.environmentKey,
        environmentKey: e.environmentKey,
        creationDate: e.creationDate ?? metric._creationDate,
        ...(e.archivedDate !== undefined ? { archivedDate: e.archivedDate } : {}),
        _links: {
          self: {
            href: `/api/v2/projects/${encodeURIComponent(project.project.key)}/environments/${encodeURIComponent(e.environmentKey)}/experiments/${encodeURIComponent(e.key)}`,
            type: "application/json",
          },
        },
      };
    });
  }
  return view;
}

export function registerMetricRoutes(router: Router): void {
  router.add("GET", "/api/v2/metrics/{projectKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const page = parsePage(context.query, DEFAULT_PAGE_SIZE.metrics, MAX_PAGE_SIZE.metrics);
    return {
      status: 200,
      body: {
        items: pageOfValues(project.metrics, page).map((metric) => metricView(project, metric, new Set())),
        _links: pageLinks(hrefs.metrics(project.project.key), context.query, page, project.metrics.size),
        totalCount: project.metrics.size,
      },
    };
  });

  router.add("POST", "/api/v2/metrics/{projectKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const body = assertRequestBody<LdMetricPost>("MetricPost", context.body);
    checkMetricDefinition({ ...body, name: body.name ?? body.key, tags: body.tags ?? [] });
    if (project.metrics.has(body.key)) throw conflict(`A metric with key "${body.key}" already exists`);
    const now = context.store.clock.now();
    const metric = buildMetric(project.project.key, body, now);
    project.metrics.set(body.key, metric);
    audit(context, project.project.key, metric, ["createMetric"], "created the metric", now);
    return { status: 201, body: metric };
  });

  router.add("GET", "/api/v2/metrics/{projectKey}/{metricKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const metric = requireMetric(project, context.params.metricKey as string);
    return { status: 200, body: metricView(project, metric, expanded(context.query)) };
  });

  router.add("PATCH", "/api/v2/metrics/{projectKey}/{metricKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const current = requireMetric(project, context.params.metricKey as string);
    if (!Array.isArray(context.body)) {
      throw invalidRequest("Metric PATCH takes a bare JSON Patch array (no {patch, comment} wrapper)");
    }
    const patch = assertRequestBody<JsonPatchOperation[]>("JSONPatch", context.body);
    const next = applyJsonPatch(current, patch, READ_ONLY_METRIC_FIELDS);
    checkMetricDefinition(next as unknown as LdMetricPost);
    if (JSON.stringify(next) === JSON.stringify(current)) return { status: 200, body: current };
    const now = context.store.clock.now();
    next._version = (current._version ?? 1) + 1;
    next._versionId = newUuid();
    next.lastModified = { date: new Date(now).toISOString() };
    project.metrics.set(current.key, next);
    audit(context, project.project.key, next, ["updateMetric"], "updated the metric", now);
    return { status: 200, body: next };
  });

  router.add("DELETE", "/api/v2/metrics/{projectKey}/{metricKey}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const metric = requireMetric(project, context.params.metricKey as string);
    project.metrics.delete(metric.key);
    audit(context, project.project.key, metric, ["deleteMetric"], "deleted the metric");
    return { status: 204 };
  });
}

function audit(
  context: RequestContext,
  projectKey: string,
  metric: LdMetric,
  actions: string[],
  titleVerb: string,
  now?: number,
): void {
  recordAudit(
    context,
    {
      kind: "metric",
      resource: resourceSpecifierFor({ type: "metric", project: projectKey, key: metric.key }),
      name: metric.name,
      actions,
      titleVerb,
    },
    now,
  );
}
