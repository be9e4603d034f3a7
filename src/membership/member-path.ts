// A member file must stay inside the configuration directory: validate refuses a path that leaves it, and apply
// refuses it again when it reads the files a (possibly hand-edited) saved plan names.
import { isAbsolute, relative, sep } from "node:path";

/** `absolute` relative to `root` with forward slashes, or undefined when it is not inside `root`. */
export function pathInside(root: string, absolute: string): string | undefined {
  const path = relative(root, absolute).split(sep).join("/");
  if (path === "" || path === ".." || path.startsWith("../") || isAbsolute(path)) return undefined;
  return path;
}
