export const id = 844;
export const ids = [844];
export const modules = {

/***/ 49463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VH: () => (/* binding */ baseUriOption),
  Fo: () => (/* binding */ collect),
  bD: () => (/* binding */ commandHelp),
  bq: () => (/* binding */ configDirOption),
  OX: () => (/* binding */ createCliClient),
  c$: () => (/* binding */ deleteThresholdOption),
  Y_: () => (/* binding */ printReport)
});

// UNUSED EXPORTS: ENVIRONMENT_HELP, FORMAT_REFERENCE

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/launchdarkly/errors.ts
var errors = __webpack_require__(43681);
// EXTERNAL MODULE: ./src/launchdarkly/import-upload.ts
var import_upload = __webpack_require__(43589);
// EXTERNAL MODULE: ./src/launchdarkly/limits.ts
var limits = __webpack_require__(24550);
;// CONCATENATED MODULE: ./src/launchdarkly/pagination.ts
// Paging rules for LaunchDarkly's `limit`/`offset` lists, pure. The client reads the first page, then either fetches
// every remaining page at once (when `totalCount` tells how many there are) or follows `_links.next`.
/** Offsets of the pages after the first, given what the first page said. */
function remainingPageOffsets(totalCount, firstPageLength) {
    if (firstPageLength <= 0 || totalCount <= firstPageLength)
        return [];
    const offsets = [];
    for (let offset = firstPageLength; offset < totalCount; offset += firstPageLength)
        offsets.push(offset);
    return offsets;
}
/** The `next` link of a page, if the server gave one. */
function nextHref(page) {
    const href = page?._links?.next?.href;
    return typeof href === "string" && href !== "" ? href : undefined;
}
/**
 * Drops repeats by key, keeping the first. Offset paging over a list that changes while it is read can show an
 * item on two pages; the plan must not see it twice.
 */
function uniqueBy(items, keyOf) {
    const seen = new Set();
    const out = [];
    for (const item of items) {
        const key = keyOf(item);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(item);
    }
    return out;
}
/** Minimum number of requests to read `total` items `pageSize` at a time (at least one, to learn it is empty). */
function minimumPageRequests(total, pageSize) {
    return Math.max(1, Math.ceil(total / pageSize));
}

// EXTERNAL MODULE: ./src/launchdarkly/routes.ts
var routes = __webpack_require__(88280);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./src/permissions/request-actions.ts
var request_actions = __webpack_require__(85755);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/launchdarkly/backoff.ts
var backoff = __webpack_require__(23392);
// EXTERNAL MODULE: ./src/launchdarkly/pacer.ts
var pacer = __webpack_require__(15707);
// EXTERNAL MODULE: ./src/launchdarkly/rate-limit-headers.ts
var rate_limit_headers = __webpack_require__(71253);
// EXTERNAL MODULE: ./src/launchdarkly/redact.ts
var redact = __webpack_require__(13231);
// EXTERNAL MODULE: ./src/launchdarkly/semaphore.ts
var semaphore = __webpack_require__(9362);
;// CONCATENATED MODULE: ./src/launchdarkly/stats.ts
// Request counters, for the benchmarks and for users who want to see what a run cost against the rate limits.
function emptyRouteStats() {
    return { requests: 0, retries: 0, rateLimited: 0, failures: 0 };
}
class StatsRecorder {
    totals = emptyRouteStats();
    pacedWaitMs = 0;
    byRoute = new Map();
    route(key) {
        let stats = this.byRoute.get(key);
        if (!stats) {
            stats = emptyRouteStats();
            this.byRoute.set(key, stats);
        }
        return stats;
    }
    count(key, field) {
        this.totals[field] += 1;
        this.route(key)[field] += 1;
    }
    addPacedWait(ms) {
        this.pacedWaitMs += ms;
    }
    snapshot() {
        const byRoute = {};
        for (const [key, stats] of this.byRoute)
            byRoute[key] = { ...stats };
        return { ...this.totals, pacedWaitMs: Math.round(this.pacedWaitMs), byRoute };
    }
    reset() {
        this.totals = emptyRouteStats();
        this.pacedWaitMs = 0;
        this.byRoute = new Map();
    }
}

;// CONCATENATED MODULE: ./src/launchdarkly/transport.ts
// One HTTP exchange with LaunchDarkly, with everything around it: pacing against the rate-limit windows, the shared
// concurrency bound, a timeout per attempt, retries that are safe to make, request counting and typed errors.
// The client (client.ts) decides what each endpoint means; this file decides how a request is carried.













