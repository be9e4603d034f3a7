import type { ErrorObject } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parentPointer, parseJsonPointer, toJsonPointer, valueAtPointer } from "../load/json-pointer.js";
import { KEY_PATTERN_TEXT } from "../model/key-format.js";

export interface SchemaErrorMessage {
  /** Pointer to the node the message is about (the offending field, not its parent). */
  pointer: string;
  message: string;
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

const SEGMENT_ONLY_FIELDS = new Set(["key", "project", "environments"]);

/**
 * Turns one ajv error into a sentence a person can act on. `root` (the whole file's value) lets a message name
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
        message: unknownFieldMessage(field, noun, Object.keys(parent?.properties ?? {})),
      };
    }
    case "required": {
      const field = String((error.params as { missingProperty: string }).missingProperty);
      return {
        pointer: `${path}${toJsonPointer([field])}`,
        message: `${article(noun)} ${noun} needs \`${field}\`${describeRequired(field, noun)}`,
      };
    }
    case "type":
      return {
        pointer: path,
        message:
          path === ""
            ? `a config file must be a mapping with \`segments\`, \`metrics\` and/or \`roles\` (plus \`project\` and \`environments\`); this one is ${describeValue(error.data)}`
            : `${label(path)} must be ${typeName(String((error.params as { type: string }).type))}; got ${describeValue(error.data)}`,
      };
    case "enum": {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const got = String(error.data);
      const near = closest(got, allowed);
      const hint = near && isNear(got, near) ? `; did you mean \`${near}\`?` : "";
      return {
        pointer: path,
        message: `${label(path)} must be one of ${allowed.join(", ")}; got \`${got}\`${hint}`,
      };
    }
    case "pattern": {
      if (error.propertyName !== undefined) {
        return {
          pointer: `${path}${toJsonPointer([error.propertyName])}`,
          atKey: true,
          message: `\`${error.propertyName}\` is not a valid environment key: ${KEY_PATTERN_TEXT}`,
        };
      }
      return {
        pointer: path,
        message: `${label(path)} \`${String(error.data)}\` is not valid: ${KEY_PATTERN_TEXT}`,
      };
    }
    case "minimum":
    case "maximum": {
      const limit = (error.params as { limit: number }).limit;
      const range = rangeOf(error.parentSchema);
      return {
        pointer: path,
        message:
          range !== undefined
            ? `${label(path)} must be between ${range[0]} and ${range[1]}${lastSegment(path) === "weight" ? " (thousandths of a percent: 50000 is 50%)" : ""}; got ${String(error.data)}`
            : `${label(path)} must be ${error.keyword === "minimum" ? "at least" : "at most"} ${limit}; got ${String(error.data)}`,
      };
    }
    case "minLength":
      return { pointer: path, message: `${label(path)} must not be empty` };
    case "minItems":
      if (error.schemaPath.endsWith("/clause/properties/values/minItems")) {
        return {
          pointer: path,
          message: emptyClauseValuesMessage(valueAtPointer(root, parentPointer(path))),
        };
      }
      return { pointer: path, message: `${label(path)} must not be an empty list` };
    case "uniqueItems": {
      const { i, j } = error.params as { i: number; j: number };
      const list = Array.isArray(error.data) ? error.data : [];
      return {
        pointer: `${path}/${i}`,
        message: `${label(path)} lists \`${String(list[i])}\` twice (items ${j + 1} and ${i + 1})`,
      };
    }
    case "format": {
      const format = (error.params as { format: string }).format;
      return {
        pointer: path,
        message:
          format === "regex"
            ? `${label(path)} \`${String(error.data)}\` is not a valid regular expression`
            : format === "uri"
              ? `${label(path)} \`${String(error.data)}\` is not a full URL (such as \`https://example.com/checkout\`)`
              : `${label(path)} must be a valid ${format}; got \`${String(error.data)}\``,
      };
    }
    default:
      return { pointer: path, message: `${label(path)} ${error.message ?? "is not valid"}` };
  }
}

/** LaunchDarkly matches a clause when any value matches: with none, it matches no one (or, negated, everyone). */
function emptyClauseValuesMessage(clause: unknown): string {
  const { op, negate, attribute } = (clause ?? {}) as { op?: unknown; negate?: unknown; attribute?: unknown };
  if (op === "segmentMatch") {
    return "`values` needs at least one segment key; a `segmentMatch` clause with none matches no one";
  }
  if (negate === true) {
    return `\`values\` needs at least one value; a negated clause with none matches everyone who has \`${String(attribute)}\``;
  }
  return "`values` needs at least one value; a clause with none matches no one";
}

function unknownFieldMessage(field: string, noun: string, known: string[]): string {
  if (field.startsWith("_") || SERVER_SET_FIELDS.has(field)) {
    return `\`${field}\` is set by LaunchDarkly, not by you: remove it (API responses and exports include such fields, the config must not)`;
  }
  if (noun === "environment override" && SEGMENT_ONLY_FIELDS.has(field)) {
    return `\`${field}\` cannot be overridden per environment; an override may set ${known.join(", ")}`;
  }
  if (noun === "role" && field === "project") {
    return "roles are account-wide and have no `project`: remove it (scope the role with resource specifiers such as `proj/web-app:env/*:segment/*`)";
  }
  if (noun === "segment" && field === "environmentKeys") {
    return "a segment's environments come from the file's top-level `environments` list; put segments for other environments in another file";
  }
  const near = known.length > 0 ? closest(field, known) : undefined;
  if (near !== undefined && isNear(field, near)) {
    return `unknown field \`${field}\` in ${noun}; did you mean \`${near}\`?`;
  }
  return `unknown field \`${field}\` in ${noun}; known fields: ${known.join(", ")}`;
}

function isNear(got: string, candidate: string): boolean {
  if (got.toLowerCase() === candidate.toLowerCase()) return true;
  return distance(got, candidate) <= Math.max(2, Math.floor(candidate.length / 4));
}

function describeRequired(field: string, noun: string): string {
  if (field === "name" && noun === "segment") return " (a human-friendly name)";
  if (field === "kind") return ": one of pageview, click, custom";
  if (field === "op") return " (the operator, such as `in`)";
  if (field === "effect") return ": `allow` or `deny`";
  return "";
}

/** "an", or "a" (before a consonant or `URL`): the article for `noun`. */
export function article(noun: string): string {
  return /^[aeiou]/i.test(noun) && !noun.startsWith("URL") ? "an" : "a";
}

function lastSegment(pointer: string): string {
  return parseJsonPointer(pointer).at(-1) ?? "";
}

/** `op`, or `environments` item 2 for list items: how a person finds the value. */
function label(pointer: string): string {
  const segments = parseJsonPointer(pointer);
  const last = segments.at(-1);
  if (last === undefined) return "the file";
  if (/^\d+$/.test(last)) {
    const parent = segments.at(-2);
    return parent === undefined ? `item ${Number(last) + 1}` : `\`${parent}\` item ${Number(last) + 1}`;
  }
  return `\`${last}\``;
}

function typeName(type: string): string {
  switch (type) {
    case "object":
      return "a mapping (`field: value` lines)";
    case "array":
      return "a list";
    case "integer":
      return "a whole number";
    case "boolean":
      return "true or false";
    default:
      return `a ${type}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string \`${value}\``;
  if (typeof value === "number") return `the number ${value}`;
  return `\`${String(value)}\``;
}

function rangeOf(schema: unknown): [number, number] | undefined {
  const s = schema as { minimum?: number; maximum?: number } | undefined;
  return s?.minimum !== undefined && s.maximum !== undefined ? [s.minimum, s.maximum] : undefined;
}
