// Exported data → YAML text a person would have written: block style, short lists of scalars and small mappings
// (clauses, context targets) on one line, strings quoted only where YAML needs it. The same data always gives the
// same text.
import { Document, isMap, isPair, isScalar, isSeq } from "yaml";

/** Flow (`[a, b]`, `{ k: v }`) only for collections that fit on a line this wide. */
const FLOW_WIDTH = 72;

export function yamlText(content: Record<string, unknown>): string {
  // No anchors or aliases: a person writes a repeated value out (one shared `[]` would otherwise become `&a1` / `*a1`).
  const document = new Document(content, { aliasDuplicateObjects: false });
  setFlow(document.contents, "file");
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * Where a node sits: the file's own mapping, a value of it (`segments:`), an item of such a list (a resource), or
 * anything below. Values of the file and resources stay in block style: only their small parts go on one line.
 */
type Place = "file" | "file value" | "resource" | "inner";

/** Walks the document once, top down, marking the collections that go on one line. */
function setFlow(node: unknown, place: Place): void {
  if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every(isScalar) && flowLength(node.toJSON()) <= FLOW_WIDTH)
      node.flow = true;
    for (const item of node.items) setFlow(item, place === "file value" ? "resource" : "inner");
  } else if (isMap(node)) {
    const simple = node.items.every(
      (pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every(isScalar)),
    );
    const block = place === "file value" || place === "resource";
    if (simple && !block && node.items.length <= 6 && flowLength(node.toJSON()) <= FLOW_WIDTH)
      node.flow = true;
    for (const pair of node.items)
      if (isPair(pair)) setFlow(pair.value, place === "file" ? "file value" : "inner");
  }
}

function flowLength(value: unknown): number {
  return JSON.stringify(value).length;
}
