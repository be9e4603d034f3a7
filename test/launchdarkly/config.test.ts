import { describe, expect, it } from "vitest";
import {
  DEFAULT_BASE_URI,
  findToken,
  LaunchDarklyConfigError,
  LD_REGIONS,
  normalizeBaseUri,
  regionOf,
  resolveClientConfig,
} from "../../src/launchdarkly/config.js";

describe("normalizeBaseUri", () => {
  it.each([
    ["https://app.launchdarkly.com", "https://app.launchdarkly.com"],
    ["https://app.launchdarkly.com/", "https://app.launchdarkly.com"],
    ["https://app.launchdarkly.com/api/v2", "https://app.launchdarkly.com"],
    ["https://app.launchdarkly.com/api/v2/", "https://app.launchdarkly.com"],
    ["https://app.launchdarkly.us/api/v2", "https://app.launchdarkly.us"],
    ["https://APP.EU.launchdarkly.com//", "https://app.eu.launchdarkly.com"],
    ["app.eu.launchdarkly.com", "https://app.eu.launchdarkly.com"],
    ["http://127.0.0.1:8765", "http://127.0.0.1:8765"],
    ["https://proxy.example.com/launchdarkly/api/v2", "https://proxy.example.com/launchdarkly"],
    ["  eu ", LD_REGIONS.eu],
    ["federal", LD_REGIONS.federal],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeBaseUri(input)).toBe(expected);
  });

  it("rejects credentials, queries and other schemes", () => {
    expect(() => normalizeBaseUri("https://user:pass@app.launchdarkly.com")).toThrow(LaunchDarklyConfigError);
    expect(() => normalizeBaseUri("https://app.launchdarkly.com/?x=1")).toThrow(/query/);
    expect(() => normalizeBaseUri("ftp://app.launchdarkly.com")).toThrow(/http/);
    expect(() => normalizeBaseUri("http://[bad")).toThrow(/not a URL/);
  });
});

describe("regionOf", () => {
  it("recognises the three instances", () => {
    expect(regionOf(LD_REGIONS.commercial)).toBe("commercial");
    expect(regionOf(LD_REGIONS.federal)).toBe("federal");
    expect(regionOf(LD_REGIONS.eu)).toBe("eu");
    expect(regionOf("http://127.0.0.1:1234")).toBe("custom");
  });
});

describe("resolveClientConfig", () => {
  it("prefers options over the environment", () => {
    const config = resolveClientConfig({
      baseUri: "https://app.launchdarkly.us/",
      token: "api-from-option",
      env: { LD_ACCESS_TOKEN: "api-from-env", LD_BASE_URI: "https://app.eu.launchdarkly.com" },
    });
    expect(config).toEqual({
      baseUri: "https://app.launchdarkly.us",
      baseUriSource: "option",
      token: "api-from-option",
      tokenSource: "option",
      region: "federal",
    });
  });

  it("reads LD_ACCESS_TOKEN before LAUNCHDARKLY_ACCESS_TOKEN, and LD_BASE_URI", () => {
    const env = { LD_ACCESS_TOKEN: " api-one ", LAUNCHDARKLY_ACCESS_TOKEN: "api-two", LD_BASE_URI: "eu" };
    const config = resolveClientConfig({ env });
    expect(config.token).toBe("api-one");
    expect(config.tokenSource).toBe("LD_ACCESS_TOKEN");
    expect(config.baseUri).toBe(LD_REGIONS.eu);
    expect(config.baseUriSource).toBe("LD_BASE_URI");
    expect(config.region).toBe("eu");
  });

  it("falls back to LAUNCHDARKLY_ACCESS_TOKEN and the commercial host", () => {
    const config = resolveClientConfig({
      env: { LD_ACCESS_TOKEN: "  ", LAUNCHDARKLY_ACCESS_TOKEN: "api-two" },
    });
    expect(config.tokenSource).toBe("LAUNCHDARKLY_ACCESS_TOKEN");
    expect(config.baseUri).toBe(DEFAULT_BASE_URI);
    expect(config.baseUriSource).toBe("default");
  });

  it("strips a pasted Bearer prefix", () => {
    expect(resolveClientConfig({ token: "Bearer api-xyz", env: {} }).token).toBe("api-xyz");
  });

  it("names both env vars when no token is found", () => {
    expect(() => resolveClientConfig({ env: {} })).toThrow(LaunchDarklyConfigError);
    expect(() => resolveClientConfig({ env: {} })).toThrow(/LD_ACCESS_TOKEN or LAUNCHDARKLY_ACCESS_TOKEN/);
  });

  it("never suggests putting the token on a command line: no command has a token option", () => {
    expect(() => resolveClientConfig({ env: {} })).toThrow(
      /^No LaunchDarkly access token: set LD_ACCESS_TOKEN or LAUNCHDARKLY_ACCESS_TOKEN in the environment\. Create one /,
    );
    expect(() => resolveClientConfig({ env: {} })).not.toThrow(/option/);
  });

  it("finds the token where the client takes it from: the option, then each env var in order", () => {
    expect(findToken({ token: " Bearer a ", env: { LD_ACCESS_TOKEN: "b" } })).toEqual({
      token: "a",
      tokenSource: "option",
    });
    expect(findToken({ token: "", env: { LD_ACCESS_TOKEN: " ", LAUNCHDARKLY_ACCESS_TOKEN: "c" } })).toEqual({
      token: "c",
      tokenSource: "LAUNCHDARKLY_ACCESS_TOKEN",
    });
    expect(findToken({ env: { LD_ACCESS_TOKEN: "b", LAUNCHDARKLY_ACCESS_TOKEN: "c" } })).toEqual({
      token: "b",
      tokenSource: "LD_ACCESS_TOKEN",
    });
    expect(findToken({ env: {} })).toBeUndefined();
  });
});
