export * from "./desired-state.js";
export * from "./member-file.js";
export * from "./metric.js";
export * from "./role.js";
export * from "./segment.js";
export * from "./segment-members.js";
export * from "./source.js";
