// Context kinds per project: `GET /api/v2/projects/{p}/context-kinds` (all of them, unpaged: the collection has
// no paging parameters) and `PUT …/context-kinds/{key}` (create or update; answers `UpsertResponseRep`).

import type { LdContextKindPut } from "../../launchdarkly/types.js";
import { invalidRequest } from "../http-error.js";
import { buildContextKind, hrefs, link } from "../representations.js";
import { assertRequestBody } from "../request-schemas.js";
import type { Router } from "../router.js";
import { isValidKey, requireProject } from "./lookup.js";

export function registerContextKindRoutes(router: Router): void {
  router.add("GET", "/api/v2/projects/{projectKey}/context-kinds", (context) => {
    const project = requireProject(context.store, context.params.projectKey as string);
    return {
      status: 200,
      body: {
        items: [...project.contextKinds.values()],
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
        version: body.version ?? (current ? current.version + 1 : 1),
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