const JSON_CONTENT_TYPE = "application/json";
const SEMANTIC_PATCH_CONTENT_TYPE = "application/json; domain-model=launchdarkly.semanticpatch";
const DEFAULT_CONCURRENCY = 8;
const DEFAULT_TIMEOUT_MS = 30_000;
/** Per attempt of a streamed upload (a big-segment import file of up to 40 MB). */
const UPLOAD_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_RETRY = {
    maxAttempts: 4,
    maxRateLimitRetries: 10,
    baseDelayMs: 300,
    maxDelayMs: 10_000,
    maxRateLimitWaitMs: 60_000,
    resetJitterMs: 200,
};
/** Errors raised before any byte left: the request certainly did not reach LaunchDarkly. */
const NOT_SENT_CODES = new Set([
    "ECONNREFUSED",
    "ENOTFOUND",
    "EAI_AGAIN",
    "UND_ERR_CONNECT_TIMEOUT",
    "EHOSTUNREACH",
]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function parseBody(text) {
    if (text === "")
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
function ldErrorParts(status, body) {
    if (body && typeof body === "object") {
        const { code, message } = body;
        return {
            code: typeof code === "string" ? code : `http_${status}`,
            ...(typeof message === "string" ? { message } : {}),
        };
    }
    if (typeof body === "string" && body.trim() !== "")
        return { code: `http_${status}`, message: body.slice(0, 300) };
    return { code: `http_${status}` };
}
class LaunchDarklyTransport {
    origin;
    baseUri;
    token;
    tokenSource;
    baseUriSource;
    timeoutMs;
    userAgent;
    retry;
    backoff;
    onRequest;
    random;
    dispatcher;
    pacer;
    slots;
    recorder = new StatsRecorder();
    constructor(options) {
        if (!options.token)
            throw new Error("LaunchDarkly token is empty");
        (0,redact/* registerSecret */.cl)(options.token);
        this.baseUri = options.baseUri.replace(/\/+$/, "");
        this.origin = new URL(this.baseUri).origin;
        this.token = options.token;
        this.tokenSource = options.tokenSource;
        this.baseUriSource = options.baseUriSource;
        const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
        this.slots = new semaphore/* Semaphore */.j(concurrency);
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.userAgent = `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w}${options.userAgent ? ` ${options.userAgent}` : ""}`;
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        this.backoff = { baseDelayMs: this.retry.baseDelayMs, maxDelayMs: this.retry.maxDelayMs };
        this.onRequest = options.onRequest;
        this.random = options.random ?? Math.random;
        this.dispatcher = new undici/* Agent */.g6({
            connections: concurrency,
            keepAliveTimeout: 4_000,
            headersTimeout: this.timeoutMs,
            bodyTimeout: this.timeoutMs,
        });
        this.pacer = new pacer/* RateLimitPacer */.he({
            maxUnobserved: concurrency,
            resetJitterMs: this.retry.resetJitterMs,
            maxWaitMs: this.retry.maxRateLimitWaitMs,
            random: this.random,
        });
    }
    get stats() {
        return this.recorder.snapshot();
    }
    resetStats() {
        this.recorder.reset();
    }
    async close() {
        this.pacer.dispose();
        await this.dispatcher.close();
    }
    /**
     * Sends a request until it succeeds or must stop. Throws `LaunchDarklyError` for any non-2xx final answer.
     * 429 is always retried (LaunchDarkly did nothing). 5xx, dropped connections and timeouts are retried when
     * `repeat` is "safe" or when the request certainly never left; otherwise the error has `outcomeUnknown`.
     */
    async call(spec) {
        const key = (0,routes/* routeKey */.vh)(spec.route);
        const params = spec.params ?? {};
        const { path, query } = this.target(spec, params);
        const isWrite = spec.route.method !== "GET";
        let attempt = 0;
        let failedAttempts = 0;
        let rateLimitRetries = 0;
        // A write attempt that may have been applied without us seeing the answer.
        let maybeApplied = false;
        // Whether some attempt got no answer at all (rather than a 5xx, which is an answer that leaves the outcome open).
        let unanswered = false;
        for (;;) {
            attempt += 1;
            if (attempt > 1)
                this.recorder.count(key, "retries");
            const outcome = await this.attempt(spec, key, path, query, attempt);
            if (outcome.kind === "response" && outcome.status >= 200 && outcome.status < 300) {
                return { status: outcome.status, body: outcome.body, headers: outcome.headers };
            }
            if (outcome.kind === "response" && outcome.status === 429) {
                this.recorder.count(key, "rateLimited");
                if (rateLimitRetries < this.retry.maxRateLimitRetries) {
                    rateLimitRetries += 1;
                    this.holdAfterRateLimit(key, outcome.rate, rateLimitRetries);
                    continue;
                }
            }
            else {
                const transient = outcome.kind === "failure" || outcome.status >= 500;
                const certainlyNotSent = outcome.kind === "failure" && !outcome.sent;
                const repeatable = certainlyNotSent || spec.repeat === "safe";
                if (transient && isWrite && !certainlyNotSent)
                    maybeApplied = true;
                if (outcome.kind === "failure" && !certainlyNotSent)
                    unanswered = true;
                if (transient && repeatable && failedAttempts + 1 < this.retry.maxAttempts) {
                    failedAttempts += 1;
                    await sleep((0,backoff/* backoffDelayMs */.Q)(failedAttempts - 1, this.backoff, this.random));
                    continue;
                }
            }
            this.recorder.count(key, "failures");
            throw this.error(spec, params, path, outcome, attempt, maybeApplied, unanswered);
        }
    }
    target(spec, params) {
        if (spec.href !== undefined) {
            // Only follow links on the same server: the token must never be sent elsewhere.
            const url = new URL(spec.href, `${this.origin}/`);
            if (url.origin !== this.origin || !url.pathname.includes("/api/v2/")) {
                throw new Error(`refusing to follow a pagination link outside ${this.origin}/api/v2`);
            }
            const apiPath = url.pathname.slice(url.pathname.indexOf("/api/v2/"));
            return { path: apiPath, query: url.search.replace(/^\?/, "") };
        }
        const search = new URLSearchParams();
        for (const [name, value] of Object.entries(spec.query ?? {})) {
            if (value !== undefined)
                search.set(name, String(value));
        }
        return { path: (0,routes/* buildPath */.UL)(spec.route.template, params), query: search.toString() };
    }
    holdAfterRateLimit(key, rate, retry) {
        const now = Date.now();
        const wait = (0,rate_limit_headers/* rateLimitWaitMs */.JR)(rate, now, this.retry.maxRateLimitWaitMs) ??
            (0,backoff/* backoffDelayMs */.Q)(retry - 1, this.backoff, this.random);
        const until = now + wait;
        // The headers say which budget ran out; a 429 with budget left (or none reported) is an IP-based limit,
        // which holds every route of this client.
        const routeOut = rate.routeRemaining === 0;
        const globalOut = rate.globalRemaining === 0;
        if (routeOut)
            this.pacer.block(key, until);
        if (globalOut || !routeOut)
            this.pacer.block("global", until);
    }
    async attempt(spec, key, path, query, attempt) {
        const waitStart = performance.now();
        const routeTicket = await this.pacer.acquire(key);
        const globalTicket = await this.pacer.acquire("global");
        await this.slots.acquire();
        this.recorder.addPacedWait(performance.now() - waitStart);
        this.recorder.count(key, "requests");
        const started = performance.now();
        let outcome;
        try {
            outcome = await this.exchange(spec, path, query);
        }
        finally {
            this.slots.release();
        }
        const rate = outcome.kind === "response" ? outcome.rate : {};
        this.pacer.complete(routeTicket, rate.routeRemaining, rate.resetAt);
        this.pacer.complete(globalTicket, rate.globalRemaining, rate.resetAt);
        if (this.onRequest) {
            const info = {
                operationId: spec.route.operationId,
                method: spec.route.method,
                path,
                query,
                route: key,
                attempt,
                durationMs: Math.round(performance.now() - started),
            };
            if (spec.body !== undefined) {
                info.requestBody = spec.body;
                info.contentType = spec.contentType ?? JSON_CONTENT_TYPE;
            }
            if (outcome.kind === "response") {
                info.status = outcome.status;
                if (outcome.body !== undefined)
                    info.responseBody = outcome.body;
            }
            else {
                info.errorCode = outcome.code;
            }
            try {
                this.onRequest(info);
            }
            catch {
                // An observer must not break the request it observes.
            }
        }
        return outcome;
    }
    async exchange(spec, path, query) {
        const headers = {
            authorization: this.token,
            "ld-api-version": limits/* LD_API_VERSION */.pQ,
            "user-agent": this.userAgent,
            accept: JSON_CONTENT_TYPE,
        };
        let payload;
        if (spec.stream !== undefined) {
            payload = external_node_stream_.Readable.from(spec.stream.open(), { objectMode: false });
            headers["content-type"] = spec.stream.contentType;
        }
        else if (spec.body !== undefined) {
            payload = JSON.stringify(spec.body);
            headers["content-type"] = spec.contentType ?? JSON_CONTENT_TYPE;
        }
        const url = `${this.baseUri}${path}${query ? `?${query}` : ""}`;
        const abort = new AbortController();
        // An upload of tens of megabytes may take longer than an ordinary request on a slow link.
        const timeoutMs = spec.stream ? Math.max(this.timeoutMs, UPLOAD_TIMEOUT_MS) : this.timeoutMs;
        const timer = setTimeout(() => abort.abort(), timeoutMs);
        try {
            const response = await (0,undici/* request */.Em)(url, {
                method: spec.route.method,
                headers,
                body: payload,
                dispatcher: this.dispatcher,
                signal: abort.signal,
            });
            const text = await response.body.text();
            return {
                kind: "response",
                status: response.statusCode,
                headers: response.headers,
                body: parseBody(text),
                rate: (0,rate_limit_headers/* parseRateLimitHeaders */.bR)(response.headers, Date.now()),
            };
        }
        catch (error) {
            const code = error.code;
            const timedOut = abort.signal.aborted || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT";
            return {
                kind: "failure",
                code: timedOut ? errors/* TIMEOUT_ERROR */.t4 : errors/* NETWORK_ERROR */.gB,
                sent: !(typeof code === "string" && NOT_SENT_CODES.has(code)),
            };
        }
        finally {
            clearTimeout(timer);
        }
    }
    error(spec, params, path, outcome, attempts, outcomeUnknown, unanswered) {
        const status = outcome.kind === "response" ? outcome.status : undefined;
        const parts = outcome.kind === "response" ? ldErrorParts(outcome.status, outcome.body) : { code: outcome.code };
        const permission = status === 403
            ? (0,request_actions/* requiredPermission */.PY)({
                operationId: spec.route.operationId,
                params,
                body: spec.body,
                semanticPatch: spec.contentType === SEMANTIC_PATCH_CONTENT_TYPE,
            })
            : undefined;
        const hint = (0,errors/* hintFor */.JR)({
            status,
            code: parts.code,
            operationId: spec.route.operationId,
            method: spec.route.method,
            params,
            tokenSource: this.tokenSource,
            ...(this.baseUriSource === undefined ? {} : { baseUriSource: this.baseUriSource }),
            permission,
            attempts,
            outcomeUnknown,
            origin: this.origin,
            ...(spec.href === undefined ? {} : { followedLink: true }),
            ...(outcomeUnknown && !unanswered ? { everyAttemptAnswered: true } : {}),
        });
        return new errors/* LaunchDarklyError */.Zk({
            status,
            code: parts.code,
            ...("message" in parts && parts.message !== undefined ? { ldMessage: parts.message } : {}),
            method: spec.route.method,
            path,
            operationId: spec.route.operationId,
            hint,
            outcomeUnknown,
            attempts,
            ...(permission ? { missingPermission: permission } : {}),
        });
    }
}

// EXTERNAL MODULE: ./src/launchdarkly/segment-instructions.ts
var segment_instructions = __webpack_require__(80799);
;// CONCATENATED MODULE: ./src/launchdarkly/write-safety.ts
// Which writes may be sent again after an attempt whose outcome is unknown (5xx, dropped connection, timeout).
// A write is repeated only when applying it twice leaves the same result as applying it once.

/**
 * A JSON Patch is safe to repeat when a `test` op guards it (if the first attempt applied, the test fails instead
 * of applying twice) or when it only replaces values (replacing twice gives the same document).
 */
function isJsonPatchRepeatable(patch) {
    if (patch.some((op) => op.op === "test"))
        return true;
    return patch.length > 0 && patch.every((op) => op.op === "replace");
}
/** Segment instructions that set state rather than append it: applying them twice is the same as once. */
const IDEMPOTENT_SEGMENT_INSTRUCTIONS = new Set([
    "addTags",
    "removeTags",
    "updateName",
    ...segment_instructions/* TARGET_INSTRUCTION_KINDS */.Hu,
    ...segment_instructions/* BIG_SEGMENT_TARGET_INSTRUCTION_KINDS */.CV,
    "removeRule",
    "reorderRules",
    "updateRuleDescription",
    "updateRuleRolloutAndContextKind",
    "updateClause",
    "addValuesToClause",
    "removeValuesFromClause",
]);
/** `addRule` and `addClauses` append: a blind repeat would duplicate them. */
function isSemanticPatchRepeatable(instructions) {
    return instructions.length > 0 && instructions.every((i) => IDEMPOTENT_SEGMENT_INSTRUCTIONS.has(i.kind));
}

;// CONCATENATED MODULE: ./src/launchdarkly/client.ts
// LaunchDarklyApi over HTTP. Lists are read with the largest page size and, once the first page tells the total,
// the rest concurrently; writes carry comments wherever the API takes one and are repeated only when that is safe.
// Transport concerns (pacing, concurrency, timeouts, retries, errors) live in transport.ts.







/** Upper bound on pages followed through `_links.next`, against a server that links in a circle. */
const MAX_FOLLOWED_PAGES = 10_000;
const DEFAULT_AUDIT_LOG_LIMIT = 100;
class LaunchDarklyClient {
    transport;
    maxCreateAttempts;
    constructor(options) {
        this.transport = new LaunchDarklyTransport(options);
        this.maxCreateAttempts = options.retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts;
    }
    /** Requests made so far: totals, retries, 429s, time held back by pacing, per route. */
    get stats() {
        return this.transport.stats;
    }
    resetStats() {
        this.transport.resetStats();
    }
    /** Closes the connection pool. The client must not be used afterwards. */
    close() {
        return this.transport.close();
    }
    // ---- reads -------------------------------------------------------------------------------------------------
    getCallerIdentity() {
        return this.send({ route: routes/* ROUTES */.bw.getCallerIdentity, repeat: "safe" });
    }
    getToken(id) {
        return this.getOptional(routes/* ROUTES */.bw.getToken, { id });
    }
    /** With its environments embedded (`expand=environments`), so that one read usually names them all. */
    getProject(projectKey) {
        return this.getOptional(routes/* ROUTES */.bw.getProject, { projectKey }, { expand: "environments" });
    }
    async listEnvironments(projectKey) {
        return this.listAll(routes/* ROUTES */.bw.getEnvironmentsByProject, { projectKey }, limits/* MAX_PAGE_SIZE */.H4.environments);
    }
    /** `ContextKindsCollectionRep` has no paging parameters: one request returns them all. */
    async listContextKinds(projectKey) {
        const page = await this.send({
            route: routes/* ROUTES */.bw.getContextKindsByProjectKey,
            params: { projectKey },
            repeat: "safe",
        });
        return page.items ?? [];
    }
    /** The contexts of `kind` with `key` that LaunchDarkly has seen (an empty list for one it has never seen). */
    async getContexts(projectKey, environmentKey, kind, key) {
        return this.send({
            route: routes/* ROUTES */.bw.getContexts,
            params: { projectKey, environmentKey, kind, key },
            query: { limit: 1 },
            repeat: "safe",
        });
    }
    listSegments(projectKey, environmentKey, onPage) {
        return this.listAll(routes/* ROUTES */.bw.getSegments, { projectKey, environmentKey }, limits/* MAX_PAGE_SIZE */.H4.segments, {}, onPage);
    }
    getSegment(projectKey, environmentKey, segmentKey) {
        return this.getOptional(routes/* ROUTES */.bw.getSegment, { projectKey, environmentKey, segmentKey });
    }
    /** With `experimentCount` (`expand=experimentCount`), so the plan sees which metrics experiments use. */
    listMetrics(projectKey) {
        return this.listAll(routes/* ROUTES */.bw.getMetrics, { projectKey }, limits/* MAX_PAGE_SIZE */.H4.metrics, {
            expand: "experimentCount",
        });
    }
    getMetric(projectKey, metricKey) {
        return this.getOptional(routes/* ROUTES */.bw.getMetric, { projectKey, metricKey });
    }
    /** The metric with the experiments that use it (`expand=experiments,experimentCount`). */
    getMetricUsage(projectKey, metricKey) {
        return this.getOptional(routes/* ROUTES */.bw.getMetric, { projectKey, metricKey }, { expand: "experiments,experimentCount" });
    }
    /** Every flag of the project with this environment's targeting (`env=…&summary=0`: rules, prerequisites). */
    listFlags(projectKey, environmentKey) {
        return this.listAll(routes/* ROUTES */.bw.getFeatureFlags, { projectKey }, limits/* MAX_PAGE_SIZE */.H4.flags, {
            env: environmentKey,
            summary: 0,
        });
    }
    getFlag(projectKey, flagKey, environmentKey) {
        return this.getOptional(routes/* ROUTES */.bw.getFeatureFlag, { projectKey, featureFlagKey: flagKey }, { env: environmentKey });
    }
    /** Create or update: the same body twice gives the same kind, so it is repeated after an answerless attempt. */
    async putContextKind(projectKey, key, body) {
        await this.send({
            route: routes/* ROUTES */.bw.putContextKind,
            params: { projectKey, key },
            body,
            repeat: "safe",
        });
    }
    listRoles() {
        return this.listAll(routes/* ROUTES */.bw.getCustomRoles, {}, limits/* MAX_PAGE_SIZE */.H4.roles);
    }
    getRole(roleKey) {
        return this.getOptional(routes/* ROUTES */.bw.getCustomRole, { customRoleKey: roleKey });
    }
    /**
     * Newest first. `limit` caps the number of entries returned (default 100); `after` (epoch ms) keeps only newer
     * entries. The audit log has no total count, so pages are followed one after the other.
     */
    async listAuditLog(spec, options = {}) {
        const wanted = options.limit ?? DEFAULT_AUDIT_LOG_LIMIT;
        const entries = [];
        if (wanted <= 0)
            return entries;
        let page = await this.send({
            route: routes/* ROUTES */.bw.getAuditLogEntries,
            query: { spec, limit: Math.min(wanted, limits/* MAX_PAGE_SIZE */.H4.auditLog), after: options.after },
            repeat: "safe",
        });
        const seen = new Set();
        for (let followed = 0;; followed++) {
            for (const entry of page.items ?? []) {
                if (seen.has(entry._id))
                    continue;
                seen.add(entry._id);
                entries.push(entry);
                if (entries.length >= wanted)
                    return entries;
            }
            const href = nextHref(page);
            if (href === undefined || followed >= MAX_FOLLOWED_PAGES || (page.items ?? []).length === 0)
                return entries;
            page = await this.send({
                route: routes/* ROUTES */.bw.getAuditLogEntries,
                href,
                repeat: "safe",
            });
        }
    }
    // ---- segment writes ------------------------------------------------------------------------------------------
    /**
     * `SegmentBody` has no comment field, so `comment` is not sent; the PATCH that sets rules and targets carries it.
     * After an answerless attempt the client looks the key up: found → created; absent → sent again.
     */
    createSegment(projectKey, environmentKey, body, _comment) {
        const params = { projectKey, environmentKey };
        return this.createVerified(() => this.send({ route: routes/* ROUTES */.bw.postSegment, params, body, repeat: "once" }), () => this.getSegment(projectKey, environmentKey, body.key));
    }
    patchSegmentSemantic(projectKey, environmentKey, segmentKey, instructions, comment) {
        return this.send({
            route: routes/* ROUTES */.bw.patchSegment,
            params: { projectKey, environmentKey, segmentKey },
            body: { environmentKey, instructions, ...(comment !== undefined ? { comment } : {}) },
            contentType: SEMANTIC_PATCH_CONTENT_TYPE,
            repeat: isSemanticPatchRepeatable(instructions) ? "safe" : "once",
        });
    }
    patchSegmentJson(projectKey, environmentKey, segmentKey, patch, comment) {
        return this.send({
            route: routes/* ROUTES */.bw.patchSegment,
            params: { projectKey, environmentKey, segmentKey },
            body: { patch, ...(comment !== undefined ? { comment } : {}) },
            repeat: isJsonPatchRepeatable(patch) ? "safe" : "once",
        });
    }
    /** Adding or removing set members is idempotent, so this is repeated after an answerless attempt. */
    async updateBigSegmentTargets(projectKey, environmentKey, segmentKey, update) {
        await this.send({
            route: routes/* ROUTES */.bw.updateBigSegmentContextTargets,
            params: { projectKey, environmentKey, segmentKey },
            body: update,
            repeat: "safe",
        });
    }
    getBigSegmentMembership(projectKey, environmentKey, segmentKey, contextKey) {
        return this.getOptional(routes/* ROUTES */.bw.getSegmentMembershipForContext, {
            projectKey,
            environmentKey,
            segmentKey,
            contextKey,
        });
    }
    /**
     * `createBigSegmentImport`: a multipart upload streamed from the key slice. LaunchDarkly answers 204 and names
     * the import only in `Location` (`…/imports/{importID}`). Not repeated after a lost answer: the upload may have
     * started an import, and a second one would be refused (409) while it runs.
     */
    async createBigSegmentImport(projectKey, environmentKey, segmentKey, upload) {
        const result = await this.transport.call({
            route: routes/* ROUTES */.bw.createBigSegmentImport,
            params: { projectKey, environmentKey, segmentKey },
            stream: (0,import_upload/* multipartImportBody */.eH)(upload),
            repeat: "once",
        });
        const location = result.headers.location;
        const href = Array.isArray(location) ? location[0] : location;
        const importId = href
            ? decodeURIComponent(new URL(href, "http://x").pathname.split("/").pop() ?? "")
            : "";
        if (importId === "")
            throw new Error(`LaunchDarkly accepted the import for segment ${segmentKey} but named no import in its Location header`);
        return importId;
    }
    getBigSegmentImport(projectKey, environmentKey, segmentKey, importId) {
        return this.send({
            route: routes/* ROUTES */.bw.getBigSegmentImport,
            params: { projectKey, environmentKey, segmentKey, importID: importId },
            repeat: "safe",
        });
    }
    deleteSegment(projectKey, environmentKey, segmentKey) {
        const params = { projectKey, environmentKey, segmentKey };
        return this.deleteVerified(routes/* ROUTES */.bw.deleteSegment, params, () => this.getSegment(projectKey, environmentKey, segmentKey));
    }
    // ---- metric writes (no comment field on any metric write) -----------------------------------------------------
    createMetric(projectKey, body) {
        return this.createVerified(() => this.send({ route: routes/* ROUTES */.bw.postMetric, params: { projectKey }, body, repeat: "once" }), () => this.getMetric(projectKey, body.key));
    }
    /** `PATCH /api/v2/metrics/{p}/{m}` takes a bare JSON Patch array (no comment wrapper). */
    patchMetric(projectKey, metricKey, patch) {
        return this.send({
            route: routes/* ROUTES */.bw.patchMetric,
            params: { projectKey, metricKey },
            body: patch,
            repeat: isJsonPatchRepeatable(patch) ? "safe" : "once",
        });
    }
    deleteMetric(projectKey, metricKey) {
        return this.deleteVerified(routes/* ROUTES */.bw.deleteMetric, { projectKey, metricKey }, () => this.getMetric(projectKey, metricKey));
    }
    // ---- role writes ---------------------------------------------------------------------------------------------
    createRole(body) {
        return this.createVerified(() => this.send({ route: routes/* ROUTES */.bw.postCustomRole, body, repeat: "once" }), () => this.getRole(body.key));
    }
    patchRole(roleKey, patch, comment) {
        return this.send({
            route: routes/* ROUTES */.bw.patchCustomRole,
            params: { customRoleKey: roleKey },
            body: { patch, ...(comment !== undefined ? { comment } : {}) },
            repeat: isJsonPatchRepeatable(patch) ? "safe" : "once",
        });
    }
    deleteRole(roleKey) {
        return this.deleteVerified(routes/* ROUTES */.bw.deleteCustomRole, { customRoleKey: roleKey }, () => this.getRole(roleKey));
    }
    // ---- helpers -------------------------------------------------------------------------------------------------
    async send(spec) {
        return (await this.transport.call(spec)).body;
    }
    async getOptional(route, params, query) {
        try {
            return await this.send({ route, params, query, repeat: "safe" });
        }
        catch (error) {
            if (error instanceof errors/* LaunchDarklyError */.Zk && error.status === 404)
                return undefined;
            throw error;
        }
    }
    /**
     * Reads a whole list: first page at the largest size; with `totalCount`, every other page concurrently (the
     * transport's concurrency bound and pacing still apply); then `_links.next` for anything added meanwhile or
     * when no total is given.
     */
    async listAll(route, params, pageSize, extraQuery = {}, 
    /** Each page's items as the page arrives (in arrival order; the result is still in list order). */
    onPage) {
        const heard = (page) => {
            if (onPage && page.items && page.items.length > 0)
                onPage(page.items);
            return page;
        };
        const first = heard(await this.send({
            route,
            params,
            query: { ...extraQuery, limit: pageSize, offset: 0 },
            repeat: "safe",
        }));
        const pages = [first];
        const firstLength = first.items?.length ?? 0;
        if (first.totalCount !== undefined && firstLength > 0) {
            // If the server capped the page below what was asked, its own page length is the step.
            const step = Math.min(pageSize, firstLength);
            const offsets = remainingPageOffsets(first.totalCount, step);
            const rest = await Promise.all(offsets.map(async (offset) => heard(await this.send({
                route,
                params,
                query: { ...extraQuery, limit: step, offset },
                repeat: "safe",
            }))));
            pages.push(...rest);
        }
        // Follow `next` from the last page read: covers lists without totalCount and items added while reading.
        let last = pages[pages.length - 1];
        const followed = new Set();
        for (let href = nextHref(last); href !== undefined && !followed.has(href); href = nextHref(last)) {
            if (followed.size >= MAX_FOLLOWED_PAGES)
                break;
            followed.add(href);
            // The route's params go along so that an error names the list (project, environment), not "undefined".
            last = heard(await this.send({ route, params, href, repeat: "safe" }));
            pages.push(last);
            if ((last.items?.length ?? 0) === 0)
                break;
        }
        return uniqueBy(pages.flatMap((page) => page.items ?? []), (item) => item.key);
    }
    /**
     * A create that got no answer is checked, not repeated blindly: if the key now exists, the create went through
     * (return what is there); if it does not, sending again is safe.
     */
    async createVerified(create, find) {
        let checkedAbsent = false;
        for (let attempt = 1;; attempt++) {
            try {
                return await create();
            }
            catch (error) {
                if (!(error instanceof errors/* LaunchDarklyError */.Zk))
                    throw error;
                // A 409 after we had to check means an earlier attempt did create it.
                const conflictAfterUnknown = checkedAbsent && error.status === 409;
                if (!error.outcomeUnknown && !conflictAfterUnknown)
                    throw error;
                let existing;
                try {
                    existing = await find();
                }
                catch {
                    throw error;
                }
                if (existing !== undefined)
                    return existing;
                if (attempt >= this.maxCreateAttempts)
                    throw error;
                checkedAbsent = true;
            }
        }
    }
    /** A delete that got no answer is checked: gone → done; still there → sent again. */
    async deleteVerified(route, params, find) {
        let checked = false;
        for (let attempt = 1;; attempt++) {
            try {
                await this.send({ route, params, repeat: "once" });
                return;
            }
            catch (error) {
                if (!(error instanceof errors/* LaunchDarklyError */.Zk))
                    throw error;
                // Our own earlier attempt removed it.
                if (checked && error.status === 404)
                    return;
                if (!error.outcomeUnknown)
                    throw error;
                let existing;
                try {
                    existing = await find();
                }
                catch {
                    throw error;
                }
                if (existing === undefined)
                    return;
                if (attempt >= this.maxCreateAttempts)
                    throw error;
                checked = true;
            }
        }
    }
}

// EXTERNAL MODULE: ./src/launchdarkly/config.ts
var launchdarkly_config = __webpack_require__(91824);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/output/file-writer.ts
var file_writer = __webpack_require__(90955);
;// CONCATENATED MODULE: ./src/cli/write-output.ts
// `--out FILE` of plan and drift: write the rendered report, and turn the file system's error codes into a
// sentence that names the path and what to do (a raw `ENOENT: no such file or directory, open …` does neither).


/** The `--out` file could not be written; the message names the path and the fix. */
class OutputFileError extends Error {
    name = "OutputFileError";
}
function describeOutputFileError(path, error) {
    const code = error?.code;
    const where = (0,external_node_path_.dirname)(path);
    switch (code) {
        case "ENOENT":
            return `cannot write --out ${path}: the directory ${where} does not exist. Create it first (mkdir -p ${where}) or give --out a path in an existing directory.`;
        case "ENOTDIR":
            return `cannot write --out ${path}: part of ${where} is a file, not a directory. Give --out a path in an existing directory.`;
        case "EISDIR":
            return `cannot write --out ${path}: it is a directory. --out takes a file name, e.g. --out ${path.replace(/\/+$/, "")}/plan.json.`;
        case "EACCES":
        case "EPERM":
            return `cannot write --out ${path}: permission denied. Choose a path you can write to, or fix the permissions of ${where}.`;
        case "EROFS":
            return `cannot write --out ${path}: the file system is read-only. Choose a writable path.`;
        case "ENOSPC":
            return `cannot write --out ${path}: no space left on the device.`;
        default: {
            const reason = error instanceof Error ? error.message : String(error);
            return `cannot write --out ${path}: ${reason}`;
        }
    }
}
/** Writes `text` to `path`; throws `OutputFileError` with a readable message when it cannot. */
async function writeOutputFile(path, text) {
    try {
        // Through the redacting sink: the report holds LaunchDarkly's own data, which can hold a pasted token.
        await (0,file_writer/* writeRedactedFile */.c)(path, text);
    }
    catch (error) {
        throw new OutputFileError(describeOutputFileError(path, error));
    }
}

;// CONCATENATED MODULE: ./src/cli/shared.ts
// What several commands share: the same options, the LaunchDarkly client built the same way, the same error text.





const configDirOption = () => new esm/* Option */.c$("-d, --dir <dir>", "config directory holding *.yaml / *.yml files").default("launchdarkly");
const baseUriOption = () => new esm/* Option */.c$("--base-uri <url>", "LaunchDarkly base URI or region (commercial, eu, federal); default: LD_BASE_URI, else https://app.launchdarkly.com");
const { maxCount, maxPercent } = types/* DEFAULT_DELETE_THRESHOLD */.s;
/** One wording for plan and apply (both refuse the same plans). */
const deleteThresholdOption = () => new esm/* Option */.c$("--delete-threshold <limit>", `refuse a plan that deletes more than N resources, or more than N% of the managed ones: N, N% or N,N% ` +
    `(repeatable; default ${maxCount},${maxPercent}%: more than ${maxCount} deletes or more than ${maxPercent}% is refused)`).argParser(collect);
/** Where the YAML format is described (the reference pages in the repository's docs/). */
const FORMAT_REFERENCE = "https://github.com/ld-gitops/ld-gitops/tree/main/docs";
/** The `--help` footer of every command that talks to LaunchDarkly. */
const ENVIRONMENT_HELP = `Environment:
  LD_ACCESS_TOKEN   LaunchDarkly API access token (LAUNCHDARKLY_ACCESS_TOKEN also works); never a command-line option,
                    so it stays out of shell history. Which role each command needs: docs/tokens-and-permissions.md
  LD_BASE_URI       LaunchDarkly base URI, or a region: commercial (default, https://app.launchdarkly.com),
                    eu (https://app.eu.launchdarkly.com), federal (https://app.launchdarkly.us);
                    or the emulator's http://127.0.0.1:PORT`;
/** The `--help` footer: environment, one example, and where the format is described. */
function commandHelp(examples, environment = true) {
    return [
        "",
        ...(environment ? [ENVIRONMENT_HELP, ""] : []),
        examples.length === 1 ? "Example:" : "Examples:",
        ...examples.map((example) => `  $ ${example}`),
        "",
        `Configuration format: ${FORMAT_REFERENCE}`,
    ].join("\n");
}
/** Collects a repeatable option's values. */
function collect(value, previous = []) {
    return [...previous, value];
}
/** The client for `--base-uri` (else LD_BASE_URI); the token only ever comes from the environment. */
function createCliClient(baseUri, env = process.env, options = {}) {
    const config = (0,launchdarkly_config/* resolveClientConfig */.mx)({ env, ...(baseUri === undefined ? {} : { baseUri }) });
    return { config, client: new LaunchDarklyClient({ ...config, ...options }) };
}
/** The report on stdout; with `--out`, the report goes to that file and stdout gets only its one-line summary. */
async function printReport(text, out, summaryLine) {
    if (out === undefined) {
        process.stdout.write(text);
        return;
    }
    await writeOutputFile(out, text);
    process.stdout.write(`${summaryLine} Written to ${out}.\n`);
}


/***/ }),

