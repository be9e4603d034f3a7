// The write-permission pre-flight against the emulator over real HTTP: the token's base role, custom roles and
// inline role are read from `GET /api/v2/tokens/{id}`, the plan's permissions are evaluated, and a token that
// may not make the plan's writes is refused before the first write. The emulator enforces the same policies,
// so the pre-flight and the server agree.
import { afterEach, describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply-plan.js";
import { checkWriteAccess, WriteAccessError } from "../../src/apply/write-access.js";
import type { EmulatorSnapshot, RunningEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyError } from "../../src/launchdarkly/errors.js";
import {
  baseSnapshot,
  COMMENT,
  clientFor,
  desiredState,
  ENV,
  metric,
  PROJECT,
  planFor,
  READER,
  segment,
  startTestEmulator,
  WRITER,
  writes,
} from "./support.js";

const SEGMENTS_ONLY = "api-3a4b5c6d-7e8f-4091-82a3-94a5b6c7d8f2";
const INLINE_ONLY = "api-4a5b6c7d-8e9f-40a1-82b3-94a5b6c7d8f3";
const NON_CRITICAL = "api-5a6b7c8d-9eaf-40b1-82c3-94a5b6c7d8f4";

function state(): EmulatorSnapshot {
  const snapshot = baseSnapshot();
  const production = snapshot.projects[0]?.environments.find((environment) => environment.key === ENV);
  if (production) production.critical = true;
  snapshot.roles = [
    {
      key: "segments-only",
      name: "Segments only",
      basePermissions: "reader",
      policy: [{ effect: "allow", resources: ["proj/*:env/*:segment/*"], actions: ["*"] }],
    },
    {
      key: "non-critical-segments",
      name: "Segments outside critical environments",
      basePermissions: "reader",
      policy: [
        { effect: "allow", resources: ["proj/*:env/*:segment/*"], actions: ["*"] },
        { effect: "deny", resources: ["proj/*:env/*;{critical:true}:segment/*"], actions: ["*"] },
      ],
    },
  ];
  return snapshot;
}

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(): Promise<RunningEmulator> {
  emulator = await startTestEmulator({
    state: state(),
    tokens: {
      [WRITER]: { role: "writer", name: "ld-gitops-ci" },
      [READER]: { role: "reader", name: "ld-gitops-reader" },
      [SEGMENTS_ONLY]: { role: "writer", name: "ci", customRoleKeys: ["segments-only"] },
      [NON_CRITICAL]: { role: "writer", name: "ci-staging", customRoleKeys: ["non-critical-segments"] },
      [INLINE_ONLY]: {
        role: "writer",
        name: "inline",
        inlineRole: [{ effect: "allow", resources: ["proj/*:env/*:segment/*"], actions: ["*"] }],
      },
    },
  });
  return emulator;
}

const SEGMENTS_AND_METRICS = desiredState({
  segments: [segment({ key: "beta-testers", included: ["user-1"] })],
  metrics: [metric({ key: "checkout" }), metric({ key: "signup" })],
});

async function planWith(desired = SEGMENTS_AND_METRICS) {
  return planFor(clientFor(emulator as RunningEmulator, WRITER), desired);
}

describe("checkWriteAccess", () => {
  it("refuses a reader token before any write, and apply writes nothing", async () => {
    await start();
    const plan = await planWith();
    const reader = clientFor(emulator as RunningEmulator, READER);
    emulator?.clearRequests();
    const refused = checkWriteAccess(reader, { plan });
    await expect(refused).rejects.toThrow(WriteAccessError);
    await expect(refused).rejects.toThrow(/"ld-gitops-reader" can only read \(base role reader/);
    await expect(applyPlan({ plan, api: reader, comment: COMMENT })).rejects.toThrow(WriteAccessError);
    expect(writes(emulator as RunningEmulator)).toEqual([]);
    // Caller identity, then the token: nothing else is needed to refuse a reader.
    expect(emulator?.requests.slice(0, 2).map((request) => request.route)).toEqual([
      "GET /api/v2/caller-identity",
      "GET /api/v2/tokens/{id}",
    ]);
  });

  it("passes a writer token on its base role", async () => {
    await start();
    const plan = await planWith();
    await expect(checkWriteAccess(clientFor(emulator as RunningEmulator, WRITER), { plan })).resolves.toEqual(
      {
        checkedBy: "base-role",
        warnings: [],
      },
    );
  });

  it("refuses a custom-role token allowed segments but not metrics, listing the metric actions, with zero writes", async () => {
    await start();
    const plan = await planWith();
    emulator?.clearRequests();
    const error = await checkWriteAccess(clientFor(emulator as RunningEmulator, SEGMENTS_ONLY), {
      plan,
    }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WriteAccessError);
    const refusal = error as WriteAccessError;
    expect(refusal.refusals).toEqual([
      {
        action: "createMetric",
        resource: `proj/${PROJECT}:metric/checkout`,
        reason: 'no statement of role "segments-only" allows it',
      },
      {
        action: "createMetric",
        resource: `proj/${PROJECT}:metric/signup`,
        reason: 'no statement of role "segments-only" allows it',
      },
    ]);
    expect(refusal.message).toBe(
      [
        'The token "ci" may not:',
        `  - createMetric on proj/${PROJECT}:metric/checkout (no statement of role "segments-only" allows it)`,
        `  - createMetric on proj/${PROJECT}:metric/signup (no statement of role "segments-only" allows it)`,
        "Nothing was written. Give the token a role allowing these actions, or leave these changes out of the plan.",
      ].join("\n"),
    );
    expect(refusal.message).not.toContain(SEGMENTS_ONLY);
    expect(writes(emulator as RunningEmulator)).toEqual([]);

    // applyPlan makes the same policy check itself: the segment it could write is not written either.
    await expect(
      applyPlan({ plan, api: clientFor(emulator as RunningEmulator, SEGMENTS_ONLY), comment: COMMENT }),
    ).rejects.toThrow('The token "ci" may not:');
    expect(writes(emulator as RunningEmulator)).toEqual([]);
  });

  it("agrees with the server: what the pre-flight refuses the emulator answers 403, what it allows applies", async () => {
    await start();
    const api = clientFor(emulator as RunningEmulator, SEGMENTS_ONLY);
    const forbidden = await api
      .createMetric(PROJECT, { key: "checkout", kind: "custom", eventKey: "e", isNumeric: false })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(forbidden).toBeInstanceOf(LaunchDarklyError);
    expect((forbidden as LaunchDarklyError).status).toBe(403);
    expect((forbidden as LaunchDarklyError).code).toBe("forbidden");

    const segmentsOnly = await planWith(
      desiredState({ segments: [segment({ key: "beta-testers", included: ["u"] })] }),
    );
    await expect(checkWriteAccess(api, { plan: segmentsOnly })).resolves.toEqual({
      checkedBy: "policies",
      warnings: [],
    });
    const report = await applyPlan({ plan: segmentsOnly, api, comment: COMMENT });
    expect(report.ok).toBe(true);
  });

  it("uses the environments' real `critical` flag for {critical:true}, as the server does", async () => {
    await start();
    const api = clientFor(emulator as RunningEmulator, NON_CRITICAL);
    const production = await planWith(desiredState({ segments: [segment({ key: "beta-testers" })] }));
    await expect(checkWriteAccess(api, { plan: production })).rejects.toThrow(
      `createSegment on proj/${PROJECT}:env/${ENV}:segment/beta-testers (denied by role "non-critical-segments" statement 2)`,
    );
    // The flags come from the environments the project read embeds: no separate environments list.
    expect(
      emulator?.requests.filter((request) => request.path.endsWith(`/projects/${PROJECT}/environments`)),
    ).toEqual([]);
    const forbidden = await api
      .createSegment(PROJECT, ENV, { key: "beta-testers", name: "b" })
      .catch((e: unknown) => e);
    expect((forbidden as LaunchDarklyError).status).toBe(403);

    const staging = await planWith(
      desiredState({ segments: [segment({ key: "beta-testers", environments: ["staging"] })] }),
    );
    await expect(checkWriteAccess(api, { plan: staging })).resolves.toMatchObject({ checkedBy: "policies" });
    expect((await applyPlan({ plan: staging, api, comment: COMMENT })).ok).toBe(true);
  });

  it("proceeds with a warning when the token cannot be read (403), and the apply goes ahead", async () => {
    await start();
    const api = clientFor(emulator as RunningEmulator, INLINE_ONLY);
    const plan = await planWith(desiredState({ segments: [segment({ key: "beta-testers" })] }));
    const result = await checkWriteAccess(api, { plan });
    expect(result.checkedBy).toBe("unknown");
    expect(result.warnings).toEqual([
      "Could not check the token's permissions before writing (the token's details are not readable with this token); if it may not write, LaunchDarkly's 403 on the first write stops the apply, after any writes already made.",
    ]);
    expect((await applyPlan({ plan, api, comment: COMMENT })).ok).toBe(true);
  });

  it("with the check required, refuses an inline-role token it cannot check before any write (issue 15 item 8)", async () => {
    await start();
    const api = clientFor(emulator as RunningEmulator, INLINE_ONLY);
    // Segments are allowed by the inline role, metrics are not: unchecked, the segment lands before the 403s.
    const plan = await planWith();
    emulator?.clearRequests();
    const refused = applyPlan({ plan, api, comment: COMMENT, requirePermissionCheck: true });
    await expect(refused).rejects.toThrow(WriteAccessError);
    await expect(refused).rejects.toThrow(/the permission check is required .*nothing was written/);
    expect(writes(emulator as RunningEmulator)).toEqual([]);

    const unchecked = await applyPlan({ plan, api, comment: COMMENT });
    expect(unchecked.ok).toBe(false);
    expect(writes(emulator as RunningEmulator).length).toBeGreaterThan(0);
  });
});
