// The pure middle of an export: what LaunchDarkly holds → the files to write and the findings. No I/O.
import type { LdSegment } from "../launchdarkly/types.js";
import type { SegmentFields } from "../model/segment.js";
import { type FoldedSegment, foldSegment, groupByEnvironments } from "./fold-segments.js";
import { convertMetric } from "./metric-fields.js";
import { convertRole, isPresetRole } from "./role-fields.js";
import { convertSegment, type FieldProblem, SEGMENT_FIELD_ORDER } from "./segment-fields.js";
import type {
  AccountSnapshot,
  ExportedFile,
  ExportFinding,
  ExportKind,
  ExportLayout,
  ExportResult,
} from "./types.js";

function problemFindings(
  problems: readonly FieldProblem[],
  base: Omit<ExportFinding, "code" | "params">,
): ExportFinding[] {
  return problems.map((problem) => {
    const params: Record<string, string> = { path: problem.path };
    if (problem.value !== undefined) params.value = problem.value;
    if (problem.reason !== undefined) params.reason = problem.reason;
    return { ...base, code: problem.kind, params };
  });
}

/** A segment's fields in the documentation's order (`environments` overrides last). */
function segmentContent(segment: FoldedSegment): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of SEGMENT_FIELD_ORDER) {
    const value = (segment as unknown as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  const environments = Object.keys(segment.overrides).filter(
    (environment) => Object.keys(segment.overrides[environment] ?? {}).length > 0,
  );
  if (environments.length > 0) {
    const overrides: Record<string, unknown> = {};
    for (const environment of environments) {
      const fields = segment.overrides[environment] ?? {};
      const ordered: Record<string, unknown> = {};
      for (const field of SEGMENT_FIELD_ORDER) {
        const value = (fields as Record<string, unknown>)[field];
        if (value !== undefined) ordered[field] = value;
      }
      overrides[environment] = ordered;
    }
    out.environments = overrides;
  }
  return out;
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Exports every project of `snapshot`; `kinds` limits what is written. */
export function buildExport(
  snapshot: AccountSnapshot,
  options: { layout?: ExportLayout; kinds?: readonly ExportKind[] } = {},
): ExportResult {
  const layout = options.layout ?? "project";
  const kinds = new Set(options.kinds ?? ["segment", "metric", "role"]);
  const files: ExportedFile[] = [];
  const findings: ExportFinding[] = [];
  const counts = { segments: 0, metrics: 0, roles: 0 };

  for (const project of [...snapshot.projects.keys()].sort()) {
    const data = snapshot.projects.get(project);
    if (!data) continue;
    if (kinds.has("segment")) {
      const segments = exportSegments(project, data.environments, data.segments, findings);
      counts.segments += segments.length;
      files.push(...segmentFiles(project, segments, layout));
    }
    if (kinds.has("metric") && data.metrics) {
      const metrics: Record<string, unknown>[] = [];
      for (const metric of [...data.metrics].sort(byKey)) {
        const { fields, problems } = convertMetric(metric);
        findings.push(...problemFindings(problems, { resourceType: "metric", project, key: metric.key }));
        if (fields) metrics.push(fields);
      }
      counts.metrics += metrics.length;
      if (layout === "resource")
        for (const metric of metrics)
          files.push({
            path: `${project}/metrics/${metric.key}.yaml`,
            project,
            content: { project, metrics: [metric] },
          });
      else if (metrics.length > 0)
        files.push({ path: `${project}/metrics.yaml`, project, content: { project, metrics } });
    }
  }
  if (kinds.has("role") && snapshot.roles) {
    const roles: Record<string, unknown>[] = [];
    for (const role of [...snapshot.roles].sort(byKey)) {
      if (isPresetRole(role)) {
        findings.push({
          code: "preset-role-skipped",
          resourceType: "role",
          key: role.key,
          params: { name: role.name },
        });
        continue;
      }
      const { fields, problems } = convertRole(role);
      findings.push(...problemFindings(problems, { resourceType: "role", key: role.key }));
      if (fields) roles.push(fields);
    }
    counts.roles = roles.length;
    if (layout === "resource")
      for (const role of roles) files.push({ path: `roles/${role.key}.yaml`, content: { roles: [role] } });
    else if (roles.length > 0) files.push({ path: "roles.yaml", content: { roles } });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, findings, counts };
}

function exportSegments(
  project: string,
  environments: readonly string[],
  lists: ReadonlyMap<string, readonly LdSegment[]>,
  findings: ExportFinding[],
): FoldedSegment[] {
  // key → environment → live segment, in the project's environment order.
  const byKey = new Map<string, Map<string, LdSegment>>();
  for (const environment of environments) {
    for (const segment of lists.get(environment) ?? []) {
      if (segment.deleted) continue;
      const perEnvironment = byKey.get(segment.key) ?? new Map<string, LdSegment>();
      perEnvironment.set(environment, segment);
      byKey.set(segment.key, perEnvironment);
    }
  }
  const folded: FoldedSegment[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const perEnvironment = byKey.get(key) ?? new Map<string, LdSegment>();
    const external = [...perEnvironment.entries()].filter(([, segment]) => segment._external != null);
    if (external.length > 0) {
      findings.push({
        code: "external-segment-skipped",
        resourceType: "segment",
        project,
        environments: external.map(([environment]) => environment),
        key,
        params: { integration: String(external[0]?.[1]._external) },
      });
    }
    const converted: { environment: string; fields: SegmentFields }[] = [];
    for (const [environment, segment] of perEnvironment) {
      if (segment._external != null) continue;
      const { fields, problems } = convertSegment(segment);
      findings.push(
        ...problemFindings(problems, { resourceType: "segment", project, environments: [environment], key }),
      );
      // A segment the format cannot express in an environment is left out there; its findings say why.
      if (fields) converted.push({ environment, fields });
    }
    if (converted.length === 0) continue;
    const big = converted.filter(({ fields }) => fields.unbounded === true);
    if (big.length > 0)
      findings.push({
        code: "big-segment-members-not-exported",
        resourceType: "segment",
        project,
        environments: big.map(({ environment }) => environment),
        key,
        params: {},
      });
    folded.push(foldSegment(key, converted));
  }
  return folded;
}

/** `segments.yaml` for the largest group; other environment sets get `segments.<env>.<env>.yaml`. */
function segmentFiles(
  project: string,
  segments: readonly FoldedSegment[],
  layout: ExportLayout,
): ExportedFile[] {
  const file = (
    path: string,
    environments: readonly string[],
    group: readonly FoldedSegment[],
  ): ExportedFile => ({
    path,
    project,
    content: { project, environments: [...environments], segments: group.map(segmentContent) },
  });
  if (layout === "resource")
    return segments.map((segment) =>
      file(`${project}/segments/${segment.key}.yaml`, segment.environments, [segment]),
    );
  const groups = [...groupByEnvironments(segments).entries()].sort(
    ([a, left], [b, right]) =>
      right.length - left.length || b.split(",").length - a.split(",").length || (a < b ? -1 : a > b ? 1 : 0),
  );
  return groups.map(([id, group], index) => {
    const environments = id.split(",");
    const path =
      index === 0 ? `${project}/segments.yaml` : `${project}/segments.${environments.join(".")}.yaml`;
    return file(path, environments, group);
  });
}
