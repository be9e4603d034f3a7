// The owner a configuration gets when no file sets `owner:`: the GitHub repository it lives in. On GitHub Actions
// that is GITHUB_REPOSITORY; on a laptop, the `origin` remote of the config directory's git repository, so that a
// local plan and the CI plan of the same repository agree on who owns what.
import { execFileSync } from "node:child_process";

/** `owner/repo` of a GitHub remote URL (https or ssh), else undefined. */
export function repositoryOfRemote(url: string): string | undefined {
  const match = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

export function defaultOwner(
  dir: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const fromEnv = env.GITHUB_REPOSITORY?.trim();
  if (fromEnv) return fromEnv;
  try {
    const url = execFileSync("git", ["-C", dir, "remote", "get-url", "origin"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return repositoryOfRemote(url);
  } catch {
    return undefined;
  }
}
