export const id = 926;
export const ids = [926];
export const modules = {

/***/ 32926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseToken: () => (/* binding */ parseToken),
  registerEmulatorCommand: () => (/* binding */ registerEmulatorCommand)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./src/permissions/glob.ts
var glob = __webpack_require__(94464);
;// CONCATENATED MODULE: ./src/emulator/faults.ts
// Fault injection: latency, rate limits, a share of 5xx answers, dropped connections, and a deterministic
// "fail the next N requests matching METHOD PATH" list.

const NO_FAULTS = {
    latencyMs: 0,
    routeLimit: null,
    globalLimit: null,
    errorRate: 0,
    errorStatus: 503,
    dropRate: 0,
    dropAfterWriteRate: 0,
    failNext: [],
};
function checkRate(name, value) {
    if (typeof value !== "number" || Number.isNaN(value) || value < 0 || value > 1) {
        throw new Error(`${name} must be a number from 0 to 1`);
    }
}
function checkLimit(name, value) {
    if (value !== null && (typeof value !== "number" || !Number.isInteger(value) || value < 0)) {
        throw new Error(`${name} must be a non-negative integer or null`);
    }
}
/** Merges a partial update into the current faults, rejecting values that make no sense. */
function mergeFaults(current, update) {
    const next = {
        ...current,
        ...update,
        failNext: [...(update.failNext ?? current.failNext)],
    };
    if (typeof next.latencyMs !== "number" || next.latencyMs < 0)
        throw new Error("latencyMs must be >= 0");
    checkLimit("routeLimit", next.routeLimit);
    checkLimit("globalLimit", next.globalLimit);
    checkRate("errorRate", next.errorRate);
    checkRate("dropRate", next.dropRate);
    checkRate("dropAfterWriteRate", next.dropAfterWriteRate);
    if (!Number.isInteger(next.errorStatus) || next.errorStatus < 500 || next.errorStatus > 599) {
        throw new Error("errorStatus must be a 5xx status");
    }
    for (const failure of next.failNext) {
        if (!failure || typeof failure.method !== "string" || typeof failure.path !== "string") {
            throw new Error("failNext entries need method and path");
        }
        if (!Number.isInteger(failure.count) || failure.count < 1)
            throw new Error("failNext count must be >= 1");
    }
    next.failNext = next.failNext.map((failure) => ({ ...failure }));
    return next;
}
function pathMatches(pattern, path, template) {
    return pattern === template || (0,glob/* globMatches */.m)(pattern, path);
}
/** Takes one use of the first scripted failure matching the request, if any. */
function takeScriptedFailure(faults, method, path, template) {
    const index = faults.failNext.findIndex((failure) => (failure.method === "*" || failure.method.toUpperCase() === method) &&
        pathMatches(failure.path, path, template));
    if (index < 0)
        return undefined;
    const failure = faults.failNext[index];
    failure.count -= 1;
    if (failure.count <= 0)
        faults.failNext.splice(index, 1);
    return failure;
}

;// CONCATENATED MODULE: ./src/emulator/http-error.ts
// LaunchDarkly's error body is always `{code, message}`; handlers throw this and the server renders it.
class EmulatorHttpError extends Error {
    status;
    code;
    headers;
    constructor(status, code, message, headers = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = headers;
        this.name = "EmulatorHttpError";
    }
}
const invalidRequest = (message) => new EmulatorHttpError(400, "invalid_request", message);
const notFound = (message) => new EmulatorHttpError(404, "not_found", message);
const conflict = (message) => new EmulatorHttpError(409, "conflict", message);
/** LaunchDarkly's 403: it does not say which permission is missing. */
const forbidden = () => new EmulatorHttpError(403, "forbidden", "Access to the requested resource was denied");

;// CONCATENATED MODULE: ./src/emulator/http-io.ts

const MAX_BODY_BYTES = 64 * 1024 * 1024;
function readRawBody(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        request.on("data", (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES)
                reject(invalidRequest("request body too large"));
            else
                chunks.push(chunk);
        });
        request.on("end", () => resolve(Buffer.concat(chunks)));
        request.on("error", reject);
    });
}
async function readBody(request) {
    return (await readRawBody(request)).toString("utf8");
}
function send(response, status, body, headers = {}) {
    const text = body === undefined ? "" : JSON.stringify(body);
    response.writeHead(status, {
        ...headers,
        ...(text ? { "Content-Type": "application/json; charset=utf-8" } : {}),
        "Content-Length": String(Buffer.byteLength(text)),
    });
    response.end(text);
}
function sendError(response, error, headers = {}) {
    send(response, error.status, { code: error.code, message: error.message }, { ...headers, ...error.headers });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/emulator/ids.ts

/** A 24-hex-digit id like LaunchDarkly's `_id`s. */
function newObjectId() {
    return (0,external_node_crypto_.randomBytes)(12).toString("hex");
}
/** A UUID, used where LaunchDarkly gives UUIDs (`_versionId`, rule and clause `_id`s). */
function newUuid() {
    return (0,external_node_crypto_.randomUUID)();
}
/**
 * A clock that never repeats a millisecond: audit entries and `lastModifiedDate`s stay strictly ordered,
 * so `before`/`after` paging of the audit log never skips or repeats an entry.
 */
class MonotonicClock {
    last = 0;
    now() {
        const wall = Date.now();
        this.last = wall > this.last ? wall : this.last + 1;
        return this.last;
    }
    /** Moves the clock past a time loaded from a snapshot. */
    observe(time) {
        if (time > this.last)
            this.last = time;
    }
}

;// CONCATENATED MODULE: ./src/model/key-format.ts
/** LaunchDarkly's key format for projects, environments, segments, metrics and roles. */
const KEY_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

;// CONCATENATED MODULE: ./src/emulator/routes/lookup.ts
// Finding resources by key, answering 404 `not_found` like LaunchDarkly when any level is missing.


function requireProject(store, projectKey) {
    const project = store.projects.get(projectKey);
    if (!project)
        throw notFound(`Unknown project key "${projectKey}"`);
    return project;
}
function requireEnvironment(store, projectKey, environmentKey) {
    const environment = requireProject(store, projectKey).environments.get(environmentKey);
    if (!environment)
        throw notFound(`Unknown environment key "${environmentKey}" in project "${projectKey}"`);
    return environment;
}
function requireSegment(store, projectKey, environmentKey, segmentKey) {
    const segment = requireEnvironment(store, projectKey, environmentKey).segments.get(segmentKey);
    if (!segment)
        throw notFound(`Unknown segment key "${segmentKey}" in ${projectKey}/${environmentKey}`);
    return segment;
}
/** The `comment` of a write body, if it has one. */
function commentOf(body) {
    const comment = body?.comment;
    return typeof comment === "string" ? comment : undefined;
}
/** Keys LaunchDarkly accepts: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
function isValidKey(key) {
    return KEY_PATTERN.test(key);
}

;// CONCATENATED MODULE: ./src/emulator/routes/contexts.ts


/** "max: 50, default: 20" (openapi.json, `ContextSearch.limit`). */
const MAX_LIMIT = 50;
const DEFAULT_LIMIT = 20;
/** Records (or refreshes) one context in an environment. */
function recordContext(environment, record) {
    const { kind, key } = record.context ?? {};
    if (typeof kind !== "string" || typeof key !== "string" || kind === "" || key === "")
        throw new Error('a context needs a string "kind" and "key"');
    environment.contexts ??= new Map();
    environment.contexts.set(`${kind}:${key}`, {
        ...record,
        lastSeen: record.lastSeen ?? new Date().toISOString(),
    });
}
function page(environment, items, limit) {
    const shown = items.slice(0, limit).map((item) => ({
        ...item,
        _links: {
            self: {
                href: `/api/v2/projects/${encodeURIComponent(environment.environment._id)}/contexts/${encodeURIComponent(item.context.kind)}/${encodeURIComponent(item.context.key)}`,
                type: "application/json",
            },
        },
    }));
    return {
        items: shown,
        totalCount: items.length,
        _environmentId: String(environment.environment._id ?? ""),
    };
}
function limitOf(value) {
    if (value === undefined || value === null || value === "")
        return DEFAULT_LIMIT;
    const limit = Number(value);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
        throw invalidRequest(`limit must be an integer from 1 to ${MAX_LIMIT}`);
    return limit;
}
/**
 * The filter forms the emulator understands: comma-separated `kind` or `key` clauses with `equals` or `anyOf` and a
 * JSON array (`kind equals ["user"],key anyOf ["a","b"]`). Anything else is refused rather than ignored.
 */
function parseFilter(filter) {
    const clauses = [];
    const pattern = /\s*(kind|key)\s+(equals|anyOf)\s+(\[[^\]]*\])\s*(,|$)/y;
    let index = 0;
    while (index < filter.length) {
        pattern.lastIndex = index;
        const match = pattern.exec(filter);
        if (!match)
            throw invalidRequest(`the emulator cannot read this context filter: ${filter}`);
        let values;
        try {
            values = JSON.parse(match[3]);
        }
        catch {
            throw invalidRequest(`the emulator cannot read this context filter: ${filter}`);
        }
        const allowed = new Set(values.map(String));
        const field = match[1];
        clauses.push((record) => allowed.has(record.context[field]));
        index = pattern.lastIndex;
    }
    return clauses;
}
/**
 * An unknown project or environment answers 404 like the emulator's other routes, although openapi.json documents
 * only 200, 400, 401, 403 and 429 here; the identifier check takes any failure as "no verdict".
 */
