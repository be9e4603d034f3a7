// What a big segment held after its last apply, found in git history: LaunchDarkly returns only a fingerprint tag
// for it, so the versions of the member file are read back (newest first, a bounded number) until one has that
// fingerprint. With it the plan can show real +/- keys and send a small delta instead of a full replace.
import { execFile, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import type { MemberFileRef } from "../model/member-file.js";
import { readMemberSet } from "./read-member-set.js";

const run = promisify(execFile);

/** Versions of a member file examined, newest first. */
export const HISTORY_VERSIONS_READ = 10;

async function git(cwd: string, args: string[]) {
  return run("git", ["-C", cwd, ...args], { encoding: "utf8", timeout: 30_000 });
}

/** `git show COMMIT:PATH` streamed into `target` (a member file can be tens of megabytes). */
async function writeVersion(cwd: string, spec: string, target: string): Promise<boolean> {
  const child = spawn("git", ["-C", cwd, "show", spec], { stdio: ["ignore", "pipe", "ignore"] });
  const exited = new Promise<number>((done) => child.on("close", (code) => done(code ?? 1)));
  try {
    await pipeline(child.stdout, createWriteStream(target));
  } catch {
    return false;
  }
  return (await exited) === 0;
}

/**
 * The sorted keys of the newest committed version of `ref` whose fingerprint starts with `fingerprintPrefix`, or
 * undefined (no git, no such version among the last `HISTORY_VERSIONS_READ`, or a version that does not read).
 */
export async function keysAtFingerprint(
  configDir: string,
  ref: MemberFileRef,
  fingerprintPrefix: string,
): Promise<string[] | undefined> {
  const file = resolve(configDir, ref.path);
  let commits: string[];
  try {
    const { stdout } = await git(configDir, ["log", `-n${HISTORY_VERSIONS_READ}`, "--format=%H", "--", file]);
    commits = String(stdout)
      .split("\n")
      .filter((line) => /^[0-9a-f]{40,64}$/.test(line));
  } catch {
    return undefined;
  }
  if (commits.length === 0) return undefined;
  const dir = await mkdtemp(join(tmpdir(), "ld-gitops-history-"));
  try {
    const { stdout: top } = await git(configDir, ["rev-parse", "--show-toplevel"]);
    const relative = file
      .slice(String(top).trim().length + 1)
      .split("\\")
      .join("/");
    for (const commit of commits) {
      const blob = join(dir, `version${ref.gzip ? ".gz" : ""}`);
      if (!(await writeVersion(configDir, `${commit}:${relative}`, blob))) continue;
      const result = await readMemberSet(blob, ref);
      if (result.ok && result.set.fingerprint.startsWith(fingerprintPrefix)) return result.set.keys;
    }
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
