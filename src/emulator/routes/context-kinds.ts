// Context kinds per project: `GET /api/v2/projects/{p}/context-kinds` (`ContextKindsCollectionRep`: all of them,
// unpaged, the collection has no paging parameters) and `PUT …/context-kinds/{key}` (create or update; answers
// `UpsertResponseRep`). A project holds the kinds created with PUT or seeded (`user` from the start); like
// LaunchDarkly's "auto-add", a kind also exists once something in the project uses it (metric randomization units,
// segment targets and rule clauses, a big segment's context kind).

import type { LdContextKind, LdContextKindPut } from "../../launchdarkly/types.js";
import { invalidRequest } from "../http-error.js";
import { buildContextKind, hrefs, link } from "../representations.js";
import { assertRequestBody } from "../request-schemas.js";
import type { Router } from "../router.js";
import type { ProjectRecord } from "../store.js";
import { isValidKey, requireProject } from "./lookup.js";

function kindsUsedIn(record: ProjectRecord): Set<string> {
  const kinds = new Set<string>();
  const add = (kind: unknown): void => {
    if (typeof kind === "string" && kind !== "") kinds.add(kind);
  };
  for (const metric of record.metrics.values()) {
    for (const unit of metric.randomizationUnits ?? []) add(unit);
    for (const unit of (metric.analysisUnits as string[] | undefined) ?? []) add(unit);
  }
  for (const environment of record.environments.values()) {
    for (const { segment } of environment.segments.values()) {
      add(segment.unboundedContextKind);
      for (const target of [...(segment.includedContexts ?? []), ...(segment.excludedContexts ?? [])]) {
        add(target.contextKind);
      }
      for (const rule of segment.rules ?? []) {
        add(rule.rolloutContextKind);
        for (const clause of rule.clauses ?? []) add(clause.contextKind);
      }
    }
  }
  return kinds;
}

/** The project's kinds: the stored ones, then the ones added automatically because something uses them. */
function contextKindsOf(record: ProjectRecord): LdContextKind[] {
  const created = record.project.creationDate;
  const createdAt = typeof created === "number" ? created : 0;
  const added = [...kindsUsedIn(record)]
    .filter((key) => !record.contextKinds.has(key))
    .map((key) =>
      buildContextKind(
        record.project.key,
        { key, name: key, createdFrom: key === "user" ? "default" : "auto-add" },
        createdAt,
      ),
    );
  return [...record.contextKinds.values(), ...added];
}

export function registerContextKindRoutes(router: Router): void {
  router.add("GET", "/api/v2/projects/{projectKey}/context-kinds", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    return {
      status: 200,
      body: {
        items: contextKindsOf(project),
        _links: { self: link(hrefs.contextKinds(project.project.key)) },
      },
    };
  });

  router.add("PUT", "/api/v2/projects/{projectKey}/context-kinds/{key}", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    const key = context.params.key as string;
    if (!isValidKey(key)) throw invalidRequest(`Invalid context kind key "${key}"`);
    if (key === "kind" || key === "multi") throw invalidRequest(`"${key}" cannot be a context kind key`);
    const body = assertRequestBody<LdContextKindPut>("UpsertContextKindPayload", context.body);
    if (body.name.trim() === "") throw invalidRequest("name must not be empty");
    const current = project.contextKinds.get(key);
    const now = context.store.clock.now();
    const archived = body.archived ?? body.hideInTargeting ?? current?.archived ?? false;
    const next = buildContextKind(
      project.project.key,
      {
        ...current,
        key,
        name: body.name,
        description: body.description ?? current?.description ?? "",
        archived,
        hideInTargeting: archived,
        version: body.version ?? (current ? (current.version ?? 0) + 1 : 1),
        creationDate: current?.creationDate ?? now,
        lastModified: now,
        createdFrom: current?.createdFrom ?? "manual",
      },
      now,
    );
    project.contextKinds.set(key, next);
    return {
      status: 200,
      body: {
        status: current ? "updated" : "created",
        _links: { self: link(hrefs.contextKind(project.project.key, key)) },
      },
    };
  });
}
