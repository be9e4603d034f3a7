// Issue 15 item 8: a token limited only by an inline role cannot read its own policy, so the permission pre-flight
// cannot complete. The Action's apply refuses to write then, by default (`require-permission-check`); turned off,
// it warns, writes what LaunchDarkly allows and stops at the 403s. Over HTTP: the Action process, the emulator, the
// fake GitHub.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { runCli } from "../cli/run-cli.js";
import { type FakeGitHub, startFakeGitHub } from "../support/fake-github.js";
import { runActionProcess, Workspace } from "./action-harness.js";
import { WRITER_TOKEN } from "./launchdarkly-seed.js";

const INLINE_TOKEN = "api-4e5f6071-8293-4a4b-c5d6-e7f8091a2b3c";
const CONFIG = `project: web-app
environments: [production]
segments:
  - key: beta-users
    name: Beta users
metrics:
  - key: checkout
    name: Checkout
    kind: custom
    eventKey: checkout
`;

let github: FakeGitHub;
let emulator: RunningEmulator;
let workspace: Workspace;

beforeEach(async () => {
  github = await startFakeGitHub();
  emulator = await startEmulator({
    tokens: {
      [WRITER_TOKEN]: { role: "writer", name: "setup" },
      // Segments only, through an inline role: metric writes get 403.
      [INLINE_TOKEN]: {
        role: "writer",
        name: "inline",
        inlineRole: [{ effect: "allow", actions: ["*"], resources: ["proj/*:env/*:segment/*"] }],
      },
    },
  });
  const created = await fetch(`${emulator.url}/api/v2/projects`, {
    method: "POST",
    headers: { Authorization: WRITER_TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({
      key: "web-app",
      name: "Web app",
      environments: [{ key: "production", name: "Production", color: "ff0000" }],
    }),
  });
  expect(created.status).toBe(201);
  emulator.clearRequests();
  workspace = new Workspace({ "launchdarkly/config.yaml": CONFIG });
});
afterEach(async () => {
  await github.close();
  await emulator.close();
  workspace.remove();
});

const apply = (inputs: Record<string, string> = {}) =>
  runActionProcess({
    workspace,
    eventName: "push",
    event: "push.json",
    githubApiUrl: github.url,
    inputs: {
      mode: "apply",
      path: "launchdarkly",
      "access-token": INLINE_TOKEN,
      "base-uri": emulator.url,
      "allow-plan-changes": "true",
      ...inputs,
    },
  });

const writes = () => emulator.requests.filter((request) => request.method !== "GET");

describe("mode: apply with a token whose permissions cannot be read", () => {
  it("refuses to write by default", async () => {
    const result = await apply();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::.*Could not check the token's permissions before writing/);
    expect(result.stdout).toContain("`require-permission-check` input");
    expect(writes()).toEqual([]);
  });

  it("with require-permission-check: false, warns, writes what it may and fails on the 403", async () => {
    const result = await apply({ "require-permission-check": "false" });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::warning::.*Could not check the token's permissions/);
    expect(writes().length).toBeGreaterThan(0);
  });
});

describe("ld-gitops apply --require-permission-check", () => {
  const cli = (flags: string[]) =>
    runCli(["apply", "--yes", "--dir", "launchdarkly", ...flags], {
      cwd: workspace.root,
      env: { LD_ACCESS_TOKEN: INLINE_TOKEN, LAUNCHDARKLY_ACCESS_TOKEN: undefined, LD_BASE_URI: emulator.url },
    });

  it("refuses to write when the token's permissions cannot be read", async () => {
    const result = await cli(["--require-permission-check"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /error: Could not check the token's permissions before writing .*nothing was written/,
    );
    expect(writes()).toEqual([]);
  });

  it("without it, warns and goes ahead (the CLI's default)", async () => {
    const result = await cli([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Warning: Could not check the token's permissions before writing");
    expect(writes().length).toBeGreaterThan(0);
  });
});
