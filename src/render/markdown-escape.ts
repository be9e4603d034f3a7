// Text from the user's files or from LaunchDarkly must not break out of the comment's structure: no HTML, no
// `@mention` pings, no Markdown emphasis or links, no closing of the code fence it sits in.

const ZERO_WIDTH_JOINER = "\u200d";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "|": "&#124;",
  "\\": "&#92;",
  "~": "&#126;",
  "#": "&#35;",
  "!": "&#33;",
};

/** Inline text (table cells, `<summary>`): HTML and Markdown punctuation as entities, `@` followed by a joiner. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/[&<>"'`*_[\]|\\~#!]/g, (ch) => ENTITIES[ch] ?? ch)
    .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/\r?\n/g, " ");
}

/** A backtick fence longer than any backtick run in `content` (at least three). */
export function codeFence(content: string): string {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return "`".repeat(Math.max(3, longest + 1));
}

/** A fenced code block; inside it nothing is interpreted, so only the fence needs choosing. */
export function fencedBlock(language: string, content: string): string {
  const fence = codeFence(content);
  return `${fence}${language}\n${content}\n${fence}`;
}
