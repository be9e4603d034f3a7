import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Located } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import { type DeclaredResource, finding } from "../../model/finding.js";
import type { SourceLocation } from "../../model/source.js";
import type { ValidationRule } from "./rule.js";

/**
 * Each resource must be declared once: segments per project+environment+key, metrics per project+key,
 * roles per key, context kinds per project+key. Two declarations would fight over one LaunchDarkly resource, so
 * both places are named.
 */
export const checkDuplicateKeys: ValidationRule = (config) => {
  const diagnostics: Diagnostic[] = [];
  const segmentIds = config.segments.flatMap((s) =>
    s.definition.environments.map((environment) => ({
      located: s,
      id: `${s.definition.project}/${environment}/${s.definition.key}`,
      resource: {
        type: "segment",
        key: s.definition.key,
        project: s.definition.project,
        environment,
      } satisfies DeclaredResource,
    })),
  );
  report(diagnostics, segmentIds);
  report(
    diagnostics,
    config.metrics.map((m) => ({
      located: m,
      id: `${m.definition.project}/${m.definition.key}`,
      resource: {
        type: "metric",
        key: m.definition.key,
        project: m.definition.project,
      } satisfies DeclaredResource,
    })),
  );
  report(
    diagnostics,
    config.roles.map((r) => ({
      located: r,
      id: r.definition.key,
      resource: { type: "role", key: r.definition.key } satisfies DeclaredResource,
    })),
  );
  report(
    diagnostics,
    config.contextKinds.map((k) => ({
      located: k,
      id: `${k.definition.project}/${k.definition.key}`,
      resource: {
        type: "contextKind",
        key: k.definition.key,
        project: k.definition.project,
      } satisfies DeclaredResource,
    })),
  );
  return diagnostics;
};

interface Identified {
  located: Located<{ source: SourceLocation }>;
  id: string;
  resource: DeclaredResource;
}

function report(diagnostics: Diagnostic[], items: Identified[]): void {
  const first = new Map<string, Identified>();
  // One message per pair of declarations, even when a segment collides in several environments.
  const reported = new Set<string>();
  for (const item of items) {
    const earlier = first.get(item.id);
    if (!earlier) {
      first.set(item.id, item);
      continue;
    }
    const pair = `${earlier.located.file.file}${earlier.located.pointer}|${item.located.file.file}${item.located.pointer}`;
    if (reported.has(pair)) continue;
    reported.add(pair);
    const a = earlier.located.definition.source;
    const b = item.located.definition.source;
    diagnostics.push(
      diagnosticAt(
        item.located.file,
        `${item.located.pointer}/key`,
        finding("resource.duplicate", {
          resource: item.resource,
          file: a.file,
          line: a.line,
          column: a.column,
        }),
      ),
      diagnosticAt(
        earlier.located.file,
        `${earlier.located.pointer}/key`,
        finding("resource.duplicate", {
          resource: item.resource,
          file: b.file,
          line: b.line,
          column: b.column,
        }),
      ),
    );
  }
}
