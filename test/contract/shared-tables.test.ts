// The client's permission table and the segment instruction tables are shared by the client, the plan, the
// pre-flight and the emulator, so a wrong entry would pass every emulator test: both sides agree. These checks read
// LaunchDarkly's facts in ../shared/launchdarkly (role-actions.json, segment-semantic-patch.md, openapi.json) on
// their own and hold the tables to them. Skipped, visibly, where ../shared is absent (as the contract tests are).
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  SEGMENT_INSTRUCTION_KINDS,
  SEGMENT_INSTRUCTION_PARAMETERS,
} from "../../src/emulator/segment-semantic-patch.js";
import {
  MAX_ROLLOUT_WEIGHT,
  MAX_STANDARD_SEGMENT_TARGETS,
  MAX_TARGET_OPERATIONS_PER_PATCH,
} from "../../src/launchdarkly/limits.js";
import {
  BIG_SEGMENT_TARGET_INSTRUCTION_KINDS,
  TARGET_INSTRUCTION_KINDS,
} from "../../src/launchdarkly/segment-instructions.js";
import projectRoleActions from "../../src/permissions/data/role-actions.json" with { type: "json" };
import {
  type PermissionRequest,
  requiredPermission,
  segmentInstructionAction,
} from "../../src/permissions/request-actions.js";

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/launchdarkly");
const files = ["role-actions.json", "segment-semantic-patch.md", "openapi.json"].map((name) =>
  resolve(SHARED, name),
);
const available = files.every((file) => existsSync(file));
if (!available) {
  process.stderr.write(
    `\n[shared-tables] ${SHARED} is incomplete: checks against LaunchDarkly's facts are SKIPPED.\n\n`,
  );
}
const read = (name: string) => readFileSync(resolve(SHARED, name), "utf8");

interface SharedResourceType {
  specifier: string;
  actions: string[];
  uncertain?: string[];
}
interface SharedRoleActions {
  specialActions: string[];
  resourceTypes: Record<string, SharedResourceType>;
}
interface ProjectResourceType {
  path: string[];
  bare?: boolean;
  actions: string[];
  uncertain: string[];
}

/** `proj/web:env/production:segment/beta;tag` → `proj:env:segment` (the chain of specifier segment types). */
const typeChain = (specifier: string) =>
  specifier
    .split(":")
    .map((part) => part.split(/[/;]/)[0])
    .join(":");

describe.skipIf(!available)(
  "the project's role-action data against ../shared/launchdarkly/role-actions.json",
  () => {
    const shared = available ? (JSON.parse(read("role-actions.json")) as SharedRoleActions) : undefined;
    const project = projectRoleActions.types as Record<string, ProjectResourceType>;

    // The copy keeps the same facts in the project's own form (src/validate/data/role-actions.json, "about"):
    // the specifier as a chain of types, "bare" for types written without `/name`, and no special action `*`.
    it("is the shared data, type for type and name for name", () => {
      const { specialActions, resourceTypes } = shared!;
      expect(Object.keys(project).sort()).toEqual(Object.keys(resourceTypes).sort());
      for (const [name, fact] of Object.entries(resourceTypes)) {
        const copy = project[name]!;
        expect(copy.path.join(":"), name).toBe(typeChain(fact.specifier));
        expect(copy.bare === true, name).toBe(!fact.specifier.includes("/"));
        expect([...copy.actions].sort(), name).toEqual(
          fact.actions.filter((action) => !specialActions.includes(action)).sort(),
        );
        expect([...copy.uncertain].sort(), name).toEqual([...(fact.uncertain ?? [])].sort());
      }
    });

    it("has the actions ../shared documents most recently", () => {
      expect(project.env!.actions).toContain("importEventData");
      expect(project.segment!.actions).toContain("createSegmentExport");
    });
  },
);

