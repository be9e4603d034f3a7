import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import { finding } from "../../model/finding.js";
import { resolvedSegments, segmentFieldPointer, type ValidationRule } from "./rule.js";

/**
 * A `segmentMatch` clause names other segments by key, in the same project and environment. A segment the
 * repo declares is fine; one it does not may exist only in LaunchDarkly, which validate cannot see: warn.
 * A segment that matches itself is an error.
 */
export const checkSegmentReferences: ValidationRule = (config) => {
  const declared = new Set<string>();
  for (const { definition } of config.segments) {
    for (const environment of definition.environments) {
      declared.add(`${definition.project}/${environment}/${definition.key}`);
    }
  }
  // pointer of the value → environments where the named segment is missing (one warning per clause value).
  const missing = new Map<
    string,
    { file: (typeof config.segments)[number]["file"]; key: string; project: string; environments: string[] }
  >();
  const diagnostics: Diagnostic[] = [];
  const selfReported = new Set<string>();
  for (const segment of config.segments) {
    if (!isSchemaValid(segment.file, segment.pointer)) continue;
    for (const desired of resolvedSegments(segment.definition)) {
      desired.rules?.forEach((rule, ruleIndex) => {
        rule.clauses.forEach((clause, clauseIndex) => {
          if (clause.op !== "segmentMatch") return;
          const rulesPointer = segmentFieldPointer(segment, desired.environment, "rules");
          clause.values.forEach((value, valueIndex) => {
            const isOtherKey = typeof value === "string" && value !== desired.key;
            if (isOtherKey && declared.has(`${desired.project}/${desired.environment}/${value}`)) return;
            const pointer = `${rulesPointer}/${ruleIndex}/clauses/${clauseIndex}/values/${valueIndex}`;
            if (isOtherKey) {
              const entry = missing.get(pointer) ?? {
                file: segment.file,
                key: value,
                project: desired.project,
                environments: [],
              };
              entry.environments.push(desired.environment);
              missing.set(pointer, entry);
              return;
            }
            // Not a key, or this segment's own: the same in every environment, so reported once.
            if (selfReported.has(pointer)) return;
            selfReported.add(pointer);
            diagnostics.push(
              diagnosticAt(
                segment.file,
                pointer,
                typeof value === "string"
                  ? finding("segment.self-match", { key: desired.key })
                  : finding("segment.match-value-not-key", {}),
              ),
            );
          });
        });
      });
    }
  }
  for (const [pointer, entry] of missing) {
    diagnostics.push(
      diagnosticAt(
        entry.file,
        pointer,
        finding("segment.unknown-segment-match", {
          key: entry.key,
          scopes: entry.environments.map((e) => `${entry.project}/${e}`),
        }),
        "warning",
      ),
    );
  }
  return diagnostics;
};