function registerContextRoutes(router) {
    router.add("GET", "/api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/{kind}/{key}", (context) => {
        const { projectKey = "", environmentKey = "", kind = "", key = "" } = context.params;
        const environment = requireEnvironment(context.store, projectKey, environmentKey);
        const limit = limitOf(context.query.get("limit"));
        const found = environment.contexts?.get(`${kind}:${key}`);
        return { status: 200, body: page(environment, found ? [found] : [], limit) };
    });
    router.add("POST", "/api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/search", (context) => {
        const { projectKey = "", environmentKey = "" } = context.params;
        const environment = requireEnvironment(context.store, projectKey, environmentKey);
        const body = (context.body ?? {});
        if (body.filter !== undefined && typeof body.filter !== "string")
            throw invalidRequest("filter must be a string");
        const limit = limitOf(body.limit ?? context.query.get("limit"));
        const clauses = parseFilter(body.filter ?? context.query.get("filter") ?? "");
        const items = [...(environment.contexts?.values() ?? [])].filter((record) => clauses.every((test) => test(record)));
        return { status: 200, body: page(environment, items, limit) };
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/emulator/representations.ts

const JSON_TYPE = "application/json";
function representations_link(href) {
    return { href, type: JSON_TYPE };
}
const enc = encodeURIComponent;
const hrefs = {
    projects: () => "/api/v2/projects",
    project: (p) => `/api/v2/projects/${enc(p)}`,
    environments: (p) => `/api/v2/projects/${enc(p)}/environments`,
    environment: (p, e) => `/api/v2/projects/${enc(p)}/environments/${enc(e)}`,
    segments: (p, e) => `/api/v2/segments/${enc(p)}/${enc(e)}`,
    segment: (p, e, s) => `/api/v2/segments/${enc(p)}/${enc(e)}/${enc(s)}`,
    metrics: (p) => `/api/v2/metrics/${enc(p)}`,
    metric: (p, m) => `/api/v2/metrics/${enc(p)}/${enc(m)}`,
    flags: (p) => `/api/v2/flags/${enc(p)}`,
    flag: (p, f) => `/api/v2/flags/${enc(p)}/${enc(f)}`,
    contextKinds: (p) => `/api/v2/projects/${enc(p)}/context-kinds`,
    contextKind: (p, k) => `/api/v2/projects/${enc(p)}/context-kinds/${enc(k)}`,
    roles: () => "/api/v2/roles",
    role: (r) => `/api/v2/roles/${enc(r)}`,
    tokens: () => "/api/v2/tokens",
    token: (id) => `/api/v2/tokens/${enc(id)}`,
    auditLog: () => "/api/v2/auditlog",
    auditEntry: (id) => `/api/v2/auditlog/${enc(id)}`,
};
function buildProject(input) {
    const links = {
        environments: representations_link(hrefs.environments(input.key)),
        self: representations_link(hrefs.project(input.key)),
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
function buildEnvironment(projectKey, input) {
    return {
        _links: { self: representations_link(hrefs.environment(projectKey, input.key)) },
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
const DEFAULT_ENVIRONMENTS = [
    { key: "production", name: "Production", color: "417505" },
    { key: "test", name: "Test", color: "F5A623" },
];
function segmentLinks(projectKey, environmentKey, segmentKey) {
    return {
        parent: representations_link(hrefs.segments(projectKey, environmentKey)),
        self: representations_link(hrefs.segment(projectKey, environmentKey, segmentKey)),
    };
}
/** A new segment from a `SegmentBody`: no targets, no rules, version 1. */
function buildSegment(projectKey, environmentKey, body, now) {
    const segment = {
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
    if (body.description !== undefined)
        segment.description = body.description;
    if (body.unbounded) {
        segment.unbounded = true;
        segment.unboundedContextKind = body.unboundedContextKind ?? "user";
    }
    else
        segment.unbounded = false;
    return segment;
}
function metricLinks(projectKey, metricKey) {
    return { parent: representations_link(hrefs.metrics(projectKey)), self: representations_link(hrefs.metric(projectKey, metricKey)) };
}
function roleLinks(roleKey) {
    return { parent: representations_link(hrefs.roles()), self: representations_link(hrefs.role(roleKey)) };
}
/** A context kind as `ContextKindRep`; `archived` and its alias `hideInTargeting` are kept equal. */
function buildContextKind(projectKey, input, now) {
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
        _links: { self: representations_link(hrefs.contextKind(projectKey, input.key)) },
    };
}
/** The `user` context kind every LaunchDarkly project starts with. */
function defaultContextKind(projectKey, now) {
    return buildContextKind(projectKey, { key: "user", name: "user", createdFrom: "default" }, now);
}

;// CONCATENATED MODULE: ./src/emulator/flags.ts


function siteOf(projectKey, environmentKey, flagKey) {
    return { href: `/${projectKey}/${environmentKey}/features/${flagKey}`, type: "text/html" };
}
function defaultConfig(record, environmentKey, flag, input, now) {
    const environment = record.environments.get(environmentKey);
    // Two variations (true/false) unless given: on serves the first, off the last.
    const onVariation = input.defaults?.onVariation ?? 0;
    const offVariation = input.defaults?.offVariation ?? Math.max(0, flag.variations.length - 1);
    return {
        on: input.isFlagOn ?? false,
        archived: false,
        salt: newUuid().replace(/-/g, ""),
        sel: newUuid().replace(/-/g, ""),
        lastModified: now,
        version: 1,
        targets: [],
        contextTargets: [],
        rules: [],
        fallthrough: { variation: onVariation },
        offVariation,
        prerequisites: (input.prerequisites ?? []).map((p) => ({ key: p.key, variation: p.variation })),
        _site: siteOf(record.project.key, environmentKey, flag.key),
        _environmentName: environment?.environment.name ?? environmentKey,
        trackEvents: false,
        trackEventsFallthrough: false,
    };
}
/** A new flag from a `FeatureFlagBody`, with a configuration in every environment of the project. */
function buildFlag(record, input, now) {
    const flag = {
        key: input.key,
        name: input.name,
        description: input.description ?? "",
        kind: "boolean",
        _version: 1,
        creationDate: now,
        variations: (input.variations ?? [{ value: true }, { value: false }]).map((variation) => ({
            _id: newUuid(),
            ...variation,
        })),
        temporary: input.temporary ?? true,
        tags: input.tags ?? [],
        archived: false,
        experiments: { baselineIdx: 0, items: [] },
        customProperties: {},
        _links: {
            parent: representations_link(hrefs.flags(record.project.key)),
            self: representations_link(hrefs.flag(record.project.key, input.key)),
        },
    };
    if (!flag.variations.every((v) => typeof v.value === "boolean"))
        flag.kind = "multivariate";
    flag.environments = {};
    for (const environmentKey of record.environments.keys()) {
        flag.environments[environmentKey] = defaultConfig(record, environmentKey, flag, input, now);
    }
    return flag;
}
/** Gives a flag a default configuration in environments it has none for, and `_id`s to rules and clauses. */
function completeFlagEnvironments(record, flag, now) {
    flag.environments ??= {};
    for (const environmentKey of record.environments.keys()) {
        const given = flag.environments[environmentKey];
        const fresh = defaultConfig(record, environmentKey, flag, {}, now);
        flag.environments[environmentKey] = given ? { ...fresh, ...given } : fresh;
    }
    for (const config of Object.values(flag.environments)) {
        for (const rule of config.rules ?? []) {
            rule._id ??= newUuid();
            rule.trackEvents ??= false;
            for (const clause of rule.clauses) {
                clause._id ??= newUuid();
                clause.negate ??= false;
                clause.contextKind ??= "user";
            }
        }
    }
}
const DETAIL_FIELDS = ["targets", "contextTargets", "rules", "prerequisites"];
/**
 * The flag as a read shows it: `environments` only when `env` names some (only those), each without its
 * targeting details when `details` is false (a list read without `summary=0`).
 */
function flagView(flag, environmentKeys, details) {
    const { environments, ...rest } = flag;
    if (environmentKeys.length === 0 || environments === undefined)
        return rest;
    const shown = {};
    for (const key of environmentKeys) {
        const config = environments[key];
        if (config === undefined)
            continue;
        if (details)
            shown[key] = config;
        else {
            const summary = { ...config };
            for (const field of DETAIL_FIELDS)
                delete summary[field];
            summary._summary = {
                variations: {},
                prerequisites: (config.prerequisites ?? []).length,
            };
            shown[key] = summary;
        }
    }
    return { ...rest, environments: shown };
}
/** Whether a flag environment's rules name the segment in a `segmentMatch` clause. */
function configTargetsSegment(config, segmentKey) {
    return (config?.rules ?? []).some((rule) => rule.clauses.some((clause) => clause.op === "segmentMatch" && clause.values.includes(segmentKey)));
}
/** `_flags` of a single segment read: the flags whose rules in this environment target the segment. */
function flagsTargetingSegment(record, environmentKey, segmentKey) {
    const listings = [];
    for (const flag of record.flags.values()) {
        if (!configTargetsSegment(flag.environments?.[environmentKey], segmentKey))
            continue;
        listings.push({
            key: flag.key,
            name: flag.name,
            _links: { self: representations_link(hrefs.flag(record.project.key, flag.key)) },
            _site: siteOf(record.project.key, environmentKey, flag.key),
        });
    }
    return listings;
}

;// CONCATENATED MODULE: ./src/emulator/store.ts

/** A project record with no resources. */
function emptyProjectRecord(project) {
    return {
        project,
        environments: new Map(),
        metrics: new Map(),
        flags: new Map(),
        contextKinds: new Map(),
        experiments: [],
        guardedRollouts: [],
    };
}
class EmulatorStore {
    projects = new Map();
    roles = new Map();
    /** Oldest first; queries walk it backwards (newest first). */
    auditLog = [];
    bigSegmentImports = new Map();
    clock = new MonotonicClock();
    accountId = "emulator0account00000001";
}

;// CONCATENATED MODULE: ./src/emulator/snapshot.ts
// The emulator's state as one JSON document (`--state FILE`, `GET /__emulator/state`). Loading is lenient so that
// hand-written fixtures work: missing generated fields (`_id`, `_links`, dates, versions) are filled in.






const SNAPSHOT_FORMAT_VERSION = 1;
/** A JSON-serialisable copy of the store (safe to mutate). */
function snapshotStore(store) {
    const snapshot = {
        formatVersion: SNAPSHOT_FORMAT_VERSION,
        projects: [...store.projects.values()].map((record) => ({
            ...record.project,
            environments: [...record.environments.values()].map((environment) => {
                const bigSegmentTargets = {};
                for (const [key, segment] of environment.segments) {
                    if (segment.segment.unbounded) {
                        bigSegmentTargets[key] = {
                            included: [...segment.bigIncluded],
                            excluded: [...segment.bigExcluded],
                        };
                    }
                }
                return {
                    ...environment.environment,
                    segments: [...environment.segments.values()].map((segment) => segment.segment),
                    bigSegmentTargets,
                    ...(environment.contexts && environment.contexts.size > 0
                        ? { contexts: [...environment.contexts.values()] }
                        : {}),
                };
            }),
            metrics: [...record.metrics.values()],
            flags: [...record.flags.values()],
            contextKinds: [...record.contextKinds.values()],
            experiments: record.experiments,
            guardedRollouts: record.guardedRollouts,
        })),
        roles: [...store.roles.values()],
        auditLog: store.auditLog.map((record) => ({ resource: record.resource, entry: record.entry })),
        bigSegmentImports: Object.fromEntries(store.bigSegmentImports),
    };
    // One deep copy, so the snapshot never shares objects with live state.
    return structuredClone(snapshot);
}
function requireKeyed(value, what) {
    const item = value;
    if (!item || typeof item.key !== "string" || typeof item.name !== "string") {
        throw new Error(`snapshot: every ${what} needs string "key" and "name"`);
    }
}
/** Builds a store from a snapshot, filling in generated fields. Throws a readable Error on a malformed snapshot. */
function loadSnapshot(snapshot) {
    const store = new EmulatorStore();
    if (!snapshot || typeof snapshot !== "object" || !Array.isArray(snapshot.projects)) {
        throw new Error('snapshot: expected an object with a "projects" array');
    }
    const now = Date.now();
    for (const projectInput of structuredClone(snapshot.projects)) {
        requireKeyed(projectInput, "project");
        const { environments = [], metrics = [], flags = [], contextKinds, experiments = [], guardedRollouts = [], ...projectFields } = projectInput;
        const project = {
            ...buildProject({
                key: projectFields.key,
                name: projectFields.name,
                tags: projectFields.tags ?? [],
            }),
            ...projectFields,
        };
        const record = emptyProjectRecord(project);
        record.experiments = experiments;
        record.guardedRollouts = guardedRollouts;
        for (const kindInput of contextKinds ?? [defaultContextKind(project.key, now)]) {
            requireKeyed(kindInput, "context kind");
            record.contextKinds.set(kindInput.key, buildContextKind(project.key, kindInput, now));
        }
        for (const environmentInput of environments) {
            requireKeyed(environmentInput, "environment");
            const { segments = [], bigSegmentTargets = {}, contexts = [], ...environmentFields } = environmentInput;
            const environment = {
                ...buildEnvironment(project.key, { color: "F5A623", ...environmentFields }),
                ...environmentFields,
            };
            const environmentRecord = { environment, segments: new Map() };
            for (const record of contexts)
                recordContext(environmentRecord, record);
            for (const segmentInput of segments) {
                requireKeyed(segmentInput, "segment");
                const fresh = buildSegment(project.key, environment.key, { key: segmentInput.key, name: segmentInput.name }, now);
                const segment = { ...fresh, ...segmentInput, _links: fresh._links };
                for (const rule of segment.rules) {
                    rule._id ??= newUuid();
                    for (const clause of rule.clauses) {
                        clause._id ??= newUuid();
                        clause.negate ??= false;
                        clause.contextKind ??= "user";
                    }
                }
                store.clock.observe(segment.lastModifiedDate);
                const big = bigSegmentTargets[segment.key];
                environmentRecord.segments.set(segment.key, {
                    segment,
                    bigIncluded: new Set(big?.included ?? []),
                    bigExcluded: new Set(big?.excluded ?? []),
                });
            }
            record.environments.set(environment.key, environmentRecord);
        }
        for (const metricInput of metrics) {
            if (!metricInput || typeof metricInput.key !== "string")
                throw new Error('snapshot: every metric needs "key"');
            const metric = {
                _id: newObjectId(),
                _versionId: newUuid(),
                _version: 1,
                name: metricInput.key,
                tags: [],
                _creationDate: now,
                dataSource: { key: "launchdarkly" },
                ...metricInput,
                _links: metricLinks(project.key, metricInput.key),
            };
            record.metrics.set(metric.key, metric);
        }
        for (const flagInput of flags) {
            requireKeyed(flagInput, "flag");
            const flag = {
                ...buildFlag(record, { key: flagInput.key, name: flagInput.name }, now),
                ...flagInput,
            };
            completeFlagEnvironments(record, flag, now);
            record.flags.set(flag.key, flag);
        }
        store.projects.set(project.key, record);
    }
    for (const roleInput of structuredClone(snapshot.roles ?? [])) {
        requireKeyed(roleInput, "role");
        store.roles.set(roleInput.key, {
            _id: newObjectId(),
            basePermissions: "no_access",
            ...roleInput,
            _links: roleLinks(roleInput.key),
        });
    }
    for (const record of structuredClone(snapshot.auditLog ?? [])) {
        store.auditLog.push(record);
        store.clock.observe(record.entry.date);
    }
    for (const [id, upload] of Object.entries(snapshot.bigSegmentImports ?? {}))
        store.bigSegmentImports.set(id, upload);
    return store;
}
/** Reads a snapshot file; undefined when it does not exist. */
async function readSnapshotFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${file}: not valid JSON (${error.message})`);
    }
}
/** Writes atomically (temp file + rename), so an interrupted save never leaves half a file. */
async function writeSnapshotFile(file, snapshot) {
    const temp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, `${JSON.stringify(snapshot, null, 2)}\n`, "utf8");
    await (0,promises_.rename)(temp, file);
}

;// CONCATENATED MODULE: ./src/emulator/admin-api.ts






/** Writes the snapshot to the state file (throws when none was given). */
async function saveState(state) {
    if (!state.stateFile)
        throw new Error("no state file configured");
    await writeSnapshotFile(state.stateFile, snapshotStore(state.store));
}
async function handleAdminRequest(state, request, response, path) {
    const method = request.method ?? "GET";
    const raw = await readBody(request);
    let body;
    try {
        body = raw ? JSON.parse(raw) : undefined;
    }
    catch {
        return send(response, 400, { code: "invalid_request", message: "body is not valid JSON" });
    }
    try {
        const route = `${method} ${path}`;
        switch (route) {
            case "GET /__emulator/requests":
                return send(response, 200, { requests: state.requestLog });
            case "DELETE /__emulator/requests":
                state.requestLog.length = 0;
                return send(response, 204, undefined);
            case "GET /__emulator/faults":
                return send(response, 200, state.faults);
            case "PUT /__emulator/faults":
                state.faults = mergeFaults(state.faults, (body ?? {}));
                return send(response, 200, state.faults);
            case "GET /__emulator/state":
                return send(response, 200, snapshotStore(state.store));
            case "PUT /__emulator/state":
                state.store = loadSnapshot(body);
                return send(response, 204, undefined);
            case "POST /__emulator/state/save":
                if (!state.stateFile)
                    return send(response, 400, { code: "invalid_request", message: "no --state file configured" });
                await saveState(state);
                return send(response, 200, { saved: state.stateFile });
            case "POST /__emulator/contexts": {
                // Records contexts as if SDKs had evaluated flags for them: `{projectKey, environmentKey, contexts:
                // [{kind, key, ...attributes}]}`.
                const input = (body ?? {});
                const environment = state.store.projects
                    .get(input.projectKey ?? "")
                    ?.environments.get(input.environmentKey ?? "");
                if (!environment || !Array.isArray(input.contexts))
                    return send(response, 400, {
                        code: "invalid_request",
                        message: "give projectKey and environmentKey of an existing environment, and contexts: [{kind, key}]",
                    });
                try {
                    for (const context of input.contexts)
                        recordContext(environment, { context });
                }
                catch (error) {
                    return send(response, 400, { code: "invalid_request", message: error.message });
                }
                return send(response, 200, { recorded: input.contexts.length });
            }
            case "POST /__emulator/reset":
                state.store = new EmulatorStore();
                state.importedEvents.clear();
                return send(response, 204, undefined);
            case "POST /__emulator/big-segment-imports": {
                const upload = body;
                const strings = (value) => value === undefined || (Array.isArray(value) && value.every((item) => typeof item === "string"));
                if (!upload ||
                    typeof upload.projectKey !== "string" ||
                    typeof upload.environmentKey !== "string" ||
                    typeof upload.segmentKey !== "string" ||
                    !strings(upload.included) ||
                    !strings(upload.excluded) ||
                    (upload.mode !== undefined && upload.mode !== "merge" && upload.mode !== "replace")) {
                    return send(response, 400, {
                        code: "invalid_request",
                        message: "expected {projectKey, environmentKey, segmentKey, included?: string[], excluded?: string[], mode?: merge|replace}",
                    });
                }
                const id = newObjectId();
                state.store.bigSegmentImports.set(id, {
                    projectKey: upload.projectKey,
                    environmentKey: upload.environmentKey,
                    segmentKey: upload.segmentKey,
                    mode: upload.mode ?? "merge",
                    included: upload.included ?? [],
                    excluded: upload.excluded ?? [],
                });
                return send(response, 201, { importId: id });
            }
            default:
                return send(response, 404, { code: "not_found", message: `No emulator admin route ${route}` });
        }
    }
    catch (error) {
        return send(response, 400, { code: "invalid_request", message: error.message });
    }
}

// EXTERNAL MODULE: ./src/launchdarkly/limits.ts
var limits = __webpack_require__(24550);
;// CONCATENATED MODULE: ./src/emulator/audit-log.ts




/** Records a write by the request's caller, dated now unless the write took its own time. */
function recordAudit({ store, caller }, change, date = store.clock.now()) {
    const id = newObjectId();
    const description = change.description ?? `${change.titleVerb[0]?.toUpperCase()}${change.titleVerb.slice(1)} ${change.name}`;
    const entry = {
        _links: { self: representations_link(hrefs.auditEntry(id)) },
        _id: id,
        _accountId: store.accountId,
        date,
        accesses: change.actions.map((action) => ({ action, resource: change.resource })),
        kind: change.kind,
        name: change.name,
        description,
        shortDescription: description,
        ...(caller.memberId === undefined
            ? {}
            : { member: { _id: caller.memberId, email: `${caller.memberId}@emulator.invalid` } }),
        token: { _id: caller.tokenId, name: caller.tokenName },
        titleVerb: change.titleVerb,
        title: `${caller.tokenName} ${change.titleVerb} ${change.name}`,
    };
    if (change.comment !== undefined && change.comment !== "")
        entry.comment = change.comment;
    store.auditLog.push({ entry, resource: change.resource });
    return entry;
}
/**
 * A resource specifier as a matcher: `proj/web-app:env/*:segment/beta-*`. Each `type/name` part must match the
 * resource's part at the same depth (globs `*` in names; `;tags` qualifiers are ignored). A spec naming a parent
 * (`proj/web-app`) also matches entries about its children, as LaunchDarkly's audit log filter does for
 * hierarchical resources.
 */
function specMatcher(spec) {
    const parts = spec.split(":").map((part) => {
        const slash = part.indexOf("/");
        if (slash <= 0)
            throw invalidRequest(`spec "${spec}" is not a resource specifier (type/name parts joined by ":")`);
        const type = part.slice(0, slash);
        const name = (part.slice(slash + 1).split(";")[0] ?? "").trim();
        return { type, name: name === "" ? "*" : name };
    });
    return (resource) => {
        const resourceParts = resource.split(":");
        if (resourceParts.length < parts.length)
            return false;
        return parts.every((part, index) => {
            const candidate = resourceParts[index] ?? "";
            const slash = candidate.indexOf("/");
            return candidate.slice(0, slash) === part.type && (0,glob/* globMatches */.m)(part.name, candidate.slice(slash + 1));
        });
    };
}
/** Entries newest first, filtered; `next` continues with `before=<date of the last entry returned>`. */
function queryAuditLog(records, query) {
    const matches = query.spec ? specMatcher(query.spec) : () => true;
    const q = query.q?.toLowerCase();
    const items = [];
    let more = false;
    for (let index = records.length - 1; index >= 0; index--) {
        const record = records[index];
        const date = record.entry.date;
        if (query.before !== undefined && date >= query.before)
            continue;
        if (query.after !== undefined && date <= query.after)
            break;
        if (!matches(record.resource))
            continue;
        if (q && !record.entry.name.toLowerCase().includes(q))
            continue;
        if (items.length === query.limit) {
            more = true;
            break;
        }
        items.push(record.entry);
    }
    const params = (before) => {
        const search = new URLSearchParams();
        if (query.spec)
            search.set("spec", query.spec);
        if (query.q)
            search.set("q", query.q);
        if (query.after !== undefined)
            search.set("after", String(query.after));
        if (before !== undefined)
            search.set("before", String(before));
        search.set("limit", String(query.limit));
        return `${hrefs.auditLog()}?${search.toString()}`;
    };
    const last = items[items.length - 1];
    return { items, self: params(query.before), ...(more && last ? { next: params(last.date) } : {}) };
}

// EXTERNAL MODULE: ./src/permissions/evaluate-access.ts + 4 modules
var evaluate_access = __webpack_require__(28411);
// EXTERNAL MODULE: ./src/permissions/format-resource-specifier.ts
var format_resource_specifier = __webpack_require__(67727);
;// CONCATENATED MODULE: ./src/emulator/tokens.ts
// Access tokens as the emulator knows them: a caller description (never the token value) plus what
// `GET /api/v2/tokens/{id}` shows (`Token`: base role, custom role `_id`s, inline role, last four characters).



/** The account owner's member id (every token has an owner, a service token too). */
const OWNER_ID = "emulator0owner0000000001";
/** A stable id and display name for a token; the token itself never leaves this function. */
function describeToken(token, config, now) {
    const digest = (0,external_node_crypto_.createHash)("sha256").update(token).digest("hex");
    const caller = {
        tokenId: digest.slice(0, 24),
        tokenName: config?.name ?? `token-${digest.slice(0, 8)}`,
        role: config?.role ?? "writer",
    };
    if (config?.memberId !== undefined)
        caller.memberId = config.memberId;
    if (config?.customRoleKeys !== undefined)
        caller.customRoleKeys = [...config.customRoleKeys];
    if (config?.inlineRole !== undefined)
        caller.inlineRole = structuredClone(config.inlineRole);
    return { caller, lastFour: token.slice(-4), createdAt: now };
}
/** True when custom roles or an inline role limit the token (its base role then no longer decides). */
function hasPolicy(caller) {
    return caller.customRoleKeys !== undefined || caller.inlineRole !== undefined;
}
/** The token's permissions, with custom roles read from the current state (a missing role grants nothing). */
function tokenPermissions(caller, store) {
    const policies = [];
    for (const key of caller.customRoleKeys ?? []) {
        const role = store.roles.get(key);
        if (role)
            policies.push({ label: `role "${role.key}"`, statements: role.policy });
    }
    if (caller.inlineRole !== undefined)
        policies.push({ label: "the inline role", statements: caller.inlineRole });
    if (hasPolicy(caller) && policies.length === 0) {
        // Roles that no longer exist allow nothing; an empty policy says exactly that.
        policies.push({ label: "the token's custom roles", statements: [] });
    }
    return { baseRole: caller.role, policies };
}
/**
 * Reading tokens needs read access: a base-role token has it; a policy-limited one only through a custom role
 * whose `basePermissions` is `reader` (an inline role has no base permissions, so it sees nothing beyond its
 * statements, and the policy grammar has no action for viewing tokens).
 */
function canReadTokens(caller, store) {
    if (!hasPolicy(caller))
        return true;
    return (caller.customRoleKeys ?? []).some((key) => store.roles.get(key)?.basePermissions === "reader");
}
/** The `Token` representation. */
function tokenRepresentation(token, store) {
    const { caller } = token;
    const customRoleIds = (caller.customRoleKeys ?? [])
        .map((key) => store.roles.get(key)?._id)
        .filter((id) => id !== undefined);
    const representation = {
        _id: caller.tokenId,
        ownerId: OWNER_ID,
        memberId: caller.memberId ?? OWNER_ID,
        name: caller.tokenName,
        creationDate: token.createdAt,
        lastModified: token.createdAt,
        role: caller.role,
        customRoleIds,
        inlineRole: structuredClone([...(caller.inlineRole ?? [])]),
        token: token.lastFour,
        serviceToken: caller.memberId === undefined,
        defaultApiVersion: Number(limits/* LD_API_VERSION */.pQ),
        _links: { parent: representations_link(hrefs.tokens()), self: representations_link(hrefs.token(caller.tokenId)) },
    };
    return representation;
}

;// CONCATENATED MODULE: ./src/emulator/segment-approvals.ts
// Segment approvals. When an environment requires approval for segment changes
// (`Environment.resourceApprovalSettings.segment.required`), LaunchDarkly answers targeting changes of its segments
// (`/included`, `/excluded`, `/rules`, `/includedContexts`, `/excludedContexts`, big-segment membership and imports)
// with `403 {"code":"forbidden","message":"approval is required"}`, even when the change is empty; creating the
// segment still succeeds. A token whose role allows `bypassRequiredSegmentApproval` writes anyway
// (../shared/launchdarkly/membership-export-events.md, "Segment approvals").




const APPROVAL_REQUIRED_MESSAGE = "approval is required";
/** True when the environment's segment approval settings say `required`. */
function segmentApprovalRequired(store, projectKey, environmentKey) {
    const environment = store.projects.get(projectKey)?.environments.get(environmentKey)?.environment;
    const settings = environment?.resourceApprovalSettings;
    return settings?.segment?.required === true;
}
/**
 * Only a role may bypass: a token limited by custom or inline roles whose policies allow
 * `bypassRequiredSegmentApproval` on the segment. A base-role token (the emulator's `writer`) may not (the stricter
 * reading: LaunchDarkly documents the bypass as a role action only).
 */
function mayBypassSegmentApproval(caller, store, segment) {
    if (!hasPolicy(caller))
        return false;
    const resource = (0,format_resource_specifier/* resourceSpecifierFor */.c)({
        type: "segment",
        project: segment.projectKey,
        environment: segment.environmentKey,
        key: segment.segmentKey,
    });
    return (0,evaluate_access/* evaluateAccess */.C)(tokenPermissions(caller, store), {
        action: "bypassRequiredSegmentApproval",
        resource,
    }).allowed;
}
/** Throws LaunchDarkly's 403 when a targeting change of this segment needs an approval the caller cannot bypass. */
function requireNoSegmentApproval(caller, store, segment) {
    if (!segmentApprovalRequired(store, segment.projectKey, segment.environmentKey))
        return;
    if (mayBypassSegmentApproval(caller, store, segment))
        return;
    throw new EmulatorHttpError(403, "forbidden", APPROVAL_REQUIRED_MESSAGE);
}

;// CONCATENATED MODULE: ./src/emulator/big-segment-imports.ts
// Big-segment imports (`createBigSegmentImport`, `getBigSegmentImport`, `processBigSegmentImport`): a multipart
// upload of a CSV file (keys in the first column, no header row, ≤ 40 MB and ≤ 1,000,000 contexts), answered 204
// with the import's address in `Location`; then the import moves through `Import.status` and, once `complete`, its
// keys are the segment's members (`replace`) or added to them (`merge`). One import at a time per environment:
// another upload meanwhile is answered 409 "Conflicting process".
//
// Unconfirmed by LaunchDarkly's documents, modelled the stricter way (docs/emulator.md says so):
// - An uploaded import waits in `ready` until a `processBigSegmentImport` semantic patch starts it, unless the
//   emulator runs with `imports.autoStart`.
// - `replace` empties the excluded list too.
// Statuses advance lazily, `imports.stepMs` after the previous change, checked at every API request.






const DEFAULT_IMPORT_BEHAVIOUR = { stepMs: 0, autoStart: false };
const FINAL_STATUSES = new Set(["complete", "stopped"]);
function statusOf(upload) {
    return upload.status ?? "ready";
}
function isRunning(upload) {
    return !FINAL_STATUSES.has(statusOf(upload));
}
const importHref = (p, e, s, id) => `${hrefs.segment(p, e, s)}/imports/${encodeURIComponent(id)}`;
/** The `Import` representation. */
function importRepresentation(id, upload) {
    const status = statusOf(upload);
    return {
        id,
        segmentKey: upload.segmentKey,
        creationTime: upload.creationTime ?? 0,
        mode: upload.mode,
        status,
        files: [{ filename: upload.filename ?? "import.csv", status }],
        _links: {
            self: representations_link(importHref(upload.projectKey, upload.environmentKey, upload.segmentKey, id)),
        },
    };
}
/** `multipart/form-data` (RFC 7578) parts, read from the whole body. */
function parseMultipart(body, contentType) {
    const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    const boundary = match?.[1] ?? match?.[2];
    if (!boundary)
        throw invalidRequest("multipart/form-data needs a boundary parameter");
    const delimiter = Buffer.from(`--${boundary}`);
    const parts = [];
    let position = body.indexOf(delimiter);
    if (position < 0)
        throw invalidRequest("multipart body holds no part");
    for (;;) {
        const afterDelimiter = position + delimiter.length;
        if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === "--")
            return parts;
        const headerStart = afterDelimiter + 2; // CRLF after the delimiter
        const headerEnd = body.indexOf("\r\n\r\n", headerStart);
        if (headerEnd < 0)
            throw invalidRequest("multipart part without headers");
        const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
        if (next < 0)
            throw invalidRequest("multipart body is not closed by its boundary");
        const headers = body.subarray(headerStart, headerEnd).toString("utf8");
        const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? "";
        const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
        if (name === undefined)
            throw invalidRequest("multipart part without a Content-Disposition name");
        const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
        parts.push({
            name,
            ...(filename !== undefined ? { filename } : {}),
            data: body.subarray(headerEnd + 4, next),
        });
        position = next + 2;
    }
}
/** Keys from the first column of a CSV file without header row; RFC 4180 quotes, CRLF or LF, blank lines skipped. */
function importFileKeys(data) {
    if (data.length > limits/* MAX_IMPORT_FILE_BYTES */.sm) {
        throw invalidRequest(`import file is ${data.length} bytes; LaunchDarkly takes files of at most 40 MB (${limits/* MAX_IMPORT_FILE_BYTES */.sm} bytes)`);
    }
    const text = data.toString("utf8").replace(/^\uFEFF/, "");
    const keys = [];
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf("\n", start);
        if (end < 0)
            end = text.length;
        let line = text.slice(start, end);
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        start = end + 1;
        if (line === "")
            continue;
        let key;
        if (line.startsWith('"')) {
            let value = "";
            let index = 1;
            for (;;) {
                const quote = line.indexOf('"', index);
                if (quote < 0)
                    throw invalidRequest(`import file line ${keys.length + 1}: unclosed quote`);
                value += line.slice(index, quote);
                if (line[quote + 1] === '"') {
                    value += '"';
                    index = quote + 2;
                }
                else
                    break;
            }
            key = value;
        }
        else {
            const comma = line.indexOf(",");
            key = comma < 0 ? line : line.slice(0, comma);
        }
        if (key === "")
            continue;
        keys.push(key);
        if (keys.length > limits/* MAX_IMPORT_CONTEXTS */.kb) {
            throw invalidRequest(`import file holds more than ${limits/* MAX_IMPORT_CONTEXTS */.kb} contexts; LaunchDarkly takes at most ${limits/* MAX_IMPORT_CONTEXTS */.kb} per file (upload the rest with mode merge)`);
        }
    }
    return keys;
}
/** Handles `POST …/imports`: checks, stores the import as `preparing`, returns its id. */
function createImport(input) {
    const { store, params, record } = input;
    if (!record.segment.unbounded) {
        throw invalidRequest(`Segment "${params.segmentKey}" is a standard segment; only big segments take imports`);
    }
    if (!/^multipart\/form-data/i.test(input.contentType)) {
        throw invalidRequest("Send the import as multipart/form-data with the fields file and mode");
    }
    const parts = parseMultipart(input.rawBody, input.contentType);
    const field = (name) => parts.find((part) => part.name === name);
    const file = field("file");
    if (!file)
        throw invalidRequest("the import needs a file field (CSV of keys, no header row)");
    const mode = field("mode")?.data.toString("utf8").trim();
    if (mode !== "merge" && mode !== "replace")
        throw invalidRequest('mode must be "merge" or "replace"');
    const waitOnApprovals = field("waitOnApprovals")?.data.toString("utf8").trim();
    if (waitOnApprovals !== undefined && waitOnApprovals !== "true" && waitOnApprovals !== "false") {
        throw invalidRequest("waitOnApprovals must be true or false");
    }
    if (waitOnApprovals !== "true")
        input.requireNoApproval();
    const keys = importFileKeys(file.data);
    for (const upload of store.bigSegmentImports.values()) {
        if (upload.projectKey === params.projectKey &&
            upload.environmentKey === params.environmentKey &&
            isRunning(upload)) {
            throw conflict(`Conflicting process: an import for segment "${upload.segmentKey}" is still ${statusOf(upload)} in this environment`);
        }
    }
    const id = newUuid();
    store.bigSegmentImports.set(id, {
        projectKey: params.projectKey,
        environmentKey: params.environmentKey,
        segmentKey: params.segmentKey,
        mode,
        included: keys,
        excluded: [],
        status: waitOnApprovals === "true" && segmentApprovalRequired(store, params.projectKey, params.environmentKey)
            ? "pending_approval"
            : "preparing",
        creationTime: input.now,
        statusSince: input.now,
        filename: file.filename ?? "import.csv",
        uploadedBy: {
            tokenId: input.caller.tokenId,
            tokenName: input.caller.tokenName,
            ...(input.caller.memberId !== undefined ? { memberId: input.caller.memberId } : {}),
        },
    });
    return id;
}
/** The import for `GET …/imports/{importID}`, only under its own segment. */
function findImport(store, params, id) {
    const upload = store.bigSegmentImports.get(id);
    if (!upload ||
        upload.projectKey !== params.projectKey ||
        upload.environmentKey !== params.environmentKey ||
        upload.segmentKey !== params.segmentKey) {
        throw notFound(`No import "${id}" for segment "${params.segmentKey}"`);
    }
    return upload;
}
/** `processBigSegmentImport`: a `ready` import starts. */
function startImport(upload, now) {
    const status = statusOf(upload);
    if (status !== "ready")
        throw invalidRequest(`import is ${status}; only a ready import can be processed`);
    upload.status = "in_progress";
    upload.statusSince = now;
}
function segmentOf(store, upload) {
    return store.projects
        .get(upload.projectKey)
        ?.environments.get(upload.environmentKey)
        ?.segments.get(upload.segmentKey);
}
/** Moves every running import on by as many steps as time allows; a completed import writes the membership. */
function settleImports(store, behaviour, now) {
    for (const upload of store.bigSegmentImports.values()) {
        for (;;) {
            const since = upload.statusSince ?? 0;
            if (now - since < behaviour.stepMs)
                break;
            const status = statusOf(upload);
            const at = since + behaviour.stepMs;
            if (status === "preparing") {
                upload.status = behaviour.autoStart ? "in_progress" : "ready";
                upload.statusSince = at;
            }
            else if (status === "in_progress") {
                completeImport(store, upload, at);
            }
            else
                break;
        }
    }
}
function completeImport(store, upload, at) {
    const record = segmentOf(store, upload);
    upload.statusSince = at;
    if (!record) {
        upload.status = "stopped";
        return;
    }
    const included = upload.mode === "replace" ? new Set() : new Set(record.bigIncluded);
    const excluded = upload.mode === "replace" ? new Set() : new Set(record.bigExcluded);
    for (const key of upload.included) {
        included.add(key);
        excluded.delete(key);
    }
    for (const key of upload.excluded) {
        excluded.add(key);
        included.delete(key);
    }
    record.bigIncluded = included;
    record.bigExcluded = excluded;
    const date = store.clock.now();
    record.segment = { ...record.segment, version: record.segment.version + 1, lastModifiedDate: date };
    upload.status = "complete";
    const uploader = upload.uploadedBy ?? { tokenId: "unknown", tokenName: "unknown" };
    recordAudit({ store, caller: { ...uploader, role: "writer" } }, {
        kind: "segment",
        resource: `proj/${upload.projectKey}:env/${upload.environmentKey}:segment/${upload.segmentKey}`,
        name: record.segment.name,
        actions: ["updateIncluded"],
        titleVerb: "imported big segment members into",
        description: `Imported ${upload.included.length} contexts into the big segment ${record.segment.name} (${upload.mode})`,
    }, date);
}
/** Whether a segment has an import that is not yet complete or stopped (`_importInProgress`). */
function importInProgress(store, projectKey, environmentKey, segmentKey) {
    for (const upload of store.bigSegmentImports.values()) {
        if (upload.projectKey === projectKey &&
            upload.environmentKey === environmentKey &&
            upload.segmentKey === segmentKey &&
            isRunning(upload))
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./src/launchdarkly/routes.ts
var routes = __webpack_require__(88280);
// EXTERNAL MODULE: ./src/permissions/request-actions.ts
var request_actions = __webpack_require__(85755);
;// CONCATENATED MODULE: ./src/emulator/router.ts
/** A segment semantic patch is told apart by this media-type parameter (the policy check and the handler agree). */
function isSemanticPatch(contentType) {
    return contentType.includes("domain-model=launchdarkly.semanticpatch");
}
class Router {
    routes = [];
    add(method, template, handler, options = {}) {
        const paramNames = [];
        const pattern = template
            .split("/")
            .map((part) => {
            const param = /^\{(.+)\}$/.exec(part);
            if (param) {
                paramNames.push(param[1]);
                return "([^/]+)";
            }
            return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
            .join("/");
        this.routes.push({
            method,
            template,
            write: method !== "GET",
            ...(options.multipart ? { multipart: true } : {}),
            handler,
            regex: new RegExp(`^${pattern}/?$`),
            paramNames,
        });
        return this;
    }
    /** The route for a request; `pathKnown` is true when the path exists, under this or another method. */
    match(method, path) {
        let pathKnown = false;
        for (const route of this.routes) {
            const found = route.regex.exec(path);
            if (!found)
                continue;
            pathKnown = true;
            if (route.method !== method)
                continue;
            const params = {};
            route.paramNames.forEach((name, index) => {
                params[name] = decodeURIComponent(found[index + 1]);
            });
            return { match: { route, params }, pathKnown };
        }
        return { pathKnown };
    }
}

;// CONCATENATED MODULE: ./src/emulator/policy-check.ts
// Custom roles and inline roles on the emulator's writes: the action each write needs (the same mapping the
// client uses to explain a 403, src/permissions/request-actions.ts), checked against the token's policies with the
// resource's real tags and `critical` flag from the state. A write no action can be named for is let through,
// as the pre-flight check (src/apply/write-access.ts) cannot name one either.






const OPERATION_IDS = new Map(Object.values(routes/* ROUTES */.bw).map((route) => [`${route.method} ${route.template}`, route.operationId]));
/** Writes the client never makes, named after their role actions so the emulator can still check them. */
function projectWritePermission(routeKey, params, bodyKey) {
    // The route templates below name these path parameters.
    const p = params.projectKey;
    switch (routeKey) {
        case "POST /api/v2/projects":
            return {
                resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({ type: "project", project: bodyKey }),
                actions: ["createProject"],
            };
        case "DELETE /api/v2/projects/{projectKey}":
            return { resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({ type: "project", project: p }), actions: ["deleteProject"] };
        case "POST /api/v2/projects/{projectKey}/environments":
            return {
                resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({ type: "environment", project: p, environment: bodyKey }),
                actions: ["createEnvironment"],
            };
        case "DELETE /api/v2/projects/{projectKey}/environments/{environmentKey}":
            return {
                resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({
                    type: "environment",
                    project: p,
                    environment: params.environmentKey,
                }),
                actions: ["deleteEnvironment"],
            };
        default:
            return undefined;
    }
}
/** The resource with the tags and `critical` flag the state knows (and, for a create, the tags in the body). */
function targetOf(resource, store, body) {
    // Not `parseResource`: the keys here are not validated yet (a create's body key, a decoded path parameter), and
    // the specifier grammar rejects keys such as `bad key`. Split as written; the handler answers 400 for those.
    const levels = resource.split(":").map((part) => {
        const slash = part.indexOf("/");
        return slash < 0 ? { type: part } : { type: part.slice(0, slash), key: part.slice(slash + 1) };
    });
    const [first, second, third] = levels;
    const bodyTags = body?.tags;
    const createdTags = Array.isArray(bodyTags) ? bodyTags : [];
    if (first?.type === "proj") {
        const project = store.projects.get(first.key ?? "");
        first.tags = project?.project.tags ?? createdTags;
        if (second?.type === "env") {
            const environment = project?.environments.get(second.key ?? "");
            second.tags = environment?.environment.tags ?? createdTags;
            second.properties = { critical: environment?.environment.critical ?? false };
            if (third?.type === "segment") {
                third.tags = environment?.segments.get(third.key ?? "")?.segment.tags ?? createdTags;
            }
        }
        else if (second?.type === "metric") {
            second.tags = project?.metrics.get(second.key ?? "")?.tags ?? createdTags;
        }
    }
    else if (first?.type === "role") {
        first.tags = [];
    }
    return levels;
}
/** Why a policy-limited token may not make this write, or undefined when it may. */
function policyRefusal(request, caller, store) {
    const routeKey = `${request.method} ${request.template}`;
    const operationId = OPERATION_IDS.get(routeKey);
    const bodyKey = request.body?.key;
    const needed = operationId
        ? (0,request_actions/* requiredPermission */.PY)({
            operationId,
            params: request.params,
            body: request.body,
            semanticPatch: isSemanticPatch(request.contentType),
        })
        : projectWritePermission(routeKey, request.params, typeof bodyKey === "string" ? bodyKey : "*");
    if (!needed)
        return undefined;
    const permissions = tokenPermissions(caller, store);
    const target = targetOf(needed.resource, store, request.body);
    for (const action of needed.actions) {
        const decision = (0,evaluate_access/* evaluateAccess */.C)(permissions, { action, resource: target });
        if (!decision.allowed)
            return `${action} on ${needed.resource}: ${decision.reason}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/emulator/api-request.ts
// One LaunchDarkly API request, in LaunchDarkly's order: log it, inject the configured faults, authenticate,
// rate-limit, route, check the API version, role and content type, check custom-role policies, run the route's
// handler, and (as a fault) drop the connection after a write.







const SEMANTIC_OR_JSON = /^application\/(json|merge-patch\+json)/;
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
async function handleApiRequest(state, request, response, url) {
    const { tokens } = state;
    const method = (request.method ?? "GET").toUpperCase();
    const path = url.pathname;
    const logEntry = {
        method,
        path,
        query: url.search.slice(1),
        status: 0,
        at: Date.now(),
    };
    state.requestLog.push(logEntry);
    const { match, pathKnown } = state.router.match(method, path);
    if (match)
        logEntry.route = `${method} ${match.route.template}`;
    const rawBodyPromise = readRawBody(request);
    if (state.faults.latencyMs > 0)
        await sleep(state.faults.latencyMs);
    const scripted = takeScriptedFailure(state.faults, method, path, match?.route.template);
    const drop = () => {
        logEntry.status = 0;
        request.socket.destroy();
    };
    if ((scripted?.status === "drop" && !scripted.afterWrite) ||
        (state.faults.dropRate > 0 && Math.random() < state.faults.dropRate)) {
        return drop();
    }
    const rawBytes = await rawBodyPromise;
    // Multipart bodies (big-segment imports) go to the handler as bytes; everything else is JSON text.
    const multipart = match?.route.multipart === true;
    const rawBody = multipart ? "" : rawBytes.toString("utf8");
    const finish = (status, body, headers = {}) => {
        logEntry.status = status;
        send(response, status, body, headers);
    };
    const fail = (error, headers = {}) => {
        logEntry.status = error.status;
        sendError(response, error, headers);
    };
    // Authentication comes first, as on LaunchDarkly: nothing is revealed to an unknown caller.
    const token = request.headers.authorization?.trim() ?? "";
    if (token === "" || (tokens && !tokens.has(token))) {
        return fail(new EmulatorHttpError(401, "unauthorized", "Invalid account ID header"));
    }
    const callerToken = tokens?.get(token) ?? describeToken(token, undefined, state.startedAt);
    const caller = callerToken.caller;
    const routeKey = match ? `${method} ${match.route.template}` : `${method} ${path}`;
    const limit = state.limiter.take(caller.tokenId, routeKey, state.faults.globalLimit, state.faults.routeLimit, Date.now());
    if (!limit.allowed) {
        return fail(new EmulatorHttpError(429, "rate_limited", "You've exceeded the API rate limit. Try again later."), { ...limit.headers, "Retry-After": String(limit.retryAfterSeconds) });
    }
    const headers = limit.headers;
    const injected = injectedFailure(state.faults, scripted);
    if (injected)
        return fail(injected.error, { ...headers, ...injected.headers });
    if (!match) {
        return pathKnown
            ? fail(new EmulatorHttpError(405, "method_not_allowed", `${method} is not allowed on ${path}`), headers)
            : fail(new EmulatorHttpError(404, "not_found", `Unknown API route ${method} ${path}`), headers);
    }
    const apiVersion = request.headers["ld-api-version"];
    if (apiVersion !== undefined && !/^(\d{8}|beta)$/.test(String(apiVersion))) {
        return fail(invalidRequest(`Unsupported LD-API-Version "${apiVersion}" (this emulator speaks ${limits/* LD_API_VERSION */.pQ})`), headers);
    }
    // A token limited by custom roles or an inline role is checked against them once the body is read.
    if (match.route.write && !hasPolicy(caller) && caller.role !== "writer") {
        return fail(forbidden(), headers);
    }
    const contentType = String(request.headers["content-type"] ?? "");
    const parsed = parseBody(rawBody, contentType, match.route.write);
    if (parsed instanceof EmulatorHttpError)
        return fail(parsed, headers);
    const { body } = parsed;
    if (match.route.write &&
        hasPolicy(caller) &&
        policyRefusal({ method, template: match.route.template, params: match.params, body, contentType }, caller, state.store) !== undefined) {
        return fail(forbidden(), headers);
    }
    let result;
    try {
        settleImports(state.store, state.importBehaviour, Date.now());
        result = match.route.handler({
            params: match.params,
            query: url.searchParams,
            body,
            ...(multipart ? { rawBody: rawBytes } : {}),
            contentType,
            caller,
            store: state.store,
            tokens: tokens ? [...tokens.values()] : [callerToken],
        });
    }
    catch (error) {
        if (error instanceof EmulatorHttpError)
            return fail(error, headers);
        logEntry.status = 500;
        return send(response, 500, { code: "internal_server_error", message: error.message }, headers);
    }
    const ok = result.status < 400;
    const dropAfterWrite = match.route.write &&
        ok &&
        ((scripted?.status === "drop" && scripted.afterWrite === true) ||
            (state.faults.dropAfterWriteRate > 0 && Math.random() < state.faults.dropAfterWriteRate));
    if (dropAfterWrite)
        return drop();
    finish(result.status, result.body, { ...headers, ...result.headers });
}
/**
 * The failure the configured faults inject into this request after authentication and rate limiting, if any: a
 * scripted status (other than a dropped connection), else one drawn at the configured error rate.
 */
function injectedFailure(faults, scripted) {
    if (scripted && scripted.status !== "drop") {
        const status = scripted.status ?? 503;
        const code = status === 429 ? "rate_limited" : status >= 500 ? "service_unavailable" : "invalid_request";
        const headers = status === 429 ? { "Retry-After": "1" } : {};
        return { error: new EmulatorHttpError(status, code, `Injected failure (${status})`), headers };
    }
    if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
        return {
            error: new EmulatorHttpError(faults.errorStatus, "service_unavailable", `Injected failure (${faults.errorStatus})`),
            headers: {},
        };
    }
    return undefined;
}
/** The request's JSON body (undefined when empty), or why LaunchDarkly would refuse it. */
function parseBody(rawBody, contentType, write) {
    if (rawBody === "")
        return { body: undefined };
    if (write && contentType !== "" && !SEMANTIC_OR_JSON.test(contentType)) {
        return invalidRequest(`Unsupported Content-Type "${contentType}"; send application/json`);
    }
    try {
        return { body: JSON.parse(rawBody) };
    }
    catch {
        return invalidRequest("Request body is not valid JSON");
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/emulator/event-imports.ts





const EVENT_IMPORT_TEMPLATE = "/v2/event-data-import/{projectKey}/{environmentKey}";
const PATH = /^\/v2\/event-data-import\/([^/]+)\/([^/]+)\/?$/;
const MAX_BYTES = 10_000_000;
const SCHEMA = "4";
/** What the import endpoint accepted; read and cleared through `/__emulator/events`. */
class EventImportStore {
    events = [];
    payloads = [];
    seen = new Set();
    clear() {
        this.events = [];
        this.payloads = [];
        this.seen.clear();
    }
    /** False when this payload id was already accepted for the environment. */
    claim(projectKey, environmentKey, payloadId) {
        if (payloadId === undefined)
            return true;
        const key = `${projectKey}\0${environmentKey}\0${payloadId}`;
        if (this.seen.has(key))
            return false;
        this.seen.add(key);
        return true;
    }
    view(projectKey, environmentKey) {
        const matches = (item) => (!projectKey || item.projectKey === projectKey) &&
            (!environmentKey || item.environmentKey === environmentKey);
        const payloads = this.payloads.filter(matches);
        return {
            events: this.events.filter(matches),
            payloads,
            droppedEvents: payloads.reduce((n, p) => n + p.dropped, 0),
            duplicatePayloads: payloads.filter((p) => p.duplicate).length,
        };
    }
}
function isEventImportPath(path) {
    return path.startsWith("/v2/event-data-import/");
}
/** Documented event shape: `{kind: "custom", key, creationDate, contextKeys, metricValue?, data?}`. */
function isWellFormed(event) {
    if (event === null || typeof event !== "object" || Array.isArray(event))
        return false;
    const e = event;
    if (e.kind !== "custom" || typeof e.key !== "string" || e.key === "")
        return false;
    if (typeof e.creationDate !== "number" || !Number.isInteger(e.creationDate) || e.creationDate <= 0)
        return false;
    const contexts = e.contextKeys;
    if (contexts === null || typeof contexts !== "object" || Array.isArray(contexts))
        return false;
    const keys = Object.values(contexts);
    if (keys.length === 0 || !keys.every((key) => typeof key === "string" && key !== ""))
        return false;
    if (e.metricValue !== undefined && (typeof e.metricValue !== "number" || !Number.isFinite(e.metricValue)))
        return false;
    if (e.data !== undefined && (e.data === null || typeof e.data !== "object" || Array.isArray(e.data)))
        return false;
    return true;
}
function readLimited(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let over = false;
        request.on("data", (chunk) => {
            size += chunk.length;
            if (size > MAX_BYTES)
                over = true;
            else
                chunks.push(chunk);
        });
        request.on("end", () => resolve(over ? "too-large" : Buffer.concat(chunks)));
        request.on("error", reject);
    });
}
function event_imports_sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
async function handleEventImport(request, response, path, context) {
    const answer = (status, body, headers = {}) => {
        context.log(status);
        send(response, status, body, headers);
    };
    const error = (status, code, message, headers = {}) => answer(status, { code, message }, headers);
    const drop = () => {
        context.log(0);
        request.socket.destroy();
    };
    const method = (request.method ?? "GET").toUpperCase();
    const found = PATH.exec(path);
    if (!found)
        return error(404, "not_found", `Unknown events route ${method} ${path}`);
    if (method !== "POST")
        return error(405, "method_not_allowed", `${method} is not allowed on ${path}`);
    const projectKey = decodeURIComponent(found[1]);
    const environmentKey = decodeURIComponent(found[2]);
    const bodyPromise = readLimited(request);
    const faults = context.faults();
    if (faults.latencyMs > 0)
        await event_imports_sleep(faults.latencyMs);
    const scripted = takeScriptedFailure(faults, method, path, EVENT_IMPORT_TEMPLATE);
    if ((scripted?.status === "drop" && !scripted.afterWrite) ||
        (faults.dropRate > 0 && Math.random() < faults.dropRate)) {
        return drop();
    }
    const raw = await bodyPromise;
    const caller = context.caller(request.headers.authorization?.trim() ?? "");
    if (caller === undefined)
        return error(401, "unauthorized", "Invalid account ID header");
    const limit = context.limiter.take(caller.tokenId, `POST ${EVENT_IMPORT_TEMPLATE}`, faults.globalLimit, faults.routeLimit, Date.now());
    if (!limit.allowed) {
        return error(429, "rate_limited", "You've exceeded the API rate limit. Try again later.", {
            ...limit.headers,
            "Retry-After": String(limit.retryAfterSeconds),
        });
    }
    const headers = limit.headers;
    if (scripted && scripted.status !== "drop") {
        const status = scripted.status ?? 503;
        return error(status, status === 429 ? "rate_limited" : "service_unavailable", `Injected failure (${status})`, {
            ...headers,
            ...(status === 429 ? { "Retry-After": "1" } : {}),
        });
    }
    if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
        return error(faults.errorStatus, "service_unavailable", `Injected failure (${faults.errorStatus})`, headers);
    }
    const store = context.store();
    const project = store.projects.get(projectKey);
    const environment = project?.environments.get(environmentKey);
    if (!project || !environment) {
        return error(404, "not_found", `Unknown project or environment ${projectKey}/${environmentKey}`, headers);
    }
    if (!mayImport(caller, store, projectKey, environmentKey)) {
        // LaunchDarkly answers 401 both for a bad token and for one without importEventData.
        return error(401, "unauthorized", "The access token may not import event data here", headers);
    }
    const schema = request.headers["x-launchdarkly-event-schema"];
    if (schema !== SCHEMA) {
        return error(406, "not_acceptable", `Unsupported X-LaunchDarkly-Event-Schema "${schema ?? ""}"`, headers);
    }
    if (raw === "too-large")
        return error(413, "payload_too_large", "Request body over 10 MB", headers);
    const contentType = String(request.headers["content-type"] ?? "");
    if (!/^application\/json\b/i.test(contentType)) {
        return error(400, "invalid_request", `Unsupported Content-Type "${contentType}"; send application/json`, headers);
    }
    const encoding = String(request.headers["content-encoding"] ?? "").toLowerCase();
    let body;
    try {
        body = encoding === "gzip" ? (0,external_node_zlib_.gunzipSync)(raw, { maxOutputLength: MAX_BYTES + 1 }) : raw;
    }
    catch (cause) {
        if (cause.code === "ERR_BUFFER_TOO_LARGE") {
            return error(413, "payload_too_large", "Decompressed body over 10 MB", headers);
        }
        return error(400, "invalid_request", "Body is not valid gzip", headers);
    }
    if (body.length > MAX_BYTES)
        return error(413, "payload_too_large", "Decompressed body over 10 MB", headers);
    let events;
    try {
        events = JSON.parse(body.toString("utf8"));
    }
    catch {
        return error(400, "invalid_request", "Body is not valid JSON", headers);
    }
    if (!Array.isArray(events))
        return error(400, "invalid_request", "Body must be a JSON array of events", headers);
    const payloadHeader = request.headers["x-launchdarkly-payload-id"];
    const payloadId = typeof payloadHeader === "string" && payloadHeader !== "" ? payloadHeader : undefined;
    const fresh = context.events.claim(projectKey, environmentKey, payloadId);
    let kept = 0;
    let dropped = 0;
    if (fresh) {
        for (const event of events) {
            if (!isWellFormed(event)) {
                dropped += 1;
                continue;
            }
            kept += 1;
            context.events.events.push({ projectKey, environmentKey, ...(payloadId ? { payloadId } : {}), event });
        }
    }
    context.events.payloads.push({
        projectKey,
        environmentKey,
        ...(payloadId ? { payloadId } : {}),
        events: kept,
        dropped,
        duplicate: !fresh,
        userAgent: String(request.headers["user-agent"] ?? ""),
        contentEncoding: encoding,
    });
    const dropAfter = (scripted?.status === "drop" && scripted.afterWrite === true) ||
        (faults.dropAfterWriteRate > 0 && Math.random() < faults.dropAfterWriteRate);
    if (dropAfter)
        return drop();
    answer(202, undefined, headers);
}
function mayImport(caller, store, projectKey, environmentKey) {
    if (!hasPolicy(caller))
        return caller.role === "writer";
    const project = store.projects.get(projectKey);
    const environment = project?.environments.get(environmentKey);
    const resource = [
        { type: "proj", key: projectKey, tags: project?.project.tags ?? [] },
        {
            type: "env",
            key: environmentKey,
            tags: environment?.environment.tags ?? [],
            properties: { critical: environment?.environment.critical ?? false },
        },
    ];
    return (0,evaluate_access/* evaluateAccess */.C)(tokenPermissions(caller, store), { action: "importEventData", resource }).allowed;
}
/** `GET /__emulator/events[?projectKey=&environmentKey=]` and `DELETE /__emulator/events`. */
function eventAdminAnswer(method, query, events) {
    if (method === "GET")
        return { status: 200, body: events.view(query.get("projectKey"), query.get("environmentKey")) };
    if (method === "DELETE") {
        events.clear();
        return { status: 204 };
    }
    return { status: 405, body: { code: "method_not_allowed", message: `${method} /__emulator/events` } };
}

;// CONCATENATED MODULE: ./src/emulator/rate-limiter.ts
// LaunchDarkly-style rate limits: fixed 10-second windows, a global budget per token and a budget per route
// (method + path template) shared by all tokens. Answers carry X-Ratelimit-* headers.
const RATE_LIMIT_WINDOW_MS = 10_000;
/** Reported as "remaining" when no limit is configured: the client has no reason to slow down. */
const UNLIMITED_REMAINING = 1_000_000;
class RateLimiter {
    windowStart = 0;
    globalCounts = new Map();
    routeCounts = new Map();
    /** Counts one request and says whether it is allowed under the limits. */
    take(tokenId, route, globalLimit, routeLimit, now) {
        const start = now - (now % RATE_LIMIT_WINDOW_MS);
        if (start !== this.windowStart) {
            this.windowStart = start;
            this.globalCounts.clear();
            this.routeCounts.clear();
        }
        const reset = start + RATE_LIMIT_WINDOW_MS;
        const globalUsed = (this.globalCounts.get(tokenId) ?? 0) + 1;
        const routeUsed = (this.routeCounts.get(route) ?? 0) + 1;
        const allowed = (globalLimit === null || globalUsed <= globalLimit) && (routeLimit === null || routeUsed <= routeLimit);
        // A refused request does not use up budget.
        if (allowed) {
            this.globalCounts.set(tokenId, globalUsed);
            this.routeCounts.set(route, routeUsed);
        }
        const remaining = (limit, used) => limit === null ? UNLIMITED_REMAINING : Math.max(0, limit - (allowed ? used : used - 1));
        return {
            allowed,
            headers: {
                "X-Ratelimit-Global-Remaining": String(remaining(globalLimit, globalUsed)),
                "X-Ratelimit-Route-Remaining": String(remaining(routeLimit, routeUsed)),
                "X-Ratelimit-Reset": String(reset),
            },
            retryAfterSeconds: Math.max(1, Math.ceil((reset - now) / 1000)),
        };
    }
}

;// CONCATENATED MODULE: ./src/emulator/routes/account.ts
// Account-level reads: `GET /api/v2/caller-identity` (exactly `CallerIdentityRep`: no role; a client reads the
// token's role with `GET /api/v2/tokens/{id}`) and `GET /api/v2/auditlog`.




function timestampParam(query, name) {
    const raw = query.get(name);
    if (raw === null)
        return undefined;
    if (!/^\d+$/.test(raw))
        throw invalidRequest(`${name} must be a Unix time in milliseconds, got "${raw}"`);
    return Number(raw);
}
function registerAccountRoutes(router) {
    router.add("GET", "/api/v2/caller-identity", (context) => ({
        status: 200,
        body: {
            accountId: context.store.accountId,
            authKind: "token",
            // A token with an owning member is a personal token; one without is a service token.
            tokenKind: context.caller.memberId === undefined ? "service" : "personal",
            tokenName: context.caller.tokenName,
            tokenId: context.caller.tokenId,
            ...(context.caller.memberId === undefined ? {} : { memberId: context.caller.memberId }),
            serviceToken: context.caller.memberId === undefined,
        },
    }));
    router.add("GET", "/api/v2/auditlog", (context) => {
        const rawLimit = context.query.get("limit");
        const limit = rawLimit === null ? limits/* DEFAULT_PAGE_SIZE */.yQ.auditLog : Number(rawLimit);
        if (!Number.isInteger(limit) || limit < 1 || limit > limits/* MAX_PAGE_SIZE */.H4.auditLog) {
            throw invalidRequest(`limit must be between 1 and ${limits/* MAX_PAGE_SIZE */.H4.auditLog}, got "${rawLimit}"`);
        }
        const result = queryAuditLog(context.store.auditLog, {
            limit,
            spec: context.query.get("spec") ?? undefined,
            q: context.query.get("q") ?? undefined,
            before: timestampParam(context.query, "before"),
            after: timestampParam(context.query, "after"),
        });
        const links = { self: representations_link(result.self) };
        if (result.next)
            links.next = representations_link(result.next);
        return { status: 200, body: { items: result.items, _links: links } };
    });
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./src/emulator/request-schemas.ts
// JSON Schemas of the request bodies the emulator accepts, transcribed from the OpenAPI component schemas named
// below (the tool cannot read ../shared at run time). test/contract checks they agree with the document.
// Deliberately strict: unknown top-level fields are rejected (`additionalProperties: false`) so that a client
// sending a field LaunchDarkly would ignore or reject shows up in tests.


const stringArray = { type: "array", items: { type: "string" } };
const environmentPost = {
    type: "object",
    required: ["name", "key", "color"],
    additionalProperties: false,
    properties: {
        name: { type: "string" },
        key: { type: "string" },
        color: { type: "string" },
        defaultTtl: { type: "integer" },
        secureMode: { type: "boolean" },
        defaultTrackEvents: { type: "boolean" },
        confirmChanges: { type: "boolean" },
        requireComments: { type: "boolean" },
        tags: stringArray,
        source: { type: "object", properties: { key: { type: "string" }, version: { type: "integer" } } },
        critical: { type: "boolean" },
    },
};
const patchOperation = {
    type: "object",
    required: ["op", "path"],
    properties: { op: { type: "string" }, path: { type: "string" }, value: {}, from: { type: "string" } },
};
const jsonPatch = { type: "array", items: patchOperation };
/** `SegmentUserList`: keys to add and remove on one side of a big segment. */
const targetChanges = {
    type: "object",
    additionalProperties: false,
    properties: { add: stringArray, remove: stringArray },
};
const statementPost = {
    type: "object",
    required: ["effect"],
    additionalProperties: false,
    properties: {
        resources: stringArray,
        notResources: stringArray,
        actions: stringArray,
        notActions: stringArray,
        effect: { type: "string", enum: ["allow", "deny"] },
    },
};
const REQUEST_SCHEMAS = {
    /** `ProjectPost` */
    ProjectPost: {
        type: "object",
        required: ["name", "key"],
        additionalProperties: false,
        properties: {
            name: { type: "string" },
            key: { type: "string" },
            includeInSnippetByDefault: { type: "boolean" },
            defaultClientSideAvailability: {
                type: "object",
                required: ["usingEnvironmentId", "usingMobileKey"],
                properties: { usingEnvironmentId: { type: "boolean" }, usingMobileKey: { type: "boolean" } },
            },
            tags: stringArray,
            environments: { type: "array", items: environmentPost },
            namingConvention: { type: "object" },
        },
    },
    /** `EnvironmentPost` */
    EnvironmentPost: environmentPost,
    /** `SegmentBody` */
    SegmentBody: {
        type: "object",
        required: ["name", "key"],
        additionalProperties: false,
        properties: {
            name: { type: "string" },
            key: { type: "string" },
            description: { type: "string" },
            tags: stringArray,
            unbounded: { type: "boolean" },
            unboundedContextKind: { type: "string" },
        },
    },
    /** `PatchWithComment` */
    PatchWithComment: {
        type: "object",
        required: ["patch"],
        additionalProperties: false,
        properties: { patch: jsonPatch, comment: { type: "string" } },
    },
    /** JSON merge patch wrapper LaunchDarkly documents beside `PatchWithComment`. */
    MergePatchWithComment: {
        type: "object",
        required: ["merge"],
        additionalProperties: false,
        properties: { merge: { type: "object" }, comment: { type: "string" } },
    },
    /** Semantic patch envelope for segments (`environmentKey` is required for segments). */
    SegmentSemanticPatch: {
        type: "object",
        required: ["instructions"],
        additionalProperties: false,
        properties: {
            environmentKey: { type: "string" },
            instructions: {
                type: "array",
                items: { type: "object", required: ["kind"], properties: { kind: { type: "string" } } },
            },
            comment: { type: "string" },
        },
    },
    /** `JSONPatch` */
    JSONPatch: jsonPatch,
    /** `SegmentUserState` */
    SegmentUserState: {
        type: "object",
        additionalProperties: false,
        properties: { included: targetChanges, excluded: targetChanges },
    },
    /** `MetricPost` */
    MetricPost: {
        type: "object",
        required: ["key", "kind"],
        additionalProperties: false,
        properties: {
            key: { type: "string" },
            name: { type: "string" },
            description: { type: "string" },
            kind: { type: "string", enum: ["pageview", "click", "custom"] },
            selector: { type: "string" },
            urls: {
                type: "array",
                items: {
                    type: "object",
                    properties: {
                        kind: { type: "string", enum: ["exact", "canonical", "substring", "regex"] },
                        url: { type: "string" },
                        substring: { type: "string" },
                        pattern: { type: "string" },
                    },
                },
            },
            isNumeric: { type: "boolean" },
            unit: { type: "string" },
            eventKey: { type: "string" },
            successCriteria: { type: "string", enum: ["HigherThanBaseline", "LowerThanBaseline"] },
            tags: stringArray,
            randomizationUnits: stringArray,
            maintainerId: { type: "string" },
            unitAggregationType: { type: "string", enum: ["average", "sum"] },
            analysisType: { type: "string" },
            percentileValue: { type: "integer" },
            eventDefault: {
                type: "object",
                properties: { disabled: { type: "boolean" }, value: { type: "number" } },
            },
            dataSource: {
                type: "object",
                required: ["key"],
                properties: {
                    key: { type: "string" },
                    environmentKey: { type: "string" },
                    _name: { type: "string" },
                    _integrationKey: { type: "string" },
                },
            },
            filters: { type: "object", required: ["type", "op", "values", "negate"] },
        },
    },
    /** `FeatureFlagBody` */
    FeatureFlagBody: {
        type: "object",
        required: ["name", "key"],
        additionalProperties: false,
        properties: {
            name: { type: "string" },
            key: { type: "string" },
            description: { type: "string" },
            includeInSnippet: { type: "boolean" },
            clientSideAvailability: {
                type: "object",
                properties: { usingEnvironmentId: { type: "boolean" }, usingMobileKey: { type: "boolean" } },
            },
            variations: {
                type: "array",
                items: {
                    type: "object",
                    required: ["value"],
                    properties: {
                        _id: { type: "string" },
                        value: {},
                        description: { type: "string" },
                        name: { type: "string" },
                    },
                },
            },
            temporary: { type: "boolean" },
            tags: stringArray,
            customProperties: { type: "object" },
            defaults: {
                type: "object",
                required: ["onVariation", "offVariation"],
                properties: { onVariation: { type: "integer" }, offVariation: { type: "integer" } },
            },
            purpose: { type: "string" },
            migrationSettings: { type: "object" },
            maintainerId: { type: "string" },
            maintainerTeamKey: { type: "string" },
            initialPrerequisites: {
                type: "array",
                items: {
                    type: "object",
                    required: ["key", "variationId"],
                    properties: { key: { type: "string" }, variationId: { type: "string" } },
                },
            },
            isFlagOn: { type: "boolean" },
        },
    },
    /** `UpsertContextKindPayload` */
    UpsertContextKindPayload: {
        type: "object",
        required: ["name"],
        additionalProperties: false,
        properties: {
            name: { type: "string" },
            description: { type: "string" },
            hideInTargeting: { type: "boolean" },
            archived: { type: "boolean" },
            version: { type: "integer" },
        },
    },
    /** `CustomRolePost` */
    CustomRolePost: {
        type: "object",
        required: ["name", "key", "policy"],
        additionalProperties: false,
        properties: {
            name: { type: "string" },
            key: { type: "string" },
            description: { type: "string" },
            policy: { type: "array", items: statementPost },
            basePermissions: { type: "string", enum: ["reader", "no_access"] },
            resourceCategory: { type: "string" },
        },
    },
};
const request_schemas_ajv = new ajv.Ajv({ strict: false, allErrors: true });
const validators = new Map();
function describe(errors) {
    return (errors ?? [])
        .slice(0, 5)
        .map((error) => {
        const where = error.instancePath || "body";
        if (error.keyword === "additionalProperties") {
            const name = error.params.additionalProperty;
            return `${where}: unknown field "${name}"`;
        }
        if (error.keyword === "enum") {
            const allowed = error.params.allowedValues ?? [];
            return `${where}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
        }
        return `${where}: ${error.message ?? error.keyword}`;
    })
        .join("; ");
}
/** Throws 400 `invalid_request` naming every violation (first five) when `body` breaks the named schema. */
function assertRequestBody(schemaName, body) {
    let validate = validators.get(schemaName);
    if (!validate) {
        validate = request_schemas_ajv.compile(REQUEST_SCHEMAS[schemaName]);
        validators.set(schemaName, validate);
    }
    if (!validate(body))
        throw invalidRequest(`Invalid ${schemaName} body: ${describe(validate.errors)}`);
    return body;
}

;// CONCATENATED MODULE: ./src/emulator/routes/context-kinds.ts
// Context kinds per project: `GET /api/v2/projects/{p}/context-kinds` (`ContextKindsCollectionRep`: all of them,
// unpaged, the collection has no paging parameters) and `PUT …/context-kinds/{key}` (create or update; answers
// `UpsertResponseRep`). A project holds the kinds created with PUT or seeded (`user` from the start); like
// LaunchDarkly's "auto-add", a kind also exists once something in the project uses it (metric randomization units,
// segment targets and rule clauses, a big segment's context kind).




function kindsUsedIn(record) {
    const kinds = new Set();
    const add = (kind) => {
        if (typeof kind === "string" && kind !== "")
            kinds.add(kind);
    };
    for (const metric of record.metrics.values()) {
        for (const unit of metric.randomizationUnits ?? [])
            add(unit);
        for (const unit of metric.analysisUnits ?? [])
            add(unit);
    }
    for (const environment of record.environments.values()) {
        for (const { segment } of environment.segments.values()) {
            add(segment.unboundedContextKind);
            for (const target of [...(segment.includedContexts ?? []), ...(segment.excludedContexts ?? [])]) {
                add(target.contextKind);
            }
            for (const rule of segment.rules ?? []) {
                add(rule.rolloutContextKind);
                for (const clause of rule.clauses ?? [])
                    add(clause.contextKind);
            }
        }
    }
    return kinds;
}
/** The project's kinds: the stored ones, then the ones added automatically because something uses them. */
function contextKindsOf(record) {
    const created = record.project.creationDate;
    const createdAt = typeof created === "number" ? created : 0;
    const added = [...kindsUsedIn(record)]
        .filter((key) => !record.contextKinds.has(key))
        .map((key) => buildContextKind(record.project.key, { key, name: key, createdFrom: key === "user" ? "default" : "auto-add" }, createdAt));
    return [...record.contextKinds.values(), ...added];
}
function registerContextKindRoutes(router) {
    router.add("GET", "/api/v2/projects/{projectKey}/context-kinds", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        return {
            status: 200,
            body: {
                items: contextKindsOf(project),
                _links: { self: representations_link(hrefs.contextKinds(project.project.key)) },
            },
        };
    });
    router.add("PUT", "/api/v2/projects/{projectKey}/context-kinds/{key}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const key = context.params.key;
        if (!isValidKey(key))
            throw invalidRequest(`Invalid context kind key "${key}"`);
        if (key === "kind" || key === "multi")
            throw invalidRequest(`"${key}" cannot be a context kind key`);
        const body = assertRequestBody("UpsertContextKindPayload", context.body);
        if (body.name.trim() === "")
            throw invalidRequest("name must not be empty");
        const current = project.contextKinds.get(key);
        const now = context.store.clock.now();
        const archived = body.archived ?? body.hideInTargeting ?? current?.archived ?? false;
        const next = buildContextKind(project.project.key, {
            ...current,
            key,
            name: body.name,
            description: body.description ?? current?.description ?? "",
            archived,
            hideInTargeting: archived,
            version: body.version ?? (current ? (current.version ?? 0) + 1 : 1),
            creationDate: current?.creationDate ?? now,
            lastModified: now,
            createdFrom: current?.createdFrom ?? "manual",
        }, now);
        project.contextKinds.set(key, next);
        return {
            status: 200,
            body: {
                status: current ? "updated" : "created",
                _links: { self: representations_link(hrefs.contextKind(project.project.key, key)) },
            },
        };
    });
}

// EXTERNAL MODULE: ./node_modules/fast-json-patch/index.js
var fast_json_patch = __webpack_require__(25952);
var fast_json_patch_default = /*#__PURE__*/__webpack_require__.n(fast_json_patch);
;// CONCATENATED MODULE: ./src/emulator/json-patch.ts
// RFC 6902 JSON Patch on one resource, all or nothing.
// A failed `test` operation answers 409 `optimistic_locking_error`: LaunchDarkly documents `test` on `/version` as
// the way to guard concurrent updates ("Updates using JSON patch") and names 409 "conflicts with a concurrent API
// request" with `optimistic_locking_error` as the StatusConflictErrorRep example code. The document does not show
// the answer to a failed test explicitly; this is the emulator's reading of it (docs/emulator.md).


const { applyOperation, JsonPatchError } = (fast_json_patch_default());
const OPERATIONS = new Set(["add", "remove", "replace", "move", "copy", "test"]);
/**
 * Applies `operations` to a deep copy of `resource` and returns the copy. `readOnly` lists top-level fields a
 * patch may not change (LaunchDarkly: fields starting with `_` are not editable, nor are keys and versions).
 */
function applyJsonPatch(resource, operations, readOnly) {
    for (const [index, operation] of operations.entries()) {
        if (!OPERATIONS.has(operation.op))
            throw invalidRequest(`patch[${index}]: unknown op "${operation.op}"`);
        if (operation.op === "test")
            continue;
        for (const target of [operation.path, operation.op === "move" ? operation.from : undefined]) {
            if (target === undefined)
                continue;
            const field = target.split("/")[1] ?? "";
            if (target === "" || field.startsWith("_") || readOnly.has(field)) {
                throw invalidRequest(`patch[${index}]: ${target || "/"} cannot be modified`);
            }
        }
    }
    let document = structuredClone(resource);
    // One operation at a time so errors name the real operation: fast-json-patch's validator reports index 0 for
    // every operation. The copy is discarded on any error, so the patch stays all or nothing.
    for (const [index, operation] of operations.entries()) {
        try {
            document = applyOperation(document, operation, true, true).newDocument;
        }
        catch (error) {
            if (!(error instanceof JsonPatchError))
                throw error;
            if (error.name === "TEST_OPERATION_FAILED") {
                throw new EmulatorHttpError(409, "optimistic_locking_error", `Conflict: test operation on ${operation.path} failed (expected ${JSON.stringify(operation.value)})`);
            }
            throw invalidRequest(`Invalid JSON patch at operation ${index}: ${error.message.split("\n")[0]}`);
        }
    }
    return document;
}

;// CONCATENATED MODULE: ./src/emulator/pagination.ts


function integerParam(query, name) {
    const raw = query.get(name);
    if (raw === null)
        return undefined;
    if (!/^-?\d+$/.test(raw.trim()))
        throw invalidRequest(`${name} must be an integer, got "${raw}"`);
    return Number.parseInt(raw, 10);
}
function parsePage(query, defaultLimit, maxLimit) {
    const limit = integerParam(query, "limit") ?? defaultLimit;
    const offset = integerParam(query, "offset") ?? 0;
    if (limit < 1)
        throw invalidRequest(`limit must be at least 1, got ${limit}`);
    if (limit > maxLimit)
        throw invalidRequest(`limit must be at most ${maxLimit}, got ${limit}`);
    if (offset < 0)
        throw invalidRequest(`offset must not be negative, got ${offset}`);
    return { limit, offset };
}
/**
 * Links for one page. Other query parameters (e.g. `expand`) are kept in every link so that following
 * `next` gives the same kind of page.
 */
function pageLinks(basePath, query, page, totalCount) {
    const href = (offset) => {
        const params = new URLSearchParams(query);
        params.set("limit", String(page.limit));
        params.set("offset", String(offset));
        return `${basePath}?${params.toString()}`;
    };
    const lastOffset = totalCount === 0 ? 0 : Math.floor((totalCount - 1) / page.limit) * page.limit;
    const links = {
        first: representations_link(href(0)),
        last: representations_link(href(lastOffset)),
        self: representations_link(href(page.offset)),
    };
    if (page.offset + page.limit < totalCount)
        links.next = representations_link(href(page.offset + page.limit));
    if (page.offset > 0)
        links.prev = representations_link(href(Math.max(0, page.offset - page.limit)));
    return links;
}
/** A page of a Map's values in insertion order, without copying the whole collection. */
function pageOfValues(values, page) {
    const out = [];
    if (page.offset >= values.size)
        return out;
    let index = 0;
    for (const value of values.values()) {
        if (index >= page.offset) {
            out.push(value);
            if (out.length === page.limit)
                break;
        }
        index++;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/emulator/routes/flags.ts
// Flags per project: create (`FeatureFlagBody`), list (`env=…`, `summary=0`), read, JSON Patch (environment
// rules, prerequisites, on/off through `/environments/{env}/…`) and delete. Enough for seeding the flags that
// use segments; semantic patches on flags are not emulated.









const READ_ONLY_FLAG_FIELDS = new Set(["key", "kind", "creationDate", "experiments"]);
function requireFlag(project, flagKey) {
    const flag = project.flags.get(flagKey);
    if (!flag)
        throw notFound(`Unknown flag key "${flagKey}" in project "${project.project.key}"`);
    return flag;
}
/** `prerequisites` of a flag environment must name other existing flags and one of their variations. */
function checkFlag(project, flag) {
    if (typeof flag.name !== "string" || flag.name === "")
        throw invalidRequest("name must be a non-empty string");
    for (const [environmentKey, config] of Object.entries(flag.environments ?? {})) {
        if (!project.environments.has(environmentKey))
            throw invalidRequest(`Unknown environment "${environmentKey}" in flag "${flag.key}"`);
        if (typeof config.on !== "boolean")
            throw invalidRequest(`environments/${environmentKey}/on must be a boolean`);
        for (const [index, rule] of (config.rules ?? []).entries()) {
            if (!rule || !Array.isArray(rule.clauses))
                throw invalidRequest(`environments/${environmentKey}/rules/${index}/clauses must be an array`);
            for (const clause of rule.clauses) {
                if (typeof clause?.attribute !== "string" ||
                    typeof clause.op !== "string" ||
                    !Array.isArray(clause.values))
                    throw invalidRequest(`environments/${environmentKey}/rules/${index}: a clause needs attribute, op and values`);
            }
        }
        for (const prerequisite of config.prerequisites ?? []) {
            const other = project.flags.get(prerequisite?.key);
            if (!other || other.key === flag.key)
                throw invalidRequest(`prerequisite "${prerequisite?.key}" is not another flag of this project`);
            if (!Number.isInteger(prerequisite.variation) || !other.variations[prerequisite.variation])
                throw invalidRequest(`prerequisite "${prerequisite.key}" has no variation ${prerequisite.variation}`);
        }
    }
}
function environmentKeys(query) {
    return query
        .getAll("env")
        .flatMap((value) => value.split(","))
        .filter((key) => key !== "");
}
function registerFlagRoutes(router) {
    router.add("GET", "/api/v2/flags/{projectKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const page = parsePage(context.query, limits/* DEFAULT_PAGE_SIZE */.yQ.flags, limits/* MAX_PAGE_SIZE */.H4.flags);
        const envs = environmentKeys(context.query);
        for (const key of envs)
            if (!project.environments.has(key))
                throw invalidRequest(`Unknown environment "${key}"`);
        // `summary=0` only has an effect together with `env`.
        const details = context.query.get("summary") === "0" || context.query.get("summary") === "false";
        const live = [...project.flags.values()].filter((flag) => !flag.archived);
        const items = live
            .slice(page.offset, page.offset + page.limit)
            .map((flag) => flagView(flag, envs, details));
        return {
            status: 200,
            body: {
                items,
                _links: pageLinks(hrefs.flags(project.project.key), context.query, page, live.length),
                totalCount: live.length,
            },
        };
    });
    router.add("POST", "/api/v2/flags/{projectKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const body = assertRequestBody("FeatureFlagBody", context.body);
        if (!isValidKey(body.key))
            throw invalidRequest(`Invalid flag key "${body.key}"`);
        if (project.flags.has(body.key))
            throw conflict(`A flag with key "${body.key}" already exists`);
        const prerequisites = (body.initialPrerequisites ?? []).map(({ key, variationId }) => {
            const variation = project.flags.get(key)?.variations.findIndex((v) => v._id === variationId) ?? -1;
            if (variation < 0)
                throw invalidRequest(`initialPrerequisites: no flag "${key}" with variation "${variationId}"`);
            return { key, variation };
        });
        const variations = body.variations;
        if (variations !== undefined && variations.length < 2)
            throw invalidRequest("a flag needs at least two variations");
        const flag = buildFlag(project, { ...body, prerequisites }, context.store.clock.now());
        project.flags.set(flag.key, flag);
        return { status: 201, body: flag };
    });
    router.add("GET", "/api/v2/flags/{projectKey}/{featureFlagKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const flag = requireFlag(project, context.params.featureFlagKey);
        const envs = environmentKeys(context.query);
        return {
            status: 200,
            body: flagView(flag, envs.length > 0 ? envs : [...project.environments.keys()], true),
        };
    });
    router.add("PATCH", "/api/v2/flags/{projectKey}/{featureFlagKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const current = requireFlag(project, context.params.featureFlagKey);
        if (isSemanticPatch(context.contentType))
            throw invalidRequest("The emulator takes JSON Patch ({patch, comment}) on flags, not semantic patches");
        const wrapped = assertRequestBody("PatchWithComment", context.body);
        const next = applyJsonPatch(current, wrapped.patch, READ_ONLY_FLAG_FIELDS);
        const now = context.store.clock.now();
        completeFlagEnvironments(project, next, now);
        checkFlag(project, next);
        if (JSON.stringify(next) === JSON.stringify(current))
            return { status: 200, body: current };
        if (context.query.get("dryRun") === "true")
            return { status: 200, body: next };
        next._version = current._version + 1;
        for (const [key, config] of Object.entries(next.environments ?? {})) {
            if (JSON.stringify(config) === JSON.stringify(current.environments?.[key]))
                continue;
            config.version = (current.environments?.[key]?.version ?? 0) + 1;
            config.lastModified = now;
        }
        project.flags.set(next.key, next);
        return { status: 200, body: next };
    });
    router.add("DELETE", "/api/v2/flags/{projectKey}/{featureFlagKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const flag = requireFlag(project, context.params.featureFlagKey);
        project.flags.delete(flag.key);
        return { status: 204 };
    });
}