interface OpenApi {
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

/** A request for every operation in the OpenAPI document, with patch bodies touching each field one at a time. */
function probeRequests(openapi: OpenApi, instructionKinds: readonly string[]): PermissionRequest[] {
  const fields = (schema: string) => Object.keys(openapi.components.schemas[schema]?.properties ?? {});
  const replace = (field: string) => [{ op: "replace", path: `/${field}`, value: null }];
  const requests: PermissionRequest[] = [];
  for (const [path, methods] of Object.entries(openapi.paths)) {
    const params = Object.fromEntries(
      [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, `${name}-x`]),
    );
    for (const operation of Object.values(methods)) {
      const operationId = operation.operationId;
      if (!operationId) continue;
      const request = (body: unknown, semanticPatch?: boolean) =>
        requests.push({ operationId, params, body, ...(semanticPatch ? { semanticPatch } : {}) });
      request({ key: "new-key" });
      if (operationId === "patchSegment") {
        for (const field of fields("UserSegment")) request({ patch: replace(field) });
        for (const kind of instructionKinds) request({ environmentKey: "e", instructions: [{ kind }] }, true);
      }
      if (operationId === "patchMetric") for (const field of fields("MetricRep")) request(replace(field));
      if (operationId === "patchCustomRole")
        for (const field of fields("CustomRole")) request({ patch: replace(field) });
      if (operationId === "updateBigSegmentContextTargets") {
        request({ included: { add: ["a"] } });
        request({ excluded: { remove: ["a"] } });
      }
    }
  }
  return requests;
}

const ACCEPTED_UNCERTAIN = new Set([
  "proj:context-kind createContextKind",
  "proj:context-kind updateContextKind",
]);

describe.skipIf(!available)("the client's permission table against role-actions.json", () => {
  it("names only actions LaunchDarkly documents for the resource type each request acts on", () => {
    const shared = JSON.parse(read("role-actions.json")) as SharedRoleActions;
    const byChain = new Map(
      Object.values(shared.resourceTypes).map((type) => [typeChain(type.specifier), type]),
    );
    const openapi = JSON.parse(read("openapi.json")) as OpenApi;
    const named = new Set<string>();
    for (const request of probeRequests(openapi, SEGMENT_INSTRUCTION_KINDS)) {
      const needed = requiredPermission(request);
      if (!needed) continue;
      const type = byChain.get(typeChain(needed.resource));
      expect(type, `${request.operationId}: ${needed.resource}`).toBeDefined();
      for (const action of needed.actions) {
        // Context kinds: role-actions.json knows their actions only as uncertain (its action table could not be
        // read); the two the upsert needs are accepted from that list, and only those.
        const documented = ACCEPTED_UNCERTAIN.has(`${typeChain(needed.resource)} ${action}`)
          ? [...type!.actions, ...(type!.uncertain ?? [])]
          : type!.actions;
        expect(documented, `${request.operationId} ${JSON.stringify(request.body)}`).toContain(action);
        named.add(`${typeChain(needed.resource)} ${action}`);
      }
    }
    // Every write ld-gitops makes was probed (a probe that named nothing would pass the loop above vacuously).
    for (const pair of [
      "proj viewProject",
      "proj:env:segment createSegment",
      "proj:env:segment deleteSegment",
      "proj:env:segment updateName",
      "proj:env:segment updateDescription",
      "proj:env:segment updateTags",
      "proj:env:segment updateIncluded",
      "proj:env:segment updateExcluded",
      "proj:env:segment updateRules",
      "proj:metric createMetric",
      "proj:metric deleteMetric",
      "proj:metric updateEventKey",
      "proj:metric updateUrls",
      "role createRole",
      "role deleteRole",
      "role updatePolicy",
      "proj:context-kind createContextKind",
      "proj:context-kind updateContextKind",
    ])
      expect([...named], pair).toContain(pair);
  });
});

