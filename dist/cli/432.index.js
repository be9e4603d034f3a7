export const id = 432;
export const ids = [432];
export const modules = {

/***/ 60975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ emptyLoadedConfig),
/* harmony export */   Sq: () => (/* binding */ addConfigFile),
/* harmony export */   fO: () => (/* binding */ locatedPointers)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21916);
/* harmony import */ var _membership_member_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99334);
/* harmony import */ var _membership_member_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82306);
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41300);
/* harmony import */ var _model_metric_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47413);
/* harmony import */ var _model_segment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25176);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61768);
/* harmony import */ var _source_location_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61599);









const ROLE_FIELDS = ["description", "basePermissions", "resourceCategory"];
function isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function pick(source, keys) {
    const out = {};
    for (const key of keys)
        if (source[key] !== undefined)
            out[key] = source[key];
    return out;
}
function emptyLoadedConfig(root) {
    return {
        ...(root !== undefined ? { root } : {}),
        state: {
            files: [],
            segments: [],
            metrics: [],
            roles: [],
            contextKinds: [],
            projects: new Map(),
            environments: new Map(),
        },
        segments: [],
        metrics: [],
        roles: [],
        contextKinds: [],
    };
}
/**
 * Adds one parsed file's resources to `loaded` (files are added one by one, in sorted order). It keeps every
 * resource that has a string `key`, even when the schema found errors in it (callers stop on errors; rules
 * skip such resources), and reports the problems that only show across a file: a resource without a
 * project, overrides for unlisted environments.
 */
function addConfigFile(loaded, file, diagnostics) {
    loaded.state.files.push(file.file);
    if (isPlainObject(file.value))
        addFile(loaded, file, file.value, diagnostics);
}
/**
 * The JSON pointers `addConfigFile` locates for a file's resources when nothing is wrong (the `source` of
 * each resource, its project, the file's environments). A worker that parses the file locates them in
 * advance; a pointer missing here is still located, by parsing the file again.
 */
