import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { toJsonPointer } from "../../load/json-pointer.js";
import { diagnosticAt } from "../../load/source-location.js";
import { finding } from "../../model/finding.js";
import type { SegmentRule } from "../../model/segment.js";
import type { ValidationRule } from "./rule.js";

/** 1% in LaunchDarkly's unit for a rollout weight (thousandths of a percent). */
const ONE_PERCENT = 1000;

/**
 * A rule weight is in thousandths of a percent, so `weight: 50` written for 50% includes 0.05% of the matching
 * contexts and passes the schema. A weight under 1% is rare enough on purpose to warn about; 0 (nobody) reads the
 * same in either unit.
 */
export const checkRolloutWeights: ValidationRule = (config) => {
  const diagnostics: Diagnostic[] = [];
  for (const segment of config.segments) {
    if (!isSchemaValid(segment.file, segment.pointer)) continue;
    const { definition } = segment;
    const lists: [string[], SegmentRule[] | undefined][] = [
      [[], definition.rules],
      ...Object.entries(definition.overrides).map(
        ([environment, override]): [string[], SegmentRule[] | undefined] => [
          ["environments", environment],
          override.rules,
        ],
      ),
    ];
    for (const [at, rules] of lists) {
      rules?.forEach((rule, index) => {
        const weight = rule.weight;
        if (weight === undefined || weight === 0 || weight >= ONE_PERCENT) return;
        diagnostics.push(
          diagnosticAt(
            segment.file,
            `${segment.pointer}${toJsonPointer([...at, "rules", String(index), "weight"])}`,
            finding("segment.small-rollout-weight", { key: definition.key, weight }),
            "warning",
          ),
        );
      });
    }
  }
  return diagnostics;
};
