export const id = 759;
export const ids = [759];
export const modules = {

/***/ 10779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 82395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ buildAuditComment),
/* harmony export */   W: () => (/* binding */ resolveCommitSha)
/* harmony export */ });
/* harmony import */ var _launchdarkly_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13231);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _git_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65189);
// The comment every write carries (where LaunchDarkly's API takes one), so LaunchDarkly's audit log says which tool,
// which commit and which pull request or run made the change.



/**
 * `ld-gitops 0.1.0: apply of commit 0123abc… (https://github.com/o/r/pull/7)`; without either,
 * `ld-gitops 0.1.0: apply (no commit or run URL known)`. Always starts with the tool's name: drift recognises the
 * tool's own writes by it (`hasToolComment`).
 */
function buildAuditComment(input = {}) {
    const sha = input.sha?.trim();
    const url = input.url?.trim();
    let comment = `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l} ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w}: apply`;
    if (sha)
        comment += ` of commit ${sha}`;
    if (url)
        comment += ` (${url})`;
    if (!sha && !url)
        comment += " (no commit or run URL known)";
    // A URL or ref from the environment must never carry a token into LaunchDarkly's audit log.
    return (0,_launchdarkly_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(comment);
}
/**
 * The commit of the config directory: `git -C DIR rev-parse HEAD` (the directory's own repository, whatever the
 * current directory is), else `GITHUB_SHA` (Actions, where git may refuse the checkout), else undefined.
 */
function resolveCommitSha(env = process.env, dir = process.cwd()) {
    return (0,_git_info_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommitOf */ .T)(dir) ?? (env.GITHUB_SHA?.trim() || undefined);
}


/***/ }),

/***/ 65189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ gitPathOf),
/* harmony export */   T: () => (/* binding */ gitCommitOf)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// What git knows about the config directory: the commit it is at, and where it sits in its repository. Read with
// `git -C DIR`, so the answer is the config directory's repository whatever the current directory is.

/** Git's output, or undefined when git is missing or `dir` is not in a checkout. */
function git(dir, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", ["-C", dir, ...args], {
            encoding: "utf8",
            stdio: ["ignore", "pipe", "ignore"],
            timeout: 5_000,
        }).trim();
    }
    catch {
        return undefined;
    }
}
/** `git -C DIR rev-parse HEAD`: the full commit sha, or undefined. */
function gitCommitOf(dir) {
    const sha = git(dir, ["rev-parse", "HEAD"]);
    return sha !== undefined && /^[0-9a-f]{7,64}$/i.test(sha) ? sha : undefined;
}
/**
 * `DIR` relative to the top of its repository (`launchdarkly/`, or `./` for the top itself): the same on every
 * clone, whatever directory the command ran in. Undefined outside a checkout.
 */
function gitPathOf(dir) {
    const prefix = git(dir, ["rev-parse", "--show-prefix"]);
    if (prefix === undefined)
        return undefined;
    return prefix === "" ? "./" : prefix;
}


/***/ }),

/***/ 13955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ explainPlanSource),
/* harmony export */   XG: () => (/* binding */ withPlanSource),
/* harmony export */   cg: () => (/* binding */ planSourceOf),
/* harmony export */   iH: () => (/* binding */ parsePlanSource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _audit_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82395);
/* harmony import */ var _git_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65189);
// Where a saved plan came from: the config directory and the commit it was at. `apply --plan` compares it with where
// it runs now, so a plan that no longer matches can say why (another directory, another commit) instead of only
// "something changed".



/** Where a plan of `dir` comes from, now. */
function planSourceOf(dir, env = process.env) {
    const source = { dir };
    const repositoryPath = (0,_git_info_js__WEBPACK_IMPORTED_MODULE_2__/* .gitPathOf */ .F)(dir);
    if (repositoryPath !== undefined)
        source.repositoryPath = repositoryPath;
    const commit = (0,_audit_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommitSha */ .W)(env, dir);
    if (commit !== undefined)
        source.commit = commit;
    return source;
}
/** The plan with its source recorded, for `plan --format json` to save. The hash (of `changes`) is unchanged. */
function withPlanSource(plan, source) {
    return { ...plan, source };
}
/** A `source` read from a plan file, or undefined when it is missing or not the shape written above. */
function parsePlanSource(value) {
    if (!value || typeof value !== "object")
        return undefined;
    const { dir, repositoryPath, commit } = value;
    if (typeof dir !== "string")
        return undefined;
    const source = { dir };
    if (typeof repositoryPath === "string")
        source.repositoryPath = repositoryPath;
    if (typeof commit === "string")
        source.commit = commit;
    return source;
}
const shortSha = (sha) => sha.slice(0, 7);
/** `` `launchdarkly/` at commit abc1234 ``. */
function describePlanSource(source) {
    const where = `\`${source.repositoryPath ?? source.dir}\``;
    return source.commit ? `${where} at commit ${shortSha(source.commit)}` : where;
}
/** Whether two sources name the same directory: by repository path when both know it, else by absolute path. */
function sameDirectory(a, b) {
    if (a.repositoryPath !== undefined && b.repositoryPath !== undefined)
        return a.repositoryPath === b.repositoryPath;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(a.dir) === (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(b.dir);
}
/**
 * One sentence on where the saved plan came from compared with this run, for the message when the plans differ:
 * "this plan was made from `launchdarkly/` at commit abc1234; this apply reads `other/`".
 */
function explainPlanSource(saved, current) {
    if (saved === undefined) {
        return "the plan file does not say which directory or commit it was made from (it was saved by an older ld-gitops)";
    }
    const made = `this plan was made from ${describePlanSource(saved)}`;
    if (!sameDirectory(saved, current))
        return `${made}; this apply reads ${describePlanSource(current)}`;
    if (saved.commit && current.commit && saved.commit !== current.commit)
        return `${made}; the repository is now at commit ${shortSha(current.commit)}`;
    if (saved.commit && current.commit)
        return `${made}, the same commit as now: the files changed without a commit, or LaunchDarkly changed`;
    return `${made}; this apply reads the same directory, so its files or LaunchDarkly changed`;
}


/***/ }),

/***/ 38325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PLAN_EXIT: () => (/* binding */ PLAN_EXIT),
  ownerOptions: () => (/* binding */ ownerOptions),
  registerPlanCommand: () => (/* binding */ registerPlanCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(57336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
// EXTERNAL MODULE: ./src/apply/plan-source.ts
var plan_source = __webpack_require__(13955);
// EXTERNAL MODULE: ./src/launchdarkly/redact.ts
var redact = __webpack_require__(13231);
// EXTERNAL MODULE: ./src/pipeline/create-plan.ts + 3 modules
var create_plan = __webpack_require__(66400);
// EXTERNAL MODULE: ./src/plan/delete-threshold.ts
var delete_threshold = __webpack_require__(85978);
// EXTERNAL MODULE: ./src/plan/plan-warnings.ts
var plan_warnings = __webpack_require__(68592);
// EXTERNAL MODULE: ./src/render/describe.ts + 2 modules
var describe = __webpack_require__(40818);
// EXTERNAL MODULE: ./src/render/diagnostic-text.ts
var diagnostic_text = __webpack_require__(79513);
// EXTERNAL MODULE: ./src/render/json.ts
var json = __webpack_require__(15104);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(70893);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/cli/default-owner.ts
// The owner a configuration gets when no file sets `owner:`: the GitHub repository it lives in. On GitHub Actions
// that is GITHUB_REPOSITORY; on a laptop, the `origin` remote of the config directory's git repository, so that a
// local plan and the CI plan of the same repository agree on who owns what.

/** `owner/repo` of a GitHub remote URL (https or ssh), else undefined. */
function repositoryOfRemote(url) {
    const match = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    return match ? `${match[1]}/${match[2]}` : undefined;
}
function defaultOwner(dir, env = process.env) {
    const fromEnv = env.GITHUB_REPOSITORY?.trim();
    if (fromEnv)
        return fromEnv;
    try {
        const url = (0,external_node_child_process_.execFileSync)("git", ["-C", dir, "remote", "get-url", "origin"], {
            encoding: "utf8",
            stdio: ["ignore", "pipe", "ignore"],
        });
        return repositoryOfRemote(url);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/cli/member-progress.ts
var member_progress = __webpack_require__(71720);
// EXTERNAL MODULE: ./src/cli/shared.ts + 6 modules
var shared = __webpack_require__(49463);
;// CONCATENATED MODULE: ./src/cli/commands/plan.ts















/** Exit codes, like `terraform plan -detailed-exitcode`. */
const PLAN_EXIT = { noChanges: 0, error: 1, changes: 2 };
/**
 * `ld-gitops plan [--dir DIR] [--format text|markdown|json] [--out FILE] [--prune] [--delete-threshold N|N%|N,N%]
 * [--base-uri URL]`. Reads LD_ACCESS_TOKEN and LD_BASE_URI; a reader token is enough.
 */
function registerPlanCommand(program) {
    program
        .command("plan")
        .description("Show what apply would change in LaunchDarkly. Exit 0: no changes, 2: changes, 1: error.")
        .addOption((0,shared/* configDirOption */.bq)())
        .addOption(new esm/* Option */.c$("-f, --format <format>", "output format")
        .choices(["text", "markdown", "json"])
        .default("text"))
        .option("-o, --out <file>", "write the plan to this file; stdout then gets only the summary line (`Plan: 1 to create, ...`)")
        .option("--prune", "delete resources managed by ld-gitops that are no longer in the repository")
        .addOption((0,shared/* deleteThresholdOption */.c$)())
        .option("--take-over", "write this configuration's ownership marker over another owner's instead of refusing (each such change is shown)")
        .addOption((0,shared/* baseUriOption */.VH)())
        .addHelpText("after", (0,shared/* commandHelp */.bD)([
        "LD_ACCESS_TOKEN=api-... ld-gitops plan --dir launchdarkly --format json --out plan.json",
    ]))
        .action(async (options) => {
        process.exitCode = await runPlanCommand(options);
    });
}
async function runPlanCommand(options) {
    const stderrColor = (picocolors_default()).isColorSupported && process.stderr.isTTY === true;
    const fail = (message) => {
        process.stderr.write(`${picocolors_default().createColors(stderrColor).red("error")}: ${message}\n`);
        return PLAN_EXIT.error;
    };
    let api;
    try {
        const deleteThreshold = (0,delete_threshold/* parseDeleteThresholds */.Z5)(options.deleteThreshold ?? []);
        api = (0,shared/* createCliClient */.OX)(options.baseUri).client;
        const progress = (0,member_progress/* memberProgress */.E)();
        const result = await (0,create_plan/* createPlan */.q)({
            dir: options.dir,
            onMemberProgress: progress.update,
            api,
            prune: options.prune ?? false,
            ...(deleteThreshold ? { deleteThreshold } : {}),
            ...ownerOptions(options.dir, options.takeOver),
        }).finally(() => progress.done());
        // Warnings (and errors) at file:line:col on stderr, as `validate` prints them.
        for (const diagnostic of result.diagnostics)
            process.stderr.write(`${(0,diagnostic_text/* formatDiagnosticText */.K)(diagnostic, { color: stderrColor })}\n`);
        if (!result.ok)
            return fail("the configuration has errors; fix them before planning (see `ld-gitops validate` and above)");
        const { plan } = result;
        const toTerminal = options.out === undefined && process.stdout.isTTY === true;
        // Text on stdout: the validation warnings were just printed on stderr; the plan's own warnings stay.
        // The same warning is the same code, parameters and location.
        const printed = new Set(result.diagnostics.map((diagnostic) => (0,plan_warnings/* planWarningKey */.D)((0,plan_warnings/* planWarningOf */.V)(diagnostic))));
        const text = options.format === "json"
            ? (0,json/* renderPlanJson */.u)((0,plan_source/* withPlanSource */.XG)(plan, (0,plan_source/* planSourceOf */.cg)(options.dir)))
            : options.format === "markdown"
                ? (0,markdown/* renderPlanMarkdown */.d$)(plan)
                : (0,render_text/* renderPlanText */.$)(options.out === undefined
                    ? {
                        ...plan,
                        warnings: plan.warnings.filter((warning) => !printed.has((0,plan_warnings/* planWarningKey */.D)(warning))),
                    }
                    : plan, { color: toTerminal && (picocolors_default()).isColorSupported });
        // With --out the file holds the plan; the terminal/CI log still gets the one line a reader needs.
        await (0,shared/* printReport */.Y_)(text, options.out, (0,describe/* summaryLine */.dC)(plan));
        const refused = plan.impact?.refusals.length ?? 0;
        if (refused > 0)
            return fail(`${refused} delete${refused === 1 ? " is" : "s are"} still in use and refused (listed in the plan); apply would refuse this plan`);
        return plan.changes.length === 0 ? PLAN_EXIT.noChanges : PLAN_EXIT.changes;
    }
    catch (error) {
        // Never print the config: it holds the token.
        return fail((0,redact/* safeErrorMessage */.Jo)(error));
    }
    finally {
        await api?.close();
    }
}
/** The owner default (the repository) and `--take-over`, as `createPlan` takes them. */
function ownerOptions(dir, takeOver, env = process.env) {
    const owner = defaultOwner(dir, env);
    return { ...(owner !== undefined ? { defaultOwner: owner } : {}), ...(takeOver ? { takeOver: true } : {}) };
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

/***/ 35244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ resourceAddress)
/* harmony export */ });
// Which managed resource something is about: a plan change, an apply result, a drift finding, a diagnostic's
// subject. Every stage names resources through this type; `resourceAddress` is the one way to write it for people,
// and src/permissions/format-resource-specifier.ts the one way to write it for LaunchDarkly.
/** `project/environment/key` for a segment, `project/key` for a metric or context kind, `key` for a role. */
function resourceAddress(resource) {
    return [resource.project, resource.environment, resource.key]
        .filter((part) => part !== undefined)
        .join("/");
}


/***/ }),

/***/ 66400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ createPlan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/live/live-reads.ts
var live_reads = __webpack_require__(29454);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
;// CONCATENATED MODULE: ./src/live/member-identifiers.ts

