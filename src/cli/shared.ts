// What several commands share: the same options, the LaunchDarkly client built the same way, the same error text.
import { Option } from "commander";
import { LaunchDarklyClient } from "../launchdarkly/client.js";
import { type ClientConfig, resolveClientConfig } from "../launchdarkly/config.js";
import { DEFAULT_DELETE_THRESHOLD } from "../plan/types.js";
import { writeOutputFile } from "./write-output.js";

export const configDirOption = (): Option =>
  new Option("-d, --dir <dir>", "config directory holding *.yaml / *.yml files").default("launchdarkly");

export const baseUriOption = (): Option =>
  new Option(
    "--base-uri <url>",
    "LaunchDarkly base URI or region (commercial, eu, federal); default: LD_BASE_URI, else https://app.launchdarkly.com",
  );

const { maxCount, maxPercent } = DEFAULT_DELETE_THRESHOLD;

/** One wording for plan and apply (both refuse the same plans). */
export const deleteThresholdOption = (): Option =>
  new Option(
    "--delete-threshold <limit>",
    `refuse a plan that deletes more than N resources, or more than N% of the managed ones: N, N% or N,N% ` +
      `(repeatable; default ${maxCount},${maxPercent}%: more than ${maxCount} deletes or more than ${maxPercent}% is refused)`,
  ).argParser(collect);

/** Where the YAML format is described (the reference pages in the repository's docs/). */
export const FORMAT_REFERENCE = "https://github.com/ld-gitops/ld-gitops/tree/main/docs";

/** The `--help` footer of every command that talks to LaunchDarkly. */
export const ENVIRONMENT_HELP = `Environment:
  LD_ACCESS_TOKEN   LaunchDarkly API access token (LAUNCHDARKLY_ACCESS_TOKEN also works); never a command-line option,
                    so it stays out of shell history. Which role each command needs: docs/tokens-and-permissions.md
  LD_BASE_URI       LaunchDarkly base URI, or a region: commercial (default, https://app.launchdarkly.com),
                    eu (https://app.eu.launchdarkly.com), federal (https://app.launchdarkly.us);
                    or the emulator's http://127.0.0.1:PORT`;

/** The `--help` footer: environment, one example, and where the format is described. */
export function commandHelp(examples: string[], environment = true): string {
  return [
    "",
    ...(environment ? [ENVIRONMENT_HELP, ""] : []),
    examples.length === 1 ? "Example:" : "Examples:",
    ...examples.map((example) => `  $ ${example}`),
    "",
    `Configuration format: ${FORMAT_REFERENCE}`,
  ].join("\n");
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The client for `--base-uri` (else LD_BASE_URI); the token only ever comes from the environment. */
export function createCliClient(
  baseUri: string | undefined,
  env: Record<string, string | undefined> = process.env,
  options: { concurrency?: number } = {},
): { client: LaunchDarklyClient; config: ClientConfig } {
  const config = resolveClientConfig({ env, ...(baseUri === undefined ? {} : { baseUri }) });
  return { config, client: new LaunchDarklyClient({ ...config, ...options }) };
}

/** The report on stdout; with `--out`, the report goes to that file and stdout gets only its one-line summary. */
export async function printReport(text: string, out: string | undefined, summaryLine: string): Promise<void> {
  if (out === undefined) {
    process.stdout.write(text);
    return;
  }
  await writeOutputFile(out, text);
  process.stdout.write(`${summaryLine} Written to ${out}.\n`);
}