// EXTERNAL MODULE: ./src/model/metric.ts
var model_metric = __webpack_require__(47413);
;// CONCATENATED MODULE: ./src/emulator/routes/metrics.ts
// Metrics per project. POST takes `MetricPost`; PATCH takes a bare JSON Patch array; `_version` and `_versionId`
// change on every change. Defaults from the OpenAPI descriptions: `tags` [], `dataSource` "launchdarkly",
// `eventDefault.disabled` false with `value` 0; `randomizationUnits` ["user"] (the schema's example).











const READ_ONLY_METRIC_FIELDS = new Set([
    "key",
    "experimentCount",
    "activeExperimentCount",
    "activeGuardedRolloutCount",
    "experiments",
    "metricGroupCount",
    "lastModified",
    "isActive",
]);
/** Rules the `MetricPost` descriptions state per kind ("Required for click metrics only", ...). */
function checkMetricDefinition(metric) {
    if (typeof metric.key !== "string" || !isValidKey(metric.key))
        throw invalidRequest(`Invalid metric key "${metric.key}"`);
    if (metric.kind !== "pageview" && metric.kind !== "click" && metric.kind !== "custom") {
        throw invalidRequest("kind must be one of pageview, click, custom");
    }
    if (typeof metric.name !== "string" || metric.name === "")
        throw invalidRequest("name must be a non-empty string");
    if (!Array.isArray(metric.tags) || !metric.tags.every((tag) => typeof tag === "string")) {
        throw invalidRequest("tags must be an array of strings");
    }
    if (metric.kind === "click" && !metric.selector)
        throw invalidRequest("click metrics require selector");
    if ((metric.kind === "click" || metric.kind === "pageview") && (!metric.urls || metric.urls.length === 0)) {
        throw invalidRequest(`${metric.kind} metrics require urls`);
    }
    if (metric.kind === "custom") {
        if (!metric.eventKey)
            throw invalidRequest("custom metrics require eventKey");
        if (typeof metric.isNumeric !== "boolean")
            throw invalidRequest("custom metrics require isNumeric");
        if (metric.isNumeric && !metric.successCriteria)
            throw invalidRequest("numeric custom metrics require successCriteria");
    }
    else {
        for (const field of ["eventKey", "isNumeric", "unit"]) {
            if (metric[field] !== undefined)
                throw invalidRequest(`${field} applies to custom metrics only`);
        }
    }
    if (metric.unit !== undefined && !metric.isNumeric)
        throw invalidRequest("unit applies to numeric custom metrics only");
    if (metric.analysisType === "percentile" && metric.percentileValue === undefined) {
        throw invalidRequest("percentileValue is required when analysisType is percentile");
    }
    if (metric.percentileValue !== undefined && (metric.percentileValue < 0 || metric.percentileValue > 100)) {
        throw invalidRequest("percentileValue must be between 0 and 100");
    }
}
function requireMetric(project, metricKey) {
    const metric = project.metrics.get(metricKey);
    if (!metric)
        throw notFound(`Unknown metric key "${metricKey}" in project "${project.project.key}"`);
    return metric;
}
function buildMetric(projectKey, body, now) {
    const metric = {
        experimentCount: 0,
        metricGroupCount: 0,
        _id: newObjectId(),
        _versionId: newUuid(),
        _version: 1,
        key: body.key,
        name: body.name ?? body.key,
        kind: body.kind,
        _attachedFlagCount: 0,
        _links: metricLinks(projectKey, body.key),
        tags: body.tags ?? [],
        _creationDate: now,
        lastModified: { date: new Date(now).toISOString() },
        randomizationUnits: body.randomizationUnits ?? ["user"],
        eventDefault: {
            disabled: body.eventDefault?.disabled ?? false,
            value: body.eventDefault?.value ?? 0,
        },
        dataSource: body.dataSource ?? { key: "launchdarkly" },
    };
    // The remaining `MetricPost` fields, as given.
    for (const field of model_metric/* METRIC_DEFINITION_FIELDS */.n) {
        if (!(field in metric) && body[field] !== undefined)
            metric[field] = body[field];
    }
    return metric;
}
function expanded(query) {
    return new Set(query
        .getAll("expand")
        .flatMap((value) => value.split(","))
        .map((part) => part.trim()));
}
/**
 * The metric with the usage fields LaunchDarkly derives from experiments and guarded rollouts: counts always,
 * `experiments` (`DependentExperimentRep`s) on `expand=experiments`.
 */