const IDENTIFIER_SAMPLE_SIZE = 20;
/** At most this share of known keys counts as "almost none". */
const ALMOST_NONE = 0.1;
/** `count` keys spread evenly over the sorted keys: the same sample for the same file, every run. */
function sampleKeys(keys, count = IDENTIFIER_SAMPLE_SIZE) {
    if (keys.length <= count)
        return [...keys];
    const step = keys.length / count;
    return Array.from({ length: count }, (_, i) => keys[Math.floor(i * step)]);
}
/** Warnings for the plan; reads nothing when the client cannot read contexts. A failed read skips that file. */
async function checkMemberIdentifiers(api, plan, desired) {
    const getContexts = api.getContexts?.bind(api);
    if (!getContexts || !desired.memberSets)
        return [];
    const sets = [...desired.memberSets.values()];
    const checked = new Set();
    const findings = [];
    for (const change of plan.changes) {
        if (change.action === "delete" || !change.membership)
            continue;
        const project = change.project ?? "";
        const environment = change.environment ?? "";
        for (const list of change.membership) {
            for (const path of list.files) {
                const set = sets.find((s) => s.ref.path === path && s.ref.contextKind === list.contextKind);
                const id = `${project}/${environment}/${path}/${list.contextKind}`;
                if (!set || set.keys.length === 0 || checked.has(id))
                    continue;
                checked.add(id);
                const found = await sampleKnown(getContexts, project, environment, set);
                if (found === undefined)
                    continue;
                if (found.known <= found.sampled * ALMOST_NONE)
                    findings.push((0,finding/* finding */.g)("plan.members-unknown-contexts", {
                        file: path,
                        ...(set.ref.column !== undefined ? { column: set.ref.column } : {}),
                        contextKind: set.ref.contextKind,
                        project,
                        environment,
                        sampled: found.sampled,
                        known: found.known,
                    }));
            }
        }
    }
    return findings;
}
async function sampleKnown(getContexts, project, environment, set) {
    const sample = sampleKeys(set.keys);
    try {
        const answers = await Promise.all(sample.map((key) => getContexts(project, environment, set.ref.contextKind, key)));
        return {
            sampled: sample.length,
            known: answers.filter((answer) => (answer.items ?? []).length > 0).length,
        };
    }
    catch {
        // A token without access to contexts, or a context kind LaunchDarkly does not have: no verdict.
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/live/read-live-state.ts + 1 modules
var read_live_state = __webpack_require__(46583);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
// EXTERNAL MODULE: ./src/model/segment.ts
var model_segment = __webpack_require__(25176);
;// CONCATENATED MODULE: ./src/plan/context-kind-usage.ts
// Every context kind the segments use (targets, rule clauses, rule rollouts, big segments) must exist in the
// project, or be declared under `contextKinds` (apply creates those first). A misspelt kind (`organisation`
// for `organization`) would make a segment match no one without any error from LaunchDarkly, so plan stops.



const DEFAULT_KIND = "user";
/** Calls `use` with every context kind the definition uses, in every environment; `path` says where (built on ask). */
function forEachUse(definition, use) {
    for (const segment of (0,model_segment/* resolveSegment */.K)(definition)) {
        if ((segment.included?.length ?? 0) > 0)
            use(DEFAULT_KIND, () => "/included");
        if ((segment.excluded?.length ?? 0) > 0)
            use(DEFAULT_KIND, () => "/excluded");
        for (const field of ["includedContexts", "excludedContexts"])
            segment[field]?.forEach((target, index) => {
                use(target.contextKind, () => `/${field}/${index}/contextKind`);
            });
        segment.rules?.forEach((rule, ruleIndex) => {
            rule.clauses.forEach((clause, clauseIndex) => {
                // A segmentMatch clause names segments; its context kind is not used.
                if (clause.op === "segmentMatch")
                    return;
                use(clause.contextKind ?? DEFAULT_KIND, () => `/rules/${ruleIndex}/clauses/${clauseIndex}/contextKind`);
            });
            if (rule.rolloutContextKind !== undefined)
                use(rule.rolloutContextKind, () => `/rules/${ruleIndex}/rolloutContextKind`);
        });
        if (segment.unbounded)
            use(segment.unboundedContextKind ?? DEFAULT_KIND, () => "/unboundedContextKind");
    }
}
/** Each use once (the same kind at the same place in several environments is one use). */
function usesOf(definition) {
    const uses = new Map();
    forEachUse(definition, (kind, where) => {
        const path = where();
        uses.set(`${kind} ${path}`, { kind, path });
    });
    return [...uses.values()];
}
/** The kinds a definition uses, without where: cheap enough to ask of every segment. */
function kindsUsedBy(definition) {
    const kinds = new Set();
    forEachUse(definition, (kind) => kinds.add(kind));
    return kinds;
}
/**
 * Errors for context kinds that the project does not have (or has archived) and the repo does not declare.
 * Projects whose context kinds were not read are not checked.
 */
function checkContextKindUsage(desired, live) {
    const diagnostics = [];
    const declared = new Map();
    for (const kind of desired.contextKinds ?? []) {
        const kinds = declared.get(kind.project) ?? new Map();
        kinds.set(kind.key, kind.archived === true || kind.hideInTargeting === true);
        declared.set(kind.project, kinds);
    }
    // Per project: each kind and whether it is archived, and the kinds segments may target.
    const kindsOf = new Map();
    for (const definition of desired.segments) {
        let kinds = kindsOf.get(definition.project);
        if (kinds === undefined) {
            const existing = live.contextKinds?.get(definition.project);
            if (existing === undefined)
                continue;
            // Archived: "Archived context kinds are unavailable for targeting." The repo's declaration wins over
            // LaunchDarkly.
            const archived = new Map(existing.map((kind) => [kind.key, kind.archived === true || kind.hideInTargeting === true]));
            for (const [key, isArchived] of declared.get(definition.project) ?? [])
                archived.set(key, isArchived);
            const available = [...archived].filter(([, isArchived]) => !isArchived).map(([key]) => key);
            kinds = { archived, available };
            kindsOf.set(definition.project, kinds);
        }
        const { archived, available } = kinds;
        // Most segments use only kinds that exist: only those that do not are worth locating.
        if ([...kindsUsedBy(definition)].every((kind) => archived.get(kind) === false))
            continue;
        for (const use of usesOf(definition)) {
            const known = archived.get(use.kind);
            if (known === false)
                continue;
            const near = available.length > 0 ? (0,mod/* closest */.kp)(use.kind, available) : undefined;
            const suggestion = near !== undefined && (0,mod/* distance */.Io)(near, use.kind) <= Math.max(2, Math.floor(use.kind.length / 3))
                ? near
                : undefined;
            diagnostics.push({
                file: definition.source.file,
                line: definition.source.line,
                column: definition.source.column,
                path: use.path,
                ...(0,finding/* finding */.g)("segment.unknown-context-kind", {
                    key: definition.key,
                    kind: use.kind,
                    project: definition.project,
                    at: use.path,
                    archived: known === true,
                    available,
                    ...(suggestion !== undefined ? { suggestion } : {}),
                }),
                severity: "error",
            });
        }
    }
    return diagnostics;
}

// EXTERNAL MODULE: ./src/plan/plan-warnings.ts
var plan_warnings = __webpack_require__(68592);
// EXTERNAL MODULE: ./src/model/resource-identity.ts
var resource_identity = __webpack_require__(35244);
;// CONCATENATED MODULE: ./src/plan/segment-match-references.ts
// Validate can only warn about a `segmentMatch` naming a segment the repo does not declare: it cannot see
// LaunchDarkly. Plan has just listed those environments' segments, so it settles the question: the warning goes
// away when the segment exists there, and becomes an error when it exists nowhere (or prune deletes it), because
// apply would then write a rule that matches no one.


/** The referenced key and scopes of a validate `segment.unknown-segment-match` warning, or undefined for any other. */
function segmentMatchReference(diagnostic) {
    if (diagnostic.severity !== "warning" || diagnostic.code !== "segment.unknown-segment-match")
        return undefined;
    return diagnostic.params;
}
/**
 * Replaces validate's `segmentMatch` warnings with what the live state shows: dropped when the segment exists in
 * every named environment (and is not being deleted), an error at the same file:line:column when it exists in
 * none of the repo, LaunchDarkly or what survives this plan. Warnings about environments that were not read stay.
 * Other diagnostics pass through unchanged, in order.
 */
function resolveSegmentMatchWarnings(diagnostics, live, plan) {
    const deleted = new Set(plan.changes
        .filter((change) => change.resourceType === "segment" && change.action === "delete")
        .map((change) => (0,resource_identity/* resourceAddress */.f)(change)));
    // Keys of the live (not deleted) segments per scope, built once per scope a warning names.
    const liveKeys = new Map();
    const liveKeysOf = (scope) => {
        if (!liveKeys.has(scope)) {
            const segments = live.segments.get(scope);
            liveKeys.set(scope, segments && new Set(segments.filter((segment) => !segment.deleted).map((segment) => segment.key)));
        }
        return liveKeys.get(scope);
    };
    const result = [];
    for (const diagnostic of diagnostics) {
        const reference = segmentMatchReference(diagnostic);
        if (!reference) {
            result.push(diagnostic);
            continue;
        }
        const missing = [];
        const deletedHere = [];
        const unread = [];
        for (const scope of reference.scopes) {
            const keys = liveKeysOf(scope);
            if (keys === undefined)
                unread.push(scope);
            else if (!keys.has(reference.key))
                missing.push(scope);
            else if (deleted.has(`${scope}/${reference.key}`))
                deletedHere.push(scope);
        }
        if (missing.length > 0 || deletedHere.length > 0) {
            const { file, line, column, path } = diagnostic;
            result.push({
                file,
                line,
                column,
                path,
                severity: "error",
                ...(0,finding/* finding */.g)("segment.missing-segment-match", {
                    key: reference.key,
                    missing,
                    deleted: deletedHere,
                    prune: { name: "prune" },
                }),
            });
        }
        else if (unread.length > 0) {
            result.push(diagnostic);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/pipeline/load-and-validate.ts + 21 modules
var load_and_validate = __webpack_require__(68988);
// EXTERNAL MODULE: ./src/pipeline/read-and-plan.ts + 5 modules
var read_and_plan = __webpack_require__(79902);
;// CONCATENATED MODULE: ./src/pipeline/create-plan.ts
// Load → validate → read live → plan: the one entry point the CLI, the GitHub Action and drift detection call.









/**
 * Throws `MissingScopeError` (src/live) when the repo names a project or environment LaunchDarkly does not have,
 * `DeleteThresholdError` when the plan deletes too much, and the client's errors for HTTP failures.
 */
async function createPlan(options) {
    // The reads of LaunchDarkly start while the files load: each file names its project, environments and resource
    // types, and the list reads (most of a plan's time) then overlap parsing and validation.
    const reads = new live_reads/* LiveReads */.mg(options.api);
    const starter = new live_reads/* LiveReadStarter */.o4(reads, options.prune ? read_live_state/* PRUNE_READ_OPTIONS */.$D : {});
    const { state, diagnostics, files } = await (0,load_and_validate/* validateConfigDirectory */.W)(options.dir, {
        ...(options.onMemberProgress ? { onMemberProgress: options.onMemberProgress } : {}),
        onFileLoaded: (loaded) => starter.start(loaded),
    });
    if (diagnostics.some((diagnostic) => diagnostic.severity === "error"))
        return { ok: false, diagnostics, files };
    if (state.owner === undefined && options.defaultOwner !== undefined)
        state.owner = options.defaultOwner;
    const { plan, live } = await (0,read_and_plan/* readAndPlan */.N)(options.api, state, {
        prune: options.prune ?? false,
        deleteThreshold: options.deleteThreshold,
        ...(options.takeOver ? { takeOver: true } : {}),
        configDir: (0,external_node_path_.resolve)(options.dir),
        reads,
    });
    // Context kinds the segments use must exist (or be declared): a misspelt kind would match no one, so no plan.
    const kindErrors = checkContextKindUsage(state, live);
    if (kindErrors.length > 0)
        return { ok: false, diagnostics: [...diagnostics, ...kindErrors], files };
    // Validate's warnings, settled where the live state answers them, travel with the plan: a reviewer reading
    // the plan (terminal, JSON, PR comment) sees them without running validate separately.
    const resolved = resolveSegmentMatchWarnings(diagnostics, live, plan);
    if (resolved.some((diagnostic) => diagnostic.severity === "error"))
        return { ok: false, diagnostics: resolved, files };
    plan.warnings.unshift(...resolved.map(plan_warnings/* planWarningOf */.V));
    // Reads, but only for member files the plan changes; warnings only (they never change the plan's hash).
    plan.warnings.push(...(await checkMemberIdentifiers(options.api, plan, state)));
    return { ok: true, plan, desired: state, diagnostics: resolved, files };
}


/***/ }),

/***/ 79902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ readAndPlan)
});

// EXTERNAL MODULE: ./src/live/read-live-state.ts + 1 modules
var read_live_state = __webpack_require__(46583);
;// CONCATENATED MODULE: ./src/live/read-usage.ts
/** At most this many segment reads per environment before the flag list is the cheaper way. */
const SEGMENT_READS_PER_ENVIRONMENT = 5;
async function flagsOfScope(api, project, environment, segments) {
    if (segments.length <= SEGMENT_READS_PER_ENVIRONMENT) {
        const read = { project, environment, strategy: "segment-reads" };
        const found = await Promise.all(segments.map((key) => api.getSegment(project, environment, key)));
        const targeted = found.some((segment) => Array.isArray(segment?._flags) && segment._flags.length > 0);
        // No flag targets any of them: nothing more to read. Otherwise the rules and prerequisites are in the list.
        return { flags: targeted ? await api.listFlags(project, environment) : [], read };
    }
    return {
        flags: await api.listFlags(project, environment),
        read: { project, environment, strategy: "flag-list" },
    };
}
async function readUsage(api, segmentsByScope, metrics) {
    const scopes = [...segmentsByScope].filter(([, keys]) => keys.length > 0);
    const [flagResults, metricResults] = await Promise.all([
        Promise.all(scopes.map(([scope, keys]) => {
            const slash = scope.indexOf("/");
            return flagsOfScope(api, scope.slice(0, slash), scope.slice(slash + 1), keys);
        })),
        Promise.all(metrics.map(({ project, key }) => api.getMetricUsage(project, key))),
    ]);
    const usage = { flags: new Map(), metrics: new Map(), reads: [] };
    scopes.forEach(([scope], index) => {
        const result = flagResults[index];
        usage.flags.set(scope, result.flags);
        usage.reads.push(result.read);
    });
    metrics.forEach(({ project, key }, index) => {
        const metric = metricResults[index];
        if (metric !== undefined)
            usage.metrics.set(`${project}/${key}`, metric);
    });
    return usage;
}

// EXTERNAL MODULE: ./src/model/resource-identity.ts
var resource_identity = __webpack_require__(35244);
// EXTERNAL MODULE: ./src/model/segment.ts
var model_segment = __webpack_require__(25176);
// EXTERNAL MODULE: ./src/plan/ownership.ts
var ownership = __webpack_require__(59742);
// EXTERNAL MODULE: ./src/plan/plan-desired-state.ts + 4 modules
var plan_desired_state = __webpack_require__(84963);
;// CONCATENATED MODULE: ./src/plan/flag-uses.ts
const SEGMENT_MATCH = "segmentMatch";
/** Segment keys a list of rules names in `segmentMatch` clauses. */
function segmentsMatchedBy(rules) {
    const keys = new Set();
    for (const rule of rules ?? [])
        for (const clause of rule.clauses)
            if (clause.op === SEGMENT_MATCH)
                for (const value of clause.values)
                    if (typeof value === "string")
                        keys.add(value);
    return [...keys];
}
/**
 * Per watched segment key, the flags of `environment` that use it: directly by a rule, then through
 * prerequisites (shortest chain first). Flags without a configuration for the environment are skipped.
 */
function flagUsesBySegment(flags, environment, watched) {
    const byKey = new Map(flags.map((flag) => [flag.key, flag]));
    const dependents = new Map();
    for (const flag of flags) {
        for (const prerequisite of flag.environments?.[environment]?.prerequisites ?? []) {
            const list = dependents.get(prerequisite.key) ?? [];
            list.push(flag.key);
            dependents.set(prerequisite.key, list);
        }
    }
    const uses = new Map();
    const add = (use) => {
        const list = uses.get(use.segment) ?? [];
        list.push(use);
        uses.set(use.segment, list);
    };
    for (const flag of flags) {
        const config = flag.environments?.[environment];
        if (config === undefined)
            continue;
        (config.rules ?? []).forEach((rule, index) => {
            for (const segment of segmentsMatchedBy([rule])) {
                if (!watched.has(segment))
                    continue;
                const direct = { flag: flag.key, name: flag.name, on: config.on, segment, rule: index + 1 };
                if (rule.description)
                    direct.ruleDescription = rule.description;
                add(direct);
                // Breadth first, so each dependent flag is reached by its shortest chain; a cycle is not followed twice.
                const seen = new Set([flag.key]);
                let frontier = [[flag.key]];
                while (frontier.length > 0) {
                    const next = [];
                    for (const path of frontier) {
                        for (const dependent of dependents.get(path[0]) ?? []) {
                            if (seen.has(dependent))
                                continue;
                            seen.add(dependent);
                            const dependentFlag = byKey.get(dependent);
                            const chain = [dependent, ...path];
                            add({
                                ...direct,
                                flag: dependent,
                                name: dependentFlag.name,
                                on: dependentFlag.environments?.[environment]?.on ?? false,
                                prerequisitePath: chain,
                            });
                            next.push(chain);
                        }
                    }
                    frontier = next;
                }
            }
        });
    }
    return uses;
}

;// CONCATENATED MODULE: ./src/plan/plan-impact.ts
// What a plan's changes touch beyond themselves, pure: the flags using each changed segment (directly, through a
// segment whose rules match it, or through prerequisites), the experiments and guarded rollouts reading each
// changed metric, and the deletes refused because something still uses them.

const scopeOf = (project, environment) => `${project}/${environment}`;
function entry(map, key, create) {
    const found = map.get(key);
    if (found !== undefined)
        return found;
    const made = create();
    map.set(key, made);
    return made;
}
/** Fields of a segment no evaluation reads: changing only these cannot change which flags serve whom. */
const DESCRIPTIVE_SEGMENT_FIELDS = new Set(["/name", "/description", "/tags"]);
/** A change of an existing segment that can change who is in it (a rename or a new tag cannot). */
function isSegmentChange(change) {
    if (change.resourceType !== "segment" || change.action === "create")
        return false;
    if (change.action === "delete" || (change.membership?.length ?? 0) > 0)
        return true;
    return change.fields.some((field) => !DESCRIPTIVE_SEGMENT_FIELDS.has(field.path));
}
/** Per scope: segment key → the segments (repo or LaunchDarkly) whose rules name it in `segmentMatch`. */
function matchersByScope(desired, live) {
    const result = new Map();
    const note = (scope, matcher, rules) => {
        const scoped = entry(result, scope, () => new Map());
        for (const target of segmentsMatchedBy(rules)) {
            if (target === matcher)
                continue;
            entry(scoped, target, () => new Set()).add(matcher);
        }
    };
    for (const segment of desired)
        note(scopeOf(segment.project, segment.environment), segment.key, segment.rules);
    for (const [scope, segments] of live.segments)
        for (const segment of segments)
            note(scope, segment.key, segment.rules);
    return result;
}
/** The segment and every segment whose membership follows it through `segmentMatch` rules. */
function followers(key, matchers) {
    const seen = new Set([key]);
    const queue = [key];
    while (queue.length > 0) {
        for (const matcher of matchers?.get(queue.shift()) ?? []) {
            if (seen.has(matcher))
                continue;
            seen.add(matcher);
            queue.push(matcher);
        }
    }
    return [...seen];
}
/** Per `project/environment`: the segments whose flags the plan needs (changed segments and their followers). */
function segmentsToWatch(plan, desired, live) {
    // Renames and tag changes only (or no segment changes): nothing to follow, and no matcher index to build.
    if (!plan.changes.some(isSegmentChange))
        return new Map();
    return watchedSegments(plan, matchersByScope(desired, live));
}
function watchedSegments(plan, matchers) {
    const watch = new Map();
    for (const change of plan.changes) {
        if (!isSegmentChange(change))
            continue;
        const scope = scopeOf(change.project, change.environment);
        const set = entry(watch, scope, () => new Set());
        for (const key of followers(change.key, matchers.get(scope)))
            set.add(key);
    }
    return new Map([...watch].map(([scope, keys]) => [scope, [...keys].sort()]));
}
/** Changed metrics LaunchDarkly says something uses: these are read again with their experiments. */
function metricsToInspect(plan, live) {
    return plan.changes
        .filter((change) => change.resourceType === "metric" && change.action !== "create")
        .filter((change) => {
        const metric = live.metrics.get(change.project)?.find((m) => m.key === change.key);
        return metric !== undefined && usageCounts(metric).some((count) => count > 0);
    })
        .map((change) => ({ project: change.project, key: change.key }));
}
function count(value) {
    return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
function usageCounts(metric) {
    return [
        count(metric.experimentCount),
        count(metric.activeExperimentCount),
        count(metric.activeGuardedRolloutCount),
        count(metric._attachedFlagCount),
    ];
}
function compareUses(a, b) {
    return (a.flag.localeCompare(b.flag) ||
        (a.prerequisitePath?.length ?? 0) - (b.prerequisitePath?.length ?? 0) ||
        a.segment.localeCompare(b.segment) ||
        a.rule - b.rule);
}
function metricImpact(change, metric) {
    const experiments = Array.isArray(metric.experiments)
        ? metric.experiments.map((experiment) => ({
            key: experiment.key,
            name: experiment.name,
            environment: experiment.environmentKey,
            archived: experiment.archivedDate !== undefined,
        }))
        : [];
    const [experimentCount, activeExperimentCount, activeGuardedRolloutCount, attachedFlagCount] = usageCounts(metric);
    return {
        project: change.project,
        key: change.key,
        action: change.action,
        experimentCount,
        activeExperimentCount,
        activeGuardedRolloutCount,
        attachedFlagCount,
        experiments,
        risk: activeExperimentCount > 0 || activeGuardedRolloutCount > 0,
    };
}
function planImpact(plan, desired, live, usage) {
    const matchers = plan.changes.some(isSegmentChange)
        ? matchersByScope(desired, live)
        : new Map();
    const watch = watchedSegments(plan, matchers);
    const usesByScope = new Map();
    for (const [scope, keys] of watch) {
        const flags = usage.flags.get(scope);
        if (flags === undefined)
            continue;
        const environment = scope.slice(scope.indexOf("/") + 1);
        usesByScope.set(scope, flagUsesBySegment(flags, environment, new Set(keys)));
    }
    const deleted = new Set(plan.changes
        .filter((change) => change.resourceType === "segment" && change.action === "delete")
        .map((change) => `${change.project}/${change.environment}/${change.key}`));
    const segments = [];
    const refusals = [];
    for (const change of plan.changes) {
        if (!isSegmentChange(change))
            continue;
        const project = change.project;
        const environment = change.environment;
        const scope = scopeOf(project, environment);
        const uses = usesByScope.get(scope);
        const flags = followers(change.key, matchers.get(scope))
            .flatMap((key) => uses?.get(key) ?? [])
            .sort(compareUses);
        const matchedBy = [...(matchers.get(scope)?.get(change.key) ?? [])].sort();
        segments.push({ project, environment, key: change.key, action: change.action, flags, matchedBy });
        if (change.action !== "delete")
            continue;
        const staying = matchedBy.filter((key) => !deleted.has(`${scope}/${key}`));
        const direct = flags.filter((use) => use.segment === change.key);
        if (direct.length > 0 || staying.length > 0)
            refusals.push({
                code: "plan.segment-delete-referenced",
                params: { project, environment, key: change.key, flags: direct, segments: staying },
            });
    }
    const metrics = [];
    for (const change of plan.changes) {
        if (change.resourceType !== "metric" || change.action === "create")
            continue;
        const metric = usage.metrics.get(`${change.project}/${change.key}`);
        if (metric === undefined)
            continue;
        const impact = metricImpact(change, metric);
        metrics.push(impact);
        if (change.action === "delete" && impact.risk)
            refusals.push({
                code: "plan.metric-delete-in-use",
                params: {
                    project: impact.project,
                    key: impact.key,
                    activeExperimentCount: impact.activeExperimentCount,
                    activeGuardedRolloutCount: impact.activeGuardedRolloutCount,
                    experiments: impact.experiments.filter((experiment) => !experiment.archived),
                },
            });
    }
    return { segments, metrics, refusals, reads: usage.reads };
}

// EXTERNAL MODULE: ./src/plan/plan-segments.ts + 1 modules
var plan_segments = __webpack_require__(357);
// EXTERNAL MODULE: ./src/wording/finding-messages.ts
var finding_messages = __webpack_require__(17370);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/membership/read-member-set.ts + 2 modules
var read_member_set = __webpack_require__(44692);
;// CONCATENATED MODULE: ./src/membership/git-history.ts
// What a big segment held after its last apply, found in git history: LaunchDarkly returns only a fingerprint tag
// for it, so the versions of the member file are read back (newest first, a bounded number) until one has that
// fingerprint. With it the plan can show real +/- keys and send a small delta instead of a full replace.








const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Versions of a member file examined, newest first. */
const HISTORY_VERSIONS_READ = 10;
async function git(cwd, args) {
    return run("git", ["-C", cwd, ...args], { encoding: "utf8", timeout: 30_000 });
}
/** `git show COMMIT:PATH` streamed into `target` (a member file can be tens of megabytes). */
async function writeVersion(cwd, spec, target) {
    const child = (0,external_node_child_process_.spawn)("git", ["-C", cwd, "show", spec], { stdio: ["ignore", "pipe", "ignore"] });
    const exited = new Promise((done) => child.on("close", (code) => done(code ?? 1)));
    try {
        await (0,external_node_stream_promises_.pipeline)(child.stdout, (0,external_node_fs_.createWriteStream)(target));
    }
    catch {
        return false;
    }
    return (await exited) === 0;
}
/**
 * The sorted keys of the newest committed version of `ref` whose fingerprint starts with `fingerprintPrefix`, or
 * undefined (no git, no such version among the last `HISTORY_VERSIONS_READ`, or a version that does not read).
 */
async function keysAtFingerprint(configDir, ref, fingerprintPrefix) {
    const file = (0,external_node_path_.resolve)(configDir, ref.path);
    let commits;
    try {
        const { stdout } = await git(configDir, ["log", `-n${HISTORY_VERSIONS_READ}`, "--format=%H", "--", file]);
        commits = String(stdout)
            .split("\n")
            .filter((line) => /^[0-9a-f]{40,64}$/.test(line));
    }
    catch {
        return undefined;
    }
    if (commits.length === 0)
        return undefined;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "ld-gitops-history-"));
    try {
        const { stdout: top } = await git(configDir, ["rev-parse", "--show-toplevel"]);
        const relative = file
            .slice(String(top).trim().length + 1)
            .split("\\")
            .join("/");
        for (const commit of commits) {
            const blob = (0,external_node_path_.join)(dir, `version${ref.gzip ? ".gz" : ""}`);
            if (!(await writeVersion(configDir, `${commit}:${relative}`, blob)))
                continue;
            const result = await (0,read_member_set/* readMemberSet */.X)(blob, ref);
            if (result.ok && result.set.fingerprint.startsWith(fingerprintPrefix))
                return result.set.keys;
        }
        return undefined;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/model/segment-members.ts
var segment_members = __webpack_require__(58934);
// EXTERNAL MODULE: ./src/plan/plan-members.ts
var plan_members = __webpack_require__(61086);
;// CONCATENATED MODULE: ./src/pipeline/applied-members.ts




async function findAppliedMembers(configDir, desired, live) {
    const found = new Map();
    if (!desired.memberSets)
        return found;
    const cache = new Map();
    for (const segment of desired.segments.flatMap(model_segment/* resolveSegment */.K)) {
        const members = segment.members ?? [];
        if (!segment.unbounded || members.length !== 1)
            continue;
        const [member] = members;
        if (member?.into !== "included")
            continue;
        if ((segment.included?.length ?? 0) + (segment.includedContexts?.length ?? 0) > 0)
            continue;
        if ((segment.excluded?.length ?? 0) + (segment.excludedContexts?.length ?? 0) > 0)
            continue;
        const current = desired.memberSets.get((0,segment_members/* memberRefKey */.v)(member.ref));
        const liveSegment = live
            .get(`${segment.project}/${segment.environment}`)
            ?.find((s) => s.key === segment.key);
        if (!current || !liveSegment)
            continue;
        const tags = (liveSegment.tags ?? []).filter(plan_members/* isMembershipTag */.Rd);
        if (tags.length !== 1)
            continue;
        const prefix = tags[0].slice(plan_members/* MEMBERSHIP_TAG_PREFIX */.f2.length);
        if (!/^[0-9a-f]{16}$/.test(prefix) || current.fingerprint.startsWith(prefix))
            continue;
        const id = `${(0,segment_members/* memberRefKey */.v)(member.ref)}\u0000${prefix}`;
        if (!cache.has(id))
            cache.set(id, await keysAtFingerprint(configDir, member.ref, prefix));
        const keys = cache.get(id);
        if (keys)
            found.set(`${segment.project}/${segment.environment}/${segment.key}`, keys);
    }
    return found;
}

// EXTERNAL MODULE: ./src/pipeline/time-slice.ts
var time_slice = __webpack_require__(71406);
;// CONCATENATED MODULE: ./src/pipeline/read-and-plan.ts
// Read live → plan → read what the changes touch (impact): the one place that decides what to read for a plan. `createPlan` runs it after validation;
// apply's convergence check runs it again after writing, so both plans are read the same way.











async function readAndPlan(api, desired, options) {
    // Prune reads every type (and environment) of the declared projects: removing the last role, metric or segment
    // of a kind from the repo must still delete it. Without prune, only what the repo declares is read.
    // The same objects the plan resolves (`resolveSegment` is computed once per definition), so the early updates are
    // recognised as the plan's own.
    const desiredSegments = desired.segments.flatMap(model_segment/* resolveSegment */.K);
    const early = options.reads ? planSegmentsWhileReading(options.reads, desired, desiredSegments) : undefined;
    const live = await (0,read_live_state/* readLiveState */.eY)(api, desired, {
        ...(options.prune ? read_live_state/* PRUNE_READ_OPTIONS */.$D : {}),
        wordFinding: finding_messages/* describeFinding */.jb,
        ...(options.reads ? { reads: options.reads } : {}),
    });
    early?.stop();
    const planOptions = { prune: options.prune };
    if (early)
        planOptions.earlySegmentUpdates = early.updates;
    if (options.configDir !== undefined)
        planOptions.appliedMembers = await findAppliedMembers(options.configDir, desired, live.segments);
    if (options.deleteThreshold)
        planOptions.deleteThreshold = options.deleteThreshold;
    if (options.takeOver)
        planOptions.takeOver = true;
    const plan = (0,plan_desired_state/* planDesiredState */.j)(desired, live, planOptions);
    // What the changes touch (flags, experiments) and the deletes refused because of it: read after planning, since
    // only the changed segments and metrics are looked at (a plan without changes reads nothing more).
    const usage = await readUsage(api, segmentsToWatch(plan, desiredSegments, live), metricsToInspect(plan, live));
    plan.impact = planImpact(plan, desiredSegments, live, usage);
    return { plan, live };
}
/**
 * Works out the update of each declared segment as soon as the page holding its live segment is read, in short
 * slices between the other reads' answers: most of a plan's work is done before the last page arrives. The plan is
 * the same with or without it (`planSegments` does what was not done ahead).
 */
function planSegmentsWhileReading(reads, desired, desiredSegments) {
    const updates = new Map();
    let stopped = desired.segments.length === 0;
    if (stopped)
        return { updates, stop: () => undefined };
    const marker = (0,ownership/* ownershipMarker */.IN)(desired.owner);
    const wanted = new Map();
    for (const segment of desiredSegments)
        wanted.set((0,resource_identity/* resourceAddress */.f)(segment), segment);
    const queue = [];
    let running = false;
    const run = async () => {
        running = true;
        const slice = new time_slice/* TimeSlice */.I();
        while (!stopped && queue.length > 0) {
            const list = queue[0];
            const chunk = list.segments.slice(list.next, list.next + 100);
            (0,plan_segments/* planEarlySegmentUpdates */.CM)(wanted, list.project, list.environment, chunk, marker, updates);
            list.next += chunk.length;
            if (list.next >= list.segments.length)
                queue.shift();
            await slice.yieldIfDue();
        }
        running = false;
    };
    reads.onSegmentsRead((project, environment, segments) => {
        queue.push({ project, environment, segments, next: 0 });
        if (!running)
            void run();
    });
    return {
        updates,
        stop: () => {
            stopped = true;
        },
    };
}


/***/ }),

