export const id = 130;
export const ids = [130];
export const modules = {

/***/ 11967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeExportFinding: () => (/* binding */ describeExportFinding),
  registerExportCommand: () => (/* binding */ registerExportCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(57336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
// EXTERNAL MODULE: ./src/model/segment.ts
var segment = __webpack_require__(25176);
// EXTERNAL MODULE: ./src/plan/canonical-json.ts
var canonical_json = __webpack_require__(70816);
;// CONCATENATED MODULE: ./src/export/fold-segments.ts


/**
 * What an override writes to say "this environment has none of it": an empty value reads as absent (the planner
 * treats `""` and `[]` as no description, no tags, no targets, no rules).
 */
const EMPTY_VALUE = {
    description: "",
    tags: [],
    included: [],
    excluded: [],
    includedContexts: [],
    excludedContexts: [],
    rules: [],
    unbounded: false,
};
function foldSegment(key, perEnvironment) {
    const base = {};
    const overrides = {};
    for (const field of segment/* SEGMENT_OVERRIDABLE_FIELDS */.o) {
        const values = perEnvironment.map(({ fields }) => fields[field]);
        // Most segments are the same everywhere: then the first value is the base and nothing is overridden.
        if (values.every((value) => sameData(value, values[0]))) {
            if (values[0] !== undefined)
                base[field] = values[0];
            continue;
        }
        const texts = values.map((value) => (value === undefined ? "" : (0,canonical_json/* canonicalJson */.dj)(value)));
        // The most common value; a tie goes to the first environment's (the project's order, so stable).
        const counts = new Map();
        for (const text of texts)
            counts.set(text, (counts.get(text) ?? 0) + 1);
        let chosen = texts[0] ?? "";
        for (const text of texts)
            if ((counts.get(text) ?? 0) > (counts.get(chosen) ?? 0))
                chosen = text;
        const chosenIndex = texts.indexOf(chosen);
        const baseValue = values[chosenIndex];
        if (baseValue !== undefined)
            base[field] = baseValue;
        for (const [index, { environment }] of perEnvironment.entries()) {
            if (texts[index] === chosen)
                continue;
            const value = values[index];
            const override = value === undefined ? EMPTY_VALUE[field] : value;
            // unboundedContextKind without a value is LaunchDarkly's default (`user`).
            const written = override === undefined && field === "unboundedContextKind" ? "user" : override;
            overrides[environment] ??= {};
            overrides[environment][field] = written;
        }
    }
    const folded = {
        key,
        ...base,
        environments: perEnvironment.map(({ environment }) => environment),
        overrides,
    };
    return folded;
}
/**
 * Whether two values are the same data: what `canonicalJson` would write the same (key order and `undefined`
 * members do not matter), compared in place instead of writing both out. Only ever says "same" when the canonical
 * texts are equal (NaN, which canonicalJson writes as null, counts as different: the texts decide then).
 */
function sameData(a, b) {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, index) => sameData(item ?? null, b[index] ?? null));
    }
    const left = a;
    const right = b;
    const keys = Object.keys(left).filter((key) => left[key] !== undefined);
    if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length)
        return false;
    return keys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}
/** Segments grouped by the environments they exist in: the group key is the environment list joined by `,`. */
function groupByEnvironments(segments) {
    const groups = new Map();
    for (const segment of segments) {
        const id = segment.environments.join(",");
        const group = groups.get(id) ?? [];
        group.push(segment);
        groups.set(id, group);
    }
    return groups;
}

// EXTERNAL MODULE: ./src/model/metric.ts
var metric = __webpack_require__(47413);
// EXTERNAL MODULE: ./src/plan/normalize-metric.ts
var normalize_metric = __webpack_require__(88489);
// EXTERNAL MODULE: ./src/plan/ownership.ts
var ownership = __webpack_require__(59742);
;// CONCATENATED MODULE: ./src/export/metric-fields.ts



