// A reviewer approves what the plan shows, so values are never cut: long lists are packed over several lines.

/** Lines longer than this are wrapped (the terminal and GitHub's diff block both read well around it). */
export const WRAP_WIDTH = 100;

/**
 * `prefix[a, b, c]` on one line when it fits in `width`, otherwise `prefix[` then the items packed into lines
 * (each item whole, however long) indented by `indent`, then `]`.
 */
export function wrapList(
  prefix: string,
  items: readonly string[],
  indent: string,
  width = WRAP_WIDTH,
): string[] {
  const oneLine = `${prefix}[${items.join(", ")}]`;
  if (oneLine.length <= width) return [oneLine];
  const lines = [`${prefix}[`];
  let current = "";
  for (const [index, item] of items.entries()) {
    const piece = index < items.length - 1 ? `${item},` : item;
    if (current !== "" && indent.length + current.length + 1 + piece.length > width) {
      lines.push(`${indent}${current}`);
      current = piece;
    } else {
      current = current === "" ? piece : `${current} ${piece}`;
    }
  }
  if (current !== "") lines.push(`${indent}${current}`);
  lines.push(`${indent.slice(2)}]`);
  return lines;
}

/** A value as compact JSON, whole. */
export function compactJson(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}

/**
 * A value on one line when it fits, otherwise listed: an array one member per line, an object one property per
 * line (members and properties themselves are never cut). `first` is the text before the value on the first line.
 */
export function valueLines(first: string, value: unknown, indent: string, width = WRAP_WIDTH): string[] {
  const compact = compactJson(value);
  if (first.length + compact.length <= width || value === null || typeof value !== "object")
    return [`${first}${compact}`];
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== "object" || item === null))
      return wrapList(first, value.map(compactJson), indent, width);
    return [`${first}[`, ...value.map((item) => `${indent}${compactJson(item)}`), `${indent.slice(2)}]`];
  }
  return [
    `${first}{`,
    ...Object.entries(value as Record<string, unknown>).map(
      ([key, item]) => `${indent}${key}: ${compactJson(item)}`,
    ),
    `${indent.slice(2)}}`,
  ];
}
