import type { ErrorObject } from "ajv";
import { parentPointer, toJsonPointer, valueAtPointer } from "../load/json-pointer.js";
import { finding } from "../model/finding.js";
import type { SchemaErrorMessage } from "./schema-messages.js";

/** The field each URL matcher kind matches on (LaunchDarkly's UrlPost); the schema's `allOf` says the same. */
const FIELD_BY_KIND: Readonly<Record<string, string>> = {
  exact: "url",
  canonical: "url",
  substring: "substring",
  regex: "pattern",
};

const KIND_BY_FIELD: Readonly<Record<string, string>> = {
  url: "exact",
  substring: "substring",
  pattern: "regex",
};

/** True for errors raised by the URL matcher's per-kind `if`/`then` in the schema. */
export function isUrlMatcherKindError(error: ErrorObject): boolean {
  return error.schemaPath.includes("/urlMatcher/allOf/");
}

/**
 * Drops the noise around a URL matcher that names the wrong field: ajv's `if` errors, and the "does not
 * belong" errors on a matcher already reported as missing its field (that message names the stray field).
 */
export function collapseUrlMatcherErrors(errors: ErrorObject[]): ErrorObject[] {
  const kindErrors = errors.filter(isUrlMatcherKindError);
  if (kindErrors.length === 0) return errors;
  const missingAt = new Set(kindErrors.filter((e) => e.keyword === "required").map((e) => e.instancePath));
  return errors.filter((e) => {
    if (!isUrlMatcherKindError(e)) return true;
    if (e.keyword === "if") return false;
    if (e.keyword === "false schema") return !missingAt.has(parentPointer(e.instancePath));
    return true;
  });
}

/**
 * `an \`exact\` URL matcher needs \`url\`; got \`pattern\` …`, or `\`substring\` does not belong in …`.
 * `root` is the whole file's value: a stray field's error does not carry its matcher, whose `kind` we name.
 */
export function describeUrlMatcherError(error: ErrorObject, root: unknown): SchemaErrorMessage | undefined {
  if (error.keyword === "required") {
    const matcher = asRecord(error.data);
    const kind = String(matcher.kind);
    const field = String((error.params as { missingProperty: string }).missingProperty);
    const stray = Object.keys(KIND_BY_FIELD).find((f) => f !== field && matcher[f] !== undefined);
    const strayKind = stray === undefined ? undefined : KIND_BY_FIELD[stray];
    return {
      pointer: `${error.instancePath}${toJsonPointer([field])}`,
      found: finding("schema.url-matcher-missing-field", {
        kind,
        field,
        ...(stray !== undefined && strayKind !== undefined ? { stray, strayKind } : {}),
      }),
    };
  }
  if (error.keyword === "false schema") {
    const matcherPath = parentPointer(error.instancePath);
    const field = error.instancePath.slice(matcherPath.length + 1);
    const kind = String(asRecord(valueAtPointer(root, matcherPath)).kind);
    const own = FIELD_BY_KIND[kind] ?? "url";
    return {
      pointer: error.instancePath,
      atKey: true,
      found: finding("schema.url-matcher-stray-field", { field, kind, own }),
    };
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}
