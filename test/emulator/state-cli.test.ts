import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { type EmulatorSnapshot, startEmulator } from "../../src/emulator/index.js";
import { apiClient, SEMANTIC_PATCH } from "./http.js";

describe("state snapshots", () => {
  it("round-trips state through snapshot() and startEmulator({state})", async () => {
    const first = await startEmulator();
    const api = apiClient(first.url);
    await api("POST", "/api/v2/projects", { key: "p", name: "P" });
    await api("POST", "/api/v2/segments/p/production", { key: "s", name: "S" });
    await api(
      "PATCH",
      "/api/v2/segments/p/production/s",
      { environmentKey: "production", instructions: [{ kind: "addIncludedUsers", values: ["u"] }] },
      SEMANTIC_PATCH,
    );
    await api("POST", "/api/v2/segments/p/production", { key: "big", name: "Big", unbounded: true });
    await api("POST", "/api/v2/segments/p/production/big/contexts", { included: { add: ["k"] } });
    await api("POST", "/api/v2/metrics/p", { key: "m", kind: "custom", eventKey: "e", isNumeric: false });
    await api("POST", "/api/v2/roles", {
      key: "r",
      name: "R",
      policy: [{ effect: "allow", resources: ["proj/*"], actions: ["*"] }],
    });
    const snapshot = JSON.parse(JSON.stringify(first.snapshot())) as EmulatorSnapshot;
    const segmentBefore = (await api("GET", "/api/v2/segments/p/production/s")).body;
    await first.close();

    const second = await startEmulator({ state: snapshot });
    const again = apiClient(second.url);
    expect((await again("GET", "/api/v2/segments/p/production/s")).body).toEqual(segmentBefore);
    expect((await again("GET", "/api/v2/segments/p/production/big/contexts/k")).body.included).toBe(true);
    expect((await again("GET", "/api/v2/metrics/p/m")).status).toBe(200);
    expect((await again("GET", "/api/v2/roles/r")).status).toBe(200);
    expect(
      (await again("GET", "/api/v2/auditlog?spec=proj/p:env/production:segment/s")).body.items,
    ).toHaveLength(2);
    await second.close();
  });

  it("fills in generated fields for a hand-written snapshot and saves over the admin API", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ld-emulator-"));
    const file = path.join(dir, "state.json");
    const emulator = await startEmulator({
      state: {
        formatVersion: 1,
        projects: [
          {
            key: "p",
            name: "P",
            environments: [{ key: "e", name: "E", segments: [{ key: "s", name: "S", included: ["a"] }] }],
          },
        ],
      },
      stateFile: file,
    });
    const segment = (await apiClient(emulator.url)("GET", "/api/v2/segments/p/e/s")).body;
    expect(segment).toMatchObject({ key: "s", included: ["a"], version: 1, rules: [], deleted: false });
    expect((await fetch(`${emulator.url}/__emulator/state/save`, { method: "POST" })).status).toBe(200);
    const saved = JSON.parse(await readFile(file, "utf8")) as EmulatorSnapshot;
    expect(saved.projects[0]?.environments[0]?.segments?.[0]?.key).toBe("s");
    await emulator.close();
  });
});

describe("ld-gitops emulator (CLI)", () => {
  it("prints one line, serves, and saves --state on SIGTERM", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ld-emulator-cli-"));
    const file = path.join(dir, "state.json");
    await writeFile(
      file,
      JSON.stringify({
        formatVersion: 1,
        projects: [{ key: "p", name: "P", environments: [{ key: "e", name: "E" }] }],
      }),
    );
    // detached: the child leads its own process group, so SIGTERM reaches the emulator behind npx and tsx.
    const child = spawn("npx", ["tsx", "src/cli/main.ts", "emulator", "--port", "0", "--state", file], {
      cwd: path.resolve(import.meta.dirname, "..", ".."),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((resolve) => lines.once("line", resolve));
    expect(first).toMatch(/^LaunchDarkly emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = first.slice(first.indexOf("http"));
    const api = apiClient(url);
    expect((await api("GET", "/api/v2/projects/p/environments/e")).status).toBe(200);
    expect((await api("POST", "/api/v2/segments/p/e", { key: "from-cli", name: "From CLI" })).status).toBe(
      201,
    );
    process.kill(-(child.pid as number), "SIGTERM");
    await exited;
    // The tsx child may still be writing when npx exits: wait for the saved segment to appear.
    let saved = "";
    for (let i = 0; i < 50 && !saved.includes("from-cli"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      saved = await readFile(file, "utf8");
    }
    expect(saved).toContain("from-cli");
  });
});

describe("ld-gitops emulator fault flags", () => {
  it("--error-rate 1 answers every API request 503 and --drop-rate 1 drops every connection; the admin API still works", async () => {
    for (const [flag, expectFault] of [
      [
        "--error-rate",
        async (url: string) => expect((await apiClient(url)("GET", "/api/v2/projects")).status).toBe(503),
      ],
      [
        "--drop-rate",
        async (url: string) =>
          await expect(
            fetch(`${url}/api/v2/projects`, { headers: { Authorization: "t" } }),
          ).rejects.toThrow(),
      ],
    ] as const) {
      const child = spawn("node_modules/.bin/tsx", ["src/cli/main.ts", "emulator", flag, "1"], {
        cwd: path.resolve(import.meta.dirname, "..", ".."),
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
      const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      try {
        const first = await new Promise<string>((resolve) =>
          createInterface({ input: child.stdout }).once("line", resolve),
        );
        const url = first.slice(first.indexOf("http"));
        await expectFault(url);
        const faults = (await (await fetch(`${url}/__emulator/faults`)).json()) as Record<string, unknown>;
        expect(faults[flag === "--error-rate" ? "errorRate" : "dropRate"]).toBe(1);
      } finally {
        process.kill(-(child.pid as number), "SIGTERM");
        await exited;
      }
    }
  });
});

describe("ld-gitops emulator with bad options", () => {
  it("exits 1 with one clear line, never a stack trace", async () => {
    const { spawnSync } = await import("node:child_process");
    for (const [args, message] of [
      [["--port", "abc"], 'error: --port must be a non-negative integer, got "abc"'],
      [["--token", "tok:admin"], "error: --token: the role after the first ':' must be reader or writer"],
      [
        ["--error-rate", "10%"],
        'error: --error-rate must be a share from 0 to 1 (0.1 = one request in ten), got "10%"',
      ],
      [["--drop-rate", "2"], "error: --drop-rate must be a share from 0 to 1"],
    ] as const) {
      const result = spawnSync("node_modules/.bin/tsx", ["src/cli/main.ts", "emulator", ...args], {
        encoding: "utf8",
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe("");
    }
  });
});
