import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { isSchemaValid } from "../../load/config-file.js";
import { diagnosticAt } from "../../load/source-location.js";
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
      for (const [positive, negative, what] of [
        ["resources", "notResources", "resources the statement covers"],
        ["actions", "notActions", "actions it allows or denies"],
      ] as const) {
        const has = statement[positive] !== undefined;
        const hasNot = statement[negative] !== undefined;
        if (has && hasNot) {
          diagnostics.push(
            diagnosticAt(
              role.file,
              `${pointer}/${negative}`,
              `a statement has either \`${positive}\` or \`${negative}\`, not both: keep one (role \`${role.definition.key}\`)`,
            ),
          );
        } else if (!has && !hasNot) {
          diagnostics.push(
            diagnosticAt(
              role.file,
              pointer,
              `statement needs \`${positive}\` (or \`${negative}\`): the ${what} (role \`${role.definition.key}\`)`,
            ),
          );
        } else if ((statement[positive] ?? statement[negative])?.length === 0) {
          diagnostics.push(
            diagnosticAt(
              role.file,
              `${pointer}/${has ? positive : negative}`,
              `\`${has ? positive : negative}\` is empty, so the statement ${has ? "has no effect" : "covers everything"}: list at least one`,
            ),
          );
        }
      }
      if (statement.notResources !== undefined && statement.notActions !== undefined) {
        diagnostics.push(
          diagnosticAt(
            role.file,
            `${pointer}/notActions`,
            "`notResources` with `notActions` covers every other action on every other resource: LaunchDarkly accepts it, but check that is what you mean",
            "warning",
          ),
        );
      }
    });
  }
  return diagnostics;
};
