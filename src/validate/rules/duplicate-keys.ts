import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Located } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import type { SourceLocation } from "../../model/index.js";
import type { ValidationRule } from "./rule.js";

/**
 * Each resource must be declared once: segments per project+environment+key, metrics per project+key,
 * roles per key, context kinds per project+key. Two declarations would fight over one LaunchDarkly resource, so both places are named.
 */
export const checkDuplicateKeys: ValidationRule = (config) => {
  const diagnostics: Diagnostic[] = [];
  const segmentIds = config.segments.flatMap((s) =>
    s.definition.environments.map((environment) => ({
      located: s,
      id: `${s.definition.project}/${environment}/${s.definition.key}`,
      what: `segment \`${s.definition.key}\` in ${s.definition.project}/${environment}`,
    })),
  );
  report(diagnostics, segmentIds);
  report(
    diagnostics,
    config.metrics.map((m) => ({
      located: m,
      id: `${m.definition.project}/${m.definition.key}`,
      what: `metric \`${m.definition.key}\` in project ${m.definition.project}`,
    })),
  );
  report(
    diagnostics,
    config.roles.map((r) => ({ located: r, id: r.definition.key, what: `role \`${r.definition.key}\`` })),
  );
  report(
    diagnostics,
    config.contextKinds.map((k) => ({
      located: k,
      id: `${k.definition.project}/${k.definition.key}`,
      what: `context kind \`${k.definition.key}\` in project ${k.definition.project}`,
    })),
  );
  return diagnostics;
};

interface Identified {
  located: Located<{ source: SourceLocation }>;
  id: string;
  what: string;
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
        `duplicate ${item.what}: also declared at ${a.file}:${a.line}:${a.column}; declare each resource once`,
      ),
      diagnosticAt(
        earlier.located.file,
        `${earlier.located.pointer}/key`,
        `duplicate ${item.what}: also declared at ${b.file}:${b.line}:${b.column}; declare each resource once`,
      ),
    );
  }
}
