import type { ErrorObject, ValidateFunction } from "ajv";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ParsedConfigFile } from "../load/config-file.js";
import { parentPointer, toJsonPointer } from "../load/json-pointer.js";
import { diagnosticAt } from "../load/source-location.js";
import { findingKey } from "../model/finding.js";
// schemas/ld-gitops.schema.json compiled ahead of time (allErrors: every problem in one run; verbose: errors carry
// their schema, for messages): no run compiles the schema first.
import { validate as compiledValidator } from "./generated/config-file-validator.js";
import { describeSchemaError, type SchemaErrorMessage } from "./schema-messages.js";
import {
  collapseUrlMatcherErrors,
  describeUrlMatcherError,
  isUrlMatcherKindError,
} from "./url-matcher-messages.js";

/**
 * Checks one parsed file against `schemas/ld-gitops.schema.json` and turns ajv's errors into one readable
 * diagnostic per problem, at the line and column of the offending node. Records the error pointers on the
 * file so that later rules skip resources the schema already rejected.
 */
export function validateFileSchema(file: ParsedConfigFile): Diagnostic[] {
  const validate: ValidateFunction = compiledValidator;
  if (validate(file.value)) return [];
  const messages = collapseErrors(validate.errors ?? [], file.value);
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const message of messages) {
    const id = `${message.pointer}\u0000${findingKey(message.found)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    file.schemaErrorPointers.push(message.pointer);
    diagnostics.push(
      diagnosticAt(file, message.pointer, message.found, message.severity ?? "error", {
        key: message.atKey,
      }),
    );
  }
  return diagnostics;
}

/** Drops ajv's follow-on errors so that each problem is reported once. */
function collapseErrors(errors: ErrorObject[], root: unknown): SchemaErrorMessage[] {
  // propertyNames repeats the inner error about the name; the inner error already says it all.
  const kept = collapseUrlMatcherErrors(errors.filter((e) => e.keyword !== "propertyNames"));
  // A type error on a node makes other errors on the same node noise.
  const typeErrorPaths = new Set(kept.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const messages = kept
    .filter((e) => e.keyword === "type" || !typeErrorPaths.has(e.instancePath))
    .map(
      (e) =>
        (isUrlMatcherKindError(e) ? describeUrlMatcherError(e, root) : undefined) ??
        describeSchemaError(e, root),
    );
  return dropRequiredNamedBySuggestion(messages);
}

/**
 * `kind:` written for `contextKind:` is one mistake: the unknown field's "did you mean `contextKind`?" says it all,
 * so the "needs `contextKind`" about the same mapping goes.
 */
function dropRequiredNamedBySuggestion(messages: SchemaErrorMessage[]): SchemaErrorMessage[] {
  const suggested = new Set<string>();
  for (const { pointer, found } of messages) {
    if (found.code === "schema.unknown-field" && found.params.suggestion !== undefined) {
      suggested.add(`${parentPointer(pointer)}${toJsonPointer([found.params.suggestion])}`);
    }
  }
  return messages.filter(({ pointer, found }) => found.code !== "schema.required" || !suggested.has(pointer));
}
