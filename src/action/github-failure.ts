import { safeErrorMessage } from "../launchdarkly/redact.js";

/** A failed GitHub call explained: 403s mean the workflow's `permissions:` lack what this mode needs. */
export function explainGitHubFailure(error: unknown, needed: string): string {
  const status = (error as { status?: number }).status;
  const base = `GitHub API call failed${status ? ` (HTTP ${status})` : ""}: ${safeErrorMessage(error)}`;
  if (status === 403 || status === 401) {
    return `${base}. Give the workflow's job \`permissions: ${needed}\`, or pass a \`github-token\` that has it.`;
  }
  return base;
}
