import { join, relative, resolve, sep } from "node:path";
import { type Command, Option } from "commander";
import pc from "picocolors";
import { buildExport } from "../../export/build-export.js";
import { EXPORT_CONCURRENCY, readAccount } from "../../export/read-account.js";
import { EXPORT_KINDS, type ExportFinding, type ExportKind, type ExportLayout } from "../../export/types.js";
import { ForeignFilesError, writeExport } from "../../export/write-export.js";
import type { LaunchDarklyClient } from "../../launchdarkly/client.js";
import { safeErrorMessage } from "../../launchdarkly/redact.js";
import { baseUriOption, collect, createCliClient } from "../shared.js";

interface ExportCommandOptions {
  project: string[];
  environment?: string[];
  kind?: string[];
  out: string;
  layout: ExportLayout;
  schema?: string;
  force?: boolean;
  baseUri?: string;
}

const KIND_NAMES: Record<string, ExportKind> = {
  segments: "segment",
  segment: "segment",
  metrics: "metric",
  metric: "metric",
  roles: "role",
  role: "role",
};

/**
 * `ld-gitops export --project KEY [--environment KEY]... [--kind segments|metrics|roles]... [--out DIR]
 * [--layout project|resource] [--schema PATH|URL] [--force] [--base-uri URL]`. Reads LD_ACCESS_TOKEN; a reader
 * token is enough. Writes YAML that `validate` accepts and `plan` finds equal to LaunchDarkly (but for adoption).
 */
export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description(
      "Write what LaunchDarkly holds (segments, metrics, custom roles) as configuration files, to adopt an existing account.",
    )
    .requiredOption("-p, --project <key>", "project to export (repeatable)", collect)
    .option(
      "-e, --environment <key>",
      "only these environments (repeatable; default: every environment)",
      collect,
    )
    .option(
      "-k, --kind <kind>",
      "only these kinds: segments, metrics, roles (repeatable; default: all)",
      collect,
    )
    .option(
      "-o, --out <dir>",
      "directory to write (refused if it holds files export did not write)",
      "launchdarkly",
    )
    .addOption(
      new Option("--layout <layout>", "one file per project and kind, or one file per resource")
        .choices(["project", "resource"])
        .default("project"),
    )
    .option(
      "--schema <path-or-url>",
      "the JSON Schema the files' yaml-language-server comment points at (a path from the current directory, or a URL)",
    )
    .option("--force", "write even though the directory holds files export did not write")
    .addOption(baseUriOption())
    .action(async (options: ExportCommandOptions) => {
      process.exitCode = await runExportCommand(options);
    });
}

async function runExportCommand(options: ExportCommandOptions): Promise<number> {
  const color = pc.isColorSupported && process.stderr.isTTY === true;
  const c = pc.createColors(color);
  let api: LaunchDarklyClient | undefined;
  try {
    const kinds = (options.kind ?? []).map((name) => {
      const kind = KIND_NAMES[name];
      if (kind === undefined) throw new Error(`--kind must be segments, metrics or roles, got "${name}"`);
      return kind;
    });
    const cli = createCliClient(options.baseUri, process.env, { concurrency: EXPORT_CONCURRENCY });
    api = cli.client;
    const onProgress = process.stderr.isTTY
      ? ({ done, total }: { done: number; total: number }) => {
          process.stderr.write(`\rReading LaunchDarkly: ${done}/${total} lists`);
          if (done === total) process.stderr.write("\n");
        }
      : undefined;
    const snapshot = await readAccount(api, {
      projects: options.project,
      ...(options.environment ? { environments: options.environment } : {}),
      kinds: kinds.length > 0 ? kinds : EXPORT_KINDS,
      ...(onProgress ? { onProgress } : {}),
    });
    const result = buildExport(snapshot, {
      layout: options.layout,
      kinds: kinds.length > 0 ? kinds : EXPORT_KINDS,
    });
    const written = await writeExport(result.files, {
      dir: options.out,
      origin: originOf(cli.config.baseUri),
      schema: schemaReference(options.out, options.schema),
      force: options.force ?? false,
    });
    for (const finding of result.findings)
      process.stderr.write(`${c.yellow("note")}: ${describeExportFinding(finding)}\n`);
    const { segments, metrics, roles } = result.counts;
    process.stdout.write(
      `Exported ${segments} segment(s), ${metrics} metric(s), ${roles} role(s) to ${options.out}: ${written.written.length} file(s) written, ${written.unchanged.length} unchanged, ${written.removed.length} removed.${result.findings.length > 0 ? ` ${result.findings.length} note(s) above.` : ""}\n` +
        `Next: ld-gitops validate --dir ${options.out}, then ld-gitops plan --dir ${options.out} (it should show only adoption).\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ForeignFilesError) {
      const listed = error.files.slice(0, 10).join(", ");
      const more = error.files.length > 10 ? ` and ${error.files.length - 10} more` : "";
      process.stderr.write(
        `${c.red("error")}: ${error.dir} holds files ld-gitops export did not write (${listed}${more}). Export into an empty or new directory, or pass --force to write over them.\n`,
      );
      return 1;
    }
    process.stderr.write(`${c.red("error")}: ${safeErrorMessage(error)}\n`);
    return 1;
  } finally {
    await api?.close();
  }
}

/** The base URI without credentials or query: safe for a file header. */
function originOf(baseUri: string): string {
  const url = new URL(baseUri);
  return `${url.origin}${url.pathname === "/" ? "" : url.pathname}`;
}

/** The schema reference relative to the output directory (files add `../` for their depth), or a URL as given. */
function schemaReference(out: string, schema: string | undefined): string {
  if (schema !== undefined && /^[a-z]+:\/\//i.test(schema)) return schema;
  const path = resolve(schema ?? join("node_modules", "ld-gitops", "schemas", "ld-gitops.schema.json"));
  return relative(resolve(out), path).split(sep).join("/");
}

function resourceName(finding: ExportFinding): string {
  const where = [finding.project, finding.key].filter((part) => part !== undefined).join("/");
  const environments = finding.environments?.length ? ` (${finding.environments.join(", ")})` : "";
  return `${finding.resourceType} ${where}${environments}`;
}

const UNSUPPORTED_REASONS: Record<string, string> = {
  "clause-operator": "a clause operator the format does not know yet",
  "clause-without-values": "a clause without values",
  "rule-without-clauses": "a rule without clauses",
  "empty-name": "no name",
  "statement-shape": "a statement without exactly one of resources/notResources and of actions/notActions",
  "empty-policy": "an empty policy",
};

/** The CLI's wording of an export finding. */
export function describeExportFinding(finding: ExportFinding): string {
  const name = resourceName(finding);
  const { params } = finding;
  switch (finding.code) {
    case "external-segment-skipped":
      return `${name} skipped: it was made by the ${params.integration} integration, which owns its membership`;
    case "preset-role-skipped":
      return `${name} skipped: it is one of LaunchDarkly's preset roles`;
    case "big-segment-members-not-exported":
      return `${name} is a big segment: its definition was exported, but LaunchDarkly does not return big-segment membership; list the members under included/excluded (or keep them where they are managed now)`;
    case "unknown-field":
      return `${name}: LaunchDarkly returned \`${params.path}\`, which the format cannot express yet; exported without it (plan will not compare it)`;
    case "unsupported-value":
      return `${name} not exported: \`${params.path}\`${params.value !== undefined ? ` = ${params.value}` : ""} is ${UNSUPPORTED_REASONS[String(params.reason)] ?? params.reason}, which the format cannot express`;
  }
}
