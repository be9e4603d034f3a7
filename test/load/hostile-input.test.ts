import { describe, expect, it } from "vitest";
import { errors, HEADER, validateFiles, warnings } from "../validate/helpers.js";

// Each hostile file must give a clear diagnostic at file:line:column, never a crash or a hang.
describe("hostile input", () => {
  it("stops a YAML alias bomb (billion laughs) at the first alias", async () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
      "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
      "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
      "h: [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
    ].join("\n");
    const result = await validateFiles({ "bomb.yaml": bomb });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        file: "launchdarkly/bomb.yaml",
        line: 2,
        column: 8,
        message: expect.stringContaining("alias bomb"),
      }),
    ]);
  });

  it("accepts ordinary YAML that reuses one small anchor many times (the expanded size is limited, not the count)", async () => {
    const included = Array.from({ length: 400 }, (_, i) => `      - *user${i % 2}`).join("\n");
    const yaml = `${HEADER}segments:\n  - key: reused\n    name: &name Reused\n    included:\n      - &user0 user-a\n      - &user1 user-b\n${Array.from({ length: 149 }, () => "      - *name").join("\n")}\n${included}\n`;
    const result = await validateFiles({ "reuse.yaml": yaml });
    expect(errors(result).filter((error) => /alias/i.test(error.message))).toEqual([]);
  });

  it("refuses an alias inside its own anchor", async () => {
    const result = await validateFiles({ "loop.yaml": "a: &a [1, *a]\n" });
    expect(errors(result)[0]?.message).toMatch(/alias/);
  });

  it("refuses a 50 MB file with a message saying what to do", async () => {
    const result = await validateFiles({ "huge.yaml": Buffer.alloc(50 * 1024 * 1024, 0x20) });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        file: "launchdarkly/huge.yaml",
        line: 1,
        column: 1,
        message: expect.stringMatching(/50 MB.*10 MB.*split/),
      }),
    ]);
  });

  it("refuses a binary file", async () => {
    const result = await validateFiles({
      "logo.yaml": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    });
    expect(errors(result)[0]?.message).toContain("binary");
  });

  it("refuses invalid UTF-8 at its position", async () => {
    const result = await validateFiles({
      "latin1.yaml": Buffer.from("project: web-app\nsegments:\n  - key: caf\xe9\n", "latin1"),
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({ line: 3, column: 13, message: expect.stringContaining("UTF-8") }),
    ]);
  });

  it("reports duplicate mapping keys at the second key, naming the first", async () => {
    const result = await validateFiles({
      "dup.yaml": `${HEADER}segments:\n  - key: a\n    name: A\n    name: B\n`,
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 6,
        column: 5,
        message: expect.stringMatching(/duplicate key `name`: it is already set at line 5, column 5/),
      }),
    ]);
  });

  it("explains that a file must be a mapping when it is a list", async () => {
    const result = await validateFiles({ "list.yaml": "- key: beta\n  name: Beta\n" });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        message: expect.stringMatching(/must be a mapping .*this one is a list/),
      }),
    ]);
  });

  it("warns about an empty file and still validates the others", async () => {
    const result = await validateFiles({ "empty.yaml": "# nothing yet\n", "roles.yaml": "roles: []\n" });
    expect(errors(result)).toEqual([]);
    expect(warnings(result)).toEqual([
      expect.objectContaining({ file: "launchdarkly/empty.yaml", message: expect.stringContaining("empty") }),
    ]);
  });

  it("reports a YAML syntax error at its line and column and skips schema noise for that file", async () => {
    const result = await validateFiles({ "broken.yaml": `${HEADER}segments:\n  - key: a\n    name: [A\n` });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      severity: "error",
      line: 6,
      message: expect.stringContaining("YAML syntax error"),
    });
  });

  it("asks for one document per file", async () => {
    const result = await validateFiles({ "multi.yaml": "roles: []\n---\nroles: []\n" });
    expect(errors(result)).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining("several YAML documents") }),
    ]);
  });

  it("reports an alias with no anchor", async () => {
    const result = await validateFiles({ "alias.yaml": "roles: *missing\n" });
    expect(errors(result)[0]?.message).toContain("alias");
  });
});
