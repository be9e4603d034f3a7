// Projects and environments: `POST/GET /api/v2/projects`, `GET/DELETE /api/v2/projects/{p}`,
// `GET/POST /api/v2/projects/{p}/environments`, `GET/DELETE .../environments/{e}`.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../launchdarkly/limits.js";
import type { LdEnvironment, LdProject } from "../../launchdarkly/types.js";
import { resourceSpecifierFor } from "../../permissions/format-resource-specifier.js";
import { recordAudit } from "../audit-log.js";
import { conflict, invalidRequest } from "../http-error.js";
import { pageLinks, pageOfValues, parsePage } from "../pagination.js";
import {
  buildEnvironment,
  buildProject,
  DEFAULT_ENVIRONMENTS,
  defaultContextKind,
  type EnvironmentInput,
  hrefs,
  link,
  type ProjectInput,
  segmentLinks,
} from "../representations.js";
import { assertRequestBody } from "../request-schemas.js";
import type { RequestContext, Router } from "../router.js";
import { emptyProjectRecord, type ProjectRecord } from "../store.js";
import { commentOf, isValidKey, requireEnvironment, requireProject } from "./lookup.js";

function expands(context: RequestContext, field: string): boolean {
  return (context.query.get("expand") ?? "")
    .split(",")
    .map((part) => part.trim())
    .includes(field);
}

function environmentsPage(record: ProjectRecord): {
  _links: Record<string, { href: string; type: string }>;
  totalCount: number;
  items: LdEnvironment[];
} {
  return {
    _links: { self: link(hrefs.environments(record.project.key)) },
    totalCount: record.environments.size,
    items: [...record.environments.values()].map((environment) => environment.environment),
  };
}

function projectView(record: ProjectRecord, withEnvironments: boolean): LdProject {
  return withEnvironments ? { ...record.project, environments: environmentsPage(record) } : record.project;
}

