// Member files read once per apply: the parts of one split import (a `replace` and its `merge`s) name the same
// files, and each part uploads its own slice of the same sorted key set.
import { readMemberKeys } from "../membership/read-member-keys.js";
import type { MemberFileRef } from "../model/member-file.js";

export interface MemberKeys {
  keys: string[];
  fingerprint: string;
}

export interface MemberKeySource {
  configDir: string;
  read: Map<string, Promise<MemberKeys>>;
}

export function memberKeySource(configDir: string): MemberKeySource {
  return { configDir, read: new Map() };
}

export function memberKeysFor(source: MemberKeySource, files: MemberFileRef[]): Promise<MemberKeys> {
  const id = JSON.stringify(files);
  let keys = source.read.get(id);
  if (keys === undefined) {
    keys = readMemberKeys(source.configDir, files);
    source.read.set(id, keys);
  }
  return keys;
}
