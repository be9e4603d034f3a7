export const id = 782;
export const ids = [782];
export const modules = {

/***/ 32782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVENTS_EXIT: () => (/* binding */ EVENTS_EXIT),
  registerEventsCommand: () => (/* binding */ registerEventsCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
;// CONCATENATED MODULE: ./src/events/event-catalog.ts
function buildEventCatalog(projectKey, metrics, contextKinds) {
    const byEventKey = new Map();
    for (const metric of metrics) {
        // Only custom metrics are fed by custom events; pageview and click metrics come from the browser SDK.
        if (metric.kind !== "custom" || !metric.eventKey)
            continue;
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

// EXTERNAL MODULE: ./src/launchdarkly/config.ts
var config = __webpack_require__(91824);
;// CONCATENATED MODULE: ./src/events/events-host.ts

/** The events hosts LaunchDarkly documents per instance (the same path on all three is stated only by others). */
const EVENTS_HOSTS = {
    commercial: "https://events.launchdarkly.com",
    eu: "https://events.eu.launchdarkly.com",
    federal: "https://events.launchdarkly.us",
};
const EVENTS_URI_ENV_VAR = "LD_EVENTS_URI";
/**
 * The option first, then LD_EVENTS_URI, then the region's events host. A custom base URI (emulator, proxy) is used
 * for events too: whoever stands in for the REST API stands in for the events host.
 */
function resolveEventsEndpoint(config, option, env = process.env) {
    if (option?.trim())
        return { uri: eventsUri(option), source: "option" };
    const fromEnv = env[EVENTS_URI_ENV_VAR]?.trim();
    if (fromEnv)
        return { uri: eventsUri(fromEnv), source: EVENTS_URI_ENV_VAR };
    if (config.region === "custom")
        return { uri: config.baseUri, source: "base-uri" };
    return { uri: EVENTS_HOSTS[config.region], source: "region" };
}
/** A URL as given; a region name (`eu`) or a REST API host (`app.eu.launchdarkly.com`) means that region's events host. */
function eventsUri(input) {
    const uri = (0,config/* normalizeBaseUri */.xQ)(input);
    const region = (0,config/* regionOf */.AP)(uri);
    return region === "custom" ? uri : EVENTS_HOSTS[region];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/events/limits.ts
// The event-data import's limits and headers (../shared/launchdarkly/membership-export-events.md, "Metric event
// import"), in one place for the sender and the emulator.
/**
 * "At most 10 MB a request". Whether that counts compressed or uncompressed bytes, and 10^7 or 2^20 × 10, is not
 * documented: both sides use the stricter reading, 10,000,000 bytes of uncompressed JSON.
 */
const MAX_IMPORT_REQUEST_BYTES = 10_000_000;
/** Events per request unless told otherwise (Tealium, a documented partner, sends at most 10,000). */
const DEFAULT_EVENTS_PER_REQUEST = 10_000;
/** `X-LaunchDarkly-Event-Schema`: anything else is answered 406. */
const EVENT_SCHEMA_VERSION = "4";
const EVENT_IMPORT_PATH_TEMPLATE = "/v2/event-data-import/{projectKey}/{environmentKey}";
function eventImportPath(projectKey, environmentKey) {
    return `/v2/event-data-import/${encodeURIComponent(projectKey)}/${encodeURIComponent(environmentKey)}`;
}
/** The role action a token needs, on `proj/<p>:env/<e>`. */
const IMPORT_EVENT_DATA_ACTION = "importEventData";

;// CONCATENATED MODULE: ./src/events/batches.ts
// Cuts a file's events into request bodies: JSON arrays of at most `maxEvents` events and `maxBytes` bytes. The cut
// depends only on the events and the two limits, so the same file gives the same batches on every run, which is
// what makes content-derived payload ids safe to re-send.


const DEFAULT_BATCH_LIMITS = {
    maxEvents: DEFAULT_EVENTS_PER_REQUEST,
    maxBytes: MAX_IMPORT_REQUEST_BYTES,
};
/**
 * A UUID-shaped id (version 8, "custom") from SHA-256 of the destination and the body: the same events sent to
 * the same project and environment always carry the same id; a different destination gets a different one.
 */
function payloadIdFor(projectKey, environmentKey, body) {
    const hex = (0,external_node_crypto_.createHash)("sha256")
        .update(projectKey)
        .update("\0")
        .update(environmentKey)
        .update("\0")
        .update(body)
        .digest("hex");
    const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
class EventBatcher {
    projectKey;
    environmentKey;
    limits;
    parts = [];
    bytes = 2;
    constructor(projectKey, environmentKey, limits = DEFAULT_BATCH_LIMITS) {
        this.projectKey = projectKey;
        this.environmentKey = environmentKey;
        this.limits = limits;
    }
    /** Adds an event; returns the batch it closed when the event did not fit in the open one. */
    add(event) {
        const json = JSON.stringify(event);
        const size = Buffer.byteLength(json) + 1;
        if (size + 2 > this.limits.maxBytes)
            throw new RangeError("one event is larger than a request may be");
        let closed;
        if (this.parts.length > 0 &&
            (this.parts.length >= this.limits.maxEvents || this.bytes + size > this.limits.maxBytes)) {
            closed = this.flush();
        }
        this.parts.push(json);
        this.bytes += size;
        return closed;
    }
    /** The open batch, if it holds any event. */
    flush() {
        if (this.parts.length === 0)
            return undefined;
        const body = Buffer.from(`[${this.parts.join(",")}]`);
        const batch = {
            body,
            events: this.parts.length,
            payloadId: payloadIdFor(this.projectKey, this.environmentKey, body),
        };
        this.parts = [];
        this.bytes = 2;
        return batch;
    }
}

;// CONCATENATED MODULE: ./src/events/input-format.ts
const BY_EXTENSION = {
    csv: "csv",
    tsv: "tsv",
    tab: "tsv",
    ndjson: "ndjson",
    jsonl: "ndjson",
    json: "json",
};
/** Undefined when neither the option nor the extension says; the caller reports that. */
function inputKindOf(path, format) {
    const lower = path.toLowerCase();
    const gzip = lower.endsWith(".gz");
    const base = gzip ? lower.slice(0, -3) : lower;
    const extension = base.slice(base.lastIndexOf(".") + 1);
    const found = format ?? BY_EXTENSION[extension];
    return found === undefined ? undefined : { format: found, gzip };
}

;// CONCATENATED MODULE: ./src/events/timestamp.ts
// Timestamps as files carry them: ISO 8601 with a time zone (or a plain UTC date), or epoch seconds/milliseconds.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;
const EPOCH = /^\d{1,16}(?:\.\d+)?$/;
/** Below this an epoch number is read as seconds (10^11 s is the year 5138; 10^11 ms is 1973). */
const SECONDS_BELOW = 1e11;
/** Unix milliseconds, or undefined when the value is not a timestamp. */
function parseTimestamp(value, unit) {
    let text;
    if (typeof value === "number")
        text = String(value);
    else if (typeof value === "string")
        text = value.trim();
    else
        return undefined;
    if (EPOCH.test(text)) {
        const n = Number(text);
        const seconds = unit === "s" || (unit === "auto" && n < SECONDS_BELOW);
        const ms = Math.round(seconds ? n * 1000 : n);
        return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
    }
    if (!ISO_8601.test(text))
        return undefined;
    const ms = Date.parse(text.replace(" ", "T"));
    return Number.isNaN(ms) ? undefined : ms;
}

;// CONCATENATED MODULE: ./src/events/map-row.ts

/**
 * LaunchDarkly publishes no format for event keys; these are the keys that cannot match what an SDK or metric
 * would use: empty, surrounded by spaces, with control characters, or unreasonably long.
 */
const EVENT_KEY = /^[^\s\p{Cc}](?:[^\p{Cc}]{0,1022}[^\s\p{Cc}])?$/u;
function isEventKeyWellFormed(key) {
    return EVENT_KEY.test(key);
}
function present(value) {
    return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");
}
function asText(value) {
    return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}
function parseNumber(value) {
    if (typeof value === "number")
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== "string" || !/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value))
        return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
}
function mapRow(fields, mapping, catalog) {
    const findings = [];
    let eventKey;
    if (mapping.eventKey !== undefined)
        eventKey = mapping.eventKey;
    else {
        const column = mapping.eventKeyColumn;
        const raw = fields[column];
        if (!present(raw))
            findings.push({ code: "missing-field", params: { column, role: "event key" } });
        else
            eventKey = asText(raw);
    }
    if (eventKey !== undefined && !isEventKeyWellFormed(eventKey)) {
        findings.push({ code: "event-key-format", params: { eventKey } });
    }
    const rawTime = fields[mapping.timestampColumn];
    let creationDate;
    if (!present(rawTime)) {
        findings.push({ code: "missing-field", params: { column: mapping.timestampColumn, role: "timestamp" } });
    }
    else {
        creationDate = parseTimestamp(rawTime, mapping.timestampUnit);
        if (creationDate === undefined) {
            findings.push({
                code: "timestamp-invalid",
                params: { value: asText(rawTime), column: mapping.timestampColumn },
            });
        }
    }
    const contextKeys = {};
    for (const [kind, column] of Object.entries(mapping.contexts)) {
        const raw = fields[column];
        if (!present(raw))
            findings.push({ code: "missing-field", params: { column, role: "context" } });
        else if (typeof raw !== "string" && typeof raw !== "number") {
            findings.push({ code: "context-key-invalid", params: { kind, column } });
        }
        else
            contextKeys[kind] = String(raw);
    }
    let metricValue;
    const valueColumn = mapping.valueColumn;
    if (valueColumn !== undefined && present(fields[valueColumn])) {
        metricValue = parseNumber(fields[valueColumn]);
        if (metricValue === undefined) {
            findings.push({
                code: "value-not-numeric",
                params: { value: asText(fields[valueColumn]), column: valueColumn },
            });
        }
    }
    else if (eventKey !== undefined) {
        const numeric = (catalog.metricsByEventKey.get(eventKey) ?? []).filter((metric) => metric.numeric);
        if (numeric.length > 0) {
            findings.push({
                code: "value-required",
                params: {
                    eventKey,
                    metrics: numeric.map((metric) => metric.key),
                    ...(valueColumn !== undefined ? { column: valueColumn } : {}),
                },
            });
        }
    }
    if (findings.length > 0 || eventKey === undefined || creationDate === undefined)
        return { findings };
    const event = { kind: "custom", key: eventKey, creationDate, contextKeys };
    if (metricValue !== undefined)
        event.metricValue = metricValue;
    if (mapping.dataColumns.length > 0) {
        const data = {};
        for (const column of mapping.dataColumns)
            if (present(fields[column]))
                data[column] = fields[column];
        if (Object.keys(data).length > 0)
            event.data = data;
    }
    return { event };
}

// EXTERNAL MODULE: ./src/events/open-input.ts
var open_input = __webpack_require__(24508);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 8 modules
var lib = __webpack_require__(65377);
// EXTERNAL MODULE: ./src/events/json-array-elements.ts
var json_array_elements = __webpack_require__(30945);
;// CONCATENATED MODULE: ./src/events/read-rows.ts
// Rows from CSV/TSV (header row names the columns), NDJSON (one object per line) or a JSON array of objects, each
// with the line it starts on. Everything streams: one row at a time, never the whole file.



async function* csvRows(stream, delimiter) {
    // A record csv-parse cannot read (wrong number of fields, a stray quote) is reported with its line and reading
    // goes on; the import then decides whether that stops it or is skipped.
    const skipped = [];
    const parser = stream.pipe((0,lib/* parse */.qg)({
        delimiter,
        columns: true,
        bom: true,
        info: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        on_skip: (error) => {
            if (error)
                skipped.push({ line: Number(error.lines), unreadable: error.message });
        },
    }));
    stream.on("error", (error) => parser.destroy(error));
    try {
        for await (const record of parser) {
            // csv-parse reports a skipped record as soon as it meets it, possibly ahead of records still buffered.
            while (skipped.length > 0 && skipped[0].line < record.info.lines)
                yield skipped.shift();
            yield { line: record.info.lines, fields: record.record };
        }
        yield* skipped.splice(0);
    }
    catch (error) {
        yield* skipped.splice(0);
        const csvError = error;
        if (csvError.code?.startsWith("CSV_") && csvError.lines !== undefined) {
            // Not recoverable (an unclosed quote runs to the end of the file): reported, and reading stops.
            yield { line: csvError.lines, unreadable: csvError.message };
            return;
        }
        throw error;
    }
}
function asRow(line, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { line, unreadable: error.message };
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
        return { line, notObject: true };
    return { line, fields: value };
}
async function* ndjsonRows(stream) {
    const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    let line = 0;
    for await (const text of lines) {
        line += 1;
        const trimmed = line === 1 ? text.replace(/^\uFEFF/, "").trim() : text.trim();
        if (trimmed === "")
            continue;
        yield asRow(line, trimmed);
    }
}
async function* jsonArrayRows(stream) {
    for await (const element of (0,json_array_elements/* splitJsonArray */.S)(stream)) {
        if ("unreadable" in element) {
            yield element;
            return;
        }
        yield asRow(element.line, element.text);
    }
}
function readRows(stream, format) {
    switch (format) {
        case "csv":
            return csvRows(stream, ",");
        case "tsv":
            return csvRows(stream, "\t");
        case "ndjson":
            return ndjsonRows(stream);
        case "json":
            return jsonArrayRows(stream);
    }
}

;// CONCATENATED MODULE: ./src/events/import-events.ts
// The metric-event import, start to end: check every row of every file first (nothing is sent while any row is
// wrong, unless skipping is allowed), then read the files again and send them in batches. Rows are streamed in
// both passes; at most a few batches are held in memory at once.






function fileKinds(request) {
    const unknown = [];
    const kinds = request.files.map((file) => {
        const kind = inputKindOf(file, request.format);
        if (kind === undefined) {
            unknown.push({ code: "format-unknown", severity: "error", params: { file } });
        }
        return { file, format: kind?.format ?? "ndjson" };
    });
    return unknown.length > 0 ? unknown : kinds;
}
/** Mapping-level problems, found before any row is read. */
function checkMapping(mapping, catalog) {
    const findings = [];
    for (const kind of Object.keys(mapping.contexts)) {
        if (!catalog.contextKinds.has(kind)) {
            findings.push({
                code: "context-kind-unknown",
                severity: "error",
                params: { kind, known: [...catalog.contextKinds].sort() },
            });
        }
    }
    if (catalog.metricsByEventKey.size === 0) {
        findings.push({
            code: "metric-list-empty",
            severity: "warning",
            params: { projectKey: catalog.projectKey },
        });
    }
    return findings;
}
async function* mappedRows(file, format, mapping, catalog, counter) {
    const input = await (0,open_input/* openInput */.l)(file);
    counter.bytes = input.bytesRead;
    for await (const row of readRows(input.stream, format)) {
        if ("unreadable" in row) {
            yield {
                line: row.line,
                outcome: {
                    kind: "invalid",
                    findings: [{ code: "unreadable-row", params: { reason: row.unreadable } }],
                },
            };
        }
        else if ("notObject" in row) {
            yield {
                line: row.line,
                outcome: { kind: "invalid", findings: [{ code: "row-not-object", params: {} }] },
            };
        }
        else {
            const mapped = mapRow(row.fields, mapping, catalog);
            yield {
                line: row.line,
                outcome: "event" in mapped
                    ? { kind: "event", event: mapped.event }
                    : { kind: "invalid", findings: mapped.findings, fields: row.fields },
            };
        }
    }
}
async function importEvents(request, catalog, hooks = {}) {
    const maxReported = request.maxReportedErrors ?? 20;
    const summary = {
        status: "sent",
        projectKey: request.projectKey,
        environmentKey: request.environmentKey,
        files: request.files,
        rowsRead: 0,
        rowsValid: 0,
        rowsRejected: 0,
        eventsSent: 0,
        requests: 0,
        batches: 0,
        retries: 0,
        rateLimited: 0,
        bytesSent: 0,
        eventKeys: [],
        findings: [],
        errorCount: 0,
        timings: { checkMs: 0, sendMs: 0 },
    };
    const kinds = fileKinds(request);
    const mappingFindings = checkMapping(request.mapping, catalog);
    const blocking = [...mappingFindings.filter((f) => f.severity === "error")];
    if (kinds.some((kind) => "code" in kind))
        blocking.push(...kinds);
    summary.findings.push(...mappingFindings.filter((f) => f.severity === "warning"));
    if (blocking.length > 0) {
        summary.findings.unshift(...blocking);
        summary.errorCount = blocking.length;
        summary.status = "invalid";
        return summary;
    }
    const files = kinds;
    const totalBytes = (await Promise.all(files.map(({ file }) => (0,promises_.stat)(file)))).reduce((n, s) => n + s.size, 0);
    // ---- pass 1: check every row ----
    const checkStarted = performance.now();
    const perEventKey = new Map();
    let bytesBefore = 0;
    for (const { file, format } of files) {
        const counter = { bytes: () => 0 };
        for await (const { line, outcome } of mappedRows(file, format, request.mapping, catalog, counter)) {
            summary.rowsRead += 1;
            if (outcome.kind === "event") {
                summary.rowsValid += 1;
                perEventKey.set(outcome.event.key, (perEventKey.get(outcome.event.key) ?? 0) + 1);
            }
            else {
                summary.rowsRejected += 1;
                summary.errorCount += 1;
                if (summary.errorCount <= maxReported) {
                    for (const finding of outcome.findings) {
                        summary.findings.push({ ...finding, severity: "error", location: { file, line } });
                    }
                }
                await hooks.onRejected?.({
                    location: { file, line },
                    findings: outcome.findings,
                    ...(outcome.fields ? { fields: outcome.fields } : {}),
                });
            }
            if (summary.rowsRead % 10_000 === 0) {
                hooks.onProgress?.(progress("check", summary, bytesBefore + counter.bytes(), totalBytes));
            }
        }
        bytesBefore += counter.bytes();
    }
    hooks.onProgress?.(progress("check", summary, bytesBefore, totalBytes));
    summary.timings.checkMs = Math.round(performance.now() - checkStarted);
    summary.eventKeys = [...perEventKey.entries()]
        .map(([eventKey, rows]) => ({
        eventKey,
        rows,
        metrics: (catalog.metricsByEventKey.get(eventKey) ?? []).map((metric) => metric.key),
    }))
        .sort((a, b) => b.rows - a.rows || a.eventKey.localeCompare(b.eventKey));
    for (const { eventKey, metrics } of summary.eventKeys) {
        if (metrics.length === 0) {
            summary.findings.push({ code: "event-key-unused", severity: "warning", params: { eventKey } });
        }
    }
    if (summary.rowsRejected > 0 && !request.allowSkip) {
        summary.status = "invalid";
        return summary;
    }
    if (request.dryRun || hooks.sink === undefined) {
        summary.status = "dry-run";
        return summary;
    }
    // ---- pass 2: send ----
    const sink = hooks.sink;
    const sendStarted = performance.now();
    summary.timings.sendStartedAt = Date.now();
    const inFlight = new Set();
    const maxPending = (hooks.concurrency ?? 4) * 2;
    const limits = request.batchLimits ?? DEFAULT_BATCH_LIMITS;
    let rowsSeen = 0;
    bytesBefore = 0;
    const report = (bytes) => {
        hooks.onProgress?.({
            phase: "send",
            rowsRead: rowsSeen,
            eventsSent: summary.eventsSent,
            batchesSent: summary.batches,
            bytesSent: sink.stats.bytesSent,
            inputBytesRead: bytes,
            inputBytesTotal: totalBytes,
        });
    };
    const dispatch = async (batch, bytes) => {
        const sending = sink.send(batch).then(() => {
            summary.eventsSent += batch.events;
            summary.batches += 1;
            report(bytes);
        });
        // A failure is read from the sink once everything in flight has settled.
        sending.catch(() => undefined);
        inFlight.add(sending);
        sending.finally(() => inFlight.delete(sending)).catch(() => undefined);
        while (inFlight.size >= maxPending && sink.stoppedBy === undefined) {
            await Promise.race(inFlight).catch(() => undefined);
        }
    };
    try {
        for (const { file, format } of files) {
            // Batches never span files: a file's batches (and payload ids) do not depend on the files around it.
            const batcher = new EventBatcher(request.projectKey, request.environmentKey, limits);
            const counter = { bytes: () => 0 };
            for await (const { outcome } of mappedRows(file, format, request.mapping, catalog, counter)) {
                if (sink.stoppedBy !== undefined)
                    break;
                rowsSeen += 1;
                if (outcome.kind !== "event")
                    continue;
                const closed = batcher.add(outcome.event);
                if (closed)
                    await dispatch(closed, bytesBefore + counter.bytes());
            }
            if (sink.stoppedBy !== undefined)
                break;
            const last = batcher.flush();
            if (last)
                await dispatch(last, bytesBefore + counter.bytes());
            bytesBefore += counter.bytes();
        }
    }
    finally {
        if (sink.stoppedBy !== undefined)
            sink.abort();
        await Promise.allSettled([...inFlight]);
    }
    summary.timings.sendMs = Math.round(performance.now() - sendStarted);
    Object.assign(summary, {
        requests: sink.stats.requests,
        retries: sink.stats.retries,
        rateLimited: sink.stats.rateLimited,
        bytesSent: sink.stats.bytesSent,
    });
    if (sink.stoppedBy !== undefined) {
        summary.status = "failed";
        summary.failure = sink.stoppedBy;
    }
    return summary;
}
function progress(phase, summary, bytes, total) {
    return {
        phase,
        rowsRead: summary.rowsRead,
        eventsSent: 0,
        batchesSent: 0,
        bytesSent: 0,
        inputBytesRead: bytes,
        inputBytesTotal: total,
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
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
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/events/sender.ts
// Sends batches to the event-data import endpoint: gzip, the documented headers, a bounded number of requests in
// flight, LaunchDarkly's rate-limit headers honoured (the REST client's pacer), 429/5xx/lost connections retried
// with backoff and the same payload id, and the answers that no retry can fix (400, 401, 403, 404, 406, 413)
// turned into a failure that stops the import.










const gzip = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
class EventSendError extends Error {
    failure;
    name = "EventSendError";
    constructor(failure) {
        super(`event import stopped: ${failure.code}`);
        this.failure = failure;
    }
}
const BUCKET = "event-data-import";
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            resolve();
        }
        signal?.addEventListener("abort", done, { once: true });
    });
}
function serverMessage(text) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.message === "string")
            return parsed.message.slice(0, 500);
    }
    catch {
        // Not JSON: the status says enough.
    }
    const trimmed = text.trim();
    return trimmed === "" ? undefined : trimmed.slice(0, 500);
}
function stoppingFailure(status, text) {
    const message = serverMessage(text);
    const extra = message === undefined ? {} : { serverMessage: message };
    switch (status) {
        case 401:
        case 403:
            return { code: "unauthorized", status, ...extra };
        case 406:
            return { code: "schema-rejected", status, ...extra };
        case 400:
            return { code: "payload-rejected", status, ...extra };
        case 413:
            return { code: "too-large", status, ...extra };
        case 404:
            return { code: "not-found", status, ...extra };
        default:
            return { code: "http-error", status, ...extra };
    }
}
class EventSender {
    settings;
    stats = {
        requests: 0,
        retries: 0,
        rateLimited: 0,
        bytesSent: 0,
        batchesSent: 0,
        eventsSent: 0,
    };
    slots;
    pacer;
    dispatcher;
    url;
    options;
    failure;
    constructor(settings) {
        this.settings = settings;
        (0,redact/* registerSecret */.cl)(settings.token);
        const concurrency = settings.concurrency ?? 4;
        this.slots = new semaphore/* Semaphore */.j(concurrency);
        this.options = {
            maxAttempts: settings.maxAttempts ?? 8,
            maxRateLimitedAttempts: settings.maxRateLimitedAttempts ?? 50,
            baseDelayMs: settings.baseDelayMs ?? 500,
            maxDelayMs: settings.maxDelayMs ?? 30_000,
            maxRateLimitWaitMs: settings.maxRateLimitWaitMs ?? 60_000,
            timeoutMs: settings.timeoutMs ?? 60_000,
            gzip: settings.gzip ?? true,
        };
        this.pacer = new pacer/* RateLimitPacer */.he({
            maxUnobserved: concurrency,
            resetJitterMs: 50,
            maxWaitMs: this.options.maxRateLimitWaitMs,
        });
        this.dispatcher = new undici/* Agent */.g6({
            connections: concurrency,
            keepAliveTimeout: 4_000,
            headersTimeout: this.options.timeoutMs,
            bodyTimeout: this.options.timeoutMs,
        });
        this.url = `${settings.eventsUri}${eventImportPath(settings.projectKey, settings.environmentKey)}`;
    }
    /** The failure that stopped sending, if any: once set, every later `send` fails with it at once. */
    get stoppedBy() {
        return this.failure;
    }
    async send(batch) {
        const body = this.options.gzip ? await gzip(batch.body) : batch.body;
        let failures = 0;
        let rateLimited = 0;
        for (;;) {
            this.throwIfStopped();
            const outcome = await this.attempt(batch, body);
            if (outcome.kind === "accepted") {
                this.stats.batchesSent += 1;
                this.stats.eventsSent += batch.events;
                this.stats.bytesSent += body.length;
                this.settings.onBatchAccepted?.(batch);
                return;
            }
            if (outcome.kind === "stop")
                return this.stop(outcome.failure);
            let waitMs;
            if (outcome.kind === "rate-limited") {
                rateLimited += 1;
                this.stats.rateLimited += 1;
                if (rateLimited >= this.options.maxRateLimitedAttempts) {
                    return this.stop({ code: "retries-exhausted", status: 429, attempts: failures + rateLimited });
                }
                waitMs = outcome.waitMs ?? (0,backoff/* backoffDelayMs */.Q)(rateLimited - 1, this.options);
            }
            else {
                failures += 1;
                if (failures >= this.options.maxAttempts) {
                    return this.stop({
                        code: "retries-exhausted",
                        ...(outcome.status === undefined ? {} : { status: outcome.status }),
                        attempts: failures + rateLimited,
                    });
                }
                waitMs = (0,backoff/* backoffDelayMs */.Q)(failures - 1, this.options);
            }
            this.stats.retries += 1;
            await sleep(waitMs, this.settings.signal);
        }
    }
    /** Stops every later send (a failure elsewhere, the user's interrupt). */
    abort() {
        if (this.failure === undefined)
            this.failure = { code: "aborted" };
    }
    async close() {
        this.pacer.dispose();
        await this.dispatcher.close();
    }
    throwIfStopped() {
        if (this.settings.signal?.aborted && this.failure === undefined)
            this.failure = { code: "aborted" };
        if (this.failure !== undefined)
            throw new EventSendError(this.failure);
    }
    stop(failure) {
        if (this.failure === undefined)
            this.failure = failure;
        throw new EventSendError(this.failure);
    }
    async attempt(batch, body) {
        await this.slots.acquire();
        const ticket = await this.pacer.acquire(BUCKET);
        let remaining;
        let resetAt;
        try {
            this.throwIfStopped();
            this.stats.requests += 1;
            const headers = {
                authorization: this.settings.token,
                "content-type": "application/json",
                "content-length": String(body.length),
                "x-launchdarkly-event-schema": EVENT_SCHEMA_VERSION,
                "x-launchdarkly-payload-id": batch.payloadId,
                "user-agent": `MetricImport-ldgitops-int/${version/* TOOL_VERSION */.w}`,
                ...(this.options.gzip ? { "content-encoding": "gzip" } : {}),
            };
            let response;
            try {
                response = await (0,undici/* request */.Em)(this.url, {
                    method: "POST",
                    headers,
                    body,
                    dispatcher: this.dispatcher,
                    ...(this.settings.signal ? { signal: this.settings.signal } : {}),
                });
            }
            catch {
                this.throwIfStopped();
                // A lost connection or a timeout: LaunchDarkly may or may not have the batch; the same payload id makes
                // sending it again harmless.
                return { kind: "retry" };
            }
            const text = await response.body.text().catch(() => "");
            const now = Date.now();
            const rate = (0,rate_limit_headers/* parseRateLimitHeaders */.bR)(response.headers, now);
            const budgets = [rate.routeRemaining, rate.globalRemaining].filter((n) => n !== undefined);
            if (budgets.length > 0)
                remaining = Math.min(...budgets);
            resetAt = rate.resetAt;
            const status = response.statusCode;
            if (status >= 200 && status < 300)
                return { kind: "accepted" };
            if (status === 429) {
                const waitMs = (0,rate_limit_headers/* rateLimitWaitMs */.JR)(rate, now, this.options.maxRateLimitWaitMs);
                this.pacer.block(BUCKET, now + (waitMs ?? (0,backoff/* backoffDelayMs */.Q)(0, this.options)));
                return { kind: "rate-limited", waitMs };
            }
            if (status >= 500)
                return { kind: "retry", status };
            return { kind: "stop", failure: stoppingFailure(status, text) };
        }
        finally {
            this.pacer.complete(ticket, remaining, resetAt);
            this.slots.release();
        }
    }
}

