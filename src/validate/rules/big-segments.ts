import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import { finding, findingKey } from "../../model/finding.js";
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
      const id = `${d.path}|${findingKey(d)}`;
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
              finding("segment.context-kind-on-standard", { key: desired.key }),
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
            finding("segment.big-segment-rules", { key: desired.key }),
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
            finding("segment.big-segment-user-keys", { key: desired.key, contextKind: kind, field }),
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
              finding("segment.big-segment-context-kind", {
                key: desired.key,
                contextKind: kind,
                got: target.contextKind,
              }),
            ),
          );
        });
      }
    }
  }
  return diagnostics;
};
