// The membership-only guard (pure) and the segment-approval pre-flight (against the emulator over HTTP): both refuse
// before anything is written, and say why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import { assertMembershipOnly, membershipOnlyRefusals } from "../../src/apply/membership-only.js";
import { WriteAccessError } from "../../src/apply/write-access.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { PLAN_FORMAT_VERSION, type Plan, type PlannedChange } from "../../src/plan/types.js";
import { baseSnapshot, COMMENT, ENV, PROJECT, startTestEmulator, WRITER } from "./support.js";

function change(fields: Partial<PlannedChange> & Pick<PlannedChange, "operations">): PlannedChange {
  return {
    action: "update",
    resourceType: "segment",
    project: PROJECT,
    environment: ENV,
    key: "cohort",
    name: "Cohort",
    fields: [{ path: "/included", added: ["a"] }],
    membershipSync: "automatic",
    ...fields,
  };
}

function planOf(changes: PlannedChange[]): Plan {
  return {
    version: PLAN_FORMAT_VERSION,
    summary: { create: 0, update: changes.length, delete: 0, unchanged: 0, adopt: 0 },
    changes,
    unmanaged: [],
    warnings: [],
    hash: "h",
    prune: false,
    marker: "managed-by-ld-gitops",
  };
}

const importOp = {
  kind: "importBigSegmentMembers" as const,
  mode: "replace" as const,
  list: "included" as const,
  contextKind: "user",
  files: [{ path: "c.txt", format: "text" as const, gzip: false, contextKind: "user" }],
  range: { start: 0, end: 1 },
  fingerprint: "f",
  count: 1,
};

describe("membership-only", () => {
  it("lets through target, big-segment and import writes and ld-gitops' own membership tags of opted-in segments", () => {
    const plan = planOf([
      change({
        operations: [
          {
            kind: "patchSegmentSemantic",
            instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["a"] }],
          },
        ],
      }),
      change({
        key: "big",
        fields: [
          { path: "/included" },
          {
            path: "/tags",
            added: ["ld-gitops-members-0123456789abcdef"],
            removed: ["ld-gitops-membership-pending"],
          },
        ],
        operations: [
          importOp,
          { kind: "updateBigSegmentTargets", update: { excluded: { add: ["x"] } } },
          {
            kind: "patchSegmentJson",
            patch: [
              { op: "test", path: "/version", value: 3 },
              { op: "replace", path: "/tags", value: ["ld-gitops-members-0123456789abcdef"] },
            ],
          },
        ],
      }),
    ]);
    expect(membershipOnlyRefusals(plan)).toEqual([]);
    expect(() => assertMembershipOnly(plan)).not.toThrow();
  });

  it("refuses, naming each, definition changes, segments that do not opt in, creates, metrics and other tags", () => {
    const plan = planOf([
      change({
        key: "rules",
        fields: [{ path: "/rules" }],
        operations: [{ kind: "patchSegmentJson", patch: [{ op: "replace", path: "/rules", value: [] }] }],
      }),
      change({ key: "manual", membershipSync: undefined, operations: [importOp] }),
      change({
        key: "new",
        action: "create",
        operations: [{ kind: "createSegment", body: { key: "new", name: "New" } }],
      }),
      change({
        key: "renamed",
        operations: [{ kind: "patchSegmentSemantic", instructions: [{ kind: "updateName", value: "x" }] }],
      }),
      change({
        key: "tagged",
        fields: [{ path: "/tags", added: ["vip"] }],
        operations: [{ kind: "patchSegmentJson", patch: [{ op: "add", path: "/tags/-", value: "vip" }] }],
      }),
      { ...change({ operations: [{ kind: "patchMetric", patch: [] }] }), resourceType: "metric", key: "m" },
    ]);
    const refusals = membershipOnlyRefusals(plan);
    expect(refusals).toEqual([
      "segment web-app/production/rules: it changes /rules",
      "segment web-app/production/manual: the segment does not opt in to automatic membership sync",
      "segment web-app/production/new: it would create the segment",
      "segment web-app/production/renamed: its semantic patch holds updateName",
      "segment web-app/production/tagged: it changes tags other than ld-gitops' membership tags",
      "metric web-app/production/m: it is a metric, not segment membership",
    ]);
    expect(() => assertMembershipOnly(plan)).toThrow(/nothing was written[\s\S]*need a reviewed plan/);
  });

  it("refuses in applyPlan before any request", async () => {
    const emulator = await startTestEmulator();
    const client = new LaunchDarklyClient({ baseUri: emulator.url, token: WRITER });
    try {
      await expect(
        applyPlan({
          plan: planOf([change({ key: "x", membershipSync: undefined, operations: [importOp] })]),
          api: client,
          comment: COMMENT,
          membershipOnly: true,
        }),
      ).rejects.toThrow(/membership-only/);
      expect(emulator.requests).toEqual([]);
    } finally {
      await client.close();
      await emulator.close();
    }
  });
});