/***/ 23392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ backoffDelayMs),
/* harmony export */   j: () => (/* binding */ withJitter)
/* harmony export */ });
// How long to wait before trying again. Pure: the random source is passed in so tests can pin it.
/**
 * Exponential backoff with "equal jitter": half the exponential step is fixed, the other half random, so retries
 * from many concurrent requests spread out but each still waits a meaningful minimum.
 * `retry` is 0 for the first retry.
 */
function backoffDelayMs(retry, options, random = Math.random) {
    const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry));
    return Math.round(step / 2 + random() * (step / 2));
}
/** Adds up to `maxJitterMs` of random delay, so clients released at the same instant do not stampede. */
function withJitter(delayMs, maxJitterMs, random = Math.random) {
    return Math.max(0, Math.round(delayMs + random() * maxJitterMs));
}


/***/ }),

/***/ 91824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ regionOf),
/* harmony export */   JD: () => (/* binding */ DEFAULT_BASE_URI),
/* harmony export */   mx: () => (/* binding */ resolveClientConfig),
/* harmony export */   xQ: () => (/* binding */ normalizeBaseUri)
/* harmony export */ });
/* unused harmony exports LD_REGIONS, BASE_URI_ENV_VAR, TOKEN_ENV_VARS, DEFAULT_TOKEN_HINT, LaunchDarklyConfigError, findToken */
// Where the client talks to and with which token, resolved from options first and the environment second.
// The region hosts are the ones LaunchDarkly's API reference names as request base URIs.
/** LaunchDarkly's instances and the base URI of their REST API. */
const LD_REGIONS = {
    commercial: "https://app.launchdarkly.com",
    federal: "https://app.launchdarkly.us",
    eu: "https://app.eu.launchdarkly.com",
};
const DEFAULT_BASE_URI = LD_REGIONS.commercial;
const BASE_URI_ENV_VAR = "LD_BASE_URI";
/** Checked in this order. */
const TOKEN_ENV_VARS = ["LD_ACCESS_TOKEN", "LAUNCHDARKLY_ACCESS_TOKEN"];
/** Where the CLI takes the token from. */
const DEFAULT_TOKEN_HINT = `set ${TOKEN_ENV_VARS.join(" or ")} in the environment`;
/** A configuration problem found before any request is made. */
class LaunchDarklyConfigError extends Error {
    name = "LaunchDarklyConfigError";
}
const REGION_ALIASES = {
    commercial: "commercial",
    us: "commercial",
    default: "commercial",
    federal: "federal",
    fedramp: "federal",
    eu: "eu",
};
/**
 * Turns what a user may write (`https://app.launchdarkly.com/`, `https://app.eu.launchdarkly.com/api/v2`,
 * `app.launchdarkly.us`, `eu`, `http://127.0.0.1:8765`) into the base the client joins `/api/v2/...` to.
 */
