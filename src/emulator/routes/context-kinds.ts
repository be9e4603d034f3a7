// `GET /api/v2/projects/{projectKey}/context-kinds` (`ContextKindsCollectionRep`). The emulator keeps no context
// kinds of its own: like LaunchDarkly's "auto-add", a kind exists once something in the project uses it (metric
// randomization units, segment targets and rule clauses, a big segment's context kind); `user` always exists.
import type { LdContextKind } from "../../launchdarkly/types.js";
import type { Router } from "../router.js";
import type { ProjectRecord } from "../store.js";
import { requireProject } from "./lookup.js";

function kindsUsedIn(record: ProjectRecord): Set<string> {
  const kinds = new Set<string>(["user"]);
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
      for (const rule of segment.rules ?? [])
        for (const clause of rule.clauses ?? []) add(clause.contextKind);
    }
  }
  return kinds;
}

function contextKindRep(key: string, createdAt: number): LdContextKind {
  return {
    key,
    name: key,
    description: "",
    version: 1,
    creationDate: createdAt,
    lastModified: createdAt,
    createdFrom: key === "user" ? "default" : "auto-add",
    archived: false,
    hideInTargeting: false,
  };
}

export function registerContextKindRoutes(router: Router): void {
  router.add("GET", "/api/v2/projects/{projectKey}/context-kinds", (context) => {
    const record = requireProject(context.store, context.params.projectKey as string);
    const created = record.project.creationDate;
    const createdAt = typeof created === "number" ? created : 0;
    return {
      status: 200,
      body: {
        items: [...kindsUsedIn(record)].map((key) => contextKindRep(key, createdAt)),
        _links: {
          self: {
            href: `/api/v2/projects/${encodeURIComponent(record.project.key)}/context-kinds`,
            type: "application/json",
          },
        },
      },
    };
  });
}
