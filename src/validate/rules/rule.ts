import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { LoadedConfig } from "../../load/build-desired-state.js";
import type { Located } from "../../load/config-file.js";
import { toJsonPointer } from "../../load/json-pointer.js";
import {
  type DesiredSegment,
  resolveSegment,
  type SegmentDefinition,
  type SegmentFields,
} from "../../model/segment.js";

/** A check beyond the schema: reads the whole loaded config, returns its findings. */
export type ValidationRule = (config: LoadedConfig) => Diagnostic[];

/** Pointer to `field` of a segment as it applies in `environment`: the override if one sets it. */
export function segmentFieldPointer(
  segment: Located<SegmentDefinition>,
  environment: string,
  field: keyof SegmentFields,
): string {
  const override = segment.definition.overrides[environment];
  return override && override[field] !== undefined
    ? `${segment.pointer}${toJsonPointer(["environments", environment, field])}`
    : `${segment.pointer}${toJsonPointer([field])}`;
}

/** `resolveSegment` (computed once per definition, so every rule may ask). */
export function resolvedSegments(definition: SegmentDefinition): DesiredSegment[] {
  return resolveSegment(definition);
}
