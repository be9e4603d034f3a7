import { describe, expect, it } from "vitest";
import { readRunContext } from "../../src/action/run-context.js";
import { resolveRunUrl, workflowRunUrl } from "../../src/action/run-url.js";

describe("workflow run URL", () => {
  it("joins server, repository and run id", () => {
    expect(workflowRunUrl({ serverUrl: "https://github.com", repository: "o/r", runId: "9" })).toBe(
      "https://github.com/o/r/actions/runs/9",
    );
  });

  it("defaults the server to https://github.com and drops a trailing slash", () => {
    expect(workflowRunUrl({ repository: "o/r", runId: "9" })).toBe("https://github.com/o/r/actions/runs/9");
    expect(workflowRunUrl({ serverUrl: "", repository: "o/r", runId: "9" })).toBe(
      "https://github.com/o/r/actions/runs/9",
    );
    expect(workflowRunUrl({ serverUrl: "https://ghe.example.com//", repository: "o/r", runId: "9" })).toBe(
      "https://ghe.example.com/o/r/actions/runs/9",
    );
  });

  it("is undefined without a repository or a run id", () => {
    expect(workflowRunUrl({ serverUrl: "https://github.com", runId: "9" })).toBeUndefined();
    expect(workflowRunUrl({ serverUrl: "https://github.com", repository: "o/r" })).toBeUndefined();
    expect(workflowRunUrl({ repository: "o/r", runId: " " })).toBeUndefined();
  });

  it("is the same for the CLI's environment and the Action's run context", () => {
    const envs: Record<string, string>[] = [
      { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "o/r", GITHUB_RUN_ID: "9" },
      { GITHUB_SERVER_URL: "https://ghe.example.com/", GITHUB_REPOSITORY: "o/r", GITHUB_RUN_ID: "9" },
      { GITHUB_REPOSITORY: "o/r", GITHUB_RUN_ID: "9" },
      { GITHUB_REPOSITORY: "o/r" },
    ];
    for (const env of envs) expect(readRunContext(env).runUrl).toBe(resolveRunUrl(env));
    expect(resolveRunUrl(envs[1])).toBe("https://ghe.example.com/o/r/actions/runs/9");
    expect(resolveRunUrl(envs[2])).toBe("https://github.com/o/r/actions/runs/9");
  });
});
