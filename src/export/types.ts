// What an export produces, as data: the files to write and the findings about what was left out or needs a
// person's attention. Findings are worded only at the edges (the CLI), from their code and parameters.
import type { LdMetric, LdRole, LdSegment } from "../launchdarkly/types.js";

export type ExportKind = "segment" | "metric" | "role";

export const EXPORT_KINDS: readonly ExportKind[] = ["segment", "metric", "role"];

/**
 * - `external-segment-skipped`: made by a partner integration (`params.integration`); its membership belongs there.
 * - `preset-role-skipped`: one of LaunchDarkly's preset roles (`_presetBundleVersion`).
 * - `big-segment-members-not-exported`: a big segment's definition was exported; LaunchDarkly never returns its
 *   membership (`params.environments`).
 * - `unknown-field`: LaunchDarkly returned a field the format does not know (`params.field`, `params.path`); the
 *   resource was exported without it.
 * - `unsupported-value`: a value the format cannot express (`params.path`, `params.value`, `params.reason`); the
 *   resource was not exported.
 */
export type ExportFindingCode =
  | "external-segment-skipped"
  | "preset-role-skipped"
  | "big-segment-members-not-exported"
  | "unknown-field"
  | "unsupported-value";

export interface ExportFinding {
  code: ExportFindingCode;
  resourceType: ExportKind;
  project?: string;
  /** Segments: the environments the finding concerns. */
  environments?: string[];
  key: string;
  params: Record<string, string | string[]>;
}

/** Everything the export read from LaunchDarkly, with list calls only. */
export interface AccountSnapshot {
  /** Project key → its environment keys (in LaunchDarkly's order) and the segments listed in each. */
  projects: Map<string, { environments: string[]; segments: Map<string, LdSegment[]>; metrics?: LdMetric[] }>;
  /** Undefined when roles were not asked for. */
  roles?: LdRole[];
}

/** How files are cut: one per project and kind (default), or one per resource for very large accounts. */
export type ExportLayout = "project" | "resource";

/** One file to write: a path relative to the output directory and the plain data it holds, keys in order. */
export interface ExportedFile {
  path: string;
  /** Which project it describes, for the header (absent for roles). */
  project?: string;
  content: Record<string, unknown>;
}

export interface ExportResult {
  files: ExportedFile[];
  findings: ExportFinding[];
  counts: { segments: number; metrics: number; roles: number };
}
