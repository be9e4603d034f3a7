import { describe, expect, it } from "vitest";
import { type HintContext, hintFor, LaunchDarklyError } from "../../src/launchdarkly/errors.js";
import { clearSecrets, registerSecret } from "../../src/launchdarkly/redact.js";

function ctx(overrides: Partial<HintContext>): HintContext {
  return {
    status: 400,
    code: "invalid_request",
    operationId: "patchSegment",
    method: "PATCH",
    params: { projectKey: "web", environmentKey: "prod", segmentKey: "beta" },
    tokenSource: "LD_ACCESS_TOKEN",
    permission: undefined,
    attempts: 1,
    outcomeUnknown: false,
    origin: "https://app.launchdarkly.com",
    ...overrides,
  };
}

describe("hintFor", () => {
  it("401 names the env var the token came from", () => {
    expect(hintFor(ctx({ status: 401 }))).toMatch(/LD_ACCESS_TOKEN environment variable/);
    expect(hintFor(ctx({ status: 401, tokenSource: "option" }))).toMatch(/access-token input/);
  });

  it("403 names the missing action and resource", () => {
    const hint = hintFor(
      ctx({
        status: 403,
        permission: { resource: "proj/web:env/prod:segment/beta", actions: ["updateRules"] },
      }),
    );
    expect(hint).toContain('"updateRules"');
    expect(hint).toContain("proj/web:env/prod:segment/beta");
  });

  it("404 says which project, environment and key", () => {
    expect(hintFor(ctx({ status: 404 }))).toBe(
      'Segment "beta" does not exist in project "web", environment "prod" (or the project or environment does not exist).',
    );
    expect(
      hintFor(ctx({ status: 404, operationId: "getMetric", params: { projectKey: "web", metricKey: "m" } })),
    ).toBe('Metric "m" does not exist in project "web".');
  });

  it("409 says to re-plan; 429 and 5xx mention the attempts", () => {
    expect(hintFor(ctx({ status: 409 }))).toMatch(/Run plan again/);
    expect(hintFor(ctx({ status: 429, attempts: 11 }))).toMatch(/after 11 attempts/);
    expect(hintFor(ctx({ status: 503, attempts: 4 }))).toMatch(/server error \(after 4 attempts\)/);
  });

  it("a network error names the setting the base URI came from, never LD_BASE_URI for a --base-uri", () => {
    const unreachable = (baseUriSource?: HintContext["baseUriSource"]) =>
      hintFor(ctx({ status: undefined, code: "network_error", baseUriSource, origin: "http://127.0.0.1:1" }));
    expect(unreachable("option")).toBe(
      "Could not reach http://127.0.0.1:1. Check the base URI given to ld-gitops (--base-uri, or the Action's base-uri input) and the network.",
    );
    expect(unreachable("option")).not.toContain("LD_BASE_URI");
    expect(unreachable("LD_BASE_URI")).toMatch(
      /Check the base URI in the LD_BASE_URI environment variable and/,
    );
    expect(unreachable("default")).toMatch(
      /default base URI https:\/\/app\.launchdarkly\.com \(set --base-uri or LD_BASE_URI/,
    );
    // Unknown source: every setting is named, none is claimed.
    expect(unreachable()).toMatch(
      /Check the base URI \(--base-uri, the Action's base-uri input, or LD_BASE_URI\)/,
    );
  });

  it("says a write may or may not have applied", () => {
    expect(hintFor(ctx({ status: undefined, code: "network_error", outcomeUnknown: true }))).toMatch(
      /may or may not have applied/,
    );
    expect(hintFor(ctx({ status: 409, outcomeUnknown: true, attempts: 2 }))).toMatch(
      /may already have applied/,
    );
  });
});

describe("LaunchDarklyError", () => {
  it("carries the request and LaunchDarkly's answer, and never a registered secret", () => {
    registerSecret("api-secret-token-value");
    const error = new LaunchDarklyError({
      status: 400,
      code: "invalid_request",
      ldMessage: "bad value api-secret-token-value",
      method: "PATCH",
      path: "/api/v2/segments/web/prod/beta",
      operationId: "patchSegment",
      hint: "fix it",
    });
    expect(error.message).toBe(
      "LaunchDarkly PATCH /api/v2/segments/web/prod/beta failed (400 invalid_request): bad value ***. fix it",
    );
    expect(error.ldMessage).toBe("bad value ***");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("LaunchDarklyError");
    expect(error.outcomeUnknown).toBe(false);
    clearSecrets();
  });
});
