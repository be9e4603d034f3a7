// A token that can only read must be stopped before the first write, not halfway through an apply.
import type { LaunchDarklyApi } from "../launchdarkly/api.js";

export class WriteAccessError extends Error {
  override readonly name = "WriteAccessError";
}

/**
 * Reads the caller identity and refuses read-only tokens: a `role` of `reader` (as the emulator reports it) or
 * OAuth-style `scopes` without `writer`. LaunchDarkly's real `CallerIdentityRep` names no role for API tokens, so
 * there a reader token is caught by the first write's 403, which stops the apply (nothing else is written).
 */
export async function checkWriteAccess(api: LaunchDarklyApi): Promise<void> {
  const identity = await api.getCallerIdentity();
  const name =
    typeof identity.tokenName === "string" && identity.tokenName !== "" ? ` "${identity.tokenName}"` : "";
  const role = typeof identity.role === "string" ? identity.role : undefined;
  const scopes = Array.isArray(identity.scopes) ? identity.scopes : undefined;
  const readOnly =
    role === "reader" ||
    (scopes !== undefined && scopes.length > 0 && !scopes.some((scope) => /writer|admin|owner/i.test(scope)));
  if (readOnly) {
    throw new WriteAccessError(
      `The LaunchDarkly access token${name} can only read; apply needs a token with write access ` +
        "(a writer role, or a custom role allowing the segment, metric and role actions the plan uses). Nothing was written.",
    );
  }
}
