import type { ErrorObject } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parentPointer, parseJsonPointer, toJsonPointer, valueAtPointer } from "../load/json-pointer.js";
import { type Finding, finding, type ValueShape } from "../model/finding.js";
import { operatorSynonym } from "./operator-synonyms.js";

export interface SchemaErrorMessage {
  /** Pointer to the node the message is about (the offending field, not its parent). */
  pointer: string;
  found: Finding;
  /** Point at the mapping key (unknown or misplaced fields). */
  atKey?: boolean;
  severity?: Diagnostic["severity"];
}

/** Fields LaunchDarkly sets on its side: they show up in API responses and exports, never in a definition. */
const SERVER_SET_FIELDS = new Set([
  "version",
  "creationDate",
  "lastModifiedDate",
  "deleted",
  "generation",
  "experimentCount",
  "metricGroupCount",
  "activeExperimentCount",
  "activeGuardedRolloutCount",
  "lastModified",
  "lastSeen",
  "archived",
  "archivedAt",
  "experiments",
  "metricGroups",
  "lastUsedInExperiment",
  "lastUsedInGuardedRollout",
  "isActive",
  "category",
  "assignedTo",
]);

/** A segment's `environments`: per-environment overrides, easily mistaken for the file's list of environments. */
const SEGMENT_ENVIRONMENTS = /^\/segments\/\d+\/environments$/;

const SEGMENT_ONLY_FIELDS = new Set(["key", "project", "environments"]);

/**
 * Turns one ajv error into a finding a person can act on. `root` (the whole file's value) lets a finding name
 * the sibling fields of the offending node, such as a clause's `op`.
 */
export function describeSchemaError(error: ErrorObject, root?: unknown): SchemaErrorMessage {
  const parent = error.parentSchema as { title?: string; properties?: Record<string, unknown> } | undefined;
  const noun = parent?.title ?? "value";
  const path = error.instancePath;
  switch (error.keyword) {
    case "additionalProperties": {
      const field = String((error.params as { additionalProperty: string }).additionalProperty);
      const pointer = `${path}${toJsonPointer([field])}`;
      return {
        pointer,
        atKey: true,
        found: unknownField(field, noun, Object.keys(parent?.properties ?? {})),
      };
    }
    case "required": {
      const field = String((error.params as { missingProperty: string }).missingProperty);
      return {
        pointer: `${path}${toJsonPointer([field])}`,
        found: finding("schema.required", { noun, field }),
      };
    }
    case "type":
      return {
        pointer: path,
        found:
          path === ""
            ? finding("schema.file-not-mapping", { got: valueShape(error.data) })
            : SEGMENT_ENVIRONMENTS.test(path) && Array.isArray(error.data)
              ? segmentEnvironmentsList(error.data, root)
              : finding("schema.wrong-type", {
                  pointer: path,
                  expected: String((error.params as { type: string }).type),
                  got: valueShape(error.data),
                }),
      };
    case "enum": {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const got = String(error.data);
      const synonym = lastPathSegment(path) === "op" ? operatorSynonym(got) : undefined;
      if (synonym !== undefined && allowed.includes(synonym.operator)) {
        return { pointer: path, found: finding("schema.operator-synonym", { got, ...synonym }) };
      }
      const near = closest(got, allowed);
      return {
        pointer: path,
        found: finding("schema.not-allowed", {
          pointer: path,
          allowed,
          got,
          ...(near && isNear(got, near) ? { suggestion: near } : {}),
        }),
      };
    }
    case "pattern": {
      if (error.propertyName !== undefined) {
        return {
          pointer: `${path}${toJsonPointer([error.propertyName])}`,
          atKey: true,
          found: finding("schema.invalid-environment-key", { key: error.propertyName }),
        };
      }
      return {
        pointer: path,
        found: finding("schema.invalid-key", { pointer: path, value: String(error.data) }),
      };
    }
    case "minimum":
    case "maximum": {
      const limit = (error.params as { limit: number }).limit;
      const range = rangeOf(error.parentSchema);
      return {
        pointer: path,
        found:
          range !== undefined
            ? finding("schema.out-of-range", {
                pointer: path,
                min: range[0],
                max: range[1],
                got: String(error.data),
              })
            : finding("schema.limit", {
                pointer: path,
                bound: error.keyword,
                limit,
                got: String(error.data),
              }),
      };
    }
    case "minLength":
      return { pointer: path, found: finding("schema.empty-string", { pointer: path }) };
    case "minItems":
      if (error.schemaPath.endsWith("/clause/properties/values/minItems")) {
        return { pointer: path, found: emptyClauseValues(valueAtPointer(root, parentPointer(path))) };
      }
      return { pointer: path, found: finding("schema.empty-list", { pointer: path }) };
    case "uniqueItems": {
      const { i, j } = error.params as { i: number; j: number };
      const list = Array.isArray(error.data) ? error.data : [];
      return {
        pointer: `${path}/${i}`,
        found: finding("schema.duplicate-item", {
          pointer: path,
          item: String(list[i]),
          first: j + 1,
          second: i + 1,
        }),
      };
    }
    case "format": {
      const format = (error.params as { format: string }).format;
      return {
        pointer: path,
        found: finding("schema.invalid-format", { pointer: path, format, value: String(error.data) }),
      };
    }
    default:
      return {
        pointer: path,
        found: finding("schema.invalid", {
          pointer: path,
          ...(error.message ? { detail: error.message } : {}),
        }),
      };
  }
}

