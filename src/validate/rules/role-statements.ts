import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
import { finding } from "../../model/finding.js";
import type { ValidationRule } from "./rule.js";

/**
 * A policy statement has exactly one of `resources`/`notResources` and exactly one of `actions`/`notActions`
 * (StatementPost). Combining `notResources` with `notActions` is accepted by LaunchDarkly but rarely meant.
 */
export const checkRoleStatements: ValidationRule = (config) => {
  const diagnostics: Diagnostic[] = [];
  for (const role of config.roles) {
    if (!isSchemaValid(role.file, role.pointer)) continue;
    role.definition.policy.forEach((statement, index) => {
      const pointer = `${role.pointer}/policy/${index}`;
      for (const [positive, negative] of [
        ["resources", "notResources"],
        ["actions", "notActions"],
      ] as const) {
        const has = statement[positive] !== undefined;
        const hasNot = statement[negative] !== undefined;
        if (has && hasNot) {
          diagnostics.push(
            diagnosticAt(
              role.file,
              `${pointer}/${negative}`,
              finding("role.statement-both", {
                role: role.definition.key,
                field: positive,
                negated: negative,
              }),
            ),
          );
        } else if (!has && !hasNot) {
          diagnostics.push(
            diagnosticAt(
              role.file,
              pointer,
              finding("role.statement-neither", {
                role: role.definition.key,
                field: positive,
                negated: negative,
              }),
            ),
          );
        } else if ((statement[positive] ?? statement[negative])?.length === 0) {
          diagnostics.push(
            diagnosticAt(
              role.file,
              `${pointer}/${has ? positive : negative}`,
              finding("role.statement-empty", { field: has ? positive : negative, negated: !has }),
            ),
          );
        }
      }
      if (statement.notResources !== undefined && statement.notActions !== undefined) {
        diagnostics.push(
          diagnosticAt(
            role.file,
            `${pointer}/notActions`,
            finding("role.not-resources-not-actions", {}),
            "warning",
          ),
        );
      }
    });
  }
  return diagnostics;
};
