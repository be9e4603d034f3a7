export const id = 813;
export const ids = [813];
export const modules = {

/***/ 30945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ splitJsonArray)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);

const WHITESPACE = new Set([" ", "\t", "\n", "\r", "\uFEFF"]);
async function* splitJsonArray(stream) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder("utf8");
    let line = 1;
    let state = "before";
    let depth = 0;
    let inString = false;
    let escaped = false;
    let elementLine = 0;
    let pieces = [];
    let sawElement = false;
    const process = function* (chunk) {
        let start = -1;
        for (let i = 0; i < chunk.length; i++) {
            const char = chunk[i];
            if (state === "element") {
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (char === "\\")
                        escaped = true;
                    else if (char === '"')
                        inString = false;
                    else if (char === "\n")
                        line += 1;
                    continue;
                }
                if (char === '"')
                    inString = true;
                else if (char === "{" || char === "[")
                    depth += 1;
                else if ((char === "}" || char === "]") && depth > 0)
                    depth -= 1;
                else if (depth === 0 && (char === "," || char === "]")) {
                    pieces.push(chunk.slice(start < 0 ? 0 : start, i));
                    yield { line: elementLine, text: pieces.join("").trim() };
                    pieces = [];
                    start = -1;
                    state = char === "," ? "between" : "after";
                    continue;
                }
                else if (char === "\n")
                    line += 1;
                continue;
            }
            if (char === "\n")
                line += 1;
            if (WHITESPACE.has(char))
                continue;
            if (state === "before") {
                if (char !== "[") {
                    yield { line, unreadable: "the file does not start with a JSON array ([)" };
                    return false;
                }
                state = "between";
            }
            else if (state === "between") {
                if (char === "]" && !sawElement) {
                    state = "after";
                    continue;
                }
                if (char === "," || char === "]") {
                    yield { line, unreadable: `unexpected "${char}" where an array element should start` };
                    return false;
                }
                state = "element";
                sawElement = true;
                elementLine = line;
                start = i;
                depth = 0;
                inString = false;
                escaped = false;
                // Re-examine this character as the element's first.
                i -= 1;
            }
            else {
                yield { line, unreadable: "text after the end of the JSON array" };
                return false;
            }
        }
        if (state === "element")
            pieces.push(chunk.slice(start < 0 ? 0 : start));
        return true;
    };
    for await (const chunk of stream) {
        const text = decoder.write(chunk);
        if (!(yield* process(text)))
            return;
    }
    if (!(yield* process(decoder.end())))
        return;
    // `process` moves the state; TypeScript cannot see that through the generator.
    if (state !== "after")
        yield { line, unreadable: "the JSON array is not closed (missing ])" };
}


/***/ }),

/***/ 24508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ openInput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
// A file as a byte stream: gunzipped when it is gzip (by its magic bytes, whatever its name says), with the count
// of bytes read from disk so progress can be shown against the file's size.




async function startsWithGzipMagic(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, "r");
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    finally {
        await handle.close();
    }
}
async function openInput(path) {
    let read = 0;
    const counter = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _encoding, callback) {
            read += chunk.length;
            callback(null, chunk);
        },
    });
    const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 256 * 1024 });
    file.on("error", (error) => counter.destroy(error));
    let stream = file.pipe(counter);
    if (await startsWithGzipMagic(path)) {
        const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)();
        counter.on("error", (error) => gunzip.destroy(error));
        stream = counter.pipe(gunzip);
    }
    return { stream, bytesRead: () => read };
}


/***/ }),

/***/ 29508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ membersFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The content fingerprint of a member list: what the plan compares with the last-applied tag, and what apply
// checks the files against before uploading them.

const CHUNK = 8192;
/** sha256 (hex) of the keys, in the order given (callers pass them sorted and de-duplicated), each followed by `\n`. */
function membersFingerprint(keys) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    for (let start = 0; start < keys.length; start += CHUNK) {
        hash.update(`${keys.slice(start, start + CHUNK).join("\n")}\n`);
    }
    return hash.digest("hex");
}


/***/ }),

/***/ 44692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ readMemberSet)
});

// UNUSED EXPORTS: ROW_PROBLEMS_SHOWN

// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/membership/fingerprint.ts
var fingerprint = __webpack_require__(29508);
// EXTERNAL MODULE: ./src/launchdarkly/limits.ts
var limits = __webpack_require__(24550);
;// CONCATENATED MODULE: ./src/membership/key-checks.ts
// What makes a context key unusable, found row by row: each problem is an error at the member file's line.


const SUSPECT = /^\s|\s$|[\u0000-\u001f\u007f]/;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Undefined for a usable key. */
function keyProblem(key) {
    if (key.length === 0)
        return (0,finding/* finding */.g)("members.empty-key", {});
    if (key.length > limits/* MAX_CONTEXT_KEY_LENGTH */._l)
        return (0,finding/* finding */.g)("members.key-too-long", { length: key.length, max: limits/* MAX_CONTEXT_KEY_LENGTH */._l });
    if (!SUSPECT.test(key))
        return undefined;
    if (/^\s|\s$/.test(key) && !CONTROL.test(key.trim()))
        return (0,finding/* finding */.g)("members.key-whitespace", { key });
    const control = CONTROL.exec(key)?.[0] ?? " ";
    return (0,finding/* finding */.g)("members.key-control-character", { key, code: control.charCodeAt(0) });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 8 modules
var lib = __webpack_require__(65377);
// EXTERNAL MODULE: ./src/events/json-array-elements.ts
var json_array_elements = __webpack_require__(30945);
// EXTERNAL MODULE: ./src/events/open-input.ts
var open_input = __webpack_require__(24508);
// EXTERNAL MODULE: ./src/membership/member-format.ts
var member_format = __webpack_require__(99334);
;// CONCATENATED MODULE: ./src/membership/read-member-rows.ts
// The keys of a member file, streamed: CSV/TSV (csv-parse: RFC 4180 quoting, header or not, BOM, CRLF), plain text
// (one key per line), NDJSON and JSON arrays (a string per element, or an object's field), gzipped or not. Each key
// comes with the line it is on; a row that cannot give a key comes as a finding at its line. Rows travel in
// batches (one await per batch, not per row: a million-row file is read in well under a second).







const BATCH = 4096;
/** The file's rows one by one. */
async function* readMemberRows(absolutePath, ref) {
    for await (const batch of readMemberRowBatches(absolutePath, ref))
        yield* batch;
}
/** The file's rows in batches, in file order. Throws the system's error when the file cannot be opened or read. */
async function* readMemberRowBatches(absolutePath, ref) {
    // Opened first so a missing file fails here, not later as an unhandled stream error.
    await (await (0,promises_.open)(absolutePath, "r")).close();
    const { stream } = await (0,open_input/* openInput */.l)(absolutePath);
    switch (ref.format) {
        case "csv":
            yield* csvRows(stream, ",", ref);
            return;
        case "tsv":
            yield* csvRows(stream, "\t", ref);
            return;
        case "text":
            yield* textRows(stream);
            return;
        case "ndjson":
            yield* ndjsonRows(stream, ref);
            return;
        case "json":
            yield* jsonArrayRows(stream, ref);
            return;
    }
}
/**
 * csv-parse with the line each record ends on. Its `info: true` option copies the whole info object for every
 * record (eight times slower on a million rows); `parser.info.lines` read as each record is pushed is the same
 * number.
 */
class LineParser extends lib/* Parser */.iX {
    push(record, encoding) {
        return super.push(record === null ? null : { record, info: { lines: this.info.lines } }, encoding);
    }
}
async function* csvRows(stream, delimiter, ref) {
    const parser = new LineParser({
        delimiter,
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
    });
    const skipped = [];
    parser.on("skip", (error) => {
        skipped.push({
            line: Number(error.lines ?? 0),
            finding: (0,finding/* finding */.g)("members.unreadable-row", { detail: error.message }),
        });
    });
    stream.on("error", (error) => parser.destroy(error));
    stream.pipe(parser);
    const header = (0,member_format/* hasHeader */.o)(ref);
    let index = typeof ref.column === "number" ? ref.column - 1 : header ? -1 : 0;
    let first = true;
    let batch = [];
    let failed;
    try {
        for await (const chunk of batches(parser)) {
            for (const { record, info } of chunk) {
                while (skipped.length > 0 && skipped[0].line < info.lines)
                    batch.push(skipped.shift());
                if (first) {
                    first = false;
                    if (header) {
                        if (typeof ref.column === "string")
                            index = record.indexOf(ref.column);
                        if (index < 0 || index >= record.length) {
                            yield [...batch, columnMissing(ref.column ?? 1, record, info.lines)];
                            parser.destroy();
                            return;
                        }
                        continue;
                    }
                    if (index >= record.length) {
                        yield [
                            ...batch,
                            columnMissing(ref.column ?? 1, record.map((_, i) => String(i + 1)), info.lines),
                        ];
                        parser.destroy();
                        return;
                    }
                }
                batch.push({ key: record[index] ?? "", line: info.lines });
            }
            if (batch.length >= BATCH) {
                yield batch;
                batch = [];
            }
        }
    }
    catch (error) {
        const csvError = error;
        if (!csvError.code?.startsWith("CSV_") || csvError.lines === undefined)
            throw error;
        // Not recoverable (an unclosed quote runs to the end of the file): reported, and reading stops.
        failed = {
            line: csvError.lines,
            finding: (0,finding/* finding */.g)("members.unreadable-row", { detail: csvError.message }),
        };
    }
    batch.push(...skipped.splice(0));
    if (failed)
        batch.push(failed);
    if (batch.length > 0)
        yield batch;
}
function columnMissing(column, columns, line) {
    return { line, finding: (0,finding/* finding */.g)("members.column-missing", { column, columns }) };
}
/**
 * The records a stream emits, gathered up to `BATCH` per yield: read through `data` events with pause and resume,
 * which costs a fifth of the time of an async iterator's one promise per record on a million rows.
 */
async function* batches(stream) {
    let pending = [];
    let done = false;
    let failure;
    let wake;
    const notify = () => {
        const resolve = wake;
        wake = undefined;
        resolve?.();
    };
    stream.on("data", (item) => {
        pending.push(item);
        if (pending.length >= BATCH) {
            stream.pause();
            notify();
        }
    });
    stream.on("end", () => {
        done = true;
        notify();
    });
    stream.on("error", (error) => {
        failure = error;
        done = true;
        notify();
    });
    try {
        while (true) {
            if (pending.length === 0 && !done)
                await new Promise((resolve) => (wake = resolve));
            if (pending.length > 0) {
                const out = pending;
                pending = [];
                yield out;
                if (!done)
                    stream.resume();
                continue;
            }
            if (failure)
                throw failure;
            if (done)
                return;
        }
    }
    finally {
        if (!done)
            stream.destroy();
    }
}
async function* textRows(stream) {
    const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    let line = 0;
    let batch = [];
    for await (const text of lines) {
        line += 1;
        const key = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        // A blank line separates nothing and names no one: skipped, as CSV's empty lines are.
        if (key.length === 0)
            continue;
        batch.push({ key, line });
        if (batch.length >= BATCH) {
            yield batch;
            batch = [];
        }
    }
    if (batch.length > 0)
        yield batch;
}
/** A JSON value as a row: a string is the key; an object gives its `column` field. */
function jsonRow(value, line, ref, format) {
    if (typeof value === "string")
        return { key: value, line };
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        if (ref.column === undefined)
            return { line, finding: (0,finding/* finding */.g)("members.column-needed", { format }) };
        const field = value[String(ref.column)];
        if (typeof field === "string")
            return { key: field, line };
        if (field === undefined)
            return {
                line,
                finding: (0,finding/* finding */.g)("members.column-missing", { column: ref.column, columns: Object.keys(value) }),
            };
        return { line, finding: (0,finding/* finding */.g)("members.not-a-key", { got: describeJson(field) }) };
    }
    return { line, finding: (0,finding/* finding */.g)("members.not-a-key", { got: describeJson(value) }) };
}
function describeJson(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "an object";
    return `the ${typeof value} ${JSON.stringify(value)}`;
}
function parseJson(text, line, ref, format) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { line, finding: (0,finding/* finding */.g)("members.unreadable-row", { detail: error.message }) };
    }
    const row = jsonRow(value, line, ref, format);
    // A missing field on one object is that row's problem, not the file's: an empty key there.
    if ("finding" in row && row.finding.code === "members.column-missing")
        return { line, finding: (0,finding/* finding */.g)("members.empty-key", {}) };
    return row;
}
async function* ndjsonRows(stream, ref) {
    const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    let line = 0;
    let batch = [];
    for await (const raw of lines) {
        line += 1;
        const text = (line === 1 ? raw.replace(/^\uFEFF/, "") : raw).trim();
        if (text === "")
            continue;
        const row = parseJson(text, line, ref, "ndjson");
        batch.push(row);
        if ("finding" in row && row.finding.code === "members.column-needed") {
            yield batch;
            lines.close();
            return;
        }
        if (batch.length >= BATCH) {
            yield batch;
            batch = [];
        }
    }
    if (batch.length > 0)
        yield batch;
}
async function* jsonArrayRows(stream, ref) {
    let batch = [];
    for await (const element of (0,json_array_elements/* splitJsonArray */.S)(stream)) {
        if ("unreadable" in element) {
            // The array itself is broken: nothing after this point can be trusted.
            batch.push({
                line: element.line,
                finding: (0,finding/* finding */.g)("members.unreadable-row", { detail: element.unreadable }),
            });
            break;
        }
        const row = parseJson(element.text, element.line, ref, "json");
        batch.push(row);
        if ("finding" in row && row.finding.code === "members.column-needed")
            break;
        if (batch.length >= BATCH) {
            yield batch;
            batch = [];
        }
    }
    if (batch.length > 0)
        yield batch;
}

;// CONCATENATED MODULE: ./src/membership/read-member-set.ts




/** Row problems reported one by one per file; the rest are counted in one `members.more-problems`. */
const ROW_PROBLEMS_SHOWN = 20;
async function readMemberSet(absolutePath, ref, options = {}) {
    const findings = [];
    // An array sorted once and de-duplicated in place costs half a Set's memory and time for a million keys; the
    // line of the first repeated key is looked up by a second read only when there are repeats.
    const collected = [];
    let problems = 0;
    let lastProblemLine = 0;
    let duplicates = 0;
    let firstDuplicate;
    let rows = 0;
    const report = (found, line) => {
        problems += 1;
        lastProblemLine = line;
        if (problems <= ROW_PROBLEMS_SHOWN)
            findings.push({ ...found, line, severity: "error" });
    };
    try {
        for await (const batch of readMemberRowBatches(absolutePath, ref)) {
            for (const row of batch) {
                rows += 1;
                if ("finding" in row) {
                    report(row.finding, row.line);
                    continue;
                }
                const problem = keyProblem(row.key);
                if (problem) {
                    report(problem, row.line);
                    continue;
                }
                collected.push(row.key);
            }
            options.onProgress?.(rows);
        }
    }
    catch (error) {
        const failure = error;
        return {
            ok: false,
            ...(failure.code !== undefined ? { code: failure.code } : {}),
            detail: failure.message,
        };
    }
    collected.sort();
    let unique = 0;
    for (let index = 0; index < collected.length; index++) {
        const key = collected[index];
        if (unique === 0 || collected[unique - 1] !== key)
            collected[unique++] = key;
    }
    duplicates = collected.length - unique;
    collected.length = unique;
    if (duplicates > 0)
        firstDuplicate = await firstRepeat(absolutePath, ref);
    if (problems > ROW_PROBLEMS_SHOWN) {
        findings.push({
            ...(0,finding/* finding */.g)("members.more-problems", { count: problems - ROW_PROBLEMS_SHOWN }),
            line: lastProblemLine,
            severity: "error",
        });
    }
    if (firstDuplicate) {
        findings.push({
            ...(0,finding/* finding */.g)("members.duplicates", { count: duplicates, key: firstDuplicate.key }),
            line: firstDuplicate.line,
            severity: "warning",
        });
    }
    const keys = collected;
    return { ok: true, set: { ref, keys, fingerprint: (0,fingerprint/* membersFingerprint */.G)(keys), duplicates }, findings, rows };
}
/** The first row whose key an earlier row already has (a second read, made only when the file has repeats). */
async function firstRepeat(absolutePath, ref) {
    const seen = new Set();
    for await (const batch of readMemberRowBatches(absolutePath, ref)) {
        for (const row of batch) {
            if (!("key" in row))
                continue;
            if (seen.has(row.key))
                return { key: row.key, line: row.line };
            seen.add(row.key);
        }
    }
    return undefined;
}


/***/ }),

/***/ 28028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ segmentMemberLists),
/* harmony export */   e: () => (/* binding */ memberKeysByList)
/* harmony export */ });
/* harmony import */ var _model_segment_members_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58934);

/** Keys per list and kind from inline lists and files (files must be in `memberSets`). */
function memberKeysByList(segment, memberSets) {
    const lists = { included: new Map(), excluded: new Map() };
    const add = (list, kind, keys) => {
        if (!keys || keys.length === 0)
            return;
        const parts = lists[list].get(kind) ?? [];
        parts.push(keys);
        lists[list].set(kind, parts);
    };
    add("included", "user", segment.included);
    add("excluded", "user", segment.excluded);
    for (const target of segment.includedContexts ?? [])
        add("included", target.contextKind, target.values);
    for (const target of segment.excludedContexts ?? [])
        add("excluded", target.contextKind, target.values);
    for (const member of segment.members ?? [])
        add(member.into, member.ref.contextKind, memberSets.get((0,_model_segment_members_js__WEBPACK_IMPORTED_MODULE_0__/* .memberRefKey */ .v)(member.ref))?.keys);
    return lists;
}
function segmentMemberLists(segment, memberSets) {
    const byList = memberKeysByList(segment, memberSets);
    const included = {};
    const excluded = {};
    let count = 0;
    for (const [kind, parts] of byList.included) {
        const set = new Set(parts.length === 1 ? parts[0] : parts.flat());
        included[kind] = set;
        count += set.size;
    }
    for (const [kind, parts] of byList.excluded) {
        const keys = [...new Set(parts.flat())];
        excluded[kind] = keys;
        count += keys.length;
    }
    return { included, excluded, count };
}


/***/ }),

/***/ 58934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ memberRefKey)
/* harmony export */ });
/** Identity of a member file as read: the same file read the same way is read once. */
function memberRefKey(ref) {
    return JSON.stringify([
        ref.path,
        ref.format,
        ref.gzip,
        ref.column ?? null,
        ref.header ?? null,
        ref.contextKind,
    ]);
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


/***/ }),

/***/ 68988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ ConfigDirectoryError),
  W: () => (/* binding */ validateConfigDirectory)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
;// CONCATENATED MODULE: ./src/diagnostics/sort-diagnostics.ts

/** Orders diagnostics by file, line, column, then errors before warnings: stable output for people and CI. */
function sortDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => compare(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compare(a.severity, b.severity) ||
        // Same place and severity: by code and parameters, so the order does not depend on the wording.
        compare((0,finding/* findingKey */.f)(a), (0,finding/* findingKey */.f)(b)));
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/load/build-desired-state.ts
var build_desired_state = __webpack_require__(60975);
;// CONCATENATED MODULE: ./src/load/list-config-files.ts


const CONFIG_FILE_RE = /\.ya?ml$/i;
/** Whether `path` is `dir` or inside it. */
function isInside(path, dir) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return rel === "" || (!rel.startsWith("..") && !rel.startsWith(external_node_path_.sep) && rel !== "..");
}
/**
 * What a symbolic link leads to, and why it is not read when it is not: a link to a file inside the config directory
 * is read like the file; a link leading outside it, a broken link, or a linked directory is refused, because skipping
 * it quietly would leave its resources out of the plan (and `--prune` would delete them).
 */
function inspectLink(path, realRoot) {
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return { isDirectory: false, refused: { kind: "broken" } };
    }
    const isDirectory = (0,external_node_fs_.statSync)(target).isDirectory();
    if (!isInside(target, realRoot)) {
        return { isDirectory, refused: { kind: "outside", target, isDirectory } };
    }
    if (isDirectory)
        return { isDirectory, refused: { kind: "directory" } };
    return { isDirectory };
}
/**
 * Every `*.yaml`/`*.yml` file under `dir`, recursively, as absolute paths in a stable sorted order, and the symbolic
 * links that are refused (see `inspectLink`).
 */
