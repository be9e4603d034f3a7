// Segment semantic patch: every instruction kind in ../shared/launchdarkly/segment-semantic-patch.md, applied to a
// copy of the segment so that a request is all or nothing. Targets of context kind "user" live in the legacy
// `included`/`excluded` arrays, other kinds in `includedContexts`/`excludedContexts`.

import {
  MAX_ROLLOUT_WEIGHT,
  MAX_STANDARD_SEGMENT_TARGETS,
  MAX_TARGET_OPERATIONS_PER_PATCH,
} from "../launchdarkly/limits.js";
import { CLAUSE_OPERATORS } from "../launchdarkly/operators.js";
import { TARGET_INSTRUCTION_KINDS } from "../launchdarkly/segment-instructions.js";
import type { LdClause, LdSegment, LdSegmentRule, SemanticPatchInstruction } from "../launchdarkly/types.js";
import { segmentInstructionAction } from "../permissions/request-actions.js";
import { invalidRequest } from "./http-error.js";
import { newUuid } from "./ids.js";
import type { BigSegmentImport } from "./store.js";

/**
 * Parameters each instruction kind takes (besides `kind`). The custom-role action each needs is the client's
 * (`segmentInstructionAction`), so the audit log, the policy check and the client's 403 hints agree.
 */
const INSTRUCTIONS: Record<string, { parameters: string[] }> = {
  addTags: { parameters: ["values"] },
  removeTags: { parameters: ["values"] },
  updateName: { parameters: ["value"] },
  addIncludedTargets: { parameters: ["contextKind", "values"] },
  removeIncludedTargets: { parameters: ["contextKind", "values"] },
  addExcludedTargets: { parameters: ["contextKind", "values"] },
  removeExcludedTargets: { parameters: ["contextKind", "values"] },
  addIncludedUsers: { parameters: ["values"] },
  removeIncludedUsers: { parameters: ["values"] },
  addExcludedUsers: { parameters: ["values"] },
  removeExcludedUsers: { parameters: ["values"] },
  addRule: { parameters: ["clauses", "description"] },
  removeRule: { parameters: ["ruleId"] },
  reorderRules: { parameters: ["ruleIds"] },
  updateRuleDescription: { parameters: ["ruleId", "description"] },
  updateRuleRolloutAndContextKind: { parameters: ["ruleId", "weight", "contextKind"] },
  addClauses: { parameters: ["ruleId", "clauses"] },
  removeClauses: { parameters: ["ruleId", "clauseIds"] },
  updateClause: { parameters: ["ruleId", "clauseId", "clause"] },
  addValuesToClause: { parameters: ["ruleId", "clauseId", "values"] },
  removeValuesFromClause: { parameters: ["ruleId", "clauseId", "values"] },
  addBigSegmentIncludedTargets: { parameters: ["values"] },
  removeBigSegmentIncludedTargets: { parameters: ["values"] },
  addBigSegmentExcludedTargets: { parameters: ["values"] },
  removeBigSegmentExcludedTargets: { parameters: ["values"] },
  processBigSegmentImport: { parameters: ["importId"] },
};

export const SEGMENT_INSTRUCTION_KINDS: readonly string[] = Object.keys(INSTRUCTIONS);

/** The parameters each kind takes, for the test that holds this table to segment-semantic-patch.md. */
export const SEGMENT_INSTRUCTION_PARAMETERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(INSTRUCTIONS).map(([kind, { parameters }]) => [kind, parameters]),
);

export interface SemanticPatchInput {
  segment: LdSegment;
  bigIncluded: ReadonlySet<string>;
  bigExcluded: ReadonlySet<string>;
  instructions: unknown;
  /** Looks up an uploaded import by id (for `processBigSegmentImport`). */
  findImport: (importId: string) => BigSegmentImport | undefined;
}

export interface SemanticPatchResult {
  segment: LdSegment;
  /** Present only when a big-segment instruction ran. */
  bigIncluded?: Set<string>;
  bigExcluded?: Set<string>;
  /** Custom-role actions the request performed (for the audit entry). */
  actions: string[];
  /** Import ids started by `processBigSegmentImport`. */
  processedImports: string[];
}

