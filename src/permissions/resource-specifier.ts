// Parser for custom-role resource specifiers such as `proj/web-app:env/*;critical-tag:segment/beta-*`.
// Grammar (LaunchDarkly docs on role resources): segment (":" segment)*, where a segment is
// `type[/name][;selector,selector...]`; a name may hold `*` globs and `${roleAttribute/key}` placeholders;
// a selector is a tag (globs allowed), a property selector `{critical:true}` or a view `view:key`.
// The plan stage reuses the structured result, so the parser keeps every part it reads.

/** One `type/name;selectors` part of a specifier. */
export interface SpecifierSegment {
  /** Resource type, such as `proj`, `env`, `segment`, `acct`. */
  type: string;
  /** The key or glob after `/`; undefined when the segment has no `/` (e.g. `acct`). */
  name?: string;
  /** Role attributes used in the name: `${roleAttribute/devProjects}` gives `devProjects`. */
  roleAttributes: string[];
  /** Tags after `;` (ANDed; globs allowed). */
  tags: string[];
  /** Property selectors such as `{critical:true}`. */
  properties: Record<string, string>;
  /** Views after `;` written as `view:key` (undocumented syntax seen in the wild). */
  views: string[];
  /** Offset of this segment in the specifier string. */
  offset: number;
}

export interface ResourceSpecifier {
  text: string;
  segments: SpecifierSegment[];
  /** The type of the last segment: the kind of resource the statement's actions apply to. */
  resourceType: string;
  /** The chain of segment types, such as `proj:env:segment`. */
  typePath: string;
}

export interface SpecifierProblem {
  message: string;
  offset: number;
  severity: "error" | "warning";
}

export type SpecifierParseResult =
  | { ok: true; specifier: ResourceSpecifier; warnings: SpecifierProblem[] }
  | { ok: false; error: SpecifierProblem };

const TYPE_RE = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const NAME_CHAR_RE = /^[a-zA-Z0-9_.*,-]$/;
const ROLE_ATTRIBUTE_RE = /^\$\{roleAttribute\/([a-zA-Z0-9_.-]+)\}/;

class SpecifierSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses one resource specifier; never throws. */
export function parseResourceSpecifier(text: string): SpecifierParseResult {
  const warnings: SpecifierProblem[] = [];
  try {
    if (text.trim() === "") throw new SpecifierSyntaxError("resource specifier is empty", 0);
    if (text !== text.trim())
      throw new SpecifierSyntaxError("resource specifier has leading or trailing spaces", 0);
    const segments: SpecifierSegment[] = [];
    let pos = 0;
    for (;;) {
      const { segment, end } = readSegment(text, pos, warnings);
      segments.push(segment);
      if (end >= text.length) break;
      // readSegment stops only at the end or at a `:` that starts the next segment.
      pos = end + 1;
      if (pos >= text.length) throw new SpecifierSyntaxError("resource specifier ends with `:`", end);
    }
    const typePath = segments.map((s) => s.type).join(":");
    const last = segments[segments.length - 1]!;
    return { ok: true, specifier: { text, segments, resourceType: last.type, typePath }, warnings };
  } catch (error) {
    if (error instanceof SpecifierSyntaxError) {
      return { ok: false, error: { message: error.message, offset: error.offset, severity: "error" } };
    }
    throw error;
  }
}