function locatedPointers(value) {
    if (!isPlainObject(value))
        return [];
    const pointers = ["/project"];
    if (Array.isArray(value.environments)) {
        for (let index = 0; index < value.environments.length; index++)
            pointers.push(`/environments/${index}`);
    }
    for (const section of ["segments", "metrics", "roles", "contextKinds"]) {
        for (const { item, pointer } of keyedItems(value, section)) {
            pointers.push(pointer);
            if (typeof item.project === "string")
                pointers.push(`${pointer}/project`);
        }
    }
    return pointers;
}
/** The items of a file's `section` that become resources (mappings with a string `key`), with their pointers. */
function keyedItems(value, section) {
    const items = value[section];
    if (!Array.isArray(items))
        return [];
    const keyed = [];
    items.forEach((item, index) => {
        if (isPlainObject(item) && typeof item.key === "string") {
            keyed.push({ item: item, pointer: (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .toJsonPointer */ .Hk)([section, index]) });
        }
    });
    return keyed;
}
function addFile(loaded, file, value, diagnostics) {
    const { state } = loaded;
    const where = (pointer) => ({ file: file.file, ...(0,_source_location_js__WEBPACK_IMPORTED_MODULE_5__/* .locate */ .x)(file, pointer) });
    const fileProject = typeof value.project === "string" ? value.project : undefined;
    const fileEnvironments = Array.isArray(value.environments)
        ? value.environments.filter((e) => typeof e === "string")
        : [];
    const resolveProject = (item, pointer, noun) => {
        const own = typeof item.project === "string" ? item.project : undefined;
        const project = own ?? fileProject;
        if (project === undefined) {
            diagnostics.push((0,_source_location_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosticAt */ .R)(file, pointer, (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_7__/* .finding */ .g)("config.no-project", { noun, key: String(item.key) })));
            return undefined;
        }
        const projectPointer = own !== undefined ? `${pointer}/project` : "/project";
        if (!state.projects.has(project))
            state.projects.set(project, where(projectPointer));
        return project;
    };
    if (typeof value.owner === "string" && value.owner.trim() !== "") {
        const owner = value.owner.trim();
        if (state.owner === undefined || loaded.ownerSource === undefined) {
            state.owner = owner;
            loaded.ownerSource = where("/owner");
        }
        else if (state.owner !== owner) {
            const first = loaded.ownerSource;
            diagnostics.push((0,_source_location_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosticAt */ .R)(file, "/owner", (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_7__/* .finding */ .g)("config.owner-mismatch", {
                owner,
                firstOwner: state.owner,
                firstFile: first.file,
                firstLine: first.line,
            })));
        }
    }
    const hasSegments = Array.isArray(value.segments) && value.segments.length > 0;
    const environmentsMissing = value.environments === undefined || Array.isArray(value.environments);
    if (hasSegments && fileEnvironments.length === 0 && environmentsMissing) {
        diagnostics.push((0,_source_location_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosticAt */ .R)(file, "/segments", (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_7__/* .finding */ .g)("config.segments-without-environments", {})));
    }
    for (const { item, pointer } of keyedItems(value, "segments")) {
        const project = resolveProject(item, pointer, "segment");
        if (project === undefined)
            continue;
        fileEnvironments.forEach((environment, envIndex) => {
            const id = `${project}/${environment}`;
            if (!state.environments.has(id)) {
                state.environments.set(id, { project, environment, source: where(`/environments/${envIndex}`) });
            }
        });
        const overrides = {};
        if (isPlainObject(item.environments)) {
            for (const [environment, fields] of Object.entries(item.environments)) {
                if (!fileEnvironments.includes(environment)) {
                    // `prod` for `production` or `staging` for `stage` is as likely as a typo: suggest by prefix first
                    // (one name starts the other, or the only one sharing the first four letters), then by edit distance.
                    const sharingStem = fileEnvironments.filter((e) => commonPrefixLength(e, environment) >= 4);
                    const near = fileEnvironments.find((e) => e.startsWith(environment) || environment.startsWith(e)) ??
                        (sharingStem.length === 1 ? sharingStem[0] : undefined) ??
                        (fileEnvironments.length > 0 ? (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(environment, fileEnvironments) : undefined);
                    const suggestion = near !== undefined &&
                        ((0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_1__/* .distance */ .Io)(near, environment) <= 2 ||
                            near.startsWith(environment) ||
                            environment.startsWith(near) ||
                            sharingStem.length === 1)
                        ? near
                        : undefined;
                    diagnostics.push((0,_source_location_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosticAt */ .R)(file, `${pointer}${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .toJsonPointer */ .Hk)(["environments", environment])}`, (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_7__/* .finding */ .g)("config.unknown-override-environment", {
                        key: String(item.key),
                        environment,
                        environments: fileEnvironments,
                        ...(suggestion !== undefined ? { suggestion } : {}),
                    }), "error", { key: true }));
                    continue;
                }
                if (isPlainObject(fields)) {
                    const override = pick(fields, _model_segment_js__WEBPACK_IMPORTED_MODULE_4__/* .SEGMENT_OVERRIDABLE_FIELDS */ .o);
                    const overridePointer = `${pointer}${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .toJsonPointer */ .Hk)(["environments", environment])}`;
                    const kind = fields.unboundedContextKind ?? item.unboundedContextKind;
                    if (fields.members !== undefined)
                        override.members = segmentMembers(fields.members, overridePointer, kind);
                    overrides[environment] = override;
                }
            }
        }
        const fields = pick(item, _model_segment_js__WEBPACK_IMPORTED_MODULE_4__/* .SEGMENT_OVERRIDABLE_FIELDS */ .o);
        if (item.members !== undefined)
            fields.members = segmentMembers(item.members, pointer, item.unboundedContextKind);
        const definition = {
            ...fields,
            key: item.key,
            project,
            environments: [...fileEnvironments],
            overrides,
            source: where(pointer),
        };
        state.segments.push(definition);
        loaded.segments.push({ definition, file, pointer });
    }
    /**
     * `members:` entries as the model holds them: each file named relative to the configuration directory, its
     * format and context kind settled. An entry the schema refuses is left out (the schema reports it); a path out of
     * the configuration directory or a format the name does not tell is reported here.
     */
    function segmentMembers(raw, pointer, unboundedContextKind) {
        if (!Array.isArray(raw))
            return [];
        const members = [];
        const root = loaded.root ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file.absolutePath);
        raw.forEach((entry, index) => {
            if (!isPlainObject(entry) || typeof entry.file !== "string" || entry.file === "")
                return;
            const entryPointer = `${pointer}${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .toJsonPointer */ .Hk)(["members", index])}`;
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file.absolutePath), entry.file);
            const path = (0,_membership_member_path_js__WEBPACK_IMPORTED_MODULE_3__/* .pathInside */ ._)(root, absolute);
            if (path === undefined) {
                diagnostics.push((0,_source_location_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosticAt */ .R)(file, `${entryPointer}/file`, (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_7__/* .finding */ .g)("members.outside-config", { file: entry.file })));
                return;
            }
            const format = (0,_membership_member_format_js__WEBPACK_IMPORTED_MODULE_2__/* .memberFormatOf */ .R)(path, typeof entry.format === "string" ? entry.format : undefined);
            if (format === undefined) {
                diagnostics.push((0,_source_location_js__WEBPACK_IMPORTED_MODULE_5__/* .diagnosticAt */ .R)(file, `${entryPointer}/file`, (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_7__/* .finding */ .g)("members.unknown-format", { file: path })));
                return;
            }
            const contextKind = typeof entry.contextKind === "string"
                ? entry.contextKind
                : typeof unboundedContextKind === "string"
                    ? unboundedContextKind
                    : "user";
            const ref = { path, format: format.format, gzip: format.gzip, contextKind };
            if (typeof entry.column === "string" || typeof entry.column === "number")
                ref.column = entry.column;
            if (typeof entry.header === "boolean")
                ref.header = entry.header;
            members.push({
                ref,
                into: entry.into === "excluded" ? "excluded" : "included",
                allowEmpty: entry.allowEmpty === true,
                source: where(entryPointer),
            });
        });
        return members;
    }
    for (const { item, pointer } of keyedItems(value, "metrics")) {
        const project = resolveProject(item, pointer, "metric");
        if (project === undefined)
            continue;
        const definition = {
            ...pick(item, _model_metric_js__WEBPACK_IMPORTED_MODULE_8__/* .METRIC_DEFINITION_FIELDS */ .n),
            key: item.key,
            project,
            source: where(pointer),
        };
        state.metrics.push(definition);
        loaded.metrics.push({ definition, file, pointer });
    }
    for (const { item, pointer } of keyedItems(value, "contextKinds")) {
        const project = resolveProject(item, pointer, "context kind");
        if (project === undefined)
            continue;
        const definition = {
            key: item.key,
            project,
            name: typeof item.name === "string" ? item.name : item.key,
            source: where(pointer),
        };
        if (typeof item.description === "string")
            definition.description = item.description;
        if (typeof item.hideInTargeting === "boolean")
            definition.hideInTargeting = item.hideInTargeting;
        if (typeof item.archived === "boolean")
            definition.archived = item.archived;
        state.contextKinds ??= [];
        state.contextKinds.push(definition);
        loaded.contextKinds.push({ definition, file, pointer });
    }
    for (const { item, pointer } of keyedItems(value, "roles")) {
        const definition = {
            ...pick(item, ROLE_FIELDS),
            key: item.key,
            name: typeof item.name === "string" ? item.name : item.key,
            policy: Array.isArray(item.policy) ? item.policy : [],
            source: where(pointer),
        };
        state.roles.push(definition);
        loaded.roles.push({ definition, file, pointer });
    }
}
function commonPrefixLength(a, b) {
    let length = 0;
    while (length < a.length && length < b.length && a[length] === b[length])
        length++;
    return length;
}