function normalizeBaseUri(input) {
    const trimmed = input.trim();
    if (trimmed === "")
        throw new LaunchDarklyConfigError(`${BASE_URI_ENV_VAR} is empty`);
    const alias = REGION_ALIASES[trimmed.toLowerCase()];
    if (alias)
        return LD_REGIONS[alias];
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new LaunchDarklyConfigError(`LaunchDarkly base URI "${trimmed}" is not a URL; expected e.g. ${LD_REGIONS.commercial}, ` +
            `${LD_REGIONS.federal} or ${LD_REGIONS.eu}`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
        throw new LaunchDarklyConfigError(`LaunchDarkly base URI must be http(s), got "${url.protocol}"`);
    }
    // Credentials in the URL would travel in every request and show up in logs of the URL.
    if (url.username !== "" || url.password !== "") {
        throw new LaunchDarklyConfigError("LaunchDarkly base URI must not contain credentials; use a token");
    }
    if (url.search !== "" || url.hash !== "") {
        throw new LaunchDarklyConfigError("LaunchDarkly base URI must not contain a query or fragment");
    }
    let path = url.pathname.replace(/\/+$/, "");
    path = path.replace(/\/api\/v2$/i, "").replace(/\/api$/i, "");
    return `${url.origin}${path}`;
}
/** Which LaunchDarkly instance a normalized base URI belongs to. */
function regionOf(baseUri) {
    for (const [region, uri] of Object.entries(LD_REGIONS)) {
        if (baseUri.toLowerCase() === uri)
            return region;
    }
    return "custom";
}
/** LaunchDarkly wants the bare token; people often paste `Bearer <token>` from other APIs. */
function cleanToken(raw) {
    if (raw === undefined)
        return undefined;
    const token = raw.trim().replace(/^bearer\s+/i, "");
    return token === "" ? undefined : token;
}
function resolveClientConfig(options = {}) {
    const env = options.env ?? process.env;
    const fromEnv = env[BASE_URI_ENV_VAR]?.trim();
    const [rawBase, baseUriSource] = options.baseUri?.trim()
        ? [options.baseUri, "option"]
        : fromEnv
            ? [fromEnv, BASE_URI_ENV_VAR]
            : [DEFAULT_BASE_URI, "default"];
    const baseUri = normalizeBaseUri(rawBase);
    const found = findToken({ ...(options.token !== undefined ? { token: options.token } : {}), env });
    if (found === undefined) {
        throw new LaunchDarklyConfigError(`No LaunchDarkly access token: ${options.tokenHint ?? DEFAULT_TOKEN_HINT}. ` +
            "Create one under Organization settings > Authorization with a role that can manage segments, metrics and roles.");
    }
    return { baseUri, baseUriSource, ...found, region: regionOf(baseUri) };
}
/**
 * The token and where it came from: the option first, then `TOKEN_ENV_VARS` in order; undefined when none is set.
 * The one place that knows where tokens live, so a caller that may run without one (the Action validating a fork's
 * pull request) decides from the same sources the client will use.
 */
