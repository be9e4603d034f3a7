// What the fast YAML path (src/load/fast-parse-config-file.ts) must give for a text: exactly yaml's data, and for
// every pointer it places, exactly the position `locate` finds in yaml's document. Used by the fast path's own tests
// and, through test/support/check-fast-parse.ts, on every config file any test loads.
import { isDeepStrictEqual } from "node:util";
import { LineCounter, parseDocument } from "yaml";
import { YAML_PARSE_OPTIONS } from "../../src/load/config-file.js";
import type { FastParse } from "../../src/load/fast-parse-config-file.js";
import { locate } from "../../src/load/source-location.js";

/** Disagreements between the fast path's result and yaml's (empty when they agree). */
export function disagreements(text: string, fast: FastParse): string[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...YAML_PARSE_OPTIONS, lineCounter });
  const problems: string[] = [];
  if (document.errors.length > 0)
    problems.push(`yaml finds errors the fast path did not: ${document.errors[0]?.message}`);
  if (document.warnings.length > 0) problems.push(`yaml warns: ${document.warnings[0]?.message}`);
  const expected = document.toJS({ maxAliasCount: -1 });
  if (!isDeepStrictEqual(fast.value, expected))
    problems.push(`data differs: fast ${JSON.stringify(fast.value)} yaml ${JSON.stringify(expected)}`);
  const file = {
    file: "f.yaml",
    absolutePath: "/f.yaml",
    text,
    document,
    lineCounter,
    schemaErrorPointers: [],
  };
  for (const [pointer, at] of fast.locations) {
    const want = locate(file, pointer);
    if (want.line !== at.line || want.column !== at.column)
      problems.push(`${pointer}: fast ${at.line}:${at.column}, yaml ${want.line}:${want.column}`);
  }
  return problems;
}
