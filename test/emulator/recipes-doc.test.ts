// docs/emulator-recipes.md: every hand-edit `curl` in it is sent, as written, to the emulator seeded the way the page
// says (`--project checkout:prod,stage` + the starter configuration applied), and must change what it says it does.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { seedProjects } from "../../src/emulator/seed.js";
import { runCli } from "../cli/run-cli.js";

const REPO_ROOT = new URL("../../", import.meta.url);
const page = readFileSync(new URL("docs/emulator-recipes.md", REPO_ROOT), "utf8");
const TOKEN = "dev-token";

interface Recipe {
  method: string;
  path: string;
  contentType: string;
  body: unknown;
}

/** The `curl -X METHOD "$LD_BASE_URI/..."` commands with a body, in page order. */
function recipes(): Recipe[] {
  const found: Recipe[] = [];
  const pattern =
    /curl -s -X (\w+) "\$LD_BASE_URI(\/api\/v2\/[^"]+)" \\\n\s+-H "Authorization: \$LD_ACCESS_TOKEN" -H 'Content-Type: ([^']+)' \\\n\s+-d '([^']+)'/g;
  for (const match of page.matchAll(pattern)) {
    const [, method = "", path = "", contentType = "", body = ""] = match;
    found.push({ method, path, contentType, body: JSON.parse(body) });
  }
  return found;
}

let emulator: RunningEmulator;
let cwd: string;

beforeAll(async () => {
  emulator = await startEmulator({
    tokens: { [TOKEN]: { role: "writer", name: "me" } },
    state: seedProjects(undefined, [{ key: "checkout", environments: ["prod", "stage"] }]).snapshot,
  });
  cwd = mkdtempSync(join(tmpdir(), "ld-gitops-recipes-"));
  const env = { LD_BASE_URI: emulator.url, LD_ACCESS_TOKEN: TOKEN, LAUNCHDARKLY_ACCESS_TOKEN: undefined };
  expect((await runCli(["init", "--project", "checkout:prod,stage", "--no-workflows"], { cwd })).status).toBe(
    0,
  );
  const apply = await runCli(["apply", "--yes"], { cwd, env });
  expect(apply.status, apply.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await emulator?.close();
  rmSync(cwd, { recursive: true, force: true });
});

async function send(recipe: Recipe): Promise<Response> {
  return fetch(`${emulator.url}${recipe.path}`, {
    method: recipe.method,
    headers: { Authorization: TOKEN, "Content-Type": recipe.contentType },
    body: JSON.stringify(recipe.body),
  });
}

describe("docs/emulator-recipes.md", () => {
  it("names the semantic-patch instructions LaunchDarkly documents, and each one does what the page says", async () => {
    const all = recipes();
    const kinds = all.flatMap((recipe) =>
      Array.isArray(recipe.body)
        ? []
        : (recipe.body as { instructions: { kind: string }[] }).instructions.map((i) => i.kind),
    );
    expect(kinds).toEqual(["updateName", "addIncludedTargets", "addRule"]);
    const reference = readFileSync(
      new URL("../shared/launchdarkly/segment-semantic-patch.md", REPO_ROOT),
      "utf8",
    );
    for (const kind of kinds) expect(reference).toContain(`| \`${kind}\` |`);

    for (const recipe of all) {
      const response = await send(recipe);
      expect(response.status, `${recipe.method} ${recipe.path}: ${await response.clone().text()}`).toBe(200);
    }
    const segment = (await (
      await fetch(`${emulator.url}/api/v2/segments/checkout/prod/beta-testers`, {
        headers: { Authorization: TOKEN },
      })
    ).json()) as { name: string; included: string[]; rules: { description?: string }[] };
    expect(segment.name).toBe("Beta testers (opt-in)");
    expect(segment.included).toContain("user-42");
    expect(segment.rules.map((rule) => rule.description)).toContain("QA accounts");
    const metric = (await (
      await fetch(`${emulator.url}/api/v2/metrics/checkout/checkout-latency`, {
        headers: { Authorization: TOKEN },
      })
    ).json()) as { name: string };
    expect(metric.name).toBe("Checkout latency (ms)");

    // And drift finds every one of them, in the same words for the segment and the metric.
    const drift = await runCli(["drift"], {
      cwd,
      env: { LD_BASE_URI: emulator.url, LD_ACCESS_TOKEN: TOKEN, LAUNCHDARKLY_ACCESS_TOKEN: undefined },
    });
    expect(drift.status, drift.stderr).toBe(2);
    const attributions = drift.stdout.split("\n").filter((line) => line.includes("last changed by"));
    expect(attributions).toHaveLength(2);
    for (const line of attributions)
      expect(line).toContain(
        'last changed by token "me" (with the token ld-gitops uses, without an ld-gitops comment)',
      );
    expect(drift.stdout).toContain("(and 2 earlier changes since ld-gitops last wrote it)");
  }, 120_000);
});
