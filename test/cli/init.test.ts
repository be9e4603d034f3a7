// A new user's first steps as child processes over real HTTP: `emulator --project` seeds the emulator, `init` writes
// a starter configuration (offline, or with environments read from LaunchDarkly), which validates, plans and applies.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "./run-cli.js";

const TOKEN = "init-test-token";
const temps: string[] = [];
let emulator: ChildProcess;
let url: string;
let seedMessage: string;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ld-gitops-init-"));
  temps.push(dir);
  return dir;
}

beforeAll(async () => {
  emulator = spawn(
    join(REPO_ROOT, "node_modules", ".bin", "tsx"),
    [
      join(REPO_ROOT, "src/cli/main.ts"),
      "emulator",
      "--token",
      `${TOKEN}:writer:me`,
      "--project",
      "checkout:prod,stage",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  emulator.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  url = await new Promise<string>((resolve, reject) => {
    emulator.on("exit", (code) => reject(new Error(`emulator exited ${code}: ${stderr}`)));
    createInterface({ input: emulator.stdout as NodeJS.ReadableStream }).once("line", (line) => {
      const found = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (found) resolve(found);
      else reject(new Error(line));
    });
  });
  // The seed line follows the URL line on stderr.
  for (let i = 0; i < 50 && !stderr.includes("checkout"); i++) await new Promise((r) => setTimeout(r, 100));
  seedMessage = stderr;
}, 60_000);

afterAll(() => {
  emulator?.kill("SIGTERM");
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ LD_BASE_URI: url, LD_ACCESS_TOKEN: TOKEN, LAUNCHDARKLY_ACCESS_TOKEN: undefined });

describe("ld-gitops emulator --project", () => {
  it("starts with the project and environments named on the command line", async () => {
    expect(seedMessage).toContain("project checkout with environments prod, stage");
    const response = await fetch(`${url}/api/v2/projects/checkout/environments`, {
      headers: { Authorization: TOKEN },
    });
    const body = (await response.json()) as { items: { key: string }[] };
    expect(body.items.map((environment) => environment.key)).toEqual(["prod", "stage"]);
  });

  it("refuses a malformed --project with an example", async () => {
    const result = await runCli(["emulator", "--project", "checkout:"], { cwd: REPO_ROOT });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("--project checkout:prod,stage");
  });
});

describe("ld-gitops init", () => {
  it("writes a starter that validates, plans and applies against the emulator, and the three workflows", async () => {
    const cwd = tempDir();
    const init = await runCli(["init", "--project", "checkout:prod,stage"], {
      cwd,
      env: { LD_ACCESS_TOKEN: undefined },
    });
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    const segments = readFileSync(join(cwd, "launchdarkly/segments.yaml"), "utf8");
    expect(segments.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=\S+ld-gitops\.schema\.json$/);
    expect(segments).toContain("environments: [prod, stage]");
    for (const name of ["ld-gitops-plan.yml", "ld-gitops-apply.yml", "ld-gitops-drift.yml"]) {
      expect(readFileSync(join(cwd, ".github/workflows", name), "utf8")).toBe(
        readFileSync(join(REPO_ROOT, "examples/workflows", name), "utf8"),
      );
    }

    const validate = await runCli(["validate"], { cwd });
    expect(validate.status).toBe(0);
    expect(validate.stdout).not.toMatch(/warning/i);

    const plan = await runCli(["plan"], { cwd, env: env() });
    expect(plan.stderr).toBe("");
    expect(plan.status).toBe(2);
    expect(plan.stdout).toContain("Plan: 4 to create, 0 to update, 0 to delete.");

    const apply = await runCli(["apply", "--yes"], { cwd, env: env() });
    expect(apply.status).toBe(0);
    // With --yes: the summary and one line per resource, not the whole plan again.
    expect(apply.stderr).toContain(
      "Plan: 4 to create, 0 to update, 0 to delete. (--show-plan prints the whole plan)",
    );
    // Resources run concurrently, so which environment's segment finishes last varies: one line each, four in all.
    expect(apply.stderr).toMatch(/\[4\/4\] ✓ created /);
    for (const environment of ["prod", "stage"])
      expect(apply.stderr).toMatch(
        new RegExp(`\\[\\d/4\\] ✓ created segment checkout/${environment}/beta-testers`),
      );
    expect(apply.stderr).not.toContain("example-org");
    const again = await runCli(["plan"], { cwd, env: env() });
    expect(again.status).toBe(0);
  }, 120_000);

  it("refuses to overwrite, writing nothing; --force overwrites", async () => {
    const cwd = tempDir();
    await runCli(["init", "--project", "checkout:prod", "--no-workflows"], { cwd });
    writeFileSync(join(cwd, "launchdarkly/metrics.yaml"), "# mine\n");
    const refused = await runCli(["init", "--project", "checkout:prod,stage"], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("launchdarkly/metrics.yaml");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(join(cwd, "launchdarkly/metrics.yaml"), "utf8")).toBe("# mine\n");
    expect(() => readFileSync(join(cwd, ".github/workflows/ld-gitops-plan.yml"))).toThrow();
    const forced = await runCli(["init", "--project", "checkout:prod,stage", "--force"], { cwd });
    expect(forced.status).toBe(0);
    expect(readFileSync(join(cwd, "launchdarkly/segments.yaml"), "utf8")).toContain("[prod, stage]");
  }, 60_000);

  it("reads the environments from LaunchDarkly when only the project key is given", async () => {
    const cwd = tempDir();
    const result = await runCli(["init", "--project", "checkout", "--dir", "config/ld"], { cwd, env: env() });
    expect(result.status).toBe(0);
    expect(readFileSync(join(cwd, "config/ld/segments.yaml"), "utf8")).toContain(
      "environments: [prod, stage]",
    );
    expect(readFileSync(join(cwd, ".github/workflows/ld-gitops-plan.yml"), "utf8")).toContain(
      "path: config/ld",
    );
    const missing = await runCli(["init", "--project", "nope"], { cwd: tempDir(), env: env() });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("--project nope:ENV,ENV");
  }, 60_000);
});

describe("--help", () => {
  it("names the token and base URI variables, the regions, an example and the format reference", async () => {
    for (const command of ["plan", "apply", "drift", "init"]) {
      const help = (await runCli([command, "--help"], { cwd: REPO_ROOT })).stdout;
      expect(help, command).toContain("LD_ACCESS_TOKEN");
      expect(help, command).toContain("LD_BASE_URI");
      expect(help, command).toMatch(/eu .*federal/s);
      expect(help, command).toMatch(/Examples?:\n {2}\$ /);
      expect(help, command).toContain("Configuration format:");
    }
    const emulatorHelp = (await runCli(["emulator", "--help"], { cwd: REPO_ROOT })).stdout;
    expect(emulatorHelp).toContain("starts empty");
    expect(emulatorHelp).toContain("--project");
    const threshold = async (command: string) =>
      /--delete-threshold <limit>\s+([\s\S]*?)\n {2}-/
        .exec((await runCli([command, "--help"], { cwd: REPO_ROOT })).stdout)?.[1]
        ?.replace(/\s+/g, " ");
    const planThreshold = await threshold("plan");
    expect(planThreshold).toContain("default 10,25%");
    expect(await threshold("apply")).toBe(planThreshold);
  }, 120_000);
});
