// `npm run demo`: shows the tool working with no LaunchDarkly account.
import { spawnSync } from "node:child_process";

const result = spawnSync(
  process.execPath,
  ["dist/cli/index.js", "validate", "--dir", "examples/launchdarkly"],
  {
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
