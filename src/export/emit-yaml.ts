// Exported data → YAML text a person would have written: block style, short lists of scalars and small mappings
// (clauses, context targets) on one line, strings quoted only where YAML needs it. The same data always gives the
// same text.
import { Document, isMap, isScalar, isSeq, visit } from "yaml";

/** Flow (`[a, b]`, `{ k: v }`) only for collections that fit on a line this wide. */
const FLOW_WIDTH = 72;

export function yamlText(content: Record<string, unknown>): string {
  const document = new Document(content);
  visit(document, {
    Seq(_key, node) {
      if (node.items.length > 0 && node.items.every(isScalar) && flowLength(node.toJSON()) <= FLOW_WIDTH)
        node.flow = true;
    },
    Map(_key, node) {
      const simple = node.items.every(
        (pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every(isScalar)),
      );
      if (
        simple &&
        node.items.length <= 6 &&
        flowLength(node.toJSON()) <= FLOW_WIDTH &&
        !isTopLevel(document, node)
      )
        node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function flowLength(value: unknown): number {
  return JSON.stringify(value).length;
}

/** Resources and the file itself stay in block style: only their small parts go on one line. */
function isTopLevel(document: Document, node: unknown): boolean {
  if (node === document.contents) return false;
  const contents = document.contents;
  if (!isMap(contents)) return false;
  for (const pair of contents.items) {
    if (pair.value === node) return true;
    if (isSeq(pair.value) && pair.value.items.includes(node as never)) return true;
  }
  return false;
}
