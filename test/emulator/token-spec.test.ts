import { describe, expect, it } from "vitest";
import { parseToken } from "../../src/cli/commands/emulator.js";

describe("emulator --token TOKEN[:reader|writer[:NAME]]", () => {
  it("defaults to a writer with no name", () => {
    expect(parseToken("abc")).toEqual(["abc", { role: "writer" }]);
  });
  it("takes a role, and a name the audit log shows", () => {
    expect(parseToken("abc:reader")).toEqual(["abc", { role: "reader" }]);
    expect(parseToken("abc:writer:Ada's laptop")).toEqual(["abc", { role: "writer", name: "Ada's laptop" }]);
  });
  it("keeps colons inside the token itself", () => {
    expect(parseToken("a:b:c")).toEqual(["a:b:c", { role: "writer" }]);
    expect(parseToken("a:b:reader")).toEqual(["a:b", { role: "reader" }]);
  });
  it("refuses an empty token", () => {
    expect(() => parseToken(":writer")).toThrow(/non-empty/);
  });
});
