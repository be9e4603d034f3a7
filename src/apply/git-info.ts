// What git knows about the config directory: the commit it is at, and where it sits in its repository. Read with
// `git -C DIR`, so the answer is the config directory's repository whatever the current directory is.
import { execFileSync } from "node:child_process";

/** Git's output, or undefined when git is missing or `dir` is not in a checkout. */
function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", ["-C", dir, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5_000,
    }).trim();
  } catch {
    return undefined;
  }
}

/** `git -C DIR rev-parse HEAD`: the full commit sha, or undefined. */
export function gitCommitOf(dir: string): string | undefined {
  const sha = git(dir, ["rev-parse", "HEAD"]);
  return sha !== undefined && /^[0-9a-f]{7,64}$/i.test(sha) ? sha : undefined;
}

/**
 * `DIR` relative to the top of its repository (`launchdarkly/`, or `./` for the top itself): the same on every
 * clone, whatever directory the command ran in. Undefined outside a checkout.
 */
export function gitPathOf(dir: string): string | undefined {
  const prefix = git(dir, ["rev-parse", "--show-prefix"]);
  if (prefix === undefined) return undefined;
  return prefix === "" ? "./" : prefix;
}
