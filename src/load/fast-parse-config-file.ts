// The fast path of reading a config file's YAML. js-yaml builds the same data as yaml's document model about ten
// times faster (config files are plain mappings, lists and scalars), and its listener hands over where each node
// starts, enough to place every resource without a document. It is taken only for files both libraries read alike:
// one document with a mapping at the top, no anchors, aliases, tags, directives, merge keys, explicit (`? `) keys or
// keys that are not plain strings, plain scalars resolved by yaml's own core-schema rules (below). Anything else, and
// every file js-yaml refuses (syntax errors, duplicate keys), returns undefined: `parseConfigFile` then parses it
// with yaml, which also words the errors. test/load/fast-parse-config-file.test.ts holds the two paths equal.
import { type EventType, FAILSAFE_SCHEMA, load, type State, Type } from "js-yaml";
import { parseJsonPointer } from "./json-pointer.js";

/** Data and start positions (1-based line and column, as `locate` gives them) of the wanted pointers. */
export interface FastParse {
  value: Record<string, unknown>;
  locations: Map<string, { line: number; column: number }>;
}

// Plain scalars resolve exactly as yaml's core schema resolves them (yaml/dist/schema/core and common/null.js:
// the same tests, in the same order, with the same conversions), not by js-yaml's own core schema.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Every number form above starts with a digit, a sign or a dot: most strings are ruled out by one comparison. */
function mayBeNumber(data: string): boolean {
  const first = data.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
}

const YAML_CORE_SCALARS = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: (data: string | null) => data === null || (data.length <= 4 && NULL.test(data)),
      construct: () => null,
    }),
    new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (data: string | null) => data !== null && data.length <= 5 && BOOL.test(data),
      construct: (data: string) => data[0] === "t" || data[0] === "T",
    }),
    new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (data: string | null) =>
        data !== null && mayBeNumber(data) && (INT_OCT.test(data) || INT.test(data) || INT_HEX.test(data)),
      construct: (data: string) =>
        INT_OCT.test(data)
          ? Number.parseInt(data.substring(2), 8)
          : INT.test(data)
            ? Number.parseInt(data, 10)
            : Number.parseInt(data.substring(2), 16),
    }),
    new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (data: string | null) =>
        data !== null &&
        mayBeNumber(data) &&
        (FLOAT_NAN.test(data) || FLOAT_EXP.test(data) || FLOAT.test(data)),
      construct: (data: string) =>
        FLOAT_NAN.test(data)
          ? data.slice(-3).toLowerCase() === "nan"
            ? Number.NaN
            : data[0] === "-"
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY
          : Number.parseFloat(data),
    }),
  ],
});

/**
 * Text that may hold what the fast path leaves to yaml: an anchor (`&`) or tag (`!`) at the start of a token, a
 * directive (`%` at a line start), a merge key, an explicit key (`? `). Matches inside strings and comments only
 * cost the fast path for that file.
 */
const LEFT_TO_YAML = /(?:^|[\s[{,])[&!]|(?:^|\n)%|<<[ \t]*:|(?:^|[\s[{,])\?(?:[ \t\r\n]|$)/;

/** Nodes deeper than this are not tracked: the deepest pointer placed is `/segments/3/project` (depth 4). */
const TRACKED_DEPTH = 4;

interface NodeStart {
  /** Offset where js-yaml began reading the node (before any separating space for a mapping value). */
  open: number;
  kind: string | null;
  /** The scalar's value (keys are matched on it). */
  scalar?: unknown;
  children: NodeStart[];
}

/** Thrown out of the listener to leave a file to yaml. */
class LeaveToYaml extends Error {}

/** Data and the positions of `pointersOf(data)`, or undefined: parse this file with yaml. */
export function fastParseConfigFile(
  text: string,
  pointersOf: (value: unknown) => string[],
): FastParse | undefined {
  if (LEFT_TO_YAML.test(text)) return undefined;
  const stack: NodeStart[] = [];
  let root: NodeStart | undefined;
  let depth = 0;
  const listener = (event: EventType, state: State) => {
    if (event === "open") {
      depth++;
      if (depth <= TRACKED_DEPTH) stack.push({ open: state.position, kind: null, children: [] });
      return;
    }
    // A key that is a collection or null: yaml and js-yaml turn it into different strings.
    const kind = state.kind;
    if ((kind !== "scalar" || state.result === null) && colonFollows(text, state.position))
      throw new LeaveToYaml();
    if (depth <= TRACKED_DEPTH) {
      const node = stack.pop();
      if (node) {
        node.kind = kind;
        if (kind === "scalar") node.scalar = state.result;
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(node);
        else root = node;
      }
    }
    depth--;
  };
  let value: unknown;
  try {
    value = load(text, {
      schema: YAML_CORE_SCALARS,
      listener,
      onWarning: () => {
        throw new LeaveToYaml();
      },
    });
  } catch {
    return undefined;
  }
  if (!isRecord(value) || root === undefined) return undefined;
  const lines = lineStarts(text);
  const locations = new Map<string, { line: number; column: number }>();
  for (const pointer of pointersOf(value)) {
    const node = nodeAt(root, value, pointer);
    if (node === undefined) continue; // `locate` finds it by parsing with yaml.
    locations.set(pointer, position(lines, skipSeparation(text, node.open)));
  }
  return { value, locations };
}

/** The node at `pointer`, checked against the data so that a node js-yaml did not report is never mistaken. */
function nodeAt(root: NodeStart, value: unknown, pointer: string): NodeStart | undefined {
  let node: NodeStart | undefined = root;
  let data = value;
  for (const segment of parseJsonPointer(pointer)) {
    if (node === undefined) return undefined;
    if (node.kind === "mapping" && isRecord(data)) {
      let found: NodeStart | undefined;
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i]!;
        if (key.kind === "scalar" && String(key.scalar) === segment) found = node.children[i + 1];
      }
      node = found;
      data = data[segment];
    } else if (node.kind === "sequence" && Array.isArray(data)) {
      // A `-` with nothing after it adds an item without a node: then the nodes cannot be matched to items.
      if (node.children.length !== data.length) return undefined;
      node = node.children[Number(segment)];
      data = data[Number(segment)];
    } else {
      return undefined;
    }
  }
  return node;
}

/** Whether the next character on this line, after blanks, is `:` (the node just read is a mapping key). */
function colonFollows(text: string, offset: number): boolean {
  let i = offset;
  while (text[i] === " " || text[i] === "\t") i++;
  return text[i] === ":";
}

/** The offset of the first character that is not blank, a line break or a comment (where yaml's node starts). */
function skipSeparation(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const ch = text[i];
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") i++;
    else if (ch === "#") while (i < text.length && text[i] !== "\n") i++;
    else return i;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of `offset`, as yaml's LineCounter gives them. */
function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
