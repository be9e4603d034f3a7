import { Command } from "commander";
import { installRedactingSink } from "../output/redacting-sink.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";
import { registerApplyCommand } from "./commands/apply.js";
import { registerDriftCommand } from "./commands/drift.js";
import { registerEmulatorCommand } from "./commands/emulator.js";
import { registerEventsCommand } from "./commands/events.js";
import { registerExportCommand } from "./commands/export.js";
import { registerInitCommand } from "./commands/init.js";
import { registerPermissionsCommand } from "./commands/permissions.js";
import { registerPlanCommand } from "./commands/plan.js";
import { registerValidateCommand } from "./commands/validate.js";

// Before anything can print: every byte on stdout and stderr passes the redacting sink.
installRedactingSink();

// Each command lives in its own file under ./commands.
const program = new Command(TOOL_NAME)
  .description("Manage LaunchDarkly segments, metrics and custom roles as YAML in Git.")
  .version(TOOL_VERSION)
  .showHelpAfterError();

registerInitCommand(program);
registerValidateCommand(program);
registerPlanCommand(program);
registerApplyCommand(program);
registerDriftCommand(program);
registerExportCommand(program);
registerPermissionsCommand(program);
registerEmulatorCommand(program);
registerEventsCommand(program);

await program.parseAsync();