/***/ 85978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ checkDeleteThreshold),
/* harmony export */   Z5: () => (/* binding */ parseDeleteThresholds),
/* harmony export */   uy: () => (/* binding */ NO_DELETE_THRESHOLD)
/* harmony export */ });
/* unused harmony exports DeleteThresholdError, parseDeleteThreshold */
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41300);
/* harmony import */ var _wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17370);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9898);



/**
 * No limit on deletes: for plans that only report (drift) or check what is left (convergence after apply), where a
 * mass deletion is exactly what must show rather than stop the plan.
 */
const NO_DELETE_THRESHOLD = Object.freeze({
    maxCount: Number.POSITIVE_INFINITY,
    maxPercent: Number.POSITIVE_INFINITY,
});
/**
 * Thrown when a plan would delete more than the threshold allows: stops the plan before anything is shown as safe.
 * `finding` (code `plan.delete-threshold`) names the setting that would allow it; `message` words it for the CLI.
 */
class DeleteThresholdError extends Error {
    finding;
    deletes;
    owned;
    constructor(finding, deletes, owned) {
        super((0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFinding */ .jb)(finding));
        this.finding = finding;
        this.deletes = deletes;
        this.owned = owned;
        this.name = "DeleteThresholdError";
    }
}
/**
 * One `--delete-threshold` value (the Action's `delete-threshold` input has the same syntax): `N` (at most N
 * deletes), `N%` (at most N % of the owned resources), or both, comma-separated: `10,25%`. `setting` names the
 * option or input in the error message.
 */
function parseDeleteThreshold(text, setting = "--delete-threshold") {
    const threshold = {};
    const parts = text.split(",").map((part) => part.trim());
    for (const part of parts) {
        const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(part);
        if (!match || parts.length > 2)
            throw new Error(`${setting} must be a number (e.g. 10), a percentage (e.g. 25%) or both (e.g. 10,25%), got "${text}"`);
        const value = Number(match[1]);
        if (match[2] === "%")
            threshold.maxPercent = value;
        else
            threshold.maxCount = value;
    }
    return threshold;
}
/** Repeated `--delete-threshold` options: each value replaces the limits it gives; undefined when none given. */
function parseDeleteThresholds(texts, setting = "--delete-threshold") {
    let threshold;
    for (const text of texts)
        threshold = { ...threshold, ...parseDeleteThreshold(text, setting) };
    return threshold;
}
/**
 * Refuses a plan that deletes more than `maxCount` resources, or more than `maxPercent` % of the owned resources
 * read. Giving one limit replaces only that limit; the other keeps its default. The message names the limit(s)
 * this plan exceeds and the `--delete-threshold` value that would allow it.
 */
function checkDeleteThreshold(deletes, owned, threshold = {}) {
    if (deletes === 0)
        return;
    const maxCount = threshold.maxCount ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DELETE_THRESHOLD */ .s.maxCount;
    const maxPercent = threshold.maxPercent ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_DELETE_THRESHOLD */ .s.maxPercent;
    const percent = owned === 0 ? 100 : (deletes / owned) * 100;
    const overCount = deletes > maxCount;
    const overPercent = percent > maxPercent;
    if (!overCount && !overPercent)
        return;
    const allowing = [];
    if (overCount)
        allowing.push(String(deletes));
    // Rounded up: the smallest whole percentage this plan does not exceed.
    if (overPercent)
        allowing.push(`${Math.ceil(percent - 1e-9)}%`);
    const found = (0,_model_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)("plan.delete-threshold", {
        deletes,
        owned,
        percent,
        ...(overCount ? { maxCount } : {}),
        ...(overPercent ? { maxPercent } : {}),
        allow: { name: "delete-threshold", value: allowing.join(",") },
    });
    throw new DeleteThresholdError(found, deletes, owned);
}


/***/ }),

/***/ 84963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ planDesiredState),
  S: () => (/* binding */ planHash)
});

// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/model/segment.ts
var segment = __webpack_require__(25176);
// EXTERNAL MODULE: ./src/plan/canonical-json.ts
var canonical_json = __webpack_require__(70816);
// EXTERNAL MODULE: ./src/plan/delete-threshold.ts
var delete_threshold = __webpack_require__(85978);
// EXTERNAL MODULE: ./src/plan/ownership.ts
var plan_ownership = __webpack_require__(59742);
;// CONCATENATED MODULE: ./src/plan/ownership-conflict-error.ts
/** Resources named without an owner prefix in messages (the rest are counted; the data holds them all). */
const CONFLICTS_NAMED = 10;
/**
 * Thrown when the configuration declares resources another owner manages: the plan never takes them over unless
 * asked (`--take-over`). `conflicts` is the data; the message is the CLI's and the Action's wording of it.
 */
class OwnershipConflictError extends Error {
    marker;
    conflicts;
    constructor(marker, conflicts) {
        const named = conflicts
            .slice(0, CONFLICTS_NAMED)
            .map((conflict) => `${conflict.resourceType} ${[conflict.project, conflict.environment, conflict.key].filter((part) => part !== undefined).join("/")} (${conflict.managedBy})`);
        const more = conflicts.length > CONFLICTS_NAMED ? ` and ${conflicts.length - CONFLICTS_NAMED} more` : "";
        super(`${conflicts.length === 1 ? "a resource this configuration declares is" : `${conflicts.length} resources this configuration declares are`} managed by another owner: ${named.join(", ")}${more}. This configuration's marker is ${marker}. Remove ${conflicts.length === 1 ? "it" : "them"} from the files, or plan with --take-over to write this owner's marker over the other's.`);
        this.marker = marker;
        this.conflicts = conflicts;
        this.name = "OwnershipConflictError";
    }
}

// EXTERNAL MODULE: ./src/plan/resource-plan.ts
var resource_plan = __webpack_require__(54315);
;// CONCATENATED MODULE: ./src/plan/plan-context-kinds.ts


function normalizeDesired(kind) {
    return {
        name: kind.name,
        description: kind.description ?? "",
        archived: kind.archived === true || kind.hideInTargeting === true,
    };
}
function normalizeLive(kind) {
    return {
        name: kind.name,
        description: kind.description ?? "",
        archived: kind.archived === true || kind.hideInTargeting === true,
    };
}
/** The whole desired kind: a PUT replaces name, description and archived together. */
function putBody(kind) {
    return { name: kind.name, description: kind.description, archived: kind.archived };
}
function planCreate(definition) {
    const body = putBody(normalizeDesired(definition));
    return (0,resource_plan/* declaredChange */.Rx)("create", "contextKind", definition, body.name, (0,resource_plan/* createFields */.aI)(body), [
        { kind: "putContextKind", body },
    ]);
}
function planUpdate(definition, live) {
    const desired = normalizeDesired(definition);
    const current = normalizeLive(live);
    const fields = [];
    for (const name of ["name", "description", "archived"]) {
        if ((0,canonical_json/* sameJson */.Vk)(current[name], desired[name]))
            continue;
        fields.push({ path: `/${name}`, before: current[name], after: desired[name] });
    }
    if (fields.length === 0)
        return undefined;
    return (0,resource_plan/* declaredChange */.Rx)("update", "contextKind", definition, desired.name, fields, [
        { kind: "putContextKind", body: putBody(desired) },
    ]);
}
function planContextKinds(desired, live) {
    const result = (0,resource_plan/* emptyResourcePlan */.ls)();
    const wanted = new Map(desired.map((kind) => [`${kind.project}/${kind.key}`, kind]));
    const liveById = new Map();
    for (const [project, kinds] of live ?? [])
        for (const kind of kinds)
            liveById.set(`${project}/${kind.key}`, kind);
    (0,resource_plan/* planDeclared */.k5)(result, wanted, liveById, planCreate, planUpdate);
    return result;
}

// EXTERNAL MODULE: ./src/model/resource-identity.ts
var resource_identity = __webpack_require__(35244);
// EXTERNAL MODULE: ./src/plan/normalize-metric.ts
var normalize_metric = __webpack_require__(88489);
;// CONCATENATED MODULE: ./src/plan/plan-metrics.ts