type Side = "included" | "excluded";

function fail(index: number, kind: string, message: string): never {
  throw invalidRequest(`instructions[${index}] (${kind}): ${message}`);
}

/** Applies every instruction to a copy of the segment; throws 400 `invalid_request` and changes nothing on any error. */
export function applySegmentSemanticPatch(input: SemanticPatchInput): SemanticPatchResult {
  const { instructions } = input;
  if (!Array.isArray(instructions) || instructions.length === 0) {
    throw invalidRequest("instructions must be a non-empty array");
  }
  const unbounded = input.segment.unbounded === true;

  // Validate kinds and parameters, and the per-request target-operation budget, before touching anything.
  let targetOperations = 0;
  const list = instructions as SemanticPatchInstruction[];
  list.forEach((instruction, index) => {
    if (!instruction || typeof instruction !== "object" || typeof instruction.kind !== "string") {
      fail(index, "?", "each instruction must be an object with a string kind");
    }
    // Own keys only: `constructor` or `toString` is an unknown kind, not an inherited property.
    const spec = Object.hasOwn(INSTRUCTIONS, instruction.kind) ? INSTRUCTIONS[instruction.kind] : undefined;
    if (!spec) {
      fail(
        index,
        instruction.kind,
        `unknown instruction kind; segment semantic patch takes ${SEGMENT_INSTRUCTION_KINDS.join(", ")}`,
      );
    }
    for (const name of Object.keys(instruction)) {
      if (name !== "kind" && !spec.parameters.includes(name)) {
        fail(index, instruction.kind, `unknown parameter "${name}" (takes ${spec.parameters.join(", ")})`);
      }
    }
    if (TARGET_INSTRUCTION_KINDS.has(instruction.kind)) {
      if (unbounded) {
        fail(index, instruction.kind, "big segments take the *BigSegment* instructions or POST .../contexts");
      }
      targetOperations += Array.isArray(instruction.values) ? instruction.values.length : 0;
    } else if (instruction.kind.includes("BigSegment") && !unbounded) {
      fail(index, instruction.kind, "only big (unbounded) segments take big-segment instructions");
    }
  });
  if (targetOperations > MAX_TARGET_OPERATIONS_PER_PATCH) {
    throw invalidRequest(
      `too many target operations in one request: ${targetOperations} (at most ${MAX_TARGET_OPERATIONS_PER_PATCH}); split the change into batches`,
    );
  }

  const segment = structuredClone(input.segment);
  const targets = new TargetSets(segment);
  let bigIncluded: Set<string> | undefined;
  let bigExcluded: Set<string> | undefined;
  const big = (): { included: Set<string>; excluded: Set<string> } => {
    bigIncluded ??= new Set(input.bigIncluded);
    bigExcluded ??= new Set(input.bigExcluded);
    return { included: bigIncluded, excluded: bigExcluded };
  };
  const actions = new Set<string>();
  const processedImports: string[] = [];
  /** Context kinds whose targets gained keys, and whether big-segment targets did: checked for overlap at the end. */
  const addedKinds = new Set<string>();
  let bigAdded = false;

  list.forEach((instruction, index) => {
    const kind = instruction.kind;
    const ctx: InstructionReader = new InstructionReader(instruction, index);
    // Every kind in INSTRUCTIONS has an action (test/emulator/segments.test.ts holds the tables together).
    actions.add(segmentInstructionAction(kind)!);
    switch (kind) {
      case "addTags": {
        const tags = new Set(segment.tags);
        for (const value of ctx.strings("values")) tags.add(value);
        segment.tags = [...tags];
        break;
      }
      case "removeTags": {
        const remove = new Set(ctx.strings("values"));
        segment.tags = segment.tags.filter((tag) => !remove.has(tag));
        break;
      }
      case "updateName":
        segment.name = ctx.nonEmptyString("value");
        break;
      case "addIncludedTargets":
      case "addExcludedTargets":
      case "addIncludedUsers":
      case "addExcludedUsers":
      case "removeIncludedTargets":
      case "removeExcludedTargets":
      case "removeIncludedUsers":
      case "removeExcludedUsers": {
        const side: Side = kind.includes("Included") ? "included" : "excluded";
        const contextKind = kind.endsWith("Users") ? "user" : ctx.nonEmptyString("contextKind");
        const set = targets.get(side, contextKind);
        const values = ctx.strings("values");
        if (kind.startsWith("add")) {
          for (const value of values) set.add(value);
          addedKinds.add(contextKind);
        } else for (const value of values) set.delete(value);
        break;
      }
      case "addRule": {
        const clauses = ctx.clauses("clauses");
        if (clauses.length === 0) ctx.fail("clauses must not be empty");
        const rule: LdSegmentRule = { _id: newUuid(), clauses };
        const description = ctx.optionalString("description");
        if (description !== undefined) rule.description = description;
        segment.rules.push(rule);
        break;
      }
      case "removeRule": {
        // Documented as a no-op when the rule does not exist.
        const ruleId = ctx.nonEmptyString("ruleId");
        segment.rules = segment.rules.filter((rule) => rule._id !== ruleId);
        break;
      }
      case "reorderRules": {
        const ruleIds = ctx.strings("ruleIds");
        const current = new Map(segment.rules.map((rule) => [rule._id, rule]));
        const unique = new Set(ruleIds);
        if (
          unique.size !== ruleIds.length ||
          ruleIds.length !== current.size ||
          !ruleIds.every((id) => current.has(id))
        ) {
          ctx.fail(
            `ruleIds must list every rule of the segment exactly once (segment has ${current.size} rules: ${[...current.keys()].join(", ") || "none"})`,
          );
        }
        segment.rules = ruleIds.map((id) => current.get(id) as LdSegmentRule);
        break;
      }
      case "updateRuleDescription": {
        const rule = ctx.rule(segment);
        rule.description = ctx.string("description");
        break;
      }
      case "updateRuleRolloutAndContextKind": {
        const rule = ctx.rule(segment);
        const weight = instruction.weight;
        if (
          typeof weight !== "number" ||
          !Number.isInteger(weight) ||
          weight < 0 ||
          weight > MAX_ROLLOUT_WEIGHT
        ) {
          ctx.fail(`weight must be an integer from 0 to ${MAX_ROLLOUT_WEIGHT} (thousandths of a percent)`);
        }
        rule.weight = weight as number;
        rule.rolloutContextKind = ctx.nonEmptyString("contextKind");
        break;
      }
      case "addClauses": {
        const rule = ctx.rule(segment);
        const clauses = ctx.clauses("clauses");
        if (clauses.length === 0) ctx.fail("clauses must not be empty");
        rule.clauses.push(...clauses);
        break;
      }
      case "removeClauses": {
        const rule = ctx.rule(segment);
        const clauseIds = ctx.strings("clauseIds");
        for (const id of clauseIds) {
          if (!rule.clauses.some((clause) => clause._id === id))
            ctx.fail(`unknown clauseId "${id}" in rule "${rule._id}"`);
        }
        const remove = new Set(clauseIds);
        rule.clauses = rule.clauses.filter((clause) => !remove.has(clause._id ?? ""));
        break;
      }
      case "updateClause": {
        const rule = ctx.rule(segment);
        const clause = ctx.clause(rule);
        const replacement = ctx.clauseValue(instruction.clause, "clause");
        Object.assign(clause, { ...replacement, _id: clause._id });
        if (replacement.contextKind === undefined) clause.contextKind = "user";
        break;
      }
      case "addValuesToClause": {
        const clause = ctx.clause(ctx.rule(segment));
        const values = ctx.array("values");
        const present = new Set(clause.values.map((value) => JSON.stringify(value)));
        for (const value of values) {
          const id = JSON.stringify(value);
          if (!present.has(id)) {
            clause.values.push(value);
            present.add(id);
          }
        }
        break;
      }
      case "removeValuesFromClause": {
        const clause = ctx.clause(ctx.rule(segment));
        const remove = new Set(ctx.array("values").map((value) => JSON.stringify(value)));
        clause.values = clause.values.filter((value) => !remove.has(JSON.stringify(value)));
        break;
      }
      case "addBigSegmentIncludedTargets":
      case "addBigSegmentExcludedTargets":
      case "removeBigSegmentIncludedTargets":
      case "removeBigSegmentExcludedTargets": {
        const sets = big();
        const set = kind.includes("Included") ? sets.included : sets.excluded;
        const values = ctx.strings("values");
        if (kind.startsWith("add")) {
          for (const value of values) set.add(value);
          bigAdded = true;
        } else for (const value of values) set.delete(value);
        break;
      }
      case "processBigSegmentImport": {
        // Starts the import (big-segment-imports.ts); its keys land when it completes, not in this request.
        const importId = ctx.nonEmptyString("importId");
        const upload = input.findImport(importId);
        if (!upload) ctx.fail(`unknown importId "${importId}" for this segment`);
        const status = upload.status ?? "ready";
        if (status !== "ready")
          ctx.fail(`import "${importId}" is ${status}; only a ready import can be processed`);
        processedImports.push(importId);
        break;
      }
    }
  });

  // A key may not end up both included and excluded (addIncluded*, addExcluded*, addBigSegment* instructions).
  for (const contextKind of addedKinds) {
    requireDisjoint(
      targets.get("included", contextKind),
      targets.get("excluded", contextKind),
      `context kind "${contextKind}"`,
    );
  }
  if (bigAdded) {
    const { included, excluded } = big();
    requireDisjoint(included, excluded, "big segment");
  }
  targets.writeBack();
  if (!unbounded) {
    const total = countTargets(segment);
    if (total > MAX_STANDARD_SEGMENT_TARGETS) {
      throw invalidRequest(
        `segment would hold ${total} individual targets; a standard segment holds at most ${MAX_STANDARD_SEGMENT_TARGETS} (use a big segment)`,
      );
    }
  }
  return {
    segment,
    ...(bigIncluded ? { bigIncluded } : {}),
    ...(bigExcluded ? { bigExcluded } : {}),
    actions: [...actions],
    processedImports,
  };
}