describe("segment-approval pre-flight", () => {
  let emulator: RunningEmulator;
  const SYNC = "api-3a4b5c6d-7e8f-4091-82a3-94a5b6c7d8f2";
  const BYPASS = "api-4a5b6c7d-8e9f-40a1-82b3-94a5b6c7d8f3";
  const segmentRole = [
    {
      effect: "allow" as const,
      actions: ["createSegment", "updateIncluded", "updateExcluded"],
      resources: ["proj/*:env/*:segment/*"],
    },
  ];

  beforeAll(async () => {
    const state = baseSnapshot();
    const env = state.projects[0]?.environments.find((e) => e.key === ENV);
    if (env)
      env.resourceApprovalSettings = {
        segment: {
          required: true,
          bypassApprovalsForPendingChanges: false,
          minNumApprovals: 1,
          canReviewOwnRequest: false,
          canApplyDeclinedChanges: false,
          serviceKind: "launchdarkly",
          serviceConfig: {},
          requiredApprovalTags: [],
        },
      };
    state.roles = [
      {
        key: "audience-sync-bypass",
        name: "Audience sync (bypasses segment approvals)",
        basePermissions: "reader",
        policy: [
          {
            ...(segmentRole[0] as (typeof segmentRole)[0]),
            actions: [
              ...(segmentRole[0] as (typeof segmentRole)[0]).actions,
              "bypassRequiredSegmentApproval",
            ],
          },
        ],
      },
    ];
    emulator = await startTestEmulator({
      state,
      tokens: {
        [WRITER]: { role: "writer", name: "ld-gitops-ci" },
        [SYNC]: { role: "writer", name: "audience-sync", inlineRole: segmentRole },
        // Readable by itself (a custom role with reader base permissions), so the pre-flight knows it may bypass.
        [BYPASS]: { role: "writer", name: "audience-sync-bypass", customRoleKeys: ["audience-sync-bypass"] },
      },
    });
  });
  afterAll(() => emulator.close());

  const createWithMembers = (key: string) =>
    planOf([
      change({
        action: "create",
        key,
        operations: [
          { kind: "createSegment", body: { key, name: key, unbounded: true, unboundedContextKind: "user" } },
          { kind: "updateBigSegmentTargets", update: { included: { add: ["a"] } } },
        ],
      }),
    ]);

  it("says so before anything is written when the token cannot bypass (writer base role, or a role without the action)", async () => {
    for (const token of [WRITER, SYNC]) {
      const client = new LaunchDarklyClient({ baseUri: emulator.url, token });
      emulator.clearRequests();
      try {
        const refused = applyPlan({
          plan: createWithMembers(`half-${token.slice(4, 8)}`),
          api: client,
          comment: COMMENT,
        });
        await expect(refused).rejects.toThrow(WriteAccessError);
        await expect(refused).rejects.toThrow(
          /Environment web-app\/production requires approval for segment changes[\s\S]*bypassRequiredSegmentApproval[\s\S]*Nothing was written/,
        );
        expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
      } finally {
        await client.close();
      }
    }
  });

  it("lets a role allowing bypassRequiredSegmentApproval write, and leaves environments without approvals alone", async () => {
    const client = new LaunchDarklyClient({ baseUri: emulator.url, token: BYPASS });
    try {
      const report = await applyPlan({ plan: createWithMembers("bypassed"), api: client, comment: COMMENT });
      expect(report.resources[0]?.status).toBe("applied");
      const staging = createWithMembers("staging-one");
      (staging.changes[0] as PlannedChange).environment = "staging";
      const writer = new LaunchDarklyClient({ baseUri: emulator.url, token: WRITER });
      try {
        expect((await applyPlan({ plan: staging, api: writer, comment: COMMENT })).resources[0]?.status).toBe(
          "applied",
        );
      } finally {
        await writer.close();
      }
    } finally {
      await client.close();
    }
  });
});
