export * from "./json.js";
export * from "./markdown.js";
export * from "./markdown-escape.js";
export * from "./text.js";
