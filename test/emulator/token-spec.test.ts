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
  it("refuses a role that is not reader or writer, instead of reading the whole spec as the token", () => {
    expect(() => parseToken("tok:admin")).toThrow(/reader or writer/);
    expect(() => parseToken("tok:my-laptop")).toThrow(/reader or writer/);
    expect(parseToken("tok:reader:Ada: laptop")).toEqual(["tok", { role: "reader", name: "Ada: laptop" }]);
  });
  it("refuses an empty token", () => {
    expect(() => parseToken(":writer")).toThrow(/non-empty/);
  });
});
