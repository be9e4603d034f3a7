export const id = 877;
export const ids = [877];
export const modules = {

/***/ 57336:
/***/ ((module) => {

let p = process || {}, argv = p.argv || [], env = p.env || {}
let isColorSupported =
	!(!!env.NO_COLOR || argv.includes("--no-color")) &&
	(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI)

let formatter = (open, close, replace = open) =>
	input => {
		let string = "" + input, index = string.indexOf(close, open.length)
		return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
	}

let replaceClose = (string, close, replace, index) => {
	let result = "", cursor = 0
	do {
		result += string.substring(cursor, index) + replace
		cursor = index + close.length
		index = string.indexOf(close, cursor)
	} while (~index)
	return result + string.substring(cursor)
}

let createColors = (enabled = isColorSupported) => {
	let f = enabled ? formatter : () => String
	return {
		isColorSupported: enabled,
		reset: f("\x1b[0m", "\x1b[0m"),
		bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
		dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
		italic: f("\x1b[3m", "\x1b[23m"),
		underline: f("\x1b[4m", "\x1b[24m"),
		inverse: f("\x1b[7m", "\x1b[27m"),
		hidden: f("\x1b[8m", "\x1b[28m"),
		strikethrough: f("\x1b[9m", "\x1b[29m"),

		black: f("\x1b[30m", "\x1b[39m"),
		red: f("\x1b[31m", "\x1b[39m"),
		green: f("\x1b[32m", "\x1b[39m"),
		yellow: f("\x1b[33m", "\x1b[39m"),
		blue: f("\x1b[34m", "\x1b[39m"),
		magenta: f("\x1b[35m", "\x1b[39m"),
		cyan: f("\x1b[36m", "\x1b[39m"),
		white: f("\x1b[37m", "\x1b[39m"),
		gray: f("\x1b[90m", "\x1b[39m"),

		bgBlack: f("\x1b[40m", "\x1b[49m"),
		bgRed: f("\x1b[41m", "\x1b[49m"),
		bgGreen: f("\x1b[42m", "\x1b[49m"),
		bgYellow: f("\x1b[43m", "\x1b[49m"),
		bgBlue: f("\x1b[44m", "\x1b[49m"),
		bgMagenta: f("\x1b[45m", "\x1b[49m"),
		bgCyan: f("\x1b[46m", "\x1b[49m"),
		bgWhite: f("\x1b[47m", "\x1b[49m"),

		blackBright: f("\x1b[90m", "\x1b[39m"),
		redBright: f("\x1b[91m", "\x1b[39m"),
		greenBright: f("\x1b[92m", "\x1b[39m"),
		yellowBright: f("\x1b[93m", "\x1b[39m"),
		blueBright: f("\x1b[94m", "\x1b[39m"),
		magentaBright: f("\x1b[95m", "\x1b[39m"),
		cyanBright: f("\x1b[96m", "\x1b[39m"),
		whiteBright: f("\x1b[97m", "\x1b[39m"),

		bgBlackBright: f("\x1b[100m", "\x1b[49m"),
		bgRedBright: f("\x1b[101m", "\x1b[49m"),
		bgGreenBright: f("\x1b[102m", "\x1b[49m"),
		bgYellowBright: f("\x1b[103m", "\x1b[49m"),
		bgBlueBright: f("\x1b[104m", "\x1b[49m"),
		bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
		bgCyanBright: f("\x1b[106m", "\x1b[49m"),
		bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
	}
}

module.exports = createColors()
module.exports.createColors = createColors


/***/ }),

/***/ 29454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gm: () => (/* binding */ projectEnvironments),
/* harmony export */   Ky: () => (/* binding */ liveReadPlan),
/* harmony export */   mg: () => (/* binding */ LiveReads),
/* harmony export */   o4: () => (/* binding */ LiveReadStarter)
/* harmony export */ });
class LiveReads {
    api;
    started = new Map();
    segmentPages = [];
    segmentListeners = [];
    constructor(api) {
        this.api = api;
    }
    /** The project with its environments embedded (`expand=environments`); undefined when it does not exist. */
    project(key) {
        return this.once(`project ${key}`, () => this.api.getProject(key));
    }
    /** The keys of a project's environments (undefined when the project does not exist). */
    environmentKeys(projectKey) {
        return this.once(`environments ${projectKey}`, async () => {
            const project = await this.project(projectKey);
            if (project === undefined)
                return undefined;
            const environments = await projectEnvironments(this.api, projectKey, project);
            return new Set(environments.map((environment) => environment.key));
        });
    }
    segments(project, environment) {
        return this.once(`segments ${project}/${environment}`, () => this.api.listSegments(project, environment, (segments) => {
            this.segmentPages.push({ project, environment, segments });
            for (const listener of this.segmentListeners)
                listener(project, environment, segments);
        }));
    }
    /** Calls `listener` with every page of segments read, those read already and those still to come. */
    onSegmentsRead(listener) {
        this.segmentListeners.push(listener);
        for (const { project, environment, segments } of this.segmentPages)
            listener(project, environment, segments);
    }
    metrics(project) {
        return this.once(`metrics ${project}`, () => this.api.listMetrics(project));
    }
    roles() {
        return this.once("roles", () => this.api.listRoles());
    }
    contextKinds(project) {
        return this.once(`context kinds ${project}`, () => this.api.listContextKinds(project));
    }
    once(id, read) {
        let promise = this.started.get(id);
        if (promise === undefined) {
            promise = read();
            // Started early, a read may fail before anyone waits for it (the project does not exist, the files turn
            // out to have errors): whoever awaits it later still gets the error.
            promise.catch(() => undefined);
            this.started.set(id, promise);
        }
        return promise;
    }
}
/** A project's environments: those its read embeds (`expand=environments`) when they are all there, else listed. */
async function projectEnvironments(api, projectKey, project) {
    const embedded = project.environments?.items;
    const total = project.environments?.totalCount;
    if (embedded !== undefined && (total === undefined || total <= embedded.length))
        return embedded;
    return api.listEnvironments(projectKey);
}
/**
 * Starts the reads `readLiveState` will make for a desired state as it loads, without waiting for them: `start` again
 * as the state grows, and only what is new is started (each read once; each project's every-environment segment
 * reads scheduled once).
 */
