import { type Command, Option } from "commander";
import pc from "picocolors";
import { type PolicyMode, policyForConfig } from "../../permissions/policy-for-config.js";
import { ConfigDirectoryError, validateConfigDirectory } from "../../pipeline/load-and-validate.js";
import { formatDiagnosticText } from "../../render/diagnostic-text.js";
import { isValid } from "../../render/validation-report.js";
import { configDirOption } from "../shared.js";

interface PermissionsOptions {
  dir: string;
  mode: PolicyMode;
  prune?: boolean;
}

/**
 * `ld-gitops permissions [--dir DIR] [--mode reader|writer] [--prune]`: prints the least-privilege custom-role
 * policy (JSON, ready to paste into a LaunchDarkly custom role) for the repository. Reads no LaunchDarkly.
 */
export function registerPermissionsCommand(program: Command): void {
  program
    .command("permissions")
    .description(
      "Print the least-privilege custom-role policy (JSON) a token needs for this repository: reader for plan and drift, writer for apply.",
    )
    .addOption(configDirOption())
    .addOption(
      new Option("-m, --mode <mode>", "reader: plan and drift; writer: apply")
        .choices(["reader", "writer"])
        .default("writer"),
    )
    .option("--prune", "include the deletes `apply --prune` makes")
    .action(async (options: PermissionsOptions) => {
      const color = pc.isColorSupported && process.stderr.isTTY === true;
      const fail = (message: string) => {
        process.stderr.write(`${pc.createColors(color).red("error")}: ${message}\n`);
        process.exitCode = 1;
      };
      let result: Awaited<ReturnType<typeof validateConfigDirectory>>;
      try {
        result = await validateConfigDirectory(options.dir);
      } catch (error) {
        if (!(error instanceof ConfigDirectoryError)) throw error;
        return fail(error.message);
      }
      if (!isValid(result)) {
        for (const diagnostic of result.diagnostics)
          process.stderr.write(`${formatDiagnosticText(diagnostic, { color })}\n`);
        return fail("the configuration has errors; fix them first (see `ld-gitops validate`)");
      }
      const policy = policyForConfig(result.state, { mode: options.mode, prune: options.prune ?? false });
      process.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
    });
}
