import { describe, expect, it } from "vitest";
import { evaluateAccess } from "../../src/permissions/evaluate-access.js";

const SEGMENT = "proj/web-app:env/production:segment/beta-testers";

describe("evaluateAccess", () => {
  it("lets the base role decide when no policy limits the token", () => {
    for (const role of ["writer", "admin", "owner"]) {
      expect(
        evaluateAccess({ baseRole: role, policies: [] }, { action: "deleteSegment", resource: SEGMENT })
          .allowed,
      ).toBe(true);
    }
    const reader = evaluateAccess(
      { baseRole: "reader", policies: [] },
      { action: "updateRules", resource: SEGMENT },
    );
    expect(reader).toEqual({ allowed: false, reason: "the token's base role is reader", uncertain: false });
    expect(
      evaluateAccess({ baseRole: "no_access", policies: [] }, { action: "updateRules", resource: SEGMENT })
        .allowed,
    ).toBe(false);
  });

  it("ignores the base role once policies limit the token", () => {
    const decision = evaluateAccess(
      { baseRole: "writer", policies: [{ label: 'role "metrics"', statements: [] }] },
      { action: "updateRules", resource: SEGMENT },
    );
    expect(decision).toEqual({
      allowed: false,
      reason: 'no statement of role "metrics" allows it',
      uncertain: false,
    });
  });

  it("takes the most permissive role: a deny in one role does not undo another role's allow", () => {
    const staging = {
      label: 'role "staging-only"',
      statements: [
        { effect: "allow" as const, resources: ["proj/*:env/*:segment/*"], actions: ["*"] },
        { effect: "deny" as const, resources: ["proj/*:env/production:segment/*"], actions: ["*"] },
      ],
    };
    const production = {
      label: "the inline role",
      statements: [
        {
          effect: "allow" as const,
          resources: ["proj/*:env/production:segment/*"],
          actions: ["updateRules"],
        },
      ],
    };
    expect(evaluateAccess({ policies: [staging] }, { action: "updateRules", resource: SEGMENT })).toEqual({
      allowed: false,
      reason: 'denied by role "staging-only" statement 2',
      uncertain: false,
    });
    expect(
      evaluateAccess({ policies: [staging, production] }, { action: "updateRules", resource: SEGMENT })
        .allowed,
    ).toBe(true);
    expect(
      evaluateAccess({ policies: [staging, production] }, { action: "updateTags", resource: SEGMENT }).reason,
    ).toBe('denied by role "staging-only" statement 2; no statement of the inline role allows it');
  });

  it("says when a refusal rests on tags or properties that are not known", () => {
    const decision = evaluateAccess(
      {
        policies: [
          {
            label: 'role "qa"',
            statements: [{ effect: "allow", resources: ["proj/*:env/*;qa_*:segment/*"], actions: ["*"] }],
          },
        ],
      },
      { action: "updateRules", resource: SEGMENT },
    );
    expect(decision.allowed).toBe(false);
    expect(decision.uncertain).toBe(true);
    expect(decision.reason).toMatch(/role "qa" statement 1 allows it only if .* not known/);
  });
});
