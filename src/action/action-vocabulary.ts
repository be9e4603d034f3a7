// The Action's words for what the core found: settings are its inputs (`prune: true`, `delete-threshold: 50`), not
// the CLI's options. Errors that are findings are worded here; any other error keeps its (redacted) message.
import { safeErrorMessage } from "../launchdarkly/redact.js";
import { DeleteThresholdError } from "../plan/delete-threshold.js";
import { describeFinding } from "../wording/finding-messages.js";

/** The error's message for the Action: a refused delete threshold names the `delete-threshold` input. */
export function actionErrorMessage(error: unknown): string {
  if (error instanceof DeleteThresholdError) return describeFinding(error.finding, { edge: "action" });
  return safeErrorMessage(error);
}