function readSegment(
  text: string,
  start: number,
  warnings: SpecifierProblem[],
): { segment: SpecifierSegment; end: number } {
  let pos = start;
  // Quirk in LaunchDarkly's own examples: `env/*;qa_*:/flag/*` (a stray `/` after `:`).
  if (text[pos] === "/") {
    warnings.push({
      message: "stray `/` after `:`; write `type/name` (e.g. `flag/*`)",
      offset: pos,
      severity: "warning",
    });
    pos++;
  }
  const typeStart = pos;
  while (pos < text.length && !"/;:".includes(text[pos]!)) pos++;
  const type = text.slice(typeStart, pos);
  if (!TYPE_RE.test(type)) {
    throw new SpecifierSyntaxError(
      type === ""
        ? "missing resource type (such as `proj`, `env`, `segment`)"
        : `\`${type}\` is not a resource type: expected letters, digits and \`-\``,
      typeStart,
    );
  }
  const segment: SpecifierSegment = {
    type,
    roleAttributes: [],
    tags: [],
    properties: {},
    views: [],
    offset: start,
  };
  if (text[pos] === "/") {
    pos++;
    const nameStart = pos;
    let name = "";
    while (pos < text.length && text[pos] !== ";" && text[pos] !== ":") {
      if (text[pos] === "$") {
        const match = ROLE_ATTRIBUTE_RE.exec(text.slice(pos));
        if (!match) {
          throw new SpecifierSyntaxError(
            "a `$` in a name must start a role attribute `${roleAttribute/key}`",
            pos,
          );
        }
        segment.roleAttributes.push(match[1]!);
        name += match[0];
        pos += match[0].length;
        continue;
      }
      if (!NAME_CHAR_RE.test(text[pos]!)) {
        throw new SpecifierSyntaxError(
          `unexpected \`${text[pos]}\` in the name of \`${type}\`: names hold letters, digits, \`_\`, \`.\`, \`-\` and \`*\``,
          pos,
        );
      }
      name += text[pos];
      pos++;
    }
    if (name === "") {
      warnings.push({
        message: `\`${type}/\` has an empty name; write \`${type}/*\` for every ${type} or give a key`,
        offset: nameStart,
        severity: "warning",
      });
    }
    segment.name = name;
  }
  if (text[pos] === ";") {
    pos = readSelectors(text, pos + 1, segment);
  }
  return { segment, end: pos };
}

/** Reads `tag,{prop:value},view:key` up to the `:` that starts the next segment (or the end). */
function readSelectors(text: string, start: number, segment: SpecifierSegment): number {
  let pos = start;
  for (;;) {
    const itemStart = pos;
    if (text[pos] === "{") {
      const close = text.indexOf("}", pos);
      if (close < 0) throw new SpecifierSyntaxError("unclosed `{` in a property selector", pos);
      const body = text.slice(pos + 1, close);
      const colon = body.indexOf(":");
      if (colon <= 0 || colon === body.length - 1) {
        throw new SpecifierSyntaxError(
          "a property selector is written `{property:value}`, e.g. `{critical:true}`",
          pos,
        );
      }
      segment.properties[body.slice(0, colon).trim()] = body.slice(colon + 1).trim();
      pos = close + 1;
    } else {
      while (pos < text.length && !",;:{}".includes(text[pos]!)) pos++;
      let item = text.slice(itemStart, pos);
      // `view:key` keeps its colon: a `:` that does not start `type/...` or a bare type belongs to the selector.
      if (item === "view" && text[pos] === ":" && !startsSegment(text, pos + 1)) {
        const viewStart = pos + 1;
        pos = viewStart;
        while (pos < text.length && !",;:{}".includes(text[pos]!)) pos++;
        item = text.slice(viewStart, pos);
        if (item === "") throw new SpecifierSyntaxError("`view:` needs a view key", viewStart);
        segment.views.push(item);
      } else {
        if (item === "") throw new SpecifierSyntaxError("empty tag after `;` or `,`", itemStart);
        segment.tags.push(item);
      }
    }
    if (pos >= text.length || text[pos] === ":") return pos;
    if (text[pos] === ",") {
      pos++;
      continue;
    }
    throw new SpecifierSyntaxError(`unexpected \`${text[pos]}\` among the tags`, pos);
  }
}

function startsSegment(text: string, pos: number): boolean {
  // After a `:`, a new segment always has a name part (`type/...`): only `acct` and `ip-allowlist` are bare,
  // and both stand alone.
  return /^\/?[a-zA-Z][a-zA-Z0-9-]*\//.test(text.slice(pos));
}
