import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

const CONFIG_FILE_RE = /\.ya?ml$/i;

/** Every `*.yaml`/`*.yml` file under `dir`, recursively, as absolute paths in a stable sorted order. */
export function listConfigFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !CONFIG_FILE_RE.test(entry.name)) continue;
    // `parentPath` is Node 20.12+; `path` is its older name.
    const parent = (entry as { parentPath?: string }).parentPath ?? entry.path;
    found.push(join(parent, entry.name));
  }
  // Sort by the relative path with `/` so the order is the same on every OS (each key computed once).
  const keyed = found.map((path) => ({ path, key: relative(dir, path).split(sep).join("/") }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ path }) => path);
}

/** `path` relative to `cwd` with forward slashes, as diagnostics print it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel === "" ? "." : rel).split(sep).join("/");
}
