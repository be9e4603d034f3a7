// Shared set-up for the apply tests: an emulator with one project, a client on it, desired states built in code, and
// plan-then-apply in one call (the same path the CLI takes, without the YAML files).
import { type ApplyPlanOptions, applyPlan } from "../../src/apply/apply-plan.js";
import type { ApplyReport } from "../../src/apply/types.js";
import type { EmulatorOptions } from "../../src/emulator/index.js";
import { type EmulatorSnapshot, type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import type { LaunchDarklyClientOptions } from "../../src/launchdarkly/transport.js";
import { readLiveState } from "../../src/live/read-live-state.js";
import type { DesiredState } from "../../src/model/desired-state.js";
import type { MetricDefinition } from "../../src/model/metric.js";
import type { RoleDefinition } from "../../src/model/role.js";
import type { SegmentDefinition } from "../../src/model/segment.js";
import { planDesiredState } from "../../src/plan/plan-desired-state.js";
import type { Plan } from "../../src/plan/types.js";
import { describeFinding } from "../../src/wording/finding-messages.js";

export const WRITER = "api-0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9";
export const READER = "api-1a2b3c4d-5e6f-4071-8283-94a5b6c7d8f0";
/** Someone else changing LaunchDarkly by hand while apply runs. */
export const OTHER_WRITER = "api-2a3b4c5d-6e7f-4081-8293-94a5b6c7d8f1";
export const PROJECT = "web-app";
export const ENV = "production";
export const SOURCE = { file: "launchdarkly/test.yaml", line: 1, column: 1 };
export const COMMENT =
  "ld-gitops 0.1.0: apply of commit 0123456789abcdef (https://github.com/acme/flags/pull/7)";

export function baseSnapshot(): EmulatorSnapshot {
  return {
    formatVersion: 1,
    projects: [
      {
        key: PROJECT,
        name: "Web app",
        environments: [
          { key: ENV, name: "Production" },
          { key: "staging", name: "Staging" },
        ],
      },
    ],
  };
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({
    tokens: {
      [WRITER]: { role: "writer", name: "ld-gitops-ci" },
      [READER]: { role: "reader", name: "ld-gitops-reader" },
      [OTHER_WRITER]: { role: "writer", name: "ada" },
    },
    state: baseSnapshot(),
    ...options,
  });
}

export function clientFor(
  emulator: RunningEmulator,
  token = WRITER,
  options: Partial<LaunchDarklyClientOptions> = {},
): LaunchDarklyClient {
  // Short backoff keeps fault tests quick; the retry logic is the client's own.
  return new LaunchDarklyClient({
    baseUri: emulator.url,
    token,
    retry: { baseDelayMs: 20, maxDelayMs: 200 },
    ...options,
  });
}

export function segment(fields: Partial<SegmentDefinition> & { key: string }): SegmentDefinition {
  return {
    project: PROJECT,
    environments: [ENV],
    overrides: {},
    name: fields.key,
    source: SOURCE,
    ...fields,
  };
}

export function metric(fields: Partial<MetricDefinition> & { key: string }): MetricDefinition {
  return {
    project: PROJECT,
    kind: "custom",
    eventKey: `${fields.key}-event`,
    isNumeric: false,
    source: SOURCE,
    ...fields,
  } as MetricDefinition;
}

export function role(fields: Partial<RoleDefinition> & { key: string }): RoleDefinition {
  return {
    name: fields.key,
    policy: [{ effect: "allow", resources: ["proj/*:env/*:segment/*"], actions: ["updateIncluded"] }],
    source: SOURCE,
    ...fields,
  };
}

export function desiredState(parts: {
  segments?: SegmentDefinition[];
  metrics?: MetricDefinition[];
  roles?: RoleDefinition[];
}): DesiredState {
  const projects = new Map<string, typeof SOURCE>([[PROJECT, SOURCE]]);
  const environments = new Map<string, { project: string; environment: string; source: typeof SOURCE }>();
  for (const definition of parts.segments ?? []) {
    for (const environment of definition.environments) {
      environments.set(`${definition.project}/${environment}`, {
        project: definition.project,
        environment,
        source: SOURCE,
      });
    }
  }
  // The environment is always read, so that removing every segment still plans their deletes.
  environments.set(`${PROJECT}/${ENV}`, { project: PROJECT, environment: ENV, source: SOURCE });
  return {
    files: [SOURCE.file],
    segments: parts.segments ?? [],
    metrics: parts.metrics ?? [],
    roles: parts.roles ?? [],
    projects,
    environments,
  };
}

export async function planFor(api: LaunchDarklyClient, desired: DesiredState, prune = false): Promise<Plan> {
  const live = await readLiveState(api, desired, {
    alwaysRead: ["segment", "metric", "role"],
    wordFinding: describeFinding,
  });
  return planDesiredState(desired, live, { prune, deleteThreshold: { maxCount: 1_000, maxPercent: 100 } });
}

/** Plans `desired` against the emulator and applies it, checking convergence. */
export async function planAndApply(
  api: LaunchDarklyClient,
  desired: DesiredState,
  options: { prune?: boolean } & Partial<ApplyPlanOptions> = {},
): Promise<{ plan: Plan; report: ApplyReport }> {
  const plan = await planFor(api, desired, options.prune ?? false);
  const report = await applyPlan({ plan, api, comment: COMMENT, desired, ...options });
  return { plan, report };
}

/** The emulator's segment, straight from its state. */
export function storedSegment(emulator: RunningEmulator, key: string, environment = ENV) {
  const snapshot = emulator.snapshot();
  const env = snapshot.projects[0]?.environments.find((candidate) => candidate.key === environment);
  return env?.segments?.find((candidate) => candidate.key === key);
}

export function storedMetric(emulator: RunningEmulator, key: string) {
  return emulator.snapshot().projects[0]?.metrics?.find((candidate) => candidate.key === key);
}

export function storedRole(emulator: RunningEmulator, key: string) {
  return emulator.snapshot().roles?.find((candidate) => candidate.key === key);
}

export function writes(emulator: RunningEmulator) {
  return emulator.requests.filter((request) => request.method !== "GET");
}
