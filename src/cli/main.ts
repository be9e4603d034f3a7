import { isMainThread } from "node:worker_threads";
import { Command } from "commander";
import { installRedactingSink } from "../output/redacting-sink.js";
import { TOOL_NAME, TOOL_VERSION } from "../version.js";

// A YAML parse worker starts this same entry (src/load/parse-config-files.ts): it serves parse jobs there and never
// returns, so no command runs in it.
if (!isMainThread) await import("../load/parse-config-files.js");

// Before anything can print: every byte on stdout and stderr passes the redacting sink.
installRedactingSink();

type Register = (program: Command) => void;

// Each command lives in its own file under ./commands, loaded only when it runs (the bundle splits them): a plan
// does not wait for the emulator, export or event-import code to load. Listed in the order `--help` shows them.
const COMMANDS: Record<string, () => Promise<Register>> = {
  init: async () => (await import("./commands/init.js")).registerInitCommand,
  validate: async () => (await import("./commands/validate.js")).registerValidateCommand,
  plan: async () => (await import("./commands/plan.js")).registerPlanCommand,
  apply: async () => (await import("./commands/apply.js")).registerApplyCommand,
  drift: async () => (await import("./commands/drift.js")).registerDriftCommand,
  export: async () => (await import("./commands/export.js")).registerExportCommand,
  permissions: async () => (await import("./commands/permissions.js")).registerPermissionsCommand,
  emulator: async () => (await import("./commands/emulator.js")).registerEmulatorCommand,
  events: async () => (await import("./commands/events.js")).registerEventsCommand,
};

const program = new Command(TOOL_NAME)
  .description("Manage LaunchDarkly segments, metrics and custom roles as YAML in Git.")
  .version(TOOL_VERSION)
  .showHelpAfterError();

// The command named first on the command line (the program itself takes only --help and --version); every command
// when none is named or the name is unknown, so that help lists them all and a typo gets its suggestion.
const named = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
const loading = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
const registers = await Promise.all(loading.map((name) => COMMANDS[name]!()));
for (const register of registers) register(program);

await program.parseAsync();
