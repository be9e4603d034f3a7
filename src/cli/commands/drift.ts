import type { Command } from "commander";

// Placeholder until the drift stage lands; replaced by the real command.
export function registerDriftCommand(program: Command): void {
  program
    .command("drift")
    .description("(drift: not built yet)")
    .action(() => {
      process.stderr.write("ld-gitops drift is not built yet\n");
      process.exitCode = 1;
    });
}