function listConfigFiles(dir) {
    const found = [];
    const refusedLinks = [];
    const realRoot = (0,external_node_fs_.realpathSync)(dir);
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true, recursive: true })) {
        // `parentPath` is Node 20.12+; `path` is its older name.
        const parent = entry.parentPath ?? entry.path;
        const path = (0,external_node_path_.join)(parent, entry.name);
        if (entry.isSymbolicLink()) {
            const link = inspectLink(path, realRoot);
            if (!CONFIG_FILE_RE.test(entry.name) && !link.isDirectory)
                continue;
            if (link.refused !== undefined)
                refusedLinks.push({ path, reason: link.refused });
            else
                found.push(path);
            continue;
        }
        if (!entry.isFile() || !CONFIG_FILE_RE.test(entry.name))
            continue;
        found.push(path);
    }
    // Sort by the relative path with `/` so the order is the same on every OS (each key computed once).
    const keyed = found.map((path) => ({ path, key: (0,external_node_path_.relative)(dir, path).split(external_node_path_.sep).join("/") }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { paths: keyed.map(({ path }) => path), refusedLinks };
}
/** `path` relative to `cwd` with forward slashes, as diagnostics print it. */
function displayPath(path, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return (rel === "" ? "." : rel).split(external_node_path_.sep).join("/");
}

// EXTERNAL MODULE: ./src/load/parse-config-files.ts + 3 modules
var parse_config_files = __webpack_require__(17432);
// EXTERNAL MODULE: ./src/load/json-pointer.ts
var json_pointer = __webpack_require__(61768);
// EXTERNAL MODULE: ./src/load/source-location.ts
var source_location = __webpack_require__(61599);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(24951);
;// CONCATENATED MODULE: ./src/validate/generated/config-file-validator.js
// Generated by scripts/generate-schema-validator.mjs from schemas/ld-gitops.schema.json: do not edit.
// @ts-nocheck


const runtime0 = { default: ucs2length["default"] ?? ucs2length };

const runtime2 = { default: equal["default"] ?? equal };
const config_file_validator_validate = validate10;/* harmony default export */ const config_file_validator = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ld-gitops.dev/schemas/ld-gitops.schema.json","title":"config file","description":"LaunchDarkly segments, metrics and custom roles managed by ld-gitops. Field names are LaunchDarkly's REST API field names.","type":"object","additionalProperties":false,"properties":{"owner":{"type":"string","minLength":1,"description":"Who manages the resources this configuration declares, such as the repository (`acme/flags`). Its marker (`managed-by-ld-gitops.acme.flags`) goes on every resource ld-gitops writes; plan refuses to take over or delete resources of another owner. Set it once; it defaults to the repository the GitHub Action or CLI runs in."},"project":{"$ref":"#/definitions/projectKey","description":"Default project key for this file's segments and metrics."},"environments":{"type":"array","description":"Keys of the environments this file's segments exist in.","items":{"$ref":"#/definitions/environmentKey"},"uniqueItems":true},"segments":{"type":"array","description":"Segments: each exists in every environment listed in the file's `environments`.","items":{"$ref":"#/definitions/segment"}},"metrics":{"type":"array","description":"Metrics (project-wide) for experiments and guarded rollouts.","items":{"$ref":"#/definitions/metric"}},"contextKinds":{"type":"array","description":"Context kinds of the project (`PUT /api/v2/projects/{projectKey}/context-kinds/{key}`), created before the segments that use them. Optional: kinds that already exist need not be listed.","items":{"$ref":"#/definitions/contextKind"}},"roles":{"type":"array","description":"Custom roles (account-wide: they have no project).","items":{"$ref":"#/definitions/role"}}},"definitions":{"resourceKey":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","description":"A unique key: starts with a letter or digit, then letters, digits, `_`, `.` or `-`."},"projectKey":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","description":"A LaunchDarkly project key."},"environmentKey":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","description":"A LaunchDarkly environment key."},"segmentTarget":{"title":"target list","type":"object","additionalProperties":false,"required":["contextKind","values"],"description":"Individual targets of one context kind.","properties":{"contextKind":{"type":"string","minLength":1,"description":"The context kind of these targets, such as `organization` or `device`."},"values":{"type":"array","description":"Keys of the targeted contexts.","items":{"type":"string"}}}},"clause":{"title":"clause","type":"object","additionalProperties":false,"required":["attribute","op","values"],"description":"A condition on one context attribute.","properties":{"contextKind":{"type":"string","minLength":1,"description":"The context kind the attribute belongs to (default `user`)."},"attribute":{"type":"string","minLength":1,"description":"The context attribute to test, such as `email` or `plan`."},"op":{"type":"string","enum":["in","endsWith","startsWith","matches","contains","lessThan","lessThanOrEqual","greaterThan","greaterThanOrEqual","before","after","segmentMatch","semVerEqual","semVerLessThan","semVerGreaterThan"],"description":"The operator to apply to the attribute."},"values":{"type":"array","description":"The values to compare the attribute against (at least one; segment keys for `segmentMatch`); the clause matches when any value matches.","minItems":1,"items":{}},"negate":{"type":"boolean","description":"Whether the operator is negated (`in` becomes `not in`). Defaults to `false`."}}},"segmentRule":{"title":"rule","type":"object","additionalProperties":false,"required":["clauses"],"description":"A targeting rule: a context matches when it matches every clause.","properties":{"description":{"type":"string","description":"A description of the rule."},"clauses":{"type":"array","description":"Conditions that must all hold.","items":{"$ref":"#/definitions/clause"}},"weight":{"type":"integer","minimum":0,"maximum":100000,"description":"Percentage rollout in thousandths of a percent (0..100000): only this share of matching contexts is included."},"bucketBy":{"type":"string","minLength":1,"description":"The context attribute used to bucket contexts for the percentage rollout (default `key`)."},"rolloutContextKind":{"type":"string","minLength":1,"description":"The context kind used for the percentage rollout."}}},"segmentOverride":{"title":"environment override","type":"object","additionalProperties":false,"description":"Fields that replace the segment's top-level fields in this environment only.","properties":{"name":{"type":"string","minLength":1,"description":"A human-friendly name for the segment."},"description":{"type":"string","description":"A description of the segment's purpose."},"tags":{"type":"array","description":"Tags for the segment.","items":{"type":"string"}},"included":{"type":"array","description":"Keys of `user` contexts that are always members of the segment, regardless of its rules.","items":{"type":"string"}},"excluded":{"type":"array","description":"Keys of `user` contexts that are never members through rules (they may still be included explicitly).","items":{"type":"string"}},"includedContexts":{"type":"array","description":"Contexts of other kinds that are always members of the segment.","items":{"$ref":"#/definitions/segmentTarget"}},"excludedContexts":{"type":"array","description":"Contexts of other kinds that rules never include.","items":{"$ref":"#/definitions/segmentTarget"}},"rules":{"type":"array","description":"Targeting rules: a context is a member when it matches every clause of any rule.","items":{"$ref":"#/definitions/segmentRule"}},"unbounded":{"type":"boolean","description":"Whether this is a big segment (`true`) or a standard segment (`false`, the default). Only use a big segment if you need more than 15,000 individual targets; big segments have no rules."},"unboundedContextKind":{"type":"string","minLength":1,"description":"For big segments, the targeted context kind (default `user`)."},"members":{"type":"array","minItems":1,"description":"Members read from files in the configuration repository, combined (union) with the inline lists of the same list and context kind.","items":{"$ref":"#/definitions/memberFile"}},"membershipSync":{"enum":["automatic","reviewed"],"description":"`automatic`: changes to this segment's member files may be applied without review (`apply --membership-only`, the recurring-sync workflow). Default `reviewed`."}}},"segment":{"title":"segment","type":"object","additionalProperties":false,"required":["key","name"],"description":"A segment (`SegmentBody` plus targets and rules).","properties":{"key":{"$ref":"#/definitions/resourceKey","description":"A unique key used to reference the segment."},"project":{"$ref":"#/definitions/projectKey","description":"The project key; defaults to the file's `project`."},"name":{"type":"string","minLength":1,"description":"A human-friendly name for the segment."},"description":{"type":"string","description":"A description of the segment's purpose."},"tags":{"type":"array","description":"Tags for the segment.","items":{"type":"string"}},"included":{"type":"array","description":"Keys of `user` contexts that are always members of the segment, regardless of its rules.","items":{"type":"string"}},"excluded":{"type":"array","description":"Keys of `user` contexts that are never members through rules (they may still be included explicitly).","items":{"type":"string"}},"includedContexts":{"type":"array","description":"Contexts of other kinds that are always members of the segment.","items":{"$ref":"#/definitions/segmentTarget"}},"excludedContexts":{"type":"array","description":"Contexts of other kinds that rules never include.","items":{"$ref":"#/definitions/segmentTarget"}},"rules":{"type":"array","description":"Targeting rules: a context is a member when it matches every clause of any rule.","items":{"$ref":"#/definitions/segmentRule"}},"unbounded":{"type":"boolean","description":"Whether this is a big segment (`true`) or a standard segment (`false`, the default). Only use a big segment if you need more than 15,000 individual targets; big segments have no rules."},"unboundedContextKind":{"type":"string","minLength":1,"description":"For big segments, the targeted context kind (default `user`)."},"members":{"type":"array","minItems":1,"description":"Members read from files in the configuration repository, combined (union) with the inline lists of the same list and context kind.","items":{"$ref":"#/definitions/memberFile"}},"membershipSync":{"enum":["automatic","reviewed"],"description":"`automatic`: changes to this segment's member files may be applied without review (`apply --membership-only`, the recurring-sync workflow). Default `reviewed`."},"environments":{"type":"object","description":"Per-environment overrides: environment key → fields that replace the top-level fields in that environment.","propertyNames":{"pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},"additionalProperties":{"$ref":"#/definitions/segmentOverride"}}}},"urlMatcher":{"title":"URL matcher","type":"object","additionalProperties":false,"required":["kind"],"description":"A URL matcher for click and pageview metrics (LaunchDarkly's UrlPost): `exact` and `canonical` matchers take `url`, `substring` matchers take `substring`, `regex` matchers take `pattern`.","properties":{"kind":{"type":"string","enum":["exact","canonical","substring","regex"],"description":"How the page URL is matched."},"url":{"type":"string","description":"The URL, for `exact` and `canonical` matchers.","format":"uri"},"substring":{"type":"string","description":"The substring, for `substring` matchers."},"pattern":{"type":"string","description":"The regular expression, for `regex` matchers.","format":"regex"}},"allOf":[{"if":{"properties":{"kind":{"enum":["exact","canonical"]}},"required":["kind"]},"then":{"title":"URL matcher","description":"`exact` and `canonical` matchers match on `url` only.","required":["url"],"properties":{"url":true,"substring":false,"pattern":false}}},{"if":{"properties":{"kind":{"enum":["substring"]}},"required":["kind"]},"then":{"title":"URL matcher","description":"`substring` matchers match on `substring` only.","required":["substring"],"properties":{"substring":true,"url":false,"pattern":false}}},{"if":{"properties":{"kind":{"enum":["regex"]}},"required":["kind"]},"then":{"title":"URL matcher","description":"`regex` matchers match on `pattern` only.","required":["pattern"],"properties":{"pattern":true,"url":false,"substring":false}}}]},"eventFilter":{"title":"event filter","type":"object","additionalProperties":false,"required":["type","op","values"],"description":"A filter that excludes events from a custom metric: a leaf on a context attribute or event property, or a group of filters.","properties":{"type":{"type":"string","enum":["contextAttribute","eventProperty","group"],"description":"Filter type."},"attribute":{"type":"string","description":"If not a group node, the context attribute name or event property name to filter on."},"op":{"type":"string","description":"The function to perform, such as `in`, or `and`/`or` for groups."},"values":{"type":"array","description":"The attribute / property values, or the member nodes of a group.","items":{}},"negate":{"type":"boolean","description":"If set, take the inverse of the operator. Defaults to `false`."},"contextKind":{"type":"string","description":"For context attribute filters, the context kind."}}},"contextKind":{"title":"context kind","type":"object","additionalProperties":false,"required":["key","name"],"description":"A context kind (`UpsertContextKindPayload`).","properties":{"key":{"allOf":[{"$ref":"#/definitions/resourceKey"},{"not":{"enum":["kind","multi"]}}],"description":"The context kind key, as contexts and targeting name it (`organization`, `device`). `kind` and `multi` are reserved."},"project":{"$ref":"#/definitions/projectKey","description":"The project key; defaults to the file's `project`."},"name":{"type":"string","minLength":1,"description":"The context kind name."},"description":{"type":"string","description":"The context kind description."},"hideInTargeting":{"type":"boolean","description":"Alias for `archived`."},"archived":{"type":"boolean","description":"Archived context kinds are unavailable for targeting."}}},"metric":{"title":"metric","type":"object","additionalProperties":false,"required":["key","kind"],"description":"A metric (`MetricPost`).","properties":{"key":{"$ref":"#/definitions/resourceKey","description":"A unique key to reference the metric."},"project":{"$ref":"#/definitions/projectKey","description":"The project key; defaults to the file's `project`."},"name":{"type":"string","minLength":1,"description":"A human-friendly name for the metric."},"description":{"type":"string","description":"Description of the metric."},"kind":{"type":"string","enum":["pageview","click","custom"],"description":"The kind of event the metric tracks."},"selector":{"type":"string","minLength":1,"description":"One or more CSS selectors. Required for click metrics only."},"urls":{"type":"array","description":"One or more target URLs. Required for click and pageview metrics only.","items":{"$ref":"#/definitions/urlMatcher"}},"isNumeric":{"type":"boolean","description":"Whether to track numeric changes in value against a baseline (`true`) or a conversion when an end user takes an action (`false`). Custom metrics only."},"unit":{"type":"string","minLength":1,"description":"The unit of measure. Numeric custom metrics only (required there)."},"eventKey":{"type":"string","minLength":1,"description":"The event key your code sends. Required for custom metrics."},"successCriteria":{"type":"string","enum":["HigherThanBaseline","LowerThanBaseline"],"description":"Success criteria. Required for numeric custom metrics, optional for conversion metrics."},"tags":{"type":"array","description":"Tags for the metric.","items":{"type":"string"}},"randomizationUnits":{"type":"array","description":"The randomization units (context kinds) allowed for this metric.","items":{"type":"string"}},"maintainerId":{"type":"string","minLength":1,"description":"The ID of the member who maintains this metric."},"unitAggregationType":{"type":"string","enum":["average","sum"],"description":"How multiple event values of one unit are aggregated."},"analysisType":{"type":"string","enum":["mean","percentile"],"description":"The method for analyzing metric events."},"percentileValue":{"type":"integer","minimum":0,"maximum":100,"description":"The target percentile (0..100). Required when `analysisType` is `percentile`."},"eventDefault":{"type":"object","additionalProperties":false,"description":"What to assume for units that sent no event.","properties":{"disabled":{"type":"boolean","description":"Whether to disable defaulting missing unit events. Defaults to `false`."},"value":{"type":"number","description":"The default value applied to missing unit events (LaunchDarkly supports only 0)."}},"title":"eventDefault"},"dataSource":{"type":"object","additionalProperties":false,"required":["key"],"description":"The data source the metric's events come from (warehouse-native metrics).","properties":{"key":{"type":"string","minLength":1,"description":"The data source key."},"environmentKey":{"type":"string","description":"The environment key of the data source."}},"title":"dataSource"},"filters":{"$ref":"#/definitions/eventFilter","description":"Filters that exclude certain events from the metric. Custom metrics only."}}},"statement":{"title":"policy statement","type":"object","additionalProperties":false,"required":["effect"],"description":"A policy statement: give exactly one of `resources`/`notResources` and exactly one of `actions`/`notActions`.","properties":{"effect":{"type":"string","enum":["allow","deny"],"description":"Whether this statement allows or denies the actions on the resources. A deny wins over an allow within one role."},"resources":{"type":"array","description":"Resource specifiers, such as `proj/*:env/production:segment/*`.","items":{"type":"string"}},"notResources":{"type":"array","description":"The statement covers every resource matching none of these specifiers (leave `resources` out).","items":{"type":"string"}},"actions":{"type":"array","description":"Action names, such as `updateIncluded`; `*` means every action and globs like `update*` work.","items":{"type":"string"}},"notActions":{"type":"array","description":"The statement covers every action except these (leave `actions` out).","items":{"type":"string"}}}},"role":{"title":"role","type":"object","additionalProperties":false,"required":["key","name","policy"],"description":"A custom role (`CustomRolePost`).","properties":{"key":{"$ref":"#/definitions/resourceKey","description":"The custom role key."},"name":{"type":"string","minLength":1,"description":"A human-friendly name for the custom role."},"description":{"type":"string","description":"Description of the custom role."},"basePermissions":{"type":"string","enum":["reader","no_access"],"description":"Base permissions: `no_access` (LaunchDarkly's default, recommended) or `reader` (may view everything)."},"resourceCategory":{"type":"string","enum":["organization","project","any"],"description":"The category of resources this role manages. Cannot be changed once set."},"policy":{"type":"array","minItems":1,"description":"The role's policy statements.","items":{"$ref":"#/definitions/statement"}}}},"memberFile":{"title":"member file","type":"object","additionalProperties":false,"required":["file"],"description":"A file in the configuration repository whose keys become members of the segment (combined with the inline lists).","properties":{"file":{"type":"string","minLength":1,"description":"Path relative to this YAML file; must stay inside the configuration directory. CSV, TSV, plain text (one key per line), NDJSON or a JSON array, optionally gzipped (`.gz`)."},"format":{"enum":["csv","tsv","text","ndjson","json"],"description":"The file's format; default from its name (*.csv, *.tsv, *.txt, *.ndjson/*.jsonl, *.json, each optionally .gz)."},"column":{"oneOf":[{"type":"string","minLength":1},{"type":"integer","minimum":1}],"description":"CSV/TSV: the header name, or a 1-based column number (default 1). NDJSON/JSON: the field holding the key (omit when each line or element is the key itself)."},"header":{"type":"boolean","description":"CSV/TSV: whether the first row names the columns (default: true when `column` is a name, else false)."},"contextKind":{"type":"string","minLength":1,"description":"The context kind of the keys (default: the segment's `unboundedContextKind`, else `user`)."},"into":{"enum":["included","excluded"],"description":"The list the keys go into (default `included`)."},"allowEmpty":{"type":"boolean","description":"The file may hold no keys. Without it an empty file is an error: a broken export must never empty a segment."}}}}};const schema12 = {"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","description":"A LaunchDarkly project key."};const schema13 = {"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","description":"A LaunchDarkly environment key."};const func2 = runtime0.default;const func0 = runtime2.default;const pattern0 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", "u");const schema14 = {"title":"segment","type":"object","additionalProperties":false,"required":["key","name"],"description":"A segment (`SegmentBody` plus targets and rules).","properties":{"key":{"$ref":"#/definitions/resourceKey","description":"A unique key used to reference the segment."},"project":{"$ref":"#/definitions/projectKey","description":"The project key; defaults to the file's `project`."},"name":{"type":"string","minLength":1,"description":"A human-friendly name for the segment."},"description":{"type":"string","description":"A description of the segment's purpose."},"tags":{"type":"array","description":"Tags for the segment.","items":{"type":"string"}},"included":{"type":"array","description":"Keys of `user` contexts that are always members of the segment, regardless of its rules.","items":{"type":"string"}},"excluded":{"type":"array","description":"Keys of `user` contexts that are never members through rules (they may still be included explicitly).","items":{"type":"string"}},"includedContexts":{"type":"array","description":"Contexts of other kinds that are always members of the segment.","items":{"$ref":"#/definitions/segmentTarget"}},"excludedContexts":{"type":"array","description":"Contexts of other kinds that rules never include.","items":{"$ref":"#/definitions/segmentTarget"}},"rules":{"type":"array","description":"Targeting rules: a context is a member when it matches every clause of any rule.","items":{"$ref":"#/definitions/segmentRule"}},"unbounded":{"type":"boolean","description":"Whether this is a big segment (`true`) or a standard segment (`false`, the default). Only use a big segment if you need more than 15,000 individual targets; big segments have no rules."},"unboundedContextKind":{"type":"string","minLength":1,"description":"For big segments, the targeted context kind (default `user`)."},"members":{"type":"array","minItems":1,"description":"Members read from files in the configuration repository, combined (union) with the inline lists of the same list and context kind.","items":{"$ref":"#/definitions/memberFile"}},"membershipSync":{"enum":["automatic","reviewed"],"description":"`automatic`: changes to this segment's member files may be applied without review (`apply --membership-only`, the recurring-sync workflow). Default `reviewed`."},"environments":{"type":"object","description":"Per-environment overrides: environment key → fields that replace the top-level fields in that environment.","propertyNames":{"pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},"additionalProperties":{"$ref":"#/definitions/segmentOverride"}}}};const schema15 = {"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","description":"A unique key: starts with a letter or digit, then letters, digits, `_`, `.` or `-`."};const schema17 = {"title":"target list","type":"object","additionalProperties":false,"required":["contextKind","values"],"description":"Individual targets of one context kind.","properties":{"contextKind":{"type":"string","minLength":1,"description":"The context kind of these targets, such as `organization` or `device`."},"values":{"type":"array","description":"Keys of the targeted contexts.","items":{"type":"string"}}}};const schema21 = {"title":"member file","type":"object","additionalProperties":false,"required":["file"],"description":"A file in the configuration repository whose keys become members of the segment (combined with the inline lists).","properties":{"file":{"type":"string","minLength":1,"description":"Path relative to this YAML file; must stay inside the configuration directory. CSV, TSV, plain text (one key per line), NDJSON or a JSON array, optionally gzipped (`.gz`)."},"format":{"enum":["csv","tsv","text","ndjson","json"],"description":"The file's format; default from its name (*.csv, *.tsv, *.txt, *.ndjson/*.jsonl, *.json, each optionally .gz)."},"column":{"oneOf":[{"type":"string","minLength":1},{"type":"integer","minimum":1}],"description":"CSV/TSV: the header name, or a 1-based column number (default 1). NDJSON/JSON: the field holding the key (omit when each line or element is the key itself)."},"header":{"type":"boolean","description":"CSV/TSV: whether the first row names the columns (default: true when `column` is a name, else false)."},"contextKind":{"type":"string","minLength":1,"description":"The context kind of the keys (default: the segment's `unboundedContextKind`, else `user`)."},"into":{"enum":["included","excluded"],"description":"The list the keys go into (default `included`)."},"allowEmpty":{"type":"boolean","description":"The file may hold no keys. Without it an empty file is an error: a broken export must never empty a segment."}}};const func4 = Object.prototype.hasOwnProperty;const schema19 = {"title":"rule","type":"object","additionalProperties":false,"required":["clauses"],"description":"A targeting rule: a context matches when it matches every clause.","properties":{"description":{"type":"string","description":"A description of the rule."},"clauses":{"type":"array","description":"Conditions that must all hold.","items":{"$ref":"#/definitions/clause"}},"weight":{"type":"integer","minimum":0,"maximum":100000,"description":"Percentage rollout in thousandths of a percent (0..100000): only this share of matching contexts is included."},"bucketBy":{"type":"string","minLength":1,"description":"The context attribute used to bucket contexts for the percentage rollout (default `key`)."},"rolloutContextKind":{"type":"string","minLength":1,"description":"The context kind used for the percentage rollout."}}};const schema20 = {"title":"clause","type":"object","additionalProperties":false,"required":["attribute","op","values"],"description":"A condition on one context attribute.","properties":{"contextKind":{"type":"string","minLength":1,"description":"The context kind the attribute belongs to (default `user`)."},"attribute":{"type":"string","minLength":1,"description":"The context attribute to test, such as `email` or `plan`."},"op":{"type":"string","enum":["in","endsWith","startsWith","matches","contains","lessThan","lessThanOrEqual","greaterThan","greaterThanOrEqual","before","after","segmentMatch","semVerEqual","semVerLessThan","semVerGreaterThan"],"description":"The operator to apply to the attribute."},"values":{"type":"array","description":"The values to compare the attribute against (at least one; segment keys for `segmentMatch`); the clause matches when any value matches.","minItems":1,"items":{}},"negate":{"type":"boolean","description":"Whether the operator is negated (`in` becomes `not in`). Defaults to `false`."}}};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.clauses === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clauses"},message:"must have required property '"+"clauses"+"'",schema:schema19.required,parentSchema:schema19,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "description") || (key0 === "clauses")) || (key0 === "weight")) || (key0 === "bucketBy")) || (key0 === "rolloutContextKind"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.description !== undefined){let data0 = data.description;if(typeof data0 !== "string"){const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.description.type,parentSchema:schema19.properties.description,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.clauses !== undefined){let data1 = data.clauses;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.attribute === undefined){const err3 = {instancePath:instancePath+"/clauses/" + i0,schemaPath:"#/definitions/clause/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'",schema:schema20.required,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data2.op === undefined){const err4 = {instancePath:instancePath+"/clauses/" + i0,schemaPath:"#/definitions/clause/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema20.required,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data2.values === undefined){const err5 = {instancePath:instancePath+"/clauses/" + i0,schemaPath:"#/definitions/clause/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema20.required,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data2){if(!(((((key1 === "contextKind") || (key1 === "attribute")) || (key1 === "op")) || (key1 === "values")) || (key1 === "negate"))){const err6 = {instancePath:instancePath+"/clauses/" + i0,schemaPath:"#/definitions/clause/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data2.contextKind !== undefined){let data3 = data2.contextKind;if(typeof data3 === "string"){if(func2(data3) < 1){const err7 = {instancePath:instancePath+"/clauses/" + i0+"/contextKind",schemaPath:"#/definitions/clause/properties/contextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.contextKind,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/clauses/" + i0+"/contextKind",schemaPath:"#/definitions/clause/properties/contextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.contextKind.type,parentSchema:schema20.properties.contextKind,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data2.attribute !== undefined){let data4 = data2.attribute;if(typeof data4 === "string"){if(func2(data4) < 1){const err9 = {instancePath:instancePath+"/clauses/" + i0+"/attribute",schemaPath:"#/definitions/clause/properties/attribute/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.attribute,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/clauses/" + i0+"/attribute",schemaPath:"#/definitions/clause/properties/attribute/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.attribute.type,parentSchema:schema20.properties.attribute,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data2.op !== undefined){let data5 = data2.op;if(typeof data5 !== "string"){const err11 = {instancePath:instancePath+"/clauses/" + i0+"/op",schemaPath:"#/definitions/clause/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.op.type,parentSchema:schema20.properties.op,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!(((((((((((((((data5 === "in") || (data5 === "endsWith")) || (data5 === "startsWith")) || (data5 === "matches")) || (data5 === "contains")) || (data5 === "lessThan")) || (data5 === "lessThanOrEqual")) || (data5 === "greaterThan")) || (data5 === "greaterThanOrEqual")) || (data5 === "before")) || (data5 === "after")) || (data5 === "segmentMatch")) || (data5 === "semVerEqual")) || (data5 === "semVerLessThan")) || (data5 === "semVerGreaterThan"))){const err12 = {instancePath:instancePath+"/clauses/" + i0+"/op",schemaPath:"#/definitions/clause/properties/op/enum",keyword:"enum",params:{allowedValues: schema20.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.op.enum,parentSchema:schema20.properties.op,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data2.values !== undefined){let data6 = data2.values;if(Array.isArray(data6)){if(data6.length < 1){const err13 = {instancePath:instancePath+"/clauses/" + i0+"/values",schemaPath:"#/definitions/clause/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.values,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/clauses/" + i0+"/values",schemaPath:"#/definitions/clause/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.values.type,parentSchema:schema20.properties.values,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data2.negate !== undefined){let data7 = data2.negate;if(typeof data7 !== "boolean"){const err15 = {instancePath:instancePath+"/clauses/" + i0+"/negate",schemaPath:"#/definitions/clause/properties/negate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.negate.type,parentSchema:schema20.properties.negate,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/clauses/" + i0,schemaPath:"#/definitions/clause/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data:data2};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/clauses",schemaPath:"#/properties/clauses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.clauses.type,parentSchema:schema19.properties.clauses,data:data1};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.weight !== undefined){let data8 = data.weight;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err18 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.weight.type,parentSchema:schema19.properties.weight,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 100000 || isNaN(data8)){const err19 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema19.properties.weight,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data8 < 0 || isNaN(data8)){const err20 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.weight,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data.bucketBy !== undefined){let data9 = data.bucketBy;if(typeof data9 === "string"){if(func2(data9) < 1){const err21 = {instancePath:instancePath+"/bucketBy",schemaPath:"#/properties/bucketBy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.bucketBy,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/bucketBy",schemaPath:"#/properties/bucketBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.bucketBy.type,parentSchema:schema19.properties.bucketBy,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.rolloutContextKind !== undefined){let data10 = data.rolloutContextKind;if(typeof data10 === "string"){if(func2(data10) < 1){const err23 = {instancePath:instancePath+"/rolloutContextKind",schemaPath:"#/properties/rolloutContextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.rolloutContextKind,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/rolloutContextKind",schemaPath:"#/properties/rolloutContextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.rolloutContextKind.type,parentSchema:schema19.properties.rolloutContextKind,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate12.errors = vErrors;return errors === 0;}const schema22 = {"title":"environment override","type":"object","additionalProperties":false,"description":"Fields that replace the segment's top-level fields in this environment only.","properties":{"name":{"type":"string","minLength":1,"description":"A human-friendly name for the segment."},"description":{"type":"string","description":"A description of the segment's purpose."},"tags":{"type":"array","description":"Tags for the segment.","items":{"type":"string"}},"included":{"type":"array","description":"Keys of `user` contexts that are always members of the segment, regardless of its rules.","items":{"type":"string"}},"excluded":{"type":"array","description":"Keys of `user` contexts that are never members through rules (they may still be included explicitly).","items":{"type":"string"}},"includedContexts":{"type":"array","description":"Contexts of other kinds that are always members of the segment.","items":{"$ref":"#/definitions/segmentTarget"}},"excludedContexts":{"type":"array","description":"Contexts of other kinds that rules never include.","items":{"$ref":"#/definitions/segmentTarget"}},"rules":{"type":"array","description":"Targeting rules: a context is a member when it matches every clause of any rule.","items":{"$ref":"#/definitions/segmentRule"}},"unbounded":{"type":"boolean","description":"Whether this is a big segment (`true`) or a standard segment (`false`, the default). Only use a big segment if you need more than 15,000 individual targets; big segments have no rules."},"unboundedContextKind":{"type":"string","minLength":1,"description":"For big segments, the targeted context kind (default `user`)."},"members":{"type":"array","minItems":1,"description":"Members read from files in the configuration repository, combined (union) with the inline lists of the same list and context kind.","items":{"$ref":"#/definitions/memberFile"}},"membershipSync":{"enum":["automatic","reviewed"],"description":"`automatic`: changes to this segment's member files may be applied without review (`apply --membership-only`, the recurring-sync workflow). Default `reviewed`."}}};function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func4.call(schema22.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(func2(data0) < 1){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.name,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.name.type,parentSchema:schema22.properties.name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.description !== undefined){let data1 = data.description;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.description.type,parentSchema:schema22.properties.description,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.tags !== undefined){let data2 = data.tags;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.tags.items.type,parentSchema:schema22.properties.tags.items,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.tags.type,parentSchema:schema22.properties.tags,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.included !== undefined){let data4 = data.included;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){let data5 = data4[i1];if(typeof data5 !== "string"){const err6 = {instancePath:instancePath+"/included/" + i1,schemaPath:"#/properties/included/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.included.items.type,parentSchema:schema22.properties.included.items,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/included",schemaPath:"#/properties/included/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.included.type,parentSchema:schema22.properties.included,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.excluded !== undefined){let data6 = data.excluded;if(Array.isArray(data6)){const len2 = data6.length;for(let i2=0; i2<len2; i2++){let data7 = data6[i2];if(typeof data7 !== "string"){const err8 = {instancePath:instancePath+"/excluded/" + i2,schemaPath:"#/properties/excluded/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.excluded.items.type,parentSchema:schema22.properties.excluded.items,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/excluded",schemaPath:"#/properties/excluded/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.excluded.type,parentSchema:schema22.properties.excluded,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.includedContexts !== undefined){let data8 = data.includedContexts;if(Array.isArray(data8)){const len3 = data8.length;for(let i3=0; i3<len3; i3++){let data9 = data8[i3];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.contextKind === undefined){const err10 = {instancePath:instancePath+"/includedContexts/" + i3,schemaPath:"#/definitions/segmentTarget/required",keyword:"required",params:{missingProperty: "contextKind"},message:"must have required property '"+"contextKind"+"'",schema:schema17.required,parentSchema:schema17,data:data9};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data9.values === undefined){const err11 = {instancePath:instancePath+"/includedContexts/" + i3,schemaPath:"#/definitions/segmentTarget/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema17.required,parentSchema:schema17,data:data9};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data9){if(!((key1 === "contextKind") || (key1 === "values"))){const err12 = {instancePath:instancePath+"/includedContexts/" + i3,schemaPath:"#/definitions/segmentTarget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data9};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data9.contextKind !== undefined){let data10 = data9.contextKind;if(typeof data10 === "string"){if(func2(data10) < 1){const err13 = {instancePath:instancePath+"/includedContexts/" + i3+"/contextKind",schemaPath:"#/definitions/segmentTarget/properties/contextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.contextKind,data:data10};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/includedContexts/" + i3+"/contextKind",schemaPath:"#/definitions/segmentTarget/properties/contextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.contextKind.type,parentSchema:schema17.properties.contextKind,data:data10};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data9.values !== undefined){let data11 = data9.values;if(Array.isArray(data11)){const len4 = data11.length;for(let i4=0; i4<len4; i4++){let data12 = data11[i4];if(typeof data12 !== "string"){const err15 = {instancePath:instancePath+"/includedContexts/" + i3+"/values/" + i4,schemaPath:"#/definitions/segmentTarget/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.values.items.type,parentSchema:schema17.properties.values.items,data:data12};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/includedContexts/" + i3+"/values",schemaPath:"#/definitions/segmentTarget/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.values.type,parentSchema:schema17.properties.values,data:data11};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/includedContexts/" + i3,schemaPath:"#/definitions/segmentTarget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/includedContexts",schemaPath:"#/properties/includedContexts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.includedContexts.type,parentSchema:schema22.properties.includedContexts,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.excludedContexts !== undefined){let data13 = data.excludedContexts;if(Array.isArray(data13)){const len5 = data13.length;for(let i5=0; i5<len5; i5++){let data14 = data13[i5];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.contextKind === undefined){const err19 = {instancePath:instancePath+"/excludedContexts/" + i5,schemaPath:"#/definitions/segmentTarget/required",keyword:"required",params:{missingProperty: "contextKind"},message:"must have required property '"+"contextKind"+"'",schema:schema17.required,parentSchema:schema17,data:data14};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data14.values === undefined){const err20 = {instancePath:instancePath+"/excludedContexts/" + i5,schemaPath:"#/definitions/segmentTarget/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema17.required,parentSchema:schema17,data:data14};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}for(const key2 in data14){if(!((key2 === "contextKind") || (key2 === "values"))){const err21 = {instancePath:instancePath+"/excludedContexts/" + i5,schemaPath:"#/definitions/segmentTarget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data14};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data14.contextKind !== undefined){let data15 = data14.contextKind;if(typeof data15 === "string"){if(func2(data15) < 1){const err22 = {instancePath:instancePath+"/excludedContexts/" + i5+"/contextKind",schemaPath:"#/definitions/segmentTarget/properties/contextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.contextKind,data:data15};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/excludedContexts/" + i5+"/contextKind",schemaPath:"#/definitions/segmentTarget/properties/contextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.contextKind.type,parentSchema:schema17.properties.contextKind,data:data15};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data14.values !== undefined){let data16 = data14.values;if(Array.isArray(data16)){const len6 = data16.length;for(let i6=0; i6<len6; i6++){let data17 = data16[i6];if(typeof data17 !== "string"){const err24 = {instancePath:instancePath+"/excludedContexts/" + i5+"/values/" + i6,schemaPath:"#/definitions/segmentTarget/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.values.items.type,parentSchema:schema17.properties.values.items,data:data17};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/excludedContexts/" + i5+"/values",schemaPath:"#/definitions/segmentTarget/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.values.type,parentSchema:schema17.properties.values,data:data16};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/excludedContexts/" + i5,schemaPath:"#/definitions/segmentTarget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/excludedContexts",schemaPath:"#/properties/excludedContexts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.excludedContexts.type,parentSchema:schema22.properties.excludedContexts,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.rules !== undefined){let data18 = data.rules;if(Array.isArray(data18)){const len7 = data18.length;for(let i7=0; i7<len7; i7++){if(!(validate12(data18[i7], {instancePath:instancePath+"/rules/" + i7,parentData:data18,parentDataProperty:i7,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err28 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.rules.type,parentSchema:schema22.properties.rules,data:data18};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.unbounded !== undefined){let data20 = data.unbounded;if(typeof data20 !== "boolean"){const err29 = {instancePath:instancePath+"/unbounded",schemaPath:"#/properties/unbounded/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema22.properties.unbounded.type,parentSchema:schema22.properties.unbounded,data:data20};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.unboundedContextKind !== undefined){let data21 = data.unboundedContextKind;if(typeof data21 === "string"){if(func2(data21) < 1){const err30 = {instancePath:instancePath+"/unboundedContextKind",schemaPath:"#/properties/unboundedContextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.unboundedContextKind,data:data21};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/unboundedContextKind",schemaPath:"#/properties/unboundedContextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.unboundedContextKind.type,parentSchema:schema22.properties.unboundedContextKind,data:data21};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.members !== undefined){let data22 = data.members;if(Array.isArray(data22)){if(data22.length < 1){const err32 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema22.properties.members,data:data22};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}const len8 = data22.length;for(let i8=0; i8<len8; i8++){let data23 = data22[i8];if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.file === undefined){const err33 = {instancePath:instancePath+"/members/" + i8,schemaPath:"#/definitions/memberFile/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema21.required,parentSchema:schema21,data:data23};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}for(const key3 in data23){if(!(((((((key3 === "file") || (key3 === "format")) || (key3 === "column")) || (key3 === "header")) || (key3 === "contextKind")) || (key3 === "into")) || (key3 === "allowEmpty"))){const err34 = {instancePath:instancePath+"/members/" + i8,schemaPath:"#/definitions/memberFile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data23};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data23.file !== undefined){let data24 = data23.file;if(typeof data24 === "string"){if(func2(data24) < 1){const err35 = {instancePath:instancePath+"/members/" + i8+"/file",schemaPath:"#/definitions/memberFile/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.file,data:data24};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/members/" + i8+"/file",schemaPath:"#/definitions/memberFile/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.file.type,parentSchema:schema21.properties.file,data:data24};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data23.format !== undefined){let data25 = data23.format;if(!(((((data25 === "csv") || (data25 === "tsv")) || (data25 === "text")) || (data25 === "ndjson")) || (data25 === "json"))){const err37 = {instancePath:instancePath+"/members/" + i8+"/format",schemaPath:"#/definitions/memberFile/properties/format/enum",keyword:"enum",params:{allowedValues: schema21.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.format.enum,parentSchema:schema21.properties.format,data:data25};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data23.column !== undefined){let data26 = data23.column;const _errs59 = errors;let valid25 = false;let passing0 = null;const _errs60 = errors;if(typeof data26 === "string"){if(func2(data26) < 1){const err38 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.column.oneOf[0],data:data26};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}else {const err39 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.column.oneOf[0].type,parentSchema:schema21.properties.column.oneOf[0],data:data26};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid0 = _errs60 === errors;if(_valid0){valid25 = true;passing0 = 0;}const _errs62 = errors;if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){const err40 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.column.oneOf[1].type,parentSchema:schema21.properties.column.oneOf[1],data:data26};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if((typeof data26 == "number") && (isFinite(data26))){if(data26 < 1 || isNaN(data26)){const err41 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema21.properties.column.oneOf[1],data:data26};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}var _valid0 = _errs62 === errors;if(_valid0 && valid25){valid25 = false;passing0 = [passing0, 1];}else {if(_valid0){valid25 = true;passing0 = 1;}}if(!valid25){const err42 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema21.properties.column.oneOf,parentSchema:schema21.properties.column,data:data26};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}else {errors = _errs59;if(vErrors !== null){if(_errs59){vErrors.length = _errs59;}else {vErrors = null;}}}}if(data23.header !== undefined){let data27 = data23.header;if(typeof data27 !== "boolean"){const err43 = {instancePath:instancePath+"/members/" + i8+"/header",schemaPath:"#/definitions/memberFile/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.header.type,parentSchema:schema21.properties.header,data:data27};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data23.contextKind !== undefined){let data28 = data23.contextKind;if(typeof data28 === "string"){if(func2(data28) < 1){const err44 = {instancePath:instancePath+"/members/" + i8+"/contextKind",schemaPath:"#/definitions/memberFile/properties/contextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.contextKind,data:data28};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/members/" + i8+"/contextKind",schemaPath:"#/definitions/memberFile/properties/contextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.contextKind.type,parentSchema:schema21.properties.contextKind,data:data28};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data23.into !== undefined){let data29 = data23.into;if(!((data29 === "included") || (data29 === "excluded"))){const err46 = {instancePath:instancePath+"/members/" + i8+"/into",schemaPath:"#/definitions/memberFile/properties/into/enum",keyword:"enum",params:{allowedValues: schema21.properties.into.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.into.enum,parentSchema:schema21.properties.into,data:data29};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data23.allowEmpty !== undefined){let data30 = data23.allowEmpty;if(typeof data30 !== "boolean"){const err47 = {instancePath:instancePath+"/members/" + i8+"/allowEmpty",schemaPath:"#/definitions/memberFile/properties/allowEmpty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.allowEmpty.type,parentSchema:schema21.properties.allowEmpty,data:data30};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/members/" + i8,schemaPath:"#/definitions/memberFile/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data23};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.members.type,parentSchema:schema22.properties.members,data:data22};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data.membershipSync !== undefined){let data31 = data.membershipSync;if(!((data31 === "automatic") || (data31 === "reviewed"))){const err50 = {instancePath:instancePath+"/membershipSync",schemaPath:"#/properties/membershipSync/enum",keyword:"enum",params:{allowedValues: schema22.properties.membershipSync.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.membershipSync.enum,parentSchema:schema22.properties.membershipSync,data:data31};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}validate14.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.key === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema14.required,parentSchema:schema14,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema14.required,parentSchema:schema14,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func4.call(schema14.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.key !== undefined){let data0 = data.key;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err3 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/resourceKey/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema15,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/resourceKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.project !== undefined){let data1 = data.project;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err5 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/projectKey/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/projectKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(func2(data2) < 1){const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.name,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.name.type,parentSchema:schema14.properties.name,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.description !== undefined){let data3 = data.description;if(typeof data3 !== "string"){const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.description.type,parentSchema:schema14.properties.description,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.tags !== undefined){let data4 = data.tags;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 !== "string"){const err10 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.tags.items.type,parentSchema:schema14.properties.tags.items,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.tags.type,parentSchema:schema14.properties.tags,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.included !== undefined){let data6 = data.included;if(Array.isArray(data6)){const len1 = data6.length;for(let i1=0; i1<len1; i1++){let data7 = data6[i1];if(typeof data7 !== "string"){const err12 = {instancePath:instancePath+"/included/" + i1,schemaPath:"#/properties/included/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.included.items.type,parentSchema:schema14.properties.included.items,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/included",schemaPath:"#/properties/included/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.included.type,parentSchema:schema14.properties.included,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.excluded !== undefined){let data8 = data.excluded;if(Array.isArray(data8)){const len2 = data8.length;for(let i2=0; i2<len2; i2++){let data9 = data8[i2];if(typeof data9 !== "string"){const err14 = {instancePath:instancePath+"/excluded/" + i2,schemaPath:"#/properties/excluded/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.excluded.items.type,parentSchema:schema14.properties.excluded.items,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/excluded",schemaPath:"#/properties/excluded/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.excluded.type,parentSchema:schema14.properties.excluded,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.includedContexts !== undefined){let data10 = data.includedContexts;if(Array.isArray(data10)){const len3 = data10.length;for(let i3=0; i3<len3; i3++){let data11 = data10[i3];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.contextKind === undefined){const err16 = {instancePath:instancePath+"/includedContexts/" + i3,schemaPath:"#/definitions/segmentTarget/required",keyword:"required",params:{missingProperty: "contextKind"},message:"must have required property '"+"contextKind"+"'",schema:schema17.required,parentSchema:schema17,data:data11};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data11.values === undefined){const err17 = {instancePath:instancePath+"/includedContexts/" + i3,schemaPath:"#/definitions/segmentTarget/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema17.required,parentSchema:schema17,data:data11};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key1 in data11){if(!((key1 === "contextKind") || (key1 === "values"))){const err18 = {instancePath:instancePath+"/includedContexts/" + i3,schemaPath:"#/definitions/segmentTarget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data11.contextKind !== undefined){let data12 = data11.contextKind;if(typeof data12 === "string"){if(func2(data12) < 1){const err19 = {instancePath:instancePath+"/includedContexts/" + i3+"/contextKind",schemaPath:"#/definitions/segmentTarget/properties/contextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.contextKind,data:data12};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/includedContexts/" + i3+"/contextKind",schemaPath:"#/definitions/segmentTarget/properties/contextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.contextKind.type,parentSchema:schema17.properties.contextKind,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data11.values !== undefined){let data13 = data11.values;if(Array.isArray(data13)){const len4 = data13.length;for(let i4=0; i4<len4; i4++){let data14 = data13[i4];if(typeof data14 !== "string"){const err21 = {instancePath:instancePath+"/includedContexts/" + i3+"/values/" + i4,schemaPath:"#/definitions/segmentTarget/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.values.items.type,parentSchema:schema17.properties.values.items,data:data14};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/includedContexts/" + i3+"/values",schemaPath:"#/definitions/segmentTarget/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.values.type,parentSchema:schema17.properties.values,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/includedContexts/" + i3,schemaPath:"#/definitions/segmentTarget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/includedContexts",schemaPath:"#/properties/includedContexts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.includedContexts.type,parentSchema:schema14.properties.includedContexts,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.excludedContexts !== undefined){let data15 = data.excludedContexts;if(Array.isArray(data15)){const len5 = data15.length;for(let i5=0; i5<len5; i5++){let data16 = data15[i5];if(data16 && typeof data16 == "object" && !Array.isArray(data16)){if(data16.contextKind === undefined){const err25 = {instancePath:instancePath+"/excludedContexts/" + i5,schemaPath:"#/definitions/segmentTarget/required",keyword:"required",params:{missingProperty: "contextKind"},message:"must have required property '"+"contextKind"+"'",schema:schema17.required,parentSchema:schema17,data:data16};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data16.values === undefined){const err26 = {instancePath:instancePath+"/excludedContexts/" + i5,schemaPath:"#/definitions/segmentTarget/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema17.required,parentSchema:schema17,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}for(const key2 in data16){if(!((key2 === "contextKind") || (key2 === "values"))){const err27 = {instancePath:instancePath+"/excludedContexts/" + i5,schemaPath:"#/definitions/segmentTarget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data16};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data16.contextKind !== undefined){let data17 = data16.contextKind;if(typeof data17 === "string"){if(func2(data17) < 1){const err28 = {instancePath:instancePath+"/excludedContexts/" + i5+"/contextKind",schemaPath:"#/definitions/segmentTarget/properties/contextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.contextKind,data:data17};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/excludedContexts/" + i5+"/contextKind",schemaPath:"#/definitions/segmentTarget/properties/contextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.contextKind.type,parentSchema:schema17.properties.contextKind,data:data17};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data16.values !== undefined){let data18 = data16.values;if(Array.isArray(data18)){const len6 = data18.length;for(let i6=0; i6<len6; i6++){let data19 = data18[i6];if(typeof data19 !== "string"){const err30 = {instancePath:instancePath+"/excludedContexts/" + i5+"/values/" + i6,schemaPath:"#/definitions/segmentTarget/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.values.items.type,parentSchema:schema17.properties.values.items,data:data19};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/excludedContexts/" + i5+"/values",schemaPath:"#/definitions/segmentTarget/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.values.type,parentSchema:schema17.properties.values,data:data18};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/excludedContexts/" + i5,schemaPath:"#/definitions/segmentTarget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data:data16};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/excludedContexts",schemaPath:"#/properties/excludedContexts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.excludedContexts.type,parentSchema:schema14.properties.excludedContexts,data:data15};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.rules !== undefined){let data20 = data.rules;if(Array.isArray(data20)){const len7 = data20.length;for(let i7=0; i7<len7; i7++){if(!(validate12(data20[i7], {instancePath:instancePath+"/rules/" + i7,parentData:data20,parentDataProperty:i7,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err34 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.rules.type,parentSchema:schema14.properties.rules,data:data20};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.unbounded !== undefined){let data22 = data.unbounded;if(typeof data22 !== "boolean"){const err35 = {instancePath:instancePath+"/unbounded",schemaPath:"#/properties/unbounded/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.properties.unbounded.type,parentSchema:schema14.properties.unbounded,data:data22};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.unboundedContextKind !== undefined){let data23 = data.unboundedContextKind;if(typeof data23 === "string"){if(func2(data23) < 1){const err36 = {instancePath:instancePath+"/unboundedContextKind",schemaPath:"#/properties/unboundedContextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14.properties.unboundedContextKind,data:data23};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/unboundedContextKind",schemaPath:"#/properties/unboundedContextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.unboundedContextKind.type,parentSchema:schema14.properties.unboundedContextKind,data:data23};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.members !== undefined){let data24 = data.members;if(Array.isArray(data24)){if(data24.length < 1){const err38 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.members,data:data24};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}const len8 = data24.length;for(let i8=0; i8<len8; i8++){let data25 = data24[i8];if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.file === undefined){const err39 = {instancePath:instancePath+"/members/" + i8,schemaPath:"#/definitions/memberFile/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema21.required,parentSchema:schema21,data:data25};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}for(const key3 in data25){if(!(((((((key3 === "file") || (key3 === "format")) || (key3 === "column")) || (key3 === "header")) || (key3 === "contextKind")) || (key3 === "into")) || (key3 === "allowEmpty"))){const err40 = {instancePath:instancePath+"/members/" + i8,schemaPath:"#/definitions/memberFile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data25};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data25.file !== undefined){let data26 = data25.file;if(typeof data26 === "string"){if(func2(data26) < 1){const err41 = {instancePath:instancePath+"/members/" + i8+"/file",schemaPath:"#/definitions/memberFile/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.file,data:data26};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/members/" + i8+"/file",schemaPath:"#/definitions/memberFile/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.file.type,parentSchema:schema21.properties.file,data:data26};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data25.format !== undefined){let data27 = data25.format;if(!(((((data27 === "csv") || (data27 === "tsv")) || (data27 === "text")) || (data27 === "ndjson")) || (data27 === "json"))){const err43 = {instancePath:instancePath+"/members/" + i8+"/format",schemaPath:"#/definitions/memberFile/properties/format/enum",keyword:"enum",params:{allowedValues: schema21.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.format.enum,parentSchema:schema21.properties.format,data:data27};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data25.column !== undefined){let data28 = data25.column;const _errs65 = errors;let valid27 = false;let passing0 = null;const _errs66 = errors;if(typeof data28 === "string"){if(func2(data28) < 1){const err44 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.column.oneOf[0],data:data28};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.column.oneOf[0].type,parentSchema:schema21.properties.column.oneOf[0],data:data28};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}var _valid0 = _errs66 === errors;if(_valid0){valid27 = true;passing0 = 0;}const _errs68 = errors;if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){const err46 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.column.oneOf[1].type,parentSchema:schema21.properties.column.oneOf[1],data:data28};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if((typeof data28 == "number") && (isFinite(data28))){if(data28 < 1 || isNaN(data28)){const err47 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema21.properties.column.oneOf[1],data:data28};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}var _valid0 = _errs68 === errors;if(_valid0 && valid27){valid27 = false;passing0 = [passing0, 1];}else {if(_valid0){valid27 = true;passing0 = 1;}}if(!valid27){const err48 = {instancePath:instancePath+"/members/" + i8+"/column",schemaPath:"#/definitions/memberFile/properties/column/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema21.properties.column.oneOf,parentSchema:schema21.properties.column,data:data28};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}else {errors = _errs65;if(vErrors !== null){if(_errs65){vErrors.length = _errs65;}else {vErrors = null;}}}}if(data25.header !== undefined){let data29 = data25.header;if(typeof data29 !== "boolean"){const err49 = {instancePath:instancePath+"/members/" + i8+"/header",schemaPath:"#/definitions/memberFile/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.header.type,parentSchema:schema21.properties.header,data:data29};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data25.contextKind !== undefined){let data30 = data25.contextKind;if(typeof data30 === "string"){if(func2(data30) < 1){const err50 = {instancePath:instancePath+"/members/" + i8+"/contextKind",schemaPath:"#/definitions/memberFile/properties/contextKind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.contextKind,data:data30};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/members/" + i8+"/contextKind",schemaPath:"#/definitions/memberFile/properties/contextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.contextKind.type,parentSchema:schema21.properties.contextKind,data:data30};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data25.into !== undefined){let data31 = data25.into;if(!((data31 === "included") || (data31 === "excluded"))){const err52 = {instancePath:instancePath+"/members/" + i8+"/into",schemaPath:"#/definitions/memberFile/properties/into/enum",keyword:"enum",params:{allowedValues: schema21.properties.into.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.into.enum,parentSchema:schema21.properties.into,data:data31};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data25.allowEmpty !== undefined){let data32 = data25.allowEmpty;if(typeof data32 !== "boolean"){const err53 = {instancePath:instancePath+"/members/" + i8+"/allowEmpty",schemaPath:"#/definitions/memberFile/properties/allowEmpty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.allowEmpty.type,parentSchema:schema21.properties.allowEmpty,data:data32};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/members/" + i8,schemaPath:"#/definitions/memberFile/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data25};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.members.type,parentSchema:schema14.properties.members,data:data24};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.membershipSync !== undefined){let data33 = data.membershipSync;if(!((data33 === "automatic") || (data33 === "reviewed"))){const err56 = {instancePath:instancePath+"/membershipSync",schemaPath:"#/properties/membershipSync/enum",keyword:"enum",params:{allowedValues: schema14.properties.membershipSync.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.membershipSync.enum,parentSchema:schema14.properties.membershipSync,data:data33};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.environments !== undefined){let data34 = data.environments;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key4 in data34){const _errs80 = errors;if(typeof key4 === "string"){if(!pattern0.test(key4)){const err57 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema14.properties.environments.propertyNames,data:key4,propertyName:key4};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}var valid28 = _errs80 === errors;if(!valid28){const err58 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema14.properties.environments.propertyNames,parentSchema:schema14.properties.environments,data:data34};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}for(const key5 in data34){if(!(validate14(data34[key5], {instancePath:instancePath+"/environments/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data34,parentDataProperty:key5,rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}}else {const err59 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.environments.type,parentSchema:schema14.properties.environments,data:data34};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema26 = {"title":"metric","type":"object","additionalProperties":false,"required":["key","kind"],"description":"A metric (`MetricPost`).","properties":{"key":{"$ref":"#/definitions/resourceKey","description":"A unique key to reference the metric."},"project":{"$ref":"#/definitions/projectKey","description":"The project key; defaults to the file's `project`."},"name":{"type":"string","minLength":1,"description":"A human-friendly name for the metric."},"description":{"type":"string","description":"Description of the metric."},"kind":{"type":"string","enum":["pageview","click","custom"],"description":"The kind of event the metric tracks."},"selector":{"type":"string","minLength":1,"description":"One or more CSS selectors. Required for click metrics only."},"urls":{"type":"array","description":"One or more target URLs. Required for click and pageview metrics only.","items":{"$ref":"#/definitions/urlMatcher"}},"isNumeric":{"type":"boolean","description":"Whether to track numeric changes in value against a baseline (`true`) or a conversion when an end user takes an action (`false`). Custom metrics only."},"unit":{"type":"string","minLength":1,"description":"The unit of measure. Numeric custom metrics only (required there)."},"eventKey":{"type":"string","minLength":1,"description":"The event key your code sends. Required for custom metrics."},"successCriteria":{"type":"string","enum":["HigherThanBaseline","LowerThanBaseline"],"description":"Success criteria. Required for numeric custom metrics, optional for conversion metrics."},"tags":{"type":"array","description":"Tags for the metric.","items":{"type":"string"}},"randomizationUnits":{"type":"array","description":"The randomization units (context kinds) allowed for this metric.","items":{"type":"string"}},"maintainerId":{"type":"string","minLength":1,"description":"The ID of the member who maintains this metric."},"unitAggregationType":{"type":"string","enum":["average","sum"],"description":"How multiple event values of one unit are aggregated."},"analysisType":{"type":"string","enum":["mean","percentile"],"description":"The method for analyzing metric events."},"percentileValue":{"type":"integer","minimum":0,"maximum":100,"description":"The target percentile (0..100). Required when `analysisType` is `percentile`."},"eventDefault":{"type":"object","additionalProperties":false,"description":"What to assume for units that sent no event.","properties":{"disabled":{"type":"boolean","description":"Whether to disable defaulting missing unit events. Defaults to `false`."},"value":{"type":"number","description":"The default value applied to missing unit events (LaunchDarkly supports only 0)."}},"title":"eventDefault"},"dataSource":{"type":"object","additionalProperties":false,"required":["key"],"description":"The data source the metric's events come from (warehouse-native metrics).","properties":{"key":{"type":"string","minLength":1,"description":"The data source key."},"environmentKey":{"type":"string","description":"The environment key of the data source."}},"title":"dataSource"},"filters":{"$ref":"#/definitions/eventFilter","description":"Filters that exclude certain events from the metric. Custom metrics only."}}};const schema29 = {"title":"URL matcher","type":"object","additionalProperties":false,"required":["kind"],"description":"A URL matcher for click and pageview metrics (LaunchDarkly's UrlPost): `exact` and `canonical` matchers take `url`, `substring` matchers take `substring`, `regex` matchers take `pattern`.","properties":{"kind":{"type":"string","enum":["exact","canonical","substring","regex"],"description":"How the page URL is matched."},"url":{"type":"string","description":"The URL, for `exact` and `canonical` matchers.","format":"uri"},"substring":{"type":"string","description":"The substring, for `substring` matchers."},"pattern":{"type":"string","description":"The regular expression, for `regex` matchers.","format":"regex"}},"allOf":[{"if":{"properties":{"kind":{"enum":["exact","canonical"]}},"required":["kind"]},"then":{"title":"URL matcher","description":"`exact` and `canonical` matchers match on `url` only.","required":["url"],"properties":{"url":true,"substring":false,"pattern":false}}},{"if":{"properties":{"kind":{"enum":["substring"]}},"required":["kind"]},"then":{"title":"URL matcher","description":"`substring` matchers match on `substring` only.","required":["substring"],"properties":{"substring":true,"url":false,"pattern":false}}},{"if":{"properties":{"kind":{"enum":["regex"]}},"required":["kind"]},"then":{"title":"URL matcher","description":"`regex` matchers match on `pattern` only.","required":["pattern"],"properties":{"pattern":true,"url":false,"substring":false}}}]};const schema30 = {"title":"event filter","type":"object","additionalProperties":false,"required":["type","op","values"],"description":"A filter that excludes events from a custom metric: a leaf on a context attribute or event property, or a group of filters.","properties":{"type":{"type":"string","enum":["contextAttribute","eventProperty","group"],"description":"Filter type."},"attribute":{"type":"string","description":"If not a group node, the context attribute name or event property name to filter on."},"op":{"type":"string","description":"The function to perform, such as `in`, or `and`/`or` for groups."},"values":{"type":"array","description":"The attribute / property values, or the member nodes of a group.","items":{}},"negate":{"type":"boolean","description":"If set, take the inverse of the operator. Defaults to `false`."},"contextKind":{"type":"string","description":"For context attribute filters, the context kind."}}};const formats0 = formats/* fullFormats */.U9.uri;const formats2 = formats/* fullFormats */.U9.regex;function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.key === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema26.required,parentSchema:schema26,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.kind === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema26.required,parentSchema:schema26,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func4.call(schema26.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.key !== undefined){let data0 = data.key;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err3 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/resourceKey/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema15,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/resourceKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.project !== undefined){let data1 = data.project;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err5 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/projectKey/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/projectKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(func2(data2) < 1){const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.name,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.name.type,parentSchema:schema26.properties.name,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.description !== undefined){let data3 = data.description;if(typeof data3 !== "string"){const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.description.type,parentSchema:schema26.properties.description,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.kind !== undefined){let data4 = data.kind;if(typeof data4 !== "string"){const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.kind.type,parentSchema:schema26.properties.kind,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(!(((data4 === "pageview") || (data4 === "click")) || (data4 === "custom"))){const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema26.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema26.properties.kind.enum,parentSchema:schema26.properties.kind,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.selector !== undefined){let data5 = data.selector;if(typeof data5 === "string"){if(func2(data5) < 1){const err12 = {instancePath:instancePath+"/selector",schemaPath:"#/properties/selector/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.selector,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/selector",schemaPath:"#/properties/selector/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.selector.type,parentSchema:schema26.properties.selector,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.urls !== undefined){let data6 = data.urls;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];const _errs22 = errors;let valid7 = true;const _errs23 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){let missing0;if((data7.kind === undefined) && (missing0 = "kind")){const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {if(data7.kind !== undefined){let data8 = data7.kind;if(!((data8 === "exact") || (data8 === "canonical"))){const err15 = {};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}}var _valid0 = _errs23 === errors;errors = _errs22;if(vErrors !== null){if(_errs22){vErrors.length = _errs22;}else {vErrors = null;}}if(_valid0){const _errs25 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.url === undefined){const err16 = {instancePath:instancePath+"/urls/" + i0,schemaPath:"#/definitions/urlMatcher/allOf/0/then/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema29.allOf[0].then.required,parentSchema:schema29.allOf[0].then,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data7.substring !== undefined){const err17 = {instancePath:instancePath+"/urls/" + i0+"/substring",schemaPath:"#/definitions/urlMatcher/allOf/0/then/properties/substring/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema29.allOf[0].then.properties.substring,data:data7.substring};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data7.pattern !== undefined){const err18 = {instancePath:instancePath+"/urls/" + i0+"/pattern",schemaPath:"#/definitions/urlMatcher/allOf/0/then/properties/pattern/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema29.allOf[0].then.properties.pattern,data:data7.pattern};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}var _valid0 = _errs25 === errors;valid7 = _valid0;}if(!valid7){const err19 = {instancePath:instancePath+"/urls/" + i0,schemaPath:"#/definitions/urlMatcher/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema29.allOf[0].if,parentSchema:schema29.allOf[0],data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const _errs27 = errors;let valid10 = true;const _errs28 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){let missing1;if((data7.kind === undefined) && (missing1 = "kind")){const err20 = {};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}else {if(data7.kind !== undefined){if(!(data7.kind === "substring")){const err21 = {};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}}var _valid1 = _errs28 === errors;errors = _errs27;if(vErrors !== null){if(_errs27){vErrors.length = _errs27;}else {vErrors = null;}}if(_valid1){const _errs30 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.substring === undefined){const err22 = {instancePath:instancePath+"/urls/" + i0,schemaPath:"#/definitions/urlMatcher/allOf/1/then/required",keyword:"required",params:{missingProperty: "substring"},message:"must have required property '"+"substring"+"'",schema:schema29.allOf[1].then.required,parentSchema:schema29.allOf[1].then,data:data7};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data7.url !== undefined){const err23 = {instancePath:instancePath+"/urls/" + i0+"/url",schemaPath:"#/definitions/urlMatcher/allOf/1/then/properties/url/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema29.allOf[1].then.properties.url,data:data7.url};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data7.pattern !== undefined){const err24 = {instancePath:instancePath+"/urls/" + i0+"/pattern",schemaPath:"#/definitions/urlMatcher/allOf/1/then/properties/pattern/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema29.allOf[1].then.properties.pattern,data:data7.pattern};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}var _valid1 = _errs30 === errors;valid10 = _valid1;}if(!valid10){const err25 = {instancePath:instancePath+"/urls/" + i0,schemaPath:"#/definitions/urlMatcher/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema29.allOf[1].if,parentSchema:schema29.allOf[1],data:data7};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}const _errs32 = errors;let valid13 = true;const _errs33 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){let missing2;if((data7.kind === undefined) && (missing2 = "kind")){const err26 = {};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}else {if(data7.kind !== undefined){if(!(data7.kind === "regex")){const err27 = {};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}}var _valid2 = _errs33 === errors;errors = _errs32;if(vErrors !== null){if(_errs32){vErrors.length = _errs32;}else {vErrors = null;}}if(_valid2){const _errs35 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.pattern === undefined){const err28 = {instancePath:instancePath+"/urls/" + i0,schemaPath:"#/definitions/urlMatcher/allOf/2/then/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema29.allOf[2].then.required,parentSchema:schema29.allOf[2].then,data:data7};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data7.url !== undefined){const err29 = {instancePath:instancePath+"/urls/" + i0+"/url",schemaPath:"#/definitions/urlMatcher/allOf/2/then/properties/url/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema29.allOf[2].then.properties.url,data:data7.url};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data7.substring !== undefined){const err30 = {instancePath:instancePath+"/urls/" + i0+"/substring",schemaPath:"#/definitions/urlMatcher/allOf/2/then/properties/substring/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema29.allOf[2].then.properties.substring,data:data7.substring};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}var _valid2 = _errs35 === errors;valid13 = _valid2;}if(!valid13){const err31 = {instancePath:instancePath+"/urls/" + i0,schemaPath:"#/definitions/urlMatcher/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema29.allOf[2].if,parentSchema:schema29.allOf[2],data:data7};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.kind === undefined){const err32 = {instancePath:instancePath+"/urls/" + i0,schemaPath:"#/definitions/urlMatcher/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema29.required,parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key1 in data7){if(!((((key1 === "kind") || (key1 === "url")) || (key1 === "substring")) || (key1 === "pattern"))){const err33 = {instancePath:instancePath+"/urls/" + i0,schemaPath:"#/definitions/urlMatcher/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data7.kind !== undefined){let data17 = data7.kind;if(typeof data17 !== "string"){const err34 = {instancePath:instancePath+"/urls/" + i0+"/kind",schemaPath:"#/definitions/urlMatcher/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.kind.type,parentSchema:schema29.properties.kind,data:data17};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(!((((data17 === "exact") || (data17 === "canonical")) || (data17 === "substring")) || (data17 === "regex"))){const err35 = {instancePath:instancePath+"/urls/" + i0+"/kind",schemaPath:"#/definitions/urlMatcher/properties/kind/enum",keyword:"enum",params:{allowedValues: schema29.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.kind.enum,parentSchema:schema29.properties.kind,data:data17};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data7.url !== undefined){let data18 = data7.url;if(typeof data18 === "string"){if(!(formats0(data18))){const err36 = {instancePath:instancePath+"/urls/" + i0+"/url",schemaPath:"#/definitions/urlMatcher/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema29.properties.url,data:data18};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/urls/" + i0+"/url",schemaPath:"#/definitions/urlMatcher/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.url.type,parentSchema:schema29.properties.url,data:data18};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data7.substring !== undefined){let data19 = data7.substring;if(typeof data19 !== "string"){const err38 = {instancePath:instancePath+"/urls/" + i0+"/substring",schemaPath:"#/definitions/urlMatcher/properties/substring/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.substring.type,parentSchema:schema29.properties.substring,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data7.pattern !== undefined){let data20 = data7.pattern;if(typeof data20 === "string"){if(!(formats2(data20))){const err39 = {instancePath:instancePath+"/urls/" + i0+"/pattern",schemaPath:"#/definitions/urlMatcher/properties/pattern/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\"",schema:"regex",parentSchema:schema29.properties.pattern,data:data20};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/urls/" + i0+"/pattern",schemaPath:"#/definitions/urlMatcher/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.pattern.type,parentSchema:schema29.properties.pattern,data:data20};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/urls/" + i0,schemaPath:"#/definitions/urlMatcher/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data7};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/urls",schemaPath:"#/properties/urls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.urls.type,parentSchema:schema26.properties.urls,data:data6};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.isNumeric !== undefined){let data21 = data.isNumeric;if(typeof data21 !== "boolean"){const err43 = {instancePath:instancePath+"/isNumeric",schemaPath:"#/properties/isNumeric/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.isNumeric.type,parentSchema:schema26.properties.isNumeric,data:data21};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.unit !== undefined){let data22 = data.unit;if(typeof data22 === "string"){if(func2(data22) < 1){const err44 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.unit,data:data22};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.unit.type,parentSchema:schema26.properties.unit,data:data22};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.eventKey !== undefined){let data23 = data.eventKey;if(typeof data23 === "string"){if(func2(data23) < 1){const err46 = {instancePath:instancePath+"/eventKey",schemaPath:"#/properties/eventKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.eventKey,data:data23};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/eventKey",schemaPath:"#/properties/eventKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.eventKey.type,parentSchema:schema26.properties.eventKey,data:data23};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.successCriteria !== undefined){let data24 = data.successCriteria;if(typeof data24 !== "string"){const err48 = {instancePath:instancePath+"/successCriteria",schemaPath:"#/properties/successCriteria/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.successCriteria.type,parentSchema:schema26.properties.successCriteria,data:data24};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(!((data24 === "HigherThanBaseline") || (data24 === "LowerThanBaseline"))){const err49 = {instancePath:instancePath+"/successCriteria",schemaPath:"#/properties/successCriteria/enum",keyword:"enum",params:{allowedValues: schema26.properties.successCriteria.enum},message:"must be equal to one of the allowed values",schema:schema26.properties.successCriteria.enum,parentSchema:schema26.properties.successCriteria,data:data24};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data.tags !== undefined){let data25 = data.tags;if(Array.isArray(data25)){const len1 = data25.length;for(let i1=0; i1<len1; i1++){let data26 = data25[i1];if(typeof data26 !== "string"){const err50 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.tags.items.type,parentSchema:schema26.properties.tags.items,data:data26};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.tags.type,parentSchema:schema26.properties.tags,data:data25};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data.randomizationUnits !== undefined){let data27 = data.randomizationUnits;if(Array.isArray(data27)){const len2 = data27.length;for(let i2=0; i2<len2; i2++){let data28 = data27[i2];if(typeof data28 !== "string"){const err52 = {instancePath:instancePath+"/randomizationUnits/" + i2,schemaPath:"#/properties/randomizationUnits/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.randomizationUnits.items.type,parentSchema:schema26.properties.randomizationUnits.items,data:data28};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/randomizationUnits",schemaPath:"#/properties/randomizationUnits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.randomizationUnits.type,parentSchema:schema26.properties.randomizationUnits,data:data27};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data.maintainerId !== undefined){let data29 = data.maintainerId;if(typeof data29 === "string"){if(func2(data29) < 1){const err54 = {instancePath:instancePath+"/maintainerId",schemaPath:"#/properties/maintainerId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.maintainerId,data:data29};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}else {const err55 = {instancePath:instancePath+"/maintainerId",schemaPath:"#/properties/maintainerId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.maintainerId.type,parentSchema:schema26.properties.maintainerId,data:data29};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.unitAggregationType !== undefined){let data30 = data.unitAggregationType;if(typeof data30 !== "string"){const err56 = {instancePath:instancePath+"/unitAggregationType",schemaPath:"#/properties/unitAggregationType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.unitAggregationType.type,parentSchema:schema26.properties.unitAggregationType,data:data30};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(!((data30 === "average") || (data30 === "sum"))){const err57 = {instancePath:instancePath+"/unitAggregationType",schemaPath:"#/properties/unitAggregationType/enum",keyword:"enum",params:{allowedValues: schema26.properties.unitAggregationType.enum},message:"must be equal to one of the allowed values",schema:schema26.properties.unitAggregationType.enum,parentSchema:schema26.properties.unitAggregationType,data:data30};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.analysisType !== undefined){let data31 = data.analysisType;if(typeof data31 !== "string"){const err58 = {instancePath:instancePath+"/analysisType",schemaPath:"#/properties/analysisType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.analysisType.type,parentSchema:schema26.properties.analysisType,data:data31};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(!((data31 === "mean") || (data31 === "percentile"))){const err59 = {instancePath:instancePath+"/analysisType",schemaPath:"#/properties/analysisType/enum",keyword:"enum",params:{allowedValues: schema26.properties.analysisType.enum},message:"must be equal to one of the allowed values",schema:schema26.properties.analysisType.enum,parentSchema:schema26.properties.analysisType,data:data31};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.percentileValue !== undefined){let data32 = data.percentileValue;if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err60 = {instancePath:instancePath+"/percentileValue",schemaPath:"#/properties/percentileValue/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.properties.percentileValue.type,parentSchema:schema26.properties.percentileValue,data:data32};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 > 100 || isNaN(data32)){const err61 = {instancePath:instancePath+"/percentileValue",schemaPath:"#/properties/percentileValue/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema26.properties.percentileValue,data:data32};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data32 < 0 || isNaN(data32)){const err62 = {instancePath:instancePath+"/percentileValue",schemaPath:"#/properties/percentileValue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema26.properties.percentileValue,data:data32};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}if(data.eventDefault !== undefined){let data33 = data.eventDefault;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key2 in data33){if(!((key2 === "disabled") || (key2 === "value"))){const err63 = {instancePath:instancePath+"/eventDefault",schemaPath:"#/properties/eventDefault/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema26.properties.eventDefault,data:data33};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data33.disabled !== undefined){let data34 = data33.disabled;if(typeof data34 !== "boolean"){const err64 = {instancePath:instancePath+"/eventDefault/disabled",schemaPath:"#/properties/eventDefault/properties/disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.eventDefault.properties.disabled.type,parentSchema:schema26.properties.eventDefault.properties.disabled,data:data34};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data33.value !== undefined){let data35 = data33.value;if(!((typeof data35 == "number") && (isFinite(data35)))){const err65 = {instancePath:instancePath+"/eventDefault/value",schemaPath:"#/properties/eventDefault/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema26.properties.eventDefault.properties.value.type,parentSchema:schema26.properties.eventDefault.properties.value,data:data35};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/eventDefault",schemaPath:"#/properties/eventDefault/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.properties.eventDefault.type,parentSchema:schema26.properties.eventDefault,data:data33};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.dataSource !== undefined){let data36 = data.dataSource;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){if(data36.key === undefined){const err67 = {instancePath:instancePath+"/dataSource",schemaPath:"#/properties/dataSource/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema26.properties.dataSource.required,parentSchema:schema26.properties.dataSource,data:data36};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}for(const key3 in data36){if(!((key3 === "key") || (key3 === "environmentKey"))){const err68 = {instancePath:instancePath+"/dataSource",schemaPath:"#/properties/dataSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema26.properties.dataSource,data:data36};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data36.key !== undefined){let data37 = data36.key;if(typeof data37 === "string"){if(func2(data37) < 1){const err69 = {instancePath:instancePath+"/dataSource/key",schemaPath:"#/properties/dataSource/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema26.properties.dataSource.properties.key,data:data37};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}else {const err70 = {instancePath:instancePath+"/dataSource/key",schemaPath:"#/properties/dataSource/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.dataSource.properties.key.type,parentSchema:schema26.properties.dataSource.properties.key,data:data37};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data36.environmentKey !== undefined){let data38 = data36.environmentKey;if(typeof data38 !== "string"){const err71 = {instancePath:instancePath+"/dataSource/environmentKey",schemaPath:"#/properties/dataSource/properties/environmentKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.dataSource.properties.environmentKey.type,parentSchema:schema26.properties.dataSource.properties.environmentKey,data:data38};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/dataSource",schemaPath:"#/properties/dataSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.properties.dataSource.type,parentSchema:schema26.properties.dataSource,data:data36};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data.filters !== undefined){let data39 = data.filters;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){if(data39.type === undefined){const err73 = {instancePath:instancePath+"/filters",schemaPath:"#/definitions/eventFilter/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema30.required,parentSchema:schema30,data:data39};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data39.op === undefined){const err74 = {instancePath:instancePath+"/filters",schemaPath:"#/definitions/eventFilter/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema30.required,parentSchema:schema30,data:data39};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data39.values === undefined){const err75 = {instancePath:instancePath+"/filters",schemaPath:"#/definitions/eventFilter/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema30.required,parentSchema:schema30,data:data39};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}for(const key4 in data39){if(!((((((key4 === "type") || (key4 === "attribute")) || (key4 === "op")) || (key4 === "values")) || (key4 === "negate")) || (key4 === "contextKind"))){const err76 = {instancePath:instancePath+"/filters",schemaPath:"#/definitions/eventFilter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data39};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data39.type !== undefined){let data40 = data39.type;if(typeof data40 !== "string"){const err77 = {instancePath:instancePath+"/filters/type",schemaPath:"#/definitions/eventFilter/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.type.type,parentSchema:schema30.properties.type,data:data40};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(!(((data40 === "contextAttribute") || (data40 === "eventProperty")) || (data40 === "group"))){const err78 = {instancePath:instancePath+"/filters/type",schemaPath:"#/definitions/eventFilter/properties/type/enum",keyword:"enum",params:{allowedValues: schema30.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.type.enum,parentSchema:schema30.properties.type,data:data40};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data39.attribute !== undefined){let data41 = data39.attribute;if(typeof data41 !== "string"){const err79 = {instancePath:instancePath+"/filters/attribute",schemaPath:"#/definitions/eventFilter/properties/attribute/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.attribute.type,parentSchema:schema30.properties.attribute,data:data41};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data39.op !== undefined){let data42 = data39.op;if(typeof data42 !== "string"){const err80 = {instancePath:instancePath+"/filters/op",schemaPath:"#/definitions/eventFilter/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.op.type,parentSchema:schema30.properties.op,data:data42};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data39.values !== undefined){let data43 = data39.values;if(!(Array.isArray(data43))){const err81 = {instancePath:instancePath+"/filters/values",schemaPath:"#/definitions/eventFilter/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.values.type,parentSchema:schema30.properties.values,data:data43};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data39.negate !== undefined){let data44 = data39.negate;if(typeof data44 !== "boolean"){const err82 = {instancePath:instancePath+"/filters/negate",schemaPath:"#/definitions/eventFilter/properties/negate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema30.properties.negate.type,parentSchema:schema30.properties.negate,data:data44};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data39.contextKind !== undefined){let data45 = data39.contextKind;if(typeof data45 !== "string"){const err83 = {instancePath:instancePath+"/filters/contextKind",schemaPath:"#/definitions/eventFilter/properties/contextKind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.contextKind.type,parentSchema:schema30.properties.contextKind,data:data45};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/filters",schemaPath:"#/definitions/eventFilter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data39};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}validate18.errors = vErrors;return errors === 0;}const schema31 = {"title":"context kind","type":"object","additionalProperties":false,"required":["key","name"],"description":"A context kind (`UpsertContextKindPayload`).","properties":{"key":{"allOf":[{"$ref":"#/definitions/resourceKey"},{"not":{"enum":["kind","multi"]}}],"description":"The context kind key, as contexts and targeting name it (`organization`, `device`). `kind` and `multi` are reserved."},"project":{"$ref":"#/definitions/projectKey","description":"The project key; defaults to the file's `project`."},"name":{"type":"string","minLength":1,"description":"The context kind name."},"description":{"type":"string","description":"The context kind description."},"hideInTargeting":{"type":"boolean","description":"Alias for `archived`."},"archived":{"type":"boolean","description":"Archived context kinds are unavailable for targeting."}}};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.key === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((((key0 === "key") || (key0 === "project")) || (key0 === "name")) || (key0 === "description")) || (key0 === "hideInTargeting")) || (key0 === "archived"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.key !== undefined){let data0 = data.key;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err3 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/resourceKey/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema15,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/resourceKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const _errs7 = errors;const _errs8 = errors;if(!((data0 === "kind") || (data0 === "multi"))){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var valid3 = _errs8 === errors;if(valid3){const err6 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/allOf/1/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema31.properties.key.allOf[1].not,parentSchema:schema31.properties.key.allOf[1],data:data0};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs7;if(vErrors !== null){if(_errs7){vErrors.length = _errs7;}else {vErrors = null;}}}}if(data.project !== undefined){let data1 = data.project;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err7 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/projectKey/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/projectKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(func2(data2) < 1){const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.name,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.description !== undefined){let data3 = data.description;if(typeof data3 !== "string"){const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.hideInTargeting !== undefined){let data4 = data.hideInTargeting;if(typeof data4 !== "boolean"){const err12 = {instancePath:instancePath+"/hideInTargeting",schemaPath:"#/properties/hideInTargeting/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.hideInTargeting.type,parentSchema:schema31.properties.hideInTargeting,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.archived !== undefined){let data5 = data.archived;if(typeof data5 !== "boolean"){const err13 = {instancePath:instancePath+"/archived",schemaPath:"#/properties/archived/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.archived.type,parentSchema:schema31.properties.archived,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate20.errors = vErrors;return errors === 0;}const schema34 = {"title":"role","type":"object","additionalProperties":false,"required":["key","name","policy"],"description":"A custom role (`CustomRolePost`).","properties":{"key":{"$ref":"#/definitions/resourceKey","description":"The custom role key."},"name":{"type":"string","minLength":1,"description":"A human-friendly name for the custom role."},"description":{"type":"string","description":"Description of the custom role."},"basePermissions":{"type":"string","enum":["reader","no_access"],"description":"Base permissions: `no_access` (LaunchDarkly's default, recommended) or `reader` (may view everything)."},"resourceCategory":{"type":"string","enum":["organization","project","any"],"description":"The category of resources this role manages. Cannot be changed once set."},"policy":{"type":"array","minItems":1,"description":"The role's policy statements.","items":{"$ref":"#/definitions/statement"}}}};const schema36 = {"title":"policy statement","type":"object","additionalProperties":false,"required":["effect"],"description":"A policy statement: give exactly one of `resources`/`notResources` and exactly one of `actions`/`notActions`.","properties":{"effect":{"type":"string","enum":["allow","deny"],"description":"Whether this statement allows or denies the actions on the resources. A deny wins over an allow within one role."},"resources":{"type":"array","description":"Resource specifiers, such as `proj/*:env/production:segment/*`.","items":{"type":"string"}},"notResources":{"type":"array","description":"The statement covers every resource matching none of these specifiers (leave `resources` out).","items":{"type":"string"}},"actions":{"type":"array","description":"Action names, such as `updateIncluded`; `*` means every action and globs like `update*` work.","items":{"type":"string"}},"notActions":{"type":"array","description":"The statement covers every action except these (leave `actions` out).","items":{"type":"string"}}}};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.key === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema34.required,parentSchema:schema34,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema34.required,parentSchema:schema34,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.policy === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'",schema:schema34.required,parentSchema:schema34,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((((key0 === "key") || (key0 === "name")) || (key0 === "description")) || (key0 === "basePermissions")) || (key0 === "resourceCategory")) || (key0 === "policy"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.key !== undefined){let data0 = data.key;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err4 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/resourceKey/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema15,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/key",schemaPath:"#/definitions/resourceKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 === "string"){if(func2(data1) < 1){const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.name,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.name.type,parentSchema:schema34.properties.name,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 !== "string"){const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.description.type,parentSchema:schema34.properties.description,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.basePermissions !== undefined){let data3 = data.basePermissions;if(typeof data3 !== "string"){const err9 = {instancePath:instancePath+"/basePermissions",schemaPath:"#/properties/basePermissions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.basePermissions.type,parentSchema:schema34.properties.basePermissions,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(!((data3 === "reader") || (data3 === "no_access"))){const err10 = {instancePath:instancePath+"/basePermissions",schemaPath:"#/properties/basePermissions/enum",keyword:"enum",params:{allowedValues: schema34.properties.basePermissions.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.basePermissions.enum,parentSchema:schema34.properties.basePermissions,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.resourceCategory !== undefined){let data4 = data.resourceCategory;if(typeof data4 !== "string"){const err11 = {instancePath:instancePath+"/resourceCategory",schemaPath:"#/properties/resourceCategory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.resourceCategory.type,parentSchema:schema34.properties.resourceCategory,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!(((data4 === "organization") || (data4 === "project")) || (data4 === "any"))){const err12 = {instancePath:instancePath+"/resourceCategory",schemaPath:"#/properties/resourceCategory/enum",keyword:"enum",params:{allowedValues: schema34.properties.resourceCategory.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.resourceCategory.enum,parentSchema:schema34.properties.resourceCategory,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.policy !== undefined){let data5 = data.policy;if(Array.isArray(data5)){if(data5.length < 1){const err13 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.properties.policy,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.effect === undefined){const err14 = {instancePath:instancePath+"/policy/" + i0,schemaPath:"#/definitions/statement/required",keyword:"required",params:{missingProperty: "effect"},message:"must have required property '"+"effect"+"'",schema:schema36.required,parentSchema:schema36,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key1 in data6){if(!(((((key1 === "effect") || (key1 === "resources")) || (key1 === "notResources")) || (key1 === "actions")) || (key1 === "notActions"))){const err15 = {instancePath:instancePath+"/policy/" + i0,schemaPath:"#/definitions/statement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.effect !== undefined){let data7 = data6.effect;if(typeof data7 !== "string"){const err16 = {instancePath:instancePath+"/policy/" + i0+"/effect",schemaPath:"#/definitions/statement/properties/effect/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.effect.type,parentSchema:schema36.properties.effect,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!((data7 === "allow") || (data7 === "deny"))){const err17 = {instancePath:instancePath+"/policy/" + i0+"/effect",schemaPath:"#/definitions/statement/properties/effect/enum",keyword:"enum",params:{allowedValues: schema36.properties.effect.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.effect.enum,parentSchema:schema36.properties.effect,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.resources !== undefined){let data8 = data6.resources;if(Array.isArray(data8)){const len1 = data8.length;for(let i1=0; i1<len1; i1++){let data9 = data8[i1];if(typeof data9 !== "string"){const err18 = {instancePath:instancePath+"/policy/" + i0+"/resources/" + i1,schemaPath:"#/definitions/statement/properties/resources/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.resources.items.type,parentSchema:schema36.properties.resources.items,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/policy/" + i0+"/resources",schemaPath:"#/definitions/statement/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.resources.type,parentSchema:schema36.properties.resources,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data6.notResources !== undefined){let data10 = data6.notResources;if(Array.isArray(data10)){const len2 = data10.length;for(let i2=0; i2<len2; i2++){let data11 = data10[i2];if(typeof data11 !== "string"){const err20 = {instancePath:instancePath+"/policy/" + i0+"/notResources/" + i2,schemaPath:"#/definitions/statement/properties/notResources/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.notResources.items.type,parentSchema:schema36.properties.notResources.items,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/policy/" + i0+"/notResources",schemaPath:"#/definitions/statement/properties/notResources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.notResources.type,parentSchema:schema36.properties.notResources,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data6.actions !== undefined){let data12 = data6.actions;if(Array.isArray(data12)){const len3 = data12.length;for(let i3=0; i3<len3; i3++){let data13 = data12[i3];if(typeof data13 !== "string"){const err22 = {instancePath:instancePath+"/policy/" + i0+"/actions/" + i3,schemaPath:"#/definitions/statement/properties/actions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.actions.items.type,parentSchema:schema36.properties.actions.items,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/policy/" + i0+"/actions",schemaPath:"#/definitions/statement/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.actions.type,parentSchema:schema36.properties.actions,data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data6.notActions !== undefined){let data14 = data6.notActions;if(Array.isArray(data14)){const len4 = data14.length;for(let i4=0; i4<len4; i4++){let data15 = data14[i4];if(typeof data15 !== "string"){const err24 = {instancePath:instancePath+"/policy/" + i0+"/notActions/" + i4,schemaPath:"#/definitions/statement/properties/notActions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.notActions.items.type,parentSchema:schema36.properties.notActions.items,data:data15};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/policy/" + i0+"/notActions",schemaPath:"#/definitions/statement/properties/notActions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.notActions.type,parentSchema:schema36.properties.notActions,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/policy/" + i0,schemaPath:"#/definitions/statement/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data:data6};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.policy.type,parentSchema:schema34.properties.policy,data:data5};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}validate22.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://ld-gitops.dev/schemas/ld-gitops.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "owner") || (key0 === "project")) || (key0 === "environments")) || (key0 === "segments")) || (key0 === "metrics")) || (key0 === "contextKinds")) || (key0 === "roles"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.owner !== undefined){let data0 = data.owner;if(typeof data0 === "string"){if(func2(data0) < 1){const err1 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.owner,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.owner.type,parentSchema:schema11.properties.owner,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.project !== undefined){let data1 = data.project;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err3 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/projectKey/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/project",schemaPath:"#/definitions/projectKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.environments !== undefined){let data2 = data.environments;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 === "string"){if(!pattern0.test(data3)){const err5 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/definitions/environmentKey/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema13,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/definitions/environmentKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}let i1 = data2.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data2[i1], data2[j0])){const err7 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.environments,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;break outer0;}}}}}else {const err8 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.segments !== undefined){let data4 = data.segments;if(Array.isArray(data4)){const len1 = data4.length;for(let i2=0; i2<len1; i2++){if(!(validate11(data4[i2], {instancePath:instancePath+"/segments/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err9 = {instancePath:instancePath+"/segments",schemaPath:"#/properties/segments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.segments.type,parentSchema:schema11.properties.segments,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.metrics !== undefined){let data6 = data.metrics;if(Array.isArray(data6)){const len2 = data6.length;for(let i3=0; i3<len2; i3++){if(!(validate18(data6[i3], {instancePath:instancePath+"/metrics/" + i3,parentData:data6,parentDataProperty:i3,rootData}))){vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);errors = vErrors.length;}}}else {const err10 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.metrics.type,parentSchema:schema11.properties.metrics,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.contextKinds !== undefined){let data8 = data.contextKinds;if(Array.isArray(data8)){const len3 = data8.length;for(let i4=0; i4<len3; i4++){if(!(validate20(data8[i4], {instancePath:instancePath+"/contextKinds/" + i4,parentData:data8,parentDataProperty:i4,rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}}else {const err11 = {instancePath:instancePath+"/contextKinds",schemaPath:"#/properties/contextKinds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.contextKinds.type,parentSchema:schema11.properties.contextKinds,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.roles !== undefined){let data10 = data.roles;if(Array.isArray(data10)){const len4 = data10.length;for(let i5=0; i5<len4; i5++){if(!(validate22(data10[i5], {instancePath:instancePath+"/roles/" + i5,parentData:data10,parentDataProperty:i5,rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err12 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.roles.type,parentSchema:schema11.properties.roles,data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate10.errors = vErrors;return errors === 0;}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/validate/operator-synonyms.ts
/**
 * Operator names people bring from other tools (SQL, JSON Logic, other flag systems) and the LaunchDarkly operator
 * that does the same, with `negate: true` for the negative ones. Keys are lower case. Typos and wrong case of a real
 * operator are left to the nearest-name suggestion.
 */
const SYNONYMS = {
    equals: { operator: "in" },
    equal: { operator: "in" },
    eq: { operator: "in" },
    is: { operator: "in" },
    "=": { operator: "in" },
    "==": { operator: "in" },
    oneof: { operator: "in" },
    isoneof: { operator: "in" },
    notequals: { operator: "in", negate: true },
    notequal: { operator: "in", negate: true },
    ne: { operator: "in", negate: true },
    neq: { operator: "in", negate: true },
    isnot: { operator: "in", negate: true },
    "!=": { operator: "in", negate: true },
    notin: { operator: "in", negate: true },
    notoneof: { operator: "in", negate: true },
    notcontains: { operator: "contains", negate: true },
    doesnotcontain: { operator: "contains", negate: true },
    lt: { operator: "lessThan" },
    "<": { operator: "lessThan" },
    lte: { operator: "lessThanOrEqual" },
    "<=": { operator: "lessThanOrEqual" },
    gt: { operator: "greaterThan" },
    ">": { operator: "greaterThan" },
    gte: { operator: "greaterThanOrEqual" },
    ">=": { operator: "greaterThanOrEqual" },
    regex: { operator: "matches" },
    regexp: { operator: "matches" },
    insegment: { operator: "segmentMatch" },
};
/** The LaunchDarkly operator `name` stands for, if it is a known name from elsewhere. */
function operatorSynonym(name) {
    return Object.hasOwn(SYNONYMS, name.toLowerCase()) ? SYNONYMS[name.toLowerCase()] : undefined;
}

;// CONCATENATED MODULE: ./src/validate/schema-messages.ts




/** Fields LaunchDarkly sets on its side: they show up in API responses and exports, never in a definition. */
const SERVER_SET_FIELDS = new Set([
    "version",
    "creationDate",
    "lastModifiedDate",
    "deleted",
    "generation",
    "experimentCount",
    "metricGroupCount",
    "activeExperimentCount",
    "activeGuardedRolloutCount",
    "lastModified",
    "lastSeen",
    "archived",
    "archivedAt",
    "experiments",
    "metricGroups",
    "lastUsedInExperiment",
    "lastUsedInGuardedRollout",
    "isActive",
    "category",
    "assignedTo",
]);
/** A segment's `environments`: per-environment overrides, easily mistaken for the file's list of environments. */
const SEGMENT_ENVIRONMENTS = /^\/segments\/\d+\/environments$/;
const SEGMENT_ONLY_FIELDS = new Set(["key", "project", "environments"]);
/**
 * Turns one ajv error into a finding a person can act on. `root` (the whole file's value) lets a finding name
 * the sibling fields of the offending node, such as a clause's `op`.
 */
function describeSchemaError(error, root) {
    const parent = error.parentSchema;
    const noun = parent?.title ?? "value";
    const path = error.instancePath;
    switch (error.keyword) {
        case "additionalProperties": {
            const field = String(error.params.additionalProperty);
            const pointer = `${path}${(0,json_pointer/* toJsonPointer */.Hk)([field])}`;
            return {
                pointer,
                atKey: true,
                found: unknownField(field, noun, Object.keys(parent?.properties ?? {})),
            };
        }
        case "required": {
            const field = String(error.params.missingProperty);
            return {
                pointer: `${path}${(0,json_pointer/* toJsonPointer */.Hk)([field])}`,
                found: (0,finding/* finding */.g)("schema.required", { noun, field }),
            };
        }
        case "type":
            return {
                pointer: path,
                found: path === ""
                    ? (0,finding/* finding */.g)("schema.file-not-mapping", { got: valueShape(error.data) })
                    : SEGMENT_ENVIRONMENTS.test(path) && Array.isArray(error.data)
                        ? segmentEnvironmentsList(error.data, root)
                        : (0,finding/* finding */.g)("schema.wrong-type", {
                            pointer: path,
                            expected: String(error.params.type),
                            got: valueShape(error.data),
                        }),
            };
        case "enum": {
            const allowed = (error.params.allowedValues ?? []).map(String);
            const got = String(error.data);
            const synonym = lastPathSegment(path) === "op" ? operatorSynonym(got) : undefined;
            if (synonym !== undefined && allowed.includes(synonym.operator)) {
                return { pointer: path, found: (0,finding/* finding */.g)("schema.operator-synonym", { got, ...synonym }) };
            }
            const near = (0,mod/* closest */.kp)(got, allowed);
            return {
                pointer: path,
                found: (0,finding/* finding */.g)("schema.not-allowed", {
                    pointer: path,
                    allowed,
                    got,
                    ...(near && isNear(got, near) ? { suggestion: near } : {}),
                }),
            };
        }
        case "pattern": {
            if (error.propertyName !== undefined) {
                return {
                    pointer: `${path}${(0,json_pointer/* toJsonPointer */.Hk)([error.propertyName])}`,
                    atKey: true,
                    found: (0,finding/* finding */.g)("schema.invalid-environment-key", { key: error.propertyName }),
                };
            }
            return {
                pointer: path,
                found: (0,finding/* finding */.g)("schema.invalid-key", { pointer: path, value: String(error.data) }),
            };
        }
        case "minimum":
        case "maximum": {
            const limit = error.params.limit;
            const range = rangeOf(error.parentSchema);
            return {
                pointer: path,
                found: range !== undefined
                    ? (0,finding/* finding */.g)("schema.out-of-range", {
                        pointer: path,
                        min: range[0],
                        max: range[1],
                        got: String(error.data),
                    })
                    : (0,finding/* finding */.g)("schema.limit", {
                        pointer: path,
                        bound: error.keyword,
                        limit,
                        got: String(error.data),
                    }),
            };
        }
        case "minLength":
            return { pointer: path, found: (0,finding/* finding */.g)("schema.empty-string", { pointer: path }) };
        case "minItems":
            if (error.schemaPath.endsWith("/clause/properties/values/minItems")) {
                return { pointer: path, found: emptyClauseValues((0,json_pointer/* valueAtPointer */.sZ)(root, (0,json_pointer/* parentPointer */.Yg)(path))) };
            }
            return { pointer: path, found: (0,finding/* finding */.g)("schema.empty-list", { pointer: path }) };
        case "uniqueItems": {
            const { i, j } = error.params;
            const list = Array.isArray(error.data) ? error.data : [];
            return {
                pointer: `${path}/${i}`,
                found: (0,finding/* finding */.g)("schema.duplicate-item", {
                    pointer: path,
                    item: String(list[i]),
                    first: j + 1,
                    second: i + 1,
                }),
            };
        }
        case "format": {
            const format = error.params.format;
            return {
                pointer: path,
                found: (0,finding/* finding */.g)("schema.invalid-format", { pointer: path, format, value: String(error.data) }),
            };
        }
        default:
            return {
                pointer: path,
                found: (0,finding/* finding */.g)("schema.invalid", {
                    pointer: path,
                    ...(error.message ? { detail: error.message } : {}),
                }),
            };
    }
}
/** A segment's `environments` written as a list: said against the file's own list, if it has one. */
function segmentEnvironmentsList(listed, root) {
    const fileList = root?.environments;
    return (0,finding/* finding */.g)("schema.segment-environments-list", {
        listed: listed.map(String),
        ...(Array.isArray(fileList) ? { fileEnvironments: fileList.map(String) } : {}),
    });
}
/** LaunchDarkly matches a clause when any value matches: with none, it matches no one (or, negated, everyone). */
function emptyClauseValues(clause) {
    const { op, negate, attribute } = (clause ?? {});
    if (op === "segmentMatch")
        return (0,finding/* finding */.g)("schema.empty-clause-values", { clause: "segmentMatch" });
    if (negate === true)
        return (0,finding/* finding */.g)("schema.empty-clause-values", { clause: "negated", attribute: String(attribute) });
    return (0,finding/* finding */.g)("schema.empty-clause-values", { clause: "other" });
}
function unknownField(field, noun, known) {
    if (field.startsWith("_") || SERVER_SET_FIELDS.has(field))
        return (0,finding/* finding */.g)("schema.server-set-field", { field });
    if (noun === "environment override" && SEGMENT_ONLY_FIELDS.has(field)) {
        return (0,finding/* finding */.g)("schema.not-overridable", { field, overridable: known });
    }
    if (noun === "role" && field === "project")
        return (0,finding/* finding */.g)("schema.role-project", {});
    if (noun === "segment" && field === "environmentKeys")
        return (0,finding/* finding */.g)("schema.segment-environment-keys", {});
    const near = known.length > 0 ? (0,mod/* closest */.kp)(field, known) : undefined;
    const suggestion = near !== undefined && isNear(field, near) ? near : longerName(field, known);
    return (0,finding/* finding */.g)("schema.unknown-field", {
        field,
        noun,
        known,
        ...(suggestion !== undefined ? { suggestion } : {}),
    });
}
/** The one known field whose name ends in the word `field` (`kind` → `contextKind`): a shortened name, not a typo. */
function longerName(field, known) {
    const word = field.toLowerCase();
    const matches = known.filter((k) => k.length > field.length && (k.match(/[A-Z][a-z0-9]*$/)?.[0] ?? "").toLowerCase() === word);
    return matches.length === 1 ? matches[0] : undefined;
}
function lastPathSegment(pointer) {
    return (0,json_pointer/* parseJsonPointer */.H2)(pointer).at(-1);
}
function isNear(got, candidate) {
    if (got.toLowerCase() === candidate.toLowerCase())
        return true;
    return (0,mod/* distance */.Io)(got, candidate) <= Math.max(2, Math.floor(candidate.length / 4));
}
/** What a value is, for a finding: its kind, and the value itself when it is a string or number. */
function valueShape(value) {
    if (value === null || value === undefined)
        return { kind: "nothing" };
    if (Array.isArray(value))
        return { kind: "list" };
    if (typeof value === "object")
        return { kind: "mapping" };
    if (typeof value === "string")
        return { kind: "string", value };
    if (typeof value === "number")
        return { kind: "number", value };
    return { kind: "other", text: String(value) };
}
function rangeOf(schema) {
    const s = schema;
    return s?.minimum !== undefined && s.maximum !== undefined ? [s.minimum, s.maximum] : undefined;
}

;// CONCATENATED MODULE: ./src/validate/url-matcher-messages.ts


/** The field each URL matcher kind matches on (LaunchDarkly's UrlPost); the schema's `allOf` says the same. */
const FIELD_BY_KIND = {
    exact: "url",
    canonical: "url",
    substring: "substring",
    regex: "pattern",
};
const KIND_BY_FIELD = {
    url: "exact",
    substring: "substring",
    pattern: "regex",
};
/** True for errors raised by the URL matcher's per-kind `if`/`then` in the schema. */
function isUrlMatcherKindError(error) {
    return error.schemaPath.includes("/urlMatcher/allOf/");
}
/**
 * Drops the noise around a URL matcher that names the wrong field: ajv's `if` errors, and the "does not
 * belong" errors on a matcher already reported as missing its field (that message names the stray field).
 */
function collapseUrlMatcherErrors(errors) {
    const kindErrors = errors.filter(isUrlMatcherKindError);
    if (kindErrors.length === 0)
        return errors;
    const missingAt = new Set(kindErrors.filter((e) => e.keyword === "required").map((e) => e.instancePath));
    return errors.filter((e) => {
        if (!isUrlMatcherKindError(e))
            return true;
        if (e.keyword === "if")
            return false;
        if (e.keyword === "false schema")
            return !missingAt.has((0,json_pointer/* parentPointer */.Yg)(e.instancePath));
        return true;
    });
}
/**
 * `an \`exact\` URL matcher needs \`url\`; got \`pattern\` …`, or `\`substring\` does not belong in …`.
 * `root` is the whole file's value: a stray field's error does not carry its matcher, whose `kind` we name.
 */
function describeUrlMatcherError(error, root) {
    if (error.keyword === "required") {
        const matcher = asRecord(error.data);
        const kind = String(matcher.kind);
        const field = String(error.params.missingProperty);
        const stray = Object.keys(KIND_BY_FIELD).find((f) => f !== field && matcher[f] !== undefined);
        const strayKind = stray === undefined ? undefined : KIND_BY_FIELD[stray];
        return {
            pointer: `${error.instancePath}${(0,json_pointer/* toJsonPointer */.Hk)([field])}`,
            found: (0,finding/* finding */.g)("schema.url-matcher-missing-field", {
                kind,
                field,
                ...(stray !== undefined && strayKind !== undefined ? { stray, strayKind } : {}),
            }),
        };
    }
    if (error.keyword === "false schema") {
        const matcherPath = (0,json_pointer/* parentPointer */.Yg)(error.instancePath);
        const field = error.instancePath.slice(matcherPath.length + 1);
        const kind = String(asRecord((0,json_pointer/* valueAtPointer */.sZ)(root, matcherPath)).kind);
        const own = FIELD_BY_KIND[kind] ?? "url";
        return {
            pointer: error.instancePath,
            atKey: true,
            found: (0,finding/* finding */.g)("schema.url-matcher-stray-field", { field, kind, own }),
        };
    }
    return undefined;
}
function asRecord(value) {
    return value !== null && typeof value === "object" ? value : {};
}

;// CONCATENATED MODULE: ./src/validate/schema-validator.ts



// schemas/ld-gitops.schema.json compiled ahead of time (allErrors: every problem in one run; verbose: errors carry
// their schema, for messages): no run compiles the schema first.



/**
 * Checks one parsed file against `schemas/ld-gitops.schema.json` and turns ajv's errors into one readable
 * diagnostic per problem, at the line and column of the offending node. Records the error pointers on the
 * file so that later rules skip resources the schema already rejected.
 */
function validateFileSchema(file) {
    const validate = config_file_validator_validate;
    if (validate(file.value))
        return [];
    const messages = collapseErrors(validate.errors ?? [], file.value);
    const diagnostics = [];
    const seen = new Set();
    for (const message of messages) {
        const id = `${message.pointer}\u0000${(0,finding/* findingKey */.f)(message.found)}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        file.schemaErrorPointers.push(message.pointer);
        diagnostics.push((0,source_location/* diagnosticAt */.R)(file, message.pointer, message.found, message.severity ?? "error", {
            key: message.atKey,
        }));
    }
    return diagnostics;
}
/** Drops ajv's follow-on errors so that each problem is reported once. */
function collapseErrors(errors, root) {
    // propertyNames repeats the inner error about the name; the inner error already says it all.
    const kept = collapseUrlMatcherErrors(errors.filter((e) => e.keyword !== "propertyNames"));
    // A type error on a node makes other errors on the same node noise.
    const typeErrorPaths = new Set(kept.filter((e) => e.keyword === "type").map((e) => e.instancePath));
    const messages = kept
        .filter((e) => e.keyword === "type" || !typeErrorPaths.has(e.instancePath))
        .map((e) => (isUrlMatcherKindError(e) ? describeUrlMatcherError(e, root) : undefined) ??
        describeSchemaError(e, root));
    return dropRequiredNamedBySuggestion(messages);
}
/**
 * `kind:` written for `contextKind:` is one mistake: the unknown field's "did you mean `contextKind`?" says it all,
 * so the "needs `contextKind`" about the same mapping goes.
 */
function dropRequiredNamedBySuggestion(messages) {
    const suggested = new Set();
    for (const { pointer, found } of messages) {
        if (found.code === "schema.unknown-field" && found.params.suggestion !== undefined) {
            suggested.add(`${(0,json_pointer/* parentPointer */.Yg)(pointer)}${(0,json_pointer/* toJsonPointer */.Hk)([found.params.suggestion])}`);
        }
    }
    return messages.filter(({ pointer, found }) => found.code !== "schema.required" || !suggested.has(pointer));
}

// EXTERNAL MODULE: ./src/launchdarkly/limits.ts
var limits = __webpack_require__(24550);
// EXTERNAL MODULE: ./src/load/config-file.ts
var config_file = __webpack_require__(28031);
// EXTERNAL MODULE: ./src/membership/read-member-set.ts + 2 modules
var read_member_set = __webpack_require__(44692);
// EXTERNAL MODULE: ./src/membership/segment-member-lists.ts
var segment_member_lists = __webpack_require__(28028);
// EXTERNAL MODULE: ./src/model/segment.ts
var model_segment = __webpack_require__(25176);
// EXTERNAL MODULE: ./src/model/segment-members.ts
var segment_members = __webpack_require__(58934);
;// CONCATENATED MODULE: ./src/validate/segment-members.ts
// The membership stage of validation: every member file the segments name is read once (streamed) and checked;
// then, per segment and environment, the lists the files and inline targets make together are checked against
// each other (a key both included and excluded) and against LaunchDarkly's limits.








function at(member, found, severity = "error") {
    const { file, line, column } = member.source;
    return { file, line, column, path: "", ...found, severity };
}
/** Every `members:` entry of a segment: the top level and each environment's override. */
function membersOf(segment) {
    const all = [...(segment.members ?? [])];
    if ("overrides" in segment)
        for (const override of Object.values(segment.overrides))
            all.push(...(override.members ?? []));
    return all;
}
async function readSegmentMembers(config, options) {
    const root = config.root ?? options.cwd;
    const memberSets = new Map();
    const diagnostics = [];
    const failed = new Set();
    const segments = config.segments.filter((segment) => (0,config_file/* isSchemaValid */.m)(segment.file, segment.pointer));
    for (const segment of segments) {
        for (const member of membersOf(segment.definition)) {
            const id = (0,segment_members/* memberRefKey */.v)(member.ref);
            if (failed.has(id)) {
                diagnostics.push(at(member, (0,finding/* finding */.g)("members.file-missing", { file: member.ref.path })));
                continue;
            }
            let set = memberSets.get(id);
            if (!set) {
                const absolute = (0,external_node_path_.resolve)(root, member.ref.path);
                const display = (0,external_node_path_.relative)(options.cwd, absolute).split(external_node_path_.sep).join("/");
                const result = await (0,read_member_set/* readMemberSet */.X)(absolute, member.ref, {
                    onProgress: (rows) => options.onProgress?.(display, rows),
                });
                if (!result.ok) {
                    failed.add(id);
                    diagnostics.push(at(member, result.code === "ENOENT"
                        ? (0,finding/* finding */.g)("members.file-missing", { file: member.ref.path })
                        : (0,finding/* finding */.g)("members.file-unreadable", { file: member.ref.path, detail: result.detail })));
                    continue;
                }
                set = result.set;
                memberSets.set(id, set);
                for (const row of result.findings) {
                    const { line, severity, ...found } = row;
                    diagnostics.push({ file: display, line, column: 1, path: "", ...found, severity });
                }
                if (result.findings.some((row) => row.severity === "error"))
                    failed.add(`${id}\u0000rows`);
            }
            if (set.keys.length === 0 && !member.allowEmpty && !failed.has(`${id}\u0000rows`))
                diagnostics.push(at(member, (0,finding/* finding */.g)("members.empty", { file: member.ref.path })));
        }
    }
    for (const segment of segments) {
        if (membersOf(segment.definition).length === 0)
            continue;
        const seen = new Set();
        const once = (d) => {
            const id = `${d.file}:${d.line}:${d.code}:${JSON.stringify(d.params)}`;
            if (!seen.has(id))
                diagnostics.push(d);
            seen.add(id);
        };
        for (const desired of (0,model_segment/* resolveSegment */.K)(segment.definition)) {
            const members = desired.members ?? [];
            if (members.length === 0)
                continue;
            const kind = desired.unboundedContextKind ?? "user";
            if (desired.unbounded) {
                for (const member of members)
                    if (member.ref.contextKind !== kind)
                        once(at(member, (0,finding/* finding */.g)("segment.big-segment-context-kind", {
                            key: desired.key,
                            contextKind: kind,
                            got: member.ref.contextKind,
                        })));
            }
            if (members.some((member) => !memberSets.has((0,segment_members/* memberRefKey */.v)(member.ref))))
                continue;
            // Sets of a million keys cost time and memory: built only for a segment that excludes someone, or for a
            // standard segment's 15,000 count.
            const byList = (0,segment_member_lists/* memberKeysByList */.e)(desired, memberSets);
            if (byList.excluded.size === 0 && desired.unbounded)
                continue;
            const lists = (0,segment_member_lists/* segmentMemberLists */.d)(desired, memberSets);
            for (const [contextKind, excluded] of Object.entries(lists.excluded)) {
                const included = lists.included[contextKind];
                if (!included || excluded.length === 0)
                    continue;
                const inBoth = excluded.filter((key) => included.has(key));
                if (inBoth.length === 0)
                    continue;
                const where = members.find((member) => member.into === "excluded") ?? members[0];
                once(at(where, (0,finding/* finding */.g)("members.in-both-lists", {
                    key: inBoth[0],
                    count: inBoth.length,
                    contextKind,
                    environment: desired.environment,
                })));
            }
            if (!desired.unbounded) {
                const count = lists.count;
                if (count > limits/* MAX_STANDARD_SEGMENT_TARGETS */.e)
                    once(at(members[0], (0,finding/* finding */.g)("members.too-many-for-standard", {
                        key: desired.key,
                        environment: desired.environment,
                        count,
                        max: limits/* MAX_STANDARD_SEGMENT_TARGETS */.e,
                    })));
            }
        }
    }
    return { memberSets, diagnostics };
}

;// CONCATENATED MODULE: ./src/validate/rules/rule.ts


/** Pointer to `field` of a segment as it applies in `environment`: the override if one sets it. */
function segmentFieldPointer(segment, environment, field) {
    const override = segment.definition.overrides[environment];
    return override && override[field] !== undefined
        ? `${segment.pointer}${(0,json_pointer/* toJsonPointer */.Hk)(["environments", environment, field])}`
        : `${segment.pointer}${(0,json_pointer/* toJsonPointer */.Hk)([field])}`;
}
/** `resolveSegment` (computed once per definition, so every rule may ask). */
function resolvedSegments(definition) {
    return (0,model_segment/* resolveSegment */.K)(definition);
}

;// CONCATENATED MODULE: ./src/validate/rules/big-segments.ts




/**
 * Big segments (`unbounded: true`) are lists of one context kind (`unboundedContextKind`, default `user`)
 * and cannot have rules. `unboundedContextKind` means nothing on a standard segment.
 */
const checkBigSegments = (config) => {
    const diagnostics = [];
    for (const segment of config.segments) {
        if (!(0,config_file/* isSchemaValid */.m)(segment.file, segment.pointer))
            continue;
        const seen = new Set();
        const once = (d) => {
            const id = `${d.path}|${(0,finding/* findingKey */.f)(d)}`;
            if (!seen.has(id))
                diagnostics.push(d);
            seen.add(id);
        };
        for (const desired of resolvedSegments(segment.definition)) {
            const env = desired.environment;
            if (!desired.unbounded) {
                if (desired.unboundedContextKind !== undefined) {
                    once((0,source_location/* diagnosticAt */.R)(segment.file, segmentFieldPointer(segment, env, "unboundedContextKind"), (0,finding/* finding */.g)("segment.context-kind-on-standard", { key: desired.key })));
                }
                continue;
            }
            if ((desired.rules?.length ?? 0) > 0) {
                once((0,source_location/* diagnosticAt */.R)(segment.file, segmentFieldPointer(segment, env, "rules"), (0,finding/* finding */.g)("segment.big-segment-rules", { key: desired.key })));
            }
            const kind = desired.unboundedContextKind ?? "user";
            if ((desired.included?.length ?? 0) + (desired.excluded?.length ?? 0) > 0 && kind !== "user") {
                const field = (desired.included?.length ?? 0) > 0 ? "included" : "excluded";
                once((0,source_location/* diagnosticAt */.R)(segment.file, segmentFieldPointer(segment, env, field), (0,finding/* finding */.g)("segment.big-segment-user-keys", { key: desired.key, contextKind: kind, field })));
            }
            for (const field of ["includedContexts", "excludedContexts"]) {
                desired[field]?.forEach((target, index) => {
                    if (target.contextKind === kind)
                        return;
                    once((0,source_location/* diagnosticAt */.R)(segment.file, `${segmentFieldPointer(segment, env, field)}/${index}/contextKind`, (0,finding/* finding */.g)("segment.big-segment-context-kind", {
                        key: desired.key,
                        contextKind: kind,
                        got: target.contextKind,
                    })));
                });
            }
        }
    }
    return diagnostics;
};

;// CONCATENATED MODULE: ./src/validate/rules/duplicate-keys.ts


/**
 * Each resource must be declared once: segments per project+environment+key, metrics per project+key,
 * roles per key, context kinds per project+key. Two declarations would fight over one LaunchDarkly resource, so
 * both places are named.
 */
const checkDuplicateKeys = (config) => {
    const diagnostics = [];
    const segmentIds = config.segments.flatMap((s) => s.definition.environments.map((environment) => ({
        located: s,
        id: `${s.definition.project}/${environment}/${s.definition.key}`,
        resource: {
            type: "segment",
            key: s.definition.key,
            project: s.definition.project,
            environment,
        },
    })));
    report(diagnostics, segmentIds);
    report(diagnostics, config.metrics.map((m) => ({
        located: m,
        id: `${m.definition.project}/${m.definition.key}`,
        resource: {
            type: "metric",
            key: m.definition.key,
            project: m.definition.project,
        },
    })));
    report(diagnostics, config.roles.map((r) => ({
        located: r,
        id: r.definition.key,
        resource: { type: "role", key: r.definition.key },
    })));
    report(diagnostics, config.contextKinds.map((k) => ({
        located: k,
        id: `${k.definition.project}/${k.definition.key}`,
        resource: {
            type: "contextKind",
            key: k.definition.key,
            project: k.definition.project,
        },
    })));
    return diagnostics;
};
function report(diagnostics, items) {
    const first = new Map();
    // One message per pair of declarations, even when a segment collides in several environments.
    const reported = new Set();
    for (const item of items) {
        const earlier = first.get(item.id);
        if (!earlier) {
            first.set(item.id, item);
            continue;
        }
        const pair = `${earlier.located.file.file}${earlier.located.pointer}|${item.located.file.file}${item.located.pointer}`;
        if (reported.has(pair))
            continue;
        reported.add(pair);
        const a = earlier.located.definition.source;
        const b = item.located.definition.source;
        diagnostics.push((0,source_location/* diagnosticAt */.R)(item.located.file, `${item.located.pointer}/key`, (0,finding/* finding */.g)("resource.duplicate", {
            resource: item.resource,
            file: a.file,
            line: a.line,
            column: a.column,
        })), (0,source_location/* diagnosticAt */.R)(earlier.located.file, `${earlier.located.pointer}/key`, (0,finding/* finding */.g)("resource.duplicate", {
            resource: item.resource,
            file: b.file,
            line: b.line,
            column: b.column,
        })));
    }
}

;// CONCATENATED MODULE: ./src/validate/rules/metric-kinds.ts



/**
 * What each metric kind needs (MetricPost): click → `selector` and `urls`; pageview → `urls`;
 * custom → `eventKey`, and numeric custom → `unit` and `successCriteria`; percentile analysis → `percentileValue`.
 */
const checkMetricKinds = (config) => {
    const diagnostics = [];
    for (const metric of config.metrics) {
        if (!(0,config_file/* isSchemaValid */.m)(metric.file, metric.pointer))
            continue;
        const m = metric.definition;
        const error = (field, found, severity = "error") => diagnostics.push((0,source_location/* diagnosticAt */.R)(metric.file, `${metric.pointer}/${field}`, found, severity));
        const needs = (field) => {
            const value = m[field];
            if (value === undefined || (Array.isArray(value) && value.length === 0)) {
                error(field, (0,finding/* finding */.g)("metric.missing-field", { key: m.key, field, kind: m.kind }));
            }
        };
        const onlyFor = (field, appliesTo) => {
            if (m[field] !== undefined) {
                error(field, (0,finding/* finding */.g)("metric.field-not-for-kind", { key: m.key, field, kind: m.kind, appliesTo }));
            }
        };
        if (m.kind === "click") {
            needs("selector");
            needs("urls");
        }
        else if (m.kind === "pageview") {
            needs("urls");
            onlyFor("selector", "click");
        }
        else if (m.kind === "custom") {
            needs("eventKey");
            onlyFor("selector", "click");
            if (m.urls !== undefined)
                onlyFor("urls", "click-pageview");
            if (m.isNumeric) {
                needs("unit");
                needs("successCriteria");
            }
            else {
                onlyFor("unit", "numeric-custom");
            }
        }
        if (m.kind !== "custom") {
            onlyFor("eventKey", "custom");
            onlyFor("isNumeric", "custom");
            onlyFor("filters", "custom");
        }
        if (m.analysisType === "percentile" && m.percentileValue === undefined) {
            error("analysisType", (0,finding/* finding */.g)("metric.percentile-value-missing", { key: m.key }));
        }
        if (m.percentileValue !== undefined && m.analysisType !== "percentile") {
            error("percentileValue", (0,finding/* finding */.g)("metric.percentile-value-unused", {}), "warning");
        }
    }
    return diagnostics;
};

// EXTERNAL MODULE: ./src/permissions/resource-specifier.ts
var resource_specifier = __webpack_require__(15311);
;// CONCATENATED MODULE: ./src/permissions/data/role-actions.json
const role_actions_namespaceObject = /*#__PURE__*/JSON.parse('{"g":{"acct":{"path":["acct"],"bare":true,"actions":["createAnnouncement","createSamlConfig","createScimConfig","deleteAccount","deleteAccountToken","deleteAnnouncement","deleteSamlConfig","deleteScimConfig","deleteSubscription","getPaymentCard","revokeSessions","updateAccountToken","updateAccountTokenLimit","updateAnnouncement","updateBillingContact","updateOrganization","updatePaymentCard","updateRequireMfa","updateSamlEnabled","updateSamlRequestSigningEnabled","updateSamlRequireSso","updateSamlSsoUrl","updateSamlX509Certificate","updateSessionDuration","updateSessionRefresh","updateSubscription"],"uncertain":["createOAuthClient","disableIdPManagingTeams","enableIdPManagingTeams","updateAccountOwner","updateSamlDecryptionEnabled","updateSamlDefaultRole","updateSamlLogoutUrl","updateSamlX509KeystoreId"]},"member":{"path":["member"],"actions":["createMember","deleteMember","resetMemberMfa","sendMfaRecoveryCode","sendMfaRequest","updateCustomRole","updateRole"],"uncertain":["approveDomainMatchedMember","updateMemberRoleAttributes"]},"token":{"path":["member","token"],"actions":["createAccessToken","deleteAccessToken","resetAccessToken","updateAccessTokenDescription","updateAccessTokenExpiry","updateAccessTokenName","updateAccessTokenPolicy"],"uncertain":[]},"service-token":{"path":["service-token"],"actions":["createAccessToken","deleteAccessToken","resetAccessToken","updateAccessTokenDescription","updateAccessTokenName"],"uncertain":["updateAccessTokenExpiry"]},"role":{"path":["role"],"actions":["createRole","deleteRole","updateDescription","updateMembers","updateName","updatePolicy"],"uncertain":["updateBasePermissions","updateTokens"]},"team":{"path":["team"],"actions":["updateTeamDescription","updateTeamMembers","updateTeamName"],"uncertain":["createTeam","deleteTeam","updateTeamCustomRoles","updateTeamPermissionGrants","updateTeamRoleAttributes","viewTeam"]},"proj":{"path":["proj"],"actions":["createProject","deleteProject","updateDefaultClientSideAvailability","updateDefaultReleasePipeline","updateIncludeInSnippetByDefault","updateLifecycleSettings","updateObservabilitySettings","updateProjectName","updateTags","updateViewAssociationRequirements","viewProject"],"uncertain":["updateAutomatedRolloutConfig","updateProjectFlagDefaults","updateTeamMaintainerRequirements"]},"env":{"path":["proj","env"],"actions":["createEnvironment","deleteEnvironment","importEventData","updateApiKey","updateColor","updateConfirmChanges","updateDefaultTrackEvents","updateMobileKey","updateName","updateRequireComments","updateSecureMode","updateTags","updateTtl"],"uncertain":["deleteContextInstance","updateApprovalSettings","updateCritical","viewSdkKey"]},"flag":{"path":["proj","env","flag"],"actions":["applyApprovalRequest","cloneFlag","copyFlagConfigFrom","copyFlagConfigTo","createApprovalRequest","createExperiment","createFlag","deleteApprovalRequest","deleteFlag","deleteFlagAttachedGoalResults","reviewApprovalRequest","stopMeasuredRolloutOnFlagFallthrough","stopMeasuredRolloutOnFlagRule","updateApprovalRequest","updateAttachedGoals","updateClientSideFlagAvailability","updateDescription","updateExperimentActive","updateExperimentBaseline","updateExpiringRules","updateExpiringTargets","updateFallthrough","updateFeatureWorkflows","updateFlagConfigMigrationSettings","updateFlagCustomProperties","updateFlagDefaultVariations","updateFlagFallthroughTrackEvents","updateFlagSalt","updateFlagVariations","updateGlobalArchived","updateIncludeInSnippet","updateMaintainer","updateName","updateOffVariation","updateOn","updatePrerequisites","updateReleasePhaseStatus","updateRules","updateScheduledChanges","updateTags","updateTargets","updateTemporary","updateTrackEvents","updateTriggers","updateVariationJsonSchema"],"uncertain":["addReleasePipeline","bypassRequiredApproval","createFlagLink","createTriggers","deleteExperiment","deleteExperimentResults","deleteFlagLink","deleteTriggers","manageFlagFollowers","removeReleasePipeline","replaceReleasePipeline","toggleFlag","updateAttachedMetrics","updateDeprecated","updateFallthroughWithMeasuredRollout","updateFlagCodeReferences","updateFlagLink","updateFlagRuleDescription","updateMeasuredRolloutConfiguration","updateReleasePhaseCompleted","updateRulesWithMeasuredRollout","updateVariations"]},"segment":{"path":["proj","env","segment"],"actions":["applyApprovalRequest","bypassRequiredSegmentApproval","createApprovalRequest","createSegment","createSegmentExport","deleteApprovalRequest","deleteSegment","reviewApprovalRequest","updateApprovalRequest","updateDescription","updateExcluded","updateExpiringRules","updateExpiringTargets","updateIncluded","updateName","updateRules","updateScheduledChanges","updateTags"],"uncertain":[]},"metric":{"path":["proj","metric"],"actions":["createMetric","deleteMetric","updateAnalysisType","updateArchived","updateDescription","updateEventKey","updateMaintainer","updateMetricDenominator","updateName","updateNumeric","updateNumericSuccess","updateNumericUnit","updateOn","updateSelector","updateTags","updateUrls","updateWindowOffset"],"uncertain":["updateEventDefault","updateKey","updateMetricWinsorization","updateOptimizelyMetrics","updateRandomizationUnits","updateTraceQuery","updateTraceValueLocation","updateUnitAggregationType"]},"metric-group":{"path":["proj","metric-group"],"actions":[],"uncertain":["createMetricGroup","deleteMetricGroup","updateMetricGroupDescription","updateMetricGroupMaintainer","updateMetricGroupMetrics","updateMetricGroupName","updateMetricGroupTags"]},"experiment":{"path":["proj","env","experiment"],"actions":["updateExperiment"],"uncertain":["createExperiment","updateExperimentArchived"]},"holdout":{"path":["proj","env","holdout"],"actions":["addExperimentToHoldout","createHoldout","removeExperimentFromHoldout","updateHoldoutDescription","updateHoldoutMethodology","updateHoldoutName","updateHoldoutRandomizationUnit","updateHoldoutStatus"],"uncertain":[]},"layer":{"path":["proj","layer"],"actions":["createLayer","updateLayer","updateLayerConfiguration"],"uncertain":[]},"release-pipeline":{"path":["proj","release-pipeline"],"actions":["createReleasePipeline","deleteReleasePipeline","updateReleasePipelinePhase"],"uncertain":["updateReleasePipelineDescription","updateReleasePipelineName","updateReleasePipelinePhaseName","updateReleasePipelineTags"]},"release-policy":{"path":["proj","release-policy"],"actions":["createReleasePolicy","deleteReleasePolicy","updateReleasePolicy","updateReleasePolicyRank"],"uncertain":[]},"pending-request":{"path":["pending-request"],"actions":["updatePendingRequest"],"uncertain":[]},"application":{"path":["application"],"actions":["updateApplicationMaintainer"],"uncertain":["createApplication","createApplicationVersion","deleteApplication","deleteApplicationVersion","updateApplicationDescription","updateApplicationKind","updateApplicationVersionName","updateApplicationVersionSupport"]},"code-reference-repository":{"path":["code-reference-repository"],"actions":["createCodeRefsRepository","deleteCodeRefsRepository","updateCodeRefsRepositoryBranches","updateCodeRefsRepositoryConfiguration","updateCodeRefsRepositoryName","updateCodeRefsRepositoryOn"],"uncertain":[]},"context-kind":{"path":["proj","context-kind"],"actions":[],"uncertain":["createContextKind","updateAvailabilityForExperiments","updateContextKind"]},"destination":{"path":["proj","env","destination"],"actions":["createDestination","deleteDestination","updateConfiguration","updateName","updateOn"],"uncertain":[]},"domain-verification":{"path":["domain-verification"],"actions":[],"uncertain":["createDomainVerification","deleteDomainVerification","updateDomainVerification"]},"integration":{"path":["integration"],"actions":["createIntegration","deleteIntegration","updateConfiguration","updateName","updateOn"],"uncertain":["updateIntegration","validateConnection"]},"relay-proxy-config":{"path":["relay-proxy-config"],"actions":["createRelayAutoConfiguration","deleteRelayAutoConfiguration","resetRelayAutoConfiguration","updateRelayAutoConfigurationName","updateRelayAutoConfigurationPolicy"],"uncertain":[]},"template":{"path":["template"],"actions":[],"uncertain":["createTemplate","deleteTemplate","viewTemplate"]},"webhook":{"path":["webhook"],"actions":["createWebhook","deleteWebhook","updateName","updateOn","updateSecret","updateStatements","updateUrl"],"uncertain":["updateQuery","updateTags"]},"aiconfig":{"path":["proj","aiconfig"],"actions":["applyApprovalRequest","createAIConfig","createApprovalRequest","deleteAIConfig","deleteAIConfigVariation","deleteApprovalRequest","reviewApprovalRequest","updateAIConfig","updateAIConfigVariation","updateApprovalRequest"],"uncertain":["deleteAIConfigVersion","publishAIConfigVersion","updateAIConfigVersion"]},"aiconfig-env":{"path":["proj","env","aiconfig"],"actions":[],"uncertain":["createTriggers","deleteTriggers","updateAIConfigTargeting","updateTriggers"]},"ai-model-config":{"path":["proj","ai-model-config"],"actions":["createAIModelConfig","deleteAIModelConfig"],"uncertain":["updateAIModelConfig"]},"view":{"path":["proj","view"],"actions":["linkSegmentToView","unlinkSegmentFromView"],"uncertain":["linkAIConfigToView","linkFlagToView","unlinkAIConfigFromView","unlinkFlagFromView","updateView","viewView"]},"agent-graph":{"path":["proj","agent-graphs"],"actions":["createAgentGraph","deleteAgentGraph","updateAgentGraph"],"uncertain":[]},"trace":{"path":["proj","trace"],"actions":["viewTrace"],"uncertain":["updateTraceAnnotation"]},"log":{"path":["proj","log"],"actions":["viewLog"],"uncertain":[]},"error":{"path":["proj","error"],"actions":["updateErrorStatus","viewError"],"uncertain":[]},"session":{"path":["proj","session"],"actions":["viewSession"],"uncertain":[]},"alert":{"path":["proj","alert"],"actions":["createAlert","deleteAlert","updateAlertConfiguration","updateAlertOn"],"uncertain":["createJiraIssue"]},"prompt-snippet":{"path":["proj","prompt-snippet"],"actions":["createPromptSnippet","deletePromptSnippet","updatePromptSnippet"],"uncertain":[]},"assignment-data-source":{"path":["proj","env","assignment-data-source"],"actions":["createAssignmentDataSource","updateAssignmentDataSource"],"uncertain":[]},"ip-allowlist":{"path":["ip-allowlist"],"bare":true,"actions":["createIpAllowlistEntry","deleteIpAllowlistEntry","updateIpAllowlistEnabled","updateIpAllowlistEntry","viewIpAllowlist"],"uncertain":[]},"sdk-key":{"path":["proj","env","sdk-key"],"actions":[],"uncertain":["createSdkKey","deleteSdkKey","updateSdkKey","updateSdkKeyPayload","viewSdkKey"]},"agent-optimization":{"path":["proj","agent-optimization"],"actions":[],"uncertain":["createAgentOptimization","createAgentOptimizationRun","deleteAgentOptimization","updateAgentOptimization","updateAgentOptimizationRun"]},"notification-subscription":{"path":["proj","env","notification-subscription"],"actions":[],"uncertain":["createNotificationSubscription","deleteNotificationSubscription"]},"product-analytics-dashboard":{"path":["proj","env","product-analytics-dashboard"],"actions":[],"uncertain":[]},"user":{"path":["proj","env","user"],"legacy":true,"actions":["deleteUser"],"uncertain":[]}}}');
;// CONCATENATED MODULE: ./src/permissions/role-action-catalog.ts

const types = Object.entries(role_actions_namespaceObject.g).map(([name, raw]) => ({
    name,
    typePath: raw.path.join(":"),
    bare: raw.bare === true,
    actions: new Set(raw.actions),
    uncertain: new Set(raw.uncertain),
}));
const byTypePath = new Map(types.map((t) => [t.typePath, t]));
/** Every segment type name that appears in a known specifier (`proj`, `env`, `segment`, `agent-graphs`...). */
const KNOWN_SEGMENT_TYPES = [
    ...new Set(types.flatMap((t) => t.typePath.split(":"))),
];
/** The resource type a specifier's chain of types denotes, if LaunchDarkly documents it. */
function resourceTypeByPath(typePath) {
    return byTypePath.get(typePath);
}
/** Known resource types whose last segment type is `segmentType` (to explain a wrong hierarchy). */
function resourceTypesEndingIn(segmentType) {
    return types.filter((t) => t.typePath.split(":").at(-1) === segmentType);
}
/** Every resource type the data file knows. */
function resourceTypesAll() {
    return types;
}

;// CONCATENATED MODULE: ./src/validate/rules/resource-specifiers.ts






/**
 * Every resource specifier in `resources`/`notResources` must parse, and its chain of types must be one
 * LaunchDarkly has (`proj/*:env/*:segment/*`, not `proj/*:segment/*`). A misspelt type is an error; a type
 * ld-gitops does not know is a warning (LaunchDarkly adds resource types over time).
 */
const checkResourceSpecifiers = (config) => {
    const diagnostics = [];
    for (const role of config.roles) {
        if (!(0,config_file/* isSchemaValid */.m)(role.file, role.pointer))
            continue;
        role.definition.policy.forEach((statement, index) => {
            for (const field of ["resources", "notResources"]) {
                statement[field]?.forEach((text, itemIndex) => {
                    const pointer = `${role.pointer}/policy/${index}/${field}/${itemIndex}`;
                    const at = (found, severity) => diagnostics.push((0,source_location/* diagnosticAt */.R)(role.file, pointer, found, severity));
                    const parsed = (0,resource_specifier/* parseResourceSpecifier */.q)(text);
                    if (!parsed.ok) {
                        at((0,finding/* finding */.g)("role.specifier-invalid", {
                            specifier: text,
                            character: parsed.error.offset + 1,
                            detail: parsed.error.message,
                        }), "error");
                        return;
                    }
                    for (const warning of parsed.warnings)
                        at((0,finding/* finding */.g)("role.specifier-warning", { specifier: text, detail: warning.message }), "warning");
                    for (const problem of hierarchyProblems(parsed.specifier))
                        at(problem.found, problem.severity);
                });
            }
        });
    }
    return diagnostics;
};
function hierarchyProblems(specifier) {
    const text = specifier.text;
    const known = resourceTypeByPath(specifier.typePath);
    if (known) {
        const problems = [];
        for (const segment of specifier.segments) {
            if (segment.name === undefined && !(known.bare || segment.type === "pending-request")) {
                problems.push({
                    found: (0,finding/* finding */.g)("role.specifier-unnamed", { specifier: text, type: segment.type }),
                    severity: "error",
                });
            }
        }
        if (known.bare && specifier.segments[0]?.name !== undefined) {
            problems.push({
                found: (0,finding/* finding */.g)("role.specifier-bare", { specifier: text, type: known.name }),
                severity: "warning",
            });
        }
        return problems;
    }
    for (const segment of specifier.segments) {
        if (KNOWN_SEGMENT_TYPES.includes(segment.type))
            continue;
        const near = (0,mod/* closest */.kp)(segment.type, KNOWN_SEGMENT_TYPES);
        if (near !== undefined && (0,mod/* distance */.Io)(near, segment.type) <= 2) {
            return [
                {
                    found: (0,finding/* finding */.g)("role.specifier-type-typo", {
                        specifier: text,
                        type: segment.type,
                        suggestion: near,
                    }),
                    severity: "error",
                },
            ];
        }
        return [
            {
                found: (0,finding/* finding */.g)("role.specifier-unknown-type", { specifier: text, type: segment.type }),
                severity: "warning",
            },
        ];
    }
    const candidates = resourceTypesEndingIn(specifier.resourceType);
    if (candidates.length > 0) {
        return [
            {
                found: (0,finding/* finding */.g)("role.specifier-wrong-chain", {
                    specifier: text,
                    resourceType: specifier.resourceType,
                    chains: candidates.map((c) => c.typePath),
                }),
                severity: "error",
            },
        ];
    }
    return [
        {
            found: (0,finding/* finding */.g)("role.specifier-unknown-chain", { specifier: text, chain: specifier.typePath }),
            severity: "warning",
        },
    ];
}

// EXTERNAL MODULE: ./src/permissions/glob.ts
var glob = __webpack_require__(94464);
;// CONCATENATED MODULE: ./src/validate/rules/role-actions.ts







/**
 * Each action must exist for the resource type its statement targets. LaunchDarkly's published lists are
 * incomplete, so only what is certain fails: a clear misspelling of a known name, and a name documented for
 * another resource type only (a flag action in a statement whose `resources` are segments grants nothing). Names seen only in unofficial sources,
 * unknown names, and other types' names where the statement's type has no documented list warn.
 */
const checkRoleActions = (config) => {
    const diagnostics = [];
    for (const role of config.roles) {
        if (!(0,config_file/* isSchemaValid */.m)(role.file, role.pointer))
            continue;
        role.definition.policy.forEach((statement, index) => {
            const types = statementResourceTypes(statement);
            if (types.length === 0)
                return;
            const typeNames = types.map((t) => t.name);
            for (const field of ["actions", "notActions"]) {
                statement[field]?.forEach((action, actionIndex) => {
                    const problem = checkAction(action, types, typeNames, statement.resources !== undefined);
                    if (problem) {
                        diagnostics.push((0,source_location/* diagnosticAt */.R)(role.file, `${role.pointer}/policy/${index}/${field}/${actionIndex}`, problem.found, problem.severity));
                    }
                });
            }
        });
    }
    return diagnostics;
};
/** The known resource types a statement's specifiers denote (unparsable or unknown ones are left out). */
function statementResourceTypes(statement) {
    const found = new Map();
    for (const text of [...(statement.resources ?? []), ...(statement.notResources ?? [])]) {
        const parsed = (0,resource_specifier/* parseResourceSpecifier */.q)(text);
        if (!parsed.ok)
            continue;
        const type = resourceTypeByPath(parsed.specifier.typePath);
        if (type)
            found.set(type.name, type);
    }
    return [...found.values()];
}
function checkAction(action, types, typeNames, byResources) {
    if (action === "*")
        return undefined;
    if (action.includes("*")) {
        const matches = types.some((t) => [...t.actions, ...t.uncertain].some((name) => (0,glob/* globMatches */.m)(action, name)));
        return matches
            ? undefined
            : {
                found: (0,finding/* finding */.g)("role.action-glob-unmatched", { action, types: typeNames }),
                severity: "warning",
            };
    }
    if (types.some((t) => t.actions.has(action)))
        return undefined;
    if (types.some((t) => t.uncertain.has(action))) {
        return {
            found: (0,finding/* finding */.g)("role.action-undocumented", { action, types: typeNames }),
            severity: "warning",
        };
    }
    const known = [...new Set(types.flatMap((t) => [...t.actions]))];
    const near = known.length > 0 ? (0,mod/* closest */.kp)(action, known) : undefined;
    if (near !== undefined && isTypo(action, near)) {
        return {
            found: (0,finding/* finding */.g)("role.action-typo", { action, types: typeNames, suggestion: near }),
            severity: "error",
        };
    }
    // Documented for another type, and the statement's types have documented lists: it grants nothing here.
    // (`notResources` means every resource but those named, so its types do not bound the action.)
    const documentedOwners = resourceTypesAll().filter((t) => t.actions.has(action));
    if (documentedOwners.length > 0 && byResources && types.every((t) => t.actions.size > 0)) {
        return {
            found: (0,finding/* finding */.g)("role.action-wrong-type", {
                action,
                types: typeNames,
                owners: documentedOwners.map((t) => t.name),
                suggestions: nearestActions(action, types, documentedOwners),
            }),
            severity: "error",
        };
    }
    const owners = resourceTypesAll().filter((t) => t.actions.has(action) || t.uncertain.has(action));
    if (owners.length > 0) {
        return {
            found: (0,finding/* finding */.g)("role.action-other-type", {
                action,
                types: typeNames,
                owners: owners.map((t) => t.name),
            }),
            severity: "warning",
        };
    }
    return {
        found: (0,finding/* finding */.g)("role.action-unknown", { action, types: typeNames }),
        severity: "warning",
    };
}
/** Clearly a misspelling: differs only in case, by one edit, or by two edits in a long name. */
function isTypo(action, near) {
    if (action.toLowerCase() === near.toLowerCase())
        return true;
    const d = (0,mod/* distance */.Io)(action, near);
    return d === 1 || (d === 2 && near.length >= 10);
}
/** Where another type's action has a differently named equivalent (segment-semantic-patch.md: targets). */
const COUNTERPARTS = {
    updateTargets: ["updateIncluded", "updateExcluded"],
};
const SUGGESTED = 3;
/**
 * The statement's actions nearest to `action`: known equivalents, then the same name with the type swapped
 * (`createFlag` → `createSegment`), then those sharing the most words (`update`, `Targets`), then by edit distance.
 */
function nearestActions(action, types, owners) {
    const candidates = [...new Set(types.flatMap((t) => [...t.actions]))].filter((name) => name !== "*");
    const swapped = new Set(owners.flatMap((owner) => types.map((type) => action.replace(typeWord(owner.name), typeWord(type.name)))));
    const counterparts = COUNTERPARTS[action] ?? [];
    const words = new Set(camelWords(action));
    const rank = (name) => {
        const counterpart = counterparts.indexOf(name);
        return [
            counterpart >= 0 ? counterpart : swapped.has(name) ? counterparts.length : Number.MAX_SAFE_INTEGER,
            -camelWords(name).filter((w) => words.has(w)).length,
            (0,mod/* distance */.Io)(action, name),
        ];
    };
    return candidates
        .map((name) => ({ name, rank: rank(name) }))
        .sort((a, b) => compareRanks(a.rank, b.rank) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .slice(0, SUGGESTED)
        .map((c) => c.name);
}
function compareRanks(a, b) {
    for (let i = 0; i < a.length; i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** `metric-group` → `MetricGroup`: a type's name as it appears inside an action name. */
function typeWord(type) {
    return type
        .split("-")
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join("");
}
/** `updateExpiringTargets` → `update`, `expiring`, `targets`. */
function camelWords(name) {
    return name.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
}

;// CONCATENATED MODULE: ./src/validate/rules/role-statements.ts



/**
 * A policy statement has exactly one of `resources`/`notResources` and exactly one of `actions`/`notActions`
 * (StatementPost). Combining `notResources` with `notActions` is accepted by LaunchDarkly but rarely meant.
 */
const checkRoleStatements = (config) => {
    const diagnostics = [];
    for (const role of config.roles) {
        if (!(0,config_file/* isSchemaValid */.m)(role.file, role.pointer))
            continue;
        role.definition.policy.forEach((statement, index) => {
            const pointer = `${role.pointer}/policy/${index}`;
            for (const [positive, negative] of [
                ["resources", "notResources"],
                ["actions", "notActions"],
            ]) {
                const has = statement[positive] !== undefined;
                const hasNot = statement[negative] !== undefined;
                if (has && hasNot) {
                    diagnostics.push((0,source_location/* diagnosticAt */.R)(role.file, `${pointer}/${negative}`, (0,finding/* finding */.g)("role.statement-both", {
                        role: role.definition.key,
                        field: positive,
                        negated: negative,
                    })));
                }
                else if (!has && !hasNot) {
                    diagnostics.push((0,source_location/* diagnosticAt */.R)(role.file, pointer, (0,finding/* finding */.g)("role.statement-neither", {
                        role: role.definition.key,
                        field: positive,
                        negated: negative,
                    })));
                }
                else if ((statement[positive] ?? statement[negative])?.length === 0) {
                    diagnostics.push((0,source_location/* diagnosticAt */.R)(role.file, `${pointer}/${has ? positive : negative}`, (0,finding/* finding */.g)("role.statement-empty", { field: has ? positive : negative, negated: !has })));
                }
            }
            if (statement.notResources !== undefined && statement.notActions !== undefined) {
                diagnostics.push((0,source_location/* diagnosticAt */.R)(role.file, `${pointer}/notActions`, (0,finding/* finding */.g)("role.not-resources-not-actions", {}), "warning"));
            }
        });
    }
    return diagnostics;
};

;// CONCATENATED MODULE: ./src/validate/rules/rollout-weights.ts




/** 1% in LaunchDarkly's unit for a rollout weight (thousandths of a percent). */
const ONE_PERCENT = 1000;
/**
 * A rule weight is in thousandths of a percent, so `weight: 50` written for 50% includes 0.05% of the matching
 * contexts and passes the schema. A weight under 1% is rare enough on purpose to warn about; 0 (nobody) reads the
 * same in either unit.
 */
const checkRolloutWeights = (config) => {
    const diagnostics = [];
    for (const segment of config.segments) {
        if (!(0,config_file/* isSchemaValid */.m)(segment.file, segment.pointer))
            continue;
        const { definition } = segment;
        const lists = [
            [[], definition.rules],
            ...Object.entries(definition.overrides).map(([environment, override]) => [
                ["environments", environment],
                override.rules,
            ]),
        ];
        for (const [at, rules] of lists) {
            rules?.forEach((rule, index) => {
                const weight = rule.weight;
                if (weight === undefined || weight === 0 || weight >= ONE_PERCENT)
                    return;
                diagnostics.push((0,source_location/* diagnosticAt */.R)(segment.file, `${segment.pointer}${(0,json_pointer/* toJsonPointer */.Hk)([...at, "rules", String(index), "weight"])}`, (0,finding/* finding */.g)("segment.small-rollout-weight", { key: definition.key, weight }), "warning"));
            });
        }
    }
    return diagnostics;
};

;// CONCATENATED MODULE: ./src/validate/rules/segment-references.ts




/**
 * A `segmentMatch` clause names other segments by key, in the same project and environment. A segment the
 * repo declares is fine; one it does not may exist only in LaunchDarkly, which validate cannot see: warn.
 * A segment that matches itself is an error.
 */
const checkSegmentReferences = (config) => {
    const declared = new Set();
    for (const { definition } of config.segments) {
        for (const environment of definition.environments) {
            declared.add(`${definition.project}/${environment}/${definition.key}`);
        }
    }
    // pointer of the value → environments where the named segment is missing (one warning per clause value).
    const missing = new Map();
    const diagnostics = [];
    const selfReported = new Set();
    for (const segment of config.segments) {
        if (!(0,config_file/* isSchemaValid */.m)(segment.file, segment.pointer))
            continue;
        for (const desired of resolvedSegments(segment.definition)) {
            desired.rules?.forEach((rule, ruleIndex) => {
                rule.clauses.forEach((clause, clauseIndex) => {
                    if (clause.op !== "segmentMatch")
                        return;
                    const rulesPointer = segmentFieldPointer(segment, desired.environment, "rules");
                    clause.values.forEach((value, valueIndex) => {
                        const isOtherKey = typeof value === "string" && value !== desired.key;
                        if (isOtherKey && declared.has(`${desired.project}/${desired.environment}/${value}`))
                            return;
                        const pointer = `${rulesPointer}/${ruleIndex}/clauses/${clauseIndex}/values/${valueIndex}`;
                        if (isOtherKey) {
                            const entry = missing.get(pointer) ?? {
                                file: segment.file,
                                key: value,
                                project: desired.project,
                                environments: [],
                            };
                            entry.environments.push(desired.environment);
                            missing.set(pointer, entry);
                            return;
                        }
                        // Not a key, or this segment's own: the same in every environment, so reported once.
                        if (selfReported.has(pointer))
                            return;
                        selfReported.add(pointer);
                        diagnostics.push((0,source_location/* diagnosticAt */.R)(segment.file, pointer, typeof value === "string"
                            ? (0,finding/* finding */.g)("segment.self-match", { key: desired.key })
                            : (0,finding/* finding */.g)("segment.match-value-not-key", {})));
                    });
                });
            });
        }
    }
    for (const [pointer, entry] of missing) {
        diagnostics.push((0,source_location/* diagnosticAt */.R)(entry.file, pointer, (0,finding/* finding */.g)("segment.unknown-segment-match", {
            key: entry.key,
            scopes: entry.environments.map((e) => `${entry.project}/${e}`),
        }), "warning"));
    }
    return diagnostics;
};

;// CONCATENATED MODULE: ./src/validate/rules/segment-target-limit.ts





/** A standard segment holds at most 15,000 individual targets (all lists, all context kinds) per environment. */
const checkSegmentTargetLimit = (config) => {
    const diagnostics = [];
    for (const segment of config.segments) {
        if (!(0,config_file/* isSchemaValid */.m)(segment.file, segment.pointer))
            continue;
        for (const desired of resolvedSegments(segment.definition)) {
            if (desired.unbounded)
                continue;
            const count = (desired.included?.length ?? 0) +
                (desired.excluded?.length ?? 0) +
                sumValues(desired.includedContexts) +
                sumValues(desired.excludedContexts);
            if (count <= limits/* MAX_STANDARD_SEGMENT_TARGETS */.e)
                continue;
            const override = segment.definition.overrides[desired.environment];
            const pointer = override && Object.keys(override).length > 0
                ? `${segment.pointer}/environments/${desired.environment}`
                : segment.pointer;
            diagnostics.push((0,source_location/* diagnosticAt */.R)(segment.file, pointer, (0,finding/* finding */.g)("segment.too-many-targets", {
                key: desired.key,
                environment: desired.environment,
                count,
                max: limits/* MAX_STANDARD_SEGMENT_TARGETS */.e,
            })));
        }
    }
    return diagnostics;
};
function sumValues(targets) {
    return (targets ?? []).reduce((sum, t) => sum + t.values.length, 0);
}

;// CONCATENATED MODULE: ./src/validate/validation-rules.ts









/** The checks that run after the schema, in order. */
const VALIDATION_RULES = [
    checkDuplicateKeys,
    checkSegmentTargetLimit,
    checkBigSegments,
    checkRolloutWeights,
    checkSegmentReferences,
    checkMetricKinds,
    checkRoleStatements,
    checkResourceSpecifiers,
    checkRoleActions,
];
/** Every rule over the whole loaded configuration (the checks that need more than one file). */
function runValidationRules(config) {
    return VALIDATION_RULES.flatMap((rule) => rule(config));
}

// EXTERNAL MODULE: ./src/pipeline/time-slice.ts
var time_slice = __webpack_require__(71406);
;// CONCATENATED MODULE: ./src/pipeline/load-and-validate.ts
// Load → validate: reads every config file of a directory, builds the desired state, and runs the schema and
// the rules. The first two stages of the pipeline; `createPlan` (./create-plan.ts) continues from here.











/** The config directory is missing or is not a directory: nothing can be validated. */
class ConfigDirectoryError extends Error {
    name = "ConfigDirectoryError";
}
/**
 * Loads every `*.yaml`/`*.yml` under `dir` (recursively, sorted), builds the desired state and runs the
 * schema and every rule. `state` holds what could be loaded even when there are errors; callers stop on any
 * diagnostic with `severity: "error"`. Throws `ConfigDirectoryError` when `dir` is not a directory.
 */
async function validateConfigDirectory(dir, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const root = (0,external_node_path_.resolve)(cwd, dir);
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(root).isDirectory();
    }
    catch {
        throw new ConfigDirectoryError(`config directory \`${dir}\` does not exist: create it, or point to your config with --dir`);
    }
    if (!isDirectory)
        throw new ConfigDirectoryError(`\`${dir}\` is not a directory: --dir takes the folder that holds the *.yaml files`);
    const diagnostics = [];
    const loaded = (0,build_desired_state/* emptyLoadedConfig */.L7)(root);
    const { paths, refusedLinks } = listConfigFiles(root);
    for (const link of refusedLinks) {
        diagnostics.push({
            file: displayPath(link.path, cwd),
            line: 1,
            column: 1,
            path: "",
            ...(0,finding/* finding */.g)("config.link-not-read", link.reason),
            severity: "error",
        });
    }
    if (paths.length === 0 && refusedLinks.length === 0) {
        diagnostics.push({
            file: displayPath(root, cwd),
            line: 1,
            column: 1,
            path: "",
            ...(0,finding/* finding */.g)("config.no-files", {}),
            severity: "warning",
        });
    }
    const files = paths.map((path) => ({ absolutePath: path, displayName: displayPath(path, cwd) }));
    const slice = new time_slice/* TimeSlice */.I();
    let checked = 0;
    let failed = false;
    for await (const parsed of (0,parse_config_files.parseConfigFiles)(files, { workers: options.parseWorkers })) {
        diagnostics.push(...parsed.diagnostics);
        if (parsed.file.value !== undefined)
            diagnostics.push(...validateFileSchema(parsed.file));
        (0,build_desired_state/* addConfigFile */.Sq)(loaded, parsed.file, diagnostics);
        // Keep memory flat across hundreds of files; locating a later diagnostic parses the file again.
        // (A file parsed on a worker arrives without its document.)
        parsed.file.document = undefined;
        parsed.file.value = undefined;
        for (; checked < diagnostics.length; checked++)
            if (diagnostics[checked].severity === "error")
                failed = true;
        // After an error no plan will be made: starting more reads would only ask LaunchDarkly for nothing.
        if (options.onFileLoaded && !failed) {
            options.onFileLoaded(loaded.state);
            await slice.yieldIfDue();
        }
    }
    diagnostics.push(...runValidationRules(loaded));
    // Member files are read last, and only when some segment names one: a million rows stream through here.
    if (loaded.segments.some((segment) => hasMembers(segment.definition))) {
        const members = await readSegmentMembers(loaded, {
            cwd,
            ...(options.onMemberProgress ? { onProgress: options.onMemberProgress } : {}),
        });
        diagnostics.push(...members.diagnostics);
        loaded.state.memberSets = members.memberSets;
    }
    return { state: loaded.state, diagnostics: sortDiagnostics(diagnostics), files: loaded.state.files.length };
}
function hasMembers(definition) {
    return ((definition.members?.length ?? 0) > 0 ||
        Object.values(definition.overrides).some((override) => (override.members?.length ?? 0) > 0));
}


/***/ }),

/***/ 71406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ TimeSlice)
/* harmony export */ });
/* unused harmony export SLICE_MS */
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
// Long synchronous work (loading files, planning early) that runs while reads are in flight: every few milliseconds it
// lets the event loop take the answers that arrived and send the next requests, so the reads keep their pace.


