// Load → validate: reads every config file of a directory, builds the desired state, and runs the schema and
// the rules. The first two stages of the pipeline; `createPlan` (./create-plan.ts) continues from here.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/sort-diagnostics.js";
import { addConfigFile, emptyLoadedConfig, type LoadedConfig } from "../load/build-desired-state.js";
import { displayPath, listConfigFiles } from "../load/list-config-files.js";
import { parseConfigFiles } from "../load/parse-config-files.js";
import type { DesiredState } from "../model/desired-state.js";
import { finding } from "../model/finding.js";
import { validateFileSchema } from "../validate/schema-validator.js";
import { readSegmentMembers } from "../validate/segment-members.js";
import type { ValidationResult } from "../validate/validation-result.js";
import { runValidationRules } from "../validate/validation-rules.js";
import { TimeSlice } from "./time-slice.js";

export interface ValidateConfigDirectoryOptions {
  /** What relative paths (`dir`, and the files diagnostics name) are relative to; default `process.cwd()`. */
  cwd?: string;
  /**
   * Worker threads to parse the YAML on: 0 parses in this thread; by default large configs use the
   * machine's cores and small ones stay in this thread. Results are the same either way.
   */
  parseWorkers?: number;
  /** Rows read so far in a member file being read (a progress line on a terminal). */
  onMemberProgress?: (file: string, rows: number) => void;
  /**
   * Called after each file is added, with the desired state loaded so far (a plan starts its reads of LaunchDarkly
   * from it), until a file has an error. Loading then also lets other work run every few milliseconds, so answers
   * are taken as they arrive.
   */
  onFileLoaded?: (state: DesiredState) => void;
}

/** The config directory is missing or is not a directory: nothing can be validated. */
export class ConfigDirectoryError extends Error {
  override name = "ConfigDirectoryError";
}

/**
 * Loads every `*.yaml`/`*.yml` under `dir` (recursively, sorted), builds the desired state and runs the
 * schema and every rule. `state` holds what could be loaded even when there are errors; callers stop on any
 * diagnostic with `severity: "error"`. Throws `ConfigDirectoryError` when `dir` is not a directory.
 */
export async function validateConfigDirectory(
  dir: string,
  options: ValidateConfigDirectoryOptions = {},
): Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    throw new ConfigDirectoryError(
      `config directory \`${dir}\` does not exist: create it, or point to your config with --dir`,
    );
  }
  if (!isDirectory)
    throw new ConfigDirectoryError(
      `\`${dir}\` is not a directory: --dir takes the folder that holds the *.yaml files`,
    );

  const diagnostics: Diagnostic[] = [];
  const loaded = emptyLoadedConfig(root);
  const { paths, refusedLinks } = listConfigFiles(root);
  for (const link of refusedLinks) {
    diagnostics.push({
      file: displayPath(link.path, cwd),
      line: 1,
      column: 1,
      path: "",
      ...finding("config.link-not-read", link.reason),
      severity: "error",
    });
  }
  if (paths.length === 0 && refusedLinks.length === 0) {
    diagnostics.push({
      file: displayPath(root, cwd),
      line: 1,
      column: 1,
      path: "",
      ...finding("config.no-files", {}),
      severity: "warning",
    });
  }
  const files = paths.map((path) => ({ absolutePath: path, displayName: displayPath(path, cwd) }));
  const slice = new TimeSlice();
  let checked = 0;
  let failed = false;
  for await (const parsed of parseConfigFiles(files, { workers: options.parseWorkers })) {
    diagnostics.push(...parsed.diagnostics);
    if (parsed.file.value !== undefined) diagnostics.push(...validateFileSchema(parsed.file));
    addConfigFile(loaded, parsed.file, diagnostics);
    // Keep memory flat across hundreds of files; locating a later diagnostic parses the file again.
    // (A file parsed on a worker arrives without its document.)
    parsed.file.document = undefined;
    parsed.file.value = undefined;
    for (; checked < diagnostics.length; checked++)
      if (diagnostics[checked]!.severity === "error") failed = true;
    // After an error no plan will be made: starting more reads would only ask LaunchDarkly for nothing.
    if (options.onFileLoaded && !failed) {
      options.onFileLoaded(loaded.state);
      await slice.yieldIfDue();
    }
  }
  diagnostics.push(...runValidationRules(loaded));
  // Member files are read last, and only when some segment names one: a million rows stream through here.
  if (loaded.segments.some((segment) => hasMembers(segment.definition))) {
    const members = await readSegmentMembers(loaded, {
      cwd,
      ...(options.onMemberProgress ? { onProgress: options.onMemberProgress } : {}),
    });
    diagnostics.push(...members.diagnostics);
    loaded.state.memberSets = members.memberSets;
  }
  return { state: loaded.state, diagnostics: sortDiagnostics(diagnostics), files: loaded.state.files.length };
}

function hasMembers(definition: LoadedConfig["segments"][number]["definition"]): boolean {
  return (
    (definition.members?.length ?? 0) > 0 ||
    Object.values(definition.overrides).some((override) => (override.members?.length ?? 0) > 0)
  );
}
