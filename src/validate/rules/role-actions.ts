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
 * incomplete, so only what is certain fails: a clear misspelling of a known name, and a name documented for
 * another resource type only (a flag action in a statement whose `resources` are segments grants nothing). Names seen only in unofficial sources,
 * unknown names, and other types' names where the statement's type has no documented list warn.
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
          const problem = checkAction(action, types, typeNames, statement.resources !== undefined);
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
  byResources: boolean,
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
  // Documented for another type, and the statement's types have documented lists: it grants nothing here.
  // (`notResources` means every resource but those named, so its types do not bound the action.)
  const documentedOwners = resourceTypesAll().filter((t) => t.actions.has(action));
  if (documentedOwners.length > 0 && byResources && types.every((t) => t.actions.size > 0)) {
    return {
      found: finding("role.action-wrong-type", {
        action,
        types: typeNames,
        owners: documentedOwners.map((t) => t.name),
        suggestions: nearestActions(action, types, documentedOwners),
      }),
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

/** Where another type's action has a differently named equivalent (segment-semantic-patch.md: targets). */
const COUNTERPARTS: Readonly<Record<string, readonly string[]>> = {
  updateTargets: ["updateIncluded", "updateExcluded"],
};

const SUGGESTED = 3;

/**
 * The statement's actions nearest to `action`: known equivalents, then the same name with the type swapped
 * (`createFlag` → `createSegment`), then those sharing the most words (`update`, `Targets`), then by edit distance.
 */
function nearestActions(action: string, types: RoleResourceType[], owners: RoleResourceType[]): string[] {
  const candidates = [...new Set(types.flatMap((t) => [...t.actions]))].filter((name) => name !== "*");
  const swapped = new Set(
    owners.flatMap((owner) => types.map((type) => action.replace(typeWord(owner.name), typeWord(type.name)))),
  );
  const counterparts = COUNTERPARTS[action] ?? [];
  const words = new Set(camelWords(action));
  const rank = (name: string): [number, number, number] => {
    const counterpart = counterparts.indexOf(name);
    return [
      counterpart >= 0 ? counterpart : swapped.has(name) ? counterparts.length : Number.MAX_SAFE_INTEGER,
      -camelWords(name).filter((w) => words.has(w)).length,
      distance(action, name),
    ];
  };
  return candidates
    .map((name) => ({ name, rank: rank(name) }))
    .sort((a, b) => compareRanks(a.rank, b.rank) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, SUGGESTED)
    .map((c) => c.name);
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `metric-group` → `MetricGroup`: a type's name as it appears inside an action name. */
function typeWord(type: string): string {
  return type
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/** `updateExpiringTargets` → `update`, `expiring`, `targets`. */
function camelWords(name: string): string[] {
  return name.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
}