function findToken(options) {
    const given = cleanToken(options.token);
    if (given !== undefined)
        return { token: given, tokenSource: "option" };
    const env = options.env ?? process.env;
    for (const name of TOKEN_ENV_VARS) {
        const token = cleanToken(env[name]);
        if (token !== undefined)
            return { token, tokenSource: name };
    }
    return undefined;
}


/***/ }),

/***/ 43681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JR: () => (/* binding */ hintFor),
/* harmony export */   Zk: () => (/* binding */ LaunchDarklyError),
/* harmony export */   gB: () => (/* binding */ NETWORK_ERROR),
/* harmony export */   t4: () => (/* binding */ TIMEOUT_ERROR)
/* harmony export */ });
/* unused harmony exports formatErrorMessage, describeBaseUriSource */
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91824);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13231);
// The one error type the client throws. It says what was asked (method and path, never the token or a query
// string), what LaunchDarkly answered (status, code, message) and what to do about it (hint).


/** Codes for failures that never got an HTTP answer; HTTP failures carry LaunchDarkly's own code. */
const NETWORK_ERROR = "network_error";
const TIMEOUT_ERROR = "timeout";
class LaunchDarklyError extends Error {
    name = "LaunchDarklyError";
    status;
    code;
    ldMessage;
    method;
    path;
    operationId;
    hint;
    outcomeUnknown;
    attempts;
    missingPermission;
    constructor(details) {
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(formatErrorMessage(details)));
        this.status = details.status;
        this.code = details.code;
        this.ldMessage = details.ldMessage === undefined ? undefined : (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(details.ldMessage);
        this.method = details.method;
        this.path = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(details.path);
        this.operationId = details.operationId;
        this.hint = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(details.hint);
        this.outcomeUnknown = details.outcomeUnknown ?? false;
        this.attempts = details.attempts ?? 1;
        this.missingPermission = details.missingPermission;
    }
}
function formatErrorMessage(d) {
    const answer = d.status === undefined ? d.code : `${d.status} ${d.code}`;
    const said = d.ldMessage ? `: ${d.ldMessage}` : "";
    return `LaunchDarkly ${d.method} ${d.path} failed (${answer})${said}. ${d.hint}`;
}
/** The setting that chose the base URI, for "Check …" advice. */
function describeBaseUriSource(source) {
    switch (source) {
        case "option":
            return "the base URI given to ld-gitops (--base-uri, or the Action's base-uri input)";
        case "LD_BASE_URI":
            return "the base URI in the LD_BASE_URI environment variable";
        case "default":
            return `the network; ld-gitops used the default base URI ${_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BASE_URI */ .JD} (set --base-uri or LD_BASE_URI for the EU or federal instance or a proxy)`;
        default:
            return "the base URI (--base-uri, the Action's base-uri input, or LD_BASE_URI)";
    }
}
function describeTokenSource(source) {
    if (source === undefined || source === "option")
        return "the token given to ld-gitops (the Action's access-token input, or the caller's own configuration)";
    return `the token in the ${source} environment variable`;
}
function notFoundSubject(operationId, params) {
    const { projectKey: p, environmentKey: e, segmentKey: s, metricKey: m, customRoleKey: r } = params;
    switch (operationId) {
        case "getProject":
        case "getEnvironmentsByProject":
        case "getMetrics":
        case "postMetric":
            return `Project "${p}" does not exist (or the token cannot see it).`;
        case "getSegments":
        case "postSegment":
            return `Project "${p}" or its environment "${e}" does not exist.`;
        case "getSegment":
        case "patchSegment":
        case "deleteSegment":
        case "updateBigSegmentContextTargets":
            return `Segment "${s}" does not exist in project "${p}", environment "${e}" (or the project or environment does not exist).`;
        case "getMetric":
        case "patchMetric":
        case "deleteMetric":
            return `Metric "${m}" does not exist in project "${p}".`;
        case "getCustomRole":
        case "patchCustomRole":
        case "deleteCustomRole":
            return `Custom role "${r}" does not exist.`;
        default:
            return "The resource does not exist.";
    }
}
/** The advice attached to an error, by status. */
function hintFor(ctx) {
    const retried = ctx.attempts > 1 ? ` (after ${ctx.attempts} attempts)` : "";
    if (ctx.status === undefined) {
        if (ctx.outcomeUnknown) {
            return (`The connection failed after the request was sent${retried}, so LaunchDarkly may or may not have applied this ` +
                `${ctx.method}. It was not repeated blindly; run plan again to see the current state before re-applying.`);
        }
        return ctx.code === TIMEOUT_ERROR
            ? `No answer from ${ctx.origin} in time${retried}. Check the network or raise the timeout.`
            : ctx.baseUriSource === "default"
                ? `Could not reach ${ctx.origin}${retried}. Check ${describeBaseUriSource(ctx.baseUriSource)}.`
                : `Could not reach ${ctx.origin}${retried}. Check ${describeBaseUriSource(ctx.baseUriSource)} and the network.`;
    }
    if (ctx.outcomeUnknown && ctx.everyAttemptAnswered) {
        return (`Every attempt of this ${ctx.method} was answered with a server error${retried}; a server error does not say ` +
            "whether LaunchDarkly applied the write. Run plan again to see the current state.");
    }
    if (ctx.outcomeUnknown) {
        return (`An earlier attempt of this ${ctx.method} got no answer and may already have applied it; this retry then ` +
            `failed${retried}. Run plan again to see the current state.`);
    }
    switch (ctx.status) {
        case 400:
            return "LaunchDarkly rejected the request as invalid; its message above says which field.";
        case 401:
            return `The access token was rejected (invalid, expired or revoked). Check ${describeTokenSource(ctx.tokenSource)}.`;
        case 403:
            return ctx.permission
                ? `The token's role does not allow ${ctx.permission.actions.map((a) => `"${a}"`).join(", ")} on ` +
                    `"${ctx.permission.resource}". Add a policy statement allowing it, or use a token with more access.`
                : "The token's role does not allow this request. Check its custom role policy.";
        case 404:
            return ctx.followedLink
                ? "LaunchDarkly's own link to the next page of this list led nowhere (the list changed while it was read, or a proxy rewrote the link). Run again."
                : notFoundSubject(ctx.operationId, ctx.params);
        case 409:
            return ("Someone changed this resource after it was read (concurrent change or stale version). " +
                "Run plan again and re-apply the new plan.");
        case 429:
            return `Still rate limited${retried}. Wait a minute and re-run, or lower the client concurrency.`;
        default:
            return ctx.status >= 500
                ? `LaunchDarkly had a server error${retried}. Try again later; check status.launchdarkly.com.`
                : "Unexpected response from LaunchDarkly.";
    }
}


/***/ }),

/***/ 43589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vy: () => (/* binding */ importSliceProblem),
/* harmony export */   eH: () => (/* binding */ multipartImportBody)
/* harmony export */ });
/* unused harmony exports csvLine, importFileBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24550);
// The body of `createBigSegmentImport`: `multipart/form-data` with `mode` and `file`, the file a CSV of keys in
// the first column without header row (LaunchDarkly's import format). Built from a key array slice and streamed in
// chunks: the file is never one string.


const CHUNK_BYTES = 64 * 1024;
/** One CSV line for a key: quoted (RFC 4180) when it holds a comma, a quote or a line break. */
function csvLine(key) {
    return /[",\r\n]/.test(key) ? `"${key.replaceAll('"', '""')}"\n` : `${key}\n`;
}
/** Bytes of the CSV file the keys `[start, end)` make. */
function importFileBytes(keys, start, end) {
    let bytes = 0;
    for (let index = start; index < end; index++)
        bytes += Buffer.byteLength(csvLine(keys[index]));
    return bytes;
}
/** Why LaunchDarkly would refuse this slice as one import file; undefined when it fits. */
function importSliceProblem(keys, start, end) {
    if (start < 0 || end > keys.length || start > end)
        return `the range [${start}, ${end}) is outside the ${keys.length} keys`;
    if (end - start > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_IMPORT_CONTEXTS */ .kb)
        return `${end - start} contexts in one import file; LaunchDarkly takes at most ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_IMPORT_CONTEXTS */ .kb}`;
    const bytes = importFileBytes(keys, start, end);
    if (bytes > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_IMPORT_FILE_BYTES */ .sm)
        return `an import file of ${bytes} bytes; LaunchDarkly takes at most 40 MB (${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_IMPORT_FILE_BYTES */ .sm} bytes)`;
    return undefined;
}
/** The multipart body for an import; every `open()` streams it again from the start (for a retry). */
function multipartImportBody(upload) {
    const boundary = `ld-gitops-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString("hex")}`;
    const field = (name, value) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const filename = (upload.filename ?? "members.csv").replace(/["\r\n]/g, "_");
    const head = field("mode", upload.mode) +
        (upload.waitOnApprovals !== undefined ? field("waitOnApprovals", String(upload.waitOnApprovals)) : "") +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        async *open() {
            yield Buffer.from(head);
            let chunk = "";
            for (let index = upload.start; index < upload.end; index++) {
                chunk += csvLine(upload.keys[index]);
                if (chunk.length >= CHUNK_BYTES) {
                    yield Buffer.from(chunk);
                    chunk = "";
                }
            }
            yield Buffer.from(chunk + tail);
        },
    };
}


/***/ }),