class LiveReadStarter {
    reads;
    scope;
    seen = { segments: 0, projects: new Set() };
    expanded = new Set();
    constructor(reads, scope) {
        this.reads = reads;
        this.scope = scope;
    }
    start(desired) {
        const { reads } = this;
        const plan = liveReadPlan(desired, this.scope, this.seen);
        for (const project of desired.projects.keys()) {
            void reads.project(project);
            if (plan.everyEnvironment && !this.expanded.has(project)) {
                this.expanded.add(project);
                void reads.environmentKeys(project).then((keys) => {
                    for (const environment of keys ?? [])
                        void reads.segments(project, environment);
                });
            }
        }
        for (const { project, environment } of plan.segmentScopes)
            void reads.segments(project, environment);
        for (const project of plan.metricProjects)
            void reads.metrics(project);
        if (plan.roles)
            void reads.roles();
        for (const project of plan.kindProjects)
            void reads.contextKinds(project);
    }
}
/** What `desired` needs read (segments in every environment are added once the projects' environments are known). */
function liveReadPlan(desired, scope, seen = { segments: 0, projects: new Set() }) {
    const always = new Set(scope.alwaysRead ?? []);
    const readSegments = desired.segments.length > 0 || always.has("segment");
    const readMetrics = desired.metrics.length > 0 || always.has("metric");
    // Context kinds: what segments may target is checked against them, and declared ones are planned.
    for (let i = seen.segments; i < desired.segments.length; i++)
        seen.projects.add(desired.segments[i].project);
    seen.segments = desired.segments.length;
    const kindProjects = new Set(seen.projects);
    for (const kind of desired.contextKinds ?? [])
        kindProjects.add(kind.project);
    const everyEnvironment = readSegments && scope.everyEnvironment === true;
    return {
        segmentScopes: readSegments && !everyEnvironment
            ? [...desired.environments.values()].map(({ project, environment }) => ({ project, environment }))
            : [],
        everyEnvironment,
        metricProjects: readMetrics ? [...desired.projects.keys()] : [],
        roles: desired.roles.length > 0 || always.has("role"),
        kindProjects: [...kindProjects],
    };
}