function planMetricUpdate(metric, live, marker = plan_ownership/* OWNERSHIP_TAG */.BK) {
    const desired = (0,normalize_metric/* normalizeDesiredMetric */.Wj)(metric, marker);
    const current = (0,normalize_metric/* normalizeLiveMetric */.Cx)(live, desired);
    const { fields, patch } = (0,resource_plan/* diffTopLevelFields */.Id)(current, desired, ["tags", "randomizationUnits"], live);
    if (patch.length === 0)
        return undefined;
    // The patch is refused (409) unless the metric is still at the version the plan was made against; a metric
    // without a version (not seen in LaunchDarkly's answers, but optional in the spec) has its before-values tested.
    const version = live._version;
    const precondition = version === undefined
        ? (0,resource_plan/* beforeValueTests */.W0)(live, patch)
        : [{ op: "test", path: "/_version", value: version }];
    const change = (0,resource_plan/* declaredChange */.Rx)("update", "metric", metric, desired.name, fields, [
        { kind: "patchMetric", patch: [...precondition, ...patch] },
    ]);
    if (version !== undefined)
        change.liveVersion = version;
    return change;
}
function planMetricCreate(metric, marker = plan_ownership/* OWNERSHIP_TAG */.BK) {
    const body = (0,normalize_metric/* metricPostBody */.h$)(metric, marker);
    const { name } = (0,normalize_metric/* normalizeDesiredMetric */.Wj)(metric, marker);
    return (0,resource_plan/* declaredChange */.Rx)("create", "metric", metric, name, (0,resource_plan/* createFields */.aI)(body), [
        { kind: "createMetric", body },
    ]);
}
/** `live` holds the metric list of each project read. */
function planMetrics(desired, live, prune, ownership = (0,resource_plan/* ownershipScope */.oO)(plan_ownership/* OWNERSHIP_TAG */.BK)) {
    const { marker } = ownership;
    const result = (0,resource_plan/* emptyResourcePlan */.ls)();
    const wanted = new Map(desired.map((metric) => [(0,resource_identity/* resourceAddress */.f)(metric), metric]));
    const liveByKey = new Map();
    for (const [project, metrics] of live) {
        for (const metric of metrics) {
            liveByKey.set((0,resource_identity/* resourceAddress */.f)({ project, key: metric.key }), metric);
            if ((0,plan_ownership/* isOwned */.go)((0,plan_ownership/* tagOwnership */.W_)(metric.tags, marker)))
                result.owned++;
        }
    }
    (0,resource_plan/* planDeclared */.k5)(result, wanted, liveByKey, (metric) => planMetricCreate(metric, marker), (metric, current) => (0,resource_plan/* withOwnership */.Yc)(planMetricUpdate(metric, current, marker), (0,plan_ownership/* tagOwnership */.W_)(current.tags, marker), ownership, resource_plan/* onlyMarkerTags */.KQ));
    for (const [project, metrics] of live) {
        for (const metric of metrics) {
            if (wanted.has((0,resource_identity/* resourceAddress */.f)({ project, key: metric.key })))
                continue;
            const found = (0,plan_ownership/* tagOwnership */.W_)(metric.tags, marker);
            const owned = (0,plan_ownership/* isOwned */.go)(found);
            if (prune && owned) {
                result.changes.push({
                    action: "delete",
                    resourceType: "metric",
                    project,
                    key: metric.key,
                    name: metric.name,
                    fields: [{ path: "/name", before: metric.name }],
                    operations: [{ kind: "deleteMetric" }],
                });
            }
            else {
                result.unmanaged.push({
                    resourceType: "metric",
                    project,
                    key: metric.key,
                    name: metric.name,
                    owned,
                    ...(found.state === "other-owner" ? { managedBy: found.marker } : {}),
                });
            }
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/plan/normalize-role.ts
var normalize_role = __webpack_require__(81701);
// EXTERNAL MODULE: ./src/plan/role-permissions.ts
var role_permissions = __webpack_require__(97890);
;// CONCATENATED MODULE: ./src/plan/plan-roles.ts




/** A role create or update, with what it grants and revokes going from `before` to `after` and its risks. */
function roleChange(action, role, fields, operation, before, after) {
    const change = (0,resource_plan/* declaredChange */.Rx)(action, "role", role, role.name, fields, [operation]);
    change.rolePermissions = (0,role_permissions/* diffPermissions */.SJ)(before.policy, after.policy);
    const risks = (0,role_permissions/* permissionRisks */.kO)(change.rolePermissions, {
        before: before.basePermissions,
        after: after.basePermissions,
    });
    if (risks.length > 0)
        change.risks = risks;
    return change;
}
function planRoleCreate(role, marker = plan_ownership/* OWNERSHIP_TAG */.BK) {
    const body = (0,normalize_role/* rolePostBody */.Jj)(role, marker);
    // A new role starts from nothing: no statements, LaunchDarkly's default base permissions.
    const before = { policy: [], basePermissions: normalize_role/* DEFAULT_BASE_PERMISSIONS */.tk };
    return roleChange("create", role, (0,resource_plan/* createFields */.aI)(body), { kind: "createRole", body }, before, (0,normalize_role/* normalizeDesiredRole */.oY)(role, marker));
}
function planRoleUpdate(role, live, marker = plan_ownership/* OWNERSHIP_TAG */.BK) {
    const desired = (0,normalize_role/* normalizeDesiredRole */.oY)(role, marker);
    const current = (0,normalize_role/* normalizeLiveRole */.qV)(live, desired);
    const { fields, patch } = (0,resource_plan/* diffTopLevelFields */.Id)(current, desired, [], live);
    if (patch.length === 0)
        return undefined;
    // Roles have no version: the patch tests the before-values of the fields it changes instead.
    const guarded = [...(0,resource_plan/* beforeValueTests */.W0)(live, patch), ...patch];
    return roleChange("update", role, fields, { kind: "patchRole", patch: guarded }, current, desired);
}
/** `live` is the account's role list, or undefined when roles were not read (the repo declares none). */
function planRoles(desired, live, prune, ownership = (0,resource_plan/* ownershipScope */.oO)(plan_ownership/* OWNERSHIP_TAG */.BK)) {
    const { marker } = ownership;
    const result = (0,resource_plan/* emptyResourcePlan */.ls)();
    if (live === undefined)
        return result;
    const wanted = new Map(desired.map((role) => [role.key, role]));
    const liveByKey = new Map(live.map((role) => [role.key, role]));
    for (const role of live)
        if ((0,plan_ownership/* isOwned */.go)((0,plan_ownership/* roleOwnership */.Wn)(role.description, marker)))
            result.owned++;
    (0,resource_plan/* planDeclared */.k5)(result, wanted, liveByKey, (role) => planRoleCreate(role, marker), (role, current) => (0,resource_plan/* withOwnership */.Yc)(planRoleUpdate(role, current, marker), (0,plan_ownership/* roleOwnership */.Wn)(current.description, marker), ownership, onlyMarkerDescription));
    for (const role of live) {
        if (wanted.has(role.key))
            continue;
        const found = (0,plan_ownership/* roleOwnership */.Wn)(role.description, marker);
        const owned = (0,plan_ownership/* isOwned */.go)(found);
        if (prune && owned) {
            result.changes.push({
                action: "delete",
                resourceType: "role",
                key: role.key,
                name: role.name,
                fields: [{ path: "/name", before: role.name }],
                operations: [{ kind: "deleteRole" }],
                rolePermissions: (0,role_permissions/* diffPermissions */.SJ)((0,normalize_role/* normalizePolicy */.ws)(role.policy), []),
            });
        }
        else {
            result.unmanaged.push({
                resourceType: "role",
                key: role.key,
                name: role.name,
                owned,
                ...(found.state === "other-owner" ? { managedBy: found.marker } : {}),
            });
        }
    }
    return result;
}
/** Roles: the only field written is the description, and only its marker line changes. */
function onlyMarkerDescription(fields) {
    return fields.every((field) => field.path === "/description" &&
        (0,plan_ownership/* stripRoleOwnershipMarker */.iI)(String(field.before ?? "")) ===
            (0,plan_ownership/* stripRoleOwnershipMarker */.iI)(String(field.after ?? "")));
}

// EXTERNAL MODULE: ./src/plan/plan-segments.ts + 1 modules
var plan_segments = __webpack_require__(357);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/plan/plan-desired-state.ts
// The pure core of planning: desired state + live state => Plan. No I/O.












// Context kinds before segments: apply creates what segments target first.
const TYPE_ORDER = { role: 0, metric: 1, contextKind: 2, segment: 3 };
function compareResources(a, b) {
    return (TYPE_ORDER[a.resourceType] - TYPE_ORDER[b.resourceType] ||
        (a.project ?? "").localeCompare(b.project ?? "") ||
        (a.environment ?? "").localeCompare(b.environment ?? "") ||
        a.key.localeCompare(b.key));
}
/** sha256 of the canonical JSON of the changes (operations included): the same plan always hashes the same. */
function planHash(changes) {
    return (0,canonical_json/* sha256Hex */.fg)((0,canonical_json/* canonicalJson */.dj)(changes));
}
function planDesiredState(desired, live, options = {}) {
    const prune = options.prune ?? false;
    const marker = (0,plan_ownership/* ownershipMarker */.IN)(desired.owner);
    const ownership = (0,resource_plan/* ownershipScope */.oO)(marker, options.takeOver ?? false);
    const parts = [
        planRoles(desired.roles, live.roles, prune, ownership),
        planMetrics(desired.metrics, live.metrics, prune, ownership),
        // Context kinds carry no ownership marker: they are never deleted, and an update rewrites only what the repo says.
        planContextKinds(desired.contextKinds ?? [], live.contextKinds),
        (0,plan_segments/* planSegments */.eQ)(desired.segments.flatMap(segment/* resolveSegment */.K), live.segments, prune, ownership, desired.memberSets, options.appliedMembers, options.earlySegmentUpdates),
    ];
    if (ownership.conflicts.length > 0)
        throw new OwnershipConflictError(marker, ownership.conflicts);
    const changes = parts.flatMap((part) => part.changes).sort(compareResources);
    const unmanaged = parts.flatMap((part) => part.unmanaged).sort(compareResources);
    const warnings = uniqueFindings(parts.flatMap((part) => part.warnings));
    const summary = {
        create: changes.filter((change) => change.action === "create").length,
        update: changes.filter((change) => change.action === "update").length,
        delete: changes.filter((change) => change.action === "delete").length,
        unchanged: parts.reduce((sum, part) => sum + part.unchanged, 0),
        adopt: changes.filter((change) => change.ownership !== undefined).length,
    };
    const owned = parts.reduce((sum, part) => sum + part.owned, 0);
    (0,delete_threshold/* checkDeleteThreshold */.Ho)(summary.delete, owned, options.deleteThreshold);
    const ownedLeftAlone = unmanaged.filter((resource) => resource.owned).length;
    if (!prune && ownedLeftAlone > 0) {
        warnings.push((0,finding/* finding */.g)("plan.owned-left-alone", { count: ownedLeftAlone, prune: { name: "prune" } }));
    }
    return {
        version: types/* PLAN_FORMAT_VERSION */.V,
        summary,
        changes,
        unmanaged,
        warnings,
        hash: planHash(changes),
        prune,
        marker,
        ...(options.takeOver ? { takeOver: true } : {}),
    };
}
/** Each finding once (the same code and parameters from several resources), in first-seen order. */
function uniqueFindings(findings) {
    const seen = new Map();
    for (const found of findings)
        if (!seen.has((0,finding/* findingKey */.f)(found)))
            seen.set((0,finding/* findingKey */.f)(found), found);
    return [...seen.values()];
}


/***/ }),

/***/ 61086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ standardMembership),
/* harmony export */   Or: () => (/* binding */ withFileMembers),
/* harmony export */   Rd: () => (/* binding */ isMembershipTag),
/* harmony export */   VE: () => (/* binding */ planBigSegmentMembership),
/* harmony export */   f2: () => (/* binding */ MEMBERSHIP_TAG_PREFIX)
/* harmony export */ });
/* unused harmony exports MEMBERSHIP_KEYS_SHOWN, MAX_CONTEXTS_DELTA, unboundedCounts, membershipTag, importParts */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24550);
/* harmony import */ var _membership_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29508);
/* harmony import */ var _membership_segment_member_lists_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(28028);
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41300);
/* harmony import */ var _model_segment_members_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58934);
/* harmony import */ var _normalize_segment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71836);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59742);
/* harmony import */ var _segment_targets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51385);
// Membership from files in the plan. Standard segments: the files' keys join the inline targets and are diffed like
// them. Big segments: LaunchDarkly never returns their membership, so the plan compares a fingerprint of the files
// with the tag the last apply left on the segment (and LaunchDarkly's own counts), and writes either a delta through
// `POST …/contexts` (live membership known: a new or empty segment) or a file import (`replace`, then `merge` parts).









/** The tag the last membership write of a big segment leaves: `ld-gitops-members-` + 16 hex of the fingerprint. */
const MEMBERSHIP_TAG_PREFIX = "ld-gitops-members-";
function isMembershipTag(tag) {
    return tag.startsWith(MEMBERSHIP_TAG_PREFIX);
}
/** First keys shown per list in the plan. */
const MEMBERSHIP_KEYS_SHOWN = 10;
/**
 * Most key changes a big segment takes through `POST …/contexts` (⌈n ÷ 1,500⌉ requests, 10 at this size); more,
 * or an unknown live membership, is one import per 1,000,000 keys or 40 MB instead.
 */
const MAX_CONTEXTS_DELTA = 15_000;
/** A fall in members this steep, and at least this large, is flagged as a risk (a broken export). */
const SHARP_DROP_RATIO = 0.5;
const SHARP_DROP_MIN = 100;
/** The segment with its member files' keys added to its inline targets (standard segments). */
function withFileMembers(segment, memberSets) {
    const includedContexts = [...(segment.includedContexts ?? [])];
    const excludedContexts = [...(segment.excludedContexts ?? [])];
    for (const member of segment.members ?? []) {
        const keys = memberSets.get((0,_model_segment_members_js__WEBPACK_IMPORTED_MODULE_6__/* .memberRefKey */ .v)(member.ref))?.keys ?? [];
        (member.into === "included" ? includedContexts : excludedContexts).push({
            contextKind: member.ref.contextKind,
            values: keys,
        });
    }
    return { ...segment, includedContexts, excludedContexts };
}
/** Lists and kinds that member files feed, with those files. */
function fileLists(segment) {
    const lists = new Map();
    for (const member of segment.members ?? []) {
        const id = `${member.into}/${member.ref.contextKind}`;
        const entry = lists.get(id) ?? { list: member.into, contextKind: member.ref.contextKind, files: [] };
        entry.files.push(member.ref);
        lists.set(id, entry);
    }
    return lists;
}
/** The membership summary of a standard segment's file-fed lists, from its normalized targets before and after. */
function standardMembership(segment, before, after, warnings) {
    const changes = [];
    for (const { list, contextKind, files } of fileLists(segment).values()) {
        const was = before[list][contextKind] ?? [];
        const will = after[list][contextKind] ?? [];
        const [diff] = (0,_segment_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .diffTargets */ .Y5)(list, { [contextKind]: was }, { [contextKind]: will });
        const added = diff?.added ?? [];
        const removed = diff?.removed ?? [];
        if (added.length === 0 && removed.length === 0)
            continue;
        changes.push({
            list,
            contextKind,
            method: "semantic-patch",
            count: will.length,
            before: was.length,
            added: added.length,
            removed: removed.length,
            firstAdded: added.slice(0, MEMBERSHIP_KEYS_SHOWN),
            firstRemoved: removed.slice(0, MEMBERSHIP_KEYS_SHOWN),
            requests: Math.ceil((added.length + removed.length) / _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TARGET_OPERATIONS_PER_PATCH */ .Pc),
            files: files.map((file) => file.path),
            fingerprint: (0,_membership_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .membersFingerprint */ .G)(will),
        });
        sharpDrop(segment, list, was.length, will.length, warnings);
    }
    return changes;
}
function sharpDrop(segment, list, before, after, warnings) {
    if (before - after >= SHARP_DROP_MIN && after < before * SHARP_DROP_RATIO) {
        const { project, environment, key } = segment;
        warnings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_7__/* .finding */ .g)("plan.members-sharp-drop", { project, environment, key, list, before, after }));
    }
}
/** LaunchDarkly's member counts of a big segment, when its answer carries them (read defensively). */
function unboundedCounts(live) {
    const metadata = live._unboundedMetadata;
    if (metadata === null || typeof metadata !== "object")
        return undefined;
    const included = metadata.includedCount;
    const excluded = metadata.excludedCount;
    if (typeof included !== "number" && typeof excluded !== "number")
        return undefined;
    return {
        included: typeof included === "number" ? included : 0,
        excluded: typeof excluded === "number" ? excluded : 0,
    };
}
/** The membership fingerprint of a segment: the included list's, or both lists' when anything is excluded. */
function segmentFingerprint(included, excluded) {
    if (excluded.keys.length === 0)
        return included.fingerprint;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update(`included ${included.fingerprint}\nexcluded ${excluded.fingerprint}\n`)
        .digest("hex");
}
function membershipTag(fingerprint) {
    return `${MEMBERSHIP_TAG_PREFIX}${fingerprint.slice(0, 16)}`;
}
function bigList(segment, list, memberSets) {
    const kind = segment.unboundedContextKind ?? _normalize_segment_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONTEXT_KIND */ .hK;
    const parts = (0,_membership_segment_member_lists_js__WEBPACK_IMPORTED_MODULE_8__/* .memberKeysByList */ .e)(segment, memberSets)[list].get(kind) ?? [];
    const files = (segment.members ?? []).filter((m) => m.into === list).map((m) => m.ref);
    const fileParts = files.map((ref) => memberSets.get((0,_model_segment_members_js__WEBPACK_IMPORTED_MODULE_6__/* .memberRefKey */ .v)(ref))?.keys ?? []);
    const fileKeys = fileParts.length === 1 ? fileParts[0] : [...new Set(fileParts.flat())].sort();
    const keys = parts.length === fileParts.length ? fileKeys : [...new Set(parts.flat())].sort();
    // One file and nothing inline: its fingerprint, read with it, is the list's (a million keys hashed once).
    const only = files.length === 1 && keys === fileKeys
        ? memberSets.get((0,_model_segment_members_js__WEBPACK_IMPORTED_MODULE_6__/* .memberRefKey */ .v)(files[0]))
        : undefined;
    const fingerprint = only?.fingerprint ?? (0,_membership_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .membersFingerprint */ .G)(keys);
    return { list, keys, fileKeys, files, fingerprint, fileFingerprint: only?.fingerprint };
}
/** [start, end) slices of `keys` that each fit one import file (≤ 1,000,000 contexts, ≤ 40 MB as CSV lines). */
function importParts(keys) {
    const parts = [];
    let start = 0;
    let bytes = 0;
    for (let index = 0; index < keys.length; index++) {
        const size = Buffer.byteLength(keys[index]) + 1;
        if (index > start && (index - start >= _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_IMPORT_CONTEXTS */ .kb || bytes + size > _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_IMPORT_FILE_BYTES */ .sm)) {
            parts.push({ start, end: index });
            start = index;
            bytes = 0;
        }
        bytes += size;
    }
    if (keys.length > start)
        parts.push({ start, end: keys.length });
    return parts;
}
/**
 * A file-fed big segment's membership writes. `live` is undefined for a create. `pending`: a create whose
 * membership write did not finish (wt-writes' marker).
 */
function planBigSegmentMembership(segment, live, memberSets, warnings, 
/** The included keys LaunchDarkly holds, when git history named them (src/pipeline/applied-members.ts). */
applied) {
    const contextKind = segment.unboundedContextKind ?? _normalize_segment_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONTEXT_KIND */ .hK;
    const included = bigList(segment, "included", memberSets);
    const excluded = bigList(segment, "excluded", memberSets);
    const tag = membershipTag(segmentFingerprint(included, excluded));
    const liveTags = live?.tags ?? [];
    const oldTags = liveTags.filter(isMembershipTag);
    const counts = live ? unboundedCounts(live) : undefined;
    const pending = live !== undefined && liveTags.includes(_ownership_js__WEBPACK_IMPORTED_MODULE_4__/* .MEMBERSHIP_PENDING_TAG */ .yl);
    const countsMatch = counts === undefined ||
        (counts.included === included.keys.length && counts.excluded === excluded.keys.length);
    if (live && !pending && oldTags.includes(tag) && countsMatch)
        return { operations: [], membership: [] };
    const { project, environment, key } = segment;
    let reason = live === undefined ? "created" : pending ? "pending" : "unknown-live";
    if (live && oldTags.includes(tag) && !countsMatch && counts) {
        reason = "drifted";
        warnings.push((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_7__/* .finding */ .g)("plan.members-drifted", {
            project,
            environment,
            key,
            expected: included.keys.length + excluded.keys.length,
            live: counts.included + counts.excluded,
        }));
    }
    if (counts) {
        sharpDrop(segment, "included", counts.included, included.keys.length, warnings);
        sharpDrop(segment, "excluded", counts.excluded, excluded.keys.length, warnings);
    }
    // The version of the file the tag names, read from git history: a diff, when LaunchDarkly's counts agree.
    if (live &&
        applied &&
        !pending &&
        excluded.keys.length === 0 &&
        (counts === undefined || (counts.included === applied.length && counts.excluded === 0))) {
        const [diff] = (0,_segment_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .diffTargets */ .Y5)("included", { [contextKind]: [...applied] }, { [contextKind]: included.keys });
        const added = diff?.added ?? [];
        const removed = diff?.removed ?? [];
        if (added.length + removed.length <= MAX_CONTEXTS_DELTA) {
            const operations = [
                { kind: "patchSegmentSemantic", instructions: [{ kind: "removeTags", values: oldTags }] },
            ];
            for (const update of (0,_segment_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .bigSegmentTargetUpdates */ .nA)(diff ? [diff] : [], _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TARGET_OPERATIONS_PER_PATCH */ .Pc))
                operations.push({ kind: "updateBigSegmentTargets", update });
            operations.push({ kind: "patchSegmentSemantic", instructions: [{ kind: "addTags", values: [tag] }] });
            return {
                operations,
                membership: [
                    {
                        list: "included",
                        contextKind,
                        method: "contexts",
                        count: included.keys.length,
                        before: applied.length,
                        added: added.length,
                        removed: removed.length,
                        firstAdded: added.slice(0, MEMBERSHIP_KEYS_SHOWN),
                        firstRemoved: removed.slice(0, MEMBERSHIP_KEYS_SHOWN),
                        requests: Math.ceil((added.length + removed.length) / _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TARGET_OPERATIONS_PER_PATCH */ .Pc),
                        files: included.files.map((file) => file.path),
                        fingerprint: included.fingerprint,
                        reason: "history",
                    },
                ],
            };
        }
    }
    // Known live membership: none for a new segment, none when LaunchDarkly counts zero members.
    const knownEmpty = live === undefined || (counts !== undefined && counts.included === 0 && counts.excluded === 0);
    const deltaSize = included.keys.length + excluded.keys.length;
    const operations = [];
    // Whatever the last apply recorded stops being true from the first membership write on.
    if (oldTags.length > 0)
        operations.push({
            kind: "patchSegmentSemantic",
            instructions: [{ kind: "removeTags", values: oldTags }],
        });
    const membership = [];
    const lists = [included, excluded].filter((list) => list.keys.length > 0 || list.files.length > 0);
    if (knownEmpty && deltaSize <= MAX_CONTEXTS_DELTA) {
        const changes = lists
            .filter((list) => list.keys.length > 0)
            .map((list) => ({ list: list.list, contextKind, added: list.keys, removed: [] }));
        const updates = (0,_segment_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .bigSegmentTargetUpdates */ .nA)(changes, _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TARGET_OPERATIONS_PER_PATCH */ .Pc);
        for (const update of updates)
            operations.push({ kind: "updateBigSegmentTargets", update });
        for (const list of lists)
            membership.push({
                list: list.list,
                contextKind,
                method: "contexts",
                count: list.keys.length,
                before: 0,
                added: list.keys.length,
                removed: 0,
                firstAdded: list.keys.slice(0, MEMBERSHIP_KEYS_SHOWN),
                firstRemoved: [],
                requests: Math.ceil(list.keys.length / _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TARGET_OPERATIONS_PER_PATCH */ .Pc),
                files: list.files.map((file) => file.path),
                fingerprint: list.fingerprint,
                reason,
            });
    }
    else {
        for (const list of lists) {
            const parts = list.files.length > 0 ? importParts(list.fileKeys) : [];
            const filesFingerprint = list.fileFingerprint ?? (0,_membership_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .membersFingerprint */ .G)(list.fileKeys);
            for (const [index, range] of parts.entries())
                operations.push({
                    kind: "importBigSegmentMembers",
                    mode: index === 0 ? "replace" : "merge",
                    list: list.list,
                    contextKind,
                    files: list.files,
                    range,
                    fingerprint: filesFingerprint,
                    count: list.fileKeys.length,
                });
            // Inline keys of the same list that no file holds: added after the import (adding is idempotent).
            const fileKeys = new Set(list.fileKeys);
            const inline = list.keys.filter((k) => !fileKeys.has(k));
            const extra = (0,_segment_targets_js__WEBPACK_IMPORTED_MODULE_5__/* .bigSegmentTargetUpdates */ .nA)([{ list: list.list, contextKind, added: inline, removed: [] }]);
            for (const update of extra)
                operations.push({ kind: "updateBigSegmentTargets", update });
            membership.push({
                list: list.list,
                contextKind,
                method: "import",
                count: list.keys.length,
                ...(counts ? { before: counts[list.list] } : live === undefined ? { before: 0 } : {}),
                firstAdded: list.keys.slice(0, MEMBERSHIP_KEYS_SHOWN),
                requests: parts.length + extra.length,
                files: list.files.map((file) => file.path),
                fingerprint: list.fingerprint,
                reason,
            });
        }
    }
    const final = {
        kind: "patchSegmentSemantic",
        instructions: [
            ...(pending ? [{ kind: "removeTags", values: [_ownership_js__WEBPACK_IMPORTED_MODULE_4__/* .MEMBERSHIP_PENDING_TAG */ .yl] }] : []),
            { kind: "addTags", values: [tag] },
        ],
    };
    operations.push(final);
    return { operations, membership };
}


