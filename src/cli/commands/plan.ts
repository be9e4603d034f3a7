import type { Command } from "commander";

// Placeholder until the plan stage lands; replaced by the real command.
export function registerPlanCommand(program: Command): void {
  program
    .command("plan")
    .description("(plan: not built yet)")
    .action(() => {
      process.stderr.write("ld-gitops plan is not built yet\n");
      process.exitCode = 1;
    });
}
