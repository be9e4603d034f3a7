import { afterEach, describe, expect, it } from "vitest";
import { clearSecrets, redactSecrets, registerSecret } from "../../src/launchdarkly/redact.js";

afterEach(() => clearSecrets());

describe("redactSecrets", () => {
  it("replaces registered secrets, plain and percent-encoded", () => {
    registerSecret("my-secret/token+value");
    const text = `token my-secret/token+value in url ?t=${encodeURIComponent("my-secret/token+value")}`;
    expect(redactSecrets(text)).toBe("token *** in url ?t=***");
  });

  it("replaces anything shaped like a LaunchDarkly key, registered or not", () => {
    const key = "api-0123abcd-4567-89ab-cdef-0123456789ab";
    expect(redactSecrets(`Authorization: ${key}`)).toBe("Authorization: ***");
    expect(redactSecrets("sdk-0123abcd-4567-89ab-cdef-0123456789AB!")).toBe("***!");
  });

  it("replaces short secrets too, and ignores empty or missing ones", () => {
    registerSecret("abc");
    registerSecret(undefined);
    registerSecret("  ");
    expect(redactSecrets("abc abcd x")).toBe("*** ***d x");
  });

  it("replaces the longer of two overlapping secrets whole", () => {
    registerSecret("secret-token");
    registerSecret("secret-token-extended");
    expect(redactSecrets("x secret-token-extended y secret-token")).toBe("x *** y ***");
  });
});
