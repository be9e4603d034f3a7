export const id = 452;
export const ids = [452];
export const modules = {

/***/ 51452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APPLY_EXIT: () => (/* binding */ APPLY_EXIT),
  registerApplyCommand: () => (/* binding */ registerApplyCommand),
  runApplyCommand: () => (/* binding */ runApplyCommand)
});

// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(57336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
;// CONCATENATED MODULE: ./src/action/run-url.ts
// GitHub knowledge the core does without: where a workflow run's page is. The core takes the URL as a plain string
// (the audit comment, the plan footer); the Action and the CLI running inside a workflow work it out here.
/** GitHub's own host, for runners that do not set `GITHUB_SERVER_URL`. */
const DEFAULT_GITHUB_SERVER_URL = "https://github.com";
/**
 * A workflow run's URL, `SERVER/OWNER/REPO/actions/runs/RUN_ID`: the server defaults to https://github.com and
 * loses any trailing slash; undefined without a repository or run id.
 */
function workflowRunUrl(run) {
    const repository = run.repository?.trim();
    const runId = run.runId?.trim();
    if (!repository || !runId)
        return undefined;
    const server = (run.serverUrl?.trim() || DEFAULT_GITHUB_SERVER_URL).replace(/\/+$/, "");
    return `${server}/${repository}/actions/runs/${runId}`;
}
/** The run's URL on GitHub Actions, from `GITHUB_SERVER_URL`, `GITHUB_REPOSITORY` and `GITHUB_RUN_ID`. */
function resolveRunUrl(env = process.env) {
    return workflowRunUrl({
        serverUrl: env.GITHUB_SERVER_URL,
        repository: env.GITHUB_REPOSITORY,
        runId: env.GITHUB_RUN_ID,
    });
}

// EXTERNAL MODULE: ./src/pipeline/read-and-plan.ts + 5 modules
var read_and_plan = __webpack_require__(79902);
// EXTERNAL MODULE: ./src/plan/delete-threshold.ts
var delete_threshold = __webpack_require__(85978);
;// CONCATENATED MODULE: ./src/apply/convergence.ts


/**
 * The plan of `desired` against LaunchDarkly now, read by the same pipeline step as `createPlan` (with prune: every type and
 * environment, so leftovers of what the plan deleted show). The delete threshold is off: leftovers must show, not
 * throw.
 */
async function replan(api, desired, applied) {
    const { plan } = await (0,read_and_plan/* readAndPlan */.N)(api, desired, {
        prune: applied.prune,
        deleteThreshold: delete_threshold/* NO_DELETE_THRESHOLD */.uy,
        ...(applied.takeOver ? { takeOver: true } : {}),
    });
    return plan;
}
function convergenceOf(plan) {
    return {
        converged: plan.changes.length === 0,
        remaining: plan.changes.map((change) => {
            const difference = {
                resourceType: change.resourceType,
                action: change.action,
                key: change.key,
                fields: change.fields,
            };
            if (change.project !== undefined)
                difference.project = change.project;
            if (change.environment !== undefined)
                difference.environment = change.environment;
            return difference;
        }),
    };
}

// EXTERNAL MODULE: ./src/model/resource-identity.ts
var resource_identity = __webpack_require__(35244);
;// CONCATENATED MODULE: ./src/apply/execution-order.ts
// Which planned change must wait for which. Context kinds are written before the segments of their project, and
// segments that another segment's `segmentMatch` clause names are written first; deletes come after every other
// change, the segments that still reference another one before it.

const SEGMENT_MATCH = "segmentMatch";
/** Segment keys named by `segmentMatch` clauses anywhere in `value` (instructions, JSON Patch values, rules). */
function segmentMatchKeys(value, into = new Set()) {
    if (Array.isArray(value)) {
        for (const item of value)
            segmentMatchKeys(item, into);
    }
    else if (value !== null && typeof value === "object") {
        const record = value;
        if (record.op === SEGMENT_MATCH && Array.isArray(record.values)) {
            for (const key of record.values)
                if (typeof key === "string")
                    into.add(key);
        }
        for (const member of Object.values(record))
            if (member !== null && typeof member === "object")
                segmentMatchKeys(member, into);
    }
    return into;
}
/**
 * Orders `nodes` so that each comes after the ones it depends on; nodes in a cycle keep their given order (their
 * edges back are dropped, so nothing waits forever). Returns, per node, the dependencies kept.
 */
function orderedDependencies(count, dependsOn) {
    const edges = Array.from({ length: count }, (_, index) => [...new Set(dependsOn(index))].filter((dep) => dep !== index));
    const position = new Map();
    const remaining = new Set(Array.from({ length: count }, (_, index) => index));
    while (remaining.size > 0) {
        let progressed = false;
        for (const index of remaining) {
            const deps = edges[index] ?? [];
            if (deps.every((dep) => position.has(dep) || !remaining.has(dep))) {
                position.set(index, position.size);
                remaining.delete(index);
                progressed = true;
            }
        }
        if (!progressed) {
            // A cycle: take the first remaining node as is.
            const first = Math.min(...remaining);
            position.set(first, position.size);
            remaining.delete(first);
        }
    }
    return edges.map((deps, index) => deps.filter((dep) => (position.get(dep) ?? 0) < (position.get(index) ?? 0)));
}
/**
 * For each change (by index in `changes`), the indices of the non-delete changes it must wait for: a segment waits
 * for the segments its new rules match on, when those are created or updated by the same plan.
 */
function writeDependencies(changes) {
    const segmentIndex = new Map();
    changes.forEach((change, index) => {
        if (change.resourceType === "segment" && change.action !== "delete")
            segmentIndex.set((0,resource_identity/* resourceAddress */.f)(change), index);
    });
    const kindIndexes = new Map();
    changes.forEach((change, index) => {
        if (change.resourceType !== "contextKind")
            return;
        const list = kindIndexes.get(change.project ?? "") ?? [];
        list.push(index);
        kindIndexes.set(change.project ?? "", list);
    });
    return orderedDependencies(changes.length, (index) => {
        const change = changes[index];
        if (change.resourceType !== "segment" || change.action === "delete")
            return [];
        // A segment may target a kind this plan creates: LaunchDarkly must know it first.
        const deps = [...(kindIndexes.get(change.project ?? "") ?? [])];
        for (const key of segmentMatchKeys(change.operations)) {
            const dep = segmentIndex.get((0,resource_identity/* resourceAddress */.f)({ project: change.project, environment: change.environment, key }));
            if (dep !== undefined)
                deps.push(dep);
        }
        return deps;
    });
}
/**
 * For segment deletes: a segment being deleted waits until every other deleted segment whose live rules match on
 * it is gone (reverse dependency order). `live` holds the segment as read just before deleting (undefined = gone).
 */
