// A concrete resource as a policy sees it: the chain `proj/web-app:env/production:segment/beta-testers`, with
// each level's tags and properties when they are known. Unknown (undefined) tags or properties make a specifier
// that selects on them match "maybe". The specifier strings themselves are built by `resourceSpecifierFor`
// (./format-resource-specifier.ts).
import { parseResourceSpecifier } from "./resource-specifier.js";

/** One level of a resource: `env/production` with its tags and `{critical:true}`-style properties. */
export interface ResourceLevel {
  /** `proj`, `env`, `segment`, `metric`, `role`, ... */
  type: string;
  /** The key; undefined for bare types (`acct`). */
  key?: string;
  /** undefined = not known (not the same as no tags). */
  tags?: readonly string[];
  /** undefined = not known; values compare as strings (`critical` → `"true"`). */
  properties?: Readonly<Record<string, string | boolean>>;
}

export type ResourceChain = readonly ResourceLevel[];

export class ResourceSyntaxError extends Error {
  override readonly name = "ResourceSyntaxError";
}

/**
 * Reads a concrete resource written as a specifier without globs (`proj/p:env/e:segment/s`). Tags written after
 * `;` are the level's known tags; a level written without `;` has unknown tags and properties.
 */
export function parseResource(text: string): ResourceChain {
  const parsed = parseResourceSpecifier(text);
  if (!parsed.ok) throw new ResourceSyntaxError(`"${text}" is not a resource: ${parsed.error.message}`);
  return parsed.specifier.segments.map((segment) => {
    const level: ResourceLevel = { type: segment.type };
    if (segment.name !== undefined) level.key = segment.name;
    if (segment.tags.length > 0 || Object.keys(segment.properties).length > 0) {
      level.tags = segment.tags;
      level.properties = segment.properties;
    }
    return level;
  });
}
