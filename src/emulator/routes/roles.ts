// Custom roles (account-wide). PATCH takes `{patch, comment}`; `basePermissions` defaults to `no_access`;
// roles carry no version field.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../launchdarkly/limits.js";
import type { JsonPatchOperation, LdRole, LdRolePost } from "../../launchdarkly/types.js";
import { resourceSpecifierFor } from "../../permissions/format-resource-specifier.js";
import { recordAudit } from "../audit-log.js";
import { conflict, invalidRequest, notFound } from "../http-error.js";
import { newObjectId } from "../ids.js";
import { applyJsonPatch } from "../json-patch.js";
import { pageLinks, pageOfValues, parsePage } from "../pagination.js";
import { hrefs, roleLinks } from "../representations.js";
import { assertRequestBody } from "../request-schemas.js";
import type { RequestContext, Router } from "../router.js";
import { commentOf, isValidKey } from "./lookup.js";

const READ_ONLY_ROLE_FIELDS = new Set(["key", "resourceCategory", "assignedTo"]);
const STATEMENT_FIELDS = new Set(["effect", "resources", "notResources", "actions", "notActions"]);

/** `Statement` rules from the schema descriptions: resources xor notResources, actions xor notActions. */
function checkRole(role: LdRole): void {
  if (typeof role.name !== "string" || role.name === "")
    throw invalidRequest("name must be a non-empty string");
  if (role.description !== undefined && typeof role.description !== "string") {
    throw invalidRequest("description must be a string");
  }
  if (role.basePermissions !== "reader" && role.basePermissions !== "no_access") {
    throw invalidRequest("basePermissions must be reader or no_access");
  }
  if (!Array.isArray(role.policy)) throw invalidRequest("policy must be an array of statements");
  role.policy.forEach((statement, index) => {
    if (!statement || typeof statement !== "object")
      throw invalidRequest(`policy[${index}] must be a statement object`);
    for (const field of Object.keys(statement)) {
      if (!STATEMENT_FIELDS.has(field)) throw invalidRequest(`policy[${index}]: unknown field "${field}"`);
    }
    if (statement.effect !== "allow" && statement.effect !== "deny") {
      throw invalidRequest(`policy[${index}].effect must be allow or deny`);
    }
    const has = (field: keyof typeof statement): boolean =>
      Array.isArray(statement[field]) && (statement[field] as unknown[]).length > 0;
    if (has("resources") === has("notResources")) {
      throw invalidRequest(`policy[${index}] needs exactly one of resources or notResources`);
    }
    if (has("actions") === has("notActions")) {
      throw invalidRequest(`policy[${index}] needs exactly one of actions or notActions`);
    }
  });
}

function requireRole(context: RequestContext): LdRole {
  const key = context.params.customRoleKey as string;
  const role = context.store.roles.get(key);
  if (!role) throw notFound(`Unknown custom role key "${key}"`);
  return role;
}

function audit(
  context: RequestContext,
  role: LdRole,
  action: string,
  titleVerb: string,
  comment?: string,
): void {
  recordAudit(context, {
    kind: "role",
    resource: resourceSpecifierFor({ type: "role", key: role.key }),
    name: role.name,
    actions: [action],
    titleVerb,
    comment,
  });
}

export function registerRoleRoutes(router: Router): void {
  router.add("GET", "/api/v2/roles", (context) => {
    const page = parsePage(context.query, DEFAULT_PAGE_SIZE.roles, MAX_PAGE_SIZE.roles);
    return {
      status: 200,
      body: {
        _links: pageLinks(hrefs.roles(), context.query, page, context.store.roles.size),
        items: pageOfValues(context.store.roles, page),
        totalCount: context.store.roles.size,
      },
    };
  });

  router.add("POST", "/api/v2/roles", (context) => {
    const body = assertRequestBody<LdRolePost>("CustomRolePost", context.body);
    if (!isValidKey(body.key)) throw invalidRequest(`Invalid custom role key "${body.key}"`);
    if (context.store.roles.has(body.key))
      throw conflict(`A custom role with key "${body.key}" already exists`);
    const role: LdRole = {
      _id: newObjectId(),
      _links: roleLinks(body.key),
      key: body.key,
      name: body.name,
      policy: body.policy,
      basePermissions: body.basePermissions ?? "no_access",
    };
    if (body.description !== undefined) role.description = body.description;
    if (body.resourceCategory !== undefined) role.resourceCategory = body.resourceCategory;
    checkRole(role);
    context.store.roles.set(role.key, role);
    audit(context, role, "createRole", "created the role", commentOf(context.body));
    return { status: 201, body: role };
  });

  router.add("GET", "/api/v2/roles/{customRoleKey}", (context) => ({
    status: 200,
    body: requireRole(context),
  }));

  router.add("PATCH", "/api/v2/roles/{customRoleKey}", (context) => {
    const current = requireRole(context);
    if (Array.isArray(context.body)) {
      throw invalidRequest("Custom role PATCH takes {patch, comment}, not a bare JSON Patch array");
    }
    const body = assertRequestBody<{ patch: JsonPatchOperation[]; comment?: string }>(
      "PatchWithComment",
      context.body,
    );
    const next = applyJsonPatch(current, body.patch, READ_ONLY_ROLE_FIELDS);
    checkRole(next);
    if (JSON.stringify(next) === JSON.stringify(current)) return { status: 200, body: current };
    context.store.roles.set(current.key, next);
    audit(context, next, "updatePolicy", "updated the role", body.comment);
    return { status: 200, body: next };
  });

  router.add("DELETE", "/api/v2/roles/{customRoleKey}", (context) => {
    const role = requireRole(context);
    context.store.roles.delete(role.key);
    audit(context, role, "deleteRole", "deleted the role");
    return { status: 204 };
  });
}
