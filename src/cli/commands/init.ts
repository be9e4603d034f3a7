import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Command } from "commander";
import { type StarterProject, starterFiles } from "../../init/starter-files.js";
import { workflowFiles } from "../../init/workflow-templates.js";
import type { LaunchDarklyClient } from "../../launchdarkly/client.js";
import { safeErrorMessage } from "../../launchdarkly/redact.js";
import { writeRedactedFile } from "../../output/file-writer.js";
import { TOOL_VERSION } from "../../version.js";
import { parseProjectSpecs } from "../project-spec.js";
import { baseUriOption, collect, commandHelp, configDirOption, createCliClient } from "../shared.js";

interface InitCommandOptions {
  dir: string;
  project?: string[];
  workflows: string | false;
  force?: boolean;
  baseUri?: string;
}

/** Where the schema comment points: the installed package when there is one, else the release on GitHub. */
function schemaReference(cwd: string, configDir: string): string {
  const installed = join(cwd, "node_modules", "ld-gitops", "schemas", "ld-gitops.schema.json");
  if (existsSync(installed)) return relative(resolve(cwd, configDir), installed).split(sep).join("/");
  return `https://raw.githubusercontent.com/ld-gitops/ld-gitops/v${TOOL_VERSION}/schemas/ld-gitops.schema.json`;
}

/** Projects given with their environments are used as they are; the others are read from LaunchDarkly. */
async function resolveProjects(options: InitCommandOptions): Promise<StarterProject[]> {
  const specs = parseProjectSpecs(options.project ?? []);
  if (specs.length === 0)
    throw new Error(
      "name at least one project: --project KEY (environments read from LaunchDarkly) or --project KEY:ENV,ENV (offline)",
    );
  const toRead = specs.filter((spec) => spec.environments.length === 0);
  if (toRead.length === 0) return specs;
  let client: LaunchDarklyClient | undefined;
  try {
    client = createCliClient(options.baseUri).client;
    const read = new Map<string, string[]>();
    for (const spec of toRead) {
      const environments = await client.listEnvironments(spec.key).catch((error: unknown) => {
        throw new Error(
          `could not read the environments of project ${spec.key} from LaunchDarkly: ${safeErrorMessage(error)}. ` +
            `Offline, name them: --project ${spec.key}:ENV,ENV`,
        );
      });
      if (environments.length === 0)
        throw new Error(`project ${spec.key} has no environments in LaunchDarkly`);
      read.set(
        spec.key,
        environments.map((environment) => environment.key),
      );
    }
    return specs.map((spec) => ({ key: spec.key, environments: read.get(spec.key) ?? spec.environments }));
  } finally {
    await client?.close();
  }
}

export function registerInitCommand(program: Command): void {
  program
    .command("init")
    .description(
      "Write a starter configuration directory (a commented example per kind) and the three GitHub workflows.",
    )
    .addOption(configDirOption())
    .option(
      "-p, --project <key[:env,env]>",
      "project to start with (repeatable); KEY alone reads its environments from LaunchDarkly, KEY:ENV,ENV works offline",
      collect,
    )
    .option("--workflows <dir>", "where the plan, apply and drift workflows go", ".github/workflows")
    .option("--no-workflows", "write only the configuration directory")
    .option("--force", "overwrite files that already exist (without it, init writes nothing when one exists)")
    .addOption(baseUriOption())
    .addHelpText(
      "after",
      commandHelp([
        "ld-gitops init --project checkout:prod,stage                 # offline",
        "LD_ACCESS_TOKEN=api-... ld-gitops init --project checkout    # environments read from LaunchDarkly",
      ]),
    )
    .action(async (options: InitCommandOptions) => {
      process.exitCode = await runInitCommand(options);
    });
}

export async function runInitCommand(options: InitCommandOptions, cwd = process.cwd()): Promise<number> {
  try {
    const projects = await resolveProjects(options);
    const configDir = resolve(cwd, options.dir);
    const repoRelativeDir = relative(cwd, configDir).split(sep).join("/") || ".";
    const files = starterFiles(projects, schemaReference(cwd, options.dir)).map((file) => ({
      path: join(configDir, file.path),
      text: file.text,
    }));
    if (options.workflows !== false) {
      for (const workflow of workflowFiles(repoRelativeDir))
        files.push({ path: resolve(cwd, options.workflows, workflow.name), text: workflow.text });
    }
    const existing = files.filter((file) => existsSync(file.path)).map((file) => relative(cwd, file.path));
    if (existing.length > 0 && !options.force) {
      process.stderr.write(
        `error: these files exist already; init wrote nothing. Move them away, or pass --force to overwrite them:\n${existing
          .map((path) => `  ${path}\n`)
          .join("")}`,
      );
      return 1;
    }
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      await writeRedactedFile(file.path, file.text);
      process.stdout.write(`wrote ${relative(cwd, file.path)}\n`);
    }
    const described = projects.map((project) => `${project.key} (${project.environments.join(", ")})`);
    process.stdout.write(
      `\nStarter configuration for ${described.join(", ")}. Next:\n` +
        `  ld-gitops validate --dir ${repoRelativeDir}\n` +
        `  ld-gitops plan --dir ${repoRelativeDir}      # needs LD_ACCESS_TOKEN (a reader token is enough)\n` +
        (options.workflows === false
          ? ""
          : "The workflows read the secrets LD_READER_TOKEN and LD_WRITER_TOKEN: docs/tokens-and-permissions.md\n"),
    );
    return 0;
  } catch (error) {
    process.stderr.write(`error: ${safeErrorMessage(error)}\n`);
    return 1;
  }
}
