import { describe, expect, it } from "vitest";
import {
  resourceSpecifierFor,
  resourceSpecifierOf,
} from "../../src/permissions/format-resource-specifier.js";
import { parseResource } from "../../src/permissions/resource.js";

describe("resourceSpecifierFor", () => {
  it("writes each resource type's specifier, which parseResource reads back", () => {
    const cases: Array<[Parameters<typeof resourceSpecifierFor>[0], string]> = [
      [{ type: "project", project: "web" }, "proj/web"],
      [{ type: "environment", project: "web", environment: "production" }, "proj/web:env/production"],
      [
        { type: "segment", project: "web", environment: "production", key: "beta" },
        "proj/web:env/production:segment/beta",
      ],
      [{ type: "metric", project: "web", key: "clicks" }, "proj/web:metric/clicks"],
      [{ type: "role", key: "syncer" }, "role/syncer"],
      [{ type: "context-kind", project: "web", key: "organization" }, "proj/web:context-kind/organization"],
    ];
    for (const [resource, specifier] of cases) {
      expect(resourceSpecifierFor(resource)).toBe(specifier);
      expect(parseResource(specifier).at(-1)?.type).toBe(
        {
          project: "proj",
          environment: "env",
          segment: "segment",
          metric: "metric",
          role: "role",
          "context-kind": "context-kind",
        }[resource.type],
      );
    }
  });

  it("writes keys as given, globs included", () => {
    expect(resourceSpecifierFor({ type: "segment", project: "web", environment: "qa", key: "*" })).toBe(
      "proj/web:env/qa:segment/*",
    );
  });
});

describe("resource specifiers for the audit log", () => {
  it("names segments per environment, metrics per project and roles account-wide", () => {
    expect(resourceSpecifierOf({ resourceType: "segment", project: "p", environment: "e", key: "s" })).toBe(
      "proj/p:env/e:segment/s",
    );
    expect(resourceSpecifierOf({ resourceType: "metric", project: "p", key: "m" })).toBe("proj/p:metric/m");
    expect(resourceSpecifierOf({ resourceType: "role", key: "r" })).toBe("role/r");
  });
});
