export const id = 733;
export const ids = [733];
export const modules = {

/***/ 92733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerValidateCommand: () => (/* binding */ registerValidateCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(57336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/wording/finding-messages.ts
var finding_messages = __webpack_require__(17370);
;// CONCATENATED MODULE: ./src/action/github-annotations.ts


/**
 * Emits each diagnostic as a GitHub annotation (`::error file=…,line=…,col=…::message`), so problems show
 * on the pull request's changed lines. GitHub shows at most 10 errors and 10 warnings per step; the rest
 * still appear in the log.
 */
function emitGitHubAnnotations(diagnostics, sink = core) {
    for (const diagnostic of diagnostics) {
        const properties = {
            title: "ld-gitops",
            file: diagnostic.file,
            startLine: diagnostic.line,
            startColumn: diagnostic.column,
        };
        const message = (0,finding_messages/* describeFinding */.jb)(diagnostic, { edge: "action" });
        if (diagnostic.severity === "error")
            sink.error(message, properties);
        else
            sink.warning(message, properties);
    }
}

// EXTERNAL MODULE: ./src/pipeline/load-and-validate.ts + 21 modules
var load_and_validate = __webpack_require__(68988);
// EXTERNAL MODULE: ./src/render/validation-report.ts
var validation_report = __webpack_require__(4932);
// EXTERNAL MODULE: ./src/cli/member-progress.ts
var member_progress = __webpack_require__(71720);
// EXTERNAL MODULE: ./src/cli/shared.ts + 6 modules
var shared = __webpack_require__(49463);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts







/** `ld-gitops validate [--dir DIR] [--format text|json]`: exit 0 when valid (warnings allowed), 1 when not. */
function registerValidateCommand(program) {
    program
        .command("validate")
        .description("Check the YAML config (schema and LaunchDarkly's rules) without calling LaunchDarkly.")
        .addOption((0,shared/* configDirOption */.bq)())
        .addOption(new esm/* Option */.c$("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
        .addHelpText("after", (0,shared/* commandHelp */.bD)(["ld-gitops validate --dir launchdarkly   # no token, no network: files only"], false))
        .action(async (options) => {
        let result;
        try {
            const progress = (0,member_progress/* memberProgress */.E)();
            try {
                result = await (0,load_and_validate/* validateConfigDirectory */.W)(options.dir, { onMemberProgress: progress.update });
            }
            finally {
                progress.done();
            }
        }
        catch (error) {
            if (!(error instanceof load_and_validate/* ConfigDirectoryError */.O))
                throw error;
            const color = (picocolors_default()).isColorSupported && process.stderr.isTTY === true;
            process.stderr.write(`${picocolors_default().createColors(color).red("error")}: ${error.message}\n`);
            process.exitCode = 1;
            return;
        }
        if (options.format === "json") {
            // Annotations go to stdout as workflow commands; in JSON mode stdout belongs to the JSON alone.
            process.stdout.write((0,validation_report/* formatValidationJson */.dh)(result));
        }
        else {
            if (process.env.GITHUB_ACTIONS === "true")
                emitGitHubAnnotations(result.diagnostics);
            const color = (picocolors_default()).isColorSupported && process.stdout.isTTY === true;
            process.stdout.write((0,validation_report/* formatValidationText */.WH)(result, { color }));
        }
        process.exitCode = (0,validation_report/* isValid */.fn)(result) ? 0 : 1;
    });
}


/***/ }),

/***/ 71720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ memberProgress)
/* harmony export */ });
// While member files are read (a million-row cohort takes seconds), one status line on a terminal's stderr:
// the file and the rows read so far, redrawn at most every 200 ms and cleared when the reading is done.
const REDRAW_MS = 200;
/** Draws on `out` only when it is a terminal; otherwise does nothing. */
function memberProgress(out = process.stderr) {
    if (out.isTTY !== true)
        return { update: () => { }, done: () => { } };
    let lastDraw = 0;
    let drawn = false;
    return {
        update(file, rows) {
            const now = Date.now();
            if (now - lastDraw < REDRAW_MS)
                return;
            lastDraw = now;
            const line = `reading ${file}: ${rows.toLocaleString("en-US")} rows`;
            out.write(`\r${line.slice(0, (out.columns ?? 120) - 1)}\u001b[K`);
            drawn = true;
        },
        done() {
            if (drawn)
                out.write("\r\u001b[K");
            drawn = false;
        },
    };
}


/***/ }),

/***/ 4932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ formatValidationText),
/* harmony export */   dh: () => (/* binding */ formatValidationJson),
/* harmony export */   fn: () => (/* binding */ isValid)
/* harmony export */ });
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57336);
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picocolors__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17370);
/* harmony import */ var _diagnostic_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79513);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83112);




function isValid(result) {
    return !result.diagnostics.some((d) => d.severity === "error");
}
function formatValidationJson(result) {
    const json = {
        valid: isValid(result),
        files: result.files,
        resources: {
            segments: result.state.segments.length,
            metrics: result.state.metrics.length,
            roles: result.state.roles.length,
        },
        diagnostics: result.diagnostics.map((diagnostic) => ({
            file: diagnostic.file,
            line: diagnostic.line,
            column: diagnostic.column,
            path: diagnostic.path,
            code: diagnostic.code,
            params: diagnostic.params,
            message: (0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFinding */ .jb)(diagnostic),
            severity: diagnostic.severity,
        })),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
/** One line per diagnostic, then a one-line summary. */
function formatValidationText(result, options = {}) {
    const lines = result.diagnostics.map((d) => (0,_diagnostic_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnosticText */ .K)(d, options));
    lines.push(summaryLine(result, options.color ?? false));
    return `${lines.join("\n")}\n`;
}
function summaryLine(result, color) {
    if (isValid(result)) {
        const files = (0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(result.files, "file");
        const { segments, metrics, roles, contextKinds = [] } = result.state;
        const warnings = result.diagnostics.length;
        const kinds = contextKinds.length > 0 ? `, ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(contextKinds.length, "context kind")}` : "";
        const text = `✔ ${files} valid: ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(segments.length, "segment")}, ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(metrics.length, "metric")}, ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(roles.length, "role")}${kinds}${warnings > 0 ? ` (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(warnings, "warning")})` : ""}`;
        return picocolors__WEBPACK_IMPORTED_MODULE_3___default().createColors(color).green(text);
    }
    return picocolors__WEBPACK_IMPORTED_MODULE_3___default().createColors(color).red(failureSummary(result));
}
/**
 * `✖ 8 errors in 2 files, 1 warning (4 files checked)`: the files that need fixing, then how many were read when
 * that is more, so the count never reads as "every file is broken".
 */
function failureSummary(result) {
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    const warnings = result.diagnostics.length - errors.length;
    const failing = new Set(errors.map((d) => d.file)).size;
    const checked = failing < result.files ? ` (${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(result.files, "file")} checked)` : "";
    return `✖ ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(errors.length, "error")} in ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(failing, "file")}${warnings > 0 ? `, ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_2__/* .countOf */ .p)(warnings, "warning")}` : ""}${checked}`;
}


/***/ })

};
