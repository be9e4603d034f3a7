// Does a statement's resource specifier cover a concrete resource? The chain of types must be the same (a
// statement's actions apply to its last level: `proj/*` does not cover the project's segments), each name must
// match by glob, every tag must be on the resource (tags are ANDed) and every `{property:value}` must hold.

import { globMatches } from "./glob.js";
import type { ResourceChain, ResourceLevel } from "./resource.js";
import { parseResourceSpecifier, type SpecifierSegment } from "./resource-specifier.js";
import { allOf, anyOf, type Match } from "./tri-state.js";

const parsedSpecifiers = new Map<string, SpecifierSegment[] | undefined>();

function segmentsOf(specifier: string): SpecifierSegment[] | undefined {
  if (!parsedSpecifiers.has(specifier)) {
    const parsed = parseResourceSpecifier(specifier);
    parsedSpecifiers.set(specifier, parsed.ok ? parsed.specifier.segments : undefined);
  }
  return parsedSpecifiers.get(specifier);
}

function matchName(name: string | undefined, key: string | undefined): Match {
  if (name === undefined) return key === undefined ? "yes" : "no";
  // A role attribute's values come with the role assignment, which a token does not show.
  if (name.includes("${roleAttribute/")) return "maybe";
  if (key === undefined) return "no";
  // `proj/a,b` (a comma list of keys) appears once in LaunchDarkly's older docs; read it as alternatives.
  return name.split(",").some((alternative) => globMatches(alternative, key)) ? "yes" : "no";
}

function matchTag(tag: string, tags: readonly string[] | undefined): Match {
  if (tags === undefined) return "maybe";
  return tags.some((candidate) => globMatches(tag, candidate)) ? "yes" : "no";
}

function matchProperty(property: string, value: string, properties: ResourceLevel["properties"]): Match {
  const actual = properties?.[property];
  if (actual === undefined) return "maybe";
  return String(actual) === value ? "yes" : "no";
}

function matchLevel(segment: SpecifierSegment, level: ResourceLevel): Match {
  if (segment.type !== level.type) return "no";
  return allOf([
    matchName(segment.name, level.key),
    ...segment.tags.map((tag) => matchTag(tag, level.tags)),
    ...Object.entries(segment.properties).map(([property, value]) =>
      matchProperty(property, value, level.properties),
    ),
    // Views are not part of what the tool knows about a resource.
    ...segment.views.map((): Match => "maybe"),
  ]);
}

/** "yes", "no", or "maybe" when the answer depends on tags, properties or role attributes not known. */
export function matchSpecifier(specifier: string, resource: ResourceChain): Match {
  const segments = segmentsOf(specifier);
  // LaunchDarkly refuses to save a role with an unreadable specifier, so one can only match nothing.
  if (segments === undefined || segments.length !== resource.length) return "no";
  return allOf(segments.map((segment, index) => matchLevel(segment, resource[index] as ResourceLevel)));
}

export function matchAnySpecifier(specifiers: readonly string[], resource: ResourceChain): Match {
  return anyOf(specifiers.map((specifier) => matchSpecifier(specifier, resource)));
}