/***/ }),

/***/ 46583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $D: () => (/* binding */ PRUNE_READ_OPTIONS),
  Gm: () => (/* reexport */ live_reads/* projectEnvironments */.Gm),
  eY: () => (/* binding */ readLiveState)
});

// UNUSED EXPORTS: checkScopesExist

// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/live/live-reads.ts
var live_reads = __webpack_require__(29454);
;// CONCATENATED MODULE: ./src/live/missing-scope-error.ts
/**
 * The projects and environments the repo names that do not exist in LaunchDarkly, all of them at once so that
 * one run shows everything to fix. The message has one `file:line:column: …` line per missing scope (after a
 * count line when there are several); it never starts with `error:`, which the CLI and the Action add.
 */
class MissingScopeError extends Error {
    /** Every missing scope, in file order; `source` is the first one's. */
    scopes;
    source;
    /** `word` is the finding catalogue's wording (src/render), passed in: this stage holds no words of its own. */
    constructor(scopes, word) {
        const lines = scopes.map((scope) => formatMissingScope(scope, word));
        super(lines.length === 1
            ? (lines[0] ?? "")
            : [
                `the config names ${lines.length} projects or environments that LaunchDarkly does not have:`,
                ...lines,
            ].join("\n"));
        this.name = "MissingScopeError";
        this.scopes = scopes;
        this.source = scopes[0].source;
    }
}
/** `file:line:column: message`, the form editors and CI logs link to. */
function formatMissingScope({ found, source }, word) {
    return `${source.file}:${source.line}:${source.column}: ${word(found)}`;
}

;// CONCATENATED MODULE: ./src/live/read-live-state.ts
// Reads LaunchDarkly with list endpoints only (never one GET per resource), for exactly the projects, environments
// and resource types the repo declares, all at once: the client bounds concurrency. The reads may have been started
// earlier, while the configuration loaded (live-reads.ts).


// Apply's pre-flight and export list environments the same way.


/** Everything `--prune` needs: every resource type of the declared projects, in all their environments, and roles. */
const PRUNE_READ_OPTIONS = {
    alwaysRead: ["segment", "metric", "role"],
    everyEnvironment: true,
};
/**
 * Throws one `MissingScopeError` naming every project and environment that does not exist (in file order), so
 * that one run shows all there is to fix; returns the environment keys of each declared project.
 */
