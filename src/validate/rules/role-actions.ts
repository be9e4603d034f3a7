import { closest, distance } from "fastest-levenshtein";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import { type Finding, finding } from "../../model/finding.js";
import type { RoleStatement } from "../../model/role.js";
import { globMatches } from "../../permissions/glob.js";
import { parseResourceSpecifier } from "../../permissions/resource-specifier.js";
import {
  type RoleResourceType,
  resourceTypeByPath,
  resourceTypesAll,
} from "../../permissions/role-action-catalog.js";
import type { ValidationRule } from "./rule.js";

/**
 * Each action must exist for the resource type its statement targets. LaunchDarkly's published lists are
 * incomplete, so only a clear misspelling of a known name fails; names seen only in unofficial sources,
 * names of another resource type and unknown names warn.
 */
export const checkRoleActions: ValidationRule = (config) => {
  const diagnostics: Diagnostic[] = [];
  for (const role of config.roles) {
    if (!isSchemaValid(role.file, role.pointer)) continue;
    role.definition.policy.forEach((statement, index) => {
      const types = statementResourceTypes(statement);
      if (types.length === 0) return;
      const typeNames = types.map((t) => t.name);
      for (const field of ["actions", "notActions"] as const) {
        statement[field]?.forEach((action, actionIndex) => {
          const problem = checkAction(action, types, typeNames);
          if (problem) {
            diagnostics.push(
              diagnosticAt(
                role.file,
                `${role.pointer}/policy/${index}/${field}/${actionIndex}`,
                problem.found,
                problem.severity,
              ),
            );
          }
        });
      }
    });
  }
  return diagnostics;
};

/** The known resource types a statement's specifiers denote (unparsable or unknown ones are left out). */
function statementResourceTypes(statement: RoleStatement): RoleResourceType[] {
  const found = new Map<string, RoleResourceType>();
  for (const text of [...(statement.resources ?? []), ...(statement.notResources ?? [])]) {
    const parsed = parseResourceSpecifier(text);
    if (!parsed.ok) continue;
    const type = resourceTypeByPath(parsed.specifier.typePath);
    if (type) found.set(type.name, type);
  }
  return [...found.values()];
}

function checkAction(
  action: string,
  types: RoleResourceType[],
  typeNames: string[],
): { found: Finding; severity: Diagnostic["severity"] } | undefined {
  if (action === "*") return undefined;
  if (action.includes("*")) {
    const matches = types.some((t) =>
      [...t.actions, ...t.uncertain].some((name) => globMatches(action, name)),
    );
    return matches
      ? undefined
      : {
          found: finding("role.action-glob-unmatched", { action, types: typeNames }),
          severity: "warning",
        };
  }
  if (types.some((t) => t.actions.has(action))) return undefined;
  if (types.some((t) => t.uncertain.has(action))) {
    return {
      found: finding("role.action-undocumented", { action, types: typeNames }),
      severity: "warning",
    };
  }
  const known = [...new Set(types.flatMap((t) => [...t.actions]))];
  const near = known.length > 0 ? closest(action, known) : undefined;
  if (near !== undefined && isTypo(action, near)) {
    return {
      found: finding("role.action-typo", { action, types: typeNames, suggestion: near }),
      severity: "error",
    };
  }
  const owners = resourceTypesAll().filter((t) => t.actions.has(action) || t.uncertain.has(action));
  if (owners.length > 0) {
    return {
      found: finding("role.action-other-type", {
        action,
        types: typeNames,
        owners: owners.map((t) => t.name),
      }),
      severity: "warning",
    };
  }
  return {
    found: finding("role.action-unknown", { action, types: typeNames }),
    severity: "warning",
  };
}

/** Clearly a misspelling: differs only in case, by one edit, or by two edits in a long name. */
function isTypo(action: string, near: string): boolean {
  if (action.toLowerCase() === near.toLowerCase()) return true;
  const d = distance(action, near);
  return d === 1 || (d === 2 && near.length >= 10);
}