/***/ 24550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H4: () => (/* binding */ MAX_PAGE_SIZE),
/* harmony export */   Ir: () => (/* binding */ MAX_ROLLOUT_WEIGHT),
/* harmony export */   Ky: () => (/* binding */ BIG_SEGMENT_TARGETS_PER_REQUEST),
/* harmony export */   Pc: () => (/* binding */ MAX_TARGET_OPERATIONS_PER_PATCH),
/* harmony export */   _l: () => (/* binding */ MAX_CONTEXT_KEY_LENGTH),
/* harmony export */   e: () => (/* binding */ MAX_STANDARD_SEGMENT_TARGETS),
/* harmony export */   kb: () => (/* binding */ MAX_IMPORT_CONTEXTS),
/* harmony export */   pQ: () => (/* binding */ LD_API_VERSION),
/* harmony export */   sm: () => (/* binding */ MAX_IMPORT_FILE_BYTES),
/* harmony export */   yQ: () => (/* binding */ DEFAULT_PAGE_SIZE)
/* harmony export */ });
// LaunchDarkly's limits, in one place: the client pages and batches by them and the emulator enforces them.
// Sources: ../shared/launchdarkly/openapi.json and segment-semantic-patch.md (quoted per line).
/** Largest `limit` each list endpoint accepts. */
const MAX_PAGE_SIZE = {
    // "Defaults to 20"; no maximum is published. 50 is the largest value LaunchDarkly's own UI and tools use.
    segments: 50,
    // "Defaults to 20. Maximum limit is 50."
    metrics: 50,
    // "Defaults to 20"; no maximum is published: treated like segments.
    roles: 50,
    // "Defaults to 20"; no maximum is published: treated like segments.
    flags: 50,
    // "Defaults to 20"; no maximum is published.
    projects: 20,
    environments: 20,
    // "Set between 1 and 20. The default is 10."
    auditLog: 20,
};
/** Default `limit` when a request gives none. */
const DEFAULT_PAGE_SIZE = {
    segments: 20,
    metrics: 20,
    roles: 20,
    flags: 20,
    projects: 20,
    environments: 20,
    auditLog: 10,
};
/** Target operations (add/remove included/excluded targets or users) allowed in one semantic-patch request. */
const MAX_TARGET_OPERATIONS_PER_PATCH = 1_500;
/** Individual targets (included + excluded, all context kinds) a standard (non-big) segment may hold. */
const MAX_STANDARD_SEGMENT_TARGETS = 15_000;
/** Rule rollout weight is in thousandths of a percent. */
const MAX_ROLLOUT_WEIGHT = 100_000;
/** The API version this tool is written against (`LD-API-Version` header). */
const LD_API_VERSION = "20240415";
/**
 * Big-segment import files: "≤ 40 MB and ≤ 1,000,000 contexts per file" (LaunchDarkly's list-based segments page,
 * ../shared/launchdarkly/membership-export-events.md). Megabytes read the strict way: 40,000,000 bytes.
 */
const MAX_IMPORT_FILE_BYTES = 40_000_000;
const MAX_IMPORT_CONTEXTS = 1_000_000;
/**
 * Keys per `POST …/segments/{p}/{e}/{s}/contexts` request. LaunchDarkly documents no limit; partner integrations
 * send 1,000 keys a request, so the tool does too.
 */
const BIG_SEGMENT_TARGETS_PER_REQUEST = 1_000;
/**
 * Longest context key ld-gitops accepts in a member file. Neither openapi.json (no `maxLength` on any context key;
 * its only 256-character limits are on release-policy names) nor LaunchDarkly's segment and context documentation
 * (list-based segments, context configuration, built-in attributes) state one. Following
 * ../shared/launchdarkly/membership-export-events.md ("where no source settles it, model the stricter reading"),
 * this is an assumption, stated in docs/audience-sync.md: a key this long is almost always the wrong column.
 */
const MAX_CONTEXT_KEY_LENGTH = 256;


/***/ }),

/***/ 15707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   he: () => (/* binding */ RateLimitPacer)
/* harmony export */ });
/* unused harmony exports estimateRemaining, decidePace, isNewerBudget */
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23392);
// Client-side pacing against LaunchDarkly's rate-limit windows. Each bucket (one per route, plus one global) keeps
// the last budget LaunchDarkly announced (remaining requests until the window resets) and counts the requests
// granted since. When everything that is waiting fits in the remaining budget it goes at once; when it does not,
// the remaining budget is spread evenly over the time left in the window instead of bursting into a 429; at zero,
// requests wait for the reset. Without current information (first request, window over) only a bounded number of
// probe requests go out until a response brings fresh headers.

/** Budget left in the current window, counting requests granted after the one that reported it. */
function estimateRemaining(snapshot, issued) {
    return snapshot.remaining - (issued - snapshot.observedSeq);
}
/** The pacing rule, pure. */
function decidePace(input) {
    const { snapshot, now } = input;
    if (snapshot === undefined || now >= snapshot.resetAt) {
        return input.unobserved < input.maxUnobserved ? { kind: "go" } : { kind: "await" };
    }
    const remaining = estimateRemaining(snapshot, input.issued);
    const toReset = snapshot.resetAt - now;
    if (remaining <= 0)
        return { kind: "wait", ms: toReset, untilReset: true };
    if (input.waiting <= remaining)
        return { kind: "go" };
    // remaining + 1 intervals: the budget is spread evenly and the last request still lands before the reset.
    const spacing = toReset / (remaining + 1);
    const wait = input.lastGrantAt + spacing - now;
    return wait <= 0 ? { kind: "go" } : { kind: "wait", ms: Math.ceil(wait), untilReset: false };
}
/** Whether a newly reported budget supersedes the one held. */
function isNewerBudget(held, incoming, now) {
    if (held === undefined || now >= held.resetAt)
        return true;
    if (incoming.resetAt > held.resetAt)
        return true;
    return incoming.resetAt === held.resetAt && incoming.observedSeq > held.observedSeq;
}
class RateLimitPacer {
    options;
    buckets = new Map();
    now;
    random;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
        this.random = options.random ?? Math.random;
    }
    /** Resolves when a request in `bucket` may be sent. Every ticket must be handed back with `complete`. */
    acquire(bucketKey) {
        const bucket = this.bucket(bucketKey);
        return new Promise((resolve) => {
            bucket.queue.push(resolve);
            // Decide after the current burst of callers has queued, so the demand they form is seen as a whole
            // (a list's pages, a plan's writes) instead of one request at a time.
            if (!bucket.pumpScheduled) {
                bucket.pumpScheduled = true;
                queueMicrotask(() => {
                    bucket.pumpScheduled = false;
                    this.pump(bucketKey, bucket);
                });
            }
        });
    }
    /** Records the budget a response reported (if it reported one) and releases the ticket. */
    complete(ticket, remaining, resetAt) {
        const bucket = this.bucket(ticket.bucket);
        bucket.unobserved = Math.max(0, bucket.unobserved - 1);
        if (remaining !== undefined && resetAt !== undefined) {
            const incoming = { remaining, resetAt, observedSeq: ticket.seq };
            if (isNewerBudget(bucket.snapshot, incoming, this.now()))
                bucket.snapshot = incoming;
        }
        this.repump(ticket.bucket, bucket);
    }
    /** After a 429: nothing more goes out in this bucket until `until` (epoch ms). */
    block(bucketKey, until) {
        const bucket = this.bucket(bucketKey);
        const held = bucket.snapshot;
        const alreadyBlockedLonger = held !== undefined &&
            this.now() < held.resetAt &&
            held.resetAt >= until &&
            estimateRemaining(held, bucket.issued) <= 0;
        if (!alreadyBlockedLonger)
            bucket.snapshot = { remaining: 0, resetAt: until, observedSeq: bucket.issued };
        this.repump(bucketKey, bucket);
    }
    /** Stops pending timers (client close). Queued requests stay queued. */
    dispose() {
        for (const bucket of this.buckets.values()) {
            if (bucket.timer)
                clearTimeout(bucket.timer);
            bucket.timer = undefined;
        }
    }
    bucket(key) {
        let bucket = this.buckets.get(key);
        if (!bucket) {
            bucket = {
                issued: 0,
                unobserved: 0,
                snapshot: undefined,
                lastGrantAt: 0,
                queue: [],
                timer: undefined,
                pumpScheduled: false,
            };
            this.buckets.set(key, bucket);
        }
        return bucket;
    }
    /** New information may let queued requests go earlier than the pending timer. */
    repump(key, bucket) {
        if (bucket.timer) {
            clearTimeout(bucket.timer);
            bucket.timer = undefined;
        }
        this.pump(key, bucket);
    }
    pump(key, bucket) {
        if (bucket.timer)
            return;
        while (bucket.queue.length > 0) {
            const now = this.now();
            const decision = decidePace({
                now,
                snapshot: bucket.snapshot,
                issued: bucket.issued,
                unobserved: bucket.unobserved,
                waiting: bucket.queue.length,
                lastGrantAt: bucket.lastGrantAt,
                maxUnobserved: this.options.maxUnobserved,
            });
            if (decision.kind === "await")
                return;
            if (decision.kind === "wait") {
                const base = Math.min(decision.ms, this.options.maxWaitMs);
                const ms = decision.untilReset ? (0,_backoff_js__WEBPACK_IMPORTED_MODULE_0__/* .withJitter */ .j)(base, this.options.resetJitterMs, this.random) : base;
                bucket.timer = setTimeout(() => {
                    bucket.timer = undefined;
                    // A reset the clock has reached but no response has confirmed: forget it, probe again.
                    if (bucket.snapshot && this.now() >= bucket.snapshot.resetAt)
                        bucket.snapshot = undefined;
                    this.pump(key, bucket);
                }, ms);
                return;
            }
            const resolve = bucket.queue.shift();
            bucket.issued += 1;
            bucket.unobserved += 1;
            bucket.lastGrantAt = now;
            resolve({ bucket: key, seq: bucket.issued });
        }
    }
}


