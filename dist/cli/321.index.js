export const id = 321;
export const ids = [321,456];
export const modules = {

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 31996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DRIFT_EXIT: () => (/* binding */ DRIFT_EXIT),
  registerDriftCommand: () => (/* binding */ registerDriftCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(57336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
// EXTERNAL MODULE: ./src/pipeline/create-plan.ts + 3 modules
var create_plan = __webpack_require__(66400);
// EXTERNAL MODULE: ./src/plan/delete-threshold.ts
var delete_threshold = __webpack_require__(85978);
// EXTERNAL MODULE: ./src/launchdarkly/semaphore.ts
var semaphore = __webpack_require__(9362);
// EXTERNAL MODULE: ./src/permissions/format-resource-specifier.ts
var format_resource_specifier = __webpack_require__(67727);
// EXTERNAL MODULE: ./src/launchdarkly/limits.ts
var limits = __webpack_require__(24550);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/drift/attribution.ts


/** ld-gitops writes carry an audit-log comment that starts with the tool's name. */
function hasToolComment(entry) {
    return (entry.comment ?? "").trimStart().toLowerCase().startsWith(version/* TOOL_NAME */.l);
}
/**
 * Some LaunchDarkly writes take no comment (segment and metric creates, every metric patch). Those are recognised
 * by their token: one that wrote an ld-gitops-commented entry anywhere in the logs read is the tool's token.
 */
function toolTokenIds(entries) {
    const ids = new Set();
    for (const entry of entries)
        if (hasToolComment(entry) && entry.token?._id)
            ids.add(entry.token._id);
    return ids;
}
/** Whether ld-gitops made this change: its comment, or a comment-less write by the tool's token. */
function isToolWrite(entry, tokens = new Set()) {
    if (hasToolComment(entry))
        return true;
    return entry.comment === undefined && entry.token?._id !== undefined && tokens.has(entry.token._id);
}
/** The actor of an audit-log entry, for a person reading the drift report. */
function describeActor(entry) {
    const member = entry.member;
    if (member) {
        const name = [member.firstName, member.lastName].filter(Boolean).join(" ");
        if (name && member.email)
            return `${name} <${member.email}>`;
        if (name || member.email)
            return (name || member.email);
    }
    if (entry.token?.name)
        return `token "${entry.token.name}"`;
    const app = entry.app;
    if (app?.name)
        return `app "${app.name}"`;
    const subject = entry.subject;
    if (subject?.name)
        return subject.name;
    return "unknown actor";
}
/**
 * Reads the entries (any order) and attributes the drift to the newest entry that ld-gitops did not write,
 * counting every such entry newer than ld-gitops's own last write. With none, falls back to the comment-less
 * writes by the tool's token since its last commented write (`source: "tool-token"`): they may be someone using
 * that token. Undefined when the log explains nothing.
 */
function attributeFromAuditLog(entries, tokens = toolTokenIds(entries)) {
    const newestFirst = [...entries].sort((a, b) => b.date - a.date);
    const lastToolWrite = newestFirst.find((entry) => isToolWrite(entry, tokens));
    const outside = newestFirst.filter((entry) => !isToolWrite(entry, tokens) && (lastToolWrite === undefined || entry.date > lastToolWrite.date));
    if (outside[0])
        return attribution("outside", outside[0], outside.length, lastToolWrite, tokens);
    const lastCommented = newestFirst.find(hasToolComment);
    const tokenWrites = newestFirst.filter((entry) => !hasToolComment(entry) &&
        isToolWrite(entry, tokens) &&
        (lastCommented === undefined || entry.date > lastCommented.date));
    if (tokenWrites[0])
        return attribution("tool-token", tokenWrites[0], tokenWrites.length, lastCommented, tokens);
    return undefined;
}
function attribution(source, newest, count, lastToolWrite, tokens) {
    // For `tool-token` this holds by definition; for `outside` it marks a commented hand edit with the tool's token.
    const viaToolToken = source === "outside" && newest.token?._id !== undefined && tokens.has(newest.token._id);
    return {
        source,
        changedAt: newest.date,
        changedBy: describeActor(newest),
        description: newest.shortDescription || newest.description || newest.title || newest.kind,
        ...(newest.comment ? { comment: newest.comment } : {}),
        outOfBandChanges: count,
        ...(lastToolWrite ? { lastToolWriteAt: lastToolWrite.date } : {}),
        ...(viaToolToken ? { viaToolToken } : {}),
    };
}
/** The newest entries of a resource's audit log: one page, enough to reach back past the tool's last write. */
function readRecentAuditLog(api, specifier) {
    return api.listAuditLog(specifier, { limit: limits/* MAX_PAGE_SIZE */.H4.auditLog });
}

;// CONCATENATED MODULE: ./src/drift/drift-report.ts



/** Audit-log reads in flight at once: drift reports are small and LaunchDarkly rate-limits per route. */
const ATTRIBUTION_CONCURRENCY = 4;
/** Every change of the plan is drift: live state no longer matches the repo. Attribute each from the audit log. */
async function buildDriftReport(api, plan) {
    // A change that only writes this configuration's ownership marker (an older version's bare marker renamed, or a
    // matching resource not yet marked) changes nothing LaunchDarkly does: the next apply writes it, and it is no drift.
    const resources = plan.changes
        .filter((change) => change.ownership?.markerOnly !== true)
        .map((change) => ({ change, specifier: (0,format_resource_specifier/* resourceSpecifierOf */.E)(change) }));
    // Read every log first: a token seen writing with an ld-gitops comment on one resource marks its comment-less
    // writes (creates, metric patches) on the others as the tool's too.
    const logs = new Map();
    const slots = new semaphore/* Semaphore */.j(ATTRIBUTION_CONCURRENCY);
    await Promise.all(resources.map(async (resource) => {
        await slots.acquire();
        try {
            logs.set(resource, await readRecentAuditLog(api, resource.specifier));
        }
        catch (error) {
            resource.attributionError = error instanceof Error ? error.message : String(error);
        }
        finally {
            slots.release();
        }
    }));
    const tokens = toolTokenIds([...logs.values()].flat());
    for (const [resource, entries] of logs) {
        const attribution = attributeFromAuditLog(entries, tokens);
        if (attribution)
            resource.attribution = attribution;
    }
    return { hasDrift: resources.length > 0, plan, resources };
}

;// CONCATENATED MODULE: ./src/drift/detect-drift.ts



/** Plans the repository against live LaunchDarkly; any change in that plan is drift, attributed from the audit log. */
async function detectDrift(options) {
    const planned = await (0,create_plan/* createPlan */.q)({
        dir: options.dir,
        api: options.api,
        prune: options.prune ?? false,
        ...(options.defaultOwner !== undefined ? { defaultOwner: options.defaultOwner } : {}),
        // Drift detection only reports, and a mass deletion is exactly what it must show.
        deleteThreshold: delete_threshold/* NO_DELETE_THRESHOLD */.uy,
    });
    if (!planned.ok)
        return { ok: false, diagnostics: planned.diagnostics };
    return {
        ok: true,
        report: await buildDriftReport(options.api, planned.plan),
        diagnostics: planned.diagnostics,
    };
}

// EXTERNAL MODULE: ./src/launchdarkly/redact.ts
var redact = __webpack_require__(13231);
// EXTERNAL MODULE: ./src/render/diagnostic-text.ts
var diagnostic_text = __webpack_require__(79513);
;// CONCATENATED MODULE: ./src/render/drift-json.ts
/** The documented JSON form of a drift report (`version` 1): the drifted resources with attribution, and the plan. */
function driftReportToJson(report) {
    return {
        version: 1,
        hasDrift: report.hasDrift,
        resources: report.resources.map(({ change, specifier, attribution, attributionError }) => ({
            action: change.action,
            resourceType: change.resourceType,
            ...(change.project === undefined ? {} : { project: change.project }),
            ...(change.environment === undefined ? {} : { environment: change.environment }),
            key: change.key,
            specifier,
            ...(attribution ? { attribution } : {}),
            ...(attributionError ? { attributionError } : {}),
        })),
        // The plan as documented in schemas/plan.schema.json: it is the plan object itself.
        plan: report.plan,
    };
}
/** `drift --format json`: the documented drift report, pretty-printed. */
function renderDriftJson(report) {
    return `${JSON.stringify(driftReportToJson(report), null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/model/resource-identity.ts
var resource_identity = __webpack_require__(35244);
;// CONCATENATED MODULE: ./src/render/drift-attribution.ts
/** The audit log shows no change that explains the drift (the repo may have changed, or the log was trimmed). */
const NO_AUDIT_LOG_EXPLANATION = "no audit-log entry explains it";
/** `2024-05-01T12:00:00Z`. */
function formatAuditTime(millis) {
    return new Date(millis).toISOString().replace(".000Z", "Z");
}
/**
 * Who made the change, in words. A change made with the token ld-gitops uses but without an ld-gitops comment reads
 * the same for every resource type, whether LaunchDarkly took a comment for it (segments) or not (metrics).
 */
function describeChanger(attribution) {
    return attribution.source === "tool-token" || attribution.viaToolToken
        ? `${attribution.changedBy} (with the token ld-gitops uses, without an ld-gitops comment)`
        : attribution.changedBy;
}
/** ` (and 2 earlier changes since ld-gitops last wrote it)` when more than one change is counted. */
function earlierChanges(attribution) {
    const earlier = attribution.outOfBandChanges - 1;
    if (earlier < 1)
        return "";
    return ` (and ${earlier} earlier change${earlier === 1 ? "" : "s"} since ld-gitops last wrote it)`;
}
/** One line for a terminal, with the audit-log comment when the change has one. */
function describeAttributionText(resource) {
    const a = resource.attribution;
    if (a) {
        const comment = a.comment === undefined ? "" : ` — comment: ${JSON.stringify(a.comment)}`;
        return `last changed by ${describeChanger(a)}: ${a.description} at ${formatAuditTime(a.changedAt)}${earlierChanges(a)}${comment}`;
    }
    if (resource.attributionError)
        return `audit log unreadable: ${resource.attributionError}`;
    return NO_AUDIT_LOG_EXPLANATION;
}

// EXTERNAL MODULE: ./src/render/markdown-escape.ts
var markdown_escape = __webpack_require__(67835);
// EXTERNAL MODULE: ./src/render/wording.ts
var wording = __webpack_require__(83112);
;// CONCATENATED MODULE: ./src/render/drift-markdown.ts




/** What live state looks like compared with the repo, from the plan's action that would repair it. */
function driftKind(change) {
    switch (change.action) {
        case "create":
            return "missing in LaunchDarkly";
        case "update":
            return `changed (${(0,wording/* countOf */.p)(change.fields.length, "field")})`;
        case "delete":
            return "exists in LaunchDarkly, removed from the repo";
    }
}
/**
 * The attribution's cells, escaped: they must not break the table, and names and descriptions from the audit log
 * are outside text.
 */
function attributionCells(resource) {
    const a = resource.attribution;
    if (a) {
        // The comment is free text someone typed into LaunchDarkly: escaped so it cannot add links, pings or HTML.
        const comment = a.comment === undefined ? "" : ` — comment: “${(0,markdown_escape/* escapeMarkdownInline */.E4)(a.comment)}”`;
        return [
            (0,markdown_escape/* escapeMarkdownInline */.E4)(describeChanger(a)),
            formatAuditTime(a.changedAt),
            (0,markdown_escape/* escapeMarkdownInline */.E4)(a.description + earlierChanges(a)) + comment,
        ];
    }
    if (resource.attributionError)
        return ["—", "—", (0,markdown_escape/* escapeMarkdownInline */.E4)(`audit log unreadable: ${resource.attributionError}`)];
    return ["—", "—", NO_AUDIT_LOG_EXPLANATION];
}
/** A Markdown table of the drifted resources and who changed each one, newest change outside ld-gitops. */
function renderDriftMarkdown(report) {
    if (!report.hasDrift)
        return "No drift: LaunchDarkly matches the repository.\n";
    const lines = [
        `**${(0,wording/* countOf */.p)(report.resources.length, "resource")} drifted** from the repository.`,
        "",
        "| Resource | Drift | Changed by | When (UTC) | Last change |",
        "| --- | --- | --- | --- | --- |",
    ];
    for (const resource of report.resources) {
        const { change } = resource;
        const [by, when, what] = attributionCells(resource);
        lines.push(`| ${change.resourceType} \`${(0,resource_identity/* resourceAddress */.f)(change)}\` | ${driftKind(change)} | ${by} | ${when} | ${what} |`);
    }
    return lines.join("\n") + "\n";
}

;// CONCATENATED MODULE: ./src/render/drift-text.ts



const DRIFT_SIGN = { create: "+", update: "~", delete: "-" };
const DRIFT_KIND = {
    create: "missing in LaunchDarkly",
    update: "changed in LaunchDarkly",
    delete: "in LaunchDarkly, removed from the repository",
};
/** One line per drifted resource with who changed it; the plan that repairs it is printed after it by the caller. */
function renderDriftText(report) {
    if (!report.hasDrift)
        return "No drift: LaunchDarkly matches the repository.\n";
    const count = report.resources.length;
    const lines = [
        `Drift: ${(0,wording/* countOf */.p)(count, "resource")} ${(0,wording/* forCount */.V)(count, "differs", "differ")} from the repository.`,
    ];
    for (const resource of report.resources) {
        const { change } = resource;
        lines.push(`  ${DRIFT_SIGN[change.action]} ${change.resourceType} ${(0,resource_identity/* resourceAddress */.f)(change)}: ${DRIFT_KIND[change.action]}`, `      ${describeAttributionText(resource)}`);
    }
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(70893);
// EXTERNAL MODULE: ./src/cli/shared.ts + 6 modules
var shared = __webpack_require__(49463);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts + 1 modules
var plan = __webpack_require__(38325);
;// CONCATENATED MODULE: ./src/cli/commands/drift.ts













/** Same convention as `plan`: 0 nothing drifted, 2 drift found, 1 error. */
const DRIFT_EXIT = { noDrift: 0, error: 1, drift: 2 };
function renderDrift(report, format, color) {
    switch (format) {
        case "json":
            return renderDriftJson(report);
        case "markdown":
            return report.hasDrift
                ? `${renderDriftMarkdown(report)}\n${(0,markdown/* renderPlanMarkdown */.d$)(report.plan)}`
                : renderDriftMarkdown(report);
        case "text":
            return report.hasDrift
                ? `${renderDriftText(report)}\nTo bring LaunchDarkly back to the repository:\n\n${(0,render_text/* renderPlanText */.$)(report.plan, { color })}`
                : renderDriftText(report);
    }
}
/**
 * `ld-gitops drift [--dir DIR] [--format text|markdown|json] [--out FILE] [--prune] [--base-uri URL]`: compares
 * live LaunchDarkly with the repository and says, from the audit log, who changed each drifted resource.
 * Never writes; a reader token is enough.
 */
function registerDriftCommand(program) {
    program
        .command("drift")
        .description("Report where LaunchDarkly differs from the repository, and who changed it. Exit 0: no drift, 2: drift, 1: error.")
        .addOption((0,shared/* configDirOption */.bq)())
        .addOption(new esm/* Option */.c$("-f, --format <format>", "output format")
        .choices(["text", "markdown", "json"])
        .default("text"))
        .option("-o, --out <file>", "write the report to this file; stdout then gets only the summary line")
        .option("--prune", "also report owned resources that were removed from the repository but still exist")
        .addOption((0,shared/* baseUriOption */.VH)())
        .addHelpText("after", (0,shared/* commandHelp */.bD)([
        "LD_ACCESS_TOKEN=api-... ld-gitops drift --dir launchdarkly --format markdown --out drift.md",
    ]))
        .action(async (options) => {
        process.exitCode = await runDriftCommand(options);
    });
}
async function runDriftCommand(options) {
    const stderrColor = (picocolors_default()).isColorSupported && process.stderr.isTTY === true;
    let api;
    try {
        api = (0,shared/* createCliClient */.OX)(options.baseUri).client;
        const result = await detectDrift({
            dir: options.dir,
            api,
            prune: options.prune ?? false,
            ...(0,plan.ownerOptions)(options.dir, false),
        });
        if (!result.ok) {
            for (const diagnostic of result.diagnostics)
                process.stderr.write(`${(0,diagnostic_text/* formatDiagnosticText */.K)(diagnostic, { color: stderrColor })}\n`);
            process.stderr.write("error: the configuration has errors; fix them first (see `ld-gitops validate`)\n");
            return DRIFT_EXIT.error;
        }
        const { report } = result;
        const toTerminal = options.out === undefined && process.stdout.isTTY === true;
        const text = renderDrift(report, options.format, toTerminal && (picocolors_default()).isColorSupported);
        const summary = report.hasDrift ? `Drift: ${(0,wording/* countOf */.p)(report.resources.length, "resource")}.` : "No drift.";
        await (0,shared/* printReport */.Y_)(text, options.out, summary);
        return report.hasDrift ? DRIFT_EXIT.drift : DRIFT_EXIT.noDrift;
    }
    catch (error) {
        process.stderr.write(`error: ${(0,redact/* safeErrorMessage */.Jo)(error)}\n`);
        return DRIFT_EXIT.error;
    }
    finally {
        await api?.close();
    }
}


/***/ })

};
