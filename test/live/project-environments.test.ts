// A project's environments come from the project read (`expand=environments`) when it embeds them all.
import { describe, expect, it } from "vitest";
import type { LaunchDarklyApi } from "../../src/launchdarkly/api.js";
import type { LdEnvironment, LdProject } from "../../src/launchdarkly/types.js";
import { projectEnvironments } from "../../src/live/read-live-state.js";

const environment = (key: string): LdEnvironment => ({
  _id: key,
  key,
  name: key,
  color: "000000",
  tags: [],
  critical: false,
});

function project(items: LdEnvironment[] | undefined, totalCount?: number): LdProject {
  return {
    _id: "p",
    key: "p",
    name: "p",
    tags: [],
    ...(items !== undefined
      ? { environments: { items, ...(totalCount !== undefined ? { totalCount } : {}) } }
      : {}),
  } as LdProject;
}

function listingApi(listed: LdEnvironment[]): { api: LaunchDarklyApi; calls: string[] } {
  const calls: string[] = [];
  const api = {
    listEnvironments: async (projectKey: string) => {
      calls.push(projectKey);
      return listed;
    },
  } as unknown as LaunchDarklyApi;
  return { api, calls };
}

describe("projectEnvironments", () => {
  it("uses the embedded environments when the project carries them all", async () => {
    const { api, calls } = listingApi([]);
    const embedded = [environment("production"), environment("staging")];
    expect(await projectEnvironments(api, "p", project(embedded, 2))).toEqual(embedded);
    expect(await projectEnvironments(api, "p", project(embedded))).toEqual(embedded);
    expect(calls).toEqual([]);
  });

  it("lists them when the project embeds only some, or none", async () => {
    const all = [environment("production"), environment("staging"), environment("test")];
    const { api, calls } = listingApi(all);
    expect(await projectEnvironments(api, "p", project([environment("production")], 3))).toEqual(all);
    expect(await projectEnvironments(api, "p", project(undefined))).toEqual(all);
    expect(calls).toEqual(["p", "p"]);
  });
});