/***/ }),

/***/ 71253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JR: () => (/* binding */ rateLimitWaitMs),
/* harmony export */   bR: () => (/* binding */ parseRateLimitHeaders)
/* harmony export */ });
/* unused harmony export parseRetryAfterMs */
// Reading LaunchDarkly's rate-limit headers. LaunchDarkly publishes no numbers, only these headers:
// X-Ratelimit-Global-Remaining, X-Ratelimit-Route-Remaining, X-Ratelimit-Reset (epoch ms) and, for IP-based
// limits, Retry-After (seconds).
function header(headers, name) {
    const value = headers[name];
    const first = Array.isArray(value) ? value[0] : value;
    const trimmed = first?.trim();
    return trimmed === "" ? undefined : trimmed;
}
function nonNegativeInt(value) {
    if (value === undefined || !/^\d+$/.test(value))
        return undefined;
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : undefined;
}
/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfterMs(value, now) {
    if (value === undefined)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Header names are matched in lower case (undici and Node deliver them lower-cased). */
function parseRateLimitHeaders(headers, now) {
    const info = {};
    const global = nonNegativeInt(header(headers, "x-ratelimit-global-remaining"));
    if (global !== undefined)
        info.globalRemaining = global;
    const route = nonNegativeInt(header(headers, "x-ratelimit-route-remaining"));
    if (route !== undefined)
        info.routeRemaining = route;
    const reset = nonNegativeInt(header(headers, "x-ratelimit-reset"));
    if (reset !== undefined)
        info.resetAt = reset;
    const retryAfter = parseRetryAfterMs(header(headers, "retry-after"), now);
    if (retryAfter !== undefined)
        info.retryAfterMs = retryAfter;
    return info;
}
/**
 * How long a 429 tells us to wait. When a budget header says a window is used up, until that window resets (and
 * at least Retry-After); otherwise the 429 is an IP-based limit and Retry-After alone applies. `undefined` when the
 * response says nothing (the caller falls back to exponential backoff). Capped so a skewed clock cannot stall a run.
 */
function rateLimitWaitMs(info, now, maxWaitMs) {
    const windowSpent = info.routeRemaining === 0 || info.globalRemaining === 0;
    const budgetKnown = info.routeRemaining !== undefined || info.globalRemaining !== undefined;
    const candidates = [];
    if (info.resetAt !== undefined && (windowSpent || !budgetKnown || info.retryAfterMs === undefined)) {
        candidates.push(info.resetAt - now);
    }
    if (info.retryAfterMs !== undefined)
        candidates.push(info.retryAfterMs);
    if (candidates.length === 0)
        return undefined;
    return Math.min(maxWaitMs, Math.max(0, ...candidates));
}


/***/ }),

/***/ 88280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UL: () => (/* binding */ buildPath),
/* harmony export */   bw: () => (/* binding */ ROUTES),
/* harmony export */   vh: () => (/* binding */ routeKey)
/* harmony export */ });
// The LaunchDarkly endpoints this client calls, as (method, path template) pairs named after their OpenAPI
// operationId. LaunchDarkly rate-limits per route ("a specific URL pattern and verb"), so the template, not the
// concrete path, is the pacing bucket and the stats key.
function route(operationId, method, template) {
    return { operationId, method, template };
}
const ROUTES = {
    getCallerIdentity: route("getCallerIdentity", "GET", "/api/v2/caller-identity"),
    getToken: route("getToken", "GET", "/api/v2/tokens/{id}"),
    getProject: route("getProject", "GET", "/api/v2/projects/{projectKey}"),
    getEnvironmentsByProject: route("getEnvironmentsByProject", "GET", "/api/v2/projects/{projectKey}/environments"),
    getContextKindsByProjectKey: route("getContextKindsByProjectKey", "GET", "/api/v2/projects/{projectKey}/context-kinds"),
    getContexts: route("getContexts", "GET", "/api/v2/projects/{projectKey}/environments/{environmentKey}/contexts/{kind}/{key}"),
    getSegments: route("getSegments", "GET", "/api/v2/segments/{projectKey}/{environmentKey}"),
    getSegment: route("getSegment", "GET", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}"),
    postSegment: route("postSegment", "POST", "/api/v2/segments/{projectKey}/{environmentKey}"),
    patchSegment: route("patchSegment", "PATCH", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}"),
    deleteSegment: route("deleteSegment", "DELETE", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}"),
    updateBigSegmentContextTargets: route("updateBigSegmentContextTargets", "POST", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts"),
    updateBigSegmentTargets: route("updateBigSegmentTargets", "POST", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users"),
    getSegmentMembershipForContext: route("getSegmentMembershipForContext", "GET", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts/{contextKey}"),
    createBigSegmentImport: route("createBigSegmentImport", "POST", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports"),
    getBigSegmentImport: route("getBigSegmentImport", "GET", "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}"),
    getMetrics: route("getMetrics", "GET", "/api/v2/metrics/{projectKey}"),
    getMetric: route("getMetric", "GET", "/api/v2/metrics/{projectKey}/{metricKey}"),
    postMetric: route("postMetric", "POST", "/api/v2/metrics/{projectKey}"),
    patchMetric: route("patchMetric", "PATCH", "/api/v2/metrics/{projectKey}/{metricKey}"),
    deleteMetric: route("deleteMetric", "DELETE", "/api/v2/metrics/{projectKey}/{metricKey}"),
    getFeatureFlags: route("getFeatureFlags", "GET", "/api/v2/flags/{projectKey}"),
    getFeatureFlag: route("getFeatureFlag", "GET", "/api/v2/flags/{projectKey}/{featureFlagKey}"),
    putContextKind: route("putContextKind", "PUT", "/api/v2/projects/{projectKey}/context-kinds/{key}"),
    getCustomRoles: route("getCustomRoles", "GET", "/api/v2/roles"),
    getCustomRole: route("getCustomRole", "GET", "/api/v2/roles/{customRoleKey}"),
    postCustomRole: route("postCustomRole", "POST", "/api/v2/roles"),
    patchCustomRole: route("patchCustomRole", "PATCH", "/api/v2/roles/{customRoleKey}"),
    deleteCustomRole: route("deleteCustomRole", "DELETE", "/api/v2/roles/{customRoleKey}"),
    getAuditLogEntries: route("getAuditLogEntries", "GET", "/api/v2/auditlog"),
};
/** Fills a template; every parameter is percent-encoded so a key can never change the path's shape. */
function buildPath(template, params) {
    return template.replace(/\{(\w+)\}/g, (_, name) => {
        const value = params[name];
        if (value === undefined || value === "")
            throw new Error(`missing path parameter ${name} for ${template}`);
        return encodeURIComponent(value);
    });
}
/** `GET /api/v2/segments/{projectKey}/{environmentKey}`: the key used for pacing buckets and stats. */
function routeKey(r) {
    return `${r.method} ${r.template}`;
}


/***/ }),

/***/ 80799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CV: () => (/* binding */ BIG_SEGMENT_TARGET_INSTRUCTION_KINDS),
/* harmony export */   Hu: () => (/* binding */ TARGET_INSTRUCTION_KINDS),
/* harmony export */   J7: () => (/* binding */ countTargetOperations)
/* harmony export */ });
/** Add/remove individual targets: LaunchDarkly takes at most 1,500 of their operations in one request. */
const TARGET_INSTRUCTION_KINDS = new Set([
    "addIncludedTargets",
    "removeIncludedTargets",
    "addExcludedTargets",
    "removeExcludedTargets",
    "addIncludedUsers",
    "removeIncludedUsers",
    "addExcludedUsers",
    "removeExcludedUsers",
]);
/** Big-segment membership (no `contextKind`; LaunchDarkly documents no per-request limit for these). */
const BIG_SEGMENT_TARGET_INSTRUCTION_KINDS = new Set([
    "addBigSegmentIncludedTargets",
    "removeBigSegmentIncludedTargets",
    "addBigSegmentExcludedTargets",
    "removeBigSegmentExcludedTargets",
]);
/**
 * Target operations (one per key added or removed) in one semantic-patch request: what the 1,500 limit counts.
 * Big-segment instructions are not counted; LaunchDarkly documents no limit for them.
 */
function countTargetOperations(instructions) {
    return instructions.reduce((sum, instruction) => sum +
        (TARGET_INSTRUCTION_KINDS.has(instruction.kind) && Array.isArray(instruction.values)
            ? instruction.values.length
            : 0), 0);
}


/***/ }),

/***/ 9362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ Semaphore)
/* harmony export */ });
// A counting semaphore: the bound on requests in flight, shared by every request of one client.
class Semaphore {
    limit;
    active = 0;
    waiters = [];
    constructor(limit) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new RangeError("concurrency must be a positive integer");
    }
    async acquire() {
        if (this.active < this.limit) {
            this.active += 1;
            return;
        }
        await new Promise((resolve) => this.waiters.push(resolve));
    }
    /** Hands the slot straight to the next waiter, so later arrivals cannot jump the queue. */
    release() {
        const next = this.waiters.shift();
        if (next)
            next();
        else
            this.active = Math.max(0, this.active - 1);
    }
}


/***/ }),

/***/ 90955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redactedLineWriter),
/* harmony export */   c: () => (/* binding */ writeRedactedFile)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _redacting_sink_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25732);
// Files ld-gitops writes (the `--out` report, exported and starter configuration, the events rejects file) go out
// through the redacting sink like everything else: their text can hold LaunchDarkly's own data.




/** Writes `text` to `path`, redacted. */
async function writeRedactedFile(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, (0,_redacting_sink_js__WEBPACK_IMPORTED_MODULE_3__/* .textForOutput */ .Z)(text));
}
/** Opens `path` on the first line written, so a run that writes nothing leaves no file. */
function redactedLineWriter(path) {
    let stream;
    return {
        write: async (line) => {
            stream ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path, { flags: "w" });
            if (!stream.write(`${(0,_redacting_sink_js__WEBPACK_IMPORTED_MODULE_3__/* .textForOutput */ .Z)(line)}\n`))
                await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(stream, "drain");
        },
        close: async () => {
            if (!stream)
                return;
            stream.end();
            await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(stream, "finish");
        },
    };
}


/***/ }),

/***/ 67727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ resourceSpecifierOf),
/* harmony export */   c: () => (/* binding */ resourceSpecifierFor)
/* harmony export */ });
// LaunchDarkly's resource specifier for one concrete resource (`proj/web:env/production:segment/beta`), as custom
// roles, 403 hints and the audit log's `spec` filter name it. Every such string is built here; `parseResource`
// (./resource.ts) reads one back.
/**
 * `proj/P`, `proj/P:env/E`, `proj/P:env/E:segment/K`, `proj/P:metric/K`, `proj/P:context-kind/K` or `role/K`; keys
 * are written as given.
 */