/** A segment's `environments` written as a list: said against the file's own list, if it has one. */
function segmentEnvironmentsList(listed: unknown[], root: unknown): Finding {
  const fileList = (root as { environments?: unknown } | undefined)?.environments;
  return finding("schema.segment-environments-list", {
    listed: listed.map(String),
    ...(Array.isArray(fileList) ? { fileEnvironments: fileList.map(String) } : {}),
  });
}

/** LaunchDarkly matches a clause when any value matches: with none, it matches no one (or, negated, everyone). */
function emptyClauseValues(clause: unknown): Finding {
  const { op, negate, attribute } = (clause ?? {}) as { op?: unknown; negate?: unknown; attribute?: unknown };
  if (op === "segmentMatch") return finding("schema.empty-clause-values", { clause: "segmentMatch" });
  if (negate === true)
    return finding("schema.empty-clause-values", { clause: "negated", attribute: String(attribute) });
  return finding("schema.empty-clause-values", { clause: "other" });
}

function unknownField(field: string, noun: string, known: string[]): Finding {
  if (field.startsWith("_") || SERVER_SET_FIELDS.has(field))
    return finding("schema.server-set-field", { field });
  if (noun === "environment override" && SEGMENT_ONLY_FIELDS.has(field)) {
    return finding("schema.not-overridable", { field, overridable: known });
  }
  if (noun === "role" && field === "project") return finding("schema.role-project", {});
  if (noun === "segment" && field === "environmentKeys")
    return finding("schema.segment-environment-keys", {});
  const near = known.length > 0 ? closest(field, known) : undefined;
  const suggestion = near !== undefined && isNear(field, near) ? near : longerName(field, known);
  return finding("schema.unknown-field", {
    field,
    noun,
    known,
    ...(suggestion !== undefined ? { suggestion } : {}),
  });
}

/** The one known field whose name ends in the word `field` (`kind` → `contextKind`): a shortened name, not a typo. */
function longerName(field: string, known: string[]): string | undefined {
  const word = field.toLowerCase();
  const matches = known.filter(
    (k) => k.length > field.length && (k.match(/[A-Z][a-z0-9]*$/)?.[0] ?? "").toLowerCase() === word,
  );
  return matches.length === 1 ? matches[0] : undefined;
}

function lastPathSegment(pointer: string): string | undefined {
  return parseJsonPointer(pointer).at(-1);
}

function isNear(got: string, candidate: string): boolean {
  if (got.toLowerCase() === candidate.toLowerCase()) return true;
  return distance(got, candidate) <= Math.max(2, Math.floor(candidate.length / 4));
}

/** What a value is, for a finding: its kind, and the value itself when it is a string or number. */
function valueShape(value: unknown): ValueShape {
  if (value === null || value === undefined) return { kind: "nothing" };
  if (Array.isArray(value)) return { kind: "list" };
  if (typeof value === "object") return { kind: "mapping" };
  if (typeof value === "string") return { kind: "string", value };
  if (typeof value === "number") return { kind: "number", value };
  return { kind: "other", text: String(value) };
}

function rangeOf(schema: unknown): [number, number] | undefined {
  const s = schema as { minimum?: number; maximum?: number } | undefined;
  return s?.minimum !== undefined && s.maximum !== undefined ? [s.minimum, s.maximum] : undefined;
}
