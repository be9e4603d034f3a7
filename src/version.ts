/** The tool's name and version, as sent in `User-Agent` and audit-log comments. Kept equal to package.json by a test. */
export const TOOL_NAME = "ld-gitops";
export const TOOL_VERSION = "0.1.0";