function metricView(project, metric, expand) {
    const experiments = project.experiments.filter((e) => e.metrics.includes(metric.key));
    const rollouts = project.guardedRollouts.filter((r) => r.metrics.includes(metric.key));
    const view = {
        ...metric,
        experimentCount: experiments.length,
        activeExperimentCount: experiments.filter((e) => e.running && e.archivedDate === undefined).length,
        activeGuardedRolloutCount: rollouts.filter((r) => r.status === "monitoring").length,
    };
    if (expand.has("experiments")) {
        view.experiments = experiments.map((e) => {
            const environment = project.environments.get(e.environmentKey)?.environment;
            return {
                key: e.key,
                name: e.name,
                environmentId: environment?._id ?? e.environmentKey,
                environmentKey: e.environmentKey,
                creationDate: e.creationDate ?? metric._creationDate,
                ...(e.archivedDate !== undefined ? { archivedDate: e.archivedDate } : {}),
                _links: {
                    self: {
                        href: `/api/v2/projects/${encodeURIComponent(project.project.key)}/environments/${encodeURIComponent(e.environmentKey)}/experiments/${encodeURIComponent(e.key)}`,
                        type: "application/json",
                    },
                },
            };
        });
    }
    return view;
}
function registerMetricRoutes(router) {
    router.add("GET", "/api/v2/metrics/{projectKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const page = parsePage(context.query, limits/* DEFAULT_PAGE_SIZE */.yQ.metrics, limits/* MAX_PAGE_SIZE */.H4.metrics);
        return {
            status: 200,
            body: {
                items: pageOfValues(project.metrics, page).map((metric) => metricView(project, metric, new Set())),
                _links: pageLinks(hrefs.metrics(project.project.key), context.query, page, project.metrics.size),
                totalCount: project.metrics.size,
            },
        };
    });
    router.add("POST", "/api/v2/metrics/{projectKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const body = assertRequestBody("MetricPost", context.body);
        checkMetricDefinition({ ...body, name: body.name ?? body.key, tags: body.tags ?? [] });
        if (project.metrics.has(body.key))
            throw conflict(`A metric with key "${body.key}" already exists`);
        const now = context.store.clock.now();
        const metric = buildMetric(project.project.key, body, now);
        project.metrics.set(body.key, metric);
        audit(context, project.project.key, metric, ["createMetric"], "created the metric", now);
        return { status: 201, body: metric };
    });
    router.add("GET", "/api/v2/metrics/{projectKey}/{metricKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const metric = requireMetric(project, context.params.metricKey);
        return { status: 200, body: metricView(project, metric, expanded(context.query)) };
    });
    router.add("PATCH", "/api/v2/metrics/{projectKey}/{metricKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const current = requireMetric(project, context.params.metricKey);
        if (!Array.isArray(context.body)) {
            throw invalidRequest("Metric PATCH takes a bare JSON Patch array (no {patch, comment} wrapper)");
        }
        const patch = assertRequestBody("JSONPatch", context.body);
        const next = applyJsonPatch(current, patch, READ_ONLY_METRIC_FIELDS);
        checkMetricDefinition(next);
        if (JSON.stringify(next) === JSON.stringify(current))
            return { status: 200, body: current };
        const now = context.store.clock.now();
        next._version = (current._version ?? 1) + 1;
        next._versionId = newUuid();
        next.lastModified = { date: new Date(now).toISOString() };
        project.metrics.set(current.key, next);
        audit(context, project.project.key, next, ["updateMetric"], "updated the metric", now);
        return { status: 200, body: next };
    });
    router.add("DELETE", "/api/v2/metrics/{projectKey}/{metricKey}", (context) => {
        const project = requireProject(context.store, context.params.projectKey);
        const metric = requireMetric(project, context.params.metricKey);
        project.metrics.delete(metric.key);
        audit(context, project.project.key, metric, ["deleteMetric"], "deleted the metric");
        return { status: 204 };
    });
}
function audit(context, projectKey, metric, actions, titleVerb, now) {
    recordAudit(context, {
        kind: "metric",
        resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({ type: "metric", project: projectKey, key: metric.key }),
        name: metric.name,
        actions,
        titleVerb,
    }, now);
}

