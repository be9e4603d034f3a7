// Setup file (vitest.config.ts): every config file a test loads through the fast YAML path is also parsed with yaml,
// and any difference in data or positions fails that test. So each YAML text in the suite is a case of the fast
// path's agreement with yaml, not only the cases in test/load/fast-parse-config-file.test.ts.
import { vi } from "vitest";
import { disagreements } from "./fast-parse-agreement.js";

vi.mock("../../src/load/fast-parse-config-file.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/load/fast-parse-config-file.js")>();
  return {
    ...actual,
    fastParseConfigFile: (text: string, pointersOf: (value: unknown) => string[]) => {
      const fast = actual.fastParseConfigFile(text, pointersOf);
      if (fast) {
        const problems = disagreements(text, fast);
        if (problems.length > 0)
          throw new Error(
            `the fast YAML path disagrees with yaml:\n${problems.join("\n")}\n--- text:\n${text}`,
          );
      }
      return fast;
    },
  };
});
