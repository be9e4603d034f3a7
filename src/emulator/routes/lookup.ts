// Finding resources by key, answering 404 `not_found` like LaunchDarkly when any level is missing.
import { KEY_PATTERN } from "../../model/key-format.js";
import { notFound } from "../http-error.js";
import type { EmulatorStore, EnvironmentRecord, ProjectRecord, SegmentRecord } from "../store.js";

export function requireProject(store: EmulatorStore, projectKey: string): ProjectRecord {
  const project = store.projects.get(projectKey);
  if (!project) throw notFound(`Unknown project key "${projectKey}"`);
  return project;
}

export function requireEnvironment(
  store: EmulatorStore,
  projectKey: string,
  environmentKey: string,
): EnvironmentRecord {
  const environment = requireProject(store, projectKey).environments.get(environmentKey);
  if (!environment) throw notFound(`Unknown environment key "${environmentKey}" in project "${projectKey}"`);
  return environment;
}

export function requireSegment(
  store: EmulatorStore,
  projectKey: string,
  environmentKey: string,
  segmentKey: string,
): SegmentRecord {
  const segment = requireEnvironment(store, projectKey, environmentKey).segments.get(segmentKey);
  if (!segment) throw notFound(`Unknown segment key "${segmentKey}" in ${projectKey}/${environmentKey}`);
  return segment;
}

/** The `comment` of a write body, if it has one. */
export function commentOf(body: unknown): string | undefined {
  const comment = (body as { comment?: unknown } | undefined)?.comment;
  return typeof comment === "string" ? comment : undefined;
}

/** Keys LaunchDarkly accepts: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export function isValidKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
