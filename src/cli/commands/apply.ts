import type { Command } from "commander";

// Placeholder until the apply stage lands; replaced by the real command.
export function registerApplyCommand(program: Command): void {
  program
    .command("apply")
    .description("(apply: not built yet)")
    .action(() => {
      process.stderr.write("ld-gitops apply is not built yet\n");
      process.exitCode = 1;
    });
}