function resourceSpecifierFor(resource) {
    switch (resource.type) {
        case "project":
            return `proj/${resource.project}`;
        case "environment":
            return `proj/${resource.project}:env/${resource.environment}`;
        case "segment":
            return `proj/${resource.project}:env/${resource.environment}:segment/${resource.key}`;
        case "metric":
            return `proj/${resource.project}:metric/${resource.key}`;
        case "context-kind":
            return `proj/${resource.project}:context-kind/${resource.key}`;
        case "role":
            return `role/${resource.key}`;
    }
}
/**
 * LaunchDarkly's resource specifier for a managed resource (a planned change, a drift finding), as the audit log filters by it (`spec=`):
 * `proj/P:env/E:segment/K`, `proj/P:metric/K`, `proj/P:context-kind/K`, `role/K`.
 */
function resourceSpecifierOf(change) {
    switch (change.resourceType) {
        // A planned segment always names its project and environment, a metric its project.
        case "segment":
            return resourceSpecifierFor({
                type: "segment",
                project: change.project,
                environment: change.environment,
                key: change.key,
            });
        case "metric":
            return resourceSpecifierFor({ type: "metric", project: change.project, key: change.key });
        case "role":
            return resourceSpecifierFor({ type: "role", key: change.key });
        case "contextKind":
            return resourceSpecifierFor({ type: "context-kind", project: change.project, key: change.key });
    }
}


/***/ }),

/***/ 85755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PY: () => (/* binding */ requiredPermission),
/* harmony export */   aq: () => (/* binding */ segmentFieldAction),
/* harmony export */   eo: () => (/* binding */ segmentInstructionAction),
/* harmony export */   pV: () => (/* binding */ KNOWN_PATCH_FIELDS)
/* harmony export */ });
/* unused harmony exports actionsForJsonPatch, actionsForSegmentInstructions */
/* harmony import */ var _format_resource_specifier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67727);
// Which custom-role action a request needs, so a 403 can name the missing permission. Action names come from
// LaunchDarkly's role-actions reference; the mapping from JSON Patch paths and semantic-patch instruction kinds to
// actions follows the action names (LaunchDarkly does not publish it one by one).

const SEGMENT_PATCH_PATHS = {
    name: "updateName",
    description: "updateDescription",
    tags: "updateTags",
    included: "updateIncluded",
    includedContexts: "updateIncluded",
    excluded: "updateExcluded",
    excludedContexts: "updateExcluded",
    rules: "updateRules",
};
const SEGMENT_INSTRUCTIONS = {
    addTags: "updateTags",
    removeTags: "updateTags",
    updateName: "updateName",
    addIncludedTargets: "updateIncluded",
    removeIncludedTargets: "updateIncluded",
    addIncludedUsers: "updateIncluded",
    removeIncludedUsers: "updateIncluded",
    addBigSegmentIncludedTargets: "updateIncluded",
    removeBigSegmentIncludedTargets: "updateIncluded",
    addExcludedTargets: "updateExcluded",
    removeExcludedTargets: "updateExcluded",
    addExcludedUsers: "updateExcluded",
    removeExcludedUsers: "updateExcluded",
    addBigSegmentExcludedTargets: "updateExcluded",
    removeBigSegmentExcludedTargets: "updateExcluded",
    // No action of its own is documented: an import adds contexts to the big segment's included list.
    processBigSegmentImport: "updateIncluded",
    addRule: "updateRules",
    removeRule: "updateRules",
    reorderRules: "updateRules",
    updateRuleDescription: "updateRules",
    updateRuleRolloutAndContextKind: "updateRules",
    addClauses: "updateRules",
    removeClauses: "updateRules",
    updateClause: "updateRules",
    addValuesToClause: "updateRules",
    removeValuesFromClause: "updateRules",
};
/** Fields and instruction kinds the tables know, so a policy can be derived from them (src/permissions/). */
const KNOWN_PATCH_FIELDS = {
    segment: () => Object.keys(SEGMENT_PATCH_PATHS),
    metric: () => Object.keys(METRIC_PATCH_PATHS),
    role: () => Object.keys(ROLE_PATCH_PATHS),
    segmentInstructions: () => Object.keys(SEGMENT_INSTRUCTIONS),
};
/** The action a JSON or merge patch of this top-level segment field needs; undefined when none is documented. */
function segmentFieldAction(field) {
    return Object.hasOwn(SEGMENT_PATCH_PATHS, field) ? SEGMENT_PATCH_PATHS[field] : undefined;
}
/** The action a segment semantic-patch instruction of this kind needs; undefined for a kind it does not know. */
function segmentInstructionAction(kind) {
    return Object.hasOwn(SEGMENT_INSTRUCTIONS, kind) ? SEGMENT_INSTRUCTIONS[kind] : undefined;
}
const METRIC_PATCH_PATHS = {
    name: "updateName",
    description: "updateDescription",
    tags: "updateTags",
    eventKey: "updateEventKey",
    isNumeric: "updateNumeric",
    successCriteria: "updateNumericSuccess",
    unit: "updateNumericUnit",
    selector: "updateSelector",
    urls: "updateUrls",
    maintainerId: "updateMaintainer",
    analysisType: "updateAnalysisType",
    archived: "updateArchived",
};
const ROLE_PATCH_PATHS = {
    name: "updateName",
    description: "updateDescription",
    policy: "updatePolicy",
};
function unique(values) {
    return [...new Set([...values].filter((v) => v !== undefined))].sort();
}
/** The actions a JSON Patch needs: one per top-level field it changes (`test` ops change nothing). */
function actionsForJsonPatch(patch, table) {
    return unique(patch
        .filter((op) => op.op !== "test")
        .map((op) => {
        const field = op.path.split("/")[1] ?? "";
        return table[field.replace(/~1/g, "/").replace(/~0/g, "~")];
    }));
}
function actionsForSegmentInstructions(instructions) {
    return unique(instructions.map((i) => SEGMENT_INSTRUCTIONS[i.kind]));
}
function patchOps(body) {
    if (Array.isArray(body))
        return body;
    const wrapped = body?.patch;
    return Array.isArray(wrapped) ? wrapped : [];
}
function bigSegmentActions(body) {
    const update = body;
    return unique([
        update?.included ? "updateIncluded" : undefined,
        update?.excluded ? "updateExcluded" : undefined,
    ]);
}
function semanticPatchActions(body) {
    return actionsForSegmentInstructions(body?.instructions ?? []);
}
function resourceOf(kind, request) {
    const { projectKey: p, environmentKey: e, segmentKey: s, metricKey: m, customRoleKey: r, key: k, } = request.params;
    // A create names its key in the body, not the path.
    const bodyKey = request.body?.key;
    const key = (pathKey) => pathKey ?? (typeof bodyKey === "string" ? bodyKey : "*");
    // Every route of these operations has the project (and a segment's the environment) in its path.
    switch (kind) {
        case "project":
            return (0,_format_resource_specifier_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceSpecifierFor */ .c)({ type: "project", project: p });
        case "segment":
            return (0,_format_resource_specifier_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceSpecifierFor */ .c)({ type: "segment", project: p, environment: e, key: key(s) });
        case "metric":
            return (0,_format_resource_specifier_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceSpecifierFor */ .c)({ type: "metric", project: p, key: key(m) });
        case "role":
            return (0,_format_resource_specifier_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceSpecifierFor */ .c)({ type: "role", key: key(r) });
        case "context-kind":
            return (0,_format_resource_specifier_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceSpecifierFor */ .c)({ type: "context-kind", project: p, key: key(k) });
    }
}
/** Per operationId: the kind of resource it acts on, and the actions it needs there. */
const OPERATIONS = {
    getProject: ["project", () => ["viewProject"]],
    getEnvironmentsByProject: ["project", () => ["viewProject"]],
    postSegment: ["segment", () => ["createSegment"]],
    deleteSegment: ["segment", () => ["deleteSegment"]],
    patchSegment: [
        "segment",
        ({ body, semanticPatch }) => semanticPatch ? semanticPatchActions(body) : actionsForJsonPatch(patchOps(body), SEGMENT_PATCH_PATHS),
    ],
    updateBigSegmentContextTargets: ["segment", ({ body }) => bigSegmentActions(body)],
    updateBigSegmentTargets: ["segment", ({ body }) => bigSegmentActions(body)],
    // No action of its own is documented: an import sets the big segment's included list.
    createBigSegmentImport: ["segment", () => ["updateIncluded"]],
    postMetric: ["metric", () => ["createMetric"]],
    deleteMetric: ["metric", () => ["deleteMetric"]],
    patchMetric: ["metric", ({ body }) => actionsForJsonPatch(patchOps(body), METRIC_PATCH_PATHS)],
    postCustomRole: ["role", () => ["createRole"]],
    deleteCustomRole: ["role", () => ["deleteRole"]],
    patchCustomRole: ["role", ({ body }) => actionsForJsonPatch(patchOps(body), ROLE_PATCH_PATHS)],
    // role-actions.json lists these two as uncertain (seen in LaunchDarkly Labs configs only); the upsert needs
    // the create action when the kind is new and the update action when it exists, so a policy needs both.
    putContextKind: ["context-kind", () => ["createContextKind", "updateContextKind"]],
};
/** What a request needs, or undefined when no single action can be named (reads LaunchDarkly grants to all). */
function requiredPermission(request) {
    if (!Object.hasOwn(OPERATIONS, request.operationId))
        return undefined;
    const [kind, actionsOf] = OPERATIONS[request.operationId];
    const actions = actionsOf(request);
    return actions.length > 0 ? { resource: resourceOf(kind, request), actions } : undefined;
}


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ PLAN_FORMAT_VERSION),
/* harmony export */   s: () => (/* binding */ DEFAULT_DELETE_THRESHOLD)
/* harmony export */ });
/**
 * 5: segment changes carry `membership` and `membershipSync`; `importBigSegmentMembers` operations. 4: `impact`
 * (flags and experiments the changes touch, refused deletes) and `contextKind` changes; 3: `ownership` on changes,
 * `summary.adopt`, `owner`, `managedBy` on unmanaged resources; 2: warnings are findings.
 */
const PLAN_FORMAT_VERSION = 5;
const DEFAULT_DELETE_THRESHOLD = { maxCount: 10, maxPercent: 25 };


/***/ })

};
