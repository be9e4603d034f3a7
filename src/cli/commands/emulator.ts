import type { Command } from "commander";
import { type EmulatorTokenConfig, readSnapshotFile, startEmulator } from "../../emulator/index.js";
import { seedProjects } from "../../emulator/seed.js";
import { parseProjectSpecs } from "../project-spec.js";
import { collect } from "../shared.js";

interface EmulatorCommandOptions {
  port: string;
  state?: string;
  latencyMs?: string;
  routeLimit?: string;
  globalLimit?: string;
  errorRate?: string;
  dropRate?: string;
  token?: string[];
  project?: string[];
}

function nonNegativeInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

function share(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < 0 || number > 1)
    throw new Error(`${name} must be a share from 0 to 1 (0.1 = one request in ten), got "${value}"`);
  return number;
}

/**
 * `TOKEN[:reader|writer[:NAME]]` → token table entry. NAME is what the audit log and caller identity show (as
 * LaunchDarkly shows an access token's name). A colon always starts the role, so a typo such as `tok:admin` or
 * `tok:my-laptop` is refused rather than read as a token with a colon in it. The token is never printed.
 */
export function parseToken(spec: string): [string, EmulatorTokenConfig] {
  const [token = "", role, ...nameParts] = spec.split(":");
  if (token === "") throw new Error("--token needs a non-empty token before any ':'");
  if (role === undefined) return [token, { role: "writer" }];
  if (role !== "reader" && role !== "writer") {
    throw new Error(
      `--token: the role after the first ':' must be reader or writer (TOKEN[:reader|writer[:NAME]])`,
    );
  }
  const name = nameParts.join(":");
  return [token, name === "" ? { role } : { role, name }];
}

// `ld-gitops emulator`: the LaunchDarkly emulator as a long-running local server.
export function registerEmulatorCommand(program: Command): void {
  program
    .command("emulator")
    .description(
      "Run the local LaunchDarkly emulator (in-memory LaunchDarkly REST API on 127.0.0.1). It starts empty: add " +
        "projects with --project KEY:ENV,ENV, load a saved state with --state FILE, or POST /api/v2/projects.",
    )
    .option("--port <n>", "port to listen on (0 = any free port)", "0")
    .option(
      "--project <key:env,env>",
      "create this project with these environments at start (repeatable; without :ENV,ENV LaunchDarkly's " +
        "defaults production and test); a project already in --state is kept as it is",
      collect,
    )
    .option("--state <file>", "JSON snapshot loaded at start (if it exists) and saved on SIGINT/SIGTERM")
    .option("--latency-ms <n>", "latency added to every request")
    .option("--route-limit <n>", "requests per route per 10-second window")
    .option("--global-limit <n>", "requests per token per 10-second window")
    .option("--error-rate <share>", "share (0..1) of API requests answered 503 before anything happens")
    .option("--drop-rate <share>", "share (0..1) of API requests whose connection is dropped unanswered")
    .option(
      "--token <token[:reader|writer[:name]]>",
      "accept this token (repeatable); without any, every non-empty token is a writer",
      collect,
    )
    .addHelpText(
      "after",
      `
Prints one line, "LaunchDarkly emulator listening on http://127.0.0.1:PORT", and runs until stopped (Ctrl-C).
Point the other commands at it with LD_BASE_URI and one of its tokens in LD_ACCESS_TOKEN.

Example:
  $ ld-gitops emulator --port 8765 --token dev-token:writer:me --project checkout:prod,stage &
  $ export LD_BASE_URI=http://127.0.0.1:8765 LD_ACCESS_TOKEN=dev-token
  $ ld-gitops plan --dir launchdarkly

Seed it, make hand edits to try drift, keep its state: docs/emulator-recipes.md`,
    )
    .action(async (options: EmulatorCommandOptions) => {
      try {
        await runEmulatorCommand(options);
      } catch (error) {
        // Bad options, a port in use, an unreadable --state file: one clear line, like every other command.
        const message =
          (error as NodeJS.ErrnoException).code === "EADDRINUSE"
            ? `port ${options.port} is already in use; pick another with --port N, or --port 0 for any free port`
            : error instanceof Error
              ? error.message
              : String(error);
        process.stderr.write(`error: ${message}\n`);
        process.exitCode = 1;
      }
    });
}

async function runEmulatorCommand(options: EmulatorCommandOptions): Promise<void> {
  const port = nonNegativeInteger("--port", options.port) ?? 0;
  const latencyMs = nonNegativeInteger("--latency-ms", options.latencyMs);
  const routeLimit = nonNegativeInteger("--route-limit", options.routeLimit);
  const globalLimit = nonNegativeInteger("--global-limit", options.globalLimit);
  const errorRate = share("--error-rate", options.errorRate);
  const dropRate = share("--drop-rate", options.dropRate);
  const seeds = parseProjectSpecs(options.project ?? []);
  const saved = options.state ? await readSnapshotFile(options.state) : undefined;
  const { snapshot: state, skipped } =
    seeds.length > 0 ? seedProjects(saved, seeds) : { snapshot: saved, skipped: [] as string[] };
  const emulator = await startEmulator({
    port,
    ...(options.token?.length ? { tokens: Object.fromEntries(options.token.map(parseToken)) } : {}),
    faults: {
      ...(latencyMs !== undefined ? { latencyMs } : {}),
      ...(routeLimit !== undefined ? { routeLimit } : {}),
      ...(globalLimit !== undefined ? { globalLimit } : {}),
      ...(errorRate !== undefined ? { errorRate } : {}),
      ...(dropRate !== undefined ? { dropRate } : {}),
    },
    ...(state ? { state } : {}),
    ...(options.state ? { stateFile: options.state } : {}),
  });
  process.stdout.write(`LaunchDarkly emulator listening on ${emulator.url}\n`);
  // stdout stays the one line scripts read; what was seeded goes to stderr.
  for (const key of skipped)
    process.stderr.write(
      `emulator: project ${key} is already in ${options.state}; --project left it as it is\n`,
    );
  for (const project of state?.projects ?? [])
    if (seeds.some((seed) => seed.key === project.key) && !skipped.includes(project.key))
      process.stderr.write(
        `emulator: project ${project.key} with environments ${project.environments.map((e) => e.key).join(", ")}\n`,
      );
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    try {
      if (options.state) await emulator.saveState();
      await emulator.close();
    } catch (error) {
      process.stderr.write(`emulator: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
    process.exit();
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}
