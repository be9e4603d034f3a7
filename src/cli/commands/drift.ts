import { type Command, Option } from "commander";
import pc from "picocolors";
import { detectDrift } from "../../drift/detect-drift.js";
import type { DriftReport } from "../../drift/drift-report.js";
import type { LaunchDarklyClient } from "../../launchdarkly/client.js";
import { safeErrorMessage } from "../../launchdarkly/redact.js";
import { formatDiagnosticText } from "../../render/diagnostic-text.js";
import { renderDriftJson } from "../../render/drift-json.js";
import { renderDriftMarkdown } from "../../render/drift-markdown.js";
import { renderDriftText } from "../../render/drift-text.js";
import { renderPlanMarkdown } from "../../render/markdown.js";
import { renderPlanText } from "../../render/text.js";
import { countOf } from "../../render/wording.js";
import { baseUriOption, commandHelp, configDirOption, createCliClient, printReport } from "../shared.js";
import { ownerOptions } from "./plan.js";

interface DriftCommandOptions {
  dir: string;
  format: "text" | "markdown" | "json";
  out?: string;
  prune?: boolean;
  baseUri?: string;
}

/** Same convention as `plan`: 0 nothing drifted, 2 drift found, 1 error. */
export const DRIFT_EXIT = { noDrift: 0, error: 1, drift: 2 } as const;

function renderDrift(report: DriftReport, format: DriftCommandOptions["format"], color: boolean): string {
  switch (format) {
    case "json":
      return renderDriftJson(report);
    case "markdown":
      return report.hasDrift
        ? `${renderDriftMarkdown(report)}\n${renderPlanMarkdown(report.plan)}`
        : renderDriftMarkdown(report);
    case "text":
      return report.hasDrift
        ? `${renderDriftText(report)}\nTo bring LaunchDarkly back to the repository:\n\n${renderPlanText(report.plan, { color })}`
        : renderDriftText(report);
  }
}

/**
 * `ld-gitops drift [--dir DIR] [--format text|markdown|json] [--out FILE] [--prune] [--base-uri URL]`: compares
 * live LaunchDarkly with the repository and says, from the audit log, who changed each drifted resource.
 * Never writes; a reader token is enough.
 */
export function registerDriftCommand(program: Command): void {
  program
    .command("drift")
    .description(
      "Report where LaunchDarkly differs from the repository, and who changed it. Exit 0: no drift, 2: drift, 1: error.",
    )
    .addOption(configDirOption())
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "markdown", "json"])
        .default("text"),
    )
    .option("-o, --out <file>", "write the report to this file; stdout then gets only the summary line")
    .option("--prune", "also report owned resources that were removed from the repository but still exist")
    .addOption(baseUriOption())
    .addHelpText(
      "after",
      commandHelp([
        "LD_ACCESS_TOKEN=api-... ld-gitops drift --dir launchdarkly --format markdown --out drift.md",
      ]),
    )
    .action(async (options: DriftCommandOptions) => {
      process.exitCode = await runDriftCommand(options);
    });
}

async function runDriftCommand(options: DriftCommandOptions): Promise<number> {
  const stderrColor = pc.isColorSupported && process.stderr.isTTY === true;
  let api: LaunchDarklyClient | undefined;
  try {
    api = createCliClient(options.baseUri).client;
    const result = await detectDrift({
      dir: options.dir,
      api,
      prune: options.prune ?? false,
      ...ownerOptions(options.dir, false),
    });
    if (!result.ok) {
      for (const diagnostic of result.diagnostics)
        process.stderr.write(`${formatDiagnosticText(diagnostic, { color: stderrColor })}\n`);
      process.stderr.write(
        "error: the configuration has errors; fix them first (see `ld-gitops validate`)\n",
      );
      return DRIFT_EXIT.error;
    }
    const { report } = result;
    const toTerminal = options.out === undefined && process.stdout.isTTY === true;
    const text = renderDrift(report, options.format, toTerminal && pc.isColorSupported);
    const summary = report.hasDrift ? `Drift: ${countOf(report.resources.length, "resource")}.` : "No drift.";
    await printReport(text, options.out, summary);
    return report.hasDrift ? DRIFT_EXIT.drift : DRIFT_EXIT.noDrift;
  } catch (error) {
    process.stderr.write(`error: ${safeErrorMessage(error)}\n`);
    return DRIFT_EXIT.error;
  } finally {
    await api?.close();
  }
}
