// The GitHub Action's entry point (bundled by ncc to dist/index.js). Everything GitHub-specific lives in
// src/action; the stages it calls know nothing about GitHub.
import * as core from "@actions/core";
import { installRedactingSink } from "../output/redacting-sink.js";
import { actionErrorMessage } from "./action-vocabulary.js";
import { runAction } from "./run-action.js";

// Logs, annotations and `setFailed` are written to stdout by @actions/core: redacted from the first line on.
installRedactingSink();
try {
  await runAction();
} catch (error) {
  core.setFailed(actionErrorMessage(error));
}
