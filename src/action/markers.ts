import { posix } from "node:path";
import { TOOL_NAME } from "../version.js";

// Hidden HTML comments that identify the Action's own comments and issues, so it finds them again whichever
// bot login posted them (`github-actions[bot]` or a GitHub App's `my-app[bot]`).

export type MarkerKind = "plan" | "drift";

export interface Marker {
  kind: MarkerKind;
  /** The config directory, normalised (`launchdarkly`, `config/ld`). */
  path: string;
  /** The plan's hash; absent when there is no plan (validation failed). */
  hash?: string;
}

/** `./launchdarkly/` and `launchdarkly` are the same config path. */
export function normalizeConfigPath(path: string): string {
  const normalized = posix.normalize(path.replace(/\\/g, "/")).replace(/\/+$/, "");
  return normalized === "" || normalized === "." ? "." : normalized.replace(/^\.\//, "");
}

/** `encodeURI` keeps `/` readable but escapes spaces and `>`, so a path can neither split the fields nor end the comment. */
function encodeField(value: string): string {
  return encodeURI(value);
}

export function renderMarker(marker: Marker): string {
  const fields = [`path=${encodeField(normalizeConfigPath(marker.path))}`];
  if (marker.hash) fields.push(`hash=${encodeField(marker.hash)}`);
  return `<!-- ${TOOL_NAME}:${marker.kind} ${fields.join(" ")} -->`;
}

const MARKER_PATTERN = new RegExp(`<!--\\s*${TOOL_NAME}:(plan|drift)((?:\\s+[a-z]+=\\S*)*)\\s*-->`);

/** The first marker in a comment or issue body, if any. */
export function parseMarker(body: string): Marker | undefined {
  const match = MARKER_PATTERN.exec(body);
  if (!match) return undefined;
  const fields = new Map<string, string>();
  for (const field of (match[2] ?? "").trim().split(/\s+/)) {
    const at = field.indexOf("=");
    if (at > 0) fields.set(field.slice(0, at), decodeURI(field.slice(at + 1)));
  }
  const path = fields.get("path");
  if (path === undefined) return undefined;
  const hash = fields.get("hash");
  return { kind: match[1] as MarkerKind, path: normalizeConfigPath(path), ...(hash ? { hash } : {}) };
}

/** Whether a body carries the marker of this kind for this config path. */
export function hasMarkerFor(body: string, kind: MarkerKind, path: string): boolean {
  const marker = parseMarker(body);
  return marker !== undefined && marker.kind === kind && marker.path === normalizeConfigPath(path);
}
