// A custom role's policy statement as LaunchDarkly defines it: the client sends it, the plan diffs it,
// src/permissions evaluates it. Kept in the model so that permissions need nothing from the client.

/** `StatementPost` / `Statement`. */
export interface LdStatement {
  effect: "allow" | "deny";
  resources?: string[];
  notResources?: string[];
  actions?: string[];
  notActions?: string[];
}