;// CONCATENATED MODULE: ./src/emulator/routes/projects.ts
// Projects and environments: `POST/GET /api/v2/projects`, `GET/DELETE /api/v2/projects/{p}`,
// `GET/POST /api/v2/projects/{p}/environments`, `GET/DELETE .../environments/{e}`.









function expands(context, field) {
    return (context.query.get("expand") ?? "")
        .split(",")
        .map((part) => part.trim())
        .includes(field);
}
function environmentsPage(record) {
    return {
        _links: { self: representations_link(hrefs.environments(record.project.key)) },
        totalCount: record.environments.size,
        items: [...record.environments.values()].map((environment) => environment.environment),
    };
}
function projectView(record, withEnvironments) {
    return withEnvironments ? { ...record.project, environments: environmentsPage(record) } : record.project;
}
function registerProjectRoutes(router) {
    router.add("GET", "/api/v2/projects", (context) => {
        const page = parsePage(context.query, limits/* DEFAULT_PAGE_SIZE */.yQ.projects, limits/* MAX_PAGE_SIZE */.H4.projects);
        const withEnvironments = expands(context, "environments");
        const items = pageOfValues(context.store.projects, page).map((record) => projectView(record, withEnvironments));
        return {
            status: 200,
            body: {
                _links: pageLinks(hrefs.projects(), context.query, page, context.store.projects.size),
                items,
                totalCount: context.store.projects.size,
            },
        };
    });
    router.add("POST", "/api/v2/projects", (context) => {
        const body = assertRequestBody("ProjectPost", context.body);
        if (!isValidKey(body.key))
            throw invalidRequest(`Invalid project key "${body.key}"`);
        if (context.store.projects.has(body.key))
            throw conflict(`A project with key "${body.key}" already exists`);
        const environmentInputs = body.environments ?? DEFAULT_ENVIRONMENTS;
        const seen = new Set();
        for (const environment of environmentInputs) {
            if (!isValidKey(environment.key))
                throw invalidRequest(`Invalid environment key "${environment.key}"`);
            if (seen.has(environment.key))
                throw invalidRequest(`Duplicate environment key "${environment.key}"`);
            seen.add(environment.key);
        }
        const project = buildProject(body);
        const record = emptyProjectRecord(project);
        const kind = defaultContextKind(project.key, context.store.clock.now());
        record.contextKinds.set(kind.key, kind);
        for (const input of environmentInputs) {
            record.environments.set(input.key, {
                environment: buildEnvironment(body.key, input),
                segments: new Map(),
            });
        }
        context.store.projects.set(body.key, record);
        recordAudit(context, {
            kind: "project",
            resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({ type: "project", project: body.key }),
            name: body.name,
            actions: ["createProject"],
            titleVerb: "created the project",
            comment: commentOf(context.body),
        });
        return {
            status: 201,
            body: { ...project, environments: [...record.environments.values()].map((e) => e.environment) },
        };
    });
    router.add("GET", "/api/v2/projects/{projectKey}", (context) => {
        const record = requireProject(context.store, context.params.projectKey);
        return { status: 200, body: projectView(record, expands(context, "environments")) };
    });
    router.add("DELETE", "/api/v2/projects/{projectKey}", (context) => {
        const record = requireProject(context.store, context.params.projectKey);
        context.store.projects.delete(record.project.key);
        recordAudit(context, {
            kind: "project",
            resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({ type: "project", project: record.project.key }),
            name: record.project.name,
            actions: ["deleteProject"],
            titleVerb: "deleted the project",
        });
        return { status: 204 };
    });
    router.add("GET", "/api/v2/projects/{projectKey}/environments", (context) => {
        const record = requireProject(context.store, context.params.projectKey);
        const page = parsePage(context.query, limits/* DEFAULT_PAGE_SIZE */.yQ.environments, limits/* MAX_PAGE_SIZE */.H4.environments);
        const items = pageOfValues(record.environments, page).map((environment) => environment.environment);
        return {
            status: 200,
            body: {
                _links: pageLinks(hrefs.environments(record.project.key), context.query, page, record.environments.size),
                totalCount: record.environments.size,
                items,
            },
        };
    });
    router.add("POST", "/api/v2/projects/{projectKey}/environments", (context) => {
        const record = requireProject(context.store, context.params.projectKey);
        const body = assertRequestBody("EnvironmentPost", context.body);
        if (!isValidKey(body.key))
            throw invalidRequest(`Invalid environment key "${body.key}"`);
        if (record.environments.has(body.key)) {
            throw conflict(`An environment with key "${body.key}" already exists in project "${record.project.key}"`);
        }
        const environment = buildEnvironment(record.project.key, body);
        const segments = new Map();
        // `source` clones the source environment's segments (LaunchDarkly copies its flag and segment settings).
        if (body.source?.key) {
            const source = record.environments.get(body.source.key);
            if (!source)
                throw invalidRequest(`Unknown source environment "${body.source.key}"`);
            for (const [key, segment] of source.segments) {
                const copy = structuredClone(segment);
                copy.segment._links = segmentLinks(record.project.key, body.key, key);
                segments.set(key, copy);
            }
        }
        record.environments.set(body.key, { environment, segments });
        recordAudit(context, {
            kind: "environment",
            resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({
                type: "environment",
                project: record.project.key,
                environment: body.key,
            }),
            name: body.name,
            actions: ["createEnvironment"],
            titleVerb: "created the environment",
        });
        return { status: 201, body: environment };
    });
    router.add("GET", "/api/v2/projects/{projectKey}/environments/{environmentKey}", (context) => {
        const { projectKey, environmentKey } = context.params;
        return { status: 200, body: requireEnvironment(context.store, projectKey, environmentKey).environment };
    });
    router.add("DELETE", "/api/v2/projects/{projectKey}/environments/{environmentKey}", (context) => {
        const { projectKey, environmentKey } = context.params;
        const environment = requireEnvironment(context.store, projectKey, environmentKey);
        requireProject(context.store, projectKey).environments.delete(environmentKey);
        recordAudit(context, {
            kind: "environment",
            resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({
                type: "environment",
                project: projectKey,
                environment: environmentKey,
            }),
            name: environment.environment.name,
            actions: ["deleteEnvironment"],
            titleVerb: "deleted the environment",
        });
        return { status: 204 };
    });
}

;// CONCATENATED MODULE: ./src/emulator/routes/roles.ts
// Custom roles (account-wide). PATCH takes `{patch, comment}`; `basePermissions` defaults to `no_access`;
// roles carry no version field.










