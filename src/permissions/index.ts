// Custom-role policy evaluation and the permissions a plan needs: pure, GitHub-free, no I/O.

export * from "../apply/required-permissions.js";
export * from "./evaluate-access.js";
export * from "./evaluate-policy.js";
export * from "./glob.js";
export * from "./match-specifier.js";
export * from "./resource.js";
export * from "./tri-state.js";
