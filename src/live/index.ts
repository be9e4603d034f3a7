export * from "./live-state.js";
export * from "./missing-scope-error.js";
export * from "./read-live-state.js";
