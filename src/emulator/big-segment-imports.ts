// Big-segment imports (`createBigSegmentImport`, `getBigSegmentImport`, `processBigSegmentImport`): a multipart
// upload of a CSV file (keys in the first column, no header row, ≤ 40 MB and ≤ 1,000,000 contexts), answered 204
// with the import's address in `Location`; then the import moves through `Import.status` and, once `complete`, its
// keys are the segment's members (`replace`) or added to them (`merge`). One import at a time per environment:
// another upload meanwhile is answered 409 "Conflicting process".
//
// Unconfirmed by LaunchDarkly's documents, modelled the stricter way (docs/emulator.md says so):
// - An uploaded import waits in `ready` until a `processBigSegmentImport` semantic patch starts it, unless the
//   emulator runs with `imports.autoStart`.
// - `replace` empties the excluded list too.
// Statuses advance lazily, `imports.stepMs` after the previous change, checked at every API request.
import { MAX_IMPORT_CONTEXTS, MAX_IMPORT_FILE_BYTES } from "../launchdarkly/limits.js";
import { type Caller, recordAudit } from "./audit-log.js";
import { conflict, invalidRequest, notFound } from "./http-error.js";
import { newUuid } from "./ids.js";
import { hrefs, link } from "./representations.js";
import { segmentApprovalRequired } from "./segment-approvals.js";
import type { BigSegmentImport, BigSegmentImportStatus, EmulatorStore, SegmentRecord } from "./store.js";

export interface ImportBehaviour {
  /** Time each status lasts before the next (0: the next request sees the next status). */
  stepMs: number;
  /** Start by itself after `preparing` instead of waiting in `ready` for `processBigSegmentImport`. */
  autoStart: boolean;
}

export const DEFAULT_IMPORT_BEHAVIOUR: ImportBehaviour = { stepMs: 0, autoStart: false };

const FINAL_STATUSES: ReadonlySet<BigSegmentImportStatus> = new Set(["complete", "stopped"]);

export function statusOf(upload: BigSegmentImport): BigSegmentImportStatus {
  return upload.status ?? "ready";
}

export function isRunning(upload: BigSegmentImport): boolean {
  return !FINAL_STATUSES.has(statusOf(upload));
}

export const importHref = (p: string, e: string, s: string, id: string): string =>
  `${hrefs.segment(p, e, s)}/imports/${encodeURIComponent(id)}`;

/** The `Import` representation. */
export function importRepresentation(id: string, upload: BigSegmentImport): Record<string, unknown> {
  const status = statusOf(upload);
  return {
    id,
    segmentKey: upload.segmentKey,
    creationTime: upload.creationTime ?? 0,
    mode: upload.mode,
    status,
    files: [{ filename: upload.filename ?? "import.csv", status }],
    _links: {
      self: link(importHref(upload.projectKey, upload.environmentKey, upload.segmentKey, id)),
    },
  };
}

interface FormPart {
  name: string;
  filename?: string;
  data: Buffer;
}

/** `multipart/form-data` (RFC 7578) parts, read from the whole body. */
export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw invalidRequest("multipart/form-data needs a boundary parameter");
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw invalidRequest("multipart body holds no part");
  for (;;) {
    const afterDelimiter = position + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === "--") return parts;
    const headerStart = afterDelimiter + 2; // CRLF after the delimiter
    const headerEnd = body.indexOf("\r\n\r\n", headerStart);
    if (headerEnd < 0) throw invalidRequest("multipart part without headers");
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
    if (next < 0) throw invalidRequest("multipart body is not closed by its boundary");
    const headers = body.subarray(headerStart, headerEnd).toString("utf8");
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) throw invalidRequest("multipart part without a Content-Disposition name");
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    parts.push({
      name,
      ...(filename !== undefined ? { filename } : {}),
      data: body.subarray(headerEnd + 4, next),
    });
    position = next + 2;
  }
}

