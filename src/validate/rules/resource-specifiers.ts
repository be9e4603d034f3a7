import { closest, distance } from "fastest-levenshtein";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
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
          const at = (message: string, severity: Diagnostic["severity"]) =>
            diagnostics.push(diagnosticAt(role.file, pointer, message, severity));
          const parsed = parseResourceSpecifier(text);
          if (!parsed.ok) {
            at(
              `resource specifier \`${text}\` is not valid at character ${parsed.error.offset + 1}: ${parsed.error.message}`,
              "error",
            );
            return;
          }
          for (const warning of parsed.warnings)
            at(`resource specifier \`${text}\`: ${warning.message}`, "warning");
          for (const problem of hierarchyProblems(parsed.specifier)) at(problem.message, problem.severity);
        });
      }
    });
  }
  return diagnostics;
};

function hierarchyProblems(
  specifier: ResourceSpecifier,
): { message: string; severity: Diagnostic["severity"] }[] {
  const text = specifier.text;
  const known = resourceTypeByPath(specifier.typePath);
  if (known) {
    const problems: { message: string; severity: Diagnostic["severity"] }[] = [];
    for (const segment of specifier.segments) {
      if (segment.name === undefined && !(known.bare || segment.type === "pending-request")) {
        problems.push({
          message: `resource specifier \`${text}\`: \`${segment.type}\` has no name; write \`${segment.type}/*\` for every ${segment.type} or \`${segment.type}/<key>\``,
          severity: "error",
        });
      }
    }
    if (known.bare && specifier.segments[0]?.name !== undefined) {
      problems.push({
        message: `resource specifier \`${text}\`: \`${known.name}\` is written bare, without a name`,
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
          message: `resource specifier \`${text}\`: unknown resource type \`${segment.type}\`; did you mean \`${near}\`?`,
          severity: "error",
        },
      ];
    }
    return [
      {
        message: `resource specifier \`${text}\`: resource type \`${segment.type}\` is not one ld-gitops knows; check it against LaunchDarkly's role resources documentation`,
        severity: "warning",
      },
    ];
  }
  const candidates = resourceTypesEndingIn(specifier.resourceType);
  if (candidates.length > 0) {
    const expected = candidates.map(
      (c) =>
        `\`${c.typePath
          .split(":")
          .map((t, i, all) => (i === all.length - 1 ? `${t}/…` : `${t}/*`))
          .join(":")}\``,
    );
    return [
      {
        message: `resource specifier \`${text}\`: \`${specifier.resourceType}\` resources are written ${expected.join(" or ")} (each parent in order)`,
        severity: "error",
      },
    ];
  }
  return [
    {
      message: `resource specifier \`${text}\`: the chain \`${specifier.typePath}\` is not one ld-gitops knows; check it against LaunchDarkly's role resources documentation`,
      severity: "warning",
    },
  ];
}
