// Builds LaunchDarkly's representations (field sets and defaults from the OpenAPI schemas `Project`,
// `Environment`, `UserSegment`, `MetricRep`, `CustomRole`) for new resources and for snapshot loading.
import type {
  LdContextKind,
  LdEnvironment,
  LdLinks,
  LdProject,
  LdSegment,
  LdSegmentPost,
} from "../launchdarkly/types.js";
import { newObjectId, newUuid } from "./ids.js";

const JSON_TYPE = "application/json";

export function link(href: string): { href: string; type: string } {
  return { href, type: JSON_TYPE };
}

const enc = encodeURIComponent;

export const hrefs = {
  projects: () => "/api/v2/projects",
  project: (p: string) => `/api/v2/projects/${enc(p)}`,
  environments: (p: string) => `/api/v2/projects/${enc(p)}/environments`,
  environment: (p: string, e: string) => `/api/v2/projects/${enc(p)}/environments/${enc(e)}`,
  segments: (p: string, e: string) => `/api/v2/segments/${enc(p)}/${enc(e)}`,
  segment: (p: string, e: string, s: string) => `/api/v2/segments/${enc(p)}/${enc(e)}/${enc(s)}`,
  metrics: (p: string) => `/api/v2/metrics/${enc(p)}`,
  metric: (p: string, m: string) => `/api/v2/metrics/${enc(p)}/${enc(m)}`,
  flags: (p: string) => `/api/v2/flags/${enc(p)}`,
  flag: (p: string, f: string) => `/api/v2/flags/${enc(p)}/${enc(f)}`,
  contextKinds: (p: string) => `/api/v2/projects/${enc(p)}/context-kinds`,
  contextKind: (p: string, k: string) => `/api/v2/projects/${enc(p)}/context-kinds/${enc(k)}`,
  roles: () => "/api/v2/roles",
  role: (r: string) => `/api/v2/roles/${enc(r)}`,
  tokens: () => "/api/v2/tokens",
  token: (id: string) => `/api/v2/tokens/${enc(id)}`,
  auditLog: () => "/api/v2/auditlog",
  auditEntry: (id: string) => `/api/v2/auditlog/${enc(id)}`,
};

export interface ProjectInput {
  key: string;
  name: string;
  tags?: string[];
  includeInSnippetByDefault?: boolean;
  defaultClientSideAvailability?: { usingMobileKey?: boolean; usingEnvironmentId?: boolean };
  _id?: string;
}

export function buildProject(input: ProjectInput): LdProject {
  const links: LdLinks = {
    environments: link(hrefs.environments(input.key)),
    self: link(hrefs.project(input.key)),
  };
  return {
    _links: links,
    _id: input._id ?? newObjectId(),
    key: input.key,
    includeInSnippetByDefault: input.includeInSnippetByDefault ?? false,
    defaultClientSideAvailability: {
      usingMobileKey: input.defaultClientSideAvailability?.usingMobileKey ?? false,
      usingEnvironmentId: input.defaultClientSideAvailability?.usingEnvironmentId ?? false,
    },
    name: input.name,
    tags: input.tags ?? [],
  };
}

export interface EnvironmentInput {
  key: string;
  name: string;
  color: string;
  defaultTtl?: number;
  secureMode?: boolean;
  defaultTrackEvents?: boolean;
  confirmChanges?: boolean;
  requireComments?: boolean;
  tags?: string[];
  critical?: boolean;
  _id?: string;
  apiKey?: string;
  mobileKey?: string;
}

export function buildEnvironment(projectKey: string, input: EnvironmentInput): LdEnvironment {
  return {
    _links: { self: link(hrefs.environment(projectKey, input.key)) },
    _id: input._id ?? newObjectId(),
    key: input.key,
    name: input.name,
    // SDK and mobile keys look like LaunchDarkly's (`sdk-…`, `mob-…`) but are random and grant nothing.
    apiKey: input.apiKey ?? `sdk-${newUuid()}`,
    mobileKey: input.mobileKey ?? `mob-${newUuid()}`,
    color: input.color,
    defaultTtl: input.defaultTtl ?? 0,
    secureMode: input.secureMode ?? false,
    defaultTrackEvents: input.defaultTrackEvents ?? false,
    requireComments: input.requireComments ?? false,
    confirmChanges: input.confirmChanges ?? false,
    tags: input.tags ?? [],
    critical: input.critical ?? false,
  };
}

/** The environments LaunchDarkly creates when `ProjectPost.environments` is omitted. */
export const DEFAULT_ENVIRONMENTS: EnvironmentInput[] = [
  { key: "production", name: "Production", color: "417505" },
  { key: "test", name: "Test", color: "F5A623" },
];

export function segmentLinks(projectKey: string, environmentKey: string, segmentKey: string): LdLinks {
  return {
    parent: link(hrefs.segments(projectKey, environmentKey)),
    self: link(hrefs.segment(projectKey, environmentKey, segmentKey)),
  };
}

/** A new segment from a `SegmentBody`: no targets, no rules, version 1. */
export function buildSegment(
  projectKey: string,
  environmentKey: string,
  body: LdSegmentPost,
  now: number,
): LdSegment {
  const segment: LdSegment = {
    name: body.name,
    tags: body.tags ? [...new Set(body.tags)] : [],
    creationDate: now,
    lastModifiedDate: now,
    key: body.key,
    included: [],
    excluded: [],
    includedContexts: [],
    excludedContexts: [],
    _links: segmentLinks(projectKey, environmentKey, body.key),
    rules: [],
    version: 1,
    deleted: false,
    generation: 1,
  };
  if (body.description !== undefined) segment.description = body.description;
  if (body.unbounded) {
    segment.unbounded = true;
    segment.unboundedContextKind = body.unboundedContextKind ?? "user";
  } else segment.unbounded = false;
  return segment;
}

export function metricLinks(projectKey: string, metricKey: string): LdLinks {
  return { parent: link(hrefs.metrics(projectKey)), self: link(hrefs.metric(projectKey, metricKey)) };
}

export function roleLinks(roleKey: string): LdLinks {
  return { parent: link(hrefs.roles()), self: link(hrefs.role(roleKey)) };
}

/** A context kind as `ContextKindRep`; `archived` and its alias `hideInTargeting` are kept equal. */
export function buildContextKind(
  projectKey: string,
  input: Partial<LdContextKind> & { key: string; name: string },
  now: number,
): LdContextKind {
  const archived = input.archived ?? input.hideInTargeting ?? false;
  return {
    description: "",
    version: 1,
    creationDate: now,
    lastModified: now,
    createdFrom: "manual",
    ...input,
    archived,
    hideInTargeting: archived,
    _links: { self: link(hrefs.contextKind(projectKey, input.key)) },
  };
}

/** The `user` context kind every LaunchDarkly project starts with. */
export function defaultContextKind(projectKey: string, now: number): LdContextKind {
  return buildContextKind(projectKey, { key: "user", name: "user", createdFrom: "default" }, now);
}