function deleteDependencies(deletes, live) {
    const index = new Map(deletes.map((change, position) => [(0,resource_identity/* resourceAddress */.f)(change), position]));
    const referencedBy = deletes.map(() => []);
    deletes.forEach((change, position) => {
        for (const key of segmentMatchKeys(live[position]?.rules ?? [])) {
            const target = index.get((0,resource_identity/* resourceAddress */.f)({ project: change.project, environment: change.environment, key }));
            if (target !== undefined)
                referencedBy[target]?.push(position);
        }
    });
    return orderedDependencies(deletes.length, (position) => referencedBy[position] ?? []);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/membership/fingerprint.ts
var fingerprint = __webpack_require__(29508);
// EXTERNAL MODULE: ./src/membership/member-path.ts
var member_path = __webpack_require__(82306);
// EXTERNAL MODULE: ./src/membership/read-member-set.ts + 2 modules
var read_member_set = __webpack_require__(44692);
;// CONCATENATED MODULE: ./src/membership/read-member-keys.ts
// The keys apply uploads: every named file read again, united, sorted and de-duplicated, with the fingerprint the
// plan recorded for them (apply compares the two and refuses to write a file that changed since the plan).




/** Thrown when a file cannot be read or has rows the plan would have refused. */
class MemberFileError extends Error {
    name = "MemberFileError";
}
async function readMemberKeys(configDir, files) {
    const sets = [];
    for (const ref of files) {
        const absolute = (0,external_node_path_.resolve)(configDir, ref.path);
        if ((0,member_path/* pathInside */._)((0,external_node_path_.resolve)(configDir), absolute) === undefined)
            throw new MemberFileError(`member file ${ref.path} is outside the configuration directory; nothing was read`);
        const result = await (0,read_member_set/* readMemberSet */.X)(absolute, ref);
        if (!result.ok)
            throw new MemberFileError(`member file ${ref.path} cannot be read: ${result.detail}`);
        const errors = result.findings.filter((found) => found.severity === "error");
        if (errors.length > 0)
            throw new MemberFileError(`member file ${ref.path} has unusable rows (first at line ${errors[0]?.line}): run validate`);
        sets.push(result.set.keys);
    }
    const keys = sets.length === 1 ? sets[0] : mergeSorted(sets);
    return { keys, fingerprint: (0,fingerprint/* membersFingerprint */.G)(keys) };
}
/** Sorted, de-duplicated union of sorted, de-duplicated lists. */
function mergeSorted(lists) {
    if (lists.length === 0)
        return [];
    if (lists.length === 1)
        return [...lists[0]];
    return [...new Set(lists.flat())].sort();
}

;// CONCATENATED MODULE: ./src/apply/member-keys.ts
// Member files read once per apply: the parts of one split import (a `replace` and its `merge`s) name the same
// files, and each part uploads its own slice of the same sorted key set.

function memberKeySource(configDir) {
    return { configDir, read: new Map() };
}
function memberKeysFor(source, files) {
    const id = JSON.stringify(files);
    let keys = source.read.get(id);
    if (keys === undefined) {
        keys = readMemberKeys(source.configDir, files);
        source.read.set(id, keys);
    }
    return keys;
}

// EXTERNAL MODULE: ./src/launchdarkly/segment-instructions.ts
var segment_instructions = __webpack_require__(80799);
// EXTERNAL MODULE: ./src/plan/ownership.ts
var ownership = __webpack_require__(59742);
// EXTERNAL MODULE: ./src/plan/plan-members.ts
var plan_members = __webpack_require__(61086);
;// CONCATENATED MODULE: ./src/apply/membership-only.ts
// `apply --membership-only` (Action input `membership-only`): a scheduled sync may write segment membership
// without review, and nothing else. Before any write, every change of the plan must be a membership change of a
// segment that opted in to automatic sync (`membershipSync: "automatic"` on the change): its operations only add or
// remove targets, write big-segment membership or imports, or move ld-gitops' own membership tags; its changed
// fields are membership fields. Anything else (a create, a delete, rules, names, descriptions, other tags,
// metrics, roles) still needs a reviewed plan.




/** Semantic-patch instructions that only write targets (standard segments, and the big-segment ones). */
const TARGET_INSTRUCTIONS = new Set([
    ...segment_instructions/* TARGET_INSTRUCTION_KINDS */.Hu,
    ...segment_instructions/* BIG_SEGMENT_TARGET_INSTRUCTION_KINDS */.CV,
    "processBigSegmentImport",
]);
/** Fields a membership change may show: the target lists, and whatever the plan records of member files. */
const MEMBERSHIP_FIELD = /^\/(included|excluded|includedContexts|excludedContexts|members|membership)(\/|$)/;
/** ld-gitops' own membership bookkeeping tags (last-applied fingerprint, unfinished create). */
function isBookkeepingTag(tag) {
    return typeof tag === "string" && ((0,plan_members/* isMembershipTag */.Rd)(tag) || tag === ownership/* MEMBERSHIP_PENDING_TAG */.yl);
}
function tagFieldIsMembershipOnly(field) {
    const added = field.added ?? [];
    const removed = field.removed ?? [];
    if (field.added === undefined && field.removed === undefined) {
        // Without added/removed, compare the whole lists: they may differ only in membership tags.
        const before = (Array.isArray(field.before) ? field.before : []).filter((tag) => !isBookkeepingTag(tag));
        const after = (Array.isArray(field.after) ? field.after : []).filter((tag) => !isBookkeepingTag(tag));
        return JSON.stringify([...before].sort()) === JSON.stringify([...after].sort());
    }
    return [...added, ...removed].every(isBookkeepingTag);
}
function jsonPatchIsTagsOnly(patch) {
    return patch.every((op) => op.op === "test" || /^\/tags(\/|$)/.test(op.path));
}
/** Why this operation is not a membership write; undefined when it is. */
function operationProblem(operation, tagsAreMembership) {
    switch (operation.kind) {
        case "updateBigSegmentTargets":
        case "importBigSegmentMembers":
            return undefined;
        case "patchSegmentSemantic": {
            const other = operation.instructions.find((instruction) => !TARGET_INSTRUCTIONS.has(instruction.kind) &&
                !((instruction.kind === "addTags" || instruction.kind === "removeTags") &&
                    Array.isArray(instruction.values) &&
                    instruction.values.every(isBookkeepingTag)));
            return other === undefined ? undefined : `its semantic patch holds ${other.kind}`;
        }
        case "patchSegmentJson":
            return jsonPatchIsTagsOnly(operation.patch) && tagsAreMembership
                ? undefined
                : "its JSON Patch changes more than membership tags";
        default:
            return `it would ${operation.kind.replace(/([A-Z])/g, " $1").toLowerCase()}`;
    }
}
/** Why the change may not be applied under membership-only; undefined when it may. */
function membershipOnlyProblem(change) {
    if (change.resourceType !== "segment")
        return `it is a ${change.resourceType}, not segment membership`;
    if (change.membershipSync !== "automatic")
        return "the segment does not opt in to automatic membership sync";
    if (change.action !== "update")
        return `it would ${change.action} the segment`;
    const tagsField = change.fields.find((field) => field.path === "/tags");
    const tagsAreMembership = tagsField === undefined || tagFieldIsMembershipOnly(tagsField);
    for (const field of change.fields) {
        if (field.path === "/tags") {
            if (!tagsAreMembership)
                return "it changes tags other than ld-gitops' membership tags";
        }
        else if (!MEMBERSHIP_FIELD.test(field.path))
            return `it changes ${field.path}`;
    }
    for (const operation of change.operations) {
        const problem = operationProblem(operation, tagsAreMembership);
        if (problem !== undefined)
            return problem;
    }
    return undefined;
}
class MembershipOnlyError extends Error {
    name = "MembershipOnlyError";
}
/** Lines `segment p/e/k: why` for every change membership-only refuses; empty when the plan may be applied. */
function membershipOnlyRefusals(plan) {
    return plan.changes.flatMap((change) => {
        const problem = membershipOnlyProblem(change);
        return problem === undefined ? [] : [`${change.resourceType} ${(0,resource_identity/* resourceAddress */.f)(change)}: ${problem}`];
    });
}
function assertMembershipOnly(plan) {
    const refusals = membershipOnlyRefusals(plan);
    if (refusals.length === 0)
        return;
    throw new MembershipOnlyError([
        "membership-only: the plan changes more than the membership of segments that opt in to automatic sync, so nothing was written:",
        ...refusals.map((line) => `  - ${line}`),
        "These changes need a reviewed plan: open a pull request, or apply without membership-only.",
    ].join("\n"));
}

// EXTERNAL MODULE: ./src/wording/finding-messages.ts
var finding_messages = __webpack_require__(17370);
;// CONCATENATED MODULE: ./src/apply/plan-refusals.ts

/**
 * Thrown before any write when the plan holds refusals. `refusals` are findings (codes
 * `plan.segment-delete-referenced`, `plan.metric-delete-in-use`); `message` words them for the CLI.
 */
class PlanRefusedError extends Error {
    refusals;
    constructor(refusals) {
        super([
            "The plan holds deletes that are still in use, so nothing was written:",
            ...refusals.map((refusal) => `  - ${(0,finding_messages/* describeFinding */.jb)(refusal)}`),
        ].join("\n"));
        this.refusals = refusals;
        this.name = "PlanRefusedError";
    }
}
function assertNoRefusals(plan) {
    const refusals = plan.impact?.refusals ?? [];
    if (refusals.length > 0)
        throw new PlanRefusedError(refusals);
}

// EXTERNAL MODULE: ./src/launchdarkly/semaphore.ts
var semaphore = __webpack_require__(9362);
// EXTERNAL MODULE: ./src/launchdarkly/backoff.ts
var backoff = __webpack_require__(23392);
// EXTERNAL MODULE: ./src/launchdarkly/errors.ts
var errors = __webpack_require__(43681);
// EXTERNAL MODULE: ./src/launchdarkly/limits.ts
var limits = __webpack_require__(24550);
;// CONCATENATED MODULE: ./src/launchdarkly/big-segment-membership.ts
// Writing big-segment membership: `POST …/contexts` updates cut into requests of a bounded number of keys, and a
// whole import (upload, waiting out another import in the environment, starting it when LaunchDarkly holds it in
// `ready`, polling it to `complete`).



/** Removals first (so a key moving from one list to the other is never in both), then additions. */
const ORDER = [
    { list: "included", change: "remove" },
    { list: "excluded", change: "remove" },
    { list: "included", change: "add" },
    { list: "excluded", change: "add" },
];
/**
 * One update as requests of at most `size` keys each, in the order removals → additions: ⌈keys ÷ size⌉ requests
 * (one for an update without keys). Applied one after the other, they leave the same membership as the update.
 */
function bigSegmentTargetBatches(update, size = limits/* BIG_SEGMENT_TARGETS_PER_REQUEST */.Ky) {
    if (!Number.isInteger(size) || size < 1)
        throw new Error("batch size must be a positive integer");
    const batches = [];
    let current = {};
    let room = size;
    for (const { list, change } of ORDER) {
        const keys = update[list]?.[change] ?? [];
        let offset = 0;
        while (offset < keys.length) {
            if (room === 0) {
                batches.push(current);
                current = {};
                room = size;
            }
            const take = keys.slice(offset, offset + room);
            const side = current[list] ?? {};
            side[change] = [...(side[change] ?? []), ...take];
            current[list] = side;
            offset += take.length;
            room -= take.length;
        }
    }
    if (room < size || batches.length === 0)
        batches.push(current);
    return batches;
}
/** An import that did not complete: the message says why and what to do. */
class BigSegmentImportError extends Error {
    requests;
    importId;
    httpStatus;
    name = "BigSegmentImportError";
    constructor(message, requests, importId, httpStatus) {
        super(message);
        this.requests = requests;
        this.importId = importId;
        this.httpStatus = httpStatus;
    }
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Uploads one import file and waits until LaunchDarkly has applied it. */
async function runBigSegmentImport(api, scope, upload, options = {}) {
    const sleep = options.sleep ?? defaultSleep;
    const random = options.random ?? Math.random;
    const pollIntervalMs = options.pollIntervalMs ?? 500;
    const maxPollIntervalMs = options.maxPollIntervalMs ?? 10_000;
    const maxWaitMs = options.maxWaitMs ?? 30 * 60_000;
    const conflictWaitLimit = options.conflictWaitMs ?? 10 * 60_000;
    const where = `${scope.project}/${scope.environment}/${scope.segment}`;
    let requests = 0;
    // LaunchDarkly runs one import at a time per environment: a 409 means another is running; wait it out.
    let importId;
    let conflictWaitMs = 0;
    for (let retry = 0; importId === undefined; retry++) {
        try {
            requests++;
            importId = await api.createBigSegmentImport(scope.project, scope.environment, scope.segment, upload);
        }
        catch (error) {
            if (!(error instanceof errors/* LaunchDarklyError */.Zk) || error.status !== 409) {
                if (error instanceof errors/* LaunchDarklyError */.Zk && error.outcomeUnknown)
                    throw new BigSegmentImportError(`the upload of ${where} got no answer, so whether LaunchDarkly started the import is unknown; run apply again once no import runs in ${scope.environment}`, requests, undefined);
                throw error;
            }
            if (conflictWaitMs >= conflictWaitLimit)
                throw new BigSegmentImportError(`another big-segment import was still running in environment ${scope.environment} after ${Math.round(conflictWaitMs / 1000)} s (LaunchDarkly runs one at a time: 409 "${error.ldMessage ?? error.code}"); nothing was imported into ${scope.segment}; run apply again when it has finished`, requests, undefined, 409);
            const delay = Math.min((0,backoff/* backoffDelayMs */.Q)(retry, { baseDelayMs: pollIntervalMs, maxDelayMs: maxPollIntervalMs }, random), conflictWaitLimit - conflictWaitMs);
            await sleep(delay);
            conflictWaitMs += delay;
        }
    }
    let waited = 0;
    let delay = pollIntervalMs;
    let started = false;
    for (;;) {
        requests++;
        const current = await api.getBigSegmentImport(scope.project, scope.environment, scope.segment, importId);
        options.onStatus?.(current.status);
        switch (current.status) {
            case "complete":
                return { importId, requests, conflictWaitMs };
            case "stopped":
                throw new BigSegmentImportError(`LaunchDarkly stopped import ${importId} of ${where}; its members are as before the import or partly imported: run apply again`, requests, importId);
            case "pending_approval":
                throw new BigSegmentImportError(`import ${importId} of ${where} waits for an approval in LaunchDarkly; it is applied once approved`, requests, importId);
            case "ready":
                // Uploaded, waiting for the `processBigSegmentImport` instruction that starts it.
                if (!started) {
                    requests++;
                    await api.patchSegmentSemantic(scope.project, scope.environment, scope.segment, [{ kind: "processBigSegmentImport", importId }], options.comment);
                    started = true;
                    continue;
                }
                break;
            default:
                break;
        }
        if (waited >= maxWaitMs)
            throw new BigSegmentImportError(`import ${importId} of ${where} was still ${current.status} after ${Math.round(waited / 1000)} s; LaunchDarkly goes on with it: plan again later to see whether it completed`, requests, importId);
        const wait = Math.min(delay, maxWaitMs - waited);
        await sleep(wait);
        waited += wait;
        delay = Math.min(Math.round(delay * 1.5), maxPollIntervalMs);
    }
}

// EXTERNAL MODULE: ./src/launchdarkly/import-upload.ts
var import_upload = __webpack_require__(43589);
;// CONCATENATED MODULE: ./src/apply/conflict-check.ts
/** Undefined when the segment is as planned; otherwise why it is not. */
function segmentConflict(live, liveVersion) {
    if (live === undefined)
        return "the segment was deleted in LaunchDarkly after the plan was made";
    if (liveVersion !== undefined && live.version !== liveVersion) {
        return `the segment changed in LaunchDarkly after the plan was made (version ${liveVersion} at plan time, now ${live.version})`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/fast-json-patch/index.js
var fast_json_patch = __webpack_require__(25952);
var fast_json_patch_default = /*#__PURE__*/__webpack_require__.n(fast_json_patch);
// EXTERNAL MODULE: ./src/plan/canonical-json.ts
var canonical_json = __webpack_require__(70816);
;// CONCATENATED MODULE: ./src/apply/own-write.ts
// After a lost answer, a retried JSON Patch can fail its own `test`: the first attempt landed. Whether LaunchDarkly
// already holds what the patch writes tells apply's own write from someone else's change.


const { applyOperation } = (fast_json_patch_default());
/** The document without LaunchDarkly's generated ids (`_id` of rules and clauses a patch adds without one). */
function withoutIds(value) {
    if (Array.isArray(value))
        return value.map(withoutIds);
    if (value === null || typeof value !== "object")
        return value;
    return Object.fromEntries(Object.entries(value)
        .filter(([name]) => name !== "_id")
        .map(([name, member]) => [name, withoutIds(member)]));
}
/**
 * True when writing `patch` (its `test`s left out) onto `current` would change nothing: LaunchDarkly already holds
 * every value it writes. A `remove` of what is already absent counts as done.
 */
function holdsPatchResult(current, patch) {
    let document = structuredClone(current);
    for (const operation of patch) {
        if (operation.op === "test")
            continue;
        try {
            if (operation.op === "remove" && !pointerExists(document, operation.path))
                continue;
            document = applyOperation(document, operation, false, true).newDocument;
        }
        catch {
            return false;
        }
    }
    return (0,canonical_json/* sameJson */.Vk)(withoutIds(document), withoutIds(current));
}
function pointerExists(document, pointer) {
    let node = document;
    for (const token of pointer.split("/").slice(1)) {
        const name = token.replaceAll("~1", "/").replaceAll("~0", "~");
        if (node === null || typeof node !== "object" || !Object.hasOwn(node, name))
            return false;
        node = node[name];
    }
    return true;
}

;// CONCATENATED MODULE: ./src/apply/execute-change.ts






/** A concurrent writer changed the resource while apply was writing it: stop, do not overwrite further. */
class ConcurrentChangeError extends Error {
}
function requireScope(change) {
    if (change.project === undefined || change.environment === undefined) {
        throw new Error(`segment ${change.key} has no project or environment in the plan`);
    }
    return { project: change.project, environment: change.environment };
}
function requireProject(change) {
    if (change.project === undefined)
        throw new Error(`metric ${change.key} has no project in the plan`);
    return change.project;
}
/** The plan's patch, or after a create (no precondition in the plan) the patch behind a `test` of `version`. */
function guarded(path, version, patch) {
    if (version === undefined || patch.some((operation) => operation.op === "test"))
        return patch;
    return [{ op: "test", path, value: version }, ...patch];
}
/** A write whose precondition failed: LaunchDarkly changed since the plan was made, nothing was written by it. */
class PreconditionFailedError extends Error {
}
/**
 * Sends a precondition-guarded JSON Patch. A 409 whose request was retried after a lost answer may be the patch's
 * own first attempt: when LaunchDarkly now holds everything the patch writes, that attempt landed and the write is
 * done. Any other 409 is someone else's change.
 */
async function sendGuarded(change, patch, state, write, read) {
    try {
        return await write();
    }
    catch (error) {
        if (!(error instanceof errors/* LaunchDarklyError */.Zk) ||
            error.status !== 409 ||
            !patch.some((op) => op.op === "test"))
            throw error;
        if (error.outcomeUnknown) {
            state.requests++;
            const current = await read();
            if (current !== undefined && holdsPatchResult(current, patch))
                return current;
        }
        throw new PreconditionFailedError(`the ${change.resourceType} changed in LaunchDarkly after the plan was made, so LaunchDarkly refused the write (${error.ldMessage ?? error.code}); nothing of it was written`);
    }
}
/** Segment versions go up by one per accepted write (or stay when nothing changed); more means someone else wrote. */
function trackSegmentVersion(expected, result, change) {
    if (expected !== undefined && result.version > expected + 1) {
        throw new ConcurrentChangeError(`segment ${change.key} was changed by someone else while apply was writing it (version ${expected} → ${result.version}); stopped before overwriting more`);
    }
    return result.version;
}
/** The member files no longer hold the keys the plan was made from: refuse the resource, write nothing. */
class MemberFilesChangedError extends Error {
}
/**
 * Reads the member files of every import of the change and checks them against the plan before anything is
 * written: the fingerprint must be the plan's (else the files changed since the plan), the import must fill the
 * included list (LaunchDarkly's import form has no list field), and the slice must be one file LaunchDarkly takes.
 */
async function prepareImports(change, state, context) {
    for (const [position, operation] of change.operations.entries()) {
        if (operation.kind !== "importBigSegmentMembers")
            continue;
        if (operation.list !== "included")
            throw new Error(`operation ${position + 1} imports into the ${operation.list} list, but LaunchDarkly's import fills only the included list; plan again (excluded members go through POST …/contexts)`);
        if (context.memberKeys === undefined)
            throw new Error("this apply was given no configuration directory to read member files from");
        const read = await memberKeysFor(context.memberKeys, operation.files);
        if (read.fingerprint !== operation.fingerprint)
            throw new MemberFilesChangedError(`the member files (${operation.files.map((file) => file.path).join(", ")}) changed since the plan was made (fingerprint ${read.fingerprint.slice(0, 16)}…, the plan has ${operation.fingerprint.slice(0, 16)}…); nothing was written to this segment: run plan again`);
        const problem = (0,import_upload/* importSliceProblem */.Vy)(read.keys, operation.range.start, operation.range.end);
        if (problem !== undefined)
            throw new Error(`operation ${position + 1} cannot be uploaded as one import: ${problem}; plan again`);
        state.importKeys.set(position, read);
    }
}
async function runOperation(change, operation, position, state, context) {
    const { api, comment } = context;
    switch (operation.kind) {
        case "createSegment": {
            const { project, environment } = requireScope(change);
            state.requests++;
            const created = await api.createSegment(project, environment, operation.body, comment);
            state.previous = created;
            state.version = created.version;
            return;
        }
        case "patchSegmentSemantic": {
            const { project, environment } = requireScope(change);
            state.requests++;
            const result = await api.patchSegmentSemantic(project, environment, change.key, operation.instructions, comment);
            state.version = trackSegmentVersion(state.version, result, change);
            state.previous = result;
            return;
        }
        case "patchSegmentJson": {
            const { project, environment } = requireScope(change);
            const patch = guarded("/version", state.version, operation.patch);
            state.requests++;
            const result = await sendGuarded(change, patch, state, () => api.patchSegmentJson(project, environment, change.key, patch, comment), () => api.getSegment(project, environment, change.key));
            state.version = trackSegmentVersion(state.version, result, change);
            state.previous = result;
            return;
        }
        case "updateBigSegmentTargets": {
            const { project, environment } = requireScope(change);
            // In requests of a bounded number of keys, removals first (bigSegmentTargetBatches).
            for (const batch of bigSegmentTargetBatches(operation.update)) {
                state.requests++;
                await api.updateBigSegmentTargets(project, environment, change.key, batch);
            }
            // The answer is empty: the version after it is unknown, so later patches are not version-guarded.
            delete state.version;
            delete state.previous;
            return;
        }
        case "importBigSegmentMembers": {
            const { project, environment } = requireScope(change);
            const read = state.importKeys.get(position);
            const { start, end } = operation.range;
            try {
                const result = await runBigSegmentImport(api, { project, environment, segment: change.key }, {
                    mode: operation.mode,
                    keys: read.keys,
                    start,
                    end,
                    filename: `${change.key}-${operation.mode}-${start}-${end}.csv`,
                }, { ...context.importOptions, comment });
                state.requests += result.requests;
                state.notes.push(`imported ${(end - start).toLocaleString("en-US")} contexts (${operation.mode}, import ${result.importId})${result.conflictWaitMs > 0 ? ` after waiting ${Math.round(result.conflictWaitMs / 1000)} s for another import` : ""}`);
            }
            catch (error) {
                if (error instanceof BigSegmentImportError)
                    state.requests += error.requests;
                throw error;
            }
            delete state.version;
            delete state.previous;
            return;
        }
        case "deleteSegment": {
            const { project, environment } = requireScope(change);
            state.requests++;
            await api.deleteSegment(project, environment, change.key);
            return;
        }
        case "createMetric":
            state.requests++;
            await api.createMetric(requireProject(change), operation.body);
            return;
        case "patchMetric": {
            const project = requireProject(change);
            state.requests++;
            await sendGuarded(change, operation.patch, state, () => api.patchMetric(project, change.key, operation.patch), () => api.getMetric(project, change.key));
            return;
        }
        case "deleteMetric":
            state.requests++;
            await api.deleteMetric(requireProject(change), change.key);
            return;
        case "createRole":
            state.requests++;
            await api.createRole(operation.body);
            return;
        case "patchRole":
            state.requests++;
            await sendGuarded(change, operation.patch, state, () => api.patchRole(change.key, operation.patch, comment), () => api.getRole(change.key));
            return;
        case "deleteRole":
            state.requests++;
            await api.deleteRole(change.key);
            return;
        case "putContextKind":
            state.requests++;
            await api.putContextKind(requireProject(change), change.key, operation.body);
            return;
    }
}
function isDelete(change) {
    return change.action === "delete";
}
/**
 * What went wrong: for LaunchDarkly's errors, the client's message (`formatErrorMessage`: request, status, code,
 * LaunchDarkly's own words and the hint) and the HTTP status.
 */
function describeFailure(error) {
    const message = error instanceof Error ? error.message : String(error);
    return error instanceof errors/* LaunchDarklyError */.Zk && error.status !== undefined
        ? { message, httpStatus: error.status }
        : { message };
}
async function executeChange(change, context) {
    let applied = 0;
    // The read apply made just before a segment delete is this resource's request too.
    const state = {
        requests: context.liveBeforeDelete !== undefined ? 1 : 0,
        importKeys: new Map(),
        notes: [],
    };
    try {
        if (isDelete(change) && change.resourceType === "segment" && context.liveBeforeDelete !== undefined) {
            const live = context.liveBeforeDelete;
            if (live === null)
                return {
                    status: "applied",
                    operationsApplied: 0,
                    requests: state.requests,
                    message: "already deleted in LaunchDarkly",
                };
            const conflict = segmentConflict(live, change.liveVersion);
            if (conflict !== undefined)
                return { status: "conflict", operationsApplied: 0, requests: state.requests, message: conflict };
        }
        await prepareImports(change, state, context);
        for (const [position, operation] of change.operations.entries()) {
            context.onOperation?.(applied + 1, change.operations.length);
            await runOperation(change, operation, position, state, context);
            applied++;
        }
        return {
            status: "applied",
            operationsApplied: applied,
            requests: state.requests,
            ...(state.notes.length > 0 ? { message: state.notes.join("; ") } : {}),
        };
    }
    catch (error) {
        const requests = state.requests;
        if (error instanceof MemberFilesChangedError)
            return { status: "conflict", operationsApplied: 0, requests, message: error.message };
        if (error instanceof ConcurrentChangeError)
            return { status: "conflict", operationsApplied: applied + 1, requests, message: error.message };
        if (error instanceof PreconditionFailedError)
            return {
                status: "conflict",
                operationsApplied: applied,
                requests,
                message: error.message,
                httpStatus: 409,
            };
        // Deleting what is already gone leaves LaunchDarkly as planned.
        if (error instanceof errors/* LaunchDarklyError */.Zk && isDelete(change) && error.status === 404)
            return {
                status: "applied",
                operationsApplied: applied,
                requests,
                message: "already deleted in LaunchDarkly",
            };
        const { message, httpStatus } = describeFailure(error);
        // A failed version test, or a create whose key now exists: someone else got there first (the 409 hint says so).
        const conflict = error instanceof errors/* LaunchDarklyError */.Zk && error.status === 409;
        return {
            status: conflict ? "conflict" : "failed",
            operationsApplied: applied,
            requests,
            message,
            ...(httpStatus !== undefined ? { httpStatus } : {}),
        };
    }
}

;// CONCATENATED MODULE: ./src/apply/resource-runner.ts
// Runs the plan's changes as resources: each in a slot, after the resources it depends on, and each ending with
// exactly one result. A failure stops new resources from starting (unless continueOnError); resources already
// started finish their operations.



class ResourceRunner {
    changes;
    options;
    slots;
    results;
    stopReason;
    startedCount = 0;
    finishedCount = 0;
    constructor(changes, options) {
        this.changes = changes;
        this.options = options;
        this.slots = new semaphore/* Semaphore */.j(options.concurrency);
        this.results = changes.map(() => undefined);
    }
    get stopped() {
        return this.stopReason !== undefined;
    }
    /** Stops new resources from starting (unless continueOnError); the first reason is the one reported. */
    stopAfter(change, what) {
        if (!this.options.continueOnError) {
            this.stopReason ??= `not attempted: apply stopped after ${describeChange(change)} ${what}`;
        }
    }
    /** Every resource ends here exactly once, so `done` counts up to the total whatever happened to it. */
    finish(index, result) {
        this.results[index] = result;
        this.finishedCount++;
        this.options.onProgress?.({
            kind: "done",
            change: this.changes[index],
            result,
            index: this.finishedCount,
            total: this.changes.length,
        });
        return result;
    }
    /** Applies one change once everything in `waitFor` is applied; reports it not attempted otherwise. */
    async run(index, waitFor, liveBeforeDelete) {
        const change = this.changes[index];
        const before = await Promise.all(waitFor);
        const blocker = before.find((result) => result.status !== "applied");
        let result;
        if (blocker) {
            result = notAttempted(change, `waits for ${blocker.resourceType} ${(0,resource_identity/* resourceAddress */.f)(blocker)}, which was not applied`);
        }
        else {
            await this.slots.acquire();
            try {
                if (this.stopReason !== undefined) {
                    result = notAttempted(change, this.stopReason);
                }
                else {
                    result = await this.execute(change, liveBeforeDelete);
                }
            }
            finally {
                this.slots.release();
            }
        }
        return this.finish(index, result);
    }
    async execute(change, liveBeforeDelete) {
        const { api, comment, onProgress, memberKeys, importOptions } = this.options;
        this.startedCount++;
        onProgress?.({ kind: "start", change, index: this.startedCount, total: this.changes.length });
        const begun = performance.now();
        const outcome = await executeChange(change, {
            api,
            comment,
            ...(liveBeforeDelete !== undefined ? { liveBeforeDelete } : {}),
            ...(memberKeys !== undefined ? { memberKeys } : {}),
            ...(importOptions !== undefined ? { importOptions } : {}),
            onOperation: (operation, operations) => onProgress?.({ kind: "operation", change, operation, operations }),
        });
        if (outcome.status === "failed")
            this.stopAfter(change, "failed");
        return resultOf(change, { ...outcome, durationMs: Math.round(performance.now() - begun) });
    }
    /**
     * Starts each change of `order` once, after the changes `dependsOn` names (all by index into the plan's changes),
     * and waits for every one of them.
     */
    async runInOrder(order, dependsOn, start = (index, waitFor) => this.run(index, waitFor)) {
        const promises = new Map();
        const startOne = (index) => {
            let promise = promises.get(index);
            if (promise === undefined) {
                promise = start(index, (dependsOn.get(index) ?? []).map(startOne));
                promises.set(index, promise);
            }
            return promise;
        };
        await Promise.all(order.map(startOne));
    }
    /** One result per change, in plan order. Every resource has finished by now; the fallback only guards the shape. */
    allResults() {
        return this.results.map((result, index) => result ?? this.finish(index, notAttempted(this.changes[index], "not attempted")));
    }
}
function describeChange(change) {
    return `${change.resourceType} ${(0,resource_identity/* resourceAddress */.f)(change)}`;
}
function resultOf(change, fields) {
    const result = {
        resourceType: change.resourceType,
        action: change.action,
        key: change.key,
        name: change.name,
        operations: change.operations.length,
        ...fields,
    };
    if (change.project !== undefined)
        result.project = change.project;
    if (change.environment !== undefined)
        result.environment = change.environment;
    return result;
}
function notAttempted(change, message) {
    return resultOf(change, {
        status: "not attempted",
        operationsApplied: 0,
        requests: 0,
        message,
        durationMs: 0,
    });
}
/** A segment to delete that could not be read first: failed, with nothing written. */
function failedRead(change, error) {
    const { message, httpStatus } = describeFailure(error);
    return resultOf(change, {
        status: "failed",
        operationsApplied: 0,
        requests: 1,
        message: `could not read it before deleting: ${message}`,
        durationMs: 0,
        ...(httpStatus !== undefined ? { httpStatus } : {}),
    });
}

;// CONCATENATED MODULE: ./src/apply/target-batches.ts
// LaunchDarkly takes at most 1,500 target operations per semantic patch. The plan cuts target changes into requests
// within that limit (src/plan/segment-targets.ts) and apply sends each planned request as it is: a plan holding a
// request over the limit (hand-edited, or made by another version) is refused before any write, never re-batched.



class TargetLimitError extends Error {
    name = "TargetLimitError";
}
/** One line per planned semantic patch holding more than `limit` target operations; empty when there is none. */
function oversizedTargetRequests(changes, limit = limits/* MAX_TARGET_OPERATIONS_PER_PATCH */.Pc) {
    const lines = [];
    for (const change of changes) {
        change.operations.forEach((operation, index) => {
            if (operation.kind !== "patchSegmentSemantic")
                return;
            const count = (0,segment_instructions/* countTargetOperations */.J7)(operation.instructions);
            if (count > limit)
                lines.push(`${change.resourceType} ${(0,resource_identity/* resourceAddress */.f)(change)}, operation ${index + 1}: ${count} target operations`);
        });
    }
    return lines;
}
/** Throws `TargetLimitError` when some planned request holds more target operations than LaunchDarkly accepts. */
function assertTargetRequestsWithinLimit(plan, limit = limits/* MAX_TARGET_OPERATIONS_PER_PATCH */.Pc) {
    const oversized = oversizedTargetRequests(plan.changes, limit);
    if (oversized.length === 0)
        return;
    throw new TargetLimitError([
        `The plan holds requests with more than ${limit} target operations, which LaunchDarkly refuses:`,
        ...oversized.map((line) => `  - ${line}`),
        "Nothing was written. Run plan again and apply the new plan: plan splits target changes into requests LaunchDarkly accepts.",
    ].join("\n"));
}

// EXTERNAL MODULE: ./src/live/read-live-state.ts + 1 modules
var read_live_state = __webpack_require__(46583);
// EXTERNAL MODULE: ./src/permissions/evaluate-access.ts + 4 modules
var evaluate_access = __webpack_require__(28411);
// EXTERNAL MODULE: ./src/permissions/request-actions.ts
var request_actions = __webpack_require__(85755);
;// CONCATENATED MODULE: ./src/apply/required-permissions.ts
// The (action, resource) pairs LaunchDarkly checks for each operation of a plan. The action for each request is
// the one the client names on a 403 (src/permissions/request-actions.ts: semantic-patch instruction kinds and JSON
// Patch paths mapped to role actions), so the pre-flight, the client's error hints and the emulator agree.
// A JSON Patch path with no documented action (a metric's `randomizationUnits`, a role's `basePermissions`)
// needs nothing named here; LaunchDarkly still checks it, and a 403 then stops the apply.

function permissionRequest(change, operation) {
    const p = change.project ?? "";
    const e = change.environment ?? "";
    const segment = { projectKey: p, environmentKey: e, segmentKey: change.key };
    switch (operation.kind) {
        case "createSegment":
            return {
                operationId: "postSegment",
                params: { projectKey: p, environmentKey: e },
                body: operation.body,
            };
        case "patchSegmentSemantic":
            return {
                operationId: "patchSegment",
                params: segment,
                body: { environmentKey: e, instructions: operation.instructions },
                semanticPatch: true,
            };
        case "patchSegmentJson":
            return { operationId: "patchSegment", params: segment, body: { patch: operation.patch } };
        case "updateBigSegmentTargets":
            return { operationId: "updateBigSegmentContextTargets", params: segment, body: operation.update };
        case "importBigSegmentMembers":
            // The upload and the `processBigSegmentImport` patch that may start it both need `updateIncluded`.
            return { operationId: "createBigSegmentImport", params: segment };
        case "deleteSegment":
            return { operationId: "deleteSegment", params: segment };
        case "createMetric":
            return { operationId: "postMetric", params: { projectKey: p }, body: operation.body };
        case "patchMetric":
            return {
                operationId: "patchMetric",
                params: { projectKey: p, metricKey: change.key },
                body: operation.patch,
            };
        case "deleteMetric":
            return { operationId: "deleteMetric", params: { projectKey: p, metricKey: change.key } };
        case "createRole":
            return { operationId: "postCustomRole", params: {}, body: operation.body };
        case "patchRole":
            return {
                operationId: "patchCustomRole",
                params: { customRoleKey: change.key },
                body: { patch: operation.patch },
            };
        case "deleteRole":
            return { operationId: "deleteCustomRole", params: { customRoleKey: change.key } };
        case "putContextKind":
            return {
                operationId: "putContextKind",
                params: { projectKey: p, key: change.key },
                body: operation.body,
            };
    }
}
/** The tags a create gives its resource: LaunchDarkly checks a create against the resource it would make. */
function createdTags(operation) {
    if (operation.kind === "createSegment" || operation.kind === "createMetric")
        return operation.body.tags ?? [];
    if (operation.kind === "createRole")
        return [];
    return undefined;
}
function targetOf(change, operation, known) {
    const last = { type: change.resourceType, key: change.key };
    const tags = createdTags(operation);
    if (tags !== undefined)
        last.tags = tags;
    if (change.resourceType === "role")
        return [last];
    const project = { type: "proj", key: change.project ?? "" };
    const projectFacts = known.projects?.get(project.key ?? "");
    if (projectFacts)
        project.tags = projectFacts.tags;
    if (change.resourceType === "metric")
        return [project, last];
    if (change.resourceType === "contextKind")
        return [project, { type: "context-kind", key: change.key }];
    const environment = { type: "env", key: change.environment ?? "" };
    const environmentFacts = known.environments?.get(`${change.project}/${change.environment}`);
    if (environmentFacts) {
        environment.tags = environmentFacts.tags;
        if (environmentFacts.critical !== undefined)
            environment.properties = { critical: environmentFacts.critical };
    }
    return [project, environment, last];
}
/** Every permission the plan's operations need, once per (action, resource), in plan order. */
function requiredPermissions(plan, known = {}) {
    const seen = new Set();
    const result = [];
    plan.changes.forEach((change, changeIndex) => {
        change.operations.forEach((operation, operationIndex) => {
            const needed = (0,request_actions/* requiredPermission */.PY)(permissionRequest(change, operation));
            if (!needed)
                return;
            const target = targetOf(change, operation, known);
            for (const action of needed.actions) {
                const id = `${action} ${needed.resource}`;
                if (seen.has(id))
                    continue;
                seen.add(id);
                result.push({
                    action,
                    resource: needed.resource,
                    target,
                    change: changeIndex,
                    operation: operationIndex,
                });
            }
        });
    });
    return result;
}

;// CONCATENATED MODULE: ./src/apply/segment-approvals.ts


const TARGETING_FIELDS = new Set(["included", "excluded", "includedContexts", "excludedContexts", "rules"]);
const NON_TARGETING_INSTRUCTIONS = new Set(["updateName", "updateDescription", "addTags", "removeTags"]);
/** Whether LaunchDarkly gates this operation behind segment approvals. */
function isTargetingOperation(operation) {
    switch (operation.kind) {
        case "updateBigSegmentTargets":
        case "importBigSegmentMembers":
            return true;
        case "patchSegmentSemantic":
            return operation.instructions.some((instruction) => !NON_TARGETING_INSTRUCTIONS.has(instruction.kind));
        case "patchSegmentJson":
            return operation.patch.some((op) => op.op !== "test" && TARGETING_FIELDS.has(op.path.split("/")[1] ?? ""));
        default:
            return false;
    }
}
function segmentApprovalsRequired(environment) {
    const settings = environment.resourceApprovalSettings;
    return settings?.segment?.required === true;
}
/**
 * The environments requiring segment approvals where the plan makes targeting changes the token may not bypass.
 * `mayBypass(resource)` answers for `proj/p:env/e:segment/s`. Environments that cannot be read are left out (the
 * first write then meets LaunchDarkly's own 403).
 */
async function segmentApprovalBlocks(api, changes, mayBypass) {
    const gated = changes.filter((change) => change.resourceType === "segment" &&
        change.project !== undefined &&
        change.environment !== undefined &&
        change.operations.some(isTargetingOperation));
    if (gated.length === 0)
        return [];
    const required = new Set();
    for (const projectKey of new Set(gated.map((change) => change.project))) {
        let environments;
        try {
            const project = await api.getProject(projectKey);
            if (project === undefined)
                continue;
            environments = await (0,read_live_state/* projectEnvironments */.Gm)(api, projectKey, project);
        }
        catch {
            continue;
        }
        for (const environment of environments)
            if (segmentApprovalsRequired(environment))
                required.add(`${projectKey}/${environment.key}`);
    }
    const blocks = new Map();
    for (const change of gated) {
        const environment = `${change.project}/${change.environment}`;
        if (!required.has(environment))
            continue;
        if (mayBypass(`proj/${change.project}:env/${change.environment}:segment/${change.key}`))
            continue;
        const list = blocks.get(environment) ?? [];
        list.push((0,resource_identity/* resourceAddress */.f)(change));
        blocks.set(environment, list);
    }
    return [...blocks].map(([environment, segments]) => ({ environment, segments }));
}
function approvalBlockMessage(tokenLabel, blocks, permissionsKnown = true) {
    const who = permissionsKnown
        ? `the token${tokenLabel} may not bypass it (bypassRequiredSegmentApproval)`
        : `whether the token${tokenLabel} may bypass it (bypassRequiredSegmentApproval) cannot be read, and creating these segments would leave them half-made if it may not`;
    return [
        ...blocks.flatMap((block) => [
            `Environment ${block.environment} requires approval for segment changes, and ${who}; LaunchDarkly would refuse these targeting changes with 403 "approval is required":`,
            ...block.segments.map((segment) => `  - segment ${segment}`),
        ]),
        "Nothing was written. Make these changes through an approval request in LaunchDarkly, or apply with a token whose role allows bypassRequiredSegmentApproval on these segments.",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/apply/write-access.ts





class WriteAccessError extends Error {
    refusals;
    name = "WriteAccessError";
    constructor(message, 
    /** Empty when the base role alone refuses (reader, no_access). */
    refusals = []) {
        super(message);
        this.refusals = refusals;
    }
}
/** How the refusal names the setting: the CLI flag and the Action input (on by default for the Action's apply). */
const REQUIRE_PERMISSION_CHECK_SETTING = "the permission check is required (`--require-permission-check`; the Action's `require-permission-check` input)";
const READ_ONLY_BASE_ROLES = new Set(["reader", "no_access"]);
function hasStatements(statements) {
    return Array.isArray(statements) && statements.length > 0;
}
/** The read's answer, or undefined when LaunchDarkly will not show it to this token (403). */
async function unlessForbidden(read) {
    try {
        return await read;
    }
    catch (error) {
        if (error instanceof errors/* LaunchDarklyError */.Zk && error.status === 403)
            return undefined;
        throw error;
    }
}
/** True when some statement selects by tag or property, so the parents' tags and `critical` flag matter. */
function usesSelectors(policies) {
    return policies.some((policy) => policy.statements.some((statement) => [...(statement.resources ?? []), ...(statement.notResources ?? [])].some((resource) => resource.includes(";"))));
}
/** Tags of the plan's projects and tags and `critical` of their environments; what cannot be read stays unknown. */
async function readParents(api, changes) {
    const projectKeys = [
        ...new Set(changes.map((change) => change.project).filter((key) => key !== undefined)),
    ];
    const projects = new Map();
    const environments = new Map();
    await Promise.all(projectKeys.map(async (projectKey) => {
        // The project read embeds its environments; they are listed only when it does not carry them all.
        const project = await unlessForbidden(api.getProject(projectKey));
        if (project === undefined)
            return;
        projects.set(projectKey, { tags: project.tags ?? [] });
        const environmentsOfProject = await unlessForbidden((0,read_live_state/* projectEnvironments */.Gm)(api, projectKey, project));
        for (const environment of environmentsOfProject ?? []) {
            environments.set(`${projectKey}/${environment.key}`, {
                tags: environment.tags ?? [],
                critical: environment.critical === true,
            });
        }
    }));
    return { projects, environments };
}
function refusalMessage(tokenLabel, refusals) {
    const lines = refusals.map((r) => `  - ${r.action} on ${r.resource} (${r.reason})`);
    return [
        `The token${tokenLabel} may not:`,
        ...lines,
        "Nothing was written. Give the token a role allowing these actions, or leave these changes out of the plan.",
    ].join("\n");
}
/**
 * Refuses, before any write, a token that cannot make the plan's writes: a `reader` or `no_access` base role
 * without custom roles, or custom/inline roles that do not allow some required action on some resource.
 * Proceeds (with a warning) when the token's permissions cannot be read; the first write's 403 then stops the
 * apply. Makes only reads.
 */
async function checkWriteAccess(api, options) {
    const access = await checkRoleAccess(api, options);
    // Segment approvals: who may bypass them. Base roles: admin and owner; writer not (LaunchDarkly documents the
    // bypass as a role action). Unknown permissions: warn only, the first gated write then meets LaunchDarkly's 403.
    const { decision } = access;
    const mayBypass = (resource) => {
        if (decision.kind === "policies")
            return (0,evaluate_access/* evaluateAccess */.C)({ policies: decision.policies }, { action: "bypassRequiredSegmentApproval", resource }).allowed;
        if (decision.kind === "base-role")
            return decision.role === "admin" || decision.role === "owner";
        return true;
    };
    const blocks = decision.kind === "unknown" ? [] : await segmentApprovalBlocks(api, options.plan.changes, mayBypass);
    if (blocks.length > 0)
        throw new WriteAccessError(approvalBlockMessage(access.tokenLabel, blocks));
    // Permissions unknown: a segment created and then refused its targets would be half-made, so creates are
    // refused; an update stops at LaunchDarkly's own 403, so it is only warned about.
    const unknownBlocks = decision.kind === "unknown" ? await segmentApprovalBlocks(api, options.plan.changes, () => false) : [];
    const creates = new Set(options.plan.changes
        .filter((change) => change.action === "create")
        .map((change) => `${change.project}/${change.environment}/${change.key}`));
    const refusedCreates = unknownBlocks
        .map((block) => ({ ...block, segments: block.segments.filter((segment) => creates.has(segment)) }))
        .filter((block) => block.segments.length > 0);
    if (refusedCreates.length > 0)
        throw new WriteAccessError(approvalBlockMessage(access.tokenLabel, refusedCreates, false));
    const warnings = [
        ...access.result.warnings,
        ...unknownBlocks.map((block) => `Environment ${block.environment} requires approval for segment changes; if the token may not bypass it (bypassRequiredSegmentApproval), LaunchDarkly refuses the targeting changes of ${block.segments.join(", ")}.`),
    ];
    return { ...access.result, warnings };
}
async function checkRoleAccess(api, options) {
    const identity = await api.getCallerIdentity();
    const tokenLabel = typeof identity.tokenName === "string" && identity.tokenName !== "" ? ` "${identity.tokenName}"` : "";
    // OAuth-style callers report scopes instead of a token.
    const scopes = Array.isArray(identity.scopes) ? identity.scopes : undefined;
    if (scopes !== undefined && scopes.length > 0) {
        if (!scopes.some((scope) => /writer|admin|owner/i.test(scope))) {
            throw new WriteAccessError(`The LaunchDarkly access token${tokenLabel} can only read (scopes: ${scopes.join(", ")}); apply needs write access. Nothing was written.`);
        }
        return { result: { checkedBy: "scopes", warnings: [] }, decision: { kind: "unknown" }, tokenLabel };
    }
    const cannotTell = (why) => {
        if (options.requireComplete) {
            throw new WriteAccessError(`Could not check the token's permissions before writing (${why}), and ${REQUIRE_PERMISSION_CHECK_SETTING}: ` +
                "nothing was written. Give the token read access to its own record and custom roles (a custom role rather than " +
                "an inline role), or turn the setting off to let LaunchDarkly's 403s stop the apply partway.");
        }
        return {
            result: {
                checkedBy: "unknown",
                warnings: [
                    `Could not check the token's permissions before writing (${why}); if it may not write, LaunchDarkly's 403 on the first write stops the apply, after any writes already made.`,
                ],
            },
            decision: { kind: "unknown" },
            tokenLabel,
        };
    };
    if (typeof identity.tokenId !== "string" || identity.tokenId === "")
        return cannotTell("the caller identity names no token");
    // `GET /api/v2/tokens/{id}`: undefined when LaunchDarkly will not show it (403) or does not know it (404).
    const token = await unlessForbidden(api.getToken(identity.tokenId));
    if (!token)
        return cannotTell("the token's details are not readable with this token");
    const inlineRole = hasStatements(token.inlineRole) ? token.inlineRole : undefined;
    const customRoleIds = token.customRoleIds ?? [];
    if (inlineRole === undefined && customRoleIds.length === 0) {
        if (token.role !== undefined && READ_ONLY_BASE_ROLES.has(token.role)) {
            throw new WriteAccessError(`The LaunchDarkly access token${tokenLabel} can only read (base role ${token.role}, no custom role); ` +
                "apply needs a token with the writer role, or a custom role allowing the segment, metric and role actions the plan uses. Nothing was written.");
        }
        if ((0,evaluate_access/* baseRoleCanWrite */.Z)(token.role))
            return {
                result: { checkedBy: "base-role", warnings: [] },
                decision: { kind: "base-role", role: token.role },
                tokenLabel,
            };
        return cannotTell(`the token's base role "${token.role ?? ""}" is not one this tool knows`);
    }
    const policies = [];
    if (customRoleIds.length > 0) {
        const roles = await unlessForbidden(api.listRoles());
        if (!roles)
            return cannotTell("the custom roles limiting the token are not readable with this token");
        const byId = new Map(roles.map((role) => [role._id, role]));
        const missing = customRoleIds.filter((id) => !byId.has(id));
        // Across roles the most permissive wins: a role we cannot see might allow anything, so refusing would guess.
        if (missing.length > 0)
            return cannotTell(`custom role id(s) ${missing.join(", ")} not found`);
        for (const id of customRoleIds) {
            const role = byId.get(id);
            policies.push({ label: `role "${role.key}"`, statements: role.policy });
        }
    }
    if (inlineRole)
        policies.push({ label: "the inline role", statements: inlineRole });
    const known = usesSelectors(policies) ? await readParents(api, options.plan.changes) : {};
    const refusals = [];
    for (const needed of requiredPermissions(options.plan, known)) {
        const decision = (0,evaluate_access/* evaluateAccess */.C)({ policies }, { action: needed.action, resource: needed.target });
        if (!decision.allowed) {
            refusals.push({ action: needed.action, resource: needed.resource, reason: decision.reason });
        }
    }
    if (refusals.length > 0)
        throw new WriteAccessError(refusalMessage(tokenLabel, refusals), refusals);
    return {
        result: { checkedBy: "policies", warnings: [] },
        decision: { kind: "policies", policies },
        tokenLabel,
    };
}

;// CONCATENATED MODULE: ./src/apply/apply-plan.ts








const DEFAULT_RESOURCE_CONCURRENCY = 32;
async function applyPlan(options) {
    const started = performance.now();
    const { plan, api, comment, onProgress } = options;
    const changes = plan.changes;
    if (options.membershipOnly)
        assertMembershipOnly(plan);
    // Refuses, before any write, deletes that flags, segments or running experiments still use.
    assertNoRefusals(plan);
    // Refuses, before any write, a request LaunchDarkly would refuse as too large: apply never re-batches the plan.
    assertTargetRequestsWithinLimit(plan);
    const memberKeys = options.configDir !== undefined ? memberKeySource(options.configDir) : undefined;
    // Refuses, before any write, a token whose role or policies do not allow every write the plan makes.
    const accessWarnings = changes.length > 0 && !options.skipAccessCheck
        ? (await checkWriteAccess(api, { plan, requireComplete: options.requirePermissionCheck ?? false }))
            .warnings
        : [];
    const runner = new ResourceRunner(changes, {
        api,
        comment,
        ...(onProgress ? { onProgress } : {}),
        ...(options.continueOnError !== undefined ? { continueOnError: options.continueOnError } : {}),
        concurrency: options.concurrency ?? DEFAULT_RESOURCE_CONCURRENCY,
        ...(memberKeys !== undefined ? { memberKeys } : {}),
        ...(options.importOptions !== undefined ? { importOptions: options.importOptions } : {}),
    });
    await applyWrites(runner, changes);
    await applyDeletes(runner, changes, api);
    const resources = runner.allResults();
    const summary = summarize(resources);
    const report = {
        ok: summary.applied === resources.length,
        planHash: plan.hash,
        summary,
        resources,
        comment,
        durationMs: 0,
        ...(options.planOutOfDate ? { planOutOfDate: true } : {}),
        ...(accessWarnings.length > 0 ? { warnings: accessWarnings } : {}),
    };
    if (options.desired !== undefined && report.ok) {
        onProgress?.({ kind: "verify" });
        report.convergence = convergenceOf(await replan(api, options.desired, plan));
        report.ok = report.convergence.converged;
    }
    report.durationMs = Math.round(performance.now() - started);
    return report;
}
/** Creates and updates, each after the segments it matches on. */
async function applyWrites(runner, changes) {
    const writeIndexes = changes.flatMap((change, index) => (change.action === "delete" ? [] : [index]));
    const writes = writeIndexes.map((index) => changes[index]);
    await runner.runInOrder(interleaved(writes).map((position) => writeIndexes[position]), byPlanIndex(writeIndexes, writeDependencies(writes)));
}
/** Deletes last: segments, then metrics, then roles; a segment after every deleted segment that matches on it. */
async function applyDeletes(runner, changes, api) {
    const deleteIndexes = changes.flatMap((change, index) => (change.action === "delete" ? [index] : []));
    const typeRank = { segment: 0, metric: 1, role: 2, contextKind: 3 };
    deleteIndexes.sort((a, b) => typeRank[changes[a].resourceType] -
        typeRank[changes[b].resourceType] || a - b);
    const segmentDeletes = deleteIndexes.filter((index) => changes[index].resourceType === "segment");
    const { live, readFailures } = runner.stopped
        ? { live: new Map(), readFailures: new Map() }
        : await readSegmentsBeforeDelete(api, changes, segmentDeletes);
    const firstUnread = segmentDeletes.find((index) => readFailures.has(index));
    if (firstUnread !== undefined)
        runner.stopAfter(changes[firstUnread], "could not be read");
    const deleteDeps = deleteDependencies(segmentDeletes.map((index) => changes[index]), segmentDeletes.map((index) => live.get(index) ?? undefined));
    await runner.runInOrder(deleteIndexes, byPlanIndex(segmentDeletes, deleteDeps), (index, waitFor) => readFailures.has(index)
        ? Promise.resolve(runner.finish(index, failedRead(changes[index], readFailures.get(index))))
        : runner.run(index, waitFor, live.get(index)));
}
/**
 * Reads each segment just before deleting it: for the version check, and for which deleted segment still matches
 * on which. Keyed by plan index; a segment that is gone reads as null.
 */
async function readSegmentsBeforeDelete(api, changes, segmentDeletes) {
    const live = new Map();
    const readFailures = new Map();
    await Promise.all(segmentDeletes.map(async (index) => {
        const change = changes[index];
        try {
            live.set(index, (await api.getSegment(change.project ?? "", change.environment ?? "", change.key)) ?? null);
        }
        catch (error) {
            readFailures.set(index, error);
        }
    }));
    return { live, readFailures };
}
/**
 * Positions of `changes` taking turns between kinds of change (role create, metric update, ...). Each kind uses
 * other endpoints, and LaunchDarkly limits each endpoint on its own: while one endpoint waits for its rate-limit
 * window, the others keep going instead of every slot waiting on the same one.
 */
function interleaved(changes) {
    const groups = new Map();
    changes.forEach((change, position) => {
        const group = `${change.resourceType}:${change.action}`;
        const queue = groups.get(group);
        if (queue)
            queue.push(position);
        else
            groups.set(group, [position]);
    });
    const queues = [...groups.values()];
    const order = [];
    for (let turn = 0; order.length < changes.length; turn++) {
        for (const queue of queues) {
            const position = queue[turn];
            if (position !== undefined)
                order.push(position);
        }
    }
    return order;
}
function summarize(results) {
    const count = (status) => results.filter((result) => result.status === status).length;
    return {
        applied: count("applied"),
        failed: count("failed"),
        conflict: count("conflict"),
        notAttempted: count("not attempted"),
    };
}
/** Dependencies by position in `indexes` (a part of the plan's changes), as plan indexes keyed by plan index. */
function byPlanIndex(indexes, dependencies) {
    return new Map(indexes.map((index, position) => [
        index,
        (dependencies[position] ?? []).map((dependency) => indexes[dependency]),
    ]));
}

// EXTERNAL MODULE: ./src/apply/audit-comment.ts
var audit_comment = __webpack_require__(82395);
// EXTERNAL MODULE: ./src/apply/plan-source.ts
var plan_source = __webpack_require__(13955);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/plan/plan-desired-state.ts + 4 modules
var plan_desired_state = __webpack_require__(84963);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/apply/saved-plan.ts
// The one reader of saved plans and the one answer to "is this plan approved", for the CLI (`apply --plan FILE`,
// saved by `plan --format json`) and the Action (the hash in the reviewed pull-request comment). A saved plan is
// trusted only as far as its content: its hash is recomputed from the file, and it may touch nothing outside the
// configuration the apply reads.






class SavedPlanError extends Error {
    name = "SavedPlanError";
}
/** Reads and sanity-checks a plan written by `ld-gitops plan --format json`, with its `source` when it has one. */
async function readSavedPlan(file) {
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)(file, "utf8");
    }
    catch (error) {
        throw new SavedPlanError(`cannot read the plan file ${file}: ${error.message}`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new SavedPlanError(`${file} is not JSON (${error.message}); save it with \`ld-gitops plan --format json\``);
    }
    const plan = value;
    if (!plan || typeof plan !== "object" || !Array.isArray(plan.changes) || typeof plan.hash !== "string") {
        throw new SavedPlanError(`${file} is not an ld-gitops plan (expected "changes" and "hash"); save it with \`ld-gitops plan --format json\``);
    }
    if (plan.version !== types/* PLAN_FORMAT_VERSION */.V) {
        throw new SavedPlanError(`${file} has plan format version ${String(plan.version)}; this ld-gitops reads version ${types/* PLAN_FORMAT_VERSION */.V}`);
    }
    // The hash in the file proves nothing by itself: anyone who edits `changes` can keep it. Recompute it.
    const contentHash = (0,plan_desired_state/* planHash */.S)(plan.changes);
    if (contentHash !== plan.hash) {
        throw new SavedPlanError(`${file} was changed after it was saved: its "changes" hash to ${contentHash.slice(0, 12)}…, not to the ` +
            `"hash" it carries (${plan.hash.slice(0, 12)}…). Nothing was sent. Make a new plan with ` +
            "`ld-gitops plan --format json --out FILE` and review it; a plan that held a token was saved redacted and cannot be applied either.");
    }
    const { source, ...rest } = plan;
    const parsed = (0,plan_source/* parsePlanSource */.iH)(source);
    return parsed === undefined ? rest : { ...rest, source: parsed };
}
function changeId(change) {
    return `${change.action} ${change.resourceType} ${(0,resource_identity/* resourceAddress */.f)(change)}`;
}
/**
 * Undefined when `fresh` is the same plan as `saved` (equal hashes); otherwise one line per difference: changes
 * only in one of them, and changes to the same resource that differ (fields or operations).
 */
function describePlanDifference(saved, fresh) {
    if (saved.hash === fresh.hash)
        return undefined;
    const lines = [];
    const byId = (plan) => new Map(plan.changes.map((change) => [changeId(change), change]));
    const before = byId(saved);
    const after = byId(fresh);
    for (const [id, change] of before) {
        const now = after.get(id);
        if (now === undefined)
            lines.push(`- saved plan only: ${id}`);
        else if ((0,canonical_json/* canonicalJson */.dj)(now) !== (0,canonical_json/* canonicalJson */.dj)(change)) {
            const fields = new Set([...change.fields, ...now.fields].map((field) => field.path));
            const differing = [...fields].filter((path) => (0,canonical_json/* canonicalJson */.dj)(change.fields.filter((field) => field.path === path)) !==
                (0,canonical_json/* canonicalJson */.dj)(now.fields.filter((field) => field.path === path)));
            lines.push(`~ differs now: ${id}${differing.length > 0 ? ` (${differing.join(", ")})` : " (operations or versions)"}`);
        }
    }
    for (const id of after.keys())
        if (!before.has(id))
            lines.push(`+ new plan only: ${id}`);
    if (lines.length === 0)
        lines.push("the plans differ in ways that do not show per resource (plan format or hash)");
    return lines;
}
/** What a plan change names, as `resourceAddress` words it, with its type. */
function resourceId(change) {
    return `${change.resourceType} ${(0,resource_identity/* resourceAddress */.f)(change)}`;
}
/**
 * The changes of `saved` that reach outside the configuration: a create or update of a resource the config directory
 * does not declare, or a delete that a plan of this configuration (`fresh`, made with the same `--prune`) would not
 * make. One line per change; empty when the plan stays inside. Checked before anything is sent.
 */
function changesOutsideConfiguration(saved, desired, fresh) {
    const declared = new Set();
    for (const role of desired.roles)
        declared.add(`role ${role.key}`);
    for (const metric of desired.metrics)
        declared.add(resourceId({ resourceType: "metric", ...metric }));
    for (const kind of desired.contextKinds ?? [])
        declared.add(resourceId({ resourceType: "contextKind", project: kind.project, key: kind.key }));
    for (const segment of desired.segments)
        for (const environment of segment.environments)
            declared.add(resourceId({ resourceType: "segment", ...segment, environment }));
    const freshDeletes = new Set(fresh.changes.filter((change) => change.action === "delete").map((change) => resourceId(change)));
    const lines = [];
    for (const change of saved.changes) {
        const id = resourceId(change);
        const inside = change.action === "delete" ? freshDeletes.has(id) : declared.has(id);
        if (!inside)
            lines.push(`${change.action} ${id}: not in the configuration`);
        const stray = change.operations.find((operation) => !operationStaysOnResource(operation, change));
        if (stray)
            lines.push(`${change.action} ${id}: its ${stray.kind} operation addresses another resource`);
    }
    return lines;
}
const OPERATION_TYPES = {
    createSegment: "segment",
    patchSegmentSemantic: "segment",
    patchSegmentJson: "segment",
    updateBigSegmentTargets: "segment",
    importBigSegmentMembers: "segment",
    deleteSegment: "segment",
    createMetric: "metric",
    patchMetric: "metric",
    deleteMetric: "metric",
    createRole: "role",
    patchRole: "role",
    deleteRole: "role",
    putContextKind: "contextKind",
};
/**
 * Apply addresses an operation by its change's key, except a create, whose body names the key: both must agree. A
 * context kind's PUT names it in the path only.
 */
function operationStaysOnResource(operation, change) {
    if (OPERATION_TYPES[operation.kind] !== change.resourceType)
        return false;
    if ("body" in operation && "key" in operation.body)
        return operation.body.key === change.key;
    return true;
}
/** The one "is this plan approved" check, used by `apply --plan` and by the Action's apply mode. */
function checkPlanApproval(approvedHash, fresh) {
    if (fresh.changes.length === 0)
        return { status: "nothing-to-apply" };
    if (approvedHash === undefined)
        return { status: "not-reviewed" };
    return approvedHash === fresh.hash ? { status: "approved" } : { status: "changed" };
}

// EXTERNAL MODULE: ./src/launchdarkly/redact.ts
var redact = __webpack_require__(13231);
// EXTERNAL MODULE: ./src/pipeline/create-plan.ts + 3 modules
var create_plan = __webpack_require__(66400);
// EXTERNAL MODULE: ./src/render/describe.ts + 2 modules
var describe = __webpack_require__(40818);
// EXTERNAL MODULE: ./src/render/wording.ts
var wording = __webpack_require__(83112);
;// CONCATENATED MODULE: ./src/render/apply-report-wording.ts
// Wording shared by the apply report renderers.



/** `1 resource still differs`, `2 resources still differ`. */
function stillDiffer(count) {
    return `${(0,wording/* countOf */.p)(count, "resource")} still ${(0,wording/* forCount */.V)(count, "differs", "differ")}`;
}
function reportHeadline(report) {
    const { applied, failed, conflict, notAttempted } = report.summary;
    const total = report.resources.length;
    if (total === 0 && report.convergence?.converged !== false)
        return "Nothing to apply: LaunchDarkly matches the repository.";
    const parts = [`${applied} of ${total} applied`];
    if (failed > 0)
        parts.push(`${failed} failed`);
    if (conflict > 0)
        parts.push(`${conflict} in conflict`);
    if (notAttempted > 0)
        parts.push(`${notAttempted} not attempted`);
    const convergence = report.convergence;
    if (convergence && !convergence.converged) {
        // Every count above can look fine while LaunchDarkly still differs: say so in the headline itself.
        const remaining = convergence.remaining.length;
        if (report.planOutOfDate)
            return `Apply: ${parts.join(", ")}; LaunchDarkly now matches the saved plan, but not the repository (${stillDiffer(remaining)}).`;
        return `Apply: ${parts.join(", ")}, but LaunchDarkly did not converge (${stillDiffer(remaining)}).`;
    }
    return `Apply: ${parts.join(", ")}.`;
}
/** `update segment web-app/production/beta: rules.0, included.user`. */
function differenceLine(difference) {
    return `${difference.action} ${difference.resourceType} ${(0,resource_identity/* resourceAddress */.f)(difference)}: ${differenceFields(difference)}`;
}
/** `update segment web-app/production/beta (rules.0, included.user)`, one per resource that still differs. */
function remainingDifferences(report) {
    return (report.convergence?.remaining ?? []).map((difference) => `${difference.action} ${difference.resourceType} ${resourceAddress(difference)} (${differenceFields(difference)})`);
}
function convergenceLine(report) {
    const convergence = report.convergence;
    if (convergence === undefined)
        return undefined;
    if (convergence.converged)
        return "Converged: a new plan against LaunchDarkly is empty.";
    const remaining = stillDiffer(convergence.remaining.length);
    if (report.planOutOfDate)
        return `LaunchDarkly matches the saved plan, but ${remaining} from the repository after applying.`;
    return `Did not converge: ${remaining} from the repository after applying.`;
}
function operationsText(result) {
    return `${result.operationsApplied}/${(0,wording/* countOf */.p)(result.operations, "operation")}`;
}
/** `rules.0, included.user`. */
function differenceFields(difference) {
    return difference.fields.map(describe/* fieldName */.w5).join(", ") || "(no field detail)";
}
function nextStep(report) {
    const { failed, conflict, notAttempted } = report.summary;
    if (conflict > 0)
        return "Someone changed LaunchDarkly after the plan was made: run plan again, review, and apply the new plan.";
    if (failed + notAttempted > 0)
        return "Fix the cause above and run apply again: it re-plans from LaunchDarkly's state and finishes the job without repeating what landed.";
    if (report.convergence && !report.convergence.converged && report.planOutOfDate) {
        return "The saved plan was out of date when it was applied: LaunchDarkly now matches that plan, but the repository says otherwise for the fields above. Plan again from the repository and apply that plan to bring LaunchDarkly in line.";
    }
    if (report.convergence && !report.convergence.converged) {
        return "LaunchDarkly accepted every write but still differs: this is a bug in ld-gitops (a normalisation or planning gap); please report it with the JSON report.";
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/render/apply-report-text.ts
// Apply on a terminal or in a CI log: a progress line per resource as it finishes, then a short summary; the full
// report (one line per resource, reasons indented below, the headline last) when something was not applied.




const MARK = {
    applied: "✓",
    failed: "✗",
    conflict: "!",
    "not attempted": "-",
};
const PAST_TENSE = {
    create: "created",
    update: "updated",
    delete: "deleted",
};
function requestsText(result) {
    return (0,wording/* countOf */.p)(result.requests ?? result.operationsApplied, "request");
}
/**
 * One line for a resource that just finished, counted among all resources of the plan:
 * `[3/17] ✓ created segment web-app/production/beta-testers (3 requests)`,
 * `[4/17] ✗ failed to update metric web-app/checkout (2 requests): <LaunchDarkly's message>`.
 */
function renderApplyProgressLine(result, position, options = {}) {
    const c = (0,picocolors.createColors)(options.color ?? false);
    const counter = c.dim(`[${position.index}/${position.total}]`);
    const what = `${result.resourceType} ${(0,resource_identity/* resourceAddress */.f)(result)}`;
    const detail = result.message ? `: ${result.message}` : "";
    switch (result.status) {
        case "applied":
            return `${counter} ${c.green(`✓ ${PAST_TENSE[result.action]}`)} ${what} ${c.dim(`(${requestsText(result)})`)}${c.dim(detail)}\n`;
        case "failed":
            return `${counter} ${c.red(`✗ failed to ${result.action}`)} ${what} (${requestsText(result)})${detail}\n`;
        case "conflict":
            return `${counter} ${c.magenta("! conflict:")} ${result.action} ${what} not finished (${requestsText(result)})${detail}\n`;
        case "not attempted":
            return `${counter} ${c.dim(`- not attempted: ${result.action} ${what}${detail}`)}\n`;
    }
}
/**
 * What follows the progress lines when every resource was applied: the headline and the convergence check (with the
 * fields that still differ when it failed). Anything else needs the full report (`renderApplyReportText`).
 */
function renderApplySummaryText(report, options = {}) {
    const c = (0,picocolors.createColors)(options.color ?? false);
    const lines = [c.bold(reportHeadline(report))];
    lines.push(...convergenceText(report, c));
    return `${lines.join("\n")}\n`;
}
/** The fields still differing after apply, the convergence line and the next step. */
function convergenceText(report, c) {
    const lines = [];
    const convergence = report.convergence;
    if (convergence && !convergence.converged) {
        for (const difference of convergence.remaining)
            lines.push(c.red(`  ~ ${differenceLine(difference)}`));
    }
    const converged = convergenceLine(report);
    if (converged)
        lines.push(convergence?.converged ? c.green(converged) : c.red(converged));
    const next = nextStep(report);
    if (next)
        lines.push(c.yellow(next));
    return lines;
}
/** Whether a person needs the per-resource report: something was not applied. */
function needsFullApplyReport(report) {
    return report.summary.applied !== report.resources.length;
}
function renderApplyReportText(report, options = {}) {
    const c = (0,picocolors.createColors)(options.color ?? false);
    const paint = {
        applied: c.green,
        failed: c.red,
        conflict: c.magenta,
        "not attempted": c.dim,
    };
    const lines = [];
    for (const result of report.resources) {
        const status = paint[result.status](`${MARK[result.status]} ${result.status.padEnd(13)}`);
        lines.push(`${status} ${result.action} ${result.resourceType} ${c.bold((0,resource_identity/* resourceAddress */.f)(result))}  ${c.dim(`(${operationsText(result)})`)}`);
        if (result.message && result.status !== "applied")
            lines.push(`    ${result.message}`);
        else if (result.message)
            lines.push(c.dim(`    ${result.message}`));
    }
    if (report.resources.length > 0)
        lines.push("");
    lines.push(...convergenceText(report, c));
    lines.push(c.bold(reportHeadline(report)));
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./src/render/diagnostic-text.ts
var diagnostic_text = __webpack_require__(79513);
// EXTERNAL MODULE: ./src/render/json.ts
var render_json = __webpack_require__(15104);
// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(70893);
// EXTERNAL MODULE: ./src/cli/member-progress.ts
var member_progress = __webpack_require__(71720);
// EXTERNAL MODULE: ./src/cli/shared.ts + 6 modules
var shared = __webpack_require__(49463);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts + 1 modules
var commands_plan = __webpack_require__(38325);
;// CONCATENATED MODULE: ./src/cli/commands/apply.ts























const APPLY_EXIT = { applied: 0, failed: 1 };
async function askOnTerminal(question) {
    const prompt = (0,promises_.createInterface)({ input: process.stdin, output: process.stderr });
    try {
        const answer = await prompt.question(question);
        return answer.trim().toLowerCase() === "yes";
    }
    finally {
        prompt.close();
    }
}
function processIo() {
    return {
        stdout: (text) => process.stdout.write((0,redact/* redactSecrets */.fp)(text)),
        stderr: (text) => process.stderr.write((0,redact/* redactSecrets */.fp)(text)),
        interactive: process.stdin.isTTY === true && process.stderr.isTTY === true,
        color: (picocolors_default()).isColorSupported && process.stdout.isTTY === true,
        confirm: askOnTerminal,
        env: process.env,
    };
}
/**
 * `ld-gitops apply [--dir DIR] [--plan FILE] [--prune] [--yes] [--force] [--format text|json] [--base-uri URL]`:
 * plans, asks for confirmation (unless --yes), applies, plans again. Exit 0 when applied and converged, 1 otherwise.
 */
function registerApplyCommand(program) {
    program
        .command("apply")
        .description("Apply the plan to LaunchDarkly, then check that LaunchDarkly matches the repo. Exit 0: applied, 1: not. Applies must not overlap: run one at a time per LaunchDarkly account.")
        .addHelpText("after", "\nApplies must not overlap. Run one apply at a time per LaunchDarkly account (in GitHub Actions, keep the\nworkflow's `concurrency:` group). Writes carry preconditions, so an overlapping apply gets a conflict rather\nthan overwriting, but its changes are then left unapplied.")
        .addOption((0,shared/* configDirOption */.bq)())
        .option("--plan <file>", "apply this saved plan (`plan --format json --out FILE`); refused if LaunchDarkly changed since")
        .option("--prune", "delete resources managed by ld-gitops that are no longer in the repository")
        .option("-y, --yes", "do not ask for confirmation (needed when not on a terminal)")
        .option("--force", "with --plan: apply the saved plan even though a new plan differs (per-resource version checks still apply)")
        .addOption(new esm/* Option */.c$("-f, --format <format>", "report format").choices(["text", "json"]).default("text"))
        .addOption((0,shared/* baseUriOption */.VH)())
        .addOption((0,shared/* deleteThresholdOption */.c$)())
        .option("--show-plan", "print the whole plan before applying (default: its summary line, then one line per resource as it is applied; the plan is always shown before a terminal prompt)")
        .option("--require-permission-check", "refuse to write when the token's permissions cannot be checked first (e.g. a token limited by an inline role)")
        .option("--take-over", "take over resources another owner manages (as `plan --take-over`)")
        .option("--continue-on-error", "after a failure, keep applying the resources that do not depend on it")
        .option("--membership-only", "refuse, before any write, a plan that changes anything but the members of segments that opt in to automatic sync (for a scheduled sync without review)")
        .option("--run-url <url>", "pull request or CI run URL for the audit-log comment (default: the GitHub Actions run)")
        .addHelpText("after", (0,shared/* commandHelp */.bD)([
        "LD_ACCESS_TOKEN=api-... ld-gitops apply --dir launchdarkly          # shows the plan, asks before writing",
        "ld-gitops apply --plan plan.json --yes                             # in CI: the reviewed plan, or nothing",
    ]))
        .action(async (options) => {
        process.exitCode = await runApplyCommand(options);
    });
}
/** Progress for a CI log: one line per resource when it finishes, counted over the whole plan. */
function progressLine(event, color) {
    switch (event.kind) {
        case "done":
            return renderApplyProgressLine(event.result, event, { color });
        case "verify":
            return "Planning again to check that LaunchDarkly now matches the repository …\n";
        default:
            return undefined;
    }
}
/** The JSON report; otherwise the short summary, or the full per-resource report when something was not applied. */
function renderReport(report, json, color) {
    if (json)
        return (0,render_json/* renderApplyReportJson */.$)(report);
    return needsFullApplyReport(report)
        ? renderApplyReportText(report, { color })
        : renderApplySummaryText(report, { color });
}
async function runApplyCommand(options, io = processIo()) {
    const c = picocolors_default().createColors(io.color);
    const fail = (message) => {
        io.stderr(`${c.red("error")}: ${message}\n`);
        return APPLY_EXIT.failed;
    };
    const json = options.format === "json";
    const finish = (report) => {
        io.stdout(renderReport(report, json, io.color));
        return report.ok ? APPLY_EXIT.applied : APPLY_EXIT.failed;
    };
    let client;
    try {
        if (!options.yes && !io.interactive) {
            return fail("apply changes LaunchDarkly and needs confirmation: pass --yes to apply without a terminal prompt");
        }
        const deleteThreshold = (0,delete_threshold/* parseDeleteThresholds */.Z5)(options.deleteThreshold ?? []);
        const saved = options.plan === undefined ? undefined : await readSavedPlan(options.plan);
        const created = (0,shared/* createCliClient */.OX)(options.baseUri, io.env);
        client = created.client;
        const prune = saved?.prune ?? options.prune ?? false;
        const progress = (0,member_progress/* memberProgress */.E)();
        const result = await (0,create_plan/* createPlan */.q)({
            dir: options.dir,
            onMemberProgress: progress.update,
            api: client,
            prune,
            ...(deleteThreshold ? { deleteThreshold } : {}),
            ...(0,commands_plan.ownerOptions)(options.dir, saved?.takeOver ?? options.takeOver, io.env),
        }).finally(() => progress.done());
        if (!result.ok) {
            for (const diagnostic of result.diagnostics)
                io.stderr(`${(0,diagnostic_text/* formatDiagnosticText */.K)(diagnostic, { color: io.color })}\n`);
            return fail("the configuration has errors; fix them before applying (see `ld-gitops validate`)");
        }
        let plan = result.plan;
        let planOutOfDate = false;
        if (saved !== undefined) {
            const approval = checkPlanApproval(saved.hash, result.plan);
            if (approval.status === "nothing-to-apply") {
                // Nothing left to do: applying the saved plan now would only move LaunchDarkly away from the repository.
                if (saved.changes.length > 0)
                    io.stderr("LaunchDarkly already matches the repository: this plan was probably applied already; nothing to do.\n");
                return finish(await applyPlan({ plan: result.plan, api: client, comment: "", desired: result.desired }));
            }
            if (approval.status !== "approved") {
                const detail = (describePlanDifference(saved, result.plan) ?? [])
                    .map((line) => `  ${line}\n`)
                    .join("");
                const origin = (0,plan_source/* explainPlanSource */.IY)(saved.source, (0,plan_source/* planSourceOf */.cg)(options.dir, io.env));
                if (!options.force) {
                    io.stderr(`The plan in ${options.plan} differs from a new plan of the repository and LaunchDarkly: ${origin}.\n${detail}`);
                    return fail("the saved plan is out of date (hash mismatch); run plan again, review it, and apply the new one (or pass --force)");
                }
                io.stderr(c.yellow(`Warning: applying the saved plan although a new plan differs (--force): ${origin}.\n${detail}`));
                planOutOfDate = true;
            }
            // Even --force applies only what this configuration manages: nothing outside it is sent.
            const outside = changesOutsideConfiguration(saved, result.desired, result.plan);
            if (outside.length > 0) {
                io.stderr(`The plan in ${options.plan} reaches outside ${options.dir}:\n${outside.map((line) => `  ${line}\n`).join("")}`);
                return fail(`the saved plan touches resources the configuration in ${options.dir} does not manage; nothing was sent. Plan again from ${options.dir} and apply that plan`);
            }
            plan = saved;
        }
        // The whole plan when asked for, or when a person is about to confirm it; otherwise (CI, --yes) the summary:
        // the plan was reviewed already, and the per-resource progress below says what happens to each resource.
        if (!json && (options.showPlan || !options.yes))
            io.stderr((0,render_text/* renderPlanText */.$)(plan, { color: io.color }));
        else if (!json) {
            io.stderr(`${(0,describe/* summaryLine */.dC)(plan)}${plan.changes.length > 0 ? " (--show-plan prints the whole plan)" : ""}\n`);
            for (const warning of plan.warnings)
                io.stderr(c.yellow(`Warning: ${(0,finding_messages/* describePlanWarning */.X5)(warning)}\n`));
        }
        if (plan.changes.length === 0) {
            return finish(await applyPlan({ plan, api: client, comment: "", desired: result.desired, skipAccessCheck: true }));
        }
        // A scheduled sync applies without review: only membership of segments that opt in, nothing else.
        if (options.membershipOnly)
            assertMembershipOnly(plan);
        // Before asking anything: a token that may not make these writes must not get as far as a prompt or a write.
        const access = await checkWriteAccess(client, {
            plan,
            requireComplete: options.requirePermissionCheck ?? false,
        });
        for (const warning of access.warnings)
            io.stderr(c.yellow(`Warning: ${warning}\n`));
        if (!options.yes) {
            const { create, update, delete: deletes } = plan.summary;
            const counts = [(0,wording/* countOf */.p)(create, "create"), (0,wording/* countOf */.p)(update, "update"), (0,wording/* countOf */.p)(deletes, "delete")];
            const confirmed = await io.confirm(`Apply ${counts.join(", ")} to LaunchDarkly at ${created.config.baseUri}? Type "yes" to apply: `);
            if (!confirmed)
                return fail("apply cancelled; nothing was changed");
        }
        const runUrl = options.runUrl ?? resolveRunUrl(io.env);
        const sha = (0,audit_comment/* resolveCommitSha */.W)(io.env, options.dir);
        const comment = (0,audit_comment/* buildAuditComment */.H)({ ...(sha ? { sha } : {}), ...(runUrl ? { url: runUrl } : {}) });
        const report = await applyPlan({
            plan,
            api: client,
            comment,
            desired: result.desired,
            skipAccessCheck: true,
            configDir: options.dir,
            ...(options.membershipOnly ? { membershipOnly: true } : {}),
            ...(planOutOfDate ? { planOutOfDate: true } : {}),
            ...(options.continueOnError ? { continueOnError: true } : {}),
            onProgress: (event) => {
                const line = json ? undefined : progressLine(event, io.color);
                if (line)
                    io.stderr(line);
            },
        });
        return finish(report);
    }
    catch (error) {
        // The config (which holds the token) is never printed.
        return fail((0,redact/* safeErrorMessage */.Jo)(error));
    }
    finally {
        await client?.close();
    }
}


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


/***/ })

};
