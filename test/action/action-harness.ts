// Runs the Action the way the runner does: a child process with INPUT_* variables, an event payload file,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and GITHUB_API_URL pointing at the fake GitHub server.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, type FakeGitHubOptions, startFakeGitHub } from "../support/fake-github.js";
import { BETA_SEGMENT_YAML, startSeededEmulator } from "./launchdarkly-seed.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const EVENTS_DIR = join(REPO_ROOT, "test/fixtures/events");
const TSX_LOADER = pathToFileURL(join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const ACTION_SOURCE = join(REPO_ROOT, "src/action/main.ts");

export interface ActionProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** A checkout: a temporary directory holding the given files (paths relative to the workspace root). */
export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), "ld-gitops-action-"));
  readonly runnerTemp = join(this.dir, "_runner_temp");
  readonly root = join(this.dir, "repo");

  constructor(files: Record<string, string> = {}) {
    mkdirSync(this.runnerTemp, { recursive: true });
    mkdirSync(this.root, { recursive: true });
    this.write(files);
  }

  write(files: Record<string, string>): void {
    for (const [path, text] of Object.entries(files)) {
      const file = join(this.root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What an Action test runs against: a fake GitHub, a seeded LaunchDarkly emulator and a checkout. */
export interface ActionFixtures {
  github: FakeGitHub;
  emulator: RunningEmulator;
  workspace: Workspace;
}

/** Starts the fixtures; the checkout holds the beta segment under `launchdarkly/`. */
export async function startActionFixtures(github?: FakeGitHubOptions): Promise<ActionFixtures> {
  return {
    github: await startFakeGitHub(github),
    emulator: await startSeededEmulator(),
    workspace: new Workspace({ "launchdarkly/segments.yaml": BETA_SEGMENT_YAML }),
  };
}

export async function stopActionFixtures({ github, emulator, workspace }: ActionFixtures): Promise<void> {
  await github.close();
  await emulator.close();
  workspace.remove();
}

/** Parses `name<<DELIMITER\nvalue\nDELIMITER` blocks, the format `core.setOutput` writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name!] = value.join("\n");
  }
  return outputs;
}

export interface RunActionOptions {
  workspace: Workspace;
  inputs: Record<string, string>;
  eventName: string;
  /** File name under test/fixtures/events. */
  event: string;
  githubApiUrl: string;
  sha?: string;
  runId?: string;
  env?: Record<string, string>;
  /** Defaults to the TypeScript entry through tsx; `dist/index.js` for the bundle. */
  entry?: string;
}

export async function runActionProcess(options: RunActionOptions): Promise<ActionProcessResult> {
  const { workspace } = options;
  const runId = options.runId ?? String(Math.floor(Math.random() * 1e9));
  const outputFile = join(workspace.runnerTemp, `output-${runId}`);
  const summaryFile = join(workspace.runnerTemp, `summary-${runId}`);
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: workspace.dir,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: join(EVENTS_DIR, options.event),
    GITHUB_REPOSITORY: "acme/flags",
    GITHUB_REPOSITORY_OWNER: "acme",
    GITHUB_SHA: options.sha ?? "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REF: options.eventName === "pull_request" ? "refs/pull/7/merge" : "refs/heads/main",
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: options.githubApiUrl,
    GITHUB_GRAPHQL_URL: `${options.githubApiUrl}/graphql`,
    GITHUB_WORKSPACE: workspace.root,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: workspace.runnerTemp,
    ...options.env,
  };
  // The runner uppercases input names and keeps hyphens: `access-token` → `INPUT_ACCESS-TOKEN`.
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const args = options.entry ? [options.entry] : ["--import", TSX_LOADER, ACTION_SOURCE];

  const child = spawn(process.execPath, args, {
    cwd: workspace.root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolveCode) => child.on("close", resolveCode));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
  };
}

/** `::add-mask::` lines are commands the runner consumes (they register the mask); everything else is shown. */
export function printedLines(stdout: string): string {
  return stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
}