// EXTERNAL MODULE: ./src/output/file-writer.ts
var file_writer = __webpack_require__(90955);
;// CONCATENATED MODULE: ./src/cli/events/progress-bar.ts
const REDRAW_MS = 200;
const WIDTH = 24;
function megabytes(bytes) {
    return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
function duration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return "--:--";
    const s = Math.round(seconds);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
class ProgressBar {
    out;
    lastDraw = 0;
    phaseStarted = Date.now();
    phase;
    drawn = false;
    constructor(out) {
        this.out = out;
    }
    update(progress) {
        const now = Date.now();
        if (progress.phase !== this.phase) {
            this.phase = progress.phase;
            this.phaseStarted = now;
        }
        if (now - this.lastDraw < REDRAW_MS)
            return;
        this.lastDraw = now;
        const share = progress.inputBytesTotal > 0 ? Math.min(1, progress.inputBytesRead / progress.inputBytesTotal) : 0;
        const filled = Math.round(share * WIDTH);
        const elapsed = (now - this.phaseStarted) / 1000;
        const rate = elapsed > 0 ? progress.rowsRead / elapsed : 0;
        const eta = share > 0 ? (elapsed / share) * (1 - share) : Number.NaN;
        const label = progress.phase === "check" ? "checking" : "sending ";
        const parts = [
            `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`,
            `rows ${progress.rowsRead.toLocaleString("en-US")}`,
            ...(progress.phase === "send"
                ? [`batches ${progress.batchesSent.toLocaleString("en-US")}`, `sent ${megabytes(progress.bytesSent)}`]
                : [`read ${megabytes(progress.inputBytesRead)}`]),
            `${Math.round(rate).toLocaleString("en-US")} rows/s`,
            `ETA ${duration(eta)}`,
        ];
        const line = parts.join(" · ");
        const columns = this.out.columns ?? 120;
        this.out.write(`\r${line.slice(0, columns - 1)}\x1b[K`);
        this.drawn = true;
    }
    /** Clears the line so the summary starts on a clean one. */
    done() {
        if (this.drawn)
            this.out.write("\r\x1b[K");
    }
}

;// CONCATENATED MODULE: ./src/cli/events/wording.ts
function describeEventFinding(finding) {
    switch (finding.code) {
        case "unreadable-row":
            return `cannot read this row: ${finding.params.reason}`;
        case "row-not-object":
            return "the row is not a JSON object; each row must be an object of column → value";
        case "missing-field":
            return `no ${finding.params.role} in column "${finding.params.column}"; fill it in or map another column`;
        case "event-key-format":
            return `event key "${finding.params.eventKey}" is not usable: empty, spaces at either end, control characters or over 1,024 characters`;
        case "event-key-unused":
            return `no metric of the project uses event key "${finding.params.eventKey}": LaunchDarkly keeps such events but they count for nothing; check the key or create the metric first`;
        case "value-required": {
            const where = finding.params.column
                ? `column "${finding.params.column}" is empty`
                : "no --value-column given";
            return `event key "${finding.params.eventKey}" feeds numeric metric(s) ${finding.params.metrics.join(", ")}, which need a value, but ${where}`;
        }
        case "value-not-numeric":
            return `value "${finding.params.value}" in column "${finding.params.column}" is not a number`;
        case "timestamp-invalid":
            return `timestamp "${finding.params.value}" in column "${finding.params.column}" is neither ISO 8601 (with a time zone) nor epoch seconds/milliseconds`;
        case "context-key-invalid":
            return `the ${finding.params.kind} key in column "${finding.params.column}" must be a string or a number`;
        case "context-kind-unknown":
            return `context kind "${finding.params.kind}" does not exist in the project (known: ${finding.params.known.join(", ") || "none"}); fix --context`;
        case "metric-list-empty":
            return `project "${finding.params.projectKey}" has no custom metrics: every event would count for nothing`;
        case "format-unknown":
            return `cannot tell the format of ${finding.params.file} from its name; pass --input-format csv|tsv|ndjson|json`;
    }
}
function describeLocatedFinding(finding) {
    const where = finding.location ? `${finding.location.file}:${finding.location.line}: ` : "";
    return `${where}${finding.severity}: ${describeEventFinding(finding)}`;
}
/** Why sending stopped, naming the permission or header at fault. */
function describeSendFailure(failure, tokenVariable) {
    const said = "serverMessage" in failure && failure.serverMessage
        ? ` (LaunchDarkly said: ${failure.serverMessage})`
        : "";
    switch (failure.code) {
        case "unauthorized":
            return `LaunchDarkly refused the token (${failure.status})${said}: the token in ${tokenVariable} needs a role allowing importEventData on proj/<project>:env/<environment>`;
        case "schema-rejected":
            return `LaunchDarkly answered 406${said}: it does not accept the X-LaunchDarkly-Event-Schema header this version sends (4); nothing more was sent`;
        case "payload-rejected":
            return `LaunchDarkly answered 400${said}: it accepted nothing of that request; nothing more was sent`;
        case "too-large":
            return `LaunchDarkly answered 413${said}: a request was over its size limit; retry with a smaller --batch-events`;
        case "not-found":
            return `LaunchDarkly answered 404${said}: check --project, --environment and the events host (--events-uri / LD_EVENTS_URI)`;
        case "http-error":
            return `LaunchDarkly answered ${failure.status}${said}; nothing more was sent`;
        case "retries-exhausted":
            return `gave up after ${failure.attempts} attempts${failure.status ? ` (last answer ${failure.status})` : " (no answer)"}; run the same command again: batches LaunchDarkly already has carry the same payload id and are dropped as duplicates`;
        case "aborted":
            return "stopped before the end; run the same command again to send the rest";
    }
}

;// CONCATENATED MODULE: ./src/cli/events/summary.ts

const n = (value) => value.toLocaleString("en-US");
function renderSummaryText(summary, tokenVariable) {
    const lines = [];
    const title = summary.status === "dry-run"
        ? "Dry run: nothing was sent."
        : summary.status === "invalid"
            ? "Nothing was sent: fix the rows below, or pass --allow-skip to send the valid rows and write the others to the rejects file."
            : summary.status === "failed"
                ? "The import stopped before the end."
                : "Import finished.";
    lines.push(title, "");
    const errors = summary.findings.filter((f) => f.severity === "error");
    const warnings = summary.findings.filter((f) => f.severity === "warning");
    for (const finding of [...errors, ...warnings])
        lines.push(describeLocatedFinding(finding));
    if (summary.errorCount > errors.length)
        lines.push(`... and ${n(summary.errorCount - errors.length)} more invalid rows`);
    if (summary.findings.length > 0)
        lines.push("");
    if (summary.failure)
        lines.push(`error: ${describeSendFailure(summary.failure, tokenVariable)}`, "");
    if (summary.eventKeys.length > 0) {
        lines.push("Events per event key:");
        for (const { eventKey, rows, metrics } of summary.eventKeys) {
            lines.push(`  ${eventKey}: ${n(rows)} → ${metrics.length > 0 ? metrics.join(", ") : "(no metric)"}`);
        }
        lines.push("");
    }
    lines.push(`rows read ${n(summary.rowsRead)}, valid ${n(summary.rowsValid)}, rejected ${n(summary.rowsRejected)}; ` +
        `events sent ${n(summary.eventsSent)} in ${n(summary.batches)} batches; ` +
        `requests ${n(summary.requests)}, retries ${n(summary.retries)} (rate-limited ${n(summary.rateLimited)}); ` +
        `${(summary.bytesSent / 1_000_000).toFixed(1)} MB sent (gzip)`);
    return `${lines.join("\n")}\n`;
}
function renderSummaryJson(summary, tokenVariable) {
    const document = {
        ...summary,
        findings: summary.findings.map((finding) => ({ ...finding, message: describeEventFinding(finding) })),
        ...(summary.failure
            ? { failure: { ...summary.failure, message: describeSendFailure(summary.failure, tokenVariable) } }
            : {}),
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/cli/shared.ts + 6 modules
var shared = __webpack_require__(49463);
;// CONCATENATED MODULE: ./src/cli/commands/events.ts
// `ld-gitops events import`: append metric events from files to LaunchDarkly (the `importEventData` path).












/** Exit codes: 0 sent (or dry run without errors), 1 invalid rows or a failed send, 2 bad usage. */
const EVENTS_EXIT = { ok: 0, failed: 1, usage: 2 };
const CAVEAT = `
Caveat (LaunchDarkly): for experiments, an event counts only if it ARRIVES while the experiment iteration is
running. There is no backfill: events about the past sent after an iteration started, or before it, count for
nothing. Nothing sent can be read back or deleted. Check with --dry-run first.

Re-running the same command with the same files and options is safe: each request's payload id is derived
from its content, and LaunchDarkly drops a payload id it has already received.

The token comes from LD_ACCESS_TOKEN (or LAUNCHDARKLY_ACCESS_TOKEN) and needs importEventData on
proj/<project>:env/<environment>, plus read access to the project's metrics and context kinds.

Example: ld-gitops events import -p web -e production --event-key-column event \\
           --context user=user_id --timestamp-column ts --value-column amount purchases.csv.gz
`;
function parseMapping(options) {
    const contexts = {};
    for (const pair of options.context.length > 0 ? options.context : ["user=user_key"]) {
        const eq = pair.indexOf("=");
        if (eq <= 0 || eq === pair.length - 1)
            return `--context takes kind=column, got "${pair}"`;
        contexts[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return {
        ...(options.eventKey !== undefined
            ? { eventKey: options.eventKey }
            : { eventKeyColumn: options.eventKeyColumn }),
        contexts,
        timestampColumn: options.timestampColumn,
        timestampUnit: options.timestampUnit,
        ...(options.valueColumn !== undefined ? { valueColumn: options.valueColumn } : {}),
        dataColumns: options.dataColumn,
    };
}
function positiveInt(text, name, max) {
    const value = Number(text);
    return Number.isInteger(value) && value >= 1 && value <= max
        ? value
        : `${name} must be a whole number from 1 to ${max}`;
}
/** Rejected rows as NDJSON: where, why (code, parameters, words) and the row itself. */
function rejectsWriter(path) {
    const writer = (0,file_writer/* redactedLineWriter */.E)(path);
    return {
        write: (row) => writer.write(JSON.stringify({
            file: row.location.file,
            line: row.location.line,
            errors: row.findings.map((finding) => ({ ...finding, message: describeEventFinding(finding) })),
            ...(row.fields ? { row: row.fields } : {}),
        })),
        close: () => writer.close(),
    };
}
async function runImport(files, options) {
    const fail = (message) => {
        process.stderr.write(`error: ${(0,redact/* redactSecrets */.fp)(message)}\n`);
        return EVENTS_EXIT.usage;
    };
    const mapping = parseMapping(options);
    if (typeof mapping === "string")
        return fail(mapping);
    const concurrency = positiveInt(options.concurrency, "--concurrency", 16);
    if (typeof concurrency === "string")
        return fail(concurrency);
    const batchEvents = positiveInt(options.batchEvents, "--batch-events", 100_000);
    if (typeof batchEvents === "string")
        return fail(batchEvents);
    let client;
    let eventsUri;
    try {
        client = (0,shared/* createCliClient */.OX)(options.baseUri);
        eventsUri = resolveEventsEndpoint(client.config, options.eventsUri).uri;
    }
    catch (error) {
        return fail((0,redact/* safeErrorMessage */.Jo)(error));
    }
    const tokenVariable = client.config.tokenSource;
    let catalog;
    try {
        const [metrics, kinds] = await Promise.all([
            client.client.listMetrics(options.project),
            client.client.listContextKinds(options.project),
        ]);
        catalog = buildEventCatalog(options.project, metrics, kinds);
    }
    catch (error) {
        process.stderr.write(`error: reading the project's metrics and context kinds: ${(0,redact/* safeErrorMessage */.Jo)(error)}\n`);
        return EVENTS_EXIT.failed;
    }
    finally {
        await client.client.close();
    }
    const rejects = options.rejects ?? (options.allowSkip ? "ld-gitops-rejects.ndjson" : undefined);
    const rejectsFile = rejects === undefined ? undefined : rejectsWriter(rejects);
    const bar = process.stderr.isTTY ? new ProgressBar(process.stderr) : undefined;
    const sender = options.dryRun
        ? undefined
        : new EventSender({
            eventsUri,
            token: client.config.token,
            projectKey: options.project,
            environmentKey: options.environment,
            concurrency,
        });
    const interrupt = () => sender?.abort();
    process.once("SIGINT", interrupt);
    let summary;
    try {
        summary = await importEvents({
            files,
            ...(options.inputFormat ? { format: options.inputFormat } : {}),
            mapping,
            projectKey: options.project,
            environmentKey: options.environment,
            allowSkip: options.allowSkip === true,
            dryRun: options.dryRun === true,
            batchLimits: { maxEvents: batchEvents, maxBytes: MAX_IMPORT_REQUEST_BYTES },
        }, catalog, {
            ...(sender ? { sink: sender } : {}),
            concurrency,
            ...(rejectsFile ? { onRejected: rejectsFile.write } : {}),
            ...(bar ? { onProgress: (progress) => bar.update(progress) } : {}),
        });
    }
    catch (error) {
        bar?.done();
        process.stderr.write(`error: ${(0,redact/* safeErrorMessage */.Jo)(error)}\n`);
        return EVENTS_EXIT.failed;
    }
    finally {
        process.off("SIGINT", interrupt);
        await sender?.close();
        await rejectsFile?.close();
    }
    bar?.done();
    const output = options.format === "json"
        ? renderSummaryJson(summary, tokenVariable)
        : renderSummaryText(summary, tokenVariable);
    process.stdout.write((0,redact/* redactSecrets */.fp)(output));
    if (rejects !== undefined && summary.rowsRejected > 0 && options.format === "text") {
        process.stdout.write(`Rejected rows written to ${rejects}.\n`);
    }
    return summary.status === "sent" || summary.status === "dry-run" ? EVENTS_EXIT.ok : EVENTS_EXIT.failed;
}
function registerEventsCommand(program) {
    const events = program
        .command("events")
        .description("Metric events: append experiment data to LaunchDarkly.");
    events
        .command("import")
        .description("Send metric events from CSV/TSV, NDJSON or JSON-array files (optionally .gz) to LaunchDarkly's event-data import. Events count for experiments only while an iteration runs: no backfill, nothing can be read back.")
        .argument("<files...>", "files to import (.csv, .tsv, .ndjson/.jsonl, .json, each optionally .gz)")
        .requiredOption("-p, --project <key>", "project key")
        .requiredOption("-e, --environment <key>", "environment key")
        .option("--event-key-column <column>", "column holding the event key", "event_key")
        .option("--event-key <key>", "one event key for every row (instead of --event-key-column)")
        .option("--context <kind=column>", "context kind and the column holding its key (repeatable; default user=user_key)", shared/* collect */.Fo, [])
        .option("--timestamp-column <column>", "column holding the time (ISO 8601 or epoch s/ms)", "timestamp")
        .addOption(new esm/* Option */.c$("--timestamp-unit <unit>", "unit of numeric timestamps (auto: below 10^11 are seconds)")
        .choices(["auto", "ms", "s"])
        .default("auto"))
        .option("--value-column <column>", "column holding the numeric value (needed for numeric metrics)")
        .option("--data-column <column>", "column copied into the event's data (repeatable)", shared/* collect */.Fo, [])
        .addOption(new esm/* Option */.c$("--input-format <format>", "file format, when the name does not say").choices([
        "csv",
        "tsv",
        "ndjson",
        "json",
    ]))
        .option("--dry-run", "check every row and print counts per event key and metric; send nothing")
        .option("--allow-skip", "send the valid rows and write invalid ones to the rejects file (default: any invalid row stops the import)")
        .option("--rejects <file>", "where rejected rows go, as NDJSON (default with --allow-skip: ld-gitops-rejects.ndjson)")
        .option("--concurrency <n>", "requests in flight at once", "4")
        .option("--batch-events <n>", `events per request (requests also stay under ${MAX_IMPORT_REQUEST_BYTES / 1_000_000} MB)`, String(DEFAULT_EVENTS_PER_REQUEST))
        .option("--events-uri <url>", "events host (default: LD_EVENTS_URI, else the events host of the --base-uri / LD_BASE_URI region)")
        .addOption((0,shared/* baseUriOption */.VH)())
        .addOption(new esm/* Option */.c$("-f, --format <format>", "summary format").choices(["text", "json"]).default("text"))
        .addHelpText("after", CAVEAT)
        .action(async (files, options) => {
        process.exitCode = await runImport(files, options);
    });
}


/***/ }),

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


/***/ })

};