/***/ }),

/***/ 357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CM: () => (/* binding */ planEarlySegmentUpdates),
  eQ: () => (/* binding */ planSegments)
});

// UNUSED EXPORTS: bigSegmentMembershipWarning, planSegmentCreate, planSegmentDelete, planSegmentUpdate, segmentPostBody, segmentScope, uncheckedBigSegmentMembership

// EXTERNAL MODULE: ./src/launchdarkly/limits.ts
var limits = __webpack_require__(24550);
// EXTERNAL MODULE: ./src/model/finding.ts
var finding = __webpack_require__(41300);
// EXTERNAL MODULE: ./src/model/resource-identity.ts
var resource_identity = __webpack_require__(35244);
// EXTERNAL MODULE: ./src/plan/canonical-json.ts
var canonical_json = __webpack_require__(70816);
// EXTERNAL MODULE: ./src/plan/normalize-segment.ts
var normalize_segment = __webpack_require__(71836);
// EXTERNAL MODULE: ./src/plan/ownership.ts
var plan_ownership = __webpack_require__(59742);
// EXTERNAL MODULE: ./src/plan/plan-members.ts
var plan_members = __webpack_require__(61086);
// EXTERNAL MODULE: ./src/plan/resource-plan.ts
var resource_plan = __webpack_require__(54315);
;// CONCATENATED MODULE: ./src/plan/segment-rules.ts


/** A clause as LaunchDarkly holds it: its `_id` when it continues a live clause (LaunchDarkly makes one otherwise). */
function ldClause(clause, id) {
    return {
        ...(id !== undefined ? { _id: id } : {}),
        contextKind: clause.contextKind,
        attribute: clause.attribute,
        op: clause.op,
        values: clause.values,
        negate: clause.negate,
    };
}
/** A desired rule as LaunchDarkly holds it, keeping the ids of the live rule (and clauses, by position) it continues. */
function ldRule(want, have) {
    const rule = {
        ...(have?.id !== undefined ? { _id: have.id } : {}),
        // A clause edited in place keeps its id.
        clauses: want.clauses.map((clause, index) => ldClause(clause, have?.clauses[index]?.id)),
    };
    if (want.description !== undefined)
        rule.description = want.description;
    if (want.weight !== undefined) {
        rule.weight = want.weight;
        rule.rolloutContextKind = want.rolloutContextKind ?? normalize_segment/* DEFAULT_CONTEXT_KIND */.hK;
    }
    if (want.bucketBy !== undefined)
        rule.bucketBy = want.bucketBy;
    return rule;
}
function sameClauses(a, b) {
    return (0,canonical_json/* sameJson */.Vk)(a.clauses.map(normalize_segment/* clauseContent */.H5), b.clauses.map(normalize_segment/* clauseContent */.H5));
}
function looksLikeSameRule(live, desired) {
    if (live.description !== undefined && live.description === desired.description)
        return true;
    return live.clauses.some((l) => desired.clauses.some((d) => l.contextKind === d.contextKind && l.attribute === d.attribute && l.op === d.op));
}
/** For each desired rule, the index of the live rule it continues, or undefined for a new rule. */
function matchRules(live, desired) {
    const match = desired.map(() => undefined);
    const taken = new Set();
    desired.forEach((rule, d) => {
        const l = live.findIndex((candidate, index) => !taken.has(index) && sameClauses(candidate, rule));
        if (l >= 0) {
            match[d] = l;
            taken.add(l);
        }
    });
    desired.forEach((rule, d) => {
        if (match[d] !== undefined)
            return;
        const l = live.findIndex((candidate, index) => !taken.has(index) &&
            candidate.id !== undefined &&
            candidate.clauses.every((c) => c.id !== undefined) &&
            looksLikeSameRule(candidate, rule));
        if (l >= 0) {
            match[d] = l;
            taken.add(l);
        }
    });
    return match;
}
/**
 * The rules to write and the field changes to show. The rules travel as one `replace /rules` in the segment's JSON
 * Patch, behind its `test /version`: a rule is written only onto the segment the plan was made against, so two
 * applies of one plan cannot both append it.
 */
function planRules(live, desired) {
    const fields = [];
    const match = matchRules(live, desired);
    const kept = new Set(match.filter((m) => m !== undefined));
    live.forEach((rule, index) => {
        if (!kept.has(index))
            fields.push({ path: `/rules/${index}`, before: (0,normalize_segment/* ruleContent */.uu)(rule) });
    });
    desired.forEach((want, d) => {
        const l = match[d];
        if (l === undefined) {
            fields.push({ path: `/rules/${d}`, after: (0,normalize_segment/* ruleContent */.uu)(want) });
            return;
        }
        const have = live[l];
        if (!(0,canonical_json/* sameJson */.Vk)((0,normalize_segment/* ruleContent */.uu)(have), (0,normalize_segment/* ruleContent */.uu)(want))) {
            fields.push({ path: `/rules/${d}`, before: (0,normalize_segment/* ruleContent */.uu)(have), after: (0,normalize_segment/* ruleContent */.uu)(want) });
        }
    });
    // Kept rules that moved are a change too: moved means their order differs from the live order once removed rules
    // are left out and new rules appended.
    const orderAfterRemovals = desired.map(() => -1);
    let position = 0;
    live.forEach((_rule, l) => {
        const d = match.indexOf(l);
        if (d >= 0)
            orderAfterRemovals[d] = position++;
    });
    desired.forEach((_want, d) => {
        if (match[d] === undefined)
            orderAfterRemovals[d] = position++;
    });
    if (orderAfterRemovals.some((p, d) => p !== d)) {
        desired.forEach((_want, d) => {
            const l = match[d];
            if (l !== undefined && l !== d && !fields.some((f) => f.path === `/rules/${d}`)) {
                fields.push({ path: `/rules/${d}/position`, before: l, after: d });
            }
        });
    }
    fields.sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true }));
    const rules = desired.map((want, d) => {
        const l = match[d];
        return ldRule(want, l === undefined ? undefined : live[l]);
    });
    return { rules, fields };
}

// EXTERNAL MODULE: ./src/plan/segment-targets.ts
var segment_targets = __webpack_require__(51385);
;// CONCATENATED MODULE: ./src/plan/plan-segments.ts
// Segments: one planned change per (project, environment, key) that differs, with the exact requests apply sends.










function segmentScope(project, environment) {
    return `${project}/${environment}`;
}
function targetFields(changes) {
    return changes.map((change) => ({
        path: `/${change.list}/${change.contextKind}`,
        added: change.added,
        removed: change.removed,
    }));
}
/**
 * The fields and operations that turn `before` into `after`; `before` is the live segment or a just-created one.
 * Everything JSON Patch can carry (name, description, tags, rules) goes in one JSON Patch, first, behind a `test` of
 * the segment's version when `version` is known (an update; apply adds it after a create). Targets follow as
 * semantic patches: adding or removing a key is idempotent and leaves anyone else's edits alone.
 */
function segmentEdits(before, after, warnings, segment, version, 
/** Tags LaunchDarkly holds that the `/tags` write must keep (the membership-pending marker, removed last). */
keepTags = []) {
    const fields = [];
    const jsonPatch = [];
    if (before.name !== after.name) {
        fields.push({ path: "/name", before: before.name, after: after.name });
        jsonPatch.push({ op: "replace", path: "/name", value: after.name });
    }
    if (before.description !== after.description) {
        fields.push({ path: "/description", before: before.description, after: after.description });
        jsonPatch.push(after.description === undefined
            ? { op: "remove", path: "/description" }
            : {
                op: before.description === undefined ? "add" : "replace",
                path: "/description",
                value: after.description,
            });
    }
    const addedTags = after.tags.filter((tag) => !before.tags.includes(tag));
    const removedTags = before.tags.filter((tag) => !after.tags.includes(tag));
    if (addedTags.length > 0 || removedTags.length > 0) {
        fields.push({
            path: "/tags",
            before: before.tags,
            after: after.tags,
            added: addedTags,
            removed: removedTags,
        });
        jsonPatch.push({
            op: "replace",
            path: "/tags",
            value: [...new Set([...after.tags, ...keepTags])].sort(),
        });
    }
    if (before.unbounded !== after.unbounded || before.unboundedContextKind !== after.unboundedContextKind) {
        const { project, environment, key } = segment;
        warnings.push((0,finding/* finding */.g)("plan.segment-unbounded-immutable", { project, environment, key }));
    }
    const rules = planRules(before.rules, after.rules);
    if (rules.fields.length > 0) {
        fields.push(...rules.fields);
        jsonPatch.push({ op: "replace", path: "/rules", value: rules.rules });
    }
    const operations = [];
    if (jsonPatch.length > 0) {
        const test = version === undefined ? [] : [{ op: "test", path: "/version", value: version }];
        operations.push({ kind: "patchSegmentJson", patch: [...test, ...jsonPatch] });
    }
    const targetChanges = [
        ...(0,segment_targets/* diffTargets */.Y5)("included", before.included, after.included),
        ...(0,segment_targets/* diffTargets */.Y5)("excluded", before.excluded, after.excluded),
    ];
    fields.push(...targetFields(targetChanges));
    if (after.unbounded) {
        for (const update of (0,segment_targets/* bigSegmentTargetUpdates */.nA)(targetChanges))
            operations.push({ kind: "updateBigSegmentTargets", update });
    }
    else {
        for (const batch of (0,segment_targets/* targetInstructionBatches */.AZ)(targetChanges, limits/* MAX_TARGET_OPERATIONS_PER_PATCH */.Pc))
            operations.push({ kind: "patchSegmentSemantic", instructions: batch });
    }
    return { fields, operations };
}
/** The last operation of a big segment's membership write: only then does LaunchDarkly show it complete. */
const MEMBERSHIP_COMPLETE = {
    kind: "patchSegmentSemantic",
    instructions: [{ kind: "removeTags", values: [plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl] }],
};
function writesBigSegmentMembership(operations) {
    return operations.some((operation) => operation.kind === "updateBigSegmentTargets");
}
function segmentPostBody(desired) {
    const body = { key: desired.key, name: desired.name, tags: desired.tags };
    if (desired.description !== undefined)
        body.description = desired.description;
    if (desired.unbounded) {
        body.unbounded = true;
        if (desired.unboundedContextKind !== undefined)
            body.unboundedContextKind = desired.unboundedContextKind;
    }
    return body;
}
function planSegmentCreate(segment, warnings = [], marker = plan_ownership/* OWNERSHIP_TAG */.BK) {
    const desired = (0,normalize_segment/* normalizeDesiredSegment */.Xs)(segment, marker);
    const body = segmentPostBody(desired);
    // Right after `POST` the segment holds every field of the body, but no targets and no rules yet.
    const created = { ...desired, included: {}, excluded: {}, rules: [] };
    const edits = segmentEdits(created, desired, warnings, segment, undefined);
    // A big segment is created marked as pending and unmarked after its last membership write: a create whose
    // membership write did not complete stays visible to every later plan (see planSegmentUpdate).
    const pending = writesBigSegmentMembership(edits.operations);
    if (pending) {
        body.tags = [...(body.tags ?? []), plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl].sort();
        edits.operations.push(MEMBERSHIP_COMPLETE);
    }
    const fields = [{ path: "/name", after: desired.name }];
    if (desired.description !== undefined)
        fields.push({ path: "/description", after: desired.description });
    fields.push({ path: "/tags", after: desired.tags, added: desired.tags, removed: [] });
    if (desired.unbounded)
        fields.push({ path: "/unbounded", after: true });
    fields.push(...edits.fields);
    return (0,resource_plan/* declaredChange */.Rx)("create", "segment", segment, segment.name, fields, [
        { kind: "createSegment", body },
        ...edits.operations,
    ]);
}
/** An update, or undefined when the live segment already matches. */
function planSegmentUpdate(segment, live, warnings = [], marker = plan_ownership/* OWNERSHIP_TAG */.BK) {
    const desired = (0,normalize_segment/* normalizeDesiredSegment */.Xs)(segment, marker);
    const current = (0,normalize_segment/* normalizeLiveSegment */.V1)(live);
    const pending = (0,plan_ownership/* isMembershipPending */.Ab)(live);
    if (pending)
        current.tags = current.tags.filter((tag) => tag !== plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl);
    // The last-applied membership tag is the membership plan's (src/plan/plan-members.ts), never a tag to remove here.
    const memberTags = current.tags.filter(plan_members/* isMembershipTag */.Rd);
    current.tags = current.tags.filter((tag) => !(0,plan_members/* isMembershipTag */.Rd)(tag));
    if (desired.unbounded && current.unbounded && !pending) {
        // LaunchDarkly keeps big-segment membership outside the segment: it cannot be read from the list, so it is
        // written on create only and not compared afterwards.
        desired.included = current.included;
        desired.excluded = current.excluded;
    }
    if (!pending && (0,canonical_json/* sameJson */.Vk)(stripIds(current), stripIds(desired)))
        return undefined;
    const edits = segmentEdits(current, desired, warnings, segment, live.version, [
        ...(pending ? [plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl] : []),
        ...memberTags,
    ]);
    if (pending) {
        // The create's membership write did not complete: write every member again (adding is idempotent), then unmark.
        edits.operations.push(MEMBERSHIP_COMPLETE);
        const tags = edits.fields.find((field) => field.path === "/tags");
        if (tags) {
            tags.before = [...(tags.before ?? []), plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl].sort();
            tags.removed = [...(tags.removed ?? []), plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl];
        }
        else {
            edits.fields.push({
                path: "/tags",
                before: [...current.tags, plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl].sort(),
                after: current.tags,
                added: [],
                removed: [plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl],
            });
        }
    }
    if (edits.operations.length === 0)
        return undefined;
    const change = (0,resource_plan/* declaredChange */.Rx)("update", "segment", segment, segment.name, edits.fields, edits.operations);
    change.liveVersion = live.version;
    return change;
}
function stripIds(segment) {
    return { ...segment, rules: segment.rules.map(normalize_segment/* ruleContent */.uu) };
}
function planSegmentDelete(live, project, environment) {
    return {
        action: "delete",
        resourceType: "segment",
        project,
        environment,
        key: live.key,
        name: live.name,
        fields: [{ path: "/name", before: live.name }],
        operations: [{ kind: "deleteSegment" }],
        liveVersion: live.version,
    };
}
/**
 * Plans every desired segment against the live segments of its environment. `live` holds the list of each
 * `project/environment` read; environments not in it were not read and produce no deletes.
 */
/** A segment with member files: its definition planned as usual, its membership as src/plan/plan-members.ts says. */
function planFileFedSegment(segment, live, memberSets, warnings, marker, applied) {
    if (!segment.unbounded) {
        const full = (0,plan_members/* withFileMembers */.Or)(segment, memberSets);
        const change = live
            ? planSegmentUpdate(full, live, warnings, marker)
            : planSegmentCreate(full, warnings, marker);
        if (!change)
            return undefined;
        const before = live ? (0,normalize_segment/* normalizeLiveSegment */.V1)(live) : { included: {}, excluded: {} };
        const membership = (0,plan_members/* standardMembership */.C_)(segment, before, (0,normalize_segment/* normalizeDesiredSegment */.Xs)(full, marker), warnings);
        if (membership.length > 0)
            change.membership = membership;
        if (segment.membershipSync === "automatic")
            change.membershipSync = "automatic";
        return change;
    }
    // Every member, inline or from a file, is written by the membership plan; the definition carries none.
    const { included: _included, excluded: _excluded, includedContexts: _includedContexts, excludedContexts: _excludedContexts, ...definition } = segment;
    let change = live
        ? planSegmentUpdate(definition, live, warnings, marker)
        : planSegmentCreate(definition, warnings, marker);
    const members = (0,plan_members/* planBigSegmentMembership */.VE)(segment, live, memberSets, warnings, applied);
    if (members.operations.length === 0)
        return change;
    if (!change) {
        change = (0,resource_plan/* declaredChange */.Rx)("update", "segment", segment, segment.name, [], []);
        if (live)
            change.liveVersion = live.version;
    }
    // The membership plan's last write removes the pending marker along with writing the tag.
    change.operations = [
        ...change.operations.filter((operation) => operation !== MEMBERSHIP_COMPLETE),
        ...members.operations,
    ];
    if (live && (0,plan_ownership/* isMembershipPending */.Ab)(live) && !change.fields.some((field) => field.path === "/tags"))
        change.fields.push({
            path: "/tags",
            before: live.tags,
            after: live.tags.filter((t) => t !== plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl),
            added: [],
            removed: [plan_ownership/* MEMBERSHIP_PENDING_TAG */.yl],
        });
    change.membership = members.membership;
    if (segment.membershipSync === "automatic")
        change.membershipSync = "automatic";
    return change;
}
function planSegments(desired, live, prune, ownership = (0,resource_plan/* ownershipScope */.oO)(plan_ownership/* OWNERSHIP_TAG */.BK), memberSets = new Map(), 
/** `project/environment/key` → included keys LaunchDarkly holds, found in git history. */
appliedMembers = new Map(), 
/** Updates already worked out while other lists were still being read (`planEarlySegmentUpdates`). */
early = new Map()) {
    const { marker } = ownership;
    const result = (0,resource_plan/* emptyResourcePlan */.ls)();
    const wanted = new Map();
    for (const segment of desired)
        wanted.set((0,resource_identity/* resourceAddress */.f)(segment), segment);
    const liveByKey = new Map();
    for (const [scope, segments] of live) {
        const [project = "", environment = ""] = scope.split("/");
        for (const segment of segments) {
            if (segment.deleted)
                continue;
            liveByKey.set((0,resource_identity/* resourceAddress */.f)({ project, environment, key: segment.key }), segment);
            if ((0,plan_ownership/* isOwned */.go)((0,plan_ownership/* tagOwnership */.W_)(segment.tags, marker)))
                result.owned++;
        }
    }
    (0,resource_plan/* planDeclared */.k5)(result, wanted, liveByKey, (segment) => (segment.members?.length ?? 0) > 0
        ? planFileFedSegment(segment, undefined, memberSets, result.warnings, marker)
        : planSegmentCreate(segment, result.warnings, marker), (segment, current) => (0,resource_plan/* withOwnership */.Yc)((segment.members?.length ?? 0) > 0
        ? planFileFedSegment(segment, current, memberSets, result.warnings, marker, appliedMembers.get((0,resource_identity/* resourceAddress */.f)(segment)))
        : updateOf(segment, current, early.get(current), result.warnings, marker), (0,plan_ownership/* tagOwnership */.W_)(current.tags, marker), ownership, resource_plan/* onlyMarkerTags */.KQ));
    for (const [scope, segments] of live) {
        const [project = "", environment = ""] = scope.split("/");
        for (const segment of segments) {
            if (segment.deleted || wanted.has((0,resource_identity/* resourceAddress */.f)({ project, environment, key: segment.key })))
                continue;
            const found = (0,plan_ownership/* tagOwnership */.W_)(segment.tags, marker);
            const owned = (0,plan_ownership/* isOwned */.go)(found);
            if (prune && owned)
                result.changes.push(planSegmentDelete(segment, project, environment));
            else
                result.unmanaged.push({
                    resourceType: "segment",
                    project,
                    environment,
                    key: segment.key,
                    name: segment.name,
                    owned,
                    ...(found.state === "other-owner" ? { managedBy: found.marker } : {}),
                });
        }
    }
    const unchecked = uncheckedBigSegmentMembership(wanted, liveByKey);
    if (unchecked.length > 0)
        result.warnings.push(bigSegmentMembershipWarning(unchecked));
    return result;
}
/**
 * Works out `planSegmentUpdate` for the live segments of one environment that the repo declares (not file-fed
 * ones), as soon as that environment's list is read: `planSegments` then takes these results in place of doing the
 * same work once everything is read. `wanted` is keyed by `resourceAddress`.
 */
