import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript build script, without types.
import { GENERATED_VALIDATOR, generateSchemaValidator } from "../../scripts/generate-schema-validator.mjs";

describe("the ahead-of-time compiled config-file schema", () => {
  it("is what scripts/generate-schema-validator.mjs makes of schemas/ld-gitops.schema.json today", () => {
    expect(
      readFileSync(GENERATED_VALIDATOR, "utf8") === generateSchemaValidator(),
      "src/validate/generated/config-file-validator.js is stale: run `npm run generate`",
    ).toBe(true);
  });
});
