// What makes a context key unusable, found row by row: each problem is an error at the member file's line.
import { MAX_CONTEXT_KEY_LENGTH } from "../launchdarkly/limits.js";
import { type Finding, finding } from "../model/finding.js";

const SUSPECT = /^\s|\s$|[\u0000-\u001f\u007f]/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Undefined for a usable key. */
export function keyProblem(key: string): Finding | undefined {
  if (key.length === 0) return finding("members.empty-key", {});
  if (key.length > MAX_CONTEXT_KEY_LENGTH)
    return finding("members.key-too-long", { length: key.length, max: MAX_CONTEXT_KEY_LENGTH });
  if (!SUSPECT.test(key)) return undefined;
  if (/^\s|\s$/.test(key) && !CONTROL.test(key.trim())) return finding("members.key-whitespace", { key });
  const control = CONTROL.exec(key)?.[0] ?? " ";
  return finding("members.key-control-character", { key, code: control.charCodeAt(0) });
}
