// What `npm install ld-gitops` gives a user: the CLI bundle and the schemas, nothing else, and Node versions that
// every installed package agrees with (an EBADENGINE warning on a supported Node is a broken promise).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../", import.meta.url);

interface PackageJson {
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  devEngines: { runtime: { name: string; version: string } };
  dependencies?: Record<string, string>;
  exports: Record<string, string>;
}

interface LockEntry {
  dependencies?: Record<string, string>;
  engines?: { node?: string } | string[];
}

const pkg = JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")) as PackageJson;
const lock = JSON.parse(readFileSync(new URL("package-lock.json", ROOT), "utf8")) as {
  packages: Record<string, LockEntry>;
};

function packedFiles(): string[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const [result] = JSON.parse(out) as [{ files: { path: string }[] }];
  return result.files.map((file) => file.path).sort();
}

describe("the published package", () => {
  it("ships the CLI bundle, the schemas, the changelog and the README, and no sources, tests or benchmarks", () => {
    const files = packedFiles();
    expect(files).toContain("dist/cli/index.js");
    expect(files).toContain("schemas/ld-gitops.schema.json");
    expect(files).toContain("CHANGELOG.md");
    expect(files).toContain("README.md");
    expect(files.filter((file) => /^(src|test|bench|scripts|examples)\//.test(file))).toEqual([]);
    // The Action's bundle is used from Git (uses: ld-gitops/ld-gitops@v0), not from the npm package.
    expect(files).not.toContain("dist/index.js");
    expect(Object.values(pkg.bin)).toEqual(["dist/cli/index.js"]);
    expect(pkg.exports["./package.json"]).toBe("./package.json");
  });

  it("has no runtime dependencies: the bin is a self-contained bundle", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it("declares Node versions every locked package accepts (bundled code: the users' floor; tools: the developers')", () => {
    const userFloor = semver.minVersion(pkg.engines.node)?.version ?? "";
    const devFloor = semver.minVersion(pkg.devEngines.runtime.version)?.version ?? "";
    expect(userFloor).not.toBe("");
    expect(semver.gte(devFloor, userFloor)).toBe(true);
    const bundled = bundledPackages();
    expect(bundled.has("node_modules/undici")).toBe(true);
    const refusing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (path === "" || range === undefined) continue;
      const floor = bundled.has(path) ? userFloor : devFloor;
      if (!semver.satisfies(floor, range)) refusing.push(`${path} wants node ${range}, not ${floor}`);
    }
    expect(refusing).toEqual([]);
  });
});

/** The libraries src/ imports at run time, which ncc bundles into dist/ (every other locked package is a tool). */
const BUNDLED_LIBRARIES = [
  "@actions/core",
  "@actions/github",
  "ajv",
  "ajv-formats",
  "commander",
  "fast-json-patch",
  "fastest-levenshtein",
  "picocolors",
  "undici",
  "yaml",
];

/** Lock paths of the bundled libraries and everything they depend on, resolved as Node resolves them. */
function bundledPackages(): Set<string> {
  const seen = new Set<string>();
  const visit = (from: string, name: string): void => {
    // Node looks in the nearest node_modules first, then in each parent's.
    let base = from;
    for (;;) {
      const candidate = `${base === "" ? "" : `${base}/`}node_modules/${name}`;
      if (lock.packages[candidate]) {
        if (seen.has(candidate)) return;
        seen.add(candidate);
        for (const dependency of Object.keys(lock.packages[candidate]?.dependencies ?? {}))
          visit(candidate, dependency);
        return;
      }
      if (base === "") throw new Error(`${name} (needed by ${from || "the package"}) is not in the lock`);
      const cut = base.lastIndexOf("/node_modules/");
      base = cut === -1 ? "" : base.slice(0, cut);
    }
  };
  for (const name of BUNDLED_LIBRARIES) visit("", name);
  return seen;
}
