import { describe, expect, it } from "vitest";
import {
  attributeFromAuditLog,
  describeActor,
  isToolWrite,
  toolTokenIds,
} from "../../src/drift/attribution.js";
import type { LdAuditLogEntry } from "../../src/launchdarkly/types.js";

function entry(date: number, fields: Partial<LdAuditLogEntry> = {}): LdAuditLogEntry {
  return {
    _id: `e${date}`,
    date,
    kind: "segment",
    name: "Beta users",
    description: `change at ${date}`,
    shortDescription: `short ${date}`,
    ...fields,
  };
}

const ada = { member: { email: "ada@example.com", firstName: "Ada", lastName: "Lovelace" } };
const tool = {
  comment: "ld-gitops 0.1.0: https://github.com/acme/flags/pull/7",
  token: { _id: "t-ci", name: "gitops" },
};
/** A write LaunchDarkly takes no comment for (a create, a metric patch), made with the tool's token. */
const toolWithoutComment = { token: { _id: "t-ci", name: "gitops" } };

describe("drift attribution", () => {
  it("blames the newest change made after ld-gitops last wrote the resource", () => {
    const result = attributeFromAuditLog([
      entry(400, { token: { name: "ci-bot" } }),
      entry(300, ada),
      entry(200, tool),
      entry(100, { member: { email: "old@example.com" } }),
    ]);
    expect(result).toEqual({
      source: "outside",
      changedAt: 400,
      changedBy: 'token "ci-bot"',
      description: "short 400",
      outOfBandChanges: 2,
      lastToolWriteAt: 200,
    });
  });

  it("does not depend on the order the log is returned in", () => {
    const result = attributeFromAuditLog([entry(200, tool), entry(300, { ...ada, comment: "hotfix" })]);
    expect(result).toMatchObject({
      changedAt: 300,
      changedBy: "Ada Lovelace <ada@example.com>",
      comment: "hotfix",
    });
  });

  it("finds nothing when ld-gitops made the newest change", () => {
    expect(attributeFromAuditLog([entry(300, tool), entry(200, ada)])).toBeUndefined();
    expect(attributeFromAuditLog([])).toBeUndefined();
  });

  it("counts every entry when ld-gitops never wrote the resource (within the fetched page)", () => {
    expect(attributeFromAuditLog([entry(2, ada), entry(1, ada)])).toMatchObject({
      outOfBandChanges: 2,
      changedAt: 2,
    });
  });

  it("recognises ld-gitops comments and describes actors", () => {
    expect(isToolWrite({ comment: "  LD-GITOPS apply" })).toBe(true);
    expect(isToolWrite({ comment: "not ld-gitops" })).toBe(false);
    expect(isToolWrite({})).toBe(false);
    expect(describeActor(entry(1, { member: { email: "x@example.com" } }))).toBe("x@example.com");
    expect(describeActor(entry(1, { app: { name: "Slack" } }))).toBe('app "Slack"');
    expect(describeActor(entry(1))).toBe("unknown actor");
  });

  it("recognises the tool's comment-less writes by the token that wrote its commented ones", () => {
    const segmentLog = [entry(100, tool)];
    const metricLog = [entry(300, ada), entry(200, toolWithoutComment)];
    const tokens = toolTokenIds([...segmentLog, ...metricLog]);
    expect(tokens).toEqual(new Set(["t-ci"]));
    expect(isToolWrite(metricLog[1]!, tokens)).toBe(true);
    expect(attributeFromAuditLog(metricLog, tokens)).toMatchObject({
      source: "outside",
      changedAt: 300,
      outOfBandChanges: 1,
      lastToolWriteAt: 200,
    });
    // A commented entry by the same token that is not the tool's stays someone else's change.
    expect(isToolWrite(entry(1, { comment: "manual", token: { _id: "t-ci" } }), tokens)).toBe(false);
    // Without knowing the tool's token, the comment-less write counts as outside the tool.
    expect(attributeFromAuditLog(metricLog, new Set())).toMatchObject({ outOfBandChanges: 2 });
  });

  it("says the tool's token made the change when its comment-less writes are all the log shows since its last commented one", () => {
    // QA: a metric PATCH and a segment DELETE made with the apply token were reported as "no change outside".
    const log = [entry(100, tool), entry(300, { ...toolWithoutComment, shortDescription: "renamed metric" })];
    const tokens = toolTokenIds(log);
    expect(attributeFromAuditLog(log, tokens)).toEqual({
      source: "tool-token",
      changedAt: 300,
      changedBy: 'token "gitops"',
      description: "renamed metric",
      outOfBandChanges: 1,
      lastToolWriteAt: 100,
    });
    // Comment-less writes before the last commented one are explained by it.
    expect(attributeFromAuditLog([entry(300, tool), entry(200, toolWithoutComment)], tokens)).toBeUndefined();
    // Someone else's change still wins.
    expect(attributeFromAuditLog([...log, entry(350, ada)], tokens)).toMatchObject({
      source: "outside",
      changedBy: "Ada Lovelace <ada@example.com>",
    });
  });
});
