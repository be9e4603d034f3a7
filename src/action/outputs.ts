import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import type { Plan } from "../plan/types.js";
import { renderPlanJson } from "../render/json.js";
import { normalizeConfigPath } from "./markers.js";

/** Where the plan JSON goes: under `RUNNER_TEMP` (cleaned after the job), one file per config path. */
function planJsonPath(configPath: string): string {
  const slug = normalizeConfigPath(configPath).replace(/[^A-Za-z0-9._-]+/g, "_") || "root";
  return join(process.env.RUNNER_TEMP || tmpdir(), "ld-gitops", `plan-${slug}.json`);
}

/** Writes the plan JSON file and sets the plan outputs; outputs carry the file path, never the plan itself. */
export function setPlanOutputs(plan: Plan, configPath: string): void {
  const file = planJsonPath(configPath);
  const planJson = renderPlanJson(plan);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, planJson.endsWith("\n") ? planJson : `${planJson}\n`);
  const { create, update, delete: toDelete } = plan.summary;
  core.setOutput("has-changes", String(create + update + toDelete > 0));
  core.setOutput("to-create", String(create));
  core.setOutput("to-update", String(update));
  core.setOutput("to-delete", String(toDelete));
  core.setOutput("plan-json", file);
}