/***/ }),

/***/ 28031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ YAML_PARSE_OPTIONS),
/* harmony export */   m: () => (/* binding */ isSchemaValid)
/* harmony export */ });
/**
 * How yaml parses a config file, when it is first read (parse-config-file.ts) and when it is parsed again to locate a
 * node. Duplicate keys are found in one pass after parsing: the parser's own check is quadratic per mapping.
 */
const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, merge: true };
/** Whether the schema found no error at or under `pointer` (rules only trust such resources). */
function isSchemaValid(file, pointer) {
    return !file.schemaErrorPointers.some((p) => p === pointer || p.startsWith(`${pointer}/`) || pointer.startsWith(`${p}/`));
}


/***/ }),

/***/ 61768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ parseJsonPointer),
/* harmony export */   Hk: () => (/* binding */ toJsonPointer),
/* harmony export */   Yg: () => (/* binding */ parentPointer),
/* harmony export */   sZ: () => (/* binding */ valueAtPointer)
/* harmony export */ });
/** Splits a JSON pointer (`/segments/0/rules`) into unescaped segments. */
function parseJsonPointer(pointer) {
    if (pointer === "")
        return [];
    return pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
/** Builds a JSON pointer from segments, escaping `~` and `/`. */
function toJsonPointer(segments) {
    return segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
/** The pointer to the parent of the node at `pointer` (`/segments/0/rules` gives `/segments/0`). */
function parentPointer(pointer) {
    return pointer.slice(0, pointer.lastIndexOf("/"));
}
/** The value `pointer` names inside `root`, or `undefined` when the path does not exist. */
function valueAtPointer(root, pointer) {
    let node = root;
    for (const segment of parseJsonPointer(pointer)) {
        if (node === null || typeof node !== "object")
            return undefined;
        node = node[segment];
    }
    return node;
}


/***/ }),

/***/ 17432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PARALLEL_PARSE_MIN_BYTES: () => (/* binding */ PARALLEL_PARSE_MIN_BYTES),
  parseConfigFiles: () => (/* binding */ parseConfigFiles),
  parseWorkerCount: () => (/* binding */ parseWorkerCount)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/load/build-desired-state.ts
var build_desired_state = __webpack_require__(60975);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/load/config-file.ts
var config_file = __webpack_require__(28031);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/load/json-pointer.ts
var json_pointer = __webpack_require__(61768);
;// CONCATENATED MODULE: ./src/load/fast-parse-config-file.ts
// The fast path of reading a config file's YAML. js-yaml builds the same data as yaml's document model about ten
// times faster (config files are plain mappings, lists and scalars), and its listener hands over where each node
// starts, enough to place every resource without a document. It is taken only for files both libraries read alike:
// one document with a mapping at the top, no anchors, aliases, tags, directives, merge keys, explicit (`? `) keys or
// keys that are not plain strings, plain scalars resolved by yaml's own core-schema rules (below). Anything else, and
// every file js-yaml refuses (syntax errors, duplicate keys), returns undefined: `parseConfigFile` then parses it
// with yaml, which also words the errors. test/load/fast-parse-config-file.test.ts holds the two paths equal.


