import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { textForOutput } from "../output/redacting-sink.js";
import type { Plan } from "../plan/types.js";
import { renderPlanJson } from "../render/json.js";
import { normalizeConfigPath } from "./markers.js";

/** Where the plan JSON goes: under `RUNNER_TEMP` (cleaned after the job), one file per config path. */
function planJsonPath(configPath: string): string {
  const slug = normalizeConfigPath(configPath).replace(/[^A-Za-z0-9._-]+/g, "_") || "root";
  return join(process.env.RUNNER_TEMP || tmpdir(), "ld-gitops", `plan-${slug}.json`);
}

/** Sets a step output through the redacting sink (outputs go to the GITHUB_OUTPUT file, not to a stream). */
export function setActionOutput(name: string, value: string): void {
  core.setOutput(name, textForOutput(value));
}

/** Writes the plan JSON file and sets the plan outputs; outputs carry the file path, never the plan itself. */
export function setPlanOutputs(plan: Plan, configPath: string): void {
  const file = planJsonPath(configPath);
  const planJson = renderPlanJson(plan);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, textForOutput(planJson.endsWith("\n") ? planJson : `${planJson}\n`));
  const { create, update, delete: toDelete } = plan.summary;
  setActionOutput("has-changes", String(create + update + toDelete > 0));
  setActionOutput("to-create", String(create));
  setActionOutput("to-update", String(update));
  setActionOutput("to-delete", String(toDelete));
  setActionOutput("plan-json", file);
}