async function checkScopesExist(reads, desired, word) {
    const projects = [...desired.projects.keys()];
    const found = await Promise.all(projects.map((key) => reads.environmentKeys(key)));
    const environments = new Map(projects.map((key, index) => [key, found[index]]));
    const problems = [];
    for (const [key, source] of desired.projects) {
        if (environments.get(key) === undefined) {
            problems.push({
                found: (0,finding/* finding */.g)("live.missing-project", { project: key }),
                source,
            });
        }
    }
    for (const { project, environment, source } of desired.environments.values()) {
        const keys = environments.get(project);
        if (keys !== undefined && !keys.has(environment)) {
            problems.push({
                found: (0,finding/* finding */.g)("live.missing-environment", { project, environment, known: [...keys].sort() }),
                source,
            });
        }
    }
    problems.sort((a, b) => a.source.file.localeCompare(b.source.file) ||
        a.source.line - b.source.line ||
        a.source.column - b.source.column);
    const [first, ...more] = problems;
    if (first)
        throw new MissingScopeError([first, ...more], word);
    return environments;
}
async function readLiveState(api, desired, options) {
    const reads = options.reads ?? new live_reads/* LiveReads */.mg(api);
    const projectEnvironments = await checkScopesExist(reads, desired, options.wordFinding);
    const plan = (0,live_reads/* liveReadPlan */.Ky)(desired, options);
    const environments = plan.everyEnvironment
        ? [...projectEnvironments].flatMap(([project, keys]) => [...keys].sort().map((environment) => ({ project, environment })))
        : plan.segmentScopes;
    const [segmentLists, metricLists, roles, kindLists] = await Promise.all([
        Promise.all(environments.map(({ project, environment }) => reads.segments(project, environment))),
        Promise.all(plan.metricProjects.map((project) => reads.metrics(project))),
        plan.roles ? reads.roles() : Promise.resolve(undefined),
        Promise.all(plan.kindProjects.map((project) => reads.contextKinds(project))),
    ]);
    const segments = new Map();
    for (const [index, { project, environment }] of environments.entries()) {
        segments.set(`${project}/${environment}`, segmentLists[index] ?? []);
    }
    const metrics = new Map();
    for (const [index, project] of plan.metricProjects.entries())
        metrics.set(project, metricLists[index] ?? []);
    const state = { segments, metrics };
    if (roles !== undefined)
        state.roles = roles;
    if (plan.kindProjects.length > 0)
        state.contextKinds = new Map(plan.kindProjects.map((project, index) => [project, kindLists[index] ?? []]));
    return state;
}


/***/ }),

/***/ 70816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vk: () => (/* binding */ sameJson),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** JSON with object keys sorted at every level and `undefined` members dropped: equal data, equal text. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((item) => (item === undefined ? null : sortKeys(item)));
    if (value !== null && typeof value === "object") {
        const sorted = {};
        for (const key of Object.keys(value).sort()) {
            const member = value[key];
            if (member !== undefined)
                sorted[key] = sortKeys(member);
        }
        return sorted;
    }
    return value;
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex");
}
/**
 * Whether `canonicalJson(a) === canonicalJson(b)`: key order and absent-vs-undefined do not matter. Compared in
 * place, without building either text (a plan compares every field of every resource).
 */
function sameJson(a, b) {
    const x = asJsonValue(a);
    const y = asJsonValue(b);
    if (x === y)
        return true;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null)
        return false;
    if (Array.isArray(x) || Array.isArray(y)) {
        if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length)
            return false;
        for (let i = 0; i < x.length; i++)
            if (!sameJson(x[i] ?? null, y[i] ?? null))
                return false;
        return true;
    }
    const left = x;
    const right = y;
    let members = 0;
    for (const key of Object.keys(left)) {
        if (left[key] === undefined)
            continue;
        members++;
        if (right[key] === undefined || !Object.hasOwn(right, key) || !sameJson(left[key], right[key]))
            return false;
    }
    for (const key of Object.keys(right))
        if (right[key] !== undefined)
            members--;
    return members === 0;
}
/** What JSON.stringify writes for a value, as far as equality goes: NaN and ±Infinity are null, -0 is 0. */
function asJsonValue(value) {
    if (typeof value === "number")
        return Number.isFinite(value) ? value + 0 : null;
    if (value instanceof Date)
        return value.toJSON();
    return value;
}


/***/ }),

/***/ 88489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ normalizeLiveMetric),
/* harmony export */   Wj: () => (/* binding */ normalizeDesiredMetric),
/* harmony export */   h$: () => (/* binding */ metricPostBody),
/* harmony export */   op: () => (/* binding */ SERVER_ASSIGNED_METRIC_FIELDS)
/* harmony export */ });
/* harmony import */ var _model_metric_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47413);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59742);


