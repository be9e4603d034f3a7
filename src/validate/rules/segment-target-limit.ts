import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { MAX_STANDARD_SEGMENT_TARGETS } from "../../launchdarkly/limits.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import { finding } from "../../model/finding.js";
import { resolvedSegments, type ValidationRule } from "./rule.js";

/** A standard segment holds at most 15,000 individual targets (all lists, all context kinds) per environment. */
export const checkSegmentTargetLimit: ValidationRule = (config) => {
  const diagnostics: Diagnostic[] = [];
  for (const segment of config.segments) {
    if (!isSchemaValid(segment.file, segment.pointer)) continue;
    for (const desired of resolvedSegments(segment.definition)) {
      if (desired.unbounded) continue;
      const count =
        (desired.included?.length ?? 0) +
        (desired.excluded?.length ?? 0) +
        sumValues(desired.includedContexts) +
        sumValues(desired.excludedContexts);
      if (count <= MAX_STANDARD_SEGMENT_TARGETS) continue;
      const override = segment.definition.overrides[desired.environment];
      const pointer =
        override && Object.keys(override).length > 0
          ? `${segment.pointer}/environments/${desired.environment}`
          : segment.pointer;
      diagnostics.push(
        diagnosticAt(
          segment.file,
          pointer,
          finding("segment.too-many-targets", {
            key: desired.key,
            environment: desired.environment,
            count,
            max: MAX_STANDARD_SEGMENT_TARGETS,
          }),
        ),
      );
    }
  }
  return diagnostics;
};

function sumValues(targets: { values: string[] }[] | undefined): number {
  return (targets ?? []).reduce((sum, t) => sum + t.values.length, 0);
}
