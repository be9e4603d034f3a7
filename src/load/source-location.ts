import { type Document, isMap, isPair, isScalar, isSeq, type Node, parseDocument } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Finding } from "../model/finding.js";
import { type ParsedConfigFile, YAML_PARSE_OPTIONS } from "./config-file.js";
import { parseJsonPointer } from "./json-pointer.js";

export interface LocateOptions {
  /** Point at the mapping key rather than its value (for "unknown field" messages). */
  key?: boolean;
}

/**
 * Finds the line and column of the node at `pointer`. When the pointer goes deeper than the document
 * (a missing field), it stops at the deepest node that exists, which is where the user must add it.
 */
export function locate(
  file: ParsedConfigFile,
  pointer: string,
  options: LocateOptions = {},
): { line: number; column: number } {
  if (!file.document && !options.key) {
    const known = file.locations?.get(pointer);
    if (known) return { line: known.line, column: known.column };
  }
  const document = documentOf(file);
  if (!document) return { line: 1, column: 1 };
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  const segments = parseJsonPointer(pointer);
  for (const [index, segment] of segments.entries()) {
    const isLast = index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      if (isLast && options.key && keyStart !== undefined) {
        offset = keyStart;
        break;
      }
      node = pair.value;
      // `field:` with no value has no value node: point at the key.
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  const { line, col } = file.lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The file's document, parsed again (and kept) if it was released after loading or parsed on a worker (then
 * its line starts are counted too).
 */
function documentOf(file: ParsedConfigFile): Document.Parsed | undefined {
  if (!file.document && file.text !== undefined) {
    const lineCounter = file.lineCounter.lineStarts.length === 0 ? file.lineCounter : undefined;
    file.document = parseDocument(file.text, { ...YAML_PARSE_OPTIONS, lineCounter });
  }
  return file.document;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** A diagnostic pointing at the node at `pointer` in `file`. */
export function diagnosticAt(
  file: ParsedConfigFile,
  pointer: string,
  found: Finding,
  severity: Diagnostic["severity"] = "error",
  options: LocateOptions = {},
): Diagnostic {
  const { line, column } = locate(file, pointer, options);
  return { file: file.file, line, column, path: pointer, ...found, severity };
}