/** Fields LaunchDarkly sets when the repo does not: left out of the comparison unless the repo sets them. */
const SERVER_ASSIGNED_METRIC_FIELDS = ["dataSource", "maintainerId"];
const METRIC_FIELDS = ["key", ..._model_metric_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_DEFINITION_FIELDS */ .n];
function applyDefaults(metric, key) {
    const out = {};
    for (const field of METRIC_FIELDS) {
        const value = metric[field];
        if (value === undefined || value === null || value === "")
            continue;
        out[field] = value;
    }
    out.key = key;
    out.name ??= key;
    out.tags = [...new Set(out.tags ?? [])].sort();
    out.randomizationUnits = [...new Set(out.randomizationUnits ?? ["user"])].sort();
    out.isNumeric ??= false;
    out.unitAggregationType ??= "average";
    out.analysisType ??= "mean";
    const eventDefault = out.eventDefault ?? {};
    out.eventDefault = { disabled: eventDefault.disabled ?? false, value: eventDefault.value ?? 0 };
    if (out.isNumeric === false)
        out.successCriteria ??= "HigherThanBaseline";
    if (Array.isArray(out.urls) && out.urls.length === 0)
        delete out.urls;
    if (out.dataSource && typeof out.dataSource === "object") {
        // `_name`, `_integrationKey` are read-only decorations on the live side.
        const { key: sourceKey, environmentKey } = out.dataSource;
        out.dataSource = environmentKey === undefined ? { key: sourceKey } : { key: sourceKey, environmentKey };
    }
    return out;
}
/** The desired side, with the ownership tag. */
function normalizeDesiredMetric(metric, marker) {
    const { source: _source, project: _project, ...fields } = metric;
    const normalized = applyDefaults(fields, metric.key);
    normalized.tags = (0,_ownership_js__WEBPACK_IMPORTED_MODULE_0__/* .withOwnershipTag */ .mF)(normalized.tags, marker);
    return normalized;
}
/** The live side; fields the repo does not set and LaunchDarkly assigns are dropped when `desired` omits them. */
function normalizeLiveMetric(metric, desired) {
    const normalized = applyDefaults(metric, metric.key);
    if (desired) {
        for (const field of SERVER_ASSIGNED_METRIC_FIELDS) {
            if (desired[field] === undefined)
                delete normalized[field];
        }
    }
    return normalized;
}
/** The body of `POST /api/v2/metrics/{project}`: what the repo says, plus the ownership tag and required defaults. */
function metricPostBody(metric, marker) {
    const { source: _source, project: _project, ...fields } = metric;
    const body = {};
    for (const field of METRIC_FIELDS) {
        const value = fields[field];
        if (value !== undefined)
            body[field] = value;
    }
    body.tags = (0,_ownership_js__WEBPACK_IMPORTED_MODULE_0__/* .withOwnershipTag */ .mF)(metric.tags, marker);
    // LaunchDarkly requires both on a POST; the repo may leave them to their defaults (name = key, not numeric).
    body.name ??= metric.key;
    if (metric.kind === "custom")
        body.isNumeric ??= false;
    return body;
}


/***/ }),

/***/ 81701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ rolePostBody),
/* harmony export */   oY: () => (/* binding */ normalizeDesiredRole),
/* harmony export */   qV: () => (/* binding */ normalizeLiveRole),
/* harmony export */   tk: () => (/* binding */ DEFAULT_BASE_PERMISSIONS),
/* harmony export */   ws: () => (/* binding */ normalizePolicy)
/* harmony export */ });
/* unused harmony export normalizeStatement */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70816);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59742);