function requireDisjoint(included: Set<string>, excluded: Set<string>, where: string): void {
  const [smaller, larger] = included.size <= excluded.size ? [included, excluded] : [excluded, included];
  for (const key of smaller) {
    if (larger.has(key))
      throw invalidRequest(`target "${key}" would be both included and excluded (${where})`);
  }
}

/** Individual targets (included + excluded, every context kind) of a standard segment. */
export function countTargets(segment: LdSegment): number {
  let total = (segment.included?.length ?? 0) + (segment.excluded?.length ?? 0);
  for (const target of [...(segment.includedContexts ?? []), ...(segment.excludedContexts ?? [])]) {
    total += target.values?.length ?? 0;
  }
  return total;
}

/** Target lists as Sets for the duration of one patch (O(1) membership), written back in insertion order. */
class TargetSets {
  private readonly sets = new Map<string, Set<string>>();
  constructor(private readonly segment: LdSegment) {}

  get(side: Side, contextKind: string): Set<string> {
    const id = `${side}\u0000${contextKind}`;
    let set = this.sets.get(id);
    if (!set) {
      set = new Set(this.read(side, contextKind));
      this.sets.set(id, set);
    }
    return set;
  }

  private read(side: Side, contextKind: string): string[] {
    if (contextKind === "user") return this.segment[side] ?? [];
    const contexts = side === "included" ? this.segment.includedContexts : this.segment.excludedContexts;
    return contexts?.find((target) => target.contextKind === contextKind)?.values ?? [];
  }