/** Fields LaunchDarkly sets on a metric (membership-export-events.md, "Export", and `MetricRep`). */
const METRIC_SERVER_FIELDS = new Set([
    "_id",
    "_versionId",
    "_version",
    "_links",
    "_site",
    "_access",
    "_creationDate",
    "lastModified",
    "_maintainer",
    "_attachedFlagCount",
    "experimentCount",
    "metricGroupCount",
    "activeExperimentCount",
    "activeGuardedRolloutCount",
    "archived",
    "archivedAt",
    "category",
    "isActive",
    "experiments",
    "_attachedFeatures",
    "_dataSourceId",
    "metricGroups",
    "lastSeen",
    "_integrationKey",
]);
const METRIC_FORMAT_FIELDS = new Set(["key", ...metric/* METRIC_DEFINITION_FIELDS */.n, "analysisUnits"]);
/** The values LaunchDarkly fills in when a `MetricPost` leaves a field out (normalize-metric.ts). */
const DEFAULTS = {
    isNumeric: false,
    randomizationUnits: ["user"],
    unitAggregationType: "average",
    analysisType: "mean",
    eventDefault: { disabled: false, value: 0 },
};
function convertMetric(live) {
    const problems = [];
    for (const name of Object.keys(live).sort())
        if (!METRIC_FORMAT_FIELDS.has(name) && !METRIC_SERVER_FIELDS.has(name))
            problems.push({ kind: "unknown-field", path: `/${name}` });
    // The Terraform provider writes `analysisUnits` where the spec has `randomizationUnits`: read either.
    const source = live.randomizationUnits === undefined && Array.isArray(live.analysisUnits)
        ? { ...live, randomizationUnits: live.analysisUnits }
        : live;
    const normalized = (0,normalize_metric/* normalizeLiveMetric */.Cx)(source);
    // `dataSource` and `maintainerId` are LaunchDarkly's to assign; the plan compares them only when a file sets them.
    for (const field of normalize_metric/* SERVER_ASSIGNED_METRIC_FIELDS */.op)
        delete normalized[field];
    const fields = { key: live.key };
    for (const field of metric/* METRIC_DEFINITION_FIELDS */.n) {
        let value = normalized[field];
        if (value === undefined)
            continue;
        if (field === "tags") {
            value = value.filter((tag) => !(0,ownership/* isOwnershipTag */.GN)(tag));
            if (value.length === 0)
                continue;
        }
        if (field in DEFAULTS && JSON.stringify(DEFAULTS[field]) === JSON.stringify(value))
            continue;
        if (field === "successCriteria" && value === "HigherThanBaseline" && normalized.isNumeric === false)
            continue;
        fields[field] = value;
    }
    return { fields, problems };
}

// EXTERNAL MODULE: ./src/plan/normalize-role.ts
var normalize_role = __webpack_require__(81701);
;// CONCATENATED MODULE: ./src/export/role-fields.ts


const ROLE_FORMAT_FIELDS = new Set([
    "key",
    "name",
    "description",
    "basePermissions",
    "resourceCategory",
    "policy",
]);
const ROLE_SERVER_FIELDS = new Set([
    "_id",
    "_links",
    "_access",
    "assignedTo",
    "_presetBundleVersion",
    "_presetStatements",
    "_version",
]);
const STATEMENT_FIELDS = new Set(["effect", "resources", "notResources", "actions", "notActions"]);
/** LaunchDarkly's preset roles come back from the role list: they are LaunchDarkly's, not the account's. */
function isPresetRole(role) {
    return role._presetBundleVersion !== undefined && role._presetBundleVersion !== null;
}
function convertRole(live) {
    const problems = [];
    for (const name of Object.keys(live).sort())
        if (!ROLE_FORMAT_FIELDS.has(name) && !ROLE_SERVER_FIELDS.has(name))
            problems.push({ kind: "unknown-field", path: `/${name}` });
    for (const [index, statement] of (live.policy ?? []).entries()) {
        for (const name of Object.keys(statement).sort())
            if (!STATEMENT_FIELDS.has(name))
                problems.push({ kind: "unknown-field", path: `/policy/${index}/${name}` });
        const resources = [statement.resources, statement.notResources].filter((list) => list != null);
        const actions = [statement.actions, statement.notActions].filter((list) => list != null);
        if (resources.length !== 1 || actions.length !== 1)
            problems.push({ kind: "unsupported-value", path: `/policy/${index}`, reason: "statement-shape" });
    }
    const policy = (0,normalize_role/* normalizePolicy */.ws)(live.policy);
    if (policy.length === 0)
        problems.push({ kind: "unsupported-value", path: "/policy", value: "[]", reason: "empty-policy" });
    if (problems.some((problem) => problem.kind === "unsupported-value"))
        return { problems };
    const fields = { key: live.key, name: live.name };
    const description = (0,ownership/* stripRoleOwnershipMarker */.iI)(live.description ?? "");
    if (description.trim() !== "")
        fields.description = description;
    if (live.basePermissions !== undefined && live.basePermissions !== normalize_role/* DEFAULT_BASE_PERMISSIONS */.tk)
        fields.basePermissions = live.basePermissions;
    if (live.resourceCategory !== undefined && live.resourceCategory !== null)
        fields.resourceCategory = live.resourceCategory;
    fields.policy = policy.map((statement) => {
        const out = { effect: statement.effect };
        for (const name of ["resources", "notResources", "actions", "notActions"])
            if (statement[name] !== undefined)
                out[name] = statement[name];
        return out;
    });
    return { fields, problems };
}

