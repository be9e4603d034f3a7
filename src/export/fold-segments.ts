// One definition per segment across environments: the value most environments share becomes the top-level field,
// and only the environments that differ get an override. Segments are then grouped by the environments they
// exist in, so that each file's `environments` list is right for every segment in it.
import type { SegmentDefinition, SegmentFields } from "../model/segment.js";
import { SEGMENT_OVERRIDABLE_FIELDS } from "../model/segment.js";
import { canonicalJson } from "../plan/canonical-json.js";

/** A segment's definition in each environment it exists in, in the project's environment order. */
export type SegmentAcrossEnvironments = ReadonlyArray<{ environment: string; fields: SegmentFields }>;

export type FoldedSegment = Omit<SegmentDefinition, "project" | "source">;

/**
 * What an override writes to say "this environment has none of it": an empty value reads as absent (the planner
 * treats `""` and `[]` as no description, no tags, no targets, no rules).
 */
const EMPTY_VALUE: Partial<Record<keyof SegmentFields, unknown>> = {
  description: "",
  tags: [],
  included: [],
  excluded: [],
  includedContexts: [],
  excludedContexts: [],
  rules: [],
  unbounded: false,
};

export function foldSegment(key: string, perEnvironment: SegmentAcrossEnvironments): FoldedSegment {
  const base: Partial<SegmentFields> = {};
  const overrides: Record<string, Partial<SegmentFields>> = {};
  for (const field of SEGMENT_OVERRIDABLE_FIELDS) {
    const values = perEnvironment.map(({ fields }) => fields[field]);
    // Most segments are the same everywhere: then the first value is the base and nothing is overridden.
    if (values.every((value) => sameData(value, values[0]))) {
      if (values[0] !== undefined) (base as Record<string, unknown>)[field] = values[0];
      continue;
    }
    const texts = values.map((value) => (value === undefined ? "" : canonicalJson(value)));
    // The most common value; a tie goes to the first environment's (the project's order, so stable).
    const counts = new Map<string, number>();
    for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
    let chosen = texts[0] ?? "";
    for (const text of texts) if ((counts.get(text) ?? 0) > (counts.get(chosen) ?? 0)) chosen = text;
    const chosenIndex = texts.indexOf(chosen);
    const baseValue = values[chosenIndex];
    if (baseValue !== undefined) (base as Record<string, unknown>)[field] = baseValue;
    for (const [index, { environment }] of perEnvironment.entries()) {
      if (texts[index] === chosen) continue;
      const value = values[index];
      const override = value === undefined ? EMPTY_VALUE[field] : value;
      // unboundedContextKind without a value is LaunchDarkly's default (`user`).
      const written = override === undefined && field === "unboundedContextKind" ? "user" : override;
      overrides[environment] ??= {};
      (overrides[environment] as Record<string, unknown>)[field] = written;
    }
  }
  const folded: FoldedSegment = {
    key,
    ...(base as SegmentFields),
    environments: perEnvironment.map(({ environment }) => environment),
    overrides,
  };
  return folded;
}

/**
 * Whether two values are the same data: what `canonicalJson` would write the same (key order and `undefined`
 * members do not matter), compared in place instead of writing both out. Only ever says "same" when the canonical
 * texts are equal (NaN, which canonicalJson writes as null, counts as different: the texts decide then).
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameData(item ?? null, b[index] ?? null));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}

/** Segments grouped by the environments they exist in: the group key is the environment list joined by `,`. */
export function groupByEnvironments(segments: readonly FoldedSegment[]): Map<string, FoldedSegment[]> {
  const groups = new Map<string, FoldedSegment[]>();
  for (const segment of segments) {
    const id = segment.environments.join(",");
    const group = groups.get(id) ?? [];
    group.push(segment);
    groups.set(id, group);
  }
  return groups;
}
