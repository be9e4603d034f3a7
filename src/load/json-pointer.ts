/** Splits a JSON pointer (`/segments/0/rules`) into unescaped segments. */
export function parseJsonPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Builds a JSON pointer from segments, escaping `~` and `/`. */
export function toJsonPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** The pointer to the parent of the node at `pointer` (`/segments/0/rules` gives `/segments/0`). */
export function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

/** The value `pointer` names inside `root`, or `undefined` when the path does not exist. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of parseJsonPointer(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