/** Keys from the first column of a CSV file without header row; RFC 4180 quotes, CRLF or LF, blank lines skipped. */
export function importFileKeys(data: Buffer): string[] {
  if (data.length > MAX_IMPORT_FILE_BYTES) {
    throw invalidRequest(
      `import file is ${data.length} bytes; LaunchDarkly takes files of at most 40 MB (${MAX_IMPORT_FILE_BYTES} bytes)`,
    );
  }
  const text = data.toString("utf8").replace(/^\uFEFF/, "");
  const keys: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    start = end + 1;
    if (line === "") continue;
    let key: string;
    if (line.startsWith('"')) {
      let value = "";
      let index = 1;
      for (;;) {
        const quote = line.indexOf('"', index);
        if (quote < 0) throw invalidRequest(`import file line ${keys.length + 1}: unclosed quote`);
        value += line.slice(index, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          index = quote + 2;
        } else break;
      }
      key = value;
    } else {
      const comma = line.indexOf(",");
      key = comma < 0 ? line : line.slice(0, comma);
    }
    if (key === "") continue;
    keys.push(key);
    if (keys.length > MAX_IMPORT_CONTEXTS) {
      throw invalidRequest(
        `import file holds more than ${MAX_IMPORT_CONTEXTS} contexts; LaunchDarkly takes at most ${MAX_IMPORT_CONTEXTS} per file (upload the rest with mode merge)`,
      );
    }
  }
  return keys;
}

export interface CreateImportInput {
  store: EmulatorStore;
  caller: Caller;
  params: { projectKey: string; environmentKey: string; segmentKey: string };
  record: SegmentRecord;
  rawBody: Buffer;
  contentType: string;
  now: number;
  /** Called for an upload that does not ask to wait on approvals. */
  requireNoApproval: () => void;
}

/** Handles `POST …/imports`: checks, stores the import as `preparing`, returns its id. */
export function createImport(input: CreateImportInput): string {
  const { store, params, record } = input;
  if (!record.segment.unbounded) {
    throw invalidRequest(
      `Segment "${params.segmentKey}" is a standard segment; only big segments take imports`,
    );
  }
  if (!/^multipart\/form-data/i.test(input.contentType)) {
    throw invalidRequest("Send the import as multipart/form-data with the fields file and mode");
  }
  const parts = parseMultipart(input.rawBody, input.contentType);
  const field = (name: string) => parts.find((part) => part.name === name);
  const file = field("file");
  if (!file) throw invalidRequest("the import needs a file field (CSV of keys, no header row)");
  const mode = field("mode")?.data.toString("utf8").trim();
  if (mode !== "merge" && mode !== "replace") throw invalidRequest('mode must be "merge" or "replace"');
  const waitOnApprovals = field("waitOnApprovals")?.data.toString("utf8").trim();
  if (waitOnApprovals !== undefined && waitOnApprovals !== "true" && waitOnApprovals !== "false") {
    throw invalidRequest("waitOnApprovals must be true or false");
  }
  if (waitOnApprovals !== "true") input.requireNoApproval();
  const keys = importFileKeys(file.data);
  for (const upload of store.bigSegmentImports.values()) {
    if (
      upload.projectKey === params.projectKey &&
      upload.environmentKey === params.environmentKey &&
      isRunning(upload)
    ) {
      throw conflict(
        `Conflicting process: an import for segment "${upload.segmentKey}" is still ${statusOf(upload)} in this environment`,
      );
    }
  }
  const id = newUuid();
  store.bigSegmentImports.set(id, {
    projectKey: params.projectKey,
    environmentKey: params.environmentKey,
    segmentKey: params.segmentKey,
    mode,
    included: keys,
    excluded: [],
    status:
      waitOnApprovals === "true" && segmentApprovalRequired(store, params.projectKey, params.environmentKey)
        ? "pending_approval"
        : "preparing",
    creationTime: input.now,
    statusSince: input.now,
    filename: file.filename ?? "import.csv",
    uploadedBy: {
      tokenId: input.caller.tokenId,
      tokenName: input.caller.tokenName,
      ...(input.caller.memberId !== undefined ? { memberId: input.caller.memberId } : {}),
    },
  });
  return id;
}