const DEFAULT_BASE_PERMISSIONS = "no_access";
function normalizeStatement(statement) {
    const out = { effect: statement.effect };
    for (const field of ["resources", "notResources", "actions", "notActions"]) {
        const list = statement[field];
        if (list !== undefined && list !== null)
            out[field] = [...new Set(list)].sort();
    }
    return out;
}
function normalizePolicy(policy) {
    const statements = (policy ?? []).map(normalizeStatement);
    const byText = new Map(statements.map((statement) => [(0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(statement), statement]));
    return [...byText.keys()].sort().map((text) => byText.get(text));
}
/** The desired side: the description carries the ownership marker line. */
function normalizeDesiredRole(role, marker) {
    const normalized = {
        key: role.key,
        name: role.name,
        description: (0,_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .roleDescriptionWithMarker */ .p$)(role.description, marker),
        basePermissions: role.basePermissions ?? DEFAULT_BASE_PERMISSIONS,
        policy: normalizePolicy(role.policy),
    };
    if (role.resourceCategory !== undefined)
        normalized.resourceCategory = role.resourceCategory;
    return normalized;
}
/** The live side. `resourceCategory` is compared only when the repo sets it (LaunchDarkly assigns one otherwise). */
function normalizeLiveRole(role, desired) {
    const normalized = {
        key: role.key,
        name: role.name,
        basePermissions: role.basePermissions ?? DEFAULT_BASE_PERMISSIONS,
        policy: normalizePolicy(role.policy),
    };
    if (role.description !== undefined && role.description !== null && role.description !== "") {
        normalized.description = role.description;
    }
    if (role.resourceCategory !== undefined &&
        (desired === undefined || desired.resourceCategory !== undefined)) {
        normalized.resourceCategory = role.resourceCategory;
    }
    return normalized;
}
/** The body of `POST /api/v2/roles`. */
function rolePostBody(role, marker) {
    const body = {
        key: role.key,
        name: role.name,
        description: (0,_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .roleDescriptionWithMarker */ .p$)(role.description, marker),
        policy: role.policy.map(normalizeStatement),
    };
    if (role.basePermissions !== undefined)
        body.basePermissions = role.basePermissions;
    if (role.resourceCategory !== undefined)
        body.resourceCategory = role.resourceCategory;
    return body;
}


/***/ }),

/***/ 71836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ clauseContent),
/* harmony export */   V1: () => (/* binding */ normalizeLiveSegment),
/* harmony export */   Xs: () => (/* binding */ normalizeDesiredSegment),
/* harmony export */   hK: () => (/* binding */ DEFAULT_CONTEXT_KIND),
/* harmony export */   uu: () => (/* binding */ ruleContent)
/* harmony export */ });
/* unused harmony exports normalizeClause, normalizeRule */
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59742);