/** How long work runs before the event loop gets a turn. */
const SLICE_MS = 3;
class TimeSlice {
    start = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
    /** Whether this slice's time is up (then `yield` before going on). */
    get due() {
        return node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - this.start >= SLICE_MS;
    }
    /** Gives the event loop a turn when the slice is up; starts the next slice. */
    async yieldIfDue() {
        if (!this.due)
            return;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setImmediate)();
        this.start = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
    }
}


/***/ }),

/***/ 79513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ formatDiagnosticText)
/* harmony export */ });
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57336);
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picocolors__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17370);


/** `file:line:column: severity: message`, the form editors and terminals turn into links. */
function formatDiagnosticText(diagnostic, options = {}) {
    const c = picocolors__WEBPACK_IMPORTED_MODULE_1___default().createColors(options.color ?? false);
    const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
    const severity = diagnostic.severity === "error" ? c.red("error") : c.yellow("warning");
    return `${c.bold(where)}: ${severity}: ${(0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFinding */ .jb)(diagnostic)}`;
}


/***/ }),

/***/ 83112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ forCount),
/* harmony export */   p: () => (/* binding */ countOf)
/* harmony export */ });
// Counted wording shared by every renderer, the CLI and the Action: `1 resource`, `2 resources`.
/** `1 resource`, `2 resources`; irregular nouns give their plural: `countOf(2, "policy", "policies")`. */
function countOf(count, singular, plural = `${singular}s`) {
    return `${count} ${forCount(count, singular, plural)}`;
}
/** The word that agrees with `count`: `forCount(1, "differs", "differ")`, `forCount(2, "is", "are")`. */
function forCount(count, one, many) {
    return count === 1 ? one : many;
}


