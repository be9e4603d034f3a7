import type { SourceLocation } from "./source.js";

/** One policy statement (`StatementPost`): exactly one of resources/notResources and of actions/notActions. */
export interface RoleStatement {
  effect: "allow" | "deny";
  resources?: string[];
  notResources?: string[];
  actions?: string[];
  notActions?: string[];
}

/** A custom role as written in the repo (`CustomRolePost`). Roles are account-wide: no project. */
export interface RoleDefinition {
  key: string;
  name: string;
  description?: string;
  /** `no_access` (LaunchDarkly's default) or `reader`. */
  basePermissions?: string;
  resourceCategory?: string;
  policy: RoleStatement[];
  source: SourceLocation;
}