// Plain scalars resolve exactly as yaml's core schema resolves them (yaml/dist/schema/core and common/null.js:
// the same tests, in the same order, with the same conversions), not by js-yaml's own core schema.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Every number form above starts with a digit, a sign or a dot: most strings are ruled out by one comparison. */
function mayBeNumber(data) {
    const first = data.charCodeAt(0);
    return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
}
const YAML_CORE_SCALARS = js_yaml/* FAILSAFE_SCHEMA */.uH.extend({
    implicit: [
        new js_yaml/* Type */.ZU("tag:yaml.org,2002:null", {
            kind: "scalar",
            resolve: (data) => data === null || (data.length <= 4 && NULL.test(data)),
            construct: () => null,
        }),
        new js_yaml/* Type */.ZU("tag:yaml.org,2002:bool", {
            kind: "scalar",
            resolve: (data) => data !== null && data.length <= 5 && BOOL.test(data),
            construct: (data) => data[0] === "t" || data[0] === "T",
        }),
        new js_yaml/* Type */.ZU("tag:yaml.org,2002:int", {
            kind: "scalar",
            resolve: (data) => data !== null && mayBeNumber(data) && (INT_OCT.test(data) || INT.test(data) || INT_HEX.test(data)),
            construct: (data) => INT_OCT.test(data)
                ? Number.parseInt(data.substring(2), 8)
                : INT.test(data)
                    ? Number.parseInt(data, 10)
                    : Number.parseInt(data.substring(2), 16),
        }),
        new js_yaml/* Type */.ZU("tag:yaml.org,2002:float", {
            kind: "scalar",
            resolve: (data) => data !== null &&
                mayBeNumber(data) &&
                (FLOAT_NAN.test(data) || FLOAT_EXP.test(data) || FLOAT.test(data)),
            construct: (data) => FLOAT_NAN.test(data)
                ? data.slice(-3).toLowerCase() === "nan"
                    ? Number.NaN
                    : data[0] === "-"
                        ? Number.NEGATIVE_INFINITY
                        : Number.POSITIVE_INFINITY
                : Number.parseFloat(data),
        }),
    ],
});
/**
 * Text that may hold what the fast path leaves to yaml: an anchor (`&`) or tag (`!`) at the start of a token, a
 * directive (`%` at a line start), a merge key, an explicit key (`? `). Matches inside strings and comments only
 * cost the fast path for that file.
 */
