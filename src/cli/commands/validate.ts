import { type Command, Option } from "commander";
import pc from "picocolors";
import { emitGitHubAnnotations } from "../../action/github-annotations.js";
import { ConfigDirectoryError, validateConfigDirectory } from "../../pipeline/load-and-validate.js";
import { formatValidationJson, formatValidationText, isValid } from "../../render/validation-report.js";
import { memberProgress } from "../member-progress.js";
import { commandHelp, configDirOption } from "../shared.js";

/** `ld-gitops validate [--dir DIR] [--format text|json]`: exit 0 when valid (warnings allowed), 1 when not. */
export function registerValidateCommand(program: Command): void {
  program
    .command("validate")
    .description("Check the YAML config (schema and LaunchDarkly's rules) without calling LaunchDarkly.")
    .addOption(configDirOption())
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText(
      "after",
      commandHelp(["ld-gitops validate --dir launchdarkly   # no token, no network: files only"], false),
    )
    .action(async (options: { dir: string; format: "text" | "json" }) => {
      let result: Awaited<ReturnType<typeof validateConfigDirectory>>;
      try {
        const progress = memberProgress();
        try {
          result = await validateConfigDirectory(options.dir, { onMemberProgress: progress.update });
        } finally {
          progress.done();
        }
      } catch (error) {
        if (!(error instanceof ConfigDirectoryError)) throw error;
        const color = pc.isColorSupported && process.stderr.isTTY === true;
        process.stderr.write(`${pc.createColors(color).red("error")}: ${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      if (options.format === "json") {
        // Annotations go to stdout as workflow commands; in JSON mode stdout belongs to the JSON alone.
        process.stdout.write(formatValidationJson(result));
      } else {
        if (process.env.GITHUB_ACTIONS === "true") emitGitHubAnnotations(result.diagnostics);
        const color = pc.isColorSupported && process.stdout.isTTY === true;
        process.stdout.write(formatValidationText(result, { color }));
      }
      process.exitCode = isValid(result) ? 0 : 1;
    });
}
