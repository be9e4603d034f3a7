import { type Command, Option } from "commander";
import pc from "picocolors";
import { planSourceOf, withPlanSource } from "../../apply/plan-source.js";
import { formatDiagnosticText } from "../../diagnostics/format-text.js";
import type { LaunchDarklyClient } from "../../launchdarkly/client.js";
import { safeErrorMessage } from "../../launchdarkly/redact.js";
import { createPlan, planWarningText } from "../../plan/create-plan.js";
import { parseDeleteThresholds } from "../../plan/delete-threshold.js";
import { summaryLine } from "../../render/describe.js";
import { renderPlanJson } from "../../render/json.js";
import { renderPlanMarkdown } from "../../render/markdown.js";
import { renderPlanText } from "../../render/text.js";
import { baseUriOption, collect, configDirOption, createCliClient, printReport } from "../shared.js";

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
 * `ld-gitops plan [--dir DIR] [--format text|markdown|json] [--out FILE] [--prune] [--delete-threshold N|N%|N,N%]
 * [--base-uri URL]`. Reads LD_ACCESS_TOKEN and LD_BASE_URI; a reader token is enough.
 */
export function registerPlanCommand(program: Command): void {
  program
    .command("plan")
    .description("Show what apply would change in LaunchDarkly. Exit 0: no changes, 2: changes, 1: error.")
    .addOption(configDirOption())
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
      "refuse plans deleting more than N resources or N% of the managed ones: N, N% or N,N% (repeatable; default 10,25%)",
      collect,
    )
    .addOption(baseUriOption())
    .action(async (options: PlanCommandOptions) => {
      process.exitCode = await runPlanCommand(options);
    });
}

async function runPlanCommand(options: PlanCommandOptions): Promise<number> {
  const stderrColor = pc.isColorSupported && process.stderr.isTTY === true;
  const fail = (message: string) => {
    process.stderr.write(`${pc.createColors(stderrColor).red("error")}: ${message}\n`);
    return PLAN_EXIT.error;
  };
  let api: LaunchDarklyClient | undefined;
  try {
    const deleteThreshold = parseDeleteThresholds(options.deleteThreshold ?? []);
    api = createCliClient(options.baseUri).client;
    const result = await createPlan({
      dir: options.dir,
      api,
      prune: options.prune ?? false,
      ...(deleteThreshold ? { deleteThreshold } : {}),
    });
    // Warnings (and errors) at file:line:col on stderr, as `validate` prints them.
    for (const diagnostic of result.diagnostics)
      process.stderr.write(`${formatDiagnosticText(diagnostic, { color: stderrColor })}\n`);
    if (!result.ok)
      return fail(
        "the configuration has errors; fix them before planning (see `ld-gitops validate` and above)",
      );
    const { plan } = result;
    const toTerminal = options.out === undefined && process.stdout.isTTY === true;
    // Text on stdout: the validation warnings were just printed on stderr; the plan's own warnings stay.
    const printed = new Set(result.diagnostics.map(planWarningText));
    const text =
      options.format === "json"
        ? renderPlanJson(withPlanSource(plan, planSourceOf(options.dir)))
        : options.format === "markdown"
          ? renderPlanMarkdown(plan)
          : renderPlanText(
              options.out === undefined
                ? { ...plan, warnings: plan.warnings.filter((warning) => !printed.has(warning)) }
                : plan,
              { color: toTerminal && pc.isColorSupported },
            );
    // With --out the file holds the plan; the terminal/CI log still gets the one line a reader needs.
    await printReport(text, options.out, summaryLine(plan));
    const refused = plan.impact?.refusals.length ?? 0;
    if (refused > 0)
      return fail(
        `${refused} delete${refused === 1 ? " is" : "s are"} still in use and refused (listed in the plan); apply would refuse this plan`,
      );
    return plan.changes.length === 0 ? PLAN_EXIT.noChanges : PLAN_EXIT.changes;
  } catch (error) {
    // Never print the config: it holds the token.
    return fail(safeErrorMessage(error));
  } finally {
    await api?.close();
  }
}