const DEFAULT_CONTEXT_KIND = "user";
function normalizeTargets(legacyUserKeys, targets) {
    const byKind = new Map();
    const add = (kind, keys) => {
        if (!keys || keys.length === 0)
            return;
        let set = byKind.get(kind);
        if (!set) {
            set = new Set();
            byKind.set(kind, set);
        }
        for (const key of keys)
            set.add(key);
    };
    add(DEFAULT_CONTEXT_KIND, legacyUserKeys);
    for (const target of targets ?? [])
        add(target.contextKind ?? DEFAULT_CONTEXT_KIND, target.values);
    const result = {};
    for (const kind of [...byKind.keys()].sort())
        result[kind] = [...(byKind.get(kind) ?? [])].sort();
    return result;
}
function normalizeClause(clause) {
    const normalized = {
        contextKind: clause.contextKind ?? DEFAULT_CONTEXT_KIND,
        attribute: clause.attribute,
        op: clause.op,
        values: [...clause.values],
        negate: clause.negate ?? false,
    };
    const id = clause._id;
    if (id !== undefined)
        normalized.id = id;
    return normalized;
}
function normalizeRule(rule) {
    const normalized = { clauses: rule.clauses.map(normalizeClause) };
    const id = rule._id;
    if (id !== undefined)
        normalized.id = id;
    if (rule.description !== undefined && rule.description !== "")
        normalized.description = rule.description;
    if (rule.weight !== undefined && rule.weight !== null) {
        normalized.weight = rule.weight;
        normalized.rolloutContextKind = rule.rolloutContextKind ?? DEFAULT_CONTEXT_KIND;
    }
    if (rule.bucketBy !== undefined && rule.bucketBy !== "")
        normalized.bucketBy = rule.bucketBy;
    return normalized;
}
function uniqueSorted(values) {
    return [...new Set(values ?? [])].sort();
}
function normalizeSegmentFields(segment, tags, rules) {
    const normalized = {
        key: segment.key,
        name: segment.name,
        tags,
        unbounded: segment.unbounded ?? false,
        included: normalizeTargets(segment.included, segment.includedContexts),
        excluded: normalizeTargets(segment.excluded, segment.excludedContexts),
        rules,
    };
    // LaunchDarkly returns no description, null or "" for a segment without one.
    if (segment.description !== undefined && segment.description !== null && segment.description !== "")
        normalized.description = segment.description;
    if (normalized.unbounded)
        normalized.unboundedContextKind = segment.unboundedContextKind ?? DEFAULT_CONTEXT_KIND;
    return normalized;
}
/** The desired side. The ownership tag is added here: every segment the tool writes carries it. */
function normalizeDesiredSegment(segment, marker) {
    return normalizeSegmentFields(segment, (0,_ownership_js__WEBPACK_IMPORTED_MODULE_0__/* .withOwnershipTag */ .mF)(segment.tags, marker), (segment.rules ?? []).map(normalizeRule));
}
/** The live side: server-set fields (`_links`, dates, `version`, `generation`, `_id`s in comparisons) are dropped. */
function normalizeLiveSegment(segment) {
    return normalizeSegmentFields(segment, uniqueSorted(segment.tags), (segment.rules ?? []).map(normalizeRule));
}
/** A clause or rule without its LaunchDarkly ids: what is compared. */
function clauseContent(clause) {
    const { id: _id, ...content } = clause;
    return content;
}
function ruleContent(rule) {
    const { id: _id, clauses, ...rest } = rule;
    return { ...rest, clauses: clauses.map(clauseContent) };
}


/***/ }),

/***/ 59742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ isMembershipPending),
/* harmony export */   BK: () => (/* binding */ OWNERSHIP_TAG),
/* harmony export */   GN: () => (/* binding */ isOwnershipTag),
/* harmony export */   IN: () => (/* binding */ ownershipMarker),
/* harmony export */   W_: () => (/* binding */ tagOwnership),
/* harmony export */   Wn: () => (/* binding */ roleOwnership),
/* harmony export */   go: () => (/* binding */ isOwned),
/* harmony export */   iI: () => (/* binding */ stripRoleOwnershipMarker),
/* harmony export */   mF: () => (/* binding */ withOwnershipTag),
/* harmony export */   p$: () => (/* binding */ roleDescriptionWithMarker),
/* harmony export */   yl: () => (/* binding */ MEMBERSHIP_PENDING_TAG)
/* harmony export */ });
/* unused harmony exports ROLE_OWNERSHIP_MARKER, hasOwnershipTag, hasRoleOwnershipMarker */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// How the tool marks what it owns, so that `--prune` deletes only resources it created or updated, and so that two
// repositories never take over or delete each other's resources. Segments and metrics carry a tag; roles have no
// tags, so their description ends with the same marker in brackets. LaunchDarkly tags may hold letters, digits,
// `.`, `_` and `-` (at most 64 characters).
//
// The marker names its owner: `managed-by-ld-gitops.acme.flags` for the owner `acme/flags`. The bare
// `managed-by-ld-gitops` is what this version wrote before owners existed, and what it writes when no owner is
// configured: a configuration with an owner reads it as its own and replaces it (the plan says so).