const READ_ONLY_ROLE_FIELDS = new Set(["key", "resourceCategory", "assignedTo"]);
const STATEMENT_FIELDS = new Set(["effect", "resources", "notResources", "actions", "notActions"]);
/** `Statement` rules from the schema descriptions: resources xor notResources, actions xor notActions. */
function checkRole(role) {
    if (typeof role.name !== "string" || role.name === "")
        throw invalidRequest("name must be a non-empty string");
    if (role.description !== undefined && typeof role.description !== "string") {
        throw invalidRequest("description must be a string");
    }
    if (role.basePermissions !== "reader" && role.basePermissions !== "no_access") {
        throw invalidRequest("basePermissions must be reader or no_access");
    }
    if (!Array.isArray(role.policy))
        throw invalidRequest("policy must be an array of statements");
    role.policy.forEach((statement, index) => {
        if (!statement || typeof statement !== "object")
            throw invalidRequest(`policy[${index}] must be a statement object`);
        for (const field of Object.keys(statement)) {
            if (!STATEMENT_FIELDS.has(field))
                throw invalidRequest(`policy[${index}]: unknown field "${field}"`);
        }
        if (statement.effect !== "allow" && statement.effect !== "deny") {
            throw invalidRequest(`policy[${index}].effect must be allow or deny`);
        }
        const has = (field) => Array.isArray(statement[field]) && statement[field].length > 0;
        if (has("resources") === has("notResources")) {
            throw invalidRequest(`policy[${index}] needs exactly one of resources or notResources`);
        }
        if (has("actions") === has("notActions")) {
            throw invalidRequest(`policy[${index}] needs exactly one of actions or notActions`);
        }
    });
}
function requireRole(context) {
    const key = context.params.customRoleKey;
    const role = context.store.roles.get(key);
    if (!role)
        throw notFound(`Unknown custom role key "${key}"`);
    return role;
}
function roles_audit(context, role, action, titleVerb, comment) {
    recordAudit(context, {
        kind: "role",
        resource: (0,format_resource_specifier/* resourceSpecifierFor */.c)({ type: "role", key: role.key }),
        name: role.name,
        actions: [action],
        titleVerb,
        comment,
    });
}
function registerRoleRoutes(router) {
    router.add("GET", "/api/v2/roles", (context) => {
        const page = parsePage(context.query, limits/* DEFAULT_PAGE_SIZE */.yQ.roles, limits/* MAX_PAGE_SIZE */.H4.roles);
        return {
            status: 200,
            body: {
                _links: pageLinks(hrefs.roles(), context.query, page, context.store.roles.size),
                items: pageOfValues(context.store.roles, page),
                totalCount: context.store.roles.size,
            },
        };
    });
    router.add("POST", "/api/v2/roles", (context) => {
        const body = assertRequestBody("CustomRolePost", context.body);
        if (!isValidKey(body.key))
            throw invalidRequest(`Invalid custom role key "${body.key}"`);
        if (context.store.roles.has(body.key))
            throw conflict(`A custom role with key "${body.key}" already exists`);
        const role = {
            _id: newObjectId(),
            _links: roleLinks(body.key),
            key: body.key,
            name: body.name,
            policy: body.policy,
            basePermissions: body.basePermissions ?? "no_access",
        };
        if (body.description !== undefined)
            role.description = body.description;
        if (body.resourceCategory !== undefined)
            role.resourceCategory = body.resourceCategory;
        checkRole(role);
        context.store.roles.set(role.key, role);
        roles_audit(context, role, "createRole", "created the role", commentOf(context.body));
        return { status: 201, body: role };
    });
    router.add("GET", "/api/v2/roles/{customRoleKey}", (context) => ({
        status: 200,
        body: requireRole(context),
    }));
    router.add("PATCH", "/api/v2/roles/{customRoleKey}", (context) => {
        const current = requireRole(context);
        if (Array.isArray(context.body)) {
            throw invalidRequest("Custom role PATCH takes {patch, comment}, not a bare JSON Patch array");
        }
        const body = assertRequestBody("PatchWithComment", context.body);
        const next = applyJsonPatch(current, body.patch, READ_ONLY_ROLE_FIELDS);
        checkRole(next);
        if (JSON.stringify(next) === JSON.stringify(current))
            return { status: 200, body: current };
        context.store.roles.set(current.key, next);
        roles_audit(context, next, "updatePolicy", "updated the role", body.comment);
        return { status: 200, body: next };
    });
    router.add("DELETE", "/api/v2/roles/{customRoleKey}", (context) => {
        const role = requireRole(context);
        context.store.roles.delete(role.key);
        roles_audit(context, role, "deleteRole", "deleted the role");
        return { status: 204 };
    });
}

// EXTERNAL MODULE: ./src/launchdarkly/operators.ts
var operators = __webpack_require__(44825);
// EXTERNAL MODULE: ./src/launchdarkly/segment-instructions.ts
var segment_instructions = __webpack_require__(80799);
;// CONCATENATED MODULE: ./src/emulator/segment-semantic-patch.ts
// Segment semantic patch: every instruction kind in ../shared/launchdarkly/segment-semantic-patch.md, applied to a
// copy of the segment so that a request is all or nothing. Targets of context kind "user" live in the legacy
// `included`/`excluded` arrays, other kinds in `includedContexts`/`excludedContexts`.






/**
 * Parameters each instruction kind takes (besides `kind`). The custom-role action each needs is the client's
 * (`segmentInstructionAction`), so the audit log, the policy check and the client's 403 hints agree.
 */
const INSTRUCTIONS = {
    addTags: { parameters: ["values"] },
    removeTags: { parameters: ["values"] },
    updateName: { parameters: ["value"] },
    addIncludedTargets: { parameters: ["contextKind", "values"] },
    removeIncludedTargets: { parameters: ["contextKind", "values"] },
    addExcludedTargets: { parameters: ["contextKind", "values"] },
    removeExcludedTargets: { parameters: ["contextKind", "values"] },
    addIncludedUsers: { parameters: ["values"] },
    removeIncludedUsers: { parameters: ["values"] },
    addExcludedUsers: { parameters: ["values"] },
    removeExcludedUsers: { parameters: ["values"] },
    addRule: { parameters: ["clauses", "description"] },
    removeRule: { parameters: ["ruleId"] },
    reorderRules: { parameters: ["ruleIds"] },
    updateRuleDescription: { parameters: ["ruleId", "description"] },
    updateRuleRolloutAndContextKind: { parameters: ["ruleId", "weight", "contextKind"] },
    addClauses: { parameters: ["ruleId", "clauses"] },
    removeClauses: { parameters: ["ruleId", "clauseIds"] },
    updateClause: { parameters: ["ruleId", "clauseId", "clause"] },
    addValuesToClause: { parameters: ["ruleId", "clauseId", "values"] },
    removeValuesFromClause: { parameters: ["ruleId", "clauseId", "values"] },
    addBigSegmentIncludedTargets: { parameters: ["values"] },
    removeBigSegmentIncludedTargets: { parameters: ["values"] },
    addBigSegmentExcludedTargets: { parameters: ["values"] },
    removeBigSegmentExcludedTargets: { parameters: ["values"] },
    processBigSegmentImport: { parameters: ["importId"] },
};
const SEGMENT_INSTRUCTION_KINDS = Object.keys(INSTRUCTIONS);
/** The parameters each kind takes, for the test that holds this table to segment-semantic-patch.md. */
const SEGMENT_INSTRUCTION_PARAMETERS = Object.fromEntries(Object.entries(INSTRUCTIONS).map(([kind, { parameters }]) => [kind, parameters]));
function fail(index, kind, message) {
    throw invalidRequest(`instructions[${index}] (${kind}): ${message}`);
}
/** Applies every instruction to a copy of the segment; throws 400 `invalid_request` and changes nothing on any error. */
function applySegmentSemanticPatch(input) {
    const { instructions } = input;
    if (!Array.isArray(instructions) || instructions.length === 0) {
        throw invalidRequest("instructions must be a non-empty array");
    }
    const unbounded = input.segment.unbounded === true;
    // Validate kinds and parameters, and the per-request target-operation budget, before touching anything.
    let targetOperations = 0;
    const list = instructions;
    list.forEach((instruction, index) => {
        if (!instruction || typeof instruction !== "object" || typeof instruction.kind !== "string") {
            fail(index, "?", "each instruction must be an object with a string kind");
        }
        // Own keys only: `constructor` or `toString` is an unknown kind, not an inherited property.
        const spec = Object.hasOwn(INSTRUCTIONS, instruction.kind) ? INSTRUCTIONS[instruction.kind] : undefined;
        if (!spec) {
            fail(index, instruction.kind, `unknown instruction kind; segment semantic patch takes ${SEGMENT_INSTRUCTION_KINDS.join(", ")}`);
        }
        for (const name of Object.keys(instruction)) {
            if (name !== "kind" && !spec.parameters.includes(name)) {
                fail(index, instruction.kind, `unknown parameter "${name}" (takes ${spec.parameters.join(", ")})`);
            }
        }
        if (segment_instructions/* TARGET_INSTRUCTION_KINDS */.Hu.has(instruction.kind)) {
            if (unbounded) {
                fail(index, instruction.kind, "big segments take the *BigSegment* instructions or POST .../contexts");
            }
            targetOperations += Array.isArray(instruction.values) ? instruction.values.length : 0;
        }
        else if (instruction.kind.includes("BigSegment") && !unbounded) {
            fail(index, instruction.kind, "only big (unbounded) segments take big-segment instructions");
        }
    });
    if (targetOperations > limits/* MAX_TARGET_OPERATIONS_PER_PATCH */.Pc) {
        throw invalidRequest(`too many target operations in one request: ${targetOperations} (at most ${limits/* MAX_TARGET_OPERATIONS_PER_PATCH */.Pc}); split the change into batches`);
    }
    const segment = structuredClone(input.segment);
    const targets = new TargetSets(segment);
    let bigIncluded;
    let bigExcluded;
    const big = () => {
        bigIncluded ??= new Set(input.bigIncluded);
        bigExcluded ??= new Set(input.bigExcluded);
        return { included: bigIncluded, excluded: bigExcluded };
    };
    const actions = new Set();
    const processedImports = [];
    /** Context kinds whose targets gained keys, and whether big-segment targets did: checked for overlap at the end. */
    const addedKinds = new Set();
    let bigAdded = false;
    list.forEach((instruction, index) => {
        const kind = instruction.kind;
        const ctx = new InstructionReader(instruction, index);
        // Every kind in INSTRUCTIONS has an action (test/emulator/segments.test.ts holds the tables together).
        actions.add((0,request_actions/* segmentInstructionAction */.eo)(kind));
        switch (kind) {
            case "addTags": {
                const tags = new Set(segment.tags);
                for (const value of ctx.strings("values"))
                    tags.add(value);
                segment.tags = [...tags];
                break;
            }
            case "removeTags": {
                const remove = new Set(ctx.strings("values"));
                segment.tags = segment.tags.filter((tag) => !remove.has(tag));
                break;
            }
            case "updateName":
                segment.name = ctx.nonEmptyString("value");
                break;
            case "addIncludedTargets":
            case "addExcludedTargets":
            case "addIncludedUsers":
            case "addExcludedUsers":
            case "removeIncludedTargets":
            case "removeExcludedTargets":
            case "removeIncludedUsers":
            case "removeExcludedUsers": {
                const side = kind.includes("Included") ? "included" : "excluded";
                const contextKind = kind.endsWith("Users") ? "user" : ctx.nonEmptyString("contextKind");
                const set = targets.get(side, contextKind);
                const values = ctx.strings("values");
                if (kind.startsWith("add")) {
                    for (const value of values)
                        set.add(value);
                    addedKinds.add(contextKind);
                }
                else
                    for (const value of values)
                        set.delete(value);
                break;
            }
            case "addRule": {
                const clauses = ctx.clauses("clauses");
                if (clauses.length === 0)
                    ctx.fail("clauses must not be empty");
                const rule = { _id: newUuid(), clauses };
                const description = ctx.optionalString("description");
                if (description !== undefined)
                    rule.description = description;
                segment.rules.push(rule);
                break;
            }
            case "removeRule": {
                // Documented as a no-op when the rule does not exist.
                const ruleId = ctx.nonEmptyString("ruleId");
                segment.rules = segment.rules.filter((rule) => rule._id !== ruleId);
                break;
            }
            case "reorderRules": {
                const ruleIds = ctx.strings("ruleIds");
                const current = new Map(segment.rules.map((rule) => [rule._id, rule]));
                const unique = new Set(ruleIds);
                if (unique.size !== ruleIds.length ||
                    ruleIds.length !== current.size ||
                    !ruleIds.every((id) => current.has(id))) {
                    ctx.fail(`ruleIds must list every rule of the segment exactly once (segment has ${current.size} rules: ${[...current.keys()].join(", ") || "none"})`);
                }
                segment.rules = ruleIds.map((id) => current.get(id));
                break;
            }
            case "updateRuleDescription": {
                const rule = ctx.rule(segment);
                rule.description = ctx.string("description");
                break;
            }
            case "updateRuleRolloutAndContextKind": {
                const rule = ctx.rule(segment);
                const weight = instruction.weight;
                if (typeof weight !== "number" ||
                    !Number.isInteger(weight) ||
                    weight < 0 ||
                    weight > limits/* MAX_ROLLOUT_WEIGHT */.Ir) {
                    ctx.fail(`weight must be an integer from 0 to ${limits/* MAX_ROLLOUT_WEIGHT */.Ir} (thousandths of a percent)`);
                }
                rule.weight = weight;
                rule.rolloutContextKind = ctx.nonEmptyString("contextKind");
                break;
            }
            case "addClauses": {
                const rule = ctx.rule(segment);
                const clauses = ctx.clauses("clauses");
                if (clauses.length === 0)
                    ctx.fail("clauses must not be empty");
                rule.clauses.push(...clauses);
                break;
            }
            case "removeClauses": {
                const rule = ctx.rule(segment);
                const clauseIds = ctx.strings("clauseIds");
                for (const id of clauseIds) {
                    if (!rule.clauses.some((clause) => clause._id === id))
                        ctx.fail(`unknown clauseId "${id}" in rule "${rule._id}"`);
                }
                const remove = new Set(clauseIds);
                rule.clauses = rule.clauses.filter((clause) => !remove.has(clause._id ?? ""));
                break;
            }
            case "updateClause": {
                const rule = ctx.rule(segment);
                const clause = ctx.clause(rule);
                const replacement = ctx.clauseValue(instruction.clause, "clause");
                Object.assign(clause, { ...replacement, _id: clause._id });
                if (replacement.contextKind === undefined)
                    clause.contextKind = "user";
                break;
            }
            case "addValuesToClause": {
                const clause = ctx.clause(ctx.rule(segment));
                const values = ctx.array("values");
                const present = new Set(clause.values.map((value) => JSON.stringify(value)));
                for (const value of values) {
                    const id = JSON.stringify(value);
                    if (!present.has(id)) {
                        clause.values.push(value);
                        present.add(id);
                    }
                }
                break;
            }
            case "removeValuesFromClause": {
                const clause = ctx.clause(ctx.rule(segment));
                const remove = new Set(ctx.array("values").map((value) => JSON.stringify(value)));
                clause.values = clause.values.filter((value) => !remove.has(JSON.stringify(value)));
                break;
            }
            case "addBigSegmentIncludedTargets":
            case "addBigSegmentExcludedTargets":
            case "removeBigSegmentIncludedTargets":
            case "removeBigSegmentExcludedTargets": {
                const sets = big();
                const set = kind.includes("Included") ? sets.included : sets.excluded;
                const values = ctx.strings("values");
                if (kind.startsWith("add")) {
                    for (const value of values)
                        set.add(value);
                    bigAdded = true;
                }
                else
                    for (const value of values)
                        set.delete(value);
                break;
            }
            case "processBigSegmentImport": {
                // Starts the import (big-segment-imports.ts); its keys land when it completes, not in this request.
                const importId = ctx.nonEmptyString("importId");
                const upload = input.findImport(importId);
                if (!upload)
                    ctx.fail(`unknown importId "${importId}" for this segment`);
                const status = upload.status ?? "ready";
                if (status !== "ready")
                    ctx.fail(`import "${importId}" is ${status}; only a ready import can be processed`);
                processedImports.push(importId);
                break;
            }
        }
    });
    // A key may not end up both included and excluded (addIncluded*, addExcluded*, addBigSegment* instructions).
    for (const contextKind of addedKinds) {
        requireDisjoint(targets.get("included", contextKind), targets.get("excluded", contextKind), `context kind "${contextKind}"`);
    }
    if (bigAdded) {
        const { included, excluded } = big();
        requireDisjoint(included, excluded, "big segment");
    }
    targets.writeBack();
    if (!unbounded) {
        const total = countTargets(segment);
        if (total > limits/* MAX_STANDARD_SEGMENT_TARGETS */.e) {
            throw invalidRequest(`segment would hold ${total} individual targets; a standard segment holds at most ${limits/* MAX_STANDARD_SEGMENT_TARGETS */.e} (use a big segment)`);
        }
    }
    return {
        segment,
        ...(bigIncluded ? { bigIncluded } : {}),
        ...(bigExcluded ? { bigExcluded } : {}),
        actions: [...actions],
        processedImports,
    };
}
function requireDisjoint(included, excluded, where) {
    const [smaller, larger] = included.size <= excluded.size ? [included, excluded] : [excluded, included];
    for (const key of smaller) {
        if (larger.has(key))
            throw invalidRequest(`target "${key}" would be both included and excluded (${where})`);
    }
}
/** Individual targets (included + excluded, every context kind) of a standard segment. */
function countTargets(segment) {
    let total = (segment.included?.length ?? 0) + (segment.excluded?.length ?? 0);
    for (const target of [...(segment.includedContexts ?? []), ...(segment.excludedContexts ?? [])]) {
        total += target.values?.length ?? 0;
    }
    return total;
}
/** Target lists as Sets for the duration of one patch (O(1) membership), written back in insertion order. */
class TargetSets {
    segment;
    sets = new Map();
    constructor(segment) {
        this.segment = segment;
    }
    get(side, contextKind) {
        const id = `${side}\u0000${contextKind}`;
        let set = this.sets.get(id);
        if (!set) {
            set = new Set(this.read(side, contextKind));
            this.sets.set(id, set);
        }
        return set;
    }
    read(side, contextKind) {
        if (contextKind === "user")
            return this.segment[side] ?? [];
        const contexts = side === "included" ? this.segment.includedContexts : this.segment.excludedContexts;
        return contexts?.find((target) => target.contextKind === contextKind)?.values ?? [];
    }
    writeBack() {
        for (const [id, set] of this.sets) {
            const [side, contextKind] = id.split("\u0000");
            const values = [...set];
            if (contextKind === "user") {
                this.segment[side] = values;
                continue;
            }
            const field = side === "included" ? "includedContexts" : "excludedContexts";
            this.segment[field] ??= [];
            const contexts = this.segment[field];
            const index = contexts.findIndex((target) => target.contextKind === contextKind);
            if (values.length === 0) {
                if (index >= 0)
                    contexts.splice(index, 1);
            }
            else if (index >= 0)
                contexts[index] = { contextKind, values };
            else
                contexts.push({ contextKind, values });
        }
    }
}
/** Reads and checks one instruction's parameters; every failure is a 400 naming the instruction. */
class InstructionReader {
    instruction;
    index;
    constructor(instruction, index) {
        this.instruction = instruction;
        this.index = index;
    }
    fail(message) {
        fail(this.index, this.instruction.kind, message);
    }
    string(name) {
        const value = this.instruction[name];
        if (typeof value !== "string")
            this.fail(`${name} must be a string`);
        return value;
    }
    optionalString(name) {
        return this.instruction[name] === undefined ? undefined : this.string(name);
    }
    nonEmptyString(name) {
        const value = this.instruction[name];
        if (typeof value !== "string" || value === "")
            this.fail(`${name} is required (non-empty string)`);
        return value;
    }
    array(name) {
        const value = this.instruction[name];
        if (!Array.isArray(value))
            this.fail(`${name} is required (array)`);
        return value;
    }
    strings(name) {
        const value = this.array(name);
        if (!value.every((item) => typeof item === "string"))
            this.fail(`${name} must be an array of strings`);
        return value;
    }
    rule(segment) {
        const ruleId = this.nonEmptyString("ruleId");
        const rule = segment.rules.find((candidate) => candidate._id === ruleId);
        if (!rule)
            this.fail(`unknown ruleId "${ruleId}"`);
        return rule;
    }
    clause(rule) {
        const clauseId = this.nonEmptyString("clauseId");
        const clause = rule.clauses.find((candidate) => candidate._id === clauseId);
        if (!clause)
            this.fail(`unknown clauseId "${clauseId}" in rule "${rule._id}"`);
        return clause;
    }
    clauses(name) {
        return this.array(name).map((value, position) => ({
            _id: newUuid(),
            ...this.clauseValue(value, `${name}[${position}]`),
        }));
    }
    clauseValue(value, where) {
        if (!value || typeof value !== "object" || Array.isArray(value))
            this.fail(`${where} must be a clause object`);
        const clause = value;
        for (const key of Object.keys(clause)) {
            if (!["contextKind", "attribute", "op", "negate", "values"].includes(key)) {
                this.fail(`${where}: unknown clause field "${key}"`);
            }
        }
        if (typeof clause.attribute !== "string" || clause.attribute === "")
            this.fail(`${where}.attribute is required`);
        if (typeof clause.op !== "string" || !operators/* CLAUSE_OPERATORS */.E.has(clause.op)) {
            this.fail(`${where}.op must be one of ${[...operators/* CLAUSE_OPERATORS */.E].join(", ")}`);
        }
        if (!Array.isArray(clause.values))
            this.fail(`${where}.values is required (array)`);
        if (clause.negate !== undefined && typeof clause.negate !== "boolean")
            this.fail(`${where}.negate must be a boolean`);
        if (clause.contextKind !== undefined &&
            (typeof clause.contextKind !== "string" || clause.contextKind === "")) {
            this.fail(`${where}.contextKind must be a non-empty string`);
        }
        return {
            attribute: clause.attribute,
            op: clause.op,
            values: [...clause.values],
            contextKind: clause.contextKind ?? "user",
            negate: clause.negate ?? false,
        };
    }
}

;// CONCATENATED MODULE: ./src/emulator/routes/segments.ts
// Segments per environment: list, create (SegmentBody only), read, patch (JSON Patch, merge patch, semantic patch),
// delete, and big-segment membership (`POST .../contexts`, `GET .../contexts/{contextKey}`).
















