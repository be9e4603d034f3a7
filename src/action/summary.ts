import * as core from "@actions/core";
import { textForOutput } from "../output/redacting-sink.js";

/** Appends Markdown to the job summary; outside a runner (no `GITHUB_STEP_SUMMARY`) it is logged instead. */
export async function writeJobSummary(markdown: string): Promise<void> {
  const text = textForOutput(markdown);
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(text);
    return;
  }
  await core.summary.addRaw(text.endsWith("\n") ? text : `${text}\n`).write();
}