  writeBack(): void {
    for (const [id, set] of this.sets) {
      const [side, contextKind] = id.split("\u0000") as [Side, string];
      const values = [...set];
      if (contextKind === "user") {
        this.segment[side] = values;
        continue;
      }
      const field = side === "included" ? "includedContexts" : "excludedContexts";
      this.segment[field] ??= [];
      const contexts = this.segment[field];
      const index = contexts.findIndex((target) => target.contextKind === contextKind);
      if (values.length === 0) {
        if (index >= 0) contexts.splice(index, 1);
      } else if (index >= 0) contexts[index] = { contextKind, values };
      else contexts.push({ contextKind, values });
    }
  }
}

/** Reads and checks one instruction's parameters; every failure is a 400 naming the instruction. */
class InstructionReader {
  constructor(
    private readonly instruction: SemanticPatchInstruction,
    private readonly index: number,
  ) {}

  fail(message: string): never {
    fail(this.index, this.instruction.kind, message);
  }

  string(name: string): string {
    const value = this.instruction[name];
    if (typeof value !== "string") this.fail(`${name} must be a string`);
    return value;
  }

  optionalString(name: string): string | undefined {
    return this.instruction[name] === undefined ? undefined : this.string(name);
  }

  nonEmptyString(name: string): string {
    const value = this.instruction[name];
    if (typeof value !== "string" || value === "") this.fail(`${name} is required (non-empty string)`);
    return value;
  }

