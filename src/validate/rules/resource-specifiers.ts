import { closest, distance } from "fastest-levenshtein";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import { type Finding, finding } from "../../model/finding.js";
import { parseResourceSpecifier, type ResourceSpecifier } from "../../permissions/resource-specifier.js";
import {
  KNOWN_SEGMENT_TYPES,
  resourceTypeByPath,
  resourceTypesEndingIn,
} from "../../permissions/role-action-catalog.js";
import type { ValidationRule } from "./rule.js";

/**
 * Every resource specifier in `resources`/`notResources` must parse, and its chain of types must be one
 * LaunchDarkly has (`proj/*:env/*:segment/*`, not `proj/*:segment/*`). A misspelt type is an error; a type
 * ld-gitops does not know is a warning (LaunchDarkly adds resource types over time).
 */
export const checkResourceSpecifiers: ValidationRule = (config) => {
  const diagnostics: Diagnostic[] = [];
  for (const role of config.roles) {
    if (!isSchemaValid(role.file, role.pointer)) continue;
    role.definition.policy.forEach((statement, index) => {
      for (const field of ["resources", "notResources"] as const) {
        statement[field]?.forEach((text, itemIndex) => {
          const pointer = `${role.pointer}/policy/${index}/${field}/${itemIndex}`;
          const at = (found: Finding, severity: Diagnostic["severity"]) =>
            diagnostics.push(diagnosticAt(role.file, pointer, found, severity));
          const parsed = parseResourceSpecifier(text);
          if (!parsed.ok) {
            at(
              finding("role.specifier-invalid", {
                specifier: text,
                character: parsed.error.offset + 1,
                detail: parsed.error.message,
              }),
              "error",
            );
            return;
          }
          for (const warning of parsed.warnings)
            at(finding("role.specifier-warning", { specifier: text, detail: warning.message }), "warning");
          for (const problem of hierarchyProblems(parsed.specifier)) at(problem.found, problem.severity);
        });
      }
    });
  }
  return diagnostics;
};

function hierarchyProblems(
  specifier: ResourceSpecifier,
): { found: Finding; severity: Diagnostic["severity"] }[] {
  const text = specifier.text;
  const known = resourceTypeByPath(specifier.typePath);
  if (known) {
    const problems: { found: Finding; severity: Diagnostic["severity"] }[] = [];
    for (const segment of specifier.segments) {
      if (segment.name === undefined && !(known.bare || segment.type === "pending-request")) {
        problems.push({
          found: finding("role.specifier-unnamed", { specifier: text, type: segment.type }),
          severity: "error",
        });
      }
    }
    if (known.bare && specifier.segments[0]?.name !== undefined) {
      problems.push({
        found: finding("role.specifier-bare", { specifier: text, type: known.name }),
        severity: "warning",
      });
    }
    return problems;
  }
  for (const segment of specifier.segments) {
    if (KNOWN_SEGMENT_TYPES.includes(segment.type)) continue;
    const near = closest(segment.type, KNOWN_SEGMENT_TYPES);
    if (near !== undefined && distance(near, segment.type) <= 2) {
      return [
        {
          found: finding("role.specifier-type-typo", {
            specifier: text,
            type: segment.type,
            suggestion: near,
          }),
          severity: "error",
        },
      ];
    }
    return [
      {
        found: finding("role.specifier-unknown-type", { specifier: text, type: segment.type }),
        severity: "warning",
      },
    ];
  }
  const candidates = resourceTypesEndingIn(specifier.resourceType);
  if (candidates.length > 0) {
    return [
      {
        found: finding("role.specifier-wrong-chain", {
          specifier: text,
          resourceType: specifier.resourceType,
          chains: candidates.map((c) => c.typePath),
        }),
        severity: "error",
      },
    ];
  }
  return [
    {
      found: finding("role.specifier-unknown-chain", { specifier: text, chain: specifier.typePath }),
      severity: "warning",
    },
  ];
}
