import type { Command } from "commander";

// Placeholder until the validate stage lands; replaced by the real command.
export function registerValidateCommand(program: Command): void {
  program
    .command("validate")
    .description("(validate: not built yet)")
    .action(() => {
      process.stderr.write("ld-gitops validate is not built yet\n");
      process.exitCode = 1;
    });
}