/** Fields a JSON or merge patch may not change. */
const READ_ONLY_SEGMENT_FIELDS = new Set([
    "key",
    "creationDate",
    "lastModifiedDate",
    "version",
    "deleted",
    "generation",
    "unbounded",
    "unboundedContextKind",
]);
function resourceOf(p) {
    return (0,format_resource_specifier/* resourceSpecifierFor */.c)({
        type: "segment",
        project: p.projectKey,
        environment: p.environmentKey,
        key: p.segmentKey,
    });
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((item) => typeof item === "string");
}
/** After a JSON or merge patch: the segment must still be a `UserSegment`; new rules and clauses get `_id`s. */
function checkPatchedSegment(segment) {
    if (typeof segment.name !== "string" || segment.name === "")
        throw invalidRequest("name must be a non-empty string");
    if (segment.description !== undefined && typeof segment.description !== "string") {
        throw invalidRequest("description must be a string");
    }
    if (!isStringArray(segment.tags))
        throw invalidRequest("tags must be an array of strings");
    for (const field of ["included", "excluded"]) {
        if (segment[field] !== undefined && !isStringArray(segment[field])) {
            throw invalidRequest(`${field} must be an array of strings`);
        }
    }
    for (const field of ["includedContexts", "excludedContexts"]) {
        const value = segment[field];
        if (value === undefined)
            continue;
        if (!Array.isArray(value) ||
            !value.every((t) => t && typeof t.contextKind === "string" && isStringArray(t.values))) {
            throw invalidRequest(`${field} must be an array of {contextKind, values}`);
        }
    }
    if (!Array.isArray(segment.rules))
        throw invalidRequest("rules must be an array");
    for (const [index, rule] of segment.rules.entries()) {
        if (!rule || !Array.isArray(rule.clauses))
            throw invalidRequest(`rules[${index}].clauses must be an array`);
        rule._id ??= newUuid();
        for (const [position, clause] of rule.clauses.entries()) {
            if (!clause ||
                typeof clause.attribute !== "string" ||
                typeof clause.op !== "string" ||
                !Array.isArray(clause.values)) {
                throw invalidRequest(`rules[${index}].clauses[${position}] needs attribute, op and values`);
            }
            clause._id ??= newUuid();
            clause.negate ??= false;
            clause.contextKind ??= "user";
        }
    }
    if (!segment.unbounded && countTargets(segment) > limits/* MAX_STANDARD_SEGMENT_TARGETS */.e) {
        throw invalidRequest(`a standard segment holds at most ${limits/* MAX_STANDARD_SEGMENT_TARGETS */.e} individual targets`);
    }
}
/** RFC 7386 merge patch. */
function mergePatch(target, patch) {
    if (patch === null || typeof patch !== "object" || Array.isArray(patch))
        return patch;
    const out = target && typeof target === "object" && !Array.isArray(target)
        ? { ...target }
        : {};
    for (const [key, value] of Object.entries(patch)) {
        if (value === null)
            delete out[key];
        else
            out[key] = mergePatch(out[key], value);
    }
    return out;
}
/** Segment fields whose changes are targeting changes, which an environment's segment approvals gate. */
const TARGETING_FIELDS = new Set(["included", "excluded", "includedContexts", "excludedContexts", "rules"]);
/** Semantic-patch kinds that are not targeting changes. */
const NON_TARGETING_INSTRUCTIONS = new Set(["updateName", "updateDescription", "addTags", "removeTags"]);
/**
 * The `UserSegment` as LaunchDarkly answers it: a big segment carries `_unboundedMetadata` (its membership counts,
 * `SegmentMetadata`) and `_importInProgress`; its membership itself is never returned.
 */
function presentSegment(store, projectKey, environmentKey, record) {
    const segment = record.segment;
    if (!segment.unbounded)
        return segment;
    const environment = store.projects.get(projectKey)?.environments.get(environmentKey)?.environment;
    const envId = environment?._id ?? environmentKey;
    return {
        ...segment,
        _unboundedMetadata: {
            envId,
            segmentId: `${envId}:${segment.key}`,
            version: segment.version,
            includedCount: record.bigIncluded.size,
            excludedCount: record.bigExcluded.size,
            lastModified: segment.lastModifiedDate,
            deleted: false,
        },
        _importInProgress: importInProgress(store, projectKey, environmentKey, segment.key),
    };
}
function patchSegment(context) {
    const params = context.params;
    const record = requireSegment(context.store, params.projectKey, params.environmentKey, params.segmentKey);
    const semantic = isSemanticPatch(context.contentType);
    let next;
    let bigIncluded;
    let bigExcluded;
    let actions;
    let processedImports = [];
    let comment;
    if (semantic) {
        const body = assertRequestBody("SegmentSemanticPatch", context.body);
        if (body.environmentKey === undefined)
            throw invalidRequest("environmentKey is required in a segment semantic patch");
        if (body.environmentKey !== params.environmentKey) {
            throw invalidRequest(`environmentKey "${body.environmentKey}" does not match the environment in the path ("${params.environmentKey}")`);
        }
        if (Array.isArray(body.instructions) &&
            body.instructions.some((instruction) => !NON_TARGETING_INSTRUCTIONS.has(String(instruction?.kind))))
            requireNoSegmentApproval(context.caller, context.store, params);
        const result = applySegmentSemanticPatch({
            segment: record.segment,
            bigIncluded: record.bigIncluded,
            bigExcluded: record.bigExcluded,
            instructions: body.instructions,
            findImport: (importId) => {
                const upload = context.store.bigSegmentImports.get(importId);
                return upload &&
                    upload.projectKey === params.projectKey &&
                    upload.environmentKey === params.environmentKey &&
                    upload.segmentKey === params.segmentKey
                    ? upload
                    : undefined;
            },
        });
        ({ segment: next, bigIncluded, bigExcluded, actions, processedImports } = result);
        comment = body.comment;
    }
    else {
        const body = context.body;
        if (body && typeof body === "object" && !Array.isArray(body) && "instructions" in body) {
            throw invalidRequest("This looks like a semantic patch: send it with Content-Type: application/json; domain-model=launchdarkly.semanticpatch");
        }
        if (body && typeof body === "object" && !Array.isArray(body) && "merge" in body) {
            const merge = assertRequestBody("MergePatchWithComment", body);
            for (const field of Object.keys(merge.merge)) {
                if (field.startsWith("_") || READ_ONLY_SEGMENT_FIELDS.has(field))
                    throw invalidRequest(`${field} cannot be modified`);
            }
            if (Object.keys(merge.merge).some((field) => TARGETING_FIELDS.has(field)))
                requireNoSegmentApproval(context.caller, context.store, params);
            next = mergePatch(structuredClone(record.segment), merge.merge);
            comment = merge.comment;
            actions = Object.keys(merge.merge).map(segmentActionForField);
        }
        else {
            const wrapped = assertRequestBody("PatchWithComment", body);
            if (wrapped.patch.some((op) => op.op !== "test" && TARGETING_FIELDS.has(String(op.path).split("/")[1] ?? "")))
                requireNoSegmentApproval(context.caller, context.store, params);
            next = applyJsonPatch(record.segment, wrapped.patch, READ_ONLY_SEGMENT_FIELDS);
            comment = wrapped.comment;
            actions = wrapped.patch
                .filter((op) => op.op !== "test")
                .map((op) => segmentActionForField(op.path.split("/")[1] ?? ""));
        }
        checkPatchedSegment(next);
    }
    const changed = JSON.stringify(next) !== JSON.stringify(record.segment) || bigIncluded !== undefined;
    const present = (segment) => presentSegment(context.store, params.projectKey, params.environmentKey, { ...record, segment });
    if (context.query.get("dryRun") === "true")
        return { status: 200, body: present(changed ? next : record.segment) };
    for (const importId of processedImports) {
        const upload = context.store.bigSegmentImports.get(importId);
        if (upload)
            startImport(upload, Date.now());
    }
    if (!changed)
        return { status: 200, body: present(record.segment) };
    const now = context.store.clock.now();
    next.version = record.segment.version + 1;
    next.lastModifiedDate = now;
    record.segment = next;
    if (bigIncluded)
        record.bigIncluded = bigIncluded;
    if (bigExcluded)
        record.bigExcluded = bigExcluded;
    recordAudit(context, {
        kind: "segment",
        resource: resourceOf(params),
        name: next.name,
        actions: [...new Set(actions)],
        titleVerb: "updated the segment",
        comment,
    }, now);
    return { status: 200, body: present(next) };
}
/** The action the audit entry records for a patched field: the client's, or `updateRules` for any other field. */
function segmentActionForField(field) {
    return (0,request_actions/* segmentFieldAction */.aq)(field) ?? "updateRules";
}
function registerSegmentRoutes(router) {
    router.add("GET", "/api/v2/segments/{projectKey}/{environmentKey}", (context) => {
        const { projectKey, environmentKey } = context.params;
        const environment = requireEnvironment(context.store, projectKey, environmentKey);
        const page = parsePage(context.query, limits/* DEFAULT_PAGE_SIZE */.yQ.segments, limits/* MAX_PAGE_SIZE */.H4.segments);
        const items = pageOfValues(environment.segments, page).map((record) => presentSegment(context.store, projectKey, environmentKey, record));
        return {
            status: 200,
            body: {
                items,
                _links: pageLinks(hrefs.segments(projectKey, environmentKey), context.query, page, environment.segments.size),
                totalCount: environment.segments.size,
            },
        };
    });
    router.add("POST", "/api/v2/segments/{projectKey}/{environmentKey}", (context) => {
        const { projectKey, environmentKey } = context.params;
        const environment = requireEnvironment(context.store, projectKey, environmentKey);
        const body = assertRequestBody("SegmentBody", context.body);
        if (!isValidKey(body.key))
            throw invalidRequest(`Invalid segment key "${body.key}"`);
        if (body.name.trim() === "")
            throw invalidRequest("name must not be empty");
        if (environment.segments.has(body.key)) {
            throw conflict(`A segment with key "${body.key}" already exists in ${projectKey}/${environmentKey}`);
        }
        const now = context.store.clock.now();
        const segment = buildSegment(projectKey, environmentKey, body, now);
        environment.segments.set(body.key, { segment, bigIncluded: new Set(), bigExcluded: new Set() });
        recordAudit(context, {
            kind: "segment",
            resource: resourceOf({ projectKey, environmentKey, segmentKey: body.key }),
            name: body.name,
            actions: ["createSegment"],
            titleVerb: "created the segment",
            comment: commentOf(context.body),
        }, now);
        const created = requireSegment(context.store, projectKey, environmentKey, body.key);
        return { status: 201, body: presentSegment(context.store, projectKey, environmentKey, created) };
    });
    router.add("GET", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", (context) => {
        const p = context.params;
        const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
        // `_flags`: "Only included when getting a single segment, using the getSegment endpoint."
        const project = requireProject(context.store, p.projectKey);
        return {
            status: 200,
            body: {
                ...presentSegment(context.store, p.projectKey, p.environmentKey, record),
                _flags: flagsTargetingSegment(project, p.environmentKey, p.segmentKey),
            },
        };
    });
    router.add("PATCH", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", patchSegment);
    router.add("DELETE", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", (context) => {
        const p = context.params;
        const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
        requireEnvironment(context.store, p.projectKey, p.environmentKey).segments.delete(p.segmentKey);
        recordAudit(context, {
            kind: "segment",
            resource: resourceOf(p),
            name: record.segment.name,
            actions: ["deleteSegment"],
            titleVerb: "deleted the segment",
        });
        return { status: 204 };
    });
    // Big segments only ("This operation does not support standard segments"); answers 204 No Content. `/users` is
    // the legacy twin (`updateBigSegmentTargets`) of `/contexts` (`updateBigSegmentContextTargets`).
    for (const list of ["contexts", "users"]) {
        router.add("POST", `/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/${list}`, updateBigSegmentTargets);
        router.add("GET", `/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/${list}/{${list === "contexts" ? "contextKey" : "userKey"}}`, (context) => {
            const p = context.params;
            const key = (p.contextKey ?? p.userKey);
            const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
            if (!record.segment.unbounded)
                throw invalidRequest(`Segment "${p.segmentKey}" is not a big segment`);
            const included = record.bigIncluded.has(key);
            const excluded = record.bigExcluded.has(key);
            if (!included && !excluded)
                throw notFound(`Context "${key}" is not a target of segment "${p.segmentKey}"`);
            return { status: 200, body: { userKey: key, included, excluded } };
        });
    }
    router.add("POST", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports", (context) => {
        const p = context.params;
        const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
        const id = createImport({
            store: context.store,
            caller: context.caller,
            params: p,
            record,
            rawBody: context.rawBody ?? Buffer.alloc(0),
            contentType: context.contentType,
            now: Date.now(),
            // Without `waitOnApprovals`, an environment requiring approvals refuses the import like any targeting change.
            requireNoApproval: () => requireNoSegmentApproval(context.caller, context.store, p),
        });
        return {
            status: 204,
            headers: { Location: importHref(p.projectKey, p.environmentKey, p.segmentKey, id) },
        };
    }, { multipart: true });
    router.add("GET", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}", (context) => {
        const p = context.params;
        requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
        return {
            status: 200,
            body: importRepresentation(p.importID, findImport(context.store, p, p.importID)),
        };
    });
}
function updateBigSegmentTargets(context) {
    const p = context.params;
    const record = requireSegment(context.store, p.projectKey, p.environmentKey, p.segmentKey);
    const body = assertRequestBody("SegmentUserState", context.body);
    if (!record.segment.unbounded) {
        throw invalidRequest(`Segment "${p.segmentKey}" is a standard segment; only big segments take this operation`);
    }
    requireNoSegmentApproval(context.caller, context.store, p);
    updateBigSegmentMembers(record, body);
    const now = context.store.clock.now();
    record.segment = { ...record.segment, version: record.segment.version + 1, lastModifiedDate: now };
    const actions = [
        ...(body.included ? ["updateIncluded"] : []),
        ...(body.excluded ? ["updateExcluded"] : []),
    ];
    recordAudit(context, {
        kind: "segment",
        resource: resourceOf(p),
        name: record.segment.name,
        actions,
        titleVerb: "updated the big segment targets of",
        description: `Updated the targets of the big segment ${record.segment.name}`,
    }, now);
    return { status: 204 };
}
/** Applies a `SegmentUserState` change, rejecting keys that would end both included and excluded. */
function updateBigSegmentMembers(record, update) {
    const included = new Set(record.bigIncluded);
    const excluded = new Set(record.bigExcluded);
    for (const key of update.included?.remove ?? [])
        included.delete(key);
    for (const key of update.excluded?.remove ?? [])
        excluded.delete(key);
    for (const key of update.included?.add ?? [])
        included.add(key);
    for (const key of update.excluded?.add ?? [])
        excluded.add(key);
    for (const key of [...(update.included?.add ?? []), ...(update.excluded?.add ?? [])]) {
        if (included.has(key) && excluded.has(key)) {
            throw invalidRequest(`target "${key}" would be both included and excluded`);
        }
    }
    record.bigIncluded = included;
    record.bigExcluded = excluded;
}

;// CONCATENATED MODULE: ./src/emulator/routes/tokens.ts
// `GET /api/v2/tokens` and `GET /api/v2/tokens/{id}`: the configured access tokens as `Token` representations
// (base role, custom role ids, inline role, last four characters), so a client can see what its token may do.




/** LaunchDarkly's documented default page size for tokens ("Defaults to 25"); it documents no maximum. */
const TOKEN_PAGE_SIZE = 25;
const TOKEN_MAX_PAGE_SIZE = 1000;
function requireTokenRead(context) {
    if (!canReadTokens(context.caller, context.store)) {
        throw forbidden();
    }
}
function knownTokens(context) {
    return new Map(context.tokens.map((token) => [token.caller.tokenId, token]));
}
function registerTokenRoutes(router) {
    router.add("GET", "/api/v2/tokens", (context) => {
        requireTokenRead(context);
        const tokens = knownTokens(context);
        const page = parsePage(context.query, TOKEN_PAGE_SIZE, TOKEN_MAX_PAGE_SIZE);
        return {
            status: 200,
            body: {
                items: pageOfValues(tokens, page).map((token) => tokenRepresentation(token, context.store)),
                _links: pageLinks(hrefs.tokens(), context.query, page, tokens.size),
                totalCount: tokens.size,
            },
        };
    });
    router.add("GET", "/api/v2/tokens/{id}", (context) => {
        requireTokenRead(context);
        const token = knownTokens(context).get(context.params.id);
        if (!token)
            throw notFound(`Unknown access token "${context.params.id}"`);
        return { status: 200, body: tokenRepresentation(token, context.store) };
    });
}

;// CONCATENATED MODULE: ./src/emulator/index.ts
// The LaunchDarkly emulator: a stateful in-memory HTTP server on 127.0.0.1 with LaunchDarkly's REST semantics
// (auth, errors, paging, rate-limit headers, audit log) for integration tests, benchmarks and `npm run demo`.
// API requests are handled in ./api-request.ts, the emulator's own /__emulator/ API in ./admin-api.ts.























function buildRouter() {
    const router = new Router();
    registerProjectRoutes(router);
    registerContextKindRoutes(router);
    registerContextRoutes(router);
    registerSegmentRoutes(router);
    registerMetricRoutes(router);
    registerFlagRoutes(router);
    registerRoleRoutes(router);
    registerAccountRoutes(router);
    registerTokenRoutes(router);
    return router;
}
/** The events host's import endpoint (event-imports.ts) shares the port, tokens, faults and request log. */
function eventImportContext(state, url, method) {
    const entry = {
        method,
        path: url.pathname,
        query: url.search.slice(1),
        status: 0,
        at: Date.now(),
        route: `POST ${EVENT_IMPORT_TEMPLATE}`,
    };
    state.requestLog.push(entry);
    return {
        store: () => state.store,
        faults: () => state.faults,
        limiter: state.limiter,
        events: state.importedEvents,
        caller: (token) => token === "" || (state.tokens && !state.tokens.has(token))
            ? undefined
            : (state.tokens?.get(token) ?? describeToken(token, undefined, state.startedAt)).caller,
        log: (status) => {
            entry.status = status;
        },
    };
}
async function startEmulator(options = {}) {
    const startedAt = Date.now();
    const tokens = options.tokens && Object.keys(options.tokens).length > 0
        ? new Map(Object.entries(options.tokens).map(([token, config]) => [
            token,
            describeToken(token, config, startedAt),
        ]))
        : undefined;
    const state = {
        store: options.state ? loadSnapshot(options.state) : new EmulatorStore(),
        faults: mergeFaults(NO_FAULTS, options.faults ?? {}),
        importBehaviour: { ...DEFAULT_IMPORT_BEHAVIOUR, ...options.imports },
        requestLog: [],
        tokens,
        startedAt,
        router: buildRouter(),
        limiter: new RateLimiter(),
        stateFile: options.stateFile,
        importedEvents: new EventImportStore(),
    };
    const server = (0,external_node_http_.createServer)((request, response) => {
        const url = new URL(request.url ?? "/", "http://127.0.0.1");
        const handled = url.pathname === "/__emulator/events"
            ? Promise.resolve().then(() => {
                const { status, body } = eventAdminAnswer(request.method ?? "GET", url.searchParams, state.importedEvents);
                send(response, status, body);
            })
            : url.pathname.startsWith("/__emulator/")
                ? handleAdminRequest(state, request, response, url.pathname)
                : isEventImportPath(url.pathname)
                    ? handleEventImport(request, response, url.pathname, eventImportContext(state, url, request.method ?? "GET"))
                    : handleApiRequest(state, request, response, url);
        handled.catch((error) => {
            if (response.headersSent || request.socket.destroyed)
                return;
            if (error instanceof EmulatorHttpError)
                sendError(response, error);
            else
                send(response, 500, { code: "internal_server_error", message: error.message });
        });
    });
    server.keepAliveTimeout = 5_000;
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? 0, "127.0.0.1", () => {
            server.off("error", reject);
            resolve();
        });
    });
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        requests: state.requestLog,
        clearRequests: () => {
            state.requestLog.length = 0;
        },
        setFaults: (update) => {
            state.faults = mergeFaults(state.faults, update);
        },
        setImportBehaviour: (update) => {
            state.importBehaviour = { ...state.importBehaviour, ...update };
        },
        snapshot: () => snapshotStore(state.store),
        loadState: (snapshot) => {
            state.store = loadSnapshot(snapshot);
        },
        saveState: () => saveState(state),
        close: () => new Promise((resolve, reject) => {
            server.close((error) => (error ? reject(error) : resolve()));
            server.closeAllConnections();
        }),
    };
}

;// CONCATENATED MODULE: ./src/emulator/seed.ts
// Projects and environments added to a snapshot before the emulator starts (`ld-gitops emulator --project`).


/** Colours LaunchDarkly's own default environments use, then a few more, so environments tell apart in a UI. */
const COLORS = ["417505", "F5A623", "30A46C", "E5484D", "0090FF", "8E4EC6"];
/**
 * The snapshot with each seed project added. A project that is already there (from `--state`) is left as it is
 * and reported, so a saved state is never changed behind the user's back.
 */
function seedProjects(snapshot, seeds) {
    const base = snapshot ?? { formatVersion: SNAPSHOT_FORMAT_VERSION, projects: [] };
    const existing = new Set(base.projects.map((project) => project.key));
    const skipped = seeds.filter((seed) => existing.has(seed.key)).map((seed) => seed.key);
    const added = seeds
        .filter((seed) => !existing.has(seed.key))
        .map((seed) => ({
        key: seed.key,
        name: seed.key,
        tags: [],
        environments: seed.environments.length === 0
            ? DEFAULT_ENVIRONMENTS.map(({ key, name, color }) => ({ key, name, color }))
            : seed.environments.map((key, index) => ({
                key,
                name: key,
                color: COLORS[index % COLORS.length],
            })),
    }));
    return { snapshot: { ...base, projects: [...base.projects, ...added] }, skipped };
}

// EXTERNAL MODULE: ./src/cli/project-spec.ts
var project_spec = __webpack_require__(83007);
// EXTERNAL MODULE: ./src/cli/shared.ts + 6 modules
var shared = __webpack_require__(49463);
;// CONCATENATED MODULE: ./src/cli/commands/emulator.ts




function nonNegativeInteger(name, value) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new Error(`${name} must be a non-negative integer, got "${value}"`);
    return Number(value);
}
function share(name, value) {
    if (value === undefined)
        return undefined;
    const number = Number(value);
    if (value.trim() === "" || !Number.isFinite(number) || number < 0 || number > 1)
        throw new Error(`${name} must be a share from 0 to 1 (0.1 = one request in ten), got "${value}"`);
    return number;
}
/**
 * `TOKEN[:reader|writer[:NAME]]` → token table entry. NAME is what the audit log and caller identity show (as
 * LaunchDarkly shows an access token's name). A colon always starts the role, so a typo such as `tok:admin` or
 * `tok:my-laptop` is refused rather than read as a token with a colon in it. The token is never printed.
 */
