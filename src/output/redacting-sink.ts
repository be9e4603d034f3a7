// The one way text leaves ld-gitops: every process stream and every file or GitHub body it writes passes through
// `redactSecrets`, so a token can leave neither through an error nor through LaunchDarkly's own data (a token pasted
// into a segment description, a role name or an audit-log comment comes back on every read).
//
// The standard streams are wrapped once at each entry point (CLI `main.ts`, Action `main.ts`): text written there by
// ld-gitops, by commander or by @actions/core (logs, annotations, `setFailed`) is redacted on its way out. Files and
// GitHub bodies do not go through the streams; their writers call `textForOutput` themselves (the `--out` writer,
// the plan JSON file, the job summary, outputs, GitHub API calls). test/output/sink-only.test.ts keeps it that way.
import { redactSecrets, registerSecret } from "../launchdarkly/redact.js";

/** Environment variables that can hold a LaunchDarkly or GitHub token; their values are redacted from the start. */
const TOKEN_VARIABLES = [
  "LD_ACCESS_TOKEN",
  "LAUNCHDARKLY_ACCESS_TOKEN",
  "INPUT_ACCESS-TOKEN",
  "INPUT_GITHUB-TOKEN",
  "GITHUB_TOKEN",
];

let installed = false;

/**
 * Bidirectional-text controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C): from LaunchDarkly's data or
 * the files they can make a name read differently from what it is ("Trojan Source"). They leave the process escaped
 * as `\u202e`, which is also a valid escape inside a JSON string, so JSON output keeps its meaning.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Text as it may leave the process: every token the run knows replaced by `***`, bidi controls shown escaped. */
export function textForOutput(text: string): string {
  return escapeBidiControls(redactSecrets(text));
}

type Write = typeof process.stdout.write;

/**
 * `core.setSecret` writes `::add-mask::VALUE` to register the value with the runner's own log masking; the runner
 * consumes that line and never shows it, so it must reach the runner unredacted (one line, written on its own).
 */
const ADD_MASK_COMMAND = /^::add-mask::[^\r\n]*\r?\n$/;

function redactingWrite(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    // A Buffer's encoding argument is ignored by Node, so the rest of the arguments stay valid for the string.
    if (typeof chunk === "string")
      return write(ADD_MASK_COMMAND.test(chunk) ? chunk : textForOutput(chunk), ...rest);
    if (chunk instanceof Uint8Array)
      return write(textForOutput(Buffer.from(chunk).toString("utf8")), ...rest);
    return write(chunk, ...rest);
  }) as Write;
}

/**
 * Registers the tokens found in the environment and makes stdout and stderr redact everything written to them.
 * Idempotent; called first thing by each entry point.
 */
export function installRedactingSink(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of TOKEN_VARIABLES) registerSecret(env[name]);
  if (installed) return;
  installed = true;
  redactingWrite(process.stdout);
  redactingWrite(process.stderr);
}
