export * from "./context-kind.js";
export * from "./desired-state.js";
export * from "./metric.js";
export * from "./role.js";
export * from "./segment.js";
export * from "./source.js";
