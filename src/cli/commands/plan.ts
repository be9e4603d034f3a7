import { type Command, Option } from "commander";
import pc from "picocolors";
import { planSourceOf, withPlanSource } from "../../apply/plan-source.js";
import type { LaunchDarklyClient } from "../../launchdarkly/client.js";
import { safeErrorMessage } from "../../launchdarkly/redact.js";
import { createPlan } from "../../pipeline/create-plan.js";
import { parseDeleteThresholds } from "../../plan/delete-threshold.js";
import { planWarningKey, planWarningOf } from "../../plan/plan-warnings.js";
import { summaryLine } from "../../render/describe.js";
import { formatDiagnosticText } from "../../render/diagnostic-text.js";
import { renderPlanJson } from "../../render/json.js";
import { renderPlanMarkdown } from "../../render/markdown.js";
import { renderPlanText } from "../../render/text.js";
import { defaultOwner } from "../default-owner.js";
import { memberProgress } from "../member-progress.js";
import {
  baseUriOption,
  commandHelp,
  configDirOption,
  createCliClient,
  deleteThresholdOption,
  printReport,
} from "../shared.js";

interface PlanCommandOptions {
  dir: string;
  format: "text" | "markdown" | "json";
  out?: string;
  prune?: boolean;
  deleteThreshold?: string[];
  baseUri?: string;
  takeOver?: boolean;
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
    .addOption(deleteThresholdOption())
    .option(
      "--take-over",
      "write this configuration's ownership marker over another owner's instead of refusing (each such change is shown)",
    )
    .addOption(baseUriOption())
    .addHelpText(
      "after",
      commandHelp([
        "LD_ACCESS_TOKEN=api-... ld-gitops plan --dir launchdarkly --format json --out plan.json",
      ]),
    )
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
    const progress = memberProgress();
    const result = await createPlan({
      dir: options.dir,
      onMemberProgress: progress.update,
      api,
      prune: options.prune ?? false,
      ...(deleteThreshold ? { deleteThreshold } : {}),
      ...ownerOptions(options.dir, options.takeOver),
    }).finally(() => progress.done());
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
    // The same warning is the same code, parameters and location.
    const printed = new Set(
      result.diagnostics.map((diagnostic) => planWarningKey(planWarningOf(diagnostic))),
    );
    const text =
      options.format === "json"
        ? renderPlanJson(withPlanSource(plan, planSourceOf(options.dir)))
        : options.format === "markdown"
          ? renderPlanMarkdown(plan)
          : renderPlanText(
              options.out === undefined
                ? {
                    ...plan,
                    warnings: plan.warnings.filter((warning) => !printed.has(planWarningKey(warning))),
                  }
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

/** The owner default (the repository) and `--take-over`, as `createPlan` takes them. */
export function ownerOptions(
  dir: string,
  takeOver: boolean | undefined,
  env: Record<string, string | undefined> = process.env,
): { defaultOwner?: string; takeOver?: boolean } {
  const owner = defaultOwner(dir, env);
  return { ...(owner !== undefined ? { defaultOwner: owner } : {}), ...(takeOver ? { takeOver: true } : {}) };
}
