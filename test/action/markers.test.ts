import { describe, expect, it } from "vitest";
import { hasMarkerFor, normalizeConfigPath, parseMarker, renderMarker } from "../../src/action/markers.js";

describe("plan and drift markers", () => {
  it("renders the identity as a hidden HTML comment and reads it back", () => {
    const marker = renderMarker({ kind: "plan", path: "launchdarkly", hash: "ab12" });
    expect(marker).toBe("<!-- ld-gitops:plan path=launchdarkly hash=ab12 -->");
    expect(parseMarker(`${marker}\n### Plan`)).toEqual({ kind: "plan", path: "launchdarkly", hash: "ab12" });
  });

  it("treats ./dir/ and dir as the same config path", () => {
    expect(normalizeConfigPath("./config/ld/")).toBe("config/ld");
    expect(normalizeConfigPath(".")).toBe(".");
    expect(hasMarkerFor(renderMarker({ kind: "drift", path: "./config/ld/" }), "drift", "config/ld")).toBe(
      true,
    );
  });

  it("keeps paths with spaces or '>' inside one field and inside the comment", () => {
    const marker = renderMarker({ kind: "plan", path: "ld config/a>b", hash: "h" });
    expect(marker).not.toContain("a>b");
    expect(parseMarker(marker)).toEqual({ kind: "plan", path: "ld config/a>b", hash: "h" });
  });

  it("has no hash when there is no plan, and distinguishes paths and kinds", () => {
    const marker = renderMarker({ kind: "plan", path: "launchdarkly" });
    expect(parseMarker(marker)).toEqual({ kind: "plan", path: "launchdarkly" });
    expect(hasMarkerFor(marker, "plan", "other")).toBe(false);
    expect(hasMarkerFor(marker, "drift", "launchdarkly")).toBe(false);
    expect(parseMarker("no marker here")).toBeUndefined();
  });
});
