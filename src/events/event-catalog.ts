// What the project knows that a row is checked against: which metrics listen to an event key (and whether they
// are numeric), and which context kinds exist.
import type { LdContextKind, LdMetric } from "../launchdarkly/types.js";

export interface ListeningMetric {
  key: string;
  numeric: boolean;
}

export interface EventCatalog {
  projectKey: string;
  metricsByEventKey: ReadonlyMap<string, readonly ListeningMetric[]>;
  contextKinds: ReadonlySet<string>;
}

export function buildEventCatalog(
  projectKey: string,
  metrics: readonly LdMetric[],
  contextKinds: readonly LdContextKind[],
): EventCatalog {
  const byEventKey = new Map<string, ListeningMetric[]>();
  for (const metric of metrics) {
    // Only custom metrics are fed by custom events; pageview and click metrics come from the browser SDK.
    if (metric.kind !== "custom" || !metric.eventKey) continue;
    const list = byEventKey.get(metric.eventKey) ?? [];
    list.push({ key: metric.key, numeric: metric.isNumeric === true });
    byEventKey.set(metric.eventKey, list);
  }
  return {
    projectKey,
    metricsByEventKey: byEventKey,
    contextKinds: new Set(contextKinds.filter((kind) => kind.archived !== true).map((kind) => kind.key)),
  };
}