/** The instruction tables of segment-semantic-patch.md, "## Instruction kinds": section letter → kind → parameters. */
function documentedInstructions(markdown: string): Map<string, { section: string; parameters: string[] }> {
  const body = markdown.split("## Instruction kinds")[1]!.split("\n## ")[0]!;
  const kinds = new Map<string, { section: string; parameters: string[] }>();
  let section = "";
  for (const line of body.split("\n")) {
    section = /^### ([A-Z])\./.exec(line)?.[1] ?? section;
    const row = /^\| `(\w+)` \| ([^|]*) \|/.exec(line);
    if (row) kinds.set(row[1]!, { section, parameters: [...row[2]!.matchAll(/`(\w+)`/g)].map((m) => m[1]!) });
  }
  return kinds;
}

describe.skipIf(!available)("segment instruction tables against segment-semantic-patch.md", () => {
  const markdown = available ? read("segment-semantic-patch.md") : "";
  const documented = documentedInstructions(markdown);
  const inSection = (section: string) =>
    [...documented].filter(([, kind]) => kind.section === section).map(([name]) => name);

  it("reads the reference's 26 kinds", () => {
    expect(markdown).toContain("## Instruction kinds (26 on `patchSegment`)");
    expect(documented.size).toBe(26);
  });

  it("the emulator takes exactly the documented kinds, each with exactly its documented parameters", () => {
    expect([...SEGMENT_INSTRUCTION_KINDS].sort()).toEqual([...documented.keys()].sort());
    for (const [kind, { parameters }] of documented)
      expect([...(SEGMENT_INSTRUCTION_PARAMETERS[kind] ?? [])].sort(), kind).toEqual([...parameters].sort());
  });

  it("maps each kind to the custom-role action the reference's mapping names", () => {
    // "Mapping to custom-role actions": tags → updateTags; name → updateName; included targets → updateIncluded;
    // excluded targets → updateExcluded; rules and clauses → updateRules. Big-segment targets are included or
    // excluded targets too; processBigSegmentImport has no mapping there and must at least be a segment action.
    const mapping = markdown.split("## Mapping to custom-role actions")[1]!;
    const expected = (kind: string): string | undefined => {
      const section = documented.get(kind)!.section;
      if (section === "C") return "updateRules";
      if (/Tags$/.test(kind)) return "updateTags";
      if (kind === "updateName") return "updateName";
      if (/Included/.test(kind)) return "updateIncluded";
      if (/Excluded/.test(kind)) return "updateExcluded";
      return undefined;
    };
    const segmentActions = (JSON.parse(read("role-actions.json")) as SharedRoleActions).resourceTypes.segment!
      .actions;
    for (const kind of documented.keys()) {
      const action = segmentInstructionAction(kind);
      expect(segmentActions, kind).toContain(action);
      const want = expected(kind);
      if (want === undefined) continue;
      expect(mapping, want).toContain(`\`${want}\``);
      expect(action, kind).toBe(want);
    }
    expect(expected("processBigSegmentImport")).toBeUndefined();
  });

  it("counts the documented target instructions against the 1,500 limit, and no others", () => {
    expect(markdown).toMatch(/All eight count against the 1,500-operation limit/);
    expect([...TARGET_INSTRUCTION_KINDS].sort()).toEqual(inSection("B").sort());
    expect([...BIG_SEGMENT_TARGET_INSTRUCTION_KINDS].sort()).toEqual(
      inSection("D")
        .filter((kind) => documented.get(kind)!.parameters.join() === "values")
        .sort(),
    );
  });

  it("uses the documented limits", () => {
    const number = (pattern: RegExp) => Number(pattern.exec(markdown)?.[1]?.replace(/,/g, ""));
    expect(MAX_TARGET_OPERATIONS_PER_PATCH).toBe(number(/\*\*Target batch limit: ([\d,]+)\.\*\*/));
    expect(MAX_STANDARD_SEGMENT_TARGETS).toBe(number(/more than ([\d,]+) entries/));
    expect(MAX_ROLLOUT_WEIGHT).toBe(number(/weight` is in thousandths of a percent, from 0 to (\d+)/));
  });
});
