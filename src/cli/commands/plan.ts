import { writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import pc from "picocolors";
import { formatDiagnosticText } from "../../diagnostics/format-text.js";
import { LaunchDarklyClient } from "../../launchdarkly/client.js";
import { resolveClientConfig } from "../../launchdarkly/config.js";
import { createPlan } from "../../plan/create-plan.js";
import { parseDeleteThreshold } from "../../plan/delete-threshold.js";
import type { DeleteThreshold } from "../../plan/types.js";
import { summaryLine } from "../../render/describe.js";
import { renderPlanJson } from "../../render/json.js";
import { renderPlanMarkdown } from "../../render/markdown.js";
import { renderPlanText } from "../../render/text.js";

interface PlanCommandOptions {
  dir: string;
  format: "text" | "markdown" | "json";
  out?: string;
  prune?: boolean;
  deleteThreshold?: string[];
  baseUri?: string;
}

/** Exit codes, like `terraform plan -detailed-exitcode`. */
export const PLAN_EXIT = { noChanges: 0, error: 1, changes: 2 } as const;

/**
 * `ld-gitops plan [--dir DIR] [--format text|markdown|json] [--out FILE] [--prune] [--delete-threshold N|N%]
 * [--base-uri URL]`. Reads LD_ACCESS_TOKEN and LD_BASE_URI; a reader token is enough.
 */
export function registerPlanCommand(program: Command): void {
  program
    .command("plan")
    .description("Show what apply would change in LaunchDarkly. Exit 0: no changes, 2: changes, 1: error.")
    .option("-d, --dir <dir>", "config directory holding *.yaml / *.yml files", "launchdarkly")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "markdown", "json"])
        .default("text"),
    )
    .option(
      "-o, --out <file>",
      "write the plan to this file; stdout then gets only the summary line (`Plan: 1 to create, ...`)",
    )
    .option("--prune", "delete resources managed by ld-gitops that are no longer in the repository")
    .option(
      "--delete-threshold <limit>",
      "refuse plans deleting more than N resources or N% of the managed ones (repeatable; default 10 and 25%)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      "--base-uri <url>",
      "LaunchDarkly base URI (default: LD_BASE_URI or https://app.launchdarkly.com)",
    )
    .action(async (options: PlanCommandOptions) => {
      process.exitCode = await runPlanCommand(options);
    });
}

async function runPlanCommand(options: PlanCommandOptions): Promise<number> {
  const errColor = pc.createColors(pc.isColorSupported && process.stderr.isTTY === true);
  const fail = (message: string) => {
    process.stderr.write(`${errColor.red("error")}: ${message}\n`);
    return PLAN_EXIT.error;
  };
  try {
    let deleteThreshold: DeleteThreshold | undefined;
    for (const text of options.deleteThreshold ?? [])
      deleteThreshold = { ...deleteThreshold, ...parseDeleteThreshold(text) };
    const config = resolveClientConfig(options.baseUri === undefined ? {} : { baseUri: options.baseUri });
    const api = new LaunchDarklyClient({
      baseUri: config.baseUri,
      token: config.token,
      tokenSource: config.tokenSource,
    });
    const result = await createPlan({
      dir: options.dir,
      api,
      prune: options.prune ?? false,
      ...(deleteThreshold ? { deleteThreshold } : {}),
    });
    if (!result.ok) {
      const color = pc.isColorSupported && process.stderr.isTTY === true;
      for (const diagnostic of result.diagnostics)
        process.stderr.write(`${formatDiagnosticText(diagnostic, { color })}\n`);
      return fail("the configuration has errors; fix them before planning (see `ld-gitops validate`)");
    }
    const { plan } = result;
    const toTerminal = options.out === undefined && process.stdout.isTTY === true;
    const text =
      options.format === "json"
        ? renderPlanJson(plan)
        : options.format === "markdown"
          ? renderPlanMarkdown(plan)
          : renderPlanText(plan, { color: toTerminal && pc.isColorSupported });
    if (options.out !== undefined) {
      await writeFile(options.out, text);
      // The file holds the plan; the terminal/CI log still gets the one line a reader needs.
      process.stdout.write(`${summaryLine(plan)} Written to ${options.out}.\n`);
    } else {
      process.stdout.write(text);
    }
    return plan.changes.length === 0 ? PLAN_EXIT.noChanges : PLAN_EXIT.changes;
  } catch (error) {
    // Client errors are already redacted; never print the config (it holds the token).
    return fail(error instanceof Error ? error.message : String(error));
  }
}
