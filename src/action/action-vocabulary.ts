// The plan, drift and error texts come from the core stages, which word their advice for the CLI (`--prune`,
// `--delete-threshold 50`). In the Action the same settings are inputs, so its comments and summaries name those.

/** CLI options that are Action inputs under another spelling: `--prune` is `prune: true`. */
const FLAG_INPUTS: { flag: string; input: string; value?: string }[] = [
  { flag: "prune", input: "prune", value: "true" },
  { flag: "delete-threshold", input: "delete-threshold" },
];

/** A value given to an option: `true`, `50`, `100%`, `10,25%`. */
const VALUE = String.raw`true|false|\d+(?:\.\d+)?%?(?:,\d+(?:\.\d+)?%?)*`;

/**
 * `text` with CLI options rewritten as the Action's inputs: "plan with `--prune`" → "plan with the `prune: true`
 * input", "--delete-threshold 50" → "`delete-threshold: 50`".
 */
export function inActionTerms(text: string): string {
  let result = text;
  for (const { flag, input, value } of FLAG_INPUTS) {
    // With a value given on the command line: the input set to that value.
    result = result.replace(
      new RegExp(`\`?--${flag}[ =](${VALUE})\`?`, "g"),
      (_match, given: string) => `\`${input}: ${given}\``,
    );
    // The option alone: the input (with the value it stands for, when it is a switch).
    result = result.replace(
      new RegExp(`\`?--${flag}(?![\\w-])\`?`, "g"),
      value === undefined ? `the \`${input}\` input` : `the \`${input}: ${value}\` input`,
    );
  }
  return result;
}
