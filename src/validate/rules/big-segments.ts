import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import { resolvedSegments, segmentFieldPointer, type ValidationRule } from "./rule.js";

/**
 * Big segments (`unbounded: true`) are lists of one context kind (`unboundedContextKind`, default `user`)
 * and cannot have rules. `unboundedContextKind` means nothing on a standard segment.
 */
export const checkBigSegments: ValidationRule = (config) => {
  const diagnostics: Diagnostic[] = [];
  for (const segment of config.segments) {
    if (!isSchemaValid(segment.file, segment.pointer)) continue;
    const seen = new Set<string>();
    const once = (d: Diagnostic) => {
      const id = `${d.path}|${d.message}`;
      if (!seen.has(id)) diagnostics.push(d);
      seen.add(id);
    };
    for (const desired of resolvedSegments(segment.definition)) {
      const env = desired.environment;
      if (!desired.unbounded) {
        if (desired.unboundedContextKind !== undefined) {
          once(
            diagnosticAt(
              segment.file,
              segmentFieldPointer(segment, env, "unboundedContextKind"),
              `\`unboundedContextKind\` applies only to big segments: add \`unbounded: true\` to segment \`${desired.key}\` or remove it`,
            ),
          );
        }
        continue;
      }
      if ((desired.rules?.length ?? 0) > 0) {
        once(
          diagnosticAt(
            segment.file,
            segmentFieldPointer(segment, env, "rules"),
            `big segment \`${desired.key}\` cannot have rules: LaunchDarkly big segments are lists only; remove the rules or make it a standard segment`,
          ),
        );
      }
      const kind = desired.unboundedContextKind ?? "user";
      if ((desired.included?.length ?? 0) + (desired.excluded?.length ?? 0) > 0 && kind !== "user") {
        const field = (desired.included?.length ?? 0) > 0 ? "included" : "excluded";
        once(
          diagnosticAt(
            segment.file,
            segmentFieldPointer(segment, env, field),
            `big segment \`${desired.key}\` targets context kind \`${kind}\`, but \`${field}\` holds user keys: list them under \`${field}Contexts\` with \`contextKind: ${kind}\`, or set \`unboundedContextKind: user\``,
          ),
        );
      }
      for (const field of ["includedContexts", "excludedContexts"] as const) {
        desired[field]?.forEach((target, index) => {
          if (target.contextKind === kind) return;
          once(
            diagnosticAt(
              segment.file,
              `${segmentFieldPointer(segment, env, field)}/${index}/contextKind`,
              `big segment \`${desired.key}\` holds one context kind, \`${kind}\` (its \`unboundedContextKind\`); got \`${target.contextKind}\``,
            ),
          );
        });
      }
    }
  }
  return diagnostics;
};