/***/ }),

/***/ 17370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ planWarningMarkdown),
/* harmony export */   X5: () => (/* binding */ describePlanWarning),
/* harmony export */   cM: () => (/* binding */ nameSetting),
/* harmony export */   dE: () => (/* binding */ flagUseText),
/* harmony export */   jb: () => (/* binding */ describeFinding)
/* harmony export */ });
/* unused harmony export FINDING_MESSAGES */
/* harmony import */ var _load_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61768);
// The one catalogue of wording for findings: each code (src/model/finding.ts) and how it reads for a person.
// Stages produce codes and parameters; the CLI, the Markdown, the GitHub annotations and the JSON output word them
// here, so a message is changed in one place and a setting is named the way the reader types it.

/** The setting as the reader would change it: `--delete-threshold 3,100%` or `` `delete-threshold: 3,100%` ``. */
function nameSetting(setting, edge = "cli") {
    const value = setting.name === "prune" ? "true" : setting.value;
    if (edge === "action") {
        return value === undefined
            ? `the \`${setting.name}\` input`
            : setting.name === "prune"
                ? `the \`prune: true\` input`
                : `\`${setting.name}: ${value}\``;
    }
    return setting.name === "prune" || value === undefined ? `--${setting.name}` : `--${setting.name} ${value}`;
}
/** The words for one finding. */
function describeFinding(found, options = {}) {
    const wording = FINDING_MESSAGES[found.code];
    const edge = options.edge ?? "cli";
    return wording(found.params, options.nameSetting ?? ((setting) => nameSetting(setting, edge)));
}
const KEY_FORMAT = "a key starts with a letter or digit and contains only letters, digits, `_`, `.` and `-`";
/** Every finding code and its wording. */
const FINDING_MESSAGES = {
    "file.too-large": ({ bytes, limit }) => `file is ${megabytes(bytes)}, over the ${megabytes(limit)} limit for a config file: split it into several smaller files (any *.yaml under the config directory is read)`,
    "file.binary": () => "file looks binary (it contains a NUL byte), not YAML text: remove it from the config directory",
    "file.not-utf8": ({ byte, offset }) => `file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, "0")} at offset ${offset}): save it as UTF-8`,
    "file.empty": () => "file is empty: it declares no segments, metrics or roles",
    "config.no-files": () => "no *.yaml or *.yml files found: nothing to manage",
    "yaml.duplicate-key": ({ key, firstLine, firstColumn }) => `duplicate key \`${key}\`: it is already set at line ${firstLine}, column ${firstColumn}; YAML keeps only one value, so remove or merge the two`,
    "yaml.multiple-documents": () => "file holds several YAML documents (separated by `---`): put each in its own file",
    "yaml.syntax-error": ({ detail }) => `YAML syntax error: ${detail}`,
    "yaml.warning": ({ detail }) => `YAML: ${detail}`,
    "config.link-not-read": (reason) => reason.kind === "broken"
        ? "not read: it is a broken symbolic link: remove it or point it at a file"
        : reason.kind === "outside"
            ? `not read: it is a symbolic link to ${reason.target}, outside the config directory: copy the ${reason.isDirectory ? "files" : "file"} in instead; ld-gitops reads only the config directory`
            : "not read: it is a symbolic link to a directory, which ld-gitops does not follow: move the files into the config directory or link each file",
    "config.owner-mismatch": ({ owner, firstOwner, firstFile, firstLine }) => `\`owner\` is \`${owner}\` here but \`${firstOwner}\` in ${firstFile}:${firstLine}: one configuration has one owner; set it once (or the same in every file)`,
    "yaml.not-loadable": ({ detail }) => `YAML: ${detail}`,
    "yaml.alias-limit": ({ added, max }) => `YAML aliases expand too far: from this first alias on, they would add ${added !== null ? `${added.toLocaleString("en-US")} values` : "values without end (an alias inside its own anchor)"}, more than ${max.toLocaleString("en-US")} (an alias bomb); write the values out instead of using anchors and aliases`,
    "schema.unknown-field": ({ field, noun, known, suggestion }) => suggestion !== undefined
        ? `unknown field \`${field}\` in ${noun}; did you mean \`${suggestion}\`?`
        : `unknown field \`${field}\` in ${noun}; known fields: ${known.join(", ")}`,
    "schema.server-set-field": ({ field }) => `\`${field}\` is set by LaunchDarkly, not by you: remove it (API responses and exports include such fields, the config must not)`,
    "schema.not-overridable": ({ field, overridable }) => `\`${field}\` cannot be overridden per environment; an override may set ${overridable.join(", ")}`,
    "schema.role-project": () => "roles are account-wide and have no `project`: remove it (scope the role with resource specifiers such as `proj/web-app:env/*:segment/*`)",
    "schema.segment-environment-keys": () => "a segment's environments come from the file's top-level `environments` list; put segments for other environments in another file",
    "schema.segment-environments-list": ({ listed, fileEnvironments }) => {
        const overrides = `on a segment, \`environments\` holds per-environment overrides (a mapping such as \`${listed[0] ?? "production"}: { included: [...] }\`), not a list; the list of environments belongs at file level`;
        const list = `\`environments: [${listed.join(", ")}]\``;
        if (fileEnvironments === undefined)
            return `${overrides}: move ${list} to the top of the file`;
        const same = listed.length === fileEnvironments.length && listed.every((e) => fileEnvironments.includes(e));
        return same
            ? `${overrides}, and this file's already says ${list}: remove it from the segment`
            : `${overrides}: a segment exists in every environment of its file (here ${fileEnvironments.map((e) => `\`${e}\``).join(", ")}), so put this one in a file with ${list}`;
    },
    "schema.required": ({ noun, field }) => `${article(noun)} ${noun} needs \`${field}\`${requiredHint(field, noun)}`,
    "schema.file-not-mapping": ({ got }) => `a config file must be a mapping with \`segments\`, \`metrics\` and/or \`roles\` (plus \`project\` and \`environments\`); this one is ${describeValue(got)}`,
    "schema.wrong-type": ({ pointer, expected, got }) => `${label(pointer)} must be ${typeName(expected)}; got ${describeValue(got)}`,
    "schema.not-allowed": ({ pointer, allowed, got, suggestion }) => `${label(pointer)} must be one of ${allowed.join(", ")}; got \`${got}\`${suggestion !== undefined ? `; did you mean \`${suggestion}\`?` : ""}`,
    "schema.operator-synonym": ({ got, operator, negate }) => `\`${got}\` is not a LaunchDarkly operator: use \`op: ${operator}\`${negate ? " with `negate: true`" : ""}${operator === "in" ? `, which matches when the attribute equals any of \`values\`${negate ? " (negated: none of them)" : ""}` : ""}`,
    "schema.invalid-environment-key": ({ key }) => `\`${key}\` is not a valid environment key: ${KEY_FORMAT}`,
    "schema.invalid-key": ({ pointer, value }) => `${label(pointer)} \`${value}\` is not valid: ${KEY_FORMAT}`,
    "schema.out-of-range": ({ pointer, min, max, got }) => `${label(pointer)} must be between ${min} and ${max}${lastSegment(pointer) === "weight" ? " (thousandths of a percent: 50000 is 50%)" : ""}; got ${got}`,
    "schema.limit": ({ pointer, bound, limit, got }) => `${label(pointer)} must be ${bound === "minimum" ? "at least" : "at most"} ${limit}; got ${got}`,
    "schema.empty-string": ({ pointer }) => `${label(pointer)} must not be empty`,
    "schema.empty-list": ({ pointer }) => `${label(pointer)} must not be an empty list`,
    "schema.empty-clause-values": ({ clause, attribute }) => clause === "segmentMatch"
        ? "`values` needs at least one segment key; a `segmentMatch` clause with none matches no one"
        : clause === "negated"
            ? `\`values\` needs at least one value; a negated clause with none matches everyone who has \`${attribute}\``
            : "`values` needs at least one value; a clause with none matches no one",
    "schema.duplicate-item": ({ pointer, item, first, second }) => `${label(pointer)} lists \`${item}\` twice (items ${first} and ${second})`,
    "schema.invalid-format": ({ pointer, format, value }) => format === "regex"
        ? `${label(pointer)} \`${value}\` is not a valid regular expression`
        : format === "uri"
            ? `${label(pointer)} \`${value}\` is not a full URL (such as \`https://example.com/checkout\`)`
            : `${label(pointer)} must be a valid ${format}; got \`${value}\``,
    "schema.invalid": ({ pointer, detail }) => `${label(pointer)} ${detail ?? "is not valid"}`,
    "schema.url-matcher-missing-field": ({ kind, field, stray, strayKind }) => stray === undefined
        ? `${article(kind)} \`${kind}\` URL matcher needs \`${field}\``
        : `${article(kind)} \`${kind}\` URL matcher needs \`${field}\`; got \`${stray}\` (which \`${strayKind}\` matchers use): rename it to \`${field}\`, or set \`kind: ${strayKind}\``,
    "schema.url-matcher-stray-field": ({ field, kind, own }) => `\`${field}\` does not belong in ${article(kind)} \`${kind}\` URL matcher, which matches on \`${own}\`: remove it`,
    "config.no-project": ({ noun, key }) => `${noun} \`${key}\` has no project: add \`project: <project-key>\` at the top of the file or on the ${noun}`,
    "config.segments-without-environments": () => "this file has segments but no `environments`: add a top-level list such as `environments: [production, staging]` naming the environments its segments exist in",
    "config.unknown-override-environment": ({ key, environment, environments, suggestion }) => `segment \`${key}\` overrides environment \`${environment}\`, but this file's segments exist only in ${environments.map((e) => `\`${e}\``).join(", ") || "no environment"}: ${suggestion !== undefined ? `did you mean \`${suggestion}\`?` : `add \`${environment}\` to the file's \`environments\` list or fix the name`}`,
    "resource.duplicate": ({ resource, file, line, column }) => `duplicate ${declared(resource)}: also declared at ${file}:${line}:${column}; declare each resource once`,
    "segment.too-many-targets": ({ key, environment, count, max }) => `segment \`${key}\` has ${count.toLocaleString("en-US")} individual targets in ${environment}; a standard segment holds at most ${max.toLocaleString("en-US")}: make it a big segment (\`unbounded: true\`) or use rules`,
    "segment.context-kind-on-standard": ({ key }) => `\`unboundedContextKind\` applies only to big segments: add \`unbounded: true\` to segment \`${key}\` or remove it`,
    "segment.big-segment-rules": ({ key }) => `big segment \`${key}\` cannot have rules: LaunchDarkly big segments are lists only; remove the rules or make it a standard segment`,
    "segment.big-segment-user-keys": ({ key, contextKind, field }) => `big segment \`${key}\` targets context kind \`${contextKind}\`, but \`${field}\` holds user keys: list them under \`${field}Contexts\` with \`contextKind: ${contextKind}\`, or set \`unboundedContextKind: user\``,
    "segment.big-segment-context-kind": ({ key, contextKind, got }) => `big segment \`${key}\` holds one context kind, \`${contextKind}\` (its \`unboundedContextKind\`); got \`${got}\``,
    "segment.self-match": ({ key }) => `segment \`${key}\` cannot match itself with \`segmentMatch\``,
    "segment.small-rollout-weight": ({ key, weight }) => `a rule of segment \`${key}\` includes only ${weight / 1000}% of the contexts it matches: \`weight\` is in thousandths of a percent (50000 is 50%)${weight <= 100 ? `; for ${weight}% write \`weight: ${weight * 1000}\`` : ""}`,
    "segment.match-value-not-key": () => "`segmentMatch` values are segment keys (strings)",
    "segment.unknown-segment-match": ({ key, scopes }) => `\`segmentMatch\` names segment \`${key}\`, which this repo does not declare in ${scopes.join(", ")}: it must already exist in LaunchDarkly, or the clause matches no one`,
    "segment.missing-segment-match": ({ key, missing, deleted, prune }, name) => {
        const reasons = [];
        if (missing.length > 0)
            reasons.push(`exists neither in this repo nor in LaunchDarkly in ${missing.join(", ")}`);
        if (deleted.length > 0)
            reasons.push(`is not in this repo and this plan deletes it (${name(prune)}) in ${deleted.join(", ")}`);
        return `\`segmentMatch\` names segment \`${key}\`, which ${reasons.join(", and ")}: apply would write a rule that matches no one. Declare the segment in the repo, create it in LaunchDarkly, or fix the key.`;
    },
    "segment.unknown-context-kind": ({ key, kind, project, at, archived, available, suggestion }) => `segment \`${key}\` uses context kind \`${kind}\`, which ${archived ? `is archived in project \`${project}\` and cannot be targeted` : `does not exist in project \`${project}\``} (at ${at}; the project has: ${available.join(", ") || "none"}): ` +
        `${suggestion !== undefined ? `did you mean \`${suggestion}\`? ` : ""}fix the kind, or declare it under \`contextKinds\` so apply creates it first`,
    "metric.missing-field": ({ key, field, kind }) => `metric \`${key}\` needs \`${field}\`: ${metricFieldPurpose(field, kind)}`,
    "metric.field-not-for-kind": ({ key, field, kind, appliesTo }) => `\`${field}\` applies only to ${METRIC_KINDS_NAMED[appliesTo]} metrics; metric \`${key}\` is a ${kind} metric: remove it`,
    "metric.percentile-value-missing": ({ key }) => `metric \`${key}\` uses \`analysisType: percentile\` and needs \`percentileValue\` (e.g. 95)`,
    "metric.percentile-value-unused": () => "`percentileValue` applies only with `analysisType: percentile`",
    "role.statement-both": ({ role, field, negated }) => `a statement has either \`${field}\` or \`${negated}\`, not both: keep one (role \`${role}\`)`,
    "role.statement-neither": ({ role, field, negated }) => `statement needs \`${field}\` (or \`${negated}\`): the ${field === "resources" ? "resources the statement covers" : "actions it allows or denies"} (role \`${role}\`)`,
    "role.statement-empty": ({ field, negated }) => `\`${field}\` is empty, so the statement ${negated ? "covers everything" : "has no effect"}: list at least one`,
    "role.not-resources-not-actions": () => "`notResources` with `notActions` covers every other action on every other resource: LaunchDarkly accepts it, but check that is what you mean",
    "role.specifier-invalid": ({ specifier, character, detail }) => `resource specifier \`${specifier}\` is not valid at character ${character}: ${detail}`,
    "role.specifier-warning": ({ specifier, detail }) => `resource specifier \`${specifier}\`: ${detail}`,
    "role.specifier-unnamed": ({ specifier, type }) => `resource specifier \`${specifier}\`: \`${type}\` has no name; write \`${type}/*\` for every ${type} or \`${type}/<key>\``,
    "role.specifier-bare": ({ specifier, type }) => `resource specifier \`${specifier}\`: \`${type}\` is written bare, without a name`,
    "role.specifier-type-typo": ({ specifier, type, suggestion }) => `resource specifier \`${specifier}\`: unknown resource type \`${type}\`; did you mean \`${suggestion}\`?`,
    "role.specifier-unknown-type": ({ specifier, type }) => `resource specifier \`${specifier}\`: resource type \`${type}\` is not one ld-gitops knows; check it against LaunchDarkly's role resources documentation`,
    "role.specifier-wrong-chain": ({ specifier, resourceType, chains }) => `resource specifier \`${specifier}\`: \`${resourceType}\` resources are written ${chains.map(writtenChain).join(" or ")} (each parent in order)`,
    "role.specifier-unknown-chain": ({ specifier, chain }) => `resource specifier \`${specifier}\`: the chain \`${chain}\` is not one ld-gitops knows; check it against LaunchDarkly's role resources documentation`,
    "role.action-glob-unmatched": ({ action, types }) => `action glob \`${action}\` matches no known ${types.join("/")} action: check it`,
    "role.action-undocumented": ({ action, types }) => `action \`${action}\` is not in LaunchDarkly's documented ${types.join("/")} actions (seen only in older or unofficial sources): check that LaunchDarkly still accepts it`,
    "role.action-typo": ({ action, types, suggestion }) => `unknown action \`${action}\` for ${types.join("/")} resources; did you mean \`${suggestion}\`?`,
    "role.action-wrong-type": ({ action, types, owners, suggestions }) => `\`${action}\` is ${withArticle(owners.join("/"))} action, not ${withArticle(types.join("/"))} action, so this statement grants nothing with it: ${suggestions.length > 0 ? `use ${withArticle(types.join("/"))} action such as ${orList(suggestions)}, or ` : ""}grant \`${action}\` in a statement about ${owners.join("/")} resources`,
    "role.action-other-type": ({ action, types, owners }) => `\`${action}\` is ${withArticle(owners.join("/"))} action, not ${withArticle(types.join("/"))} action: it has no effect on this statement's resources`,
    "role.action-unknown": ({ action, types }) => `action \`${action}\` is not one ld-gitops knows for ${types.join("/")} resources (LaunchDarkly's list may be incomplete): check the name`,
    "members.outside-config": ({ file }) => `member file \`${file}\` is outside the configuration directory: keep member files inside the repository's configuration directory, next to the YAML that names them`,
    "members.unknown-format": ({ file }) => `cannot tell the format of member file \`${file}\` from its name: add \`format:\` (csv, tsv, text, ndjson or json), or name it *.csv, *.tsv, *.txt, *.ndjson or *.json (optionally .gz)`,
    "members.file-missing": ({ file }) => `member file \`${file}\` does not exist: check the path (relative to this YAML file), or commit the file`,
    "members.file-unreadable": ({ file, detail }) => `member file \`${file}\` cannot be read: ${detail}`,
    "members.column-missing": ({ column, columns }) => typeof column === "number"
        ? `column ${column} does not exist: the first row has ${columns.length} column${columns.length === 1 ? "" : "s"}; set \`column:\` to a column number from 1 to ${columns.length}`
        : `the header has no column \`${column}\`${columns.length > 0 ? `; it has ${columns.map((c) => `\`${c}\``).join(", ")}` : ""}: set \`column:\` to one of them (or \`header: false\` and a column number when the file has no header row)`,
    "members.column-needed": ({ format }) => `the ${format === "ndjson" ? "lines" : "array elements"} are objects: set \`column:\` to the field that holds the context key`,
    "members.unreadable-row": ({ detail }) => `this row cannot be read: ${detail}`,
    "members.not-a-key": ({ got }) => `a context key must be a string; got ${got}`,
    "members.empty-key": () => "empty context key: remove the row, or fix the export that wrote it (an empty key targets no one)",
    "members.key-whitespace": ({ key }) => `context key ${JSON.stringify(key)} has spaces or tabs around it: LaunchDarkly compares keys exactly, so it would target no one; trim it in the export`,
    "members.key-control-character": ({ key, code }) => `context key ${JSON.stringify(key)} contains the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}: remove it in the export`,
    "members.key-too-long": ({ length, max }) => `context key is ${length.toLocaleString("en-US")} characters long; ld-gitops allows at most ${max} (see docs/audience-sync.md): is this column the context key?`,
    "members.more-problems": ({ count }) => `${count.toLocaleString("en-US")} more row${count === 1 ? "" : "s"} of this file have problems like the ones above`,
    "members.duplicates": ({ count, key }) => `${count.toLocaleString("en-US")} row${count === 1 ? " repeats a key" : "s repeat keys"} of earlier rows (the first here: ${JSON.stringify(key)}): each key counts once; check the export if that is unexpected`,
    "members.empty": ({ file }) => `member file \`${file}\` holds no keys: a broken export must not empty a segment; fix the export, or add \`allowEmpty: true\` to this entry if an empty segment is intended`,
    "members.in-both-lists": ({ key, count, contextKind, environment }) => `${count.toLocaleString("en-US")} ${contextKind} key${count === 1 ? " is" : "s are"} both included and excluded in ${environment} (the first: ${JSON.stringify(key)}); LaunchDarkly refuses that: remove ${count === 1 ? "it" : "them"} from one list`,
    "members.too-many-for-standard": ({ key, environment, count, max }) => `segment \`${key}\` has ${count.toLocaleString("en-US")} individual targets in ${environment} with its member files; a standard segment holds at most ${max.toLocaleString("en-US")}: declare it a big segment (\`unbounded: true\`). LaunchDarkly cannot convert an existing segment: if it exists, give the big segment a new key`,
    "plan.owned-left-alone": ({ count, prune }, name) => `${count} resource${count === 1 ? "" : "s"} managed by ld-gitops ${count === 1 ? "is" : "are"} no longer in the repository and will be left in LaunchDarkly; plan with ${name(prune)} to delete ${count === 1 ? "it" : "them"}.`,
    "plan.segment-unbounded-immutable": ({ project, environment, key }) => `segment ${project}/${environment}/${key}: "unbounded" and "unboundedContextKind" cannot be changed on an existing segment; delete and recreate it to change them. This plan leaves them as they are.`,
    "plan.big-segment-membership-unchecked": ({ segments, named }) => {
        const more = segments.length - named;
        const list = more > 0 ? `${segments.slice(0, named).join(", ")} and ${more} more` : segments.join(", ");
        const subject = segments.length === 1 ? "big (unbounded) segment" : "big (unbounded) segments";
        return `The membership the repo lists for the ${subject} ${list} is not compared: LaunchDarkly does not return big-segment membership with the segment, so it is written only when the segment is created. Apply leaves the existing membership as it is.`;
    },
    "plan.members-sharp-drop": ({ project, environment, key, list, before, after }) => `segment ${project}/${environment}/${key}: its member files hold ${after.toLocaleString("en-US")} ${list} contexts where LaunchDarkly holds ${before.toLocaleString("en-US")}; a broken or partial export empties a segment this way: check the files before applying`,
    "plan.members-drifted": ({ project, environment, key, expected, live }) => `big segment ${project}/${environment}/${key}: LaunchDarkly holds ${live.toLocaleString("en-US")} members where ld-gitops last applied ${expected.toLocaleString("en-US")}: its membership was changed outside the repository; apply replaces it with the member files`,
    "plan.members-unknown-contexts": ({ file, column, contextKind, project, environment, sampled, known }) => `${known} of ${sampled} sampled keys of ${file}${column !== undefined ? ` (column ${column}, kind ${contextKind})` : ` (kind ${contextKind})`} are known contexts in ${project}/${environment}: is this the identifier your SDKs send as the ${contextKind} key?`,
    "plan.delete-threshold": ({ deletes, owned, percent, maxCount, maxPercent, allow }, name) => {
        const limits = [];
        if (maxCount !== undefined)
            limits.push(`the limit of ${maxCount} delete${maxCount === 1 ? "" : "s"}`);
        if (maxPercent !== undefined)
            limits.push(`the limit of ${maxPercent}% of them`);
        return (`Refusing to plan: this plan would delete ${deletes} of ${owned} resource${owned === 1 ? "" : "s"} managed by ld-gitops (${Math.round(percent)}%), more than ${limits.join(" and ")}. ` +
            `Check that the repository is complete; if these deletes are intended, allow this plan with ${name(allow)}.`);
    },
    "plan.segment-delete-referenced": ({ project, environment, key, flags, segments }) => {
        const uses = [
            ...flags.map(flagUseText),
            ...segments.map((segment) => `segment ${segment}: its rules match it (segmentMatch)`),
        ];
        return (`deleting segment ${project}/${environment}/${key} is refused: it is still used by ${uses.join("; ")}. ` +
            "Remove those references first (edit the flags in LaunchDarkly, or the segments' rules), or keep the segment in the repository; then plan again.");
    },
    "plan.metric-delete-in-use": ({ project, key, activeExperimentCount, activeGuardedRolloutCount, experiments, }) => {
        const running = experiments.map((experiment) => `${experiment.key} in ${experiment.environment}`);
        return (`deleting metric ${project}/${key} is refused: ${runningReaders(activeExperimentCount, activeGuardedRolloutCount)} it${running.length > 0 ? ` (${running.join(", ")})` : ""}. ` +
            "Stop or finish those first, or keep the metric in the repository; then plan again.");
    },
    "plan.metric-in-running-experiment": ({ activeExperimentCount, activeGuardedRolloutCount }) => `${runningReaders(activeExperimentCount, activeGuardedRolloutCount)} this metric: changing it changes the meaning of results mid-iteration`,
    "live.missing-project": ({ project }) => `project "${project}" does not exist in LaunchDarkly (or the token cannot see it)`,
    "live.missing-environment": ({ project, environment, known }) => `environment "${environment}" does not exist in project "${project}" (it has: ${known.join(", ") || "none"})`,
};
/** `flag new-checkout "New checkout" (on): rule 2 "Beta" matches segment beta` (or reached through prerequisites). */
function flagUseText(use) {
    const state = use.on ? "on" : "off";
    const description = use.ruleDescription ? ` ${JSON.stringify(use.ruleDescription)}` : "";
    const rule = `rule ${use.rule}${description} matches segment ${use.segment}`;
    if (use.prerequisitePath && use.prerequisitePath.length > 1) {
        const last = use.prerequisitePath[use.prerequisitePath.length - 1];
        return `flag ${use.flag} ${JSON.stringify(use.name)} (${state}): prerequisite path ${use.prerequisitePath.join(" → ")}; ${last}'s ${rule}`;
    }
    return `flag ${use.flag} ${JSON.stringify(use.name)} (${state}): ${rule}`;
}
/** `2 running experiments and 1 running guarded rollout read`: what reads a metric, with its verb. */
function runningReaders(experiments, rollouts) {
    const what = [
        experiments > 0 ? counted(experiments, "running experiment") : "",
        rollouts > 0 ? counted(rollouts, "running guarded rollout") : "",
    ]
        .filter(Boolean)
        .join(" and ");
    return `${what} ${experiments + rollouts === 1 ? "reads" : "read"}`;
}
function counted(count, noun) {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function megabytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}
/** "an", or "a" (before a consonant or `URL`): the article for `noun`. */
function article(noun) {
    return /^[aeiou]/i.test(noun) && !noun.startsWith("URL") ? "an" : "a";
}
/** `` `a`, `b` or `c` ``. */
function orList(names) {
    const quoted = names.map((n) => `\`${n}\``);
    return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}