function planEarlySegmentUpdates(wanted, project, environment, live, marker, into) {
    for (const current of live) {
        if (current.deleted)
            continue;
        const segment = wanted.get((0,resource_identity/* resourceAddress */.f)({ project, environment, key: current.key }));
        if (segment === undefined || (segment.members?.length ?? 0) > 0)
            continue;
        const warnings = [];
        into.set(current, {
            segment,
            marker,
            change: planSegmentUpdate(segment, current, warnings, marker),
            warnings,
        });
    }
}
function updateOf(segment, current, early, warnings, marker) {
    if (early === undefined || early.segment !== segment || early.marker !== marker)
        return planSegmentUpdate(segment, current, warnings, marker);
    warnings.push(...early.warnings);
    return early.change;
}
/** Listing every big segment would bury the plan; the rest are counted. */
const BIG_SEGMENTS_NAMED = 5;
/**
 * `project/environment/key` of the big segments whose repo membership this plan cannot check: they exist in
 * LaunchDarkly already (a create writes the membership) and the repo lists members for them.
 */
function uncheckedBigSegmentMembership(wanted, liveByKey) {
    const unchecked = [];
    for (const [id, segment] of wanted) {
        const live = liveByKey.get(id);
        if (!segment.unbounded || live === undefined || !live.unbounded || (0,plan_ownership/* isMembershipPending */.Ab)(live))
            continue;
        // A file-fed big segment's membership is compared through its fingerprint tag (src/plan/plan-members.ts).
        if ((segment.members?.length ?? 0) > 0)
            continue;
        const members = (segment.included?.length ?? 0) +
            (segment.excluded?.length ?? 0) +
            (segment.includedContexts?.length ?? 0) +
            (segment.excludedContexts?.length ?? 0);
        if (members > 0)
            unchecked.push(id);
    }
    return unchecked.sort();
}
function bigSegmentMembershipWarning(unchecked) {
    return (0,finding/* finding */.g)("plan.big-segment-membership-unchecked", {
        segments: [...unchecked],
        named: BIG_SEGMENTS_NAMED,
    });
}


/***/ }),

/***/ 68592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ planWarningKey),
/* harmony export */   V: () => (/* binding */ planWarningOf)
/* harmony export */ });
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41300);

/** A validation warning as it travels in `plan.warnings`: its finding and where it points. */
function planWarningOf(diagnostic) {
    const { file, line, column, path, code, params } = diagnostic;
    return { code, params, location: { file, line, column, path } };
}
/** Equal for the same warning: code, parameters and location (for de-duplication). */
function planWarningKey(warning) {
    const where = warning.location;
    return `${(0,_model_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .findingKey */ .f)(warning)}\u0000${where ? `${where.file}:${where.line}:${where.column}:${where.path}` : ""}`;
}


/***/ }),

/***/ 54315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ diffTopLevelFields),
/* harmony export */   KQ: () => (/* binding */ onlyMarkerTags),
/* harmony export */   Rx: () => (/* binding */ declaredChange),
/* harmony export */   W0: () => (/* binding */ beforeValueTests),
/* harmony export */   Yc: () => (/* binding */ withOwnership),
/* harmony export */   aI: () => (/* binding */ createFields),
/* harmony export */   k5: () => (/* binding */ planDeclared),
/* harmony export */   ls: () => (/* binding */ emptyResourcePlan),
/* harmony export */   oO: () => (/* binding */ ownershipScope)
/* harmony export */ });
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70816);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59742);
// What planning one resource type gives, and the steps every type shares: create what LaunchDarkly lacks, update
// what differs, and the change record of a resource the repo declares.


function emptyResourcePlan() {
    return { changes: [], unchanged: 0, unmanaged: [], warnings: [], owned: 0 };
}
/**
 * Plans every declared resource against the live one of the same id: `create` when LaunchDarkly has none, else
 * `update`, which gives undefined when the live resource already matches (counted as unchanged).
 */
function planDeclared(result, wanted, liveById, create, update) {
    for (const [id, resource] of wanted) {
        const current = liveById.get(id);
        const change = current === undefined ? create(resource) : update(resource, current);
        if (change)
            result.changes.push(change);
        else
            result.unchanged++;
    }
}
/** The change record of a create or update of a resource the repo declares: scope, key, name and `file:line`. */
function declaredChange(action, resourceType, resource, name, fields, operations) {
    return {
        action,
        resourceType,
        ...(resource.project !== undefined ? { project: resource.project } : {}),
        ...(resource.environment !== undefined ? { environment: resource.environment } : {}),
        key: resource.key,
        name,
        source: `${resource.source.file}:${resource.source.line}`,
        fields,
        operations,
    };
}
/** The fields of a create: every member of the `POST` body but the key, as set. */
function createFields(body) {
    return Object.entries(body)
        .filter(([name]) => name !== "key")
        .map(([name, value]) => ({ path: `/${name}`, after: value }));
}
/** Top-level field differences of two normalised resources, with a JSON Patch that makes `before` into `after`. */
function diffTopLevelFields(before, after, setFields, 
/** The live resource as LaunchDarkly returned it: JSON Patch must `add` what it lacks and cannot `remove` it. */
raw) {
    const present = (name) => Object.hasOwn(raw, name) && raw[name] !== undefined;
    const fields = [];
    const patch = [];
    for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
        const was = before[name];
        const will = after[name];
        if ((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sameJson */ .Vk)(was, will))
            continue;
        // A default filled in on our side only: LaunchDarkly does not hold the field, so there is nothing to remove.
        if (will === undefined && !present(name))
            continue;
        const field = { path: `/${name}` };
        if (was !== undefined)
            field.before = was;
        if (will !== undefined)
            field.after = will;
        if (setFields.includes(name)) {
            const wasList = was ?? [];
            const willList = will ?? [];
            field.added = willList.filter((item) => !wasList.some((other) => (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sameJson */ .Vk)(other, item)));
            field.removed = wasList.filter((item) => !willList.some((other) => (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .sameJson */ .Vk)(other, item)));
        }
        fields.push(field);
        if (will === undefined)
            patch.push({ op: "remove", path: `/${name}` });
        else
            patch.push({ op: present(name) ? "replace" : "add", path: `/${name}`, value: will });
    }
    return { fields, patch };
}
/**
 * `test` operations for a JSON Patch of a resource without a version (roles): each field the patch replaces or
 * removes must still hold the value LaunchDarkly returned when the plan was made, or LaunchDarkly refuses the whole
 * patch (409). A field the patch adds is absent at plan time, and JSON Patch cannot test for absence: that add is
 * the one write a concurrent edit can still be overwritten by.
 */
function beforeValueTests(raw, patch) {
    const tests = [];
    for (const operation of patch) {
        if (operation.op !== "replace" && operation.op !== "remove")
            continue;
        const name = operation.path.split("/")[1] ?? "";
        if (!Object.hasOwn(raw, name))
            continue;
        tests.push({ op: "test", path: `/${name}`, value: raw[name] });
    }
    return tests;
}
function ownershipScope(marker, takeOver = false) {
    return { marker, takeOver, conflicts: [] };
}
/**
 * Marks an update that writes this owner's marker onto a resource it did not manage (adopt, claim, take-over), or
 * records the conflict and plans nothing when another owner manages it and taking over was not asked for.
 */
function withOwnership(change, found, scope, markerOnly) {
    if (change === undefined || found.state === "this-owner")
        return change;
    if (found.state === "other-owner" && !scope.takeOver) {
        scope.conflicts.push({
            resourceType: change.resourceType,
            ...(change.project !== undefined ? { project: change.project } : {}),
            ...(change.environment !== undefined ? { environment: change.environment } : {}),
            key: change.key,
            managedBy: found.marker,
        });
        return undefined;
    }
    const kind = found.state === "none" ? "adopt" : found.state === "unnamed-owner" ? "claim" : "take-over";
    change.ownership = { kind, markerOnly: markerOnly(change.fields) };
    if (found.state === "other-owner")
        change.ownership.previousMarker = found.marker;
    if (found.state === "unnamed-owner")
        change.ownership.previousMarker = _ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNERSHIP_TAG */ .BK;
    return change;
}
/** Segments and metrics: the only field written is `/tags`, and only ownership markers come and go. */
function onlyMarkerTags(fields) {
    return fields.every((field) => field.path === "/tags" &&
        [...(field.added ?? []), ...(field.removed ?? [])].every((tag) => typeof tag === "string" && (0,_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnershipTag */ .GN)(tag)));
}


/***/ }),

/***/ 97890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SJ: () => (/* binding */ diffPermissions),
/* harmony export */   _k: () => (/* binding */ groupPermissions),
/* harmony export */   kO: () => (/* binding */ permissionRisks)
/* harmony export */ });
/* unused harmony exports expandStatements, describeAllProjectsScope */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70816);

function expandStatements(policy) {
    return [...triplesByText(policy).values()];
}
/** The distinct triples of a policy, keyed by their canonical JSON, in key order. */
function triplesByText(policy) {
    const triples = new Map();
    for (const statement of policy) {
        const notAction = statement.notActions !== undefined && statement.actions === undefined;
        const notResource = statement.notResources !== undefined && statement.resources === undefined;
        const actions = (notAction ? statement.notActions : statement.actions) ?? [];
        const resources = (notResource ? statement.notResources : statement.resources) ?? [];
        for (const action of actions) {
            for (const resource of resources) {
                const triple = { effect: statement.effect, action, resource };
                if (notAction)
                    triple.notAction = true;
                if (notResource)
                    triple.notResource = true;
                triples.set((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(triple), triple);
            }
        }
    }
    return new Map([...triples].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function diffPermissions(before, after) {
    const was = triplesByText(before);
    const will = triplesByText(after);
    return {
        granted: [...will].filter(([key]) => !was.has(key)).map(([, t]) => t),
        revoked: [...was].filter(([key]) => !will.has(key)).map(([, t]) => t),
    };
}
/** `proj/*`, `proj/*:env/*`, `proj/*:env/*:flag/*`...: every project, every resource below. */
function isAllProjectResources(resource) {
    if (resource === "*")
        return true;
    const parts = resource.split(":");
    return (parts.every((part) => /^[a-z-]+\/\*(;.*)?$/i.test(part) || part === "*") &&
        parts[0]?.startsWith("proj/") === true);
}
/** `every project's segments` for `proj/*:env/*:segment/*`: what an all-projects specifier reaches. */
function describeAllProjectsScope(resource) {
    if (resource === "*")
        return "every resource";
    const parts = resource.split(":");
    const last = (parts.at(-1) ?? "").split("/")[0] ?? "";
    if (parts.length === 1)
        return "every project";
    const plural = last === "env" ? "environments" : `${last.replace(/-/g, " ")}s`;
    return `every project's ${plural}`;
}
/** Triples sharing effect, resource and `not` forms (what one statement usually grants), in first-seen order. */
function groupPermissions(triples) {
    const groups = new Map();
    for (const triple of triples) {
        const key = (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)([
            triple.effect,
            triple.resource,
            triple.notAction ?? false,
            triple.notResource ?? false,
        ]);
        const group = groups.get(key);
        if (group)
            group.push(triple);
        else
            groups.set(key, [triple]);
    }
    return [...groups.values()];
}
function actionList(group) {
    const actions = group.map((triple) => triple.action).join(", ");
    return group[0]?.notAction ? `every action except ${actions}` : actions;
}
/**
 * Risky grants, one per effect and resource (not one per action): `allow *`, allow on every project's resources,
 * an allow written with `notResources` or `notActions`, a removed `deny`, base permissions raised to `reader`.
 */
function permissionRisks(changes, basePermissions) {
    const risks = [];
    for (const group of groupPermissions(changes.granted)) {
        const [first] = group;
        if (first === undefined || first.effect !== "allow")
            continue;
        // `notResources` and `notActions` grant everything outside a list: broader than they read.
        if (first.notResource) {
            risks.push({
                code: "allow-not-resources",
                message: `allows ${actionList(group)} on every resource except ${first.resource} (flags, projects and every other resource type included)`,
            });
        }
        else if (first.notAction) {
            risks.push({ code: "allow-not-actions", message: `allows ${actionList(group)} on ${first.resource}` });
        }
        else if (group.some((grant) => grant.action === "*")) {
            risks.push({
                code: "allow-all-actions",
                message: `allows every action (*) on ${first.resource}`,
            });
        }
        else if (isAllProjectResources(first.resource)) {
            risks.push({
                code: "allow-all-project-resources",
                message: `allows ${actionList(group)} on ${describeAllProjectsScope(first.resource)} (${first.resource})`,
            });
        }
    }
    for (const group of groupPermissions(changes.revoked)) {
        const [first] = group;
        if (first === undefined || first.effect !== "deny")
            continue;
        const resource = first.notResource ? `every resource except ${first.resource}` : first.resource;
        risks.push({ code: "deny-removed", message: `removes a deny of ${actionList(group)} on ${resource}` });
    }
    if (basePermissions &&
        basePermissions.before !== basePermissions.after &&
        basePermissions.after === "reader") {
        risks.push({
            code: "base-permissions-raised",
            message: "raises base permissions to reader (read access to every resource)",
        });
    }
    return risks;
}


/***/ }),

/***/ 51385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ targetInstructionBatches),
/* harmony export */   Y5: () => (/* binding */ diffTargets),
/* harmony export */   nA: () => (/* binding */ bigSegmentTargetUpdates)
/* harmony export */ });
/* harmony import */ var _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24550);
// Target changes as semantic-patch instructions, split into requests of at most 1,500 target operations.

function diffTargets(list, before, after) {
    const kinds = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    const changes = [];
    for (const contextKind of kinds) {
        const was = new Set(before[contextKind] ?? []);
        const will = new Set(after[contextKind] ?? []);
        const added = [...will].filter((key) => !was.has(key)).sort();
        const removed = [...was].filter((key) => !will.has(key)).sort();
        if (added.length > 0 || removed.length > 0)
            changes.push({ list, contextKind, added, removed });
    }
    return changes;
}
const INSTRUCTION_KIND = {
    included: { add: "addIncludedTargets", remove: "removeIncludedTargets" },
    excluded: { add: "addExcludedTargets", remove: "removeExcludedTargets" },
};
/**
 * Every removal before every addition, so a key moving from excluded to included is never in both lists at once
 * (LaunchDarkly rejects that), whichever batch boundary falls in between: each request is valid on its own.
 */
function removalsFirst(changes) {
    const steps = (op) => changes.map((change) => ({
        list: change.list,
        op,
        contextKind: change.contextKind,
        values: op === "add" ? change.added : change.removed,
    }));
    return [...steps("remove"), ...steps("add")].filter((step) => step.values.length > 0);
}
/** The steps, in order, cut into batches of at most `limit` values (a step may be split across two). */
function inBatches(steps, limit) {
    const batches = [];
    let batch = [];
    let room = limit;
    for (const step of steps) {
        let offset = 0;
        while (offset < step.values.length) {
            if (room === 0) {
                batches.push(batch);
                batch = [];
                room = limit;
            }
            const values = step.values.slice(offset, offset + room);
            batch.push({ ...step, values });
            offset += values.length;
            room -= values.length;
        }
    }
    if (batch.length > 0)
        batches.push(batch);
    return batches;
}
/** The instructions for a set of target changes, removals first, in batches of at most `limit` target operations. */
function targetInstructionBatches(changes, limit = _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TARGET_OPERATIONS_PER_PATCH */ .Pc) {
    return inBatches(removalsFirst(changes), limit).map((batch) => batch.map((step) => ({
        kind: INSTRUCTION_KIND[step.list][step.op],
        contextKind: step.contextKind,
        values: step.values,
    })));
}
/** Big-segment membership as `POST .../contexts` bodies, at most `limit` keys each, removals first. */
function bigSegmentTargetUpdates(changes, limit = _launchdarkly_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_TARGET_OPERATIONS_PER_PATCH */ .Pc) {
    return inBatches(removalsFirst(changes), limit).map((batch) => {
        const update = {};
        for (const step of batch) {
            const list = update[step.list] ?? {};
            update[step.list] = list;
            list[step.op] = [...(list[step.op] ?? []), ...step.values];
        }
        return update;
    });
}


/***/ }),

/***/ 45034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ metricImpactOf),
/* harmony export */   JR: () => (/* binding */ segmentImpactLines),
/* harmony export */   Kw: () => (/* binding */ refusalText),
/* harmony export */   Qr: () => (/* binding */ attentionLines),
/* harmony export */   T3: () => (/* binding */ segmentImpactOf),
/* harmony export */   eH: () => (/* binding */ metricImpactLines),
/* harmony export */   zz: () => (/* binding */ metricRiskText)
/* harmony export */ });
/* unused harmony exports FLAGS_LISTED, flagsTouchedByEnvironment */
/* harmony import */ var _model_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41300);
/* harmony import */ var _wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17370);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83112);
// How the impact of a plan reads (flags using a changed segment, experiments reading a changed metric, refused
// deletes), shared by the text and Markdown renderers. The plan holds it as data; wording happens only here.