const OWNERSHIP_TAG = "managed-by-ld-gitops";
/** The last line of an owned role's description, without an owner. */
const ROLE_OWNERSHIP_MARKER = (/* unused pure expression or super */ null && (`[${OWNERSHIP_TAG}]`));
const MAX_TAG_LENGTH = 64;
const OWNER_PREFIX = `${OWNERSHIP_TAG}.`;
const ROLE_MARKER_RE = /\[(managed-by-ld-gitops(?:\.[A-Za-z0-9._-]+)?)\]$/;
/**
 * The marker of `owner` (a repository such as `acme/flags`, or any name): `/` becomes `.`, anything a tag cannot
 * hold becomes `_`, and an owner too long for a tag is cut and made unique with a hash. No owner: the bare marker.
 */
function ownershipMarker(owner) {
    if (owner === undefined || owner.trim() === "")
        return OWNERSHIP_TAG;
    const slug = owner
        .trim()
        .replace(/\//g, ".")
        .replace(/[^A-Za-z0-9._-]/g, "_");
    const room = MAX_TAG_LENGTH - OWNER_PREFIX.length;
    if (slug.length <= room)
        return `${OWNER_PREFIX}${slug}`;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(owner).digest("hex").slice(0, 8);
    return `${OWNER_PREFIX}${slug.slice(0, room - hash.length - 1)}-${hash}`;
}
/** Whether a tag is an ownership marker of any owner (or of none). */
function isOwnershipTag(tag) {
    return tag === OWNERSHIP_TAG || tag.startsWith(OWNER_PREFIX);
}
function ownershipOfMarkers(found, marker) {
    if (found.includes(marker))
        return { state: "this-owner" };
    if (found.includes(OWNERSHIP_TAG))
        return { state: "unnamed-owner" };
    const other = found.find(isOwnershipTag);
    return other === undefined ? { state: "none" } : { state: "other-owner", marker: other };
}
function tagOwnership(tags, marker = OWNERSHIP_TAG) {
    return ownershipOfMarkers(tags ?? [], marker);
}
function roleOwnership(description, marker = OWNERSHIP_TAG) {
    const found = ROLE_MARKER_RE.exec((description ?? "").trimEnd());
    return ownershipOfMarkers(found?.[1] ? [found[1]] : [], marker);
}
/** Prune may delete it: it carries this owner's marker, or the bare one this owner claims. */
function isOwned(ownership) {
    return ownership.state === "this-owner" || ownership.state === "unnamed-owner";
}
/** The tags the tool writes: the user's, without any ownership marker, plus `marker`. */
function withOwnershipTag(tags, marker = OWNERSHIP_TAG) {
    const all = new Set((tags ?? []).filter((tag) => !isOwnershipTag(tag)));
    all.add(marker);
    return [...all].sort();
}
function hasOwnershipTag(tags, marker = OWNERSHIP_TAG) {
    return isOwned(tagOwnership(tags, marker));
}
/** The description the tool writes for a role: the user's text, a blank line, then the marker in brackets. */
function roleDescriptionWithMarker(description, marker = OWNERSHIP_TAG) {
    const text = stripRoleOwnershipMarker(description ?? "");
    return text === "" ? `[${marker}]` : `${text}\n\n[${marker}]`;
}
function hasRoleOwnershipMarker(description, marker = OWNERSHIP_TAG) {
    return isOwned(roleOwnership(description, marker));
}
/** The description without the marker line (of any owner), as the user wrote it. */
function stripRoleOwnershipMarker(description) {
    const trimmed = description.trimEnd();
    const found = ROLE_MARKER_RE.exec(trimmed);
    if (!found)
        return description;
    return trimmed.slice(0, found.index).trimEnd();
}
/**
 * Carried by a big segment from its create until its last membership write succeeded. LaunchDarkly never returns
 * big-segment membership, but it returns tags with every segment: a segment still carrying this one was created by
 * an apply whose membership write did not complete, and the next plan writes the membership again.
 */
const MEMBERSHIP_PENDING_TAG = "ld-gitops-membership-pending";
function isMembershipPending(segment) {
    return segment.unbounded === true && (segment.tags ?? []).includes(MEMBERSHIP_PENDING_TAG);
}


/***/ })

};