function withArticle(noun) {
    return `${/^[aeio]/i.test(noun) ? "an" : "a"} ${noun}`;
}
function requiredHint(field, noun) {
    if (field === "name" && noun === "segment")
        return " (a human-friendly name)";
    if (field === "kind")
        return ": one of pageview, click, custom";
    if (field === "op")
        return " (the operator, such as `in`)";
    if (field === "effect")
        return ": `allow` or `deny`";
    return "";
}
function lastSegment(pointer) {
    return (0,_load_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonPointer */ .H2)(pointer).at(-1) ?? "";
}
/** `op`, or `environments` item 2 for list items: how a person finds the value. */
function label(pointer) {
    const segments = (0,_load_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonPointer */ .H2)(pointer);
    const last = segments.at(-1);
    if (last === undefined)
        return "the file";
    if (/^\d+$/.test(last)) {
        const parent = segments.at(-2);
        return parent === undefined ? `item ${Number(last) + 1}` : `\`${parent}\` item ${Number(last) + 1}`;
    }
    return `\`${last}\``;
}
function typeName(type) {
    switch (type) {
        case "object":
            return "a mapping (`field: value` lines)";
        case "array":
            return "a list";
        case "integer":
            return "a whole number";
        case "boolean":
            return "true or false";
        default:
            return `a ${type}`;
    }
}
function describeValue(value) {
    switch (value.kind) {
        case "nothing":
            return "nothing (an empty value)";
        case "list":
            return "a list";
        case "mapping":
            return "a mapping";
        case "string":
            return `the string \`${value.value}\``;
        case "number":
            return `the number ${value.value}`;
        case "other":
            return `\`${value.text}\``;
    }
}
function declared(resource) {
    switch (resource.type) {
        case "segment":
            return `segment \`${resource.key}\` in ${resource.project}/${resource.environment}`;
        case "metric":
            return `metric \`${resource.key}\` in project ${resource.project}`;
        case "contextKind":
            return `context kind \`${resource.key}\` in project ${resource.project}`;
        case "role":
            return `role \`${resource.key}\``;
    }
}
const METRIC_KINDS_NAMED = {
    click: "click",
    "click-pageview": "click and pageview",
    custom: "custom",
    "numeric-custom": "numeric custom",
};
/** Why a metric of `kind` needs `field` (MetricPost). */
function metricFieldPurpose(field, kind) {
    if (field === "selector")
        return "click metrics count clicks on the elements matching this CSS selector";
    if (field === "urls")
        return kind === "click"
            ? "click metrics count clicks on the pages matching these URLs"
            : "pageview metrics count visits to the pages matching these URLs";
    if (field === "eventKey")
        return "custom metrics count the events your code sends with this key";
    if (field === "unit")
        return "numeric metrics show their values in this unit (e.g. `ms`, `USD`)";
    if (field === "successCriteria")
        return "numeric metrics need to know whether higher or lower is better";
    return `${kind} metrics need it`;
}
/** `proj/*:env/*:segment/…`: a chain of types as it is written, each parent with `/*`. */
function writtenChain(typePath) {
    const types = typePath.split(":");
    return `\`${types.map((t, i) => (i === types.length - 1 ? `${t}/…` : `${t}/*`)).join(":")}\``;
}
/**
 * A plan warning in words; one validate found reads as validate prints it: `file:line:col: warning: message`.
 */
function describePlanWarning(warning, options = {}) {
    const message = describeFinding(warning, options);
    const where = warning.location;
    return where ? `${where.file}:${where.line}:${where.column}: warning: ${message}` : message;
}
/**
 * A plan warning as Markdown: the words escaped by `escapeText`, the settings it names formatted for `edge` afterwards
 * (so the Action's `prune: true` stays a code span).
 */
function planWarningMarkdown(warning, edge, escapeText) {
    const settings = [];
    const text = describePlanWarning(warning, {
        nameSetting: (setting) => `\u0000${settings.push(setting) - 1}\u0000`,
    });
    return escapeText(text).replace(/\u0000(\d+)\u0000/g, (_match, index) => nameSetting(settings[Number(index)] ?? { name: "prune" }, edge));
}


/***/ })

};
