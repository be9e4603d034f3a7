// What several commands share: the same options, the LaunchDarkly client built the same way, the same error text.
import { Option } from "commander";
import { LaunchDarklyClient } from "../launchdarkly/client.js";
import { type ClientConfig, resolveClientConfig } from "../launchdarkly/config.js";
import { writeOutputFile } from "./write-output.js";

export const configDirOption = (): Option =>
  new Option("-d, --dir <dir>", "config directory holding *.yaml / *.yml files").default("launchdarkly");

export const baseUriOption = (): Option =>
  new Option(
    "--base-uri <url>",
    "LaunchDarkly base URI (default: LD_BASE_URI or https://app.launchdarkly.com)",
  );

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The client for `--base-uri` (else LD_BASE_URI); the token only ever comes from the environment. */
export function createCliClient(
  baseUri: string | undefined,
  env: Record<string, string | undefined> = process.env,
): { client: LaunchDarklyClient; config: ClientConfig } {
  const config = resolveClientConfig({ env, ...(baseUri === undefined ? {} : { baseUri }) });
  return { config, client: new LaunchDarklyClient(config) };
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
