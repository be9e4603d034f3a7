import type { Command } from "commander";

// Placeholder until the emulator stage lands; replaced by the real command.
export function registerEmulatorCommand(program: Command): void {
  program
    .command("emulator")
    .description("(emulator: not built yet)")
    .action(() => {
      process.stderr.write("ld-gitops emulator is not built yet\n");
      process.exitCode = 1;
    });
}
