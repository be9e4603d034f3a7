import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const CONFIG_FILE_RE = /\.ya?ml$/i;

/** Why a symbolic link is not read (worded by the `config.link-not-read` finding). */
export type RefusedLinkReason =
  | { kind: "broken" }
  | { kind: "outside"; target: string; isDirectory: boolean }
  | { kind: "directory" };

/** A symbolic link under the config directory that is not read, and why (the caller reports it as an error). */
export interface RefusedLink {
  path: string;
  reason: RefusedLinkReason;
}

/** Whether `path` is `dir` or inside it. */
function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && rel !== "..");
}

/**
 * What a symbolic link leads to, and why it is not read when it is not: a link to a file inside the config directory
 * is read like the file; a link leading outside it, a broken link, or a linked directory is refused, because skipping
 * it quietly would leave its resources out of the plan (and `--prune` would delete them).
 */
function inspectLink(path: string, realRoot: string): { isDirectory: boolean; refused?: RefusedLinkReason } {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return { isDirectory: false, refused: { kind: "broken" } };
  }
  const isDirectory = statSync(target).isDirectory();
  if (!isInside(target, realRoot)) {
    return { isDirectory, refused: { kind: "outside", target, isDirectory } };
  }
  if (isDirectory) return { isDirectory, refused: { kind: "directory" } };
  return { isDirectory };
}

/**
 * Every `*.yaml`/`*.yml` file under `dir`, recursively, as absolute paths in a stable sorted order, and the symbolic
 * links that are refused (see `inspectLink`).
 */
export function listConfigFiles(dir: string): { paths: string[]; refusedLinks: RefusedLink[] } {
  const found: string[] = [];
  const refusedLinks: RefusedLink[] = [];
  const realRoot = realpathSync(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    // `parentPath` is Node 20.12+; `path` is its older name.
    const parent = (entry as { parentPath?: string }).parentPath ?? entry.path;
    const path = join(parent, entry.name);
    if (entry.isSymbolicLink()) {
      const link = inspectLink(path, realRoot);
      if (!CONFIG_FILE_RE.test(entry.name) && !link.isDirectory) continue;
      if (link.refused !== undefined) refusedLinks.push({ path, reason: link.refused });
      else found.push(path);
      continue;
    }
    if (!entry.isFile() || !CONFIG_FILE_RE.test(entry.name)) continue;
    found.push(path);
  }
  // Sort by the relative path with `/` so the order is the same on every OS (each key computed once).
  const keyed = found.map((path) => ({ path, key: relative(dir, path).split(sep).join("/") }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { paths: keyed.map(({ path }) => path), refusedLinks };
}

/** `path` relative to `cwd` with forward slashes, as diagnostics print it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel === "" ? "." : rel).split(sep).join("/");
}
