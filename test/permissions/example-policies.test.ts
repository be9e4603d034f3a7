// LaunchDarkly's own example policies (../shared, test data only), evaluated against requests whose outcome the
// docs (or the policy's plain reading) make clear. Skipped, visibly, where ../shared is absent.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { LdStatement } from "../../src/launchdarkly/types.js";
import { evaluatePolicy, type PolicyDecision } from "../../src/permissions/evaluate-policy.js";
import type { ResourceChain } from "../../src/permissions/resource.js";

const policiesPath = fileURLToPath(
  new URL("../../../shared/launchdarkly/example-policies.json", import.meta.url),
);
const available = existsSync(policiesPath);

interface ExamplePolicy {
  key: string;
  policy: LdStatement[];
}

const flagIn = (env: string, envTags?: string[], flagTags?: string[], project = "web-app"): ResourceChain => [
  { type: "proj", key: project, tags: [] },
  {
    type: "env",
    key: env,
    ...(envTags ? { tags: envTags } : {}),
    properties: { critical: env === "production" },
  },
  { type: "flag", key: "checkout", ...(flagTags ? { tags: flagTags } : {}) },
];

type Expected = PolicyDecision["decision"] | "uncertain-deny" | "uncertain-no-match";

const CASES: Array<[key: string, action: string, resource: string | ResourceChain, expected: Expected]> = [
  ["qa-team", "updateOn", flagIn("qa-1", ["qa_team"]), "allow"],
  ["qa-team", "updateOn", flagIn("production", ["prod"]), "no-match"],
  ["qa-team", "updateOn", flagIn("qa-1"), "uncertain-no-match"],
  ["qa-team", "updateColor", "proj/web-app:env/qa-1;qa_team", "allow"],
  ["qa-team-legacy", "updateOn", flagIn("qa-1", ["qa_team"]), "allow"],
  ["role-key-123abc", "updateOn", flagIn("production"), "allow"],
  ["role-key-123abc", "updateRules", flagIn("production"), "no-match"],
  ["example-flag-all-actions", "deleteFlag", "proj/any:env/any:flag/exampleFlag", "allow"],
  ["example-flag-all-actions", "deleteFlag", "proj/any:env/any:flag/exampleflag", "no-match"],
  ["deny-production-flags", "updateOn", flagIn("production"), "deny"],
  ["deny-production-flags", "updateOn", flagIn("staging"), "no-match"],
  ["all-flags-except-production", "updateOn", flagIn("staging"), "allow"],
  ["all-flags-except-production", "updateOn", flagIn("production"), "no-match"],
  ["private-project-1", "viewProject", "proj/project-1", "deny"],
  ["private-project-1", "viewProject", "proj/project-2", "no-match"],
  ["hide-four-projects", "viewProject", "proj/project-3", "deny"],
  ["hide-four-projects", "viewProject", "proj/project-5", "no-match"],
  ["flags-tag1-and-tag2", "updateOn", flagIn("staging", [], ["tag1", "tag2"]), "allow"],
  ["flags-tag1-and-tag2", "updateOn", flagIn("staging", [], ["tag1"]), "no-match"],
  ["exclude-terraform", "updateOn", flagIn("production", [], ["terraform-managed"]), "no-match"],
  ["terraform-v2", "updateOn", flagIn("staging", [], ["terraform"], "tf_full_config"), "allow"],
  ["terraform-v2", "updateOn", flagIn("staging", [], ["terraform"]), "no-match"],
  ["custom-role-staging-dev-projects", "updateColor", "proj/dev:env/staging", "uncertain-no-match"],
  ["custom-role-not-staging", "updateColor", "proj/dev:env/production", "no-match"],
  ["json-role-deny-production", "updateOn", "proj/web-app:env/production", "deny"],
  ["json-role-deny-production", "updateOn", "proj/web-app:env/staging", "allow"],
  ["teams-test-role", "updateColor", "proj/web-app:env/development", "uncertain-deny"],
  [
    "segment-approval-bypass",
    "bypassRequiredSegmentApproval",
    "proj/example-project:env/production:segment/s",
    "allow",
  ],
  [
    "segment-approval-no-bypass",
    "bypassRequiredSegmentApproval",
    "proj/example-project:env/production:segment/s",
    "deny",
  ],
  ["segment-approval-no-bypass", "updateRules", "proj/example-project:env/production:segment/s", "allow"],
  [
    "segmgr-example-project-production",
    "updateRules",
    "proj/example-project:env/production:segment/s",
    "allow",
  ],
  [
    "segmgr-example-project-production",
    "updateRules",
    "proj/example-project:env/staging:segment/s",
    "no-match",
  ],
  ["segmgr-example-project-production", "createMetric", "proj/example-project:metric/m", "no-match"],
  ["metric-mgr-example-project", "createMetric", "proj/example-project:metric/m", "allow"],
  ["metric-mgr-example-project", "createMetric", "proj/other:metric/m", "no-match"],
  [
    "release-manager-example-project-production",
    "updateOn",
    flagIn("staging", [], [], "example-project"),
    "deny",
  ],
  [
    "release-manager-example-project-production",
    "updateOn",
    flagIn("production", [], [], "example-project"),
    "allow",
  ],
  [
    "release-manager-example-project-production",
    "deleteFlag",
    flagIn("production", [], [], "example-project"),
    "no-match",
  ],
];

function outcome(decision: PolicyDecision): Expected {
  if (!decision.uncertain) return decision.decision;
  return decision.decision === "deny" ? "uncertain-deny" : "uncertain-no-match";
}

describe.skipIf(!available)(
  "LaunchDarkly's example policies (../shared/launchdarkly/example-policies.json)",
  () => {
    const policies = available
      ? new Map(
          (JSON.parse(readFileSync(policiesPath, "utf8")) as ExamplePolicy[]).map((p) => [p.key, p.policy]),
        )
      : new Map<string, LdStatement[]>();

    it.each(CASES)("%s: %s on %o → %s", (key, action, resource, expected) => {
      const policy = policies.get(key);
      expect(policy, key).toBeDefined();
      expect(outcome(evaluatePolicy(policy as LdStatement[], { action, resource }))).toBe(expected);
    });

    it("evaluates every example without throwing", () => {
      for (const [key, policy] of policies) {
        const decision = evaluatePolicy(policy, { action: "updateOn", resource: flagIn("production") });
        expect(["allow", "deny", "no-match"], key).toContain(decision.decision);
      }
    });
  },
);