/** The import for `GET …/imports/{importID}`, only under its own segment. */
export function findImport(
  store: EmulatorStore,
  params: { projectKey: string; environmentKey: string; segmentKey: string },
  id: string,
): BigSegmentImport {
  const upload = store.bigSegmentImports.get(id);
  if (
    !upload ||
    upload.projectKey !== params.projectKey ||
    upload.environmentKey !== params.environmentKey ||
    upload.segmentKey !== params.segmentKey
  ) {
    throw notFound(`No import "${id}" for segment "${params.segmentKey}"`);
  }
  return upload;
}

/** `processBigSegmentImport`: a `ready` import starts. */
export function startImport(upload: BigSegmentImport, now: number): void {
  const status = statusOf(upload);
  if (status !== "ready") throw invalidRequest(`import is ${status}; only a ready import can be processed`);
  upload.status = "in_progress";
  upload.statusSince = now;
}

function segmentOf(store: EmulatorStore, upload: BigSegmentImport): SegmentRecord | undefined {
  return store.projects
    .get(upload.projectKey)
    ?.environments.get(upload.environmentKey)
    ?.segments.get(upload.segmentKey);
}

/** Moves every running import on by as many steps as time allows; a completed import writes the membership. */
export function settleImports(store: EmulatorStore, behaviour: ImportBehaviour, now: number): void {
  for (const upload of store.bigSegmentImports.values()) {
    for (;;) {
      const since = upload.statusSince ?? 0;
      if (now - since < behaviour.stepMs) break;
      const status = statusOf(upload);
      const at = since + behaviour.stepMs;
      if (status === "preparing") {
        upload.status = behaviour.autoStart ? "in_progress" : "ready";
        upload.statusSince = at;
      } else if (status === "in_progress") {
        completeImport(store, upload, at);
      } else break;
    }
  }
}

function completeImport(store: EmulatorStore, upload: BigSegmentImport, at: number): void {
  const record = segmentOf(store, upload);
  upload.statusSince = at;
  if (!record) {
    upload.status = "stopped";
    return;
  }
  const included = upload.mode === "replace" ? new Set<string>() : new Set(record.bigIncluded);
  const excluded = upload.mode === "replace" ? new Set<string>() : new Set(record.bigExcluded);
  for (const key of upload.included) {
    included.add(key);
    excluded.delete(key);
  }
  for (const key of upload.excluded) {
    excluded.add(key);
    included.delete(key);
  }
  record.bigIncluded = included;
  record.bigExcluded = excluded;
  const date = store.clock.now();
  record.segment = { ...record.segment, version: record.segment.version + 1, lastModifiedDate: date };
  upload.status = "complete";
  const uploader = upload.uploadedBy ?? { tokenId: "unknown", tokenName: "unknown" };
  recordAudit(
    { store, caller: { ...uploader, role: "writer" } },
    {
      kind: "segment",
      resource: `proj/${upload.projectKey}:env/${upload.environmentKey}:segment/${upload.segmentKey}`,
      name: record.segment.name,
      actions: ["updateIncluded"],
      titleVerb: "imported big segment members into",
      description: `Imported ${upload.included.length} contexts into the big segment ${record.segment.name} (${upload.mode})`,
    },
    date,
  );
}

/** Whether a segment has an import that is not yet complete or stopped (`_importInProgress`). */
export function importInProgress(
  store: EmulatorStore,
  projectKey: string,
  environmentKey: string,
  segmentKey: string,
): boolean {
  for (const upload of store.bigSegmentImports.values()) {
    if (
      upload.projectKey === projectKey &&
      upload.environmentKey === environmentKey &&
      upload.segmentKey === segmentKey &&
      isRunning(upload)
    )
      return true;
  }
  return false;
}