function parseToken(spec) {
    const [token = "", role, ...nameParts] = spec.split(":");
    if (token === "")
        throw new Error("--token needs a non-empty token before any ':'");
    if (role === undefined)
        return [token, { role: "writer" }];
    if (role !== "reader" && role !== "writer") {
        throw new Error(`--token: the role after the first ':' must be reader or writer (TOKEN[:reader|writer[:NAME]])`);
    }
    const name = nameParts.join(":");
    return [token, name === "" ? { role } : { role, name }];
}
// `ld-gitops emulator`: the LaunchDarkly emulator as a long-running local server.
function registerEmulatorCommand(program) {
    program
        .command("emulator")
        .description("Run the local LaunchDarkly emulator (in-memory LaunchDarkly REST API on 127.0.0.1). It starts empty: add " +
        "projects with --project KEY:ENV,ENV, load a saved state with --state FILE, or POST /api/v2/projects.")
        .option("--port <n>", "port to listen on (0 = any free port)", "0")
        .option("--project <key:env,env>", "create this project with these environments at start (repeatable; without :ENV,ENV LaunchDarkly's " +
        "defaults production and test); a project already in --state is kept as it is", shared/* collect */.Fo)
        .option("--state <file>", "JSON snapshot loaded at start (if it exists) and saved on SIGINT/SIGTERM")
        .option("--latency-ms <n>", "latency added to every request")
        .option("--route-limit <n>", "requests per route per 10-second window")
        .option("--global-limit <n>", "requests per token per 10-second window")
        .option("--error-rate <share>", "share (0..1) of API requests answered 503 before anything happens")
        .option("--drop-rate <share>", "share (0..1) of API requests whose connection is dropped unanswered")
        .option("--token <token[:reader|writer[:name]]>", "accept this token (repeatable); without any, every non-empty token is a writer", shared/* collect */.Fo)
        .addHelpText("after", `
Prints one line, "LaunchDarkly emulator listening on http://127.0.0.1:PORT", and runs until stopped (Ctrl-C).
Point the other commands at it with LD_BASE_URI and one of its tokens in LD_ACCESS_TOKEN.

Example:
  $ ld-gitops emulator --port 8765 --token dev-token:writer:me --project checkout:prod,stage &
  $ export LD_BASE_URI=http://127.0.0.1:8765 LD_ACCESS_TOKEN=dev-token
  $ ld-gitops plan --dir launchdarkly

Seed it, make hand edits to try drift, keep its state: docs/emulator-recipes.md`)
        .action(async (options) => {
        try {
            await runEmulatorCommand(options);
        }
        catch (error) {
            // Bad options, a port in use, an unreadable --state file: one clear line, like every other command.
            const message = error.code === "EADDRINUSE"
                ? `port ${options.port} is already in use; pick another with --port N, or --port 0 for any free port`
                : error instanceof Error
                    ? error.message
                    : String(error);
            process.stderr.write(`error: ${message}\n`);
            process.exitCode = 1;
        }
    });
}
async function runEmulatorCommand(options) {
    const port = nonNegativeInteger("--port", options.port) ?? 0;
    const latencyMs = nonNegativeInteger("--latency-ms", options.latencyMs);
    const routeLimit = nonNegativeInteger("--route-limit", options.routeLimit);
    const globalLimit = nonNegativeInteger("--global-limit", options.globalLimit);
    const errorRate = share("--error-rate", options.errorRate);
    const dropRate = share("--drop-rate", options.dropRate);
    const seeds = (0,project_spec/* parseProjectSpecs */.J)(options.project ?? []);
    const saved = options.state ? await readSnapshotFile(options.state) : undefined;
    const { snapshot: state, skipped } = seeds.length > 0 ? seedProjects(saved, seeds) : { snapshot: saved, skipped: [] };
    const emulator = await startEmulator({
        port,
        ...(options.token?.length ? { tokens: Object.fromEntries(options.token.map(parseToken)) } : {}),
        faults: {
            ...(latencyMs !== undefined ? { latencyMs } : {}),
            ...(routeLimit !== undefined ? { routeLimit } : {}),
            ...(globalLimit !== undefined ? { globalLimit } : {}),
            ...(errorRate !== undefined ? { errorRate } : {}),
            ...(dropRate !== undefined ? { dropRate } : {}),
        },
        ...(state ? { state } : {}),
        ...(options.state ? { stateFile: options.state } : {}),
    });
    process.stdout.write(`LaunchDarkly emulator listening on ${emulator.url}\n`);
    // stdout stays the one line scripts read; what was seeded goes to stderr.
    for (const key of skipped)
        process.stderr.write(`emulator: project ${key} is already in ${options.state}; --project left it as it is\n`);
    for (const project of state?.projects ?? [])
        if (seeds.some((seed) => seed.key === project.key) && !skipped.includes(project.key))
            process.stderr.write(`emulator: project ${project.key} with environments ${project.environments.map((e) => e.key).join(", ")}\n`);
    let stopping = false;
    const stop = async () => {
        if (stopping)
            return;
        stopping = true;
        try {
            if (options.state)
                await emulator.saveState();
            await emulator.close();
        }
        catch (error) {
            process.stderr.write(`emulator: ${error.message}\n`);
            process.exitCode = 1;
        }
        process.exit();
    };
    process.once("SIGINT", () => void stop());
    process.once("SIGTERM", () => void stop());
}


/***/ }),

/***/ 83007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseProjectSpecs)
/* harmony export */ });
/* unused harmony export parseProjectSpec */
// `--project KEY:ENV,ENV`: a project and its environments named on the command line (emulator seed, offline init).
/** LaunchDarkly's key rule for projects and environments: letters, digits, `.`, `_`, `-`, starting alphanumeric. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** `checkout:prod,stage` → `{key: "checkout", environments: ["prod", "stage"]}`; `checkout` → no environments. */
function parseProjectSpec(spec) {
    const colon = spec.indexOf(":");
    const key = (colon === -1 ? spec : spec.slice(0, colon)).trim();
    const list = colon === -1 ? "" : spec.slice(colon + 1);
    const environments = list
        .split(",")
        .map((environment) => environment.trim())
        .filter((environment) => environment !== "");
    const example = "e.g. --project checkout:prod,stage";
    if (!KEY.test(key))
        throw new Error(`--project "${spec}": "${key}" is not a project key (${example})`);
    if (colon !== -1 && environments.length === 0)
        throw new Error(`--project "${spec}": list the environments after the colon (${example})`);
    for (const environment of environments) {
        if (!KEY.test(environment))
            throw new Error(`--project "${spec}": "${environment}" is not an environment key (${example})`);
    }
    const duplicate = environments.find((environment, index) => environments.indexOf(environment) !== index);
    if (duplicate !== undefined)
        throw new Error(`--project "${spec}": environment "${duplicate}" is listed twice`);
    return { key, environments };
}
/** Several `--project` options; one project given twice is refused rather than merged silently. */
function parseProjectSpecs(specs) {
    const projects = specs.map(parseProjectSpec);
    const keys = projects.map((project) => project.key);
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
    if (duplicate !== undefined)
        throw new Error(`--project ${duplicate} is given twice; list all its environments in one: KEY:ENV,ENV`);
    return projects;
}


/***/ }),

/***/ 44825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ CLAUSE_OPERATORS)
/* harmony export */ });
/**
 * Clause operators LaunchDarkly accepts in segment rules (`Operator` in the API). The config schema's `op` enum
 * (schemas/ld-gitops.schema.json) lists the same names; a test keeps the two in step.
 */
const CLAUSE_OPERATORS = new Set([
    "in",
    "endsWith",
    "startsWith",
    "matches",
    "contains",
    "lessThan",
    "lessThanOrEqual",
    "greaterThan",
    "greaterThanOrEqual",
    "before",
    "after",
    "segmentMatch",
    "semVerEqual",
    "semVerLessThan",
    "semVerGreaterThan",
]);


/***/ }),

/***/ 47413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ METRIC_DEFINITION_FIELDS)
/* harmony export */ });
/** The fields of a metric definition that LaunchDarkly stores (every `MetricPost` field but `key`). */
const METRIC_DEFINITION_FIELDS = [
    "name",
    "description",
    "kind",
    "selector",
    "urls",
    "isNumeric",
    "unit",
    "eventKey",
    "successCriteria",
    "tags",
    "randomizationUnits",
    "maintainerId",
    "unitAggregationType",
    "analysisType",
    "percentileValue",
    "eventDefault",
    "dataSource",
    "filters",
];


/***/ }),

/***/ 28411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ baseRoleCanWrite),
  C: () => (/* binding */ evaluateAccess)
});

// EXTERNAL MODULE: ./src/permissions/glob.ts
var glob = __webpack_require__(94464);
// EXTERNAL MODULE: ./src/permissions/resource-specifier.ts
var resource_specifier = __webpack_require__(15311);
;// CONCATENATED MODULE: ./src/permissions/tri-state.ts
// Three-valued matching: a resource whose tags or properties are not known "maybe" matches a specifier that
// selects on them. Callers decide what "maybe" means (a deny that maybe applies counts; an allow does not).
function allOf(matches) {
    let result = "yes";
    for (const match of matches) {
        if (match === "no")
            return "no";
        if (match === "maybe")
            result = "maybe";
    }
    return result;
}
function anyOf(matches) {
    let result = "no";
    for (const match of matches) {
        if (match === "yes")
            return "yes";
        if (match === "maybe")
            result = "maybe";
    }
    return result;
}
function not(match) {
    return match === "yes" ? "no" : match === "no" ? "yes" : "maybe";
}

;// CONCATENATED MODULE: ./src/permissions/match-specifier.ts
// Does a statement's resource specifier cover a concrete resource? The chain of types must be the same (a
// statement's actions apply to its last level: `proj/*` does not cover the project's segments), each name must
// match by glob, every tag must be on the resource (tags are ANDed) and every `{property:value}` must hold.



const parsedSpecifiers = new Map();
function segmentsOf(specifier) {
    if (!parsedSpecifiers.has(specifier)) {
        const parsed = (0,resource_specifier/* parseResourceSpecifier */.q)(specifier);
        parsedSpecifiers.set(specifier, parsed.ok ? parsed.specifier.segments : undefined);
    }
    return parsedSpecifiers.get(specifier);
}
function matchName(name, key) {
    if (name === undefined)
        return key === undefined ? "yes" : "no";
    // A role attribute's values come with the role assignment, which a token does not show.
    if (name.includes("${roleAttribute/"))
        return "maybe";
    if (key === undefined)
        return "no";
    // `proj/a,b` (a comma list of keys) appears once in LaunchDarkly's older docs; read it as alternatives.
    return name.split(",").some((alternative) => (0,glob/* globMatches */.m)(alternative, key)) ? "yes" : "no";
}
function matchTag(tag, tags) {
    if (tags === undefined)
        return "maybe";
    return tags.some((candidate) => (0,glob/* globMatches */.m)(tag, candidate)) ? "yes" : "no";
}
function matchProperty(property, value, properties) {
    const actual = properties?.[property];
    if (actual === undefined)
        return "maybe";
    return String(actual) === value ? "yes" : "no";
}
function matchLevel(segment, level) {
    if (segment.type !== level.type)
        return "no";
    return allOf([
        matchName(segment.name, level.key),
        ...segment.tags.map((tag) => matchTag(tag, level.tags)),
        ...Object.entries(segment.properties).map(([property, value]) => matchProperty(property, value, level.properties)),
        // Views are not part of what the tool knows about a resource.
        ...segment.views.map(() => "maybe"),
    ]);
}
/** "yes", "no", or "maybe" when the answer depends on tags, properties or role attributes not known. */
function matchSpecifier(specifier, resource) {
    const segments = segmentsOf(specifier);
    // LaunchDarkly refuses to save a role with an unreadable specifier, so one can only match nothing.
    if (segments === undefined || segments.length !== resource.length)
        return "no";
    return allOf(segments.map((segment, index) => matchLevel(segment, resource[index])));
}
function matchAnySpecifier(specifiers, resource) {
    return anyOf(specifiers.map((specifier) => matchSpecifier(specifier, resource)));
}

;// CONCATENATED MODULE: ./src/permissions/resource.ts
// A concrete resource as a policy sees it: the chain `proj/web-app:env/production:segment/beta-testers`, with
// each level's tags and properties when they are known. Unknown (undefined) tags or properties make a specifier
// that selects on them match "maybe". The specifier strings themselves are built by `resourceSpecifierFor`
// (./format-resource-specifier.ts).

class ResourceSyntaxError extends Error {
    name = "ResourceSyntaxError";
}
/**
 * Reads a concrete resource written as a specifier without globs (`proj/p:env/e:segment/s`). Tags written after
 * `;` are the level's known tags; a level written without `;` has unknown tags and properties.
 */
function parseResource(text) {
    const parsed = (0,resource_specifier/* parseResourceSpecifier */.q)(text);
    if (!parsed.ok)
        throw new ResourceSyntaxError(`"${text}" is not a resource: ${parsed.error.message}`);
    return parsed.specifier.segments.map((segment) => {
        const level = { type: segment.type };
        if (segment.name !== undefined)
            level.key = segment.name;
        if (segment.tags.length > 0 || Object.keys(segment.properties).length > 0) {
            level.tags = segment.tags;
            level.properties = segment.properties;
        }
        return level;
    });
}

;// CONCATENATED MODULE: ./src/permissions/evaluate-policy.ts




function matchActions(statement, action) {
    const matches = (patterns) => patterns.some((pattern) => (0,glob/* globMatches */.m)(pattern, action)) ? "yes" : "no";
    if (statement.actions && statement.actions.length > 0)
        return matches(statement.actions);
    if (statement.notActions && statement.notActions.length > 0)
        return not(matches(statement.notActions));
    return "no";
}
function matchResources(statement, resource) {
    if (statement.resources && statement.resources.length > 0)
        return matchAnySpecifier(statement.resources, resource);
    if (statement.notResources && statement.notResources.length > 0) {
        return not(matchAnySpecifier(statement.notResources, resource));
    }
    return "no";
}
/** Whether a statement covers the request: both its resources and its actions must. */
function statementApplies(statement, action, resource) {
    return allOf([matchActions(statement, action), matchResources(statement, resource)]);
}
function evaluatePolicy(statements, request) {
    const resource = typeof request.resource === "string" ? parseResource(request.resource) : request.resource;
    let allowedBy;
    let mayBeAllowedBy;
    let mayBeDeniedBy;
    for (const [index, statement] of statements.entries()) {
        const applies = statementApplies(statement, request.action, resource);
        if (applies === "no")
            continue;
        if (statement.effect === "deny") {
            if (applies === "yes")
                return { decision: "deny", statement: index, uncertain: false };
            mayBeDeniedBy ??= index;
        }
        else if (applies === "yes")
            allowedBy ??= index;
        else
            mayBeAllowedBy ??= index;
    }
    if (mayBeDeniedBy !== undefined)
        return { decision: "deny", statement: mayBeDeniedBy, uncertain: true };
    if (allowedBy !== undefined)
        return { decision: "allow", statement: allowedBy, uncertain: false };
    if (mayBeAllowedBy !== undefined)
        return { decision: "no-match", statement: mayBeAllowedBy, uncertain: true };
    return { decision: "no-match", uncertain: false };
}

;// CONCATENATED MODULE: ./src/permissions/evaluate-access.ts

/** Base roles that may write everything the tool writes. */
const WRITING_BASE_ROLES = new Set(["writer", "admin", "owner"]);
function baseRoleCanWrite(role) {
    return role !== undefined && WRITING_BASE_ROLES.has(role);
}
function statementLabel(policy, decision) {
    return `${policy.label} statement ${(decision.statement ?? 0) + 1}`;
}
function evaluateAccess(permissions, request) {
    if (permissions.policies.length === 0) {
        return baseRoleCanWrite(permissions.baseRole)
            ? { allowed: true, reason: "", uncertain: false }
            : {
                allowed: false,
                reason: `the token's base role is ${permissions.baseRole ?? "unknown"}`,
                uncertain: false,
            };
    }
    const decisions = permissions.policies.map((policy) => ({
        policy,
        decision: evaluatePolicy(policy.statements, request),
    }));
    if (decisions.some(({ decision }) => decision.decision === "allow")) {
        return { allowed: true, reason: "", uncertain: false };
    }
    const reasons = [];
    let uncertain = false;
    for (const { policy, decision } of decisions) {
        if (decision.decision === "deny") {
            reasons.push(decision.uncertain
                ? `${statementLabel(policy, decision)} denies it if the resource's tags or properties match, which are not known`
                : `denied by ${statementLabel(policy, decision)}`);
        }
        else if (decision.uncertain) {
            reasons.push(`${statementLabel(policy, decision)} allows it only if the resource's tags or properties match, which are not known`);
        }
        else {
            reasons.push(`no statement of ${policy.label} allows it`);
        }
        uncertain ||= decision.uncertain;
    }
    return { allowed: false, reason: reasons.join("; "), uncertain };
}


/***/ }),

/***/ 94464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ globMatches)
/* harmony export */ });
// `*` globs as custom-role policies use them, in resource names, tags and action names (`flag/ops_*`, `update*`).
// Matching is case-sensitive: LaunchDarkly keys are.
const cache = new Map();
/** True when `value` matches `pattern`, where `*` stands for any run of characters (also none). */
function globMatches(pattern, value) {
    if (!pattern.includes("*"))
        return pattern === value;
    let regex = cache.get(pattern);
    if (!regex) {
        const source = pattern
            .split("*")
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join(".*");
        regex = new RegExp(`^${source}$`, "s");
        cache.set(pattern, regex);
    }
    return regex.test(value);
}


/***/ }),

/***/ 15311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseResourceSpecifier)
/* harmony export */ });
// Parser for custom-role resource specifiers such as `proj/web-app:env/*;critical-tag:segment/beta-*`.
// Grammar (LaunchDarkly docs on role resources): segment (":" segment)*, where a segment is
// `type[/name][;selector,selector...]`; a name may hold `*` globs and `${roleAttribute/key}` placeholders;
// a selector is a tag (globs allowed), a property selector `{critical:true}` or a view `view:key`.
// The plan stage reuses the structured result, so the parser keeps every part it reads.
const TYPE_RE = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const NAME_CHAR_RE = /^[a-zA-Z0-9_.*,-]$/;
const ROLE_ATTRIBUTE_RE = /^\$\{roleAttribute\/([a-zA-Z0-9_.-]+)\}/;
class SpecifierSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Parses one resource specifier; never throws. */
function parseResourceSpecifier(text) {
    const warnings = [];
    try {
        if (text.trim() === "")
            throw new SpecifierSyntaxError("resource specifier is empty", 0);
        if (text !== text.trim())
            throw new SpecifierSyntaxError("resource specifier has leading or trailing spaces", 0);
        const segments = [];
        let pos = 0;
        for (;;) {
            const { segment, end } = readSegment(text, pos, warnings);
            segments.push(segment);
            if (end >= text.length)
                break;
            // readSegment stops only at the end or at a `:` that starts the next segment.
            pos = end + 1;
            if (pos >= text.length)
                throw new SpecifierSyntaxError("resource specifier ends with `:`", end);
        }
        const typePath = segments.map((s) => s.type).join(":");
        const last = segments[segments.length - 1];
        return { ok: true, specifier: { text, segments, resourceType: last.type, typePath }, warnings };
    }
    catch (error) {
        if (error instanceof SpecifierSyntaxError) {
            return { ok: false, error: { message: error.message, offset: error.offset, severity: "error" } };
        }
        throw error;
    }
}
function readSegment(text, start, warnings) {
    let pos = start;
    // Quirk in LaunchDarkly's own examples: `env/*;qa_*:/flag/*` (a stray `/` after `:`).
    if (text[pos] === "/") {
        warnings.push({
            message: "stray `/` after `:`; write `type/name` (e.g. `flag/*`)",
            offset: pos,
            severity: "warning",
        });
        pos++;
    }
    const typeStart = pos;
    while (pos < text.length && !"/;:".includes(text[pos]))
        pos++;
    const type = text.slice(typeStart, pos);
    if (!TYPE_RE.test(type)) {
        throw new SpecifierSyntaxError(type === ""
            ? "missing resource type (such as `proj`, `env`, `segment`)"
            : `\`${type}\` is not a resource type: expected letters, digits and \`-\``, typeStart);
    }
    const segment = {
        type,
        roleAttributes: [],
        tags: [],
        properties: {},
        views: [],
        offset: start,
    };
    if (text[pos] === "/") {
        pos++;
        const nameStart = pos;
        let name = "";
        while (pos < text.length && text[pos] !== ";" && text[pos] !== ":") {
            if (text[pos] === "$") {
                const match = ROLE_ATTRIBUTE_RE.exec(text.slice(pos));
                if (!match) {
                    throw new SpecifierSyntaxError("a `$` in a name must start a role attribute `${roleAttribute/key}`", pos);
                }
                segment.roleAttributes.push(match[1]);
                name += match[0];
                pos += match[0].length;
                continue;
            }
            if (!NAME_CHAR_RE.test(text[pos])) {
                throw new SpecifierSyntaxError(`unexpected \`${text[pos]}\` in the name of \`${type}\`: names hold letters, digits, \`_\`, \`.\`, \`-\` and \`*\``, pos);
            }
            name += text[pos];
            pos++;
        }
        if (name === "") {
            warnings.push({
                message: `\`${type}/\` has an empty name; write \`${type}/*\` for every ${type} or give a key`,
                offset: nameStart,
                severity: "warning",
            });
        }
        segment.name = name;
    }
    if (text[pos] === ";") {
        pos = readSelectors(text, pos + 1, segment);
    }
    return { segment, end: pos };
}
/** Reads `tag,{prop:value},view:key` up to the `:` that starts the next segment (or the end). */
function readSelectors(text, start, segment) {
    let pos = start;
    for (;;) {
        const itemStart = pos;
        if (text[pos] === "{") {
            const close = text.indexOf("}", pos);
            if (close < 0)
                throw new SpecifierSyntaxError("unclosed `{` in a property selector", pos);
            const body = text.slice(pos + 1, close);
            const colon = body.indexOf(":");
            if (colon <= 0 || colon === body.length - 1) {
                throw new SpecifierSyntaxError("a property selector is written `{property:value}`, e.g. `{critical:true}`", pos);
            }
            segment.properties[body.slice(0, colon).trim()] = body.slice(colon + 1).trim();
            pos = close + 1;
        }
        else {
            while (pos < text.length && !",;:{}".includes(text[pos]))
                pos++;
            let item = text.slice(itemStart, pos);
            // `view:key` keeps its colon: a `:` that does not start `type/...` or a bare type belongs to the selector.
            if (item === "view" && text[pos] === ":" && !startsSegment(text, pos + 1)) {
                const viewStart = pos + 1;
                pos = viewStart;
                while (pos < text.length && !",;:{}".includes(text[pos]))
                    pos++;
                item = text.slice(viewStart, pos);
                if (item === "")
                    throw new SpecifierSyntaxError("`view:` needs a view key", viewStart);
                segment.views.push(item);
            }
            else {
                if (item === "")
                    throw new SpecifierSyntaxError("empty tag after `;` or `,`", itemStart);
                segment.tags.push(item);
            }
        }
        if (pos >= text.length || text[pos] === ":")
            return pos;
        if (text[pos] === ",") {
            pos++;
            continue;
        }
        throw new SpecifierSyntaxError(`unexpected \`${text[pos]}\` among the tags`, pos);
    }
}
function startsSegment(text, pos) {
    // After a `:`, a new segment always has a name part (`type/...`): only `acct` and `ip-allowlist` are bare,
    // and both stand alone.
    return /^\/?[a-zA-Z][a-zA-Z0-9-]*\//.test(text.slice(pos));
}


/***/ })

};