const LEFT_TO_YAML = /(?:^|[\s[{,])[&!]|(?:^|\n)%|<<[ \t]*:|(?:^|[\s[{,])\?(?:[ \t\r\n]|$)/;
/** Nodes deeper than this are not tracked: the deepest pointer placed is `/segments/3/project` (depth 4). */
const TRACKED_DEPTH = 4;
/** Thrown out of the listener to leave a file to yaml. */
class LeaveToYaml extends Error {
}
/** Data and the positions of `pointersOf(data)`, or undefined: parse this file with yaml. */
function fastParseConfigFile(text, pointersOf) {
    if (LEFT_TO_YAML.test(text))
        return undefined;
    const stack = [];
    let root;
    let depth = 0;
    const listener = (event, state) => {
        if (event === "open") {
            depth++;
            if (depth <= TRACKED_DEPTH)
                stack.push({ open: state.position, kind: null, children: [] });
            return;
        }
        // A key that is a collection or null: yaml and js-yaml turn it into different strings.
        const kind = state.kind;
        if ((kind !== "scalar" || state.result === null) && colonFollows(text, state.position))
            throw new LeaveToYaml();
        if (depth <= TRACKED_DEPTH) {
            const node = stack.pop();
            if (node) {
                node.kind = kind;
                if (kind === "scalar")
                    node.scalar = state.result;
                const parent = stack[stack.length - 1];
                if (parent)
                    parent.children.push(node);
                else
                    root = node;
            }
        }
        depth--;
    };
    let value;
    try {
        value = (0,js_yaml/* load */.Hh)(text, {
            schema: YAML_CORE_SCALARS,
            listener,
            onWarning: () => {
                throw new LeaveToYaml();
            },
        });
    }
    catch {
        return undefined;
    }
    if (!isRecord(value) || root === undefined)
        return undefined;
    const lines = lineStarts(text);
    const locations = new Map();
    for (const pointer of pointersOf(value)) {
        const node = nodeAt(root, value, pointer);
        if (node === undefined)
            continue; // `locate` finds it by parsing with yaml.
        locations.set(pointer, position(lines, skipSeparation(text, node.open)));
    }
    return { value, locations };
}
/** The node at `pointer`, checked against the data so that a node js-yaml did not report is never mistaken. */
function nodeAt(root, value, pointer) {
    let node = root;
    let data = value;
    for (const segment of (0,json_pointer/* parseJsonPointer */.H2)(pointer)) {
        if (node === undefined)
            return undefined;
        if (node.kind === "mapping" && isRecord(data)) {
            let found;
            for (let i = 0; i + 1 < node.children.length; i += 2) {
                const key = node.children[i];
                if (key.kind === "scalar" && String(key.scalar) === segment)
                    found = node.children[i + 1];
            }
            node = found;
            data = data[segment];
        }
        else if (node.kind === "sequence" && Array.isArray(data)) {
            // A `-` with nothing after it adds an item without a node: then the nodes cannot be matched to items.
            if (node.children.length !== data.length)
                return undefined;
            node = node.children[Number(segment)];
            data = data[Number(segment)];
        }
        else {
            return undefined;
        }
    }
    return node;
}
/** Whether the next character on this line, after blanks, is `:` (the node just read is a mapping key). */
function colonFollows(text, offset) {
    let i = offset;
    while (text[i] === " " || text[i] === "\t")
        i++;
    return text[i] === ":";
}
/** The offset of the first character that is not blank, a line break or a comment (where yaml's node starts). */
function skipSeparation(text, offset) {
    let i = offset;
    for (;;) {
        const ch = text[i];
        if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r")
            i++;
        else if (ch === "#")
            while (i < text.length && text[i] !== "\n")
                i++;
        else
            return i;
    }
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return starts;
}
/** 1-based line and column of `offset`, as yaml's LineCounter gives them. */
function position(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/load/read-config-file.ts


/** Config files above this size are refused: real configs are far smaller, and parsing huge YAML is slow. */
const MAX_CONFIG_FILE_BYTES = 10 * 1024 * 1024;
/**
 * Reads a config file as UTF-8 text, refusing what cannot be a config file (too large, binary, not UTF-8)
 * with a message that says what to do, so that hostile or mistaken files never reach the YAML parser.
 */
function readConfigFile(absolutePath) {
    const size = (0,external_node_fs_.statSync)(absolutePath).size;
    if (size > MAX_CONFIG_FILE_BYTES) {
        return {
            ok: false,
            found: (0,finding/* finding */.g)("file.too-large", { bytes: size, limit: MAX_CONFIG_FILE_BYTES }),
            line: 1,
            column: 1,
        };
    }
    const bytes = (0,external_node_fs_.readFileSync)(absolutePath);
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const { line, column } = positionOfByte(bytes, nul);
        return {
            ok: false,
            found: (0,finding/* finding */.g)("file.binary", {}),
            line,
            column,
        };
    }
    try {
        let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        return { ok: true, text };
    }
    catch {
        const bad = firstInvalidUtf8Byte(bytes);
        const { line, column } = positionOfByte(bytes, bad);
        return {
            ok: false,
            found: (0,finding/* finding */.g)("file.not-utf8", { byte: bytes[bad] ?? 0, offset: bad }),
            line,
            column,
        };
    }
}
/** Line and column (1-based, counted in characters of the valid prefix) of byte `index`. */
function positionOfByte(bytes, index) {
    const prefix = bytes.subarray(0, index).toString("utf8");
    const lastNewline = prefix.lastIndexOf("\n");
    const line = prefix.split("\n").length;
    return { line, column: prefix.length - lastNewline };
}
/** Offset of the first byte that breaks UTF-8 (called only once fatal decoding has failed). */
function firstInvalidUtf8Byte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let length;
        let min;
        if (b < 0x80) {
            i++;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            min = 0x10000;
        }
        else {
            return i;
        }
        let codePoint = b & (0xff >> (length + 1));
        for (let k = 1; k < length; k++) {
            const next = bytes[i + k];
            if (next === undefined || (next & 0xc0) !== 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return i;
        i += length;
    }
    return bytes.length;
}

;// CONCATENATED MODULE: ./src/load/parse-config-file.ts






/**
 * Nodes that expanding a file's aliases may add: far above honest reuse (one small anchor used thousands of times),
 * far below what an alias bomb needs (nine levels of nine aliases add ~387 million). The size counts, not the number
 * of aliases: yaml's own `maxAliasCount` refused ordinary files that reuse one scalar anchor 149 times.
 */
const MAX_ALIAS_EXPANSION = 100_000;
/**
 * Reads and parses one config file. `file.value` is set only when the YAML is sound (no syntax errors),
 * so that schema validation never reports noise caused by a half-parsed document.
 */
function parseConfigFile(absolutePath, displayName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const file = { file: displayName, absolutePath, lineCounter, schemaErrorPointers: [] };
    const diagnostics = [];
    const at = (line, column, found, severity = "error") => diagnostics.push({ file: displayName, line, column, path: "", ...found, severity });
    const read = readConfigFile(absolutePath);
    if (!read.ok) {
        at(read.line, read.column, read.found);
        return { file, diagnostics };
    }
    file.text = read.text;
    // Most files take the fast path: data and resource positions without a document (`locate` parses the file
    // again with yaml for any other position). The rest, and every file with a YAML problem, go through yaml below.
    const fast = fastParseConfigFile(read.text, build_desired_state/* locatedPointers */.fO);
    if (fast) {
        file.value = fast.value;
        file.locations = fast.locations;
        return { file, diagnostics };
    }
    const document = (0,dist/* parseDocument */.Tp)(read.text, { ...config_file/* YAML_PARSE_OPTIONS */.d, lineCounter });
    file.document = document;
    for (const duplicate of findDuplicateKeys(document)) {
        const { line, col } = lineCounter.linePos(duplicate.offset);
        const first = lineCounter.linePos(duplicate.firstOffset);
        at(line, col, (0,finding/* finding */.g)("yaml.duplicate-key", { key: duplicate.key, firstLine: first.line, firstColumn: first.col }));
    }
    for (const error of document.errors) {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        at(line, col, describeYamlError(error.code, error.message));
    }
    for (const warning of document.warnings) {
        const { line, col } = lineCounter.linePos(warning.pos[0]);
        at(line, col, (0,finding/* finding */.g)("yaml.warning", { detail: warning.message }), "warning");
    }
    if (diagnostics.some((d) => d.severity === "error"))
        return { file, diagnostics };
    if (document.contents === null) {
        at(1, 1, (0,finding/* finding */.g)("file.empty", {}), "warning");
        file.value = {};
        return { file, diagnostics };
    }
    const added = aliasExpansion(document);
    if (added > MAX_ALIAS_EXPANSION) {
        const { line, col } = lineCounter.linePos(firstAliasOffset(document) ?? 0);
        at(line, col, (0,finding/* finding */.g)("yaml.alias-limit", { added: Number.isFinite(added) ? added : null, max: MAX_ALIAS_EXPANSION }));
        return { file, diagnostics };
    }
    try {
        // The expansion was bounded above; yaml's count of alias uses would refuse honest reuse.
        file.value = document.toJS({ maxAliasCount: -1 });
    }
    catch (error) {
        const { line, col } = lineCounter.linePos(firstAliasOffset(document) ?? 0);
        at(line, col, (0,finding/* finding */.g)("yaml.not-loadable", { detail: error instanceof Error ? error.message : String(error) }));
    }
    return { file, diagnostics };
}
function describeYamlError(code, message) {
    if (code === "MULTIPLE_DOCS")
        return (0,finding/* finding */.g)("yaml.multiple-documents", {});
    return (0,finding/* finding */.g)("yaml.syntax-error", { detail: message });
}
/** Every mapping key that repeats an earlier key of the same mapping, with both offsets. */
function findDuplicateKeys(document) {
    const found = [];
    // A plain recursive walk: this runs on every file, and yaml's generic `visit` costs several times more.
    const walk = (node) => {
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = node.items.length > 1 ? new Map() : undefined;
            for (const pair of node.items) {
                if (seen && (0,dist/* isScalar */.jn)(pair.key) && pair.key.range) {
                    const key = String(pair.key.value);
                    const first = seen.get(key);
                    if (first === undefined)
                        seen.set(key, pair.key.range[0]);
                    else
                        found.push({ key, offset: pair.key.range[0], firstOffset: first });
                }
                walk(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                walk(item);
        }
    };
    walk(document.contents);
    return found;
}
/**
 * How many nodes expanding every alias adds to the document (each anchored node's expanded size computed once;
 * Infinity for an alias inside its own anchor). Stops counting once past the limit.
 */
function aliasExpansion(document) {
    const expanded = new Map();
    const inProgress = new Set();
    let literal = 0;
    const size = (node, literalPass) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (literalPass)
                literal++;
            const source = node.resolve(document);
            if (source === undefined)
                return 1;
            if (inProgress.has(source))
                return Number.POSITIVE_INFINITY;
            const known = expanded.get(source);
            if (known !== undefined)
                return known;
            inProgress.add(source);
            const total = size(source, false);
            inProgress.delete(source);
            expanded.set(source, total);
            return total;
        }
        if (literalPass)
            literal++;
        let total = 1;
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items) {
                total += (0,dist/* isPair */.tO)(item)
                    ? size(item.key, literalPass) + size(item.value, literalPass)
                    : size(item, literalPass);
                if (total > Number.MAX_SAFE_INTEGER)
                    return Number.POSITIVE_INFINITY;
            }
        }
        if (!literalPass && node !== null && typeof node === "object")
            expanded.set(node, total);
        return total;
    };
    const total = size(document.contents, true);
    return total - literal;
}
function firstAliasOffset(document) {
    let offset;
    (0,dist/* visit */.YR)(document, {
        Alias(_, node) {
            if ((0,dist/* isAlias */.Vj)(node) && node.range) {
                offset = node.range[0];
                return dist/* visit */.YR.BREAK;
            }
        },
    });
    return offset;
}

// EXTERNAL MODULE: ./src/load/source-location.ts
var source_location = __webpack_require__(61599);
;// CONCATENATED MODULE: ./src/load/parse-config-files.ts









/**
 * Below this much YAML, parsing in this thread beats starting workers: a worker loads the whole bundle (~150 ms)
 * before its first file, while the fast path (fast-parse-config-file.ts) reads ~40 MB/s in this thread. Above
 * it, workers still pay off for the files that fast path leaves to yaml (~3 MB/s).
 */
const PARALLEL_PARSE_MIN_BYTES = 16 * 1024 * 1024;
/** At most this many parse workers, and at least this much YAML for each one. */
const MAX_PARSE_WORKERS = 4;
const MIN_BYTES_PER_WORKER = 8 * 1024 * 1024;
const PARSE_WORKER_MARKER = "ld-gitops:parse-config-files";
// The worker side. Under tsx or vitest a worker runs this very module. In the ncc bundles it runs the bundle's entry
// (`index.js` beside the chunk holding this module): the Action's single file evaluates this module before the
// entry's body, and the CLI's entry (src/cli/main.ts) imports it first when it is not on the main thread. The worker
// never returns from here (it waits for batches synchronously), so no entry body runs in it; it ends when the
// process does or when this thread terminates it.
if (!external_node_worker_threads_.isMainThread && external_node_worker_threads_.workerData?.marker === PARSE_WORKER_MARKER) {
    runParseWorker(external_node_worker_threads_.workerData);
}
function runParseWorker({ jobs, wake }) {
    // yaml reads `process.env.LOG_TOKENS` for every token (~1.8 M lookups for 5 MB), and each lookup of the
    // real environment costs ~150 ns. A worker's environment is a private copy anyway: a plain object is free.
    process.env = { ...process.env };
    for (;;) {
        Atomics.wait(wake, 0, 0);
        // Reset before draining: a batch posted after this point sets the cell again, so none is missed.
        Atomics.store(wake, 0, 0);
        for (let batch = (0,external_node_worker_threads_.receiveMessageOnPort)(jobs); batch; batch = (0,external_node_worker_threads_.receiveMessageOnPort)(jobs)) {
            for (const job of batch.message)
                external_node_worker_threads_.parentPort?.postMessage(parseJob(job));
        }
    }
}
function parseJob(job) {
    const { file, diagnostics } = parseConfigFile(job.absolutePath, job.displayName);
    return {
        index: job.index,
        diagnostics,
        text: file.text,
        value: file.value,
        locations: file.value === undefined ? [] : precomputeLocations(file),
    };
}
function precomputeLocations(file) {
    return (0,build_desired_state/* locatedPointers */.fO)(file.value).map((pointer) => {
        const { line, column } = (0,source_location/* locate */.x)(file, pointer);
        return [pointer, line, column];
    });
}
const idleWorkers = [];
function takeParseWorker() {
    const idle = idleWorkers.pop();
    if (idle) {
        // Busy workers keep the process alive, or it could end while waiting for their results.
        idle.worker.ref();
        return idle;
    }
    const channel = new external_node_worker_threads_.MessageChannel();
    const wake = new Int32Array(new SharedArrayBuffer(4));
    const data = { marker: PARSE_WORKER_MARKER, jobs: channel.port2, wake };
    const worker = startWorker(data, [channel.port2]);
    channel.port1.unref();
    const started = { worker, jobs: channel.port1, wake };
    worker.on("message", (message) => started.onMessage?.(message));
    // A worker that fails (crash, out of memory) leaves its remaining files to this thread.
    worker.on("error", () => undefined);
    worker.on("exit", () => {
        const index = idleWorkers.indexOf(started);
        if (index >= 0)
            idleWorkers.splice(index, 1);
        started.onExit?.();
    });
    return started;
}
/** Starts a worker on this file (see the worker side above). */
function startWorker(data, transferList) {
    const self = import.meta.url;
    if (!self.endsWith(".ts"))
        return new external_node_worker_threads_.Worker((0,external_node_url_.fileURLToPath)(new URL("./index.js", self)), { workerData: data, transferList });
    // Under tsx or vitest this file is TypeScript, and Node 20 does not pass module hooks on to workers: the
    // worker loads it through tsx's API (a dev dependency; the bundles are JavaScript and need nothing).
    const tsxApi = import.meta.resolve("tsx/esm/api");
    const code = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}));`;
    return new external_node_worker_threads_.Worker(code, { eval: true, workerData: data, transferList });
}
/** How many workers to use for files of these sizes (0: parse in this thread). */
function parseWorkerCount(sizes) {
    const cores = (0,external_node_os_.availableParallelism)();
    if (cores < 2 || sizes.length < 2)
        return 0;
    // Files over the size limit are refused without being parsed.
    const bytes = sizes.reduce((sum, size) => (size > MAX_CONFIG_FILE_BYTES ? sum : sum + size), 0);
    if (bytes < PARALLEL_PARSE_MIN_BYTES)
        return 0;
    return Math.min(cores, MAX_PARSE_WORKERS, Math.floor(bytes / MIN_BYTES_PER_WORKER), sizes.length);
}
/**
 * Reads and parses `paths`, yielding one outcome per file in the given order, each exactly as
 * `parseConfigFile` gives it, except that a file parsed on a worker comes without its YAML document:
 * `locate` uses the positions the worker found for the resources and parses the file again for anything
 * else. A file whose worker failed is parsed in this thread, so errors surface as they would without workers.
 */
async function* parseConfigFiles(paths, options = {}) {
    const sizes = options.workers === 0 ? [] : paths.map((path) => fileSize(path.absolutePath));
    const workerCount = Math.min(options.workers ?? parseWorkerCount(sizes), paths.length);
    if (workerCount <= 0) {
        for (const path of paths)
            yield parseConfigFile(path.absolutePath, path.displayName);
        return;
    }
    const received = new Array(paths.length);
    // Files assigned to a worker that ended without sending them.
    const orphaned = new Array(paths.length).fill(false);
    let wake;
    const notify = () => {
        const resolve = wake;
        wake = undefined;
        resolve?.();
    };
    const batches = assignJobs(paths, sizes, workerCount);
    const busy = batches.map((batch) => {
        const parseWorker = takeParseWorker();
        let pending = batch.length;
        parseWorker.onMessage = (message) => {
            received[message.index] = message;
            pending--;
            // Done with this call: ready for the next one.
            if (pending === 0)
                release(parseWorker);
            notify();
        };
        parseWorker.onExit = () => {
            for (const job of batch)
                if (received[job.index] === undefined)
                    orphaned[job.index] = true;
            notify();
        };
        parseWorker.jobs.postMessage(batch);
        Atomics.store(parseWorker.wake, 0, 1);
        Atomics.notify(parseWorker.wake, 0);
        return { parseWorker, done: () => pending === 0 };
    });
    try {
        for (const [index, path] of paths.entries()) {
            while (received[index] === undefined && !orphaned[index]) {
                await new Promise((resolve) => {
                    wake = resolve;
                });
            }
            const message = received[index];
            received[index] = undefined;
            yield message ? outcomeFromWorker(path, message) : parseConfigFile(path.absolutePath, path.displayName);
        }
    }
    finally {
        // Left early (the caller stopped or threw): a worker still busy with this call's files is not reused.
        for (const { parseWorker, done } of busy) {
            if (!done()) {
                parseWorker.onMessage = undefined;
                parseWorker.onExit = undefined;
                void parseWorker.worker.terminate();
            }
        }
    }
}
function release(parseWorker) {
    parseWorker.onMessage = undefined;
    parseWorker.onExit = undefined;
    // Idle workers must not keep the process alive.
    parseWorker.worker.unref();
    idleWorkers.push(parseWorker);
}
function fileSize(path) {
    try {
        return (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        return 0; // Reading it will report the problem.
    }
}
/**
 * Splits the files among the workers, each file to the worker with the fewest bytes so far. Every worker
 * walks its share in order, so results arrive roughly in file order and validation keeps pace with parsing.
 */
function assignJobs(paths, sizes, workers) {
    const batches = Array.from({ length: workers }, () => []);
    const bytes = new Array(workers).fill(0);
    paths.forEach((path, index) => {
        let target = 0;
        for (let w = 1; w < workers; w++)
            if (bytes[w] < bytes[target])
                target = w;
        batches[target].push({ ...path, index });
        bytes[target] += (sizes[index] ?? 0) + 1;
    });
    return batches.filter((batch) => batch.length > 0);
}
function outcomeFromWorker(path, message) {
    const file = {
        file: path.displayName,
        absolutePath: path.absolutePath,
        // Filled when the file is parsed again to place a diagnostic.
        lineCounter: new dist/* LineCounter */.HN(),
        schemaErrorPointers: [],
        locations: new Map(message.locations.map(([pointer, line, column]) => [pointer, { line, column }])),
    };
    if (message.text !== undefined)
        file.text = message.text;
    if (message.value !== undefined)
        file.value = message.value;
    return { file, diagnostics: message.diagnostics };
}


/***/ }),

/***/ 61599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ diagnosticAt),
/* harmony export */   x: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28031);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61768);



/**
 * Finds the line and column of the node at `pointer`. When the pointer goes deeper than the document
 * (a missing field), it stops at the deepest node that exists, which is where the user must add it.
 */
function locate(file, pointer, options = {}) {
    if (!file.document && !options.key) {
        const known = file.locations?.get(pointer);
        if (known)
            return { line: known.line, column: known.column };
    }
    const document = documentOf(file);
    if (!document)
        return { line: 1, column: 1 };
    let node = document.contents;
    let offset = rangeStart(node) ?? 0;
    const segments = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonPointer */ .H2)(pointer);
    for (const [index, segment] of segments.entries()) {
        const isLast = index === segments.length - 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === segment);
            if (!pair)
                break;
            const keyStart = rangeStart(pair.key);
            if (isLast && options.key && keyStart !== undefined) {
                offset = keyStart;
                break;
            }
            node = pair.value;
            // `field:` with no value has no value node: point at the key.
            offset = rangeStart(node) ?? keyStart ?? offset;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                break;
            node = item;
            offset = rangeStart(node) ?? offset;
        }
        else {
            break;
        }
    }
    const { line, col } = file.lineCounter.linePos(offset);
    return { line, column: col };
}
/**
 * The file's document, parsed again (and kept) if it was released after loading or parsed on a worker (then
 * its line starts are counted too).
 */
function documentOf(file) {
    if (!file.document && file.text !== undefined) {
        const lineCounter = file.lineCounter.lineStarts.length === 0 ? file.lineCounter : undefined;
        file.document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(file.text, { ..._config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .YAML_PARSE_OPTIONS */ .d, lineCounter });
    }
    return file.document;
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
/** A diagnostic pointing at the node at `pointer` in `file`. */
function diagnosticAt(file, pointer, found, severity = "error", options = {}) {
    const { line, column } = locate(file, pointer, options);
    return { file: file.file, line, column, path: pointer, ...found, severity };
}


/***/ }),

/***/ 99334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ memberFormatOf),
/* harmony export */   o: () => (/* binding */ hasHeader)
/* harmony export */ });
const BY_EXTENSION = {
    csv: "csv",
    tsv: "tsv",
    tab: "tsv",
    txt: "text",
    text: "text",
    ndjson: "ndjson",
    jsonl: "ndjson",
    json: "json",
};
/** Undefined when neither `format` nor the extension says. `gzip` follows the name (`.gz`). */
function memberFormatOf(path, format) {
    const lower = path.toLowerCase();
    const gzip = lower.endsWith(".gz");
    const base = gzip ? lower.slice(0, -3) : lower;
    const slash = base.lastIndexOf("/");
    const dot = base.lastIndexOf(".");
    const extension = dot > slash ? base.slice(dot + 1) : "";
    const found = format ?? BY_EXTENSION[extension];
    return found === undefined ? undefined : { format: found, gzip };
}
/** Whether the first row of a CSV/TSV file is a header: `header:` if given, else when the column is a name. */
function hasHeader(ref) {
    return ref.header ?? typeof ref.column === "string";
}


/***/ }),

/***/ 82306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ pathInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// A member file must stay inside the configuration directory: validate refuses a path that leaves it, and apply
// refuses it again when it reads the files a (possibly hand-edited) saved plan names.

/** `absolute` relative to `root` with forward slashes, or undefined when it is not inside `root`. */
function pathInside(root, absolute) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, absolute).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join("/");
    if (path === "" || path === ".." || path.startsWith("../") || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path))
        return undefined;
    return path;
}


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