export function registerProjectRoutes(router: Router): void {
  router.add("GET", "/api/v2/projects", (context) => {
    const page = parsePage(context.query, DEFAULT_PAGE_SIZE.projects, MAX_PAGE_SIZE.projects);
    const withEnvironments = expands(context, "environments");
    const items = pageOfValues(context.store.projects, page).map((record) =>
      projectView(record, withEnvironments),
    );
    return {
      status: 200,
      body: {
        _links: pageLinks(hrefs.projects(), context.query, page, context.store.projects.size),
        items,
        totalCount: context.store.projects.size,
      },
    };
  });

  router.add("POST", "/api/v2/projects", (context) => {
    const body = assertRequestBody<ProjectInput & { environments?: EnvironmentInput[] }>(
      "ProjectPost",
      context.body,
    );
    if (!isValidKey(body.key)) throw invalidRequest(`Invalid project key "${body.key}"`);
    if (context.store.projects.has(body.key))
      throw conflict(`A project with key "${body.key}" already exists`);
    const environmentInputs = body.environments ?? DEFAULT_ENVIRONMENTS;
    const seen = new Set<string>();
    for (const environment of environmentInputs) {
      if (!isValidKey(environment.key)) throw invalidRequest(`Invalid environment key "${environment.key}"`);
      if (seen.has(environment.key)) throw invalidRequest(`Duplicate environment key "${environment.key}"`);
      seen.add(environment.key);
    }
    const project = buildProject(body);
    const record = emptyProjectRecord(project);
    const kind = defaultContextKind(project.key, context.store.clock.now());
    record.contextKinds.set(kind.key, kind);
    for (const input of environmentInputs) {
      record.environments.set(input.key, {
        environment: buildEnvironment(body.key, input),
        segments: new Map(),
      });
    }
    context.store.projects.set(body.key, record);
    recordAudit(context, {
      kind: "project",
      resource: resourceSpecifierFor({ type: "project", project: body.key }),
      name: body.name,
      actions: ["createProject"],
      titleVerb: "created the project",
      comment: commentOf(context.body),
    });
    return {
      status: 201,
      body: { ...project, environments: [...record.environments.values()].map((e) => e.environment) },
    };
  });

  router.add("GET", "/api/v2/projects/{projectKey}", (context) => {
    const record = requireProject(context.store, context.params.projectKey as string);
    return { status: 200, body: projectView(record, expands(context, "environments")) };
  });

  router.add("DELETE", "/api/v2/projects/{projectKey}", (context) => {
    const record = requireProject(context.store, context.params.projectKey as string);
    context.store.projects.delete(record.project.key);
    recordAudit(context, {
      kind: "project",
      resource: resourceSpecifierFor({ type: "project", project: record.project.key }),
      name: record.project.name,
      actions: ["deleteProject"],
      titleVerb: "deleted the project",
    });
    return { status: 204 };
  });

  router.add("GET", "/api/v2/projects/{projectKey}/environments", (context) => {
    const record = requireProject(context.store, context.params.projectKey as string);
    const page = parsePage(context.query, DEFAULT_PAGE_SIZE.environments, MAX_PAGE_SIZE.environments);
    const items = pageOfValues(record.environments, page).map((environment) => environment.environment);
    return {
      status: 200,
      body: {
        _links: pageLinks(
          hrefs.environments(record.project.key),
          context.query,
          page,
          record.environments.size,
        ),
        totalCount: record.environments.size,
        items,
      },
    };
  });

  router.add("POST", "/api/v2/projects/{projectKey}/environments", (context) => {
    const record = requireProject(context.store, context.params.projectKey as string);
    const body = assertRequestBody<EnvironmentInput & { source?: { key?: string } }>(
      "EnvironmentPost",
      context.body,
    );
    if (!isValidKey(body.key)) throw invalidRequest(`Invalid environment key "${body.key}"`);
    if (record.environments.has(body.key)) {
      throw conflict(
        `An environment with key "${body.key}" already exists in project "${record.project.key}"`,
      );
    }
    const environment = buildEnvironment(record.project.key, body);
    const segments = new Map();
    // `source` clones the source environment's segments (LaunchDarkly copies its flag and segment settings).
    if (body.source?.key) {
      const source = record.environments.get(body.source.key);
      if (!source) throw invalidRequest(`Unknown source environment "${body.source.key}"`);
      for (const [key, segment] of source.segments) {
        const copy = structuredClone(segment);
        copy.segment._links = segmentLinks(record.project.key, body.key, key);
        segments.set(key, copy);
      }
    }
    record.environments.set(body.key, { environment, segments });
    recordAudit(context, {
      kind: "environment",
      resource: resourceSpecifierFor({
        type: "environment",
        project: record.project.key,
        environment: body.key,
      }),
      name: body.name,
      actions: ["createEnvironment"],
      titleVerb: "created the environment",
    });
    return { status: 201, body: environment };
  });

  router.add("GET", "/api/v2/projects/{projectKey}/environments/{environmentKey}", (context) => {
    const { projectKey, environmentKey } = context.params as { projectKey: string; environmentKey: string };
    return { status: 200, body: requireEnvironment(context.store, projectKey, environmentKey).environment };
  });

  router.add("DELETE", "/api/v2/projects/{projectKey}/environments/{environmentKey}", (context) => {
    const { projectKey, environmentKey } = context.params as { projectKey: string; environmentKey: string };
    const environment = requireEnvironment(context.store, projectKey, environmentKey);
    requireProject(context.store, projectKey).environments.delete(environmentKey);
    recordAudit(context, {
      kind: "environment",
      resource: resourceSpecifierFor({
        type: "environment",
        project: projectKey,
        environment: environmentKey,
      }),
      name: environment.environment.name,
      actions: ["deleteEnvironment"],
      titleVerb: "deleted the environment",
    });
    return { status: 204 };
  });
}
