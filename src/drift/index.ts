export * from "./attribution.js";
export * from "./describe-attribution.js";
export * from "./detect-drift.js";
export * from "./drift-report.js";
export * from "./render-drift-markdown.js";
export * from "./render-drift-text.js";
export * from "./resource-specifier.js";
