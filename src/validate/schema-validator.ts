import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import configSchema from "../../schemas/ld-gitops.schema.json" with { type: "json" };
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ParsedConfigFile } from "../load/config-file.js";
import { parentPointer, toJsonPointer } from "../load/json-pointer.js";
import { diagnosticAt } from "../load/source-location.js";
import { findingKey } from "../model/finding.js";
import { describeSchemaError, type SchemaErrorMessage } from "./schema-messages.js";
import {
  collapseUrlMatcherErrors,
  describeUrlMatcherError,
  isUrlMatcherKindError,
} from "./url-matcher-messages.js";

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

let compiled: ValidateFunction | undefined;

/** The compiled config-file schema (compiled once per process). */
function configFileValidator(): ValidateFunction {
  if (!compiled) {
    // allErrors: report every problem in one run; verbose: errors carry their schema, for messages.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    compiled = ajv.compile(configSchema);
  }
  return compiled;
}

/**
 * Checks one parsed file against `schemas/ld-gitops.schema.json` and turns ajv's errors into one readable
 * diagnostic per problem, at the line and column of the offending node. Records the error pointers on the
 * file so that later rules skip resources the schema already rejected.
 */
export function validateFileSchema(file: ParsedConfigFile): Diagnostic[] {
  const validate = configFileValidator();
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
