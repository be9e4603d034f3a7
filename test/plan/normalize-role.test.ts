import { describe, expect, it } from "vitest";
import type { LdRole } from "../../src/launchdarkly/types.js";
import { normalizeDesiredRole, normalizeLiveRole, rolePostBody } from "../../src/plan/normalize-role.js";
import {
  hasRoleOwnershipMarker,
  ROLE_OWNERSHIP_MARKER,
  stripRoleOwnershipMarker,
} from "../../src/plan/ownership.js";
import { SOURCE } from "./support/desired.js";

describe("role normalisation", () => {
  const definition = {
    key: "writers",
    name: "Writers",
    description: "Can write",
    policy: [
      { effect: "deny" as const, actions: ["deleteFlag"], resources: ["proj/*:env/production:flag/*"] },
      { effect: "allow" as const, actions: ["updateOn", "createFlag"], resources: ["proj/*:env/*:flag/*"] },
    ],
    source: SOURCE,
  };

  it("statement order and action order do not matter; basePermissions defaults to no_access", () => {
    const live: LdRole = {
      _id: "r",
      _links: {},
      key: "writers",
      name: "Writers",
      description: `Can write\n\n${ROLE_OWNERSHIP_MARKER}`,
      resourceCategory: "project",
      policy: [
        { effect: "allow", resources: ["proj/*:env/*:flag/*"], actions: ["createFlag", "updateOn"] },
        { effect: "deny", resources: ["proj/*:env/production:flag/*"], actions: ["deleteFlag"] },
      ],
    };
    const desired = normalizeDesiredRole(definition);
    expect(normalizeLiveRole(live, desired)).toEqual(desired);
    expect(desired.basePermissions).toBe("no_access");
  });

  it("the description carries the ownership marker as its last line", () => {
    const body = rolePostBody(definition);
    expect(body.description).toBe(`Can write\n\n${ROLE_OWNERSHIP_MARKER}`);
    expect(hasRoleOwnershipMarker(body.description)).toBe(true);
    expect(stripRoleOwnershipMarker(body.description ?? "")).toBe("Can write");
    expect(rolePostBody({ ...definition, description: undefined }).description).toBe(ROLE_OWNERSHIP_MARKER);
    expect(hasRoleOwnershipMarker("Hand-made role")).toBe(false);
  });
});
