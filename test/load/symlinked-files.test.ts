// Issue 15 item 7: a symlinked `*.yaml` was skipped without a word, so `plan --prune` planned to delete the resources
// it defines. A link to a file inside the config directory is read; a link leading outside it, a broken link, or a
// linked directory is an error naming the file. Planned against the emulator over HTTP.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { createPlan } from "../../src/pipeline/create-plan.js";
import { describeFinding } from "../../src/wording/finding-messages.js";
import { clientFor, desiredState, planAndApply, segment, startTestEmulator } from "../apply/support.js";

const segmentFile = (key: string) =>
  `project: web-app\nenvironments: [production]\nsegments:\n  - key: ${key}\n    name: ${key}\n`;

let temp: string;
let dir: string;
let emulator: RunningEmulator;

beforeEach(async () => {
  temp = mkdtempSync(join(tmpdir(), "ld-gitops-links-"));
  dir = join(temp, "launchdarkly");
  mkdirSync(dir);
  writeFileSync(join(dir, "alpha.yaml"), segmentFile("alpha"));
  mkdirSync(join(temp, "elsewhere"));
  writeFileSync(join(temp, "elsewhere", "beta.yaml"), segmentFile("beta"));
  emulator = await startTestEmulator();
  // Both segments exist, owned by ld-gitops: a plan that does not read beta.yaml would prune beta.
  const api = clientFor(emulator);
  await planAndApply(api, desiredState({ segments: [segment({ key: "alpha" }), segment({ key: "beta" })] }));
  await api.close();
});
afterEach(async () => {
  await emulator.close();
  rmSync(temp, { recursive: true, force: true });
});

async function planPrune() {
  const api = clientFor(emulator);
  try {
    return await createPlan({ dir, api, prune: true });
  } finally {
    await api.close();
  }
}

describe("symlinked config files", () => {
  it("refuses a link leading outside the config directory instead of pruning what it defines", async () => {
    symlinkSync(join(temp, "elsewhere", "beta.yaml"), join(dir, "beta.yaml"));
    const result = await planPrune();
    expect(result.ok).toBe(false);
    const diagnostic = result.diagnostics.find((d) => d.severity === "error");
    expect(diagnostic?.file).toMatch(/launchdarkly\/beta\.yaml$/);
    expect(diagnostic && describeFinding(diagnostic)).toMatch(
      /^not read: it is a symbolic link to .*beta\.yaml, outside the config directory/,
    );
  });

  it("reads a link to a file inside the config directory", async () => {
    mkdirSync(join(dir, "shared"));
    writeFileSync(join(dir, "shared", "beta.yaml.txt"), segmentFile("beta"));
    symlinkSync(join(dir, "shared", "beta.yaml.txt"), join(dir, "beta.yaml"));
    const result = await planPrune();
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.changes).toEqual([]);
  });

  it("refuses a linked directory and a broken link", async () => {
    symlinkSync(join(temp, "elsewhere"), join(dir, "more"));
    symlinkSync(join(temp, "missing.yaml"), join(dir, "gone.yaml"));
    const result = await planPrune();
    expect(result.ok).toBe(false);
    const messages = result.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => `${d.file}: ${describeFinding(d)}`);
    expect(messages).toEqual([
      expect.stringMatching(/gone\.yaml: not read: it is a broken symbolic link/),
      expect.stringMatching(
        /more: not read: it is a symbolic link to .*elsewhere, outside the config directory/,
      ),
    ]);
  });
});
