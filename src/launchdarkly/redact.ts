// Process-wide registry of secret strings (access tokens) and the scrubber that the CLI and the Action run over
// everything they print. Errors are built without secrets in the first place; this is the second line of defence.

const REPLACEMENT = "***";
/** LaunchDarkly's own key shapes: access tokens (`api-`), SDK keys (`sdk-`), mobile keys (`mob-`). */
const LD_KEY_PATTERN = /\b(?:api|sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

const secrets = new Set<string>();
let ordered: string[] = [];

/** Remembers a secret so `redactSecrets` removes it from any text. The client registers its token itself. */
export function registerSecret(value: string | undefined): void {
  if (value === undefined) return;
  const trimmed = value.trim();
  // However short: a short token is weak, but printing it would still hand it out (a 3-character token also hides
  // every other occurrence of those characters, which is the price of never printing it).
  if (trimmed.length === 0) return;
  const before = secrets.size;
  secrets.add(trimmed);
  // The same token can appear percent-encoded in a logged URL.
  secrets.add(encodeURIComponent(trimmed));
  if (secrets.size !== before) {
    // Longest first, so a secret that contains another is replaced whole.
    ordered = [...secrets].sort((a, b) => b.length - a.length);
  }
}

/** Forgets every registered secret (tests). */
export function clearSecrets(): void {
  secrets.clear();
  ordered = [];
}

/**
 * An error's message (or the thrown value as text) with every registered secret removed: what the CLI prints to
 * stderr and the Action puts in logs, comments and summaries.
 */
export function safeErrorMessage(error: unknown): string {
  return redactSecrets(error instanceof Error ? error.message : String(error));
}

/** Replaces every registered secret and anything shaped like a LaunchDarkly key with `***`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of ordered) {
    if (out.includes(secret)) out = out.split(secret).join(REPLACEMENT);
  }
  return out.replace(LD_KEY_PATTERN, REPLACEMENT);
}
