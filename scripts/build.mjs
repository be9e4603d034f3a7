// Bundles the GitHub Action entry and the CLI with ncc into dist/ (committed: the action runs it as is).
import { execFileSync } from "node:child_process";
import { chmodSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const entries = [
  { src: "src/action/main.ts", out: "dist" },
  { src: "src/cli/main.ts", out: "dist/cli" },
];

rmSync("dist", { recursive: true, force: true });
for (const { src, out } of entries) {
  execFileSync(
    "npx",
    [
      "ncc",
      "build",
      src,
      "-o",
      out,
      "--target",
      "es2022",
      "--no-source-map-register",
      "--license",
      "licenses.txt",
      "-q",
    ],
    {
      stdio: "inherit",
    },
  );
}
// The CLI bundle is the package's `bin`: it needs a shebang and the executable bit.
const cli = "dist/cli/index.js";
const text = readFileSync(cli, "utf8");
if (!text.startsWith("#!")) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
