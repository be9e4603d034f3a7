// The content fingerprint of a member list: what the plan compares with the last-applied tag, and what apply
// checks the files against before uploading them.
import { createHash } from "node:crypto";

const CHUNK = 8192;

/** sha256 (hex) of the keys, in the order given (callers pass them sorted and de-duplicated), each followed by `\n`. */
export function membersFingerprint(keys: readonly string[]): string {
  const hash = createHash("sha256");
  for (let start = 0; start < keys.length; start += CHUNK) {
    hash.update(`${keys.slice(start, start + CHUNK).join("\n")}\n`);
  }
  return hash.digest("hex");
}
