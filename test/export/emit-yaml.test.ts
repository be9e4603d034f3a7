import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { yamlText } from "../../src/export/emit-yaml.js";

describe("export YAML", () => {
  it("writes a value shared by two resources out twice, never as an anchor and alias", () => {
    const empty: string[] = [];
    const content = {
      segments: [
        { key: "a", name: "A", environments: { production: { tags: empty } } },
        { key: "b", name: "B", environments: { production: { tags: empty } } },
      ],
    };
    const text = yamlText(content);
    expect(text).not.toMatch(/[&*]a\d/);
    expect(parse(text)).toEqual(content);
  });
});
