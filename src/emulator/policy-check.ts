// Custom roles and inline roles on the emulator's writes: the action each write needs (the same mapping the
// client uses to explain a 403, src/permissions/request-actions.ts), checked against the token's policies with the
// resource's real tags and `critical` flag from the state. A write no action can be named for is let through,
// as the pre-flight check (src/apply/write-access.ts) cannot name one either.

import { ROUTES } from "../launchdarkly/routes.js";
import { evaluateAccess } from "../permissions/evaluate-access.js";
import { resourceSpecifierFor } from "../permissions/format-resource-specifier.js";
import { requiredPermission } from "../permissions/request-actions.js";
import type { ResourceChain, ResourceLevel } from "../permissions/resource.js";
import type { Caller } from "./audit-log.js";
import { isSemanticPatch } from "./router.js";
import type { EmulatorStore } from "./store.js";
import { tokenPermissions } from "./tokens.js";

const OPERATION_IDS = new Map<string, string>(
  Object.values(ROUTES).map((route) => [`${route.method} ${route.template}`, route.operationId]),
);

/** Writes the client never makes, named after their role actions so the emulator can still check them. */
function projectWritePermission(
  routeKey: string,
  params: Record<string, string>,
  bodyKey: string,
): { resource: string; actions: string[] } | undefined {
  // The route templates below name these path parameters.
  const p = params.projectKey!;
  switch (routeKey) {
    case "POST /api/v2/projects":
      return {
        resource: resourceSpecifierFor({ type: "project", project: bodyKey }),
        actions: ["createProject"],
      };
    case "DELETE /api/v2/projects/{projectKey}":
      return { resource: resourceSpecifierFor({ type: "project", project: p }), actions: ["deleteProject"] };
    case "POST /api/v2/projects/{projectKey}/environments":
      return {
        resource: resourceSpecifierFor({ type: "environment", project: p, environment: bodyKey }),
        actions: ["createEnvironment"],
      };
    case "DELETE /api/v2/projects/{projectKey}/environments/{environmentKey}":
      return {
        resource: resourceSpecifierFor({
          type: "environment",
          project: p,
          environment: params.environmentKey!,
        }),
        actions: ["deleteEnvironment"],
      };
    default:
      return undefined;
  }
}

/** The resource with the tags and `critical` flag the state knows (and, for a create, the tags in the body). */
function targetOf(resource: string, store: EmulatorStore, body: unknown): ResourceChain {
  // Not `parseResource`: the keys here are not validated yet (a create's body key, a decoded path parameter), and
  // the specifier grammar rejects keys such as `bad key`. Split as written; the handler answers 400 for those.
  const levels = resource.split(":").map((part): ResourceLevel => {
    const slash = part.indexOf("/");
    return slash < 0 ? { type: part } : { type: part.slice(0, slash), key: part.slice(slash + 1) };
  });
  const [first, second, third] = levels;
  const bodyTags = (body as { tags?: unknown } | undefined)?.tags;
  const createdTags = Array.isArray(bodyTags) ? (bodyTags as string[]) : [];
  if (first?.type === "proj") {
    const project = store.projects.get(first.key ?? "");
    first.tags = project?.project.tags ?? createdTags;
    if (second?.type === "env") {
      const environment = project?.environments.get(second.key ?? "");
      second.tags = environment?.environment.tags ?? createdTags;
      second.properties = { critical: environment?.environment.critical ?? false };
      if (third?.type === "segment") {
        third.tags = environment?.segments.get(third.key ?? "")?.segment.tags ?? createdTags;
      }
    } else if (second?.type === "metric") {
      second.tags = project?.metrics.get(second.key ?? "")?.tags ?? createdTags;
    }
  } else if (first?.type === "role") {
    first.tags = [];
  }
  return levels;
}

export interface WriteRequest {
  method: string;
  template: string;
  params: Record<string, string>;
  body: unknown;
  contentType: string;
}

/** Why a policy-limited token may not make this write, or undefined when it may. */
export function policyRefusal(
  request: WriteRequest,
  caller: Caller,
  store: EmulatorStore,
): string | undefined {
  const routeKey = `${request.method} ${request.template}`;
  const operationId = OPERATION_IDS.get(routeKey);
  const bodyKey = (request.body as { key?: unknown } | undefined)?.key;
  const needed = operationId
    ? requiredPermission({
        operationId,
        params: request.params,
        body: request.body,
        semanticPatch: isSemanticPatch(request.contentType),
      })
    : projectWritePermission(routeKey, request.params, typeof bodyKey === "string" ? bodyKey : "*");
  if (!needed) return undefined;
  const permissions = tokenPermissions(caller, store);
  const target = targetOf(needed.resource, store, request.body);
  for (const action of needed.actions) {
    const decision = evaluateAccess(permissions, { action, resource: target });
    if (!decision.allowed) return `${action} on ${needed.resource}: ${decision.reason}`;
  }
  return undefined;
}
