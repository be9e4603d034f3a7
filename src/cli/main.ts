import { Command } from "commander";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import { registerApplyCommand } from "./commands/apply.js";
import { registerDriftCommand } from "./commands/drift.js";
import { registerEmulatorCommand } from "./commands/emulator.js";
import { registerPermissionsCommand } from "./commands/permissions.js";
import { registerPlanCommand } from "./commands/plan.js";
import { registerValidateCommand } from "./commands/validate.js";

// Each command lives in its own file under ./commands.
const program = new Command(TOOL_NAME)
  .description("Manage LaunchDarkly segments, metrics and custom roles as YAML in Git.")
  .version(TOOL_VERSION)
  .showHelpAfterError();

registerValidateCommand(program);
registerPlanCommand(program);
registerApplyCommand(program);
registerDriftCommand(program);
registerPermissionsCommand(program);
registerEmulatorCommand(program);

await program.parseAsync();