  array(name: string): unknown[] {
    const value = this.instruction[name];
    if (!Array.isArray(value)) this.fail(`${name} is required (array)`);
    return value;
  }

  strings(name: string): string[] {
    const value = this.array(name);
    if (!value.every((item) => typeof item === "string")) this.fail(`${name} must be an array of strings`);
    return value as string[];
  }

  rule(segment: LdSegment): LdSegmentRule {
    const ruleId = this.nonEmptyString("ruleId");
    const rule = segment.rules.find((candidate) => candidate._id === ruleId);
    if (!rule) this.fail(`unknown ruleId "${ruleId}"`);
    return rule;
  }

  clause(rule: LdSegmentRule): LdClause {
    const clauseId = this.nonEmptyString("clauseId");
    const clause = rule.clauses.find((candidate) => candidate._id === clauseId);
    if (!clause) this.fail(`unknown clauseId "${clauseId}" in rule "${rule._id}"`);
    return clause;
  }

  clauses(name: string): LdClause[] {
    return this.array(name).map((value, position) => ({
      _id: newUuid(),
      ...this.clauseValue(value, `${name}[${position}]`),
    }));
  }

  clauseValue(value: unknown, where: string): LdClause {
    if (!value || typeof value !== "object" || Array.isArray(value))
      this.fail(`${where} must be a clause object`);
    const clause = value as Record<string, unknown>;
    for (const key of Object.keys(clause)) {
      if (!["contextKind", "attribute", "op", "negate", "values"].includes(key)) {
        this.fail(`${where}: unknown clause field "${key}"`);
      }
    }
    if (typeof clause.attribute !== "string" || clause.attribute === "")
      this.fail(`${where}.attribute is required`);
    if (typeof clause.op !== "string" || !CLAUSE_OPERATORS.has(clause.op)) {
      this.fail(`${where}.op must be one of ${[...CLAUSE_OPERATORS].join(", ")}`);
    }
    if (!Array.isArray(clause.values)) this.fail(`${where}.values is required (array)`);
    if (clause.negate !== undefined && typeof clause.negate !== "boolean")
      this.fail(`${where}.negate must be a boolean`);
    if (
      clause.contextKind !== undefined &&
      (typeof clause.contextKind !== "string" || clause.contextKind === "")
    ) {
      this.fail(`${where}.contextKind must be a non-empty string`);
    }
    return {
      attribute: clause.attribute,
      op: clause.op,
      values: [...clause.values],
      contextKind: (clause.contextKind as string | undefined) ?? "user",
      negate: (clause.negate as boolean | undefined) ?? false,
    };
  }
}
