import { describe, expect, it } from "vitest";
import { parseDeleteThresholdInput } from "../../src/action/inputs.js";

describe("the delete-threshold input", () => {
  it("is parsed like the CLI's --delete-threshold: N, N% or N,N%; empty means the default", () => {
    expect(parseDeleteThresholdInput("")).toBeUndefined();
    expect(parseDeleteThresholdInput(" 10 ")).toEqual({ maxCount: 10 });
    expect(parseDeleteThresholdInput("25%")).toEqual({ maxPercent: 25 });
    expect(parseDeleteThresholdInput("11,92%")).toEqual({ maxCount: 11, maxPercent: 92 });
  });
  it("names the input, not a CLI option, when it is malformed", () => {
    expect(() => parseDeleteThresholdInput("ten")).toThrow(/^Input "delete-threshold" must be a number/);
  });
});