// EXTERNAL MODULE: ./src/launchdarkly/operators.ts
var operators = __webpack_require__(44825);
// EXTERNAL MODULE: ./src/plan/normalize-segment.ts
var normalize_segment = __webpack_require__(71836);
;// CONCATENATED MODULE: ./src/export/segment-fields.ts
// One live segment (one environment) in the configuration format, as a person would write it: server-set fields
// dropped, LaunchDarkly's defaults left out, targets and tags sorted. The comparison form is the planner's own
// (`normalizeLiveSegment`), so that what export writes is what plan reads as "no change".




/** Fields the format writes, and those LaunchDarkly sets (membership-export-events.md, "Export"). */
/**
 * The segment fields LaunchDarkly holds that the format writes, in the order a person writes them: the model's
 * overridable fields after `key`, less the repository-only ones (member files and their sync opt-in).
 */
const SEGMENT_FIELD_ORDER = [
    "key",
    ...segment/* SEGMENT_OVERRIDABLE_FIELDS */.o.filter((field) => field !== "members" && field !== "membershipSync"),
];
const SEGMENT_FORMAT_FIELDS = new Set(SEGMENT_FIELD_ORDER);
const SEGMENT_SERVER_FIELDS = new Set([
    "creationDate",
    "lastModifiedDate",
    "_links",
    "version",
    "deleted",
    "generation",
    "_access",
    "_flags",
    "_unboundedMetadata",
    "_external",
    "_externalLink",
    "_importInProgress",
    "_version",
]);
const RULE_FIELDS = new Set(["_id", "description", "clauses", "weight", "bucketBy", "rolloutContextKind"]);
const CLAUSE_FIELDS = new Set(["_id", "attribute", "op", "values", "contextKind", "negate"]);
function unknownFields(object, known, path, problems) {
    for (const name of Object.keys(object).sort())
        if (!known.has(name))
            problems.push({ kind: "unknown-field", path: `${path}/${name}` });
}
/** User keys and other context kinds, split as the format writes them; each list sorted (targets are sets). */
function splitTargets(targets) {
    const out = {};
    const users = targets[normalize_segment/* DEFAULT_CONTEXT_KIND */.hK];
    if (users && users.length > 0)
        out.users = users;
    const contexts = Object.keys(targets)
        .filter((kind) => kind !== normalize_segment/* DEFAULT_CONTEXT_KIND */.hK)
        .sort()
        .map((contextKind) => ({ contextKind, values: targets[contextKind] ?? [] }));
    if (contexts.length > 0)
        out.contexts = contexts;
    return out;
}
function convertSegment(live) {
    const problems = [];
    for (const name of Object.keys(live).sort()) {
        if (!SEGMENT_FORMAT_FIELDS.has(name) && !SEGMENT_SERVER_FIELDS.has(name))
            problems.push({ kind: "unknown-field", path: `/${name}` });
    }
    const normalized = (0,normalize_segment/* normalizeLiveSegment */.V1)(live);
    const rules = [];
    for (const [ruleIndex, rule] of (live.rules ?? []).entries()) {
        const rulePath = `/rules/${ruleIndex}`;
        unknownFields(rule, RULE_FIELDS, rulePath, problems);
        const form = normalized.rules[ruleIndex];
        if (!form)
            continue;
        for (const [clauseIndex, clause] of (rule.clauses ?? []).entries()) {
            unknownFields(clause, CLAUSE_FIELDS, `${rulePath}/clauses/${clauseIndex}`, problems);
            if (!operators/* CLAUSE_OPERATORS */.E.has(clause.op))
                problems.push({
                    kind: "unsupported-value",
                    path: `${rulePath}/clauses/${clauseIndex}/op`,
                    value: clause.op,
                    reason: "clause-operator",
                });
            if ((clause.values ?? []).length === 0)
                problems.push({
                    kind: "unsupported-value",
                    path: `${rulePath}/clauses/${clauseIndex}/values`,
                    value: "[]",
                    reason: "clause-without-values",
                });
        }
        if (form.clauses.length === 0)
            problems.push({
                kind: "unsupported-value",
                path: `${rulePath}/clauses`,
                value: "[]",
                reason: "rule-without-clauses",
            });
        const out = { clauses: form.clauses.map(clauseFields) };
        if (form.description !== undefined)
            out.description = form.description;
        if (form.weight !== undefined) {
            out.weight = form.weight;
            if (form.rolloutContextKind !== undefined && form.rolloutContextKind !== normalize_segment/* DEFAULT_CONTEXT_KIND */.hK)
                out.rolloutContextKind = form.rolloutContextKind;
        }
        if (form.bucketBy !== undefined)
            out.bucketBy = form.bucketBy;
        rules.push(orderRule(out));
    }
    if (live.name === undefined || live.name === "")
        problems.push({ kind: "unsupported-value", path: "/name", value: "", reason: "empty-name" });
    if (problems.some((problem) => problem.kind === "unsupported-value"))
        return { problems };
    const fields = { name: normalized.name };
    if (normalized.description !== undefined)
        fields.description = normalized.description;
    // The ownership marker and the membership-pending mark are the tool's own: the plan adds and reads them.
    const tags = normalized.tags.filter((tag) => !(0,ownership/* isOwnershipTag */.GN)(tag) && tag !== ownership/* MEMBERSHIP_PENDING_TAG */.yl);
    if (tags.length > 0)
        fields.tags = tags;
    const included = splitTargets(normalized.included);
    const excluded = splitTargets(normalized.excluded);
    if (included.users)
        fields.included = included.users;
    if (excluded.users)
        fields.excluded = excluded.users;
    if (included.contexts)
        fields.includedContexts = included.contexts;
    if (excluded.contexts)
        fields.excludedContexts = excluded.contexts;
    if (rules.length > 0)
        fields.rules = rules;
    if (normalized.unbounded) {
        fields.unbounded = true;
        if (normalized.unboundedContextKind !== normalize_segment/* DEFAULT_CONTEXT_KIND */.hK)
            fields.unboundedContextKind = normalized.unboundedContextKind;
    }
    return { fields, problems };
}
function clauseFields(clause) {
    const out = { attribute: clause.attribute, op: clause.op, values: clause.values };
    // In the documentation's order: contextKind first when it is not the default.
    const ordered = clause.contextKind === normalize_segment/* DEFAULT_CONTEXT_KIND */.hK ? out : { contextKind: clause.contextKind, ...out };
    if (clause.negate)
        ordered.negate = true;
    return ordered;
}
/** The documentation's field order: description, clauses, weight, bucketBy, rolloutContextKind. */
function orderRule(rule) {
    const out = {};
    for (const name of ["description", "clauses", "weight", "bucketBy", "rolloutContextKind"])
        if (rule[name] !== undefined)
            out[name] = rule[name];
    return out;
}