/** At most this many flags are listed per segment change; the JSON plan holds all of them. */
const FLAGS_LISTED = 20;
function segmentImpactOf(plan, change) {
    if (change.resourceType !== "segment")
        return undefined;
    return plan.impact?.segments.find((s) => s.project === change.project && s.environment === change.environment && s.key === change.key);
}
function metricImpactOf(plan, change) {
    if (change.resourceType !== "metric")
        return undefined;
    return plan.impact?.metrics.find((m) => m.project === change.project && m.key === change.key);
}
/** The lines under a segment change: which flags it reaches, at most `FLAGS_LISTED`. */
function segmentImpactLines(impact) {
    const lines = [];
    if (impact.flags.length === 0)
        lines.push(`flags using it in ${impact.environment}: none`);
    else {
        const flags = distinctFlags(impact.flags);
        lines.push(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .countOf */ .p)(flags, "flag")} in ${impact.environment} ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .forCount */ .V)(flags, "uses", "use")} it:`);
        for (const use of impact.flags.slice(0, FLAGS_LISTED))
            lines.push(`  ${(0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .flagUseText */ .dE)(use)}`);
        if (impact.flags.length > FLAGS_LISTED)
            lines.push(`  … and ${impact.flags.length - FLAGS_LISTED} more (all in the JSON plan)`);
    }
    if (impact.matchedBy.length > 0)
        lines.push(`segments whose rules match it: ${impact.matchedBy.join(", ")}`);
    return lines;
}
/** The lines under a metric change: what reads it. */
function metricImpactLines(impact) {
    const lines = [
        `used by ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .countOf */ .p)(impact.experimentCount, "experiment")} (${impact.activeExperimentCount} running), ` +
            `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .countOf */ .p)(impact.activeGuardedRolloutCount, "running guarded rollout")}, ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .countOf */ .p)(impact.attachedFlagCount, "attached flag")}`,
    ];
    for (const experiment of impact.experiments)
        lines.push(`  experiment ${experiment.key} ${JSON.stringify(experiment.name)} in ${experiment.environment}${experiment.archived ? " (archived)" : ""}`);
    return lines;
}
/** The risk a metric change carries, worded by the finding catalogue; undefined when none. */
function metricRiskText(impact) {
    if (!impact.risk)
        return undefined;
    return (0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFinding */ .jb)((0,_model_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)("plan.metric-in-running-experiment", {
        activeExperimentCount: impact.activeExperimentCount,
        activeGuardedRolloutCount: impact.activeGuardedRolloutCount,
    }));
}
/** A refusal: what is refused, why, and what to do. */
function refusalText(refusal) {
    return (0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFinding */ .jb)(refusal);
}
function distinctFlags(uses) {
    return new Set(uses.map((use) => use.flag)).size;
}
/** Distinct flags touched per environment (`production: 3`), in environment order. */
function flagsTouchedByEnvironment(plan) {
    const byEnvironment = new Map();
    for (const impact of plan.impact?.segments ?? []) {
        const scope = `${impact.project}/${impact.environment}`;
        const set = byEnvironment.get(scope) ?? new Set();
        for (const use of impact.flags)
            set.add(use.flag);
        byEnvironment.set(scope, set);
    }
    return [...byEnvironment]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([environment, flags]) => ({ environment, flags: flags.size }));
}
/**
 * What a reviewer must see without unfolding anything: flags touched per environment, deletes, role risks,
 * metrics in running experiments, refusals. Empty when the plan has none of them.
 */
function attentionLines(plan) {
    const lines = [];
    const touched = flagsTouchedByEnvironment(plan).filter((entry) => entry.flags > 0);
    if (touched.length > 0)
        lines.push(`Flags touched: ${touched.map((entry) => `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .countOf */ .p)(entry.flags, "flag")} in ${entry.environment}`).join(", ")}`);
    const deletes = plan.changes.filter((change) => change.action === "delete");
    if (deletes.length > 0)
        lines.push(`Deletes: ${deletes.map((change) => `${change.resourceType} ${[change.project, change.environment, change.key].filter(Boolean).join("/")}`).join(", ")}`);
    const roleRisks = plan.changes.flatMap((change) => change.resourceType === "role" ? (change.risks ?? []).map(() => change.key) : []);
    if (roleRisks.length > 0)
        lines.push(`Role risks: ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .countOf */ .p)(roleRisks.length, "risk")} (${[...new Set(roleRisks)].join(", ")})`);
    const risky = (plan.impact?.metrics ?? []).filter((metric) => metric.risk);
    if (risky.length > 0)
        lines.push(`Metrics in running experiments or guarded rollouts: ${risky.map((m) => `${m.project}/${m.key}`).join(", ")}`);
    const refusals = plan.impact?.refusals ?? [];
    if (refusals.length > 0)
        lines.push(`Refused: ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_1__/* .countOf */ .p)(refusals.length, "delete")} still in use (apply will refuse this plan)`);
    return lines;
}


/***/ }),

/***/ 44444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ membershipLines)
/* harmony export */ });
const n = (value) => value.toLocaleString("en-US");
function plural(count, one, many) {
    return `${n(count)} ${count === 1 ? one : many}`;
}
function howWritten(member) {
    switch (member.method) {
        case "semantic-patch":
            return `${plural(member.requests, "semantic-patch request", "semantic-patch requests")} (≤ 1,500 targets each)`;
        case "contexts":
            return `${plural(member.requests, "request", "requests")} to …/contexts`;
        case "import": {
            const uploads = member.requests;
            return `${plural(uploads, "upload", "uploads")} (file import: replace${uploads > 1 ? ", then merge" : ""})`;
        }
    }
}
const REASONS = {
    created: "new segment",
    "unknown-live": "LaunchDarkly does not return big-segment members, and its last-applied tag differs",
    drifted: "membership changed outside the repository",
    pending: "the create's membership write did not finish",
    history: "LaunchDarkly holds the version of the file its last-applied tag names (found in git history)",
};
/** One heading line per list, then its first removed and added keys. */
function membershipLines(change) {
    const lines = [];
    for (const member of change.membership ?? []) {
        const from = member.files.length > 0 ? ` from ${member.files.join(", ")}` : "";
        const was = member.before !== undefined ? ` (LaunchDarkly holds ${n(member.before)})` : "";
        const head = member.method === "import"
            ? `members ${member.list} (${member.contextKind}): replace all members with ${plural(member.count, "context", "contexts")}${from}${was}`
            : `members ${member.list} (${member.contextKind}): +${n(member.added ?? 0)} −${n(member.removed ?? 0)}, ${plural(member.count, "member", "members")} after apply${from}`;
        const reason = member.reason !== undefined && member.method === "import" ? `; ${REASONS[member.reason]}` : "";
        lines.push({ sign: "~", text: `${head}: ${howWritten(member)}${reason}` });
        // A standard segment's keys are listed under its target fields already.
        if (member.method === "semantic-patch")
            continue;
        for (const key of member.firstRemoved ?? [])
            lines.push({ sign: "-", text: `  ${key}` });
        for (const key of member.firstAdded ?? [])
            lines.push({ sign: "+", text: `  ${key}` });
        const shown = (member.firstRemoved?.length ?? 0) + (member.firstAdded?.length ?? 0);
        const total = member.method === "import" ? member.count : (member.added ?? 0) + (member.removed ?? 0);
        if (total > shown)
            lines.push({ sign: "~", text: `  … and ${n(total - shown)} more` });
    }
    return lines;
}


/***/ }),

/***/ 44466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ policyChangeLines),
/* harmony export */   iT: () => (/* binding */ isStatementList),
/* harmony export */   r5: () => (/* binding */ permissionChangeLines)
/* harmony export */ });
/* unused harmony exports formatStatement, formatPermissionGroup */
/* harmony import */ var _plan_role_permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97890);
// Role policies one statement per line, `allow [createSegment, updateIncluded] on proj/*:env/*:segment/*`, and
// permission changes grouped the same way (one line per effect and resource, not one per action).

function isStatementList(value) {
    return (Array.isArray(value) &&
        value.every((item) => typeof item === "object" &&
            item !== null &&
            (item.effect === "allow" ||
                item.effect === "deny")));
}
const list = (items) => `[${items.join(", ")}]`;
const oneOrList = (items) => (items.length === 1 ? items[0] : list(items));
/** `allow [a, b] on proj/*`, `deny every action except [a] on ...`, `allow [a] on every resource except ...`. */
function formatStatement(statement) {
    const actions = statement.actions !== undefined
        ? list(statement.actions)
        : `every action except ${list(statement.notActions ?? [])}`;
    const resources = statement.resources !== undefined
        ? oneOrList(statement.resources)
        : `every resource except ${oneOrList(statement.notResources ?? [])}`;
    return `${statement.effect} ${actions} on ${resources}`;
}
/** Statements only before are removed (`-`), only after are added (`+`); unchanged ones are not repeated. */
function policyChangeLines(before, after, indent) {
    const was = (before ?? []).map(formatStatement);
    const will = (after ?? []).map(formatStatement);
    return [
        ...was
            .filter((text) => !will.includes(text))
            .map((text) => ({ sign: "-", text: `${indent}${text}` })),
        ...will
            .filter((text) => !was.includes(text))
            .map((text) => ({ sign: "+", text: `${indent}${text}` })),
    ];
}
/** `allow [createSegment, updateIncluded] on proj/*:env/*:segment/*` for a group from `groupPermissions`. */
function formatPermissionGroup(group) {
    const [first] = group;
    if (first === undefined)
        return "";
    const actions = group.map((triple) => triple.action);
    const actionText = first.notAction ? `every action except ${oneOrList(actions)}` : oneOrList(actions);
    const resource = first.notResource ? `every resource except ${first.resource}` : first.resource;
    return `${first.effect} ${actionText} on ${resource}`;
}
/** What a role change grants (`+ grants  …`) and revokes (`- revokes …`), one line per group. */
function permissionChangeLines(permissions) {
    if (permissions === undefined)
        return [];
    return [
        ...(0,_plan_role_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .groupPermissions */ ._k)(permissions.granted).map((group) => ({ sign: "+", text: `grants  ${formatPermissionGroup(group)}` })),
        ...(0,_plan_role_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .groupPermissions */ ._k)(permissions.revoked).map((group) => ({ sign: "-", text: `revokes ${formatPermissionGroup(group)}` })),
    ];
}


/***/ }),

/***/ 40818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OK: () => (/* binding */ RESOURCE_TYPE_TITLES),
  X7: () => (/* binding */ UNMANAGED_LISTED),
  s5: () => (/* binding */ changeVerb),
  AI: () => (/* binding */ fieldLines),
  w5: () => (/* binding */ fieldName),
  Qo: () => (/* binding */ ownershipNote),
  dC: () => (/* binding */ summaryLine)
});

// UNUSED EXPORTS: MAX_LIST_ITEMS_SHOWN

// EXTERNAL MODULE: ./src/render/describe-policy.ts
var describe_policy = __webpack_require__(44466);
// EXTERNAL MODULE: ./src/plan/canonical-json.ts
var canonical_json = __webpack_require__(70816);
// EXTERNAL MODULE: ./src/plan/normalize-segment.ts
var normalize_segment = __webpack_require__(71836);
;// CONCATENATED MODULE: ./src/render/wrap.ts
// A reviewer approves what the plan shows, so values are never cut: long lists are packed over several lines.
/** Lines longer than this are wrapped (the terminal and GitHub's diff block both read well around it). */
const WRAP_WIDTH = 100;
/**
 * `prefix[a, b, c]` on one line when it fits in `width`, otherwise `prefix[` then the items packed into lines
 * (each item whole, however long) indented by `indent`, then `]`.
 */
function wrapList(prefix, items, indent, width = WRAP_WIDTH) {
    const oneLine = `${prefix}[${items.join(", ")}]`;
    if (oneLine.length <= width)
        return [oneLine];
    const lines = [`${prefix}[`];
    let current = "";
    for (const [index, item] of items.entries()) {
        const piece = index < items.length - 1 ? `${item},` : item;
        if (current !== "" && indent.length + current.length + 1 + piece.length > width) {
            lines.push(`${indent}${current}`);
            current = piece;
        }
        else {
            current = current === "" ? piece : `${current} ${piece}`;
        }
    }
    if (current !== "")
        lines.push(`${indent}${current}`);
    lines.push(`${indent.slice(2)}]`);
    return lines;
}
/** A value as compact JSON, whole. */
function compactJson(value) {
    return value === undefined ? "(none)" : JSON.stringify(value);
}
/**
 * A value on one line when it fits, otherwise listed: an array one member per line, an object one property per
 * line (members and properties themselves are never cut). `first` is the text before the value on the first line.
 */
function valueLines(first, value, indent, width = WRAP_WIDTH) {
    const compact = compactJson(value);
    if (first.length + compact.length <= width || value === null || typeof value !== "object")
        return [`${first}${compact}`];
    if (Array.isArray(value)) {
        if (value.every((item) => typeof item !== "object" || item === null))
            return wrapList(first, value.map(compactJson), indent, width);
        return [`${first}[`, ...value.map((item) => `${indent}${compactJson(item)}`), `${indent.slice(2)}]`];
    }
    return [
        `${first}{`,
        ...Object.entries(value).map(([key, item]) => `${indent}${key}: ${compactJson(item)}`),
        `${indent.slice(2)}}`,
    ];
}

;// CONCATENATED MODULE: ./src/render/describe-rule.ts
// Segment rules the way a person reads them:
//   rule 1 "Staff try every beta first": user.email endsWith "@example.com"
//       AND organization.plan in ["enterprise"]
//       rollout 50% by organization.key
// An updated rule shows only the clauses, rollout and description that changed, before and after.



/** Continuation lines of a rule (clauses after the first, rollout) sit under the rule's text. */
const CONTINUATION = "    ";
/** Wrapped value lists sit deeper still. */
const WRAPPED = "      ";
function isRuleContent(value) {
    return (typeof value === "object" &&
        value !== null &&
        Array.isArray(value.clauses) &&
        value.clauses.every((clause) => typeof clause === "object" && clause !== null && "op" in clause && "attribute" in clause));
}
/** The lines of one clause after `prefix`: `user.email endsWith "@example.com"`, `not in segment beta-testers`. */
function clauseLines(prefix, clause, indent = WRAPPED) {
    const not = clause.negate === true ? "not " : "";
    if (clause.op === "segmentMatch") {
        const segments = clause.values.map((value) => (typeof value === "string" ? value : compactJson(value)));
        const text = `${prefix}${not}in segment ${segments.join(" or ")}`;
        return [text];
    }
    const subject = `${clause.contextKind ?? normalize_segment/* DEFAULT_CONTEXT_KIND */.hK}.${clause.attribute}`;
    const head = `${prefix}${subject} ${not}${clause.op} `;
    // `in` reads as membership of a list even with one value; other operators show a lone value bare.
    if (clause.op !== "in" && clause.values.length === 1)
        return [`${head}${compactJson(clause.values[0])}`];
    return wrapList(head, clause.values.map(compactJson), indent);
}
/** `50%` from LaunchDarkly's weight in thousandths of a percent (50000), without trailing zeros. */
function rolloutPercent(weight) {
    return `${Number((weight / 1000).toFixed(3))}%`;
}
/** `rollout 50% by organization.key`, or undefined when the rule has no rollout. */
function rolloutText(rule) {
    if (rule.weight === undefined)
        return undefined;
    const kind = rule.rolloutContextKind ?? normalize_segment/* DEFAULT_CONTEXT_KIND */.hK;
    return `rollout ${rolloutPercent(rule.weight)} by ${kind}.${rule.bucketBy ?? "key"}`;
}
function ruleTitle(index, rule) {
    return `rule ${index + 1}${rule.description !== undefined ? ` ${JSON.stringify(rule.description)}` : ""}`;
}
/** The whole rule: title and first clause, then `AND` clauses and the rollout on their own lines. */
function ruleLines(index, rule) {
    const title = ruleTitle(index, rule);
    const [first, ...rest] = rule.clauses;
    const lines = first === undefined
        ? [`${title}: (no clauses: matches every context)`]
        : clauseLines(`${title}: `, first);
    for (const clause of rest)
        lines.push(...clauseLines(`${CONTINUATION}AND `, clause));
    const rollout = rolloutText(rule);
    if (rollout !== undefined)
        lines.push(`${CONTINUATION}${rollout}`);
    return lines;
}
/** An edited rule: its title, then each changed clause (before and after), rollout and description. */
function ruleChangeLines(index, before, after) {
    const lines = [{ sign: "~", text: `${ruleTitle(index, after)}:` }];
    const signed = (sign, texts) => texts.map((text) => ({ sign, text }));
    const count = Math.max(before.clauses.length, after.clauses.length);
    for (let c = 0; c < count; c++) {
        const was = before.clauses[c];
        const will = after.clauses[c];
        if (was !== undefined && will !== undefined && (0,canonical_json/* sameJson */.Vk)(was, will))
            continue;
        const label = `${CONTINUATION}clause ${c + 1}: `;
        if (was !== undefined)
            lines.push(...signed("-", clauseLines(label, was)));
        if (will !== undefined)
            lines.push(...signed("+", clauseLines(label, will)));
    }
    const rolloutBefore = rolloutText(before);
    const rolloutAfter = rolloutText(after);
    if (rolloutBefore !== rolloutAfter) {
        lines.push({ sign: "-", text: `${CONTINUATION}${rolloutBefore ?? "no rollout (everyone who matches)"}` });
        lines.push({ sign: "+", text: `${CONTINUATION}${rolloutAfter ?? "no rollout (everyone who matches)"}` });
    }
    else if (before.bucketBy !== after.bucketBy) {
        // Without a rollout, bucketBy is stored but has no effect; still show it, as it is written.
        lines.push({
            sign: "~",
            text: `${CONTINUATION}bucketBy: ${compactJson(before.bucketBy)} → ${compactJson(after.bucketBy)}`,
        });
    }
    if (before.description !== after.description) {
        lines.push({
            sign: "~",
            text: `${CONTINUATION}description: ${compactJson(before.description)} → ${compactJson(after.description)}`,
        });
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/render/describe.ts
// Shared wording of the renderers: how a resource, a field value and a permission are written.



/** At most this many members of a list are shown per field; the JSON plan always holds all of them. */
const MAX_LIST_ITEMS_SHOWN = 50;
const RESOURCE_TYPE_TITLES = {
    role: "Roles",
    metric: "Metrics",
    segment: "Segments",
    contextKind: "Context kinds",
};
function fieldName(field) {
    return field.path.replace(/^\//, "").replace(/\//g, ".");
}
/** Unmanaged resources listed by name; the rest are counted (the JSON plan has them all). */
const UNMANAGED_LISTED = 20;
function summaryLine(plan) {
    const { create, update, delete: deletes } = plan.summary;
    if (create + update + deletes === 0)
        return "No changes. LaunchDarkly matches the repository.";
    const adopt = plan.summary.adopt ?? 0;
    const adopted = adopt > 0 ? ` (${adopt} ${adopt === 1 ? "adoption" : "adoptions"})` : "";
    return `Plan: ${create} to create, ${update} to update${adopted}, ${deletes} to delete.`;
}
/** The verb a change is shown with: its action, or what it does to ownership. */
function changeVerb(change) {
    if (change.ownership === undefined)
        return change.action;
    return change.ownership.kind === "take-over" ? "TAKE OVER" : change.ownership.kind;
}
/** One sentence on what an ownership change does, or undefined for an ordinary change. */
function ownershipNote(change) {
    const ownership = change.ownership;
    if (ownership === undefined)
        return undefined;
    const rest = ownership.markerOnly
        ? "nothing else changes: LaunchDarkly behaves the same before and after"
        : "the fields below change too";
    switch (ownership.kind) {
        case "adopt":
            return `adopted: the ownership marker is added to a resource not managed until now; ${rest}`;
        case "claim":
            return `claimed: its marker \`${ownership.previousMarker}\` (written before owners existed) is read as this owner's and replaced; ${rest}`;
        case "take-over":
            return `TAKEN OVER from the owner \`${ownership.previousMarker}\` (--take-over): that configuration no longer manages it; ${rest}`;
    }
}
/** Indentation of the lines that list a field's members, statements or properties under the field's name. */
const MEMBER_INDENT = "  ";
/**
 * The lines of one field change, without colour or indentation: set members one per line (at most `limit`),
 * rules as sentences, policy statements one per line, long values listed rather than cut.
 */
function fieldLines(change, field, limit = MAX_LIST_ITEMS_SHOWN) {
    const name = fieldName(field);
    const rule = /^\/rules\/(\d+)$/.exec(field.path);
    if (rule) {
        const lines = ruleFieldLines(Number(rule[1]), field);
        if (lines)
            return lines;
    }
    const moved = /^\/rules\/(\d+)\/position$/.exec(field.path);
    if (moved && typeof field.before === "number" && typeof field.after === "number")
        return [{ sign: "~", text: `rule ${field.after + 1}: moved, was rule ${field.before + 1}` }];
    if (field.path === "/policy" && ((0,describe_policy/* isStatementList */.iT)(field.before) || (0,describe_policy/* isStatementList */.iT)(field.after))) {
        const before = (0,describe_policy/* isStatementList */.iT)(field.before) ? field.before : undefined;
        const after = (0,describe_policy/* isStatementList */.iT)(field.after) ? field.after : undefined;
        const sign = before === undefined ? "+" : after === undefined ? "-" : "~";
        return [{ sign, text: `${name}:` }, ...(0,describe_policy/* policyChangeLines */.c)(before, after, MEMBER_INDENT)];
    }
    if (field.added !== undefined || field.removed !== undefined) {
        const members = [
            ...(field.removed ?? []).map((item) => ({ sign: "-", text: `${MEMBER_INDENT}${plainItem(item)}` })),
            ...(field.added ?? []).map((item) => ({ sign: "+", text: `${MEMBER_INDENT}${plainItem(item)}` })),
        ];
        const shown = members.slice(0, limit);
        if (members.length > limit)
            shown.push({
                sign: "~",
                text: `${MEMBER_INDENT}… and ${members.length - limit} more (all in the JSON plan)`,
            });
        const sign = change.action === "create" ? "+" : "~";
        return [{ sign, text: `${name}:` }, ...shown];
    }
    const indent = MEMBER_INDENT.repeat(2);
    if (field.before === undefined)
        return signed("+", valueLines(`${name}: `, field.after, indent));
    if (field.after === undefined)
        return signed("-", valueLines(`${name}: `, field.before, indent));
    // Compact JSON, whole: a plan a reviewer approves never hides part of a value.
    const oneLine = `${name}: ${compactJson(field.before)} → ${compactJson(field.after)}`;
    if (oneLine.length <= WRAP_WIDTH)
        return [{ sign: "~", text: oneLine }];
    return [
        ...signed("-", valueLines(`${name}: `, field.before, indent)),
        ...signed("+", valueLines(`${name}: `, field.after, indent)),
    ];
}
function signed(sign, texts) {
    return texts.map((text) => ({ sign, text }));
}
/** A whole rule added or removed, or an edited one; undefined when the values are not rules (shown as JSON). */
function ruleFieldLines(index, field) {
    const before = isRuleContent(field.before) ? field.before : undefined;
    const after = isRuleContent(field.after) ? field.after : undefined;
    if (before !== undefined && after !== undefined)
        return ruleChangeLines(index, before, after);
    if (after !== undefined && field.before === undefined)
        return signed("+", ruleLines(index, after));
    if (before !== undefined && field.after === undefined)
        return signed("-", ruleLines(index, before));
    return undefined;
}
function plainItem(item) {
    return typeof item === "string" ? item : compactJson(item);
}


/***/ }),

/***/ 15104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderApplyReportJson),
/* harmony export */   u: () => (/* binding */ renderPlanJson)
/* harmony export */ });
/* harmony import */ var _wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17370);

/**
 * The documented, versioned plan format (schemas/plan.schema.json): the plan itself, pretty-printed, each warning
 * and each refusal also worded (`message`, as the text plan prints it) for readers that do not know the codes.
 */
