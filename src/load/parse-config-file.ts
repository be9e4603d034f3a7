import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
} from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { type Finding, finding } from "../model/finding.js";
import { locatedPointers } from "./build-desired-state.js";
import { type ParsedConfigFile, YAML_PARSE_OPTIONS } from "./config-file.js";
import { fastParseConfigFile } from "./fast-parse-config-file.js";
import { readConfigFile } from "./read-config-file.js";

/**
 * Nodes that expanding a file's aliases may add: far above honest reuse (one small anchor used thousands of times),
 * far below what an alias bomb needs (nine levels of nine aliases add ~387 million). The size counts, not the number
 * of aliases: yaml's own `maxAliasCount` refused ordinary files that reuse one scalar anchor 149 times.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

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
  // Most files take the fast path: data and resource positions without a document (`locate` parses the file
  // again with yaml for any other position). The rest, and every file with a YAML problem, go through yaml below.
  const fast = fastParseConfigFile(read.text, locatedPointers);
  if (fast) {
    file.value = fast.value;
    file.locations = fast.locations;
    return { file, diagnostics };
  }
  const document = parseDocument(read.text, { ...YAML_PARSE_OPTIONS, lineCounter });
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
  const added = aliasExpansion(document);
  if (added > MAX_ALIAS_EXPANSION) {
    const { line, col } = lineCounter.linePos(firstAliasOffset(document) ?? 0);
    at(
      line,
      col,
      finding("yaml.alias-limit", { added: Number.isFinite(added) ? added : null, max: MAX_ALIAS_EXPANSION }),
    );
    return { file, diagnostics };
  }
  try {
    // The expansion was bounded above; yaml's count of alias uses would refuse honest reuse.
    file.value = document.toJS({ maxAliasCount: -1 });
  } catch (error) {
    const { line, col } = lineCounter.linePos(firstAliasOffset(document) ?? 0);
    at(
      line,
      col,
      finding("yaml.not-loadable", { detail: error instanceof Error ? error.message : String(error) }),
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

/**
 * How many nodes expanding every alias adds to the document (each anchored node's expanded size computed once;
 * Infinity for an alias inside its own anchor). Stops counting once past the limit.
 */
function aliasExpansion(document: Document.Parsed): number {
  const expanded = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  let literal = 0;
  const size = (node: unknown, literalPass: boolean): number => {
    if (isAlias(node)) {
      if (literalPass) literal++;
      const source = node.resolve(document);
      if (source === undefined) return 1;
      if (inProgress.has(source)) return Number.POSITIVE_INFINITY;
      const known = expanded.get(source);
      if (known !== undefined) return known;
      inProgress.add(source);
      const total = size(source, false);
      inProgress.delete(source);
      expanded.set(source, total);
      return total;
    }
    if (literalPass) literal++;
    let total = 1;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        total += isPair(item)
          ? size(item.key, literalPass) + size(item.value, literalPass)
          : size(item, literalPass);
        if (total > Number.MAX_SAFE_INTEGER) return Number.POSITIVE_INFINITY;
      }
    }
    if (!literalPass && node !== null && typeof node === "object") expanded.set(node, total);
    return total;
  };
  const total = size(document.contents, true);
  return total - literal;
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