;// CONCATENATED MODULE: ./src/export/build-export.ts




function problemFindings(problems, base) {
    return problems.map((problem) => {
        const params = { path: problem.path };
        if (problem.value !== undefined)
            params.value = problem.value;
        if (problem.reason !== undefined)
            params.reason = problem.reason;
        return { ...base, code: problem.kind, params };
    });
}
/** A segment's fields in the documentation's order (`environments` overrides last). */
function segmentContent(segment) {
    const out = {};
    for (const field of SEGMENT_FIELD_ORDER) {
        const value = segment[field];
        if (value !== undefined)
            out[field] = value;
    }
    const environments = Object.keys(segment.overrides).filter((environment) => Object.keys(segment.overrides[environment] ?? {}).length > 0);
    if (environments.length > 0) {
        const overrides = {};
        for (const environment of environments) {
            const fields = segment.overrides[environment] ?? {};
            const ordered = {};
            for (const field of SEGMENT_FIELD_ORDER) {
                const value = fields[field];
                if (value !== undefined)
                    ordered[field] = value;
            }
            overrides[environment] = ordered;
        }
        out.environments = overrides;
    }
    return out;
}
function byKey(a, b) {
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
/** Exports every project of `snapshot`; `kinds` limits what is written. */
function buildExport(snapshot, options = {}) {
    const layout = options.layout ?? "project";
    const kinds = new Set(options.kinds ?? ["segment", "metric", "role"]);
    const files = [];
    const findings = [];
    const counts = { segments: 0, metrics: 0, roles: 0 };
    for (const project of [...snapshot.projects.keys()].sort()) {
        const data = snapshot.projects.get(project);
        if (!data)
            continue;
        if (kinds.has("segment")) {
            const segments = exportSegments(project, data.environments, data.segments, findings);
            counts.segments += segments.length;
            files.push(...segmentFiles(project, segments, layout));
        }
        if (kinds.has("metric") && data.metrics) {
            const metrics = [];
            for (const metric of [...data.metrics].sort(byKey)) {
                const { fields, problems } = convertMetric(metric);
                findings.push(...problemFindings(problems, { resourceType: "metric", project, key: metric.key }));
                if (fields)
                    metrics.push(fields);
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
        const roles = [];
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
            if (fields)
                roles.push(fields);
        }
        counts.roles = roles.length;
        if (layout === "resource")
            for (const role of roles)
                files.push({ path: `roles/${role.key}.yaml`, content: { roles: [role] } });
        else if (roles.length > 0)
            files.push({ path: "roles.yaml", content: { roles } });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, findings, counts };
}
function exportSegments(project, environments, lists, findings) {
    // key → environment → live segment, in the project's environment order.
    const byKey = new Map();
    for (const environment of environments) {
        for (const segment of lists.get(environment) ?? []) {
            if (segment.deleted)
                continue;
            const perEnvironment = byKey.get(segment.key) ?? new Map();
            perEnvironment.set(environment, segment);
            byKey.set(segment.key, perEnvironment);
        }
    }
    const folded = [];
    for (const key of [...byKey.keys()].sort()) {
        const perEnvironment = byKey.get(key) ?? new Map();
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
        const converted = [];
        for (const [environment, segment] of perEnvironment) {
            if (segment._external != null)
                continue;
            const { fields, problems } = convertSegment(segment);
            findings.push(...problemFindings(problems, { resourceType: "segment", project, environments: [environment], key }));
            // A segment the format cannot express in an environment is left out there; its findings say why.
            if (fields)
                converted.push({ environment, fields });
        }
        if (converted.length === 0)
            continue;
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
function segmentFiles(project, segments, layout) {
    const file = (path, environments, group) => ({
        path,
        project,
        content: { project, environments: [...environments], segments: group.map(segmentContent) },
    });
    if (layout === "resource")
        return segments.map((segment) => file(`${project}/segments/${segment.key}.yaml`, segment.environments, [segment]));
    const groups = [...groupByEnvironments(segments).entries()].sort(([a, left], [b, right]) => right.length - left.length || b.split(",").length - a.split(",").length || (a < b ? -1 : a > b ? 1 : 0));
    return groups.map(([id, group], index) => {
        const environments = id.split(",");
        const path = index === 0 ? `${project}/segments.yaml` : `${project}/segments.${environments.join(".")}.yaml`;
        return file(path, environments, group);
    });
}

// EXTERNAL MODULE: ./src/live/read-live-state.ts + 1 modules
var read_live_state = __webpack_require__(46583);
;// CONCATENATED MODULE: ./src/export/types.ts
const EXPORT_KINDS = ["segment", "metric", "role"];

;// CONCATENATED MODULE: ./src/export/read-account.ts


/**
 * Requests in flight for an export's client (the client's default is 8). An export is read-only and made of list
 * pages that are all known once each list's first page gives its total, so its wall time is the latency times the
 * pages over this bound; the pacer still holds requests back to LaunchDarkly's announced rate-limit budget.
 */
const EXPORT_CONCURRENCY = 16;
/** A project or environment asked for that LaunchDarkly does not have (or the token cannot see). */
class ExportScopeError extends Error {
    missing;
    constructor(missing) {
        super(missing
            .map(({ project, environment }) => environment === undefined
            ? `project "${project}" does not exist in LaunchDarkly (or the token cannot see it)`
            : `environment "${environment}" does not exist in project "${project}"`)
            .join("; "));
        this.missing = missing;
        this.name = "ExportScopeError";
    }
}
async function readAccount(api, options) {
    const kinds = new Set(options.kinds ?? EXPORT_KINDS);
    const missing = [];
    const scopes = [];
    for (const project of options.projects) {
        const found = await api.getProject(project);
        if (found === undefined) {
            missing.push({ project });
            continue;
        }
        const all = (await (0,read_live_state/* projectEnvironments */.Gm)(api, project, found)).map((environment) => environment.key);
        const wanted = options.environments ?? all;
        for (const environment of wanted)
            if (!all.includes(environment))
                missing.push({ project, environment });
        scopes.push({ project, environments: all.filter((environment) => wanted.includes(environment)) });
    }
    if (missing.length > 0)
        throw new ExportScopeError(missing);
    const segmentReads = kinds.has("segment")
        ? scopes.flatMap(({ project, environments }) => environments.map((environment) => ({ project, environment })))
        : [];
    const metricReads = kinds.has("metric") ? scopes.map(({ project }) => project) : [];
    const total = segmentReads.length + metricReads.length + (kinds.has("role") ? 1 : 0);
    let done = 0;
    const counted = async (read) => {
        const value = await read;
        done++;
        options.onProgress?.({ done, total });
        return value;
    };
    const [segmentLists, metricLists, roles] = await Promise.all([
        Promise.all(segmentReads.map(({ project, environment }) => counted(api.listSegments(project, environment)))),
        Promise.all(metricReads.map((project) => counted(api.listMetrics(project)))),
        kinds.has("role") ? counted(api.listRoles()) : Promise.resolve(undefined),
    ]);
    const snapshot = { projects: new Map() };
    for (const { project, environments } of scopes) {
        snapshot.projects.set(project, { environments, segments: new Map() });
    }
    for (const [index, { project, environment }] of segmentReads.entries())
        snapshot.projects.get(project)?.segments.set(environment, segmentLists[index] ?? []);
    for (const [index, project] of metricReads.entries()) {
        const entry = snapshot.projects.get(project);
        if (entry)
            entry.metrics = metricLists[index] ?? [];
    }
    if (roles !== undefined)
        snapshot.roles = roles;
    return snapshot;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/output/file-writer.ts
var file_writer = __webpack_require__(90955);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/export/emit-yaml.ts
// Exported data → YAML text a person would have written: block style, short lists of scalars and small mappings
// (clauses, context targets) on one line, strings quoted only where YAML needs it. The same data always gives the
// same text.

/** Flow (`[a, b]`, `{ k: v }`) only for collections that fit on a line this wide. */
const FLOW_WIDTH = 72;
function yamlText(content) {
    // No anchors or aliases: a person writes a repeated value out (one shared `[]` would otherwise become `&a1` / `*a1`).
    const document = new dist/* Document */.yo(content, { aliasDuplicateObjects: false });
    setFlow(document.contents, "file");
    return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
/** Walks the document once, top down, marking the collections that go on one line. */
function setFlow(node, place) {
    if ((0,dist/* isSeq */.oP)(node)) {
        if (node.items.length > 0 && node.items.every(dist/* isScalar */.jn) && flowLength(node.toJSON()) <= FLOW_WIDTH)
            node.flow = true;
        for (const item of node.items)
            setFlow(item, place === "file value" ? "resource" : "inner");
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        const simple = node.items.every((pair) => (0,dist/* isScalar */.jn)(pair.value) || ((0,dist/* isSeq */.oP)(pair.value) && pair.value.items.every(dist/* isScalar */.jn)));
        const block = place === "file value" || place === "resource";
        if (simple && !block && node.items.length <= 6 && flowLength(node.toJSON()) <= FLOW_WIDTH)
            node.flow = true;
        for (const pair of node.items)
            if ((0,dist/* isPair */.tO)(pair))
                setFlow(pair.value, place === "file" ? "file value" : "inner");
    }
}
function flowLength(value) {
    return JSON.stringify(value).length;
}

;// CONCATENATED MODULE: ./src/export/write-export.ts
// Writes an export into a directory the export owns. A file the export wrote starts with the schema comment and a
// header naming where and when it was exported and the sha256 of its body: a file without that header, or whose
// body no longer matches it (someone edited it), was not written by the export and is never overwritten or removed
// unless forced. A file whose body is unchanged is left as it is, header and date included, so exporting twice
// gives byte-identical files.





const HEADER_RE = /^# Exported by ld-gitops export .*\(body sha256 ([0-9a-f]{16})\)$/m;
/** Paths (relative to the directory) of files that stop the export: the export did not write them. */
class ForeignFilesError extends Error {
    dir;
    files;
    constructor(dir, files) {
        super(`${dir} holds ${files.length} file(s) ld-gitops export did not write`);
        this.dir = dir;
        this.files = files;
        this.name = "ForeignFilesError";
    }
}
function bodyHash(body) {
    return (0,external_node_crypto_.createHash)("sha256").update(body).digest("hex").slice(0, 16);
}
/** The schema reference as seen from a file `depth` folders below the output directory. */
function schemaFrom(path, schema) {
    if (/^[a-z]+:\/\//i.test(schema))
        return schema;
    const depth = path.split("/").length - 1;
    return `${"../".repeat(depth)}${schema}`;
}
/** The body of an exported file: what the header's hash covers. */
function exportedBody(file) {
    return yamlText(file.content);
}
function header(file, body, options) {
    const date = (options.now ?? new Date()).toISOString().slice(0, 10);
    const scope = file.project === undefined ? "the account's custom roles" : `project ${file.project}`;
    return [
        `# yaml-language-server: $schema=${schemaFrom(file.path, options.schema)}`,
        `# Exported by ld-gitops export from ${options.origin}, ${scope}, on ${date} (body sha256 ${bodyHash(body)})`,
        "",
    ].join("\n");
}
/** Whether `text` is a file the export wrote and nobody edited since. */
function isExportWritten(text) {
    const match = HEADER_RE.exec(text.split("\n").slice(0, 3).join("\n"));
    if (!match)
        return false;
    const body = text.split("\n").slice(2).join("\n");
    return bodyHash(body) === match[1];
}
async function filesUnder(dir) {
    try {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true });
        return entries
            .filter((entry) => entry.isFile())
            .map((entry) => {
            const parent = entry.parentPath ?? entry.path;
            return (0,external_node_path_.relative)(dir, (0,external_node_path_.join)(parent, entry.name)).split(external_node_path_.sep).join("/");
        })
            .sort();
    }
    catch (error) {
        if (error.code === "ENOENT")
            return [];
        throw error;
    }
}
async function writeExport(files, options) {
    const existing = new Map();
    const foreign = [];
    for (const path of await filesUnder(options.dir)) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(options.dir, path), "utf8");
        if (isExportWritten(text))
            existing.set(path, text);
        else
            foreign.push(path);
    }
    if (foreign.length > 0 && !options.force)
        throw new ForeignFilesError(options.dir, foreign);
    const result = { written: [], unchanged: [], removed: [] };
    const wanted = new Set(files.map((file) => file.path));
    for (const file of files) {
        const body = exportedBody(file);
        const before = existing.get(file.path);
        const target = (0,external_node_path_.join)(options.dir, file.path);
        // Same body, same schema comment: keep the file as it is (its date says when this content was exported).
        if (before !== undefined &&
            before.split("\n").slice(2).join("\n") === body &&
            before.startsWith(header(file, body, options).split("\n")[0] ?? "")) {
            result.unchanged.push(file.path);
            continue;
        }
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,file_writer/* writeRedactedFile */.c)(target, header(file, body, options) + body);
        result.written.push(file.path);
    }
    // Files an earlier export wrote for resources that no longer exist. Files it did not write are never removed.
    const stale = [...existing.keys()].filter((path) => !wanted.has(path));
    for (const path of stale.sort()) {
        await (0,promises_.rm)((0,external_node_path_.join)(options.dir, path));
        result.removed.push(path);
    }
    return result;
}

// EXTERNAL MODULE: ./src/launchdarkly/redact.ts
var redact = __webpack_require__(13231);
// EXTERNAL MODULE: ./src/cli/shared.ts + 6 modules
var shared = __webpack_require__(49463);
;// CONCATENATED MODULE: ./src/cli/commands/export.ts









const KIND_NAMES = {
    segments: "segment",
    segment: "segment",
    metrics: "metric",
    metric: "metric",
    roles: "role",
    role: "role",
};
/**
 * `ld-gitops export --project KEY [--environment KEY]... [--kind segments|metrics|roles]... [--out DIR]
 * [--layout project|resource] [--schema PATH|URL] [--force] [--base-uri URL]`. Reads LD_ACCESS_TOKEN; a reader
 * token is enough. Writes YAML that `validate` accepts and `plan` finds equal to LaunchDarkly (but for adoption).
 */
function registerExportCommand(program) {
    program
        .command("export")
        .description("Write what LaunchDarkly holds (segments, metrics, custom roles) as configuration files, to adopt an existing account.")
        .requiredOption("-p, --project <key>", "project to export (repeatable)", shared/* collect */.Fo)
        .option("-e, --environment <key>", "only these environments (repeatable; default: every environment)", shared/* collect */.Fo)
        .option("-k, --kind <kind>", "only these kinds: segments, metrics, roles (repeatable; default: all)", shared/* collect */.Fo)
        .option("-o, --out <dir>", "directory to write (refused if it holds files export did not write)", "launchdarkly")
        .addOption(new esm/* Option */.c$("--layout <layout>", "one file per project and kind, or one file per resource")
        .choices(["project", "resource"])
        .default("project"))
        .option("--schema <path-or-url>", "the JSON Schema the files' yaml-language-server comment points at (a path from the current directory, or a URL)")
        .option("--force", "write even though the directory holds files export did not write")
        .addOption((0,shared/* baseUriOption */.VH)())
        .action(async (options) => {
        process.exitCode = await runExportCommand(options);
    });
}
async function runExportCommand(options) {
    const color = (picocolors_default()).isColorSupported && process.stderr.isTTY === true;
    const c = picocolors_default().createColors(color);
    let api;
    try {
        const kinds = (options.kind ?? []).map((name) => {
            const kind = KIND_NAMES[name];
            if (kind === undefined)
                throw new Error(`--kind must be segments, metrics or roles, got "${name}"`);
            return kind;
        });
        const cli = (0,shared/* createCliClient */.OX)(options.baseUri, process.env, { concurrency: EXPORT_CONCURRENCY });
        api = cli.client;
        const onProgress = process.stderr.isTTY
            ? ({ done, total }) => {
                process.stderr.write(`\rReading LaunchDarkly: ${done}/${total} lists`);
                if (done === total)
                    process.stderr.write("\n");
            }
            : undefined;
        const snapshot = await readAccount(api, {
            projects: options.project,
            ...(options.environment ? { environments: options.environment } : {}),
            kinds: kinds.length > 0 ? kinds : EXPORT_KINDS,
            ...(onProgress ? { onProgress } : {}),
        });
        const result = buildExport(snapshot, {
            layout: options.layout,
            kinds: kinds.length > 0 ? kinds : EXPORT_KINDS,
        });
        const written = await writeExport(result.files, {
            dir: options.out,
            origin: originOf(cli.config.baseUri),
            schema: schemaReference(options.out, options.schema),
            force: options.force ?? false,
        });
        for (const finding of result.findings)
            process.stderr.write(`${c.yellow("note")}: ${describeExportFinding(finding)}\n`);
        const { segments, metrics, roles } = result.counts;
        process.stdout.write(`Exported ${segments} segment(s), ${metrics} metric(s), ${roles} role(s) to ${options.out}: ${written.written.length} file(s) written, ${written.unchanged.length} unchanged, ${written.removed.length} removed.${result.findings.length > 0 ? ` ${result.findings.length} note(s) above.` : ""}\n` +
            `Next: ld-gitops validate --dir ${options.out}, then ld-gitops plan --dir ${options.out} (it should show only adoption).\n`);
        return 0;
    }
    catch (error) {
        if (error instanceof ForeignFilesError) {
            const listed = error.files.slice(0, 10).join(", ");
            const more = error.files.length > 10 ? ` and ${error.files.length - 10} more` : "";
            process.stderr.write(`${c.red("error")}: ${error.dir} holds files ld-gitops export did not write (${listed}${more}). Export into an empty or new directory, or pass --force to write over them.\n`);
            return 1;
        }
        process.stderr.write(`${c.red("error")}: ${(0,redact/* safeErrorMessage */.Jo)(error)}\n`);
        return 1;
    }
    finally {
        await api?.close();
    }
}
/** The base URI without credentials or query: safe for a file header. */
function originOf(baseUri) {
    const url = new URL(baseUri);
    return `${url.origin}${url.pathname === "/" ? "" : url.pathname}`;
}
/** The schema reference relative to the output directory (files add `../` for their depth), or a URL as given. */
function schemaReference(out, schema) {
    if (schema !== undefined && /^[a-z]+:\/\//i.test(schema))
        return schema;
    const path = (0,external_node_path_.resolve)(schema ?? (0,external_node_path_.join)("node_modules", "ld-gitops", "schemas", "ld-gitops.schema.json"));
    return (0,external_node_path_.relative)((0,external_node_path_.resolve)(out), path).split(external_node_path_.sep).join("/");
}
function resourceName(finding) {
    const where = [finding.project, finding.key].filter((part) => part !== undefined).join("/");
    const environments = finding.environments?.length ? ` (${finding.environments.join(", ")})` : "";
    return `${finding.resourceType} ${where}${environments}`;
}
const UNSUPPORTED_REASONS = {
    "clause-operator": "a clause operator the format does not know yet",
    "clause-without-values": "a clause without values",
    "rule-without-clauses": "a rule without clauses",
    "empty-name": "no name",
    "statement-shape": "a statement without exactly one of resources/notResources and of actions/notActions",
    "empty-policy": "an empty policy",
};
/** The CLI's wording of an export finding. */
function describeExportFinding(finding) {
    const name = resourceName(finding);
    const { params } = finding;
    switch (finding.code) {
        case "external-segment-skipped":
            return `${name} skipped: it was made by the ${params.integration} integration, which owns its membership`;
        case "preset-role-skipped":
            return `${name} skipped: it is one of LaunchDarkly's preset roles`;
        case "big-segment-members-not-exported":
            return `${name} is a big segment: its definition was exported, but LaunchDarkly does not return big-segment membership; list the members under included/excluded (or keep them where they are managed now)`;
        case "unknown-field":
            return `${name}: LaunchDarkly returned \`${params.path}\`, which the format cannot express yet; exported without it (plan will not compare it)`;
        case "unsupported-value":
            return `${name} not exported: \`${params.path}\`${params.value !== undefined ? ` = ${params.value}` : ""} is ${UNSUPPORTED_REASONS[String(params.reason)] ?? params.reason}, which the format cannot express`;
    }
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

/***/ 41300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ findingKey),
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
// What the stages found, as data: a stable code and the parameters that say what exactly. Words are chosen only
// at the edges (src/wording/finding-messages.ts), so a later stage can act on a finding by its code, and the CLI
// and the Action can each name a setting the way their users type it.
/** Builds a finding, checking the parameters against the code. */
function finding(code, params) {
    return { code, params };
}
/** A string equal for equal findings (code and parameters, keys in any order): for sets and de-duplication. */
function findingKey(found) {
    return `${found.code}\u0000${stableJson(found.params)}`;
}
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(",")}]`;
    if (value !== null && typeof value === "object") {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
    }
    return JSON.stringify(value);
}


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

/***/ 25176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ resolveSegment),
/* harmony export */   o: () => (/* binding */ SEGMENT_OVERRIDABLE_FIELDS)
/* harmony export */ });
const SEGMENT_OVERRIDABLE_FIELDS = [
    "name",
    "description",
    "tags",
    "included",
    "excluded",
    "includedContexts",
    "excludedContexts",
    "rules",
    "unbounded",
    "unboundedContextKind",
    "members",
    "membershipSync",
];
const resolved = new WeakMap();
/**
 * Expands a definition into one desired segment per environment, applying that environment's overrides. Computed
 * once per definition (validation rules, the plan and its impact all ask): treat the result as read-only.
 */
function resolveSegment(definition) {
    let segments = resolved.get(definition);
    if (segments === undefined) {
        segments = expandSegment(definition);
        resolved.set(definition, segments);
    }
    return segments;
}
function expandSegment(definition) {
    const { environments, overrides, key, project, source, ...base } = definition;
    return environments.map((environment) => ({
        ...base,
        ...(overrides[environment] ?? {}),
        key,
        project,
        environment,
        source,
    }));
}


/***/ })

};