function renderPlanJson(plan) {
    const warnings = plan.warnings.map((warning) => ({ ...warning, message: (0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .describePlanWarning */ .X5)(warning) }));
    const impact = plan.impact && {
        ...plan.impact,
        refusals: plan.impact.refusals.map((refusal) => ({ ...refusal, message: (0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFinding */ .jb)(refusal) })),
    };
    return `${JSON.stringify({ ...plan, warnings, ...(impact ? { impact } : {}) }, null, 2)}\n`;
}
/** The report as JSON (`apply --format json`): the `ApplyReport` itself, pretty-printed. */
function renderApplyReportJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}


/***/ }),

/***/ 67835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   z5: () => (/* binding */ markdownLinkUrl),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony exports codeFence, markdownCodeSpan, escapeMarkdownWithCodeSpans */
// Text from the user's files or from LaunchDarkly must not break out of the comment's structure: no HTML, no
// `@mention` pings, no Markdown emphasis or links, no closing of the code fence it sits in.
const ZERO_WIDTH_JOINER = "\u200d";
/** Every way text can break a line: CRLF, a lone CR or LF, and Unicode's line and paragraph separators. */
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;
/** What GitHub's Markdown turns into a link on its own (extended autolinks): `https://…`, `www.…`. */
const AUTOLINK_START = /\b(https?|ftp)(?=:\/\/)|\b(www)(?=\.)/gi;
const ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "`": "&#96;",
    "*": "&#42;",
    _: "&#95;",
    "[": "&#91;",
    "]": "&#93;",
    "|": "&#124;",
    "\\": "&#92;",
    "~": "&#126;",
    "#": "&#35;",
    "!": "&#33;",
};
/** Inline text (table cells, `<summary>`): HTML and Markdown punctuation as entities, `@` followed by a joiner. */
function escapeMarkdownInline(text) {
    return (text
        .replace(/[&<>"'`*_[\]|\\~#!]/g, (ch) => ENTITIES[ch] ?? ch)
        .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
        // A joiner inside the scheme (or `www`) keeps a bare URL plain text: it reads the same, links nowhere.
        .replace(AUTOLINK_START, (start) => `${start}${ZERO_WIDTH_JOINER}`)
        .replace(LINE_BREAK, " "));
}
/**
 * A URL as the destination of a Markdown link `[text](URL)`: percent-encoded like `encodeURI` (no spaces, `<` or
 * `>`), with `(` and `)` encoded too so the URL cannot end the link early.
 */
function markdownLinkUrl(url) {
    return encodeURI(url).replace(/\(/g, "%28").replace(/\)/g, "%29");
}
function longestBacktickRun(content) {
    let longest = 0;
    for (const run of content.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/** A backtick fence longer than any backtick run in `content` (at least three). */
function codeFence(content) {
    return "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
}
/**
 * `content` as an inline code span, shown literally: Markdown, HTML and `@mentions` are not interpreted inside one.
 * The fence is longer than any backtick run inside, and a space pads content that starts or ends with a backtick
 * (or with spaces on both sides, which Markdown would strip). Line breaks become spaces: a span cannot end the line.
 */
function markdownCodeSpan(content) {
    const text = content.replace(LINE_BREAK, " ");
    if (text === "")
        return "";
    const fence = "`".repeat(longestBacktickRun(text) + 1);
    const pad = text.startsWith("`") || text.endsWith("`") || (/^ .* $/.test(text) && text.trim() !== "") ? " " : "";
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * Text whose `code spans` are meant as code (validation messages: "`op` must be one of …; got `equals`"): each
 * span stays a code span (`markdownCodeSpan`), the text around the spans is escaped with `escapeMarkdownInline`. So
 * text from the user's files can add no HTML, link or ping, nor break out of a span. A backtick run that closes
 * no span (as Markdown reads it) is plain text.
 */
function escapeMarkdownWithCodeSpans(text) {
    const flat = text.replace(LINE_BREAK, " ");
    const runs = [...flat.matchAll(/`+/g)].map((match) => ({ at: match.index, length: match[0].length }));
    let out = "";
    let plainFrom = 0;
    for (let i = 0; i < runs.length; i++) {
        const open = runs[i];
        if (open.at < plainFrom)
            continue;
        const closing = runs.findIndex((run, j) => j > i && run.length === open.length);
        if (closing === -1)
            continue;
        const close = runs[closing];
        let content = flat.slice(open.at + open.length, close.at);
        // As Markdown reads a span: one space is stripped from each side when both sides have one.
        if (/^ .* $/.test(content) && content.trim() !== "")
            content = content.slice(1, -1);
        out += escapeMarkdownInline(flat.slice(plainFrom, open.at)) + markdownCodeSpan(content);
        plainFrom = close.at + close.length;
        i = closing;
    }
    return out + escapeMarkdownInline(flat.slice(plainFrom));
}
/** A fenced code block; inside it nothing is interpreted, so only the fence needs choosing. */
function fencedBlock(language, content) {
    const fence = codeFence(content);
    return `${fence}${language}\n${content}\n${fence}`;
}


/***/ }),

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown)
/* harmony export */ });
/* unused harmony exports GITHUB_COMMENT_MAX_LENGTH, PLAN_COMMENT_MARKER, renderPlanMarkdownBody */
/* harmony import */ var _model_resource_identity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35244);
/* harmony import */ var _wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17370);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40818);
/* harmony import */ var _describe_impact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45034);
/* harmony import */ var _describe_membership_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44444);
/* harmony import */ var _describe_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44466);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67835);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83112);
// The plan as a pull-request comment / job summary: warnings first, a summary table, a section per resource type,
// each resource in a collapsible block with a ```diff of its fields. Kept under GitHub's 65,536-character limit by
// leaving out whole resources at the end and saying where the full plan is.








const GITHUB_COMMENT_MAX_LENGTH = 65_536;
/** Marks the tool's comment so the Action can find and update it. */
const PLAN_COMMENT_MARKER = "<!-- ld-gitops:plan -->";
const EMOJI = { create: "🟢", update: "🟡", delete: "🔴" };
const OWNERSHIP_EMOJI = { adopt: "🔵", claim: "🔵", "take-over": "🟥" };
const TYPES = ["role", "metric", "contextKind", "segment"];
function changeBlock(plan, change) {
    const source = change.source ? ` <sub>${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)(change.source)}</sub>` : "";
    const summary = `${change.ownership ? OWNERSHIP_EMOJI[change.ownership.kind] : EMOJI[change.action]} <b>${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .changeVerb */ .s5)(change)}</b> <code>${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)((0,_model_resource_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .resourceAddress */ .f)(change))}</code>` +
        ` ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)(change.name)}${source}`;
    const parts = [`<details><summary>${summary}</summary>`, ""];
    const note = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .ownershipNote */ .Qo)(change);
    if (note !== undefined)
        parts.push(change.ownership?.kind === "take-over"
            ? `> [!CAUTION]\n> ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)(note)}`
            : `> ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)(note)}`, "");
    const diff = [];
    if (change.action === "delete")
        diff.push(`- ${change.resourceType} ${(0,_model_resource_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .resourceAddress */ .f)(change)}`);
    else if (change.ownership?.markerOnly !== true)
        for (const field of change.fields)
            for (const line of (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldLines */ .AI)(change, field))
                diff.push(`${line.sign === "~" ? "!" : line.sign} ${line.text}`);
    if (change.action !== "delete")
        for (const line of (0,_describe_membership_js__WEBPACK_IMPORTED_MODULE_3__/* .membershipLines */ .O)(change))
            diff.push(`${line.sign === "~" ? "!" : line.sign} ${line.text}`);
    if (diff.length > 0)
        parts.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .fencedBlock */ .zW)("diff", diff.join("\n")), "");
    const permissions = (0,_describe_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .permissionChangeLines */ .r5)(change.rolePermissions);
    if (permissions.length > 0) {
        const lines = permissions.map((line) => `${line.sign} ${line.text}`);
        parts.push("**Permissions**", "", (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .fencedBlock */ .zW)("diff", lines.join("\n")), "");
    }
    for (const risk of change.risks ?? [])
        parts.push(`> ⚠️ **Risk:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)(risk.message)}`, "");
    const segmentImpact = (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .segmentImpactOf */ .T3)(plan, change);
    const metricImpact = (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .metricImpactOf */ .I)(plan, change);
    const impactLines = segmentImpact
        ? (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .segmentImpactLines */ .JR)(segmentImpact)
        : metricImpact
            ? (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .metricImpactLines */ .eH)(metricImpact)
            : [];
    if (impactLines.length > 0)
        parts.push("**Used by**", "", (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .fencedBlock */ .zW)("text", impactLines.join("\n")), "");
    const metricRisk = metricImpact ? (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .metricRiskText */ .zz)(metricImpact) : undefined;
    if (metricRisk)
        parts.push(`> ⚠️ **Risk:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)(metricRisk)}`, "");
    parts.push("</details>", "");
    return parts.join("\n");
}
function summaryTable(plan) {
    const rows = ["| | Create | Update | Adopt | Delete |", "| --- | ---: | ---: | ---: | ---: |"];
    for (const type of TYPES) {
        const changes = plan.changes.filter((change) => change.resourceType === type);
        if (changes.length === 0)
            continue;
        const count = (action) => changes.filter((change) => change.action === action).length;
        const adopt = changes.filter((change) => change.ownership !== undefined).length;
        rows.push(`| ${_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCE_TYPE_TITLES */ .OK[type]} | ${count("create")} | ${count("update") - adopt} | ${adopt} | ${count("delete")} |`);
    }
    const { create, update, delete: deletes, unchanged } = plan.summary;
    const adopt = plan.summary.adopt ?? 0;
    rows.push(`| **Total** | **${create}** | **${update - adopt}** | **${adopt}** | **${deletes}** |`);
    return `${rows.join("\n")}\n\n${unchanged} unchanged.`;
}
/** The plan as a Markdown document of its own (`plan --format markdown`): marker, heading, then the plan. */
function renderPlanMarkdown(plan, options = {}) {
    const heading = `${PLAN_COMMENT_MARKER}\n## ld-gitops plan\n\n`;
    const maxLength = (options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH) - heading.length;
    return heading + renderPlanMarkdownBody(plan, { ...options, maxLength });
}
/**
 * The plan without marker or heading, within `maxLength` characters: for a caller that frames it (the Action's
 * comment, which carries its own marker and title).
 */
function renderPlanMarkdownBody(plan, options = {}) {
    const maxLength = options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH;
    const head = [];
    if (plan.warnings.length > 0) {
        head.push("> [!WARNING]");
        for (const warning of plan.warnings)
            head.push(`> ${(0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .planWarningMarkdown */ .FR)(warning, options.edge ?? "cli", _markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)}`);
        head.push("");
    }
    if (plan.takeOver && plan.changes.some((change) => change.ownership?.kind === "take-over")) {
        head.push("> [!CAUTION]", "> This plan takes over resources another configuration manages (`--take-over`): see the 🟥 changes below.", "");
    }
    const refusals = plan.impact?.refusals ?? [];
    if (refusals.length > 0) {
        head.push("> [!CAUTION]");
        for (const refusal of refusals)
            head.push(`> ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)((0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .refusalText */ .Kw)(refusal))}`);
        head.push("");
    }
    head.push(`**${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryLine */ .dC)(plan)}**`, "");
    // What needs a reviewer's attention stays outside every <details>.
    const attention = (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .attentionLines */ .Qr)(plan);
    if (attention.length > 0)
        head.push(...attention.map((line) => `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)(line)}`), "");
    const total = plan.summary.create + plan.summary.update + plan.summary.delete;
    if (total > 0)
        head.push(summaryTable(plan), "");
    const tail = [];
    if (plan.unmanaged.length > 0) {
        const owned = plan.unmanaged.filter((resource) => resource.owned).length;
        const isOrAre = (0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .forCount */ .V)(plan.unmanaged.length, "is", "are");
        const summary = `${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .countOf */ .p)(plan.unmanaged.length, "resource")} in LaunchDarkly ${isOrAre} not in the repository and ${isOrAre} left alone` +
            (owned > 0
                ? ` (${owned} managed by ld-gitops: plan with ${options.edge === "action" ? (0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .nameSetting */ .cM)({ name: "prune" }, "action") : "<code>--prune</code>"} to delete ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .forCount */ .V)(owned, "it", "them")})`
                : "");
        // Listed, so a reviewer can see what the repo does not cover; the first few only, the JSON plan has them all.
        const listed = plan.unmanaged
            .slice(0, _describe_js__WEBPACK_IMPORTED_MODULE_1__/* .UNMANAGED_LISTED */ .X7)
            .map((resource) => `- ${resource.resourceType} <code>${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)((0,_model_resource_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .resourceAddress */ .f)(resource))}</code>` +
            (resource.owned
                ? " (managed by ld-gitops)"
                : resource.managedBy !== undefined
                    ? ` (managed by another owner: <code>${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownInline */ .E4)(resource.managedBy)}</code>)`
                    : ""));
        if (plan.unmanaged.length > _describe_js__WEBPACK_IMPORTED_MODULE_1__/* .UNMANAGED_LISTED */ .X7)
            listed.push(`- … and ${plan.unmanaged.length - _describe_js__WEBPACK_IMPORTED_MODULE_1__/* .UNMANAGED_LISTED */ .X7} more (see the JSON plan)`);
        tail.push(`<details><summary><sub>${summary}.</sub></summary>`, "", ...listed, "", "</details>", "");
    }
    const footer = [`<sub>Plan hash <code>${plan.hash.slice(0, 12)}</code>`];
    if (options.runUrl)
        footer.push(` · [workflow run](${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownLinkUrl */ .z5)(options.runUrl)})`);
    footer.push("</sub>");
    tail.push(footer.join(""), "");
    const headText = head.join("\n");
    const tailText = tail.join("\n");
    const omittedNote = (omitted) => {
        const where = options.fullPlanUrl
            ? `[the full plan](${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownLinkUrl */ .z5)(options.fullPlanUrl)})`
            : options.runUrl
                ? `the full plan in [the workflow run](${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownLinkUrl */ .z5)(options.runUrl)})`
                : "the full plan with `ld-gitops plan`";
        return `> [!NOTE]\n> ${omitted} more ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .forCount */ .V)(omitted, "change is", "changes are")} not shown here to stay within GitHub's comment size limit. See ${where}.\n`;
    };
    const reserve = omittedNote(plan.changes.length).length + 2;
    // Sections in order; each resource block is added whole or not at all, and none is rendered past the first
    // that does not fit.
    const ordered = TYPES.flatMap((type) => plan.changes.filter((change) => change.resourceType === type));
    let body = "";
    let shown = 0;
    for (const [index, change] of ordered.entries()) {
        const heading = ordered[index - 1]?.resourceType !== change.resourceType
            ? `### ${_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCE_TYPE_TITLES */ .OK[change.resourceType]}\n\n`
            : "";
        const piece = `${heading}${changeBlock(plan, change)}\n`;
        const wouldBe = headText.length + body.length + piece.length + tailText.length + reserve + 2;
        if (wouldBe > maxLength)
            break;
        body += piece;
        shown++;
    }
    const omitted = ordered.length - shown;
    const parts = [headText, body];
    if (omitted > 0)
        parts.push(omittedNote(omitted));
    parts.push(tailText);
    return parts.join("\n");
}


/***/ }),

/***/ 70893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText)
/* harmony export */ });
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57336);
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picocolors__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _model_resource_identity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35244);
/* harmony import */ var _wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17370);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40818);
/* harmony import */ var _describe_impact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45034);
/* harmony import */ var _describe_membership_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44444);
/* harmony import */ var _describe_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44466);
/* harmony import */ var _wording_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83112);
// The plan for a terminal: one block per resource, its field changes, role permission changes, warnings, and the
// summary line last (what CI logs show in their final lines).








const SIGN = { create: "+", update: "~", delete: "-" };
function renderPlanText(plan, options = {}) {
    const c = (0,picocolors__WEBPACK_IMPORTED_MODULE_5__.createColors)(options.color ?? false);
    const paint = { "+": c.green, "-": c.red, "~": c.yellow };
    const lines = [];
    const renderChange = (change) => {
        const sign = SIGN[change.action];
        const where = change.source ? c.dim(`  (${change.source})`) : "";
        const verb = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .changeVerb */ .s5)(change);
        const head = `${sign} ${verb} ${change.resourceType} ${c.bold((0,_model_resource_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .resourceAddress */ .f)(change))}`;
        lines.push((change.ownership?.kind === "take-over" ? c.red(c.bold(head)) : paint[sign](head)) +
            ` ${JSON.stringify(change.name)}${where}`);
        const note = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .ownershipNote */ .Qo)(change);
        if (note !== undefined)
            lines.push(`    ${change.ownership?.kind === "take-over" ? c.red(`! ${note}`) : c.cyan(note)}`);
        // An adoption that only writes the marker has nothing more to show than its note.
        if (change.action !== "delete" && change.ownership?.markerOnly !== true) {
            for (const field of change.fields) {
                for (const line of (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldLines */ .AI)(change, field))
                    lines.push(`    ${paint[line.sign](`${line.sign} ${line.text}`)}`);
            }
            for (const line of (0,_describe_membership_js__WEBPACK_IMPORTED_MODULE_3__/* .membershipLines */ .O)(change))
                lines.push(`    ${paint[line.sign](`${line.sign} ${line.text}`)}`);
        }
        const permissions = (0,_describe_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .permissionChangeLines */ .r5)(change.rolePermissions);
        if (permissions.length > 0) {
            lines.push("    permissions:");
            for (const line of permissions)
                lines.push(`      ${paint[line.sign](`${line.sign} ${line.text}`)}`);
        }
        for (const risk of change.risks ?? [])
            lines.push(`    ${c.magenta(`! risk: ${risk.message}`)}`);
        const segmentImpact = (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .segmentImpactOf */ .T3)(plan, change);
        if (segmentImpact)
            for (const line of (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .segmentImpactLines */ .JR)(segmentImpact))
                lines.push(`    ${c.cyan(line)}`);
        const metricImpact = (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .metricImpactOf */ .I)(plan, change);
        if (metricImpact) {
            for (const line of (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .metricImpactLines */ .eH)(metricImpact))
                lines.push(`    ${c.cyan(line)}`);
            const risk = (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .metricRiskText */ .zz)(metricImpact);
            if (risk)
                lines.push(`    ${c.magenta(`! risk: ${risk}`)}`);
        }
        lines.push("");
    };
    for (const refusal of plan.impact?.refusals ?? [])
        lines.push(c.red(`Refused: ${(0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .refusalText */ .Kw)(refusal)}`), "");
    for (const change of plan.changes)
        renderChange(change);
    if (plan.unmanaged.length > 0) {
        lines.push(c.dim(`${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .countOf */ .p)(plan.unmanaged.length, "resource")} in LaunchDarkly ${(0,_wording_js__WEBPACK_IMPORTED_MODULE_7__/* .forCount */ .V)(plan.unmanaged.length, "is", "are")} not in the repository (left alone):`));
        for (const resource of plan.unmanaged.slice(0, _describe_js__WEBPACK_IMPORTED_MODULE_1__/* .UNMANAGED_LISTED */ .X7)) {
            const owned = resource.owned
                ? " (managed by ld-gitops; --prune deletes it)"
                : resource.managedBy !== undefined
                    ? ` (managed by another owner: ${resource.managedBy})`
                    : "";
            lines.push(c.dim(`    ${resource.resourceType} ${(0,_model_resource_identity_js__WEBPACK_IMPORTED_MODULE_6__/* .resourceAddress */ .f)(resource)}${owned}`));
        }
        if (plan.unmanaged.length > _describe_js__WEBPACK_IMPORTED_MODULE_1__/* .UNMANAGED_LISTED */ .X7)
            lines.push(c.dim(`    … and ${plan.unmanaged.length - _describe_js__WEBPACK_IMPORTED_MODULE_1__/* .UNMANAGED_LISTED */ .X7} more (see the JSON plan)`));
        lines.push("");
    }
    for (const warning of plan.warnings)
        lines.push(c.yellow(`Warning: ${(0,_wording_finding_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .describePlanWarning */ .X5)(warning)}`));
    if (plan.warnings.length > 0)
        lines.push("");
    for (const line of (0,_describe_impact_js__WEBPACK_IMPORTED_MODULE_2__/* .attentionLines */ .Qr)(plan))
        lines.push(line);
    lines.push(c.bold((0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryLine */ .dC)(plan)));
    return `${lines.join("\n")}\n`;
}


/***/ })

};
