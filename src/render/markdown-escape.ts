// Text from the user's files or from LaunchDarkly must not break out of the comment's structure: no HTML, no
// `@mention` pings, no Markdown emphasis or links, no closing of the code fence it sits in.

const ZERO_WIDTH_JOINER = "\u200d";

/** Every way text can break a line: CRLF, a lone CR or LF, and Unicode's line and paragraph separators. */
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;

/** What GitHub's Markdown turns into a link on its own (extended autolinks): `https://…`, `www.…`. */
const AUTOLINK_START = /\b(https?|ftp)(?=:\/\/)|\b(www)(?=\.)/gi;

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
  return (
    text
      .replace(/[&<>"'`*_[\]|\\~#!]/g, (ch) => ENTITIES[ch] ?? ch)
      .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
      // A joiner inside the scheme (or `www`) keeps a bare URL plain text: it reads the same, links nowhere.
      .replace(AUTOLINK_START, (start) => `${start}${ZERO_WIDTH_JOINER}`)
      .replace(LINE_BREAK, " ")
  );
}

/**
 * A URL as the destination of a Markdown link `[text](URL)`: percent-encoded like `encodeURI` (no spaces, `<` or
 * `>`), with `(` and `)` encoded too so the URL cannot end the link early.
 */
export function markdownLinkUrl(url: string): string {
  return encodeURI(url).replace(/\(/g, "%28").replace(/\)/g, "%29");
}

function longestBacktickRun(content: string): number {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** A backtick fence longer than any backtick run in `content` (at least three). */
export function codeFence(content: string): string {
  return "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
}

/**
 * `content` as an inline code span, shown literally: Markdown, HTML and `@mentions` are not interpreted inside one.
 * The fence is longer than any backtick run inside, and a space pads content that starts or ends with a backtick
 * (or with spaces on both sides, which Markdown would strip). Line breaks become spaces: a span cannot end the line.
 */
export function markdownCodeSpan(content: string): string {
  const text = content.replace(LINE_BREAK, " ");
  if (text === "") return "";
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const pad =
    text.startsWith("`") || text.endsWith("`") || (/^ .* $/.test(text) && text.trim() !== "") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Text whose `code spans` are meant as code (validation messages: "`op` must be one of …; got `equals`"): each
 * span stays a code span (`markdownCodeSpan`), the text around the spans is escaped with `escapeMarkdownInline`. So
 * text from the user's files can add no HTML, link or ping, nor break out of a span. A backtick run that closes
 * no span (as Markdown reads it) is plain text.
 */
export function escapeMarkdownWithCodeSpans(text: string): string {
  const flat = text.replace(LINE_BREAK, " ");
  const runs = [...flat.matchAll(/`+/g)].map((match) => ({ at: match.index, length: match[0].length }));
  let out = "";
  let plainFrom = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    if (open.at < plainFrom) continue;
    const closing = runs.findIndex((run, j) => j > i && run.length === open.length);
    if (closing === -1) continue;
    const close = runs[closing]!;
    let content = flat.slice(open.at + open.length, close.at);
    // As Markdown reads a span: one space is stripped from each side when both sides have one.
    if (/^ .* $/.test(content) && content.trim() !== "") content = content.slice(1, -1);
    out += escapeMarkdownInline(flat.slice(plainFrom, open.at)) + markdownCodeSpan(content);
    plainFrom = close.at + close.length;
    i = closing;
  }
  return out + escapeMarkdownInline(flat.slice(plainFrom));
}

/** A fenced code block; inside it nothing is interpreted, so only the fence needs choosing. */
export function fencedBlock(language: string, content: string): string {
  const fence = codeFence(content);
  return `${fence}${language}\n${content}\n${fence}`;
}
