import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type Finding, finding } from "../model/finding.js";
import type { ParsedConfigFile } from "./config-file.js";
import { readConfigFile } from "./read-config-file.js";

/** Aliases a file may expand: far above honest use, far below what an alias bomb needs. */
export const MAX_ALIAS_COUNT = 100;

export interface ParseOutcome {
  file: ParsedConfigFile;
  diagnostics: Diagnostic[];
}

/**
 * Reads and parses one config file. `file.value` is set only when the YAML is sound (no syntax errors),
 * so that schema validation never reports noise caused by a half-parsed document.
 */
export function parseConfigFile(absolutePath: string, displayName: string): ParseOutcome {
  const lineCounter = new LineCounter();
  const file: ParsedConfigFile = { file: displayName, absolutePath, lineCounter, schemaErrorPointers: [] };
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, column: number, found: Finding, severity: Diagnostic["severity"] = "error") =>
    diagnostics.push({ file: displayName, line, column, path: "", ...found, severity });

  const read = readConfigFile(absolutePath);
  if (!read.ok) {
    at(read.line, read.column, read.found);
    return { file, diagnostics };
  }
  file.text = read.text;
  const document = parseDocument(read.text, {
    lineCounter,
    prettyErrors: false,
    // Duplicate keys are found below in one pass: the parser's own check is quadratic per mapping.
    uniqueKeys: false,
    merge: true,
  });
  file.document = document;
  for (const duplicate of findDuplicateKeys(document)) {
    const { line, col } = lineCounter.linePos(duplicate.offset);
    const first = lineCounter.linePos(duplicate.firstOffset);
    at(
      line,
      col,
      finding("yaml.duplicate-key", { key: duplicate.key, firstLine: first.line, firstColumn: first.col }),
    );
  }
  for (const error of document.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    at(line, col, describeYamlError(error.code, error.message));
  }
  for (const warning of document.warnings) {
    const { line, col } = lineCounter.linePos(warning.pos[0]);
    at(line, col, finding("yaml.warning", { detail: warning.message }), "warning");
  }
  if (diagnostics.some((d) => d.severity === "error")) return { file, diagnostics };

  if (document.contents === null) {
    at(1, 1, finding("file.empty", {}), "warning");
    file.value = {};
    return { file, diagnostics };
  }
  try {
    file.value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = firstAliasOffset(document);
    const { line, col } = lineCounter.linePos(alias ?? 0);
    const text = error instanceof Error ? error.message : String(error);
    at(
      line,
      col,
      /Excessive alias count/.test(text)
        ? finding("yaml.alias-limit", { max: MAX_ALIAS_COUNT })
        : finding("yaml.not-loadable", { detail: text }),
    );
  }
  return { file, diagnostics };
}

function describeYamlError(code: string, message: string): Finding {
  if (code === "MULTIPLE_DOCS") return finding("yaml.multiple-documents", {});
  return finding("yaml.syntax-error", { detail: message });
}

/** Every mapping key that repeats an earlier key of the same mapping, with both offsets. */
function findDuplicateKeys(
  document: Document.Parsed,
): { key: string; offset: number; firstOffset: number }[] {
  const found: { key: string; offset: number; firstOffset: number }[] = [];
  // A plain recursive walk: this runs on every file, and yaml's generic `visit` costs several times more.
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = node.items.length > 1 ? new Map<string, number>() : undefined;
      for (const pair of node.items) {
        if (seen && isScalar(pair.key) && pair.key.range) {
          const key = String(pair.key.value);
          const first = seen.get(key);
          if (first === undefined) seen.set(key, pair.key.range[0]);
          else found.push({ key, offset: pair.key.range[0], firstOffset: first });
        }
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(document.contents);
  return found;
}

function firstAliasOffset(document: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
    },
  });
  return offset;
}
