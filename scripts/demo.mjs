// `npm run demo`: the whole flow with no LaunchDarkly account. It starts the built-in LaunchDarkly emulator,
// seeds an "existing" project that already has some of the resources in examples/ (one of them out of date and
// used by a flag, one that the repository does not manage), then runs the committed CLI bundle the way a user would:
// validate → plan → apply → plan again (empty) → a change made by hand in "LaunchDarkly" → drift.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const CLI = "dist/cli/index.js";
const CONFIG_DIR = "examples/launchdarkly";
// Two tokens, as a team would have: the CI's, and a person's who edits LaunchDarkly by hand.
const CI_TOKEN = "demo-ci-token";
const PERSON_TOKEN = "demo-ada-token";

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text) => (color ? `\u001b[1m${text}\u001b[22m` : text);
const dim = (text) => (color ? `\u001b[2m${text}\u001b[22m` : text);

function step(title, command) {
  process.stdout.write(`\n${bold(`━━ ${title}`)}\n${dim(`$ ${command}`)}\n\n`);
}

/** Starts `ld-gitops emulator` and resolves with its URL from the one line it prints. */
function startEmulator() {
  const child = spawn(
    process.execPath,
    [
      CLI,
      "emulator",
      "--port",
      "0",
      "--token",
      `${CI_TOKEN}:writer:ci-deploy`,
      "--token",
      `${PERSON_TOKEN}:writer:ada-laptop`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`the emulator exited early (${code})`)));
    createInterface({ input: child.stdout }).once("line", (line) => {
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve({ child, url });
      else reject(new Error(`unexpected emulator output: ${line}`));
    });
  });
}

/** The same request as a command a user can copy (the demo's tokens are not secrets). */
function curlCommand(url, token, method, path, body, contentType) {
  const data = body === undefined ? "" : ` \\\n    -d '${JSON.stringify(body)}'`;
  return `curl -s -X ${method} ${url}${path} \\\n    -H 'Authorization: ${token}' -H 'Content-Type: ${contentType}'${data}`;
}

async function call(url, token, method, path, body, contentType = "application/json") {
  process.stdout.write(`${dim(`$ ${curlCommand(url, token, method, path, body, contentType)}`)}\n`);
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Authorization: token, "Content-Type": contentType, "LD-API-Version": "20240415" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** What already exists before the team adopts ld-gitops: the project, an outdated segment, an unmanaged one. */
async function seedExistingProject(url) {
  await call(url, PERSON_TOKEN, "POST", "/api/v2/projects", {
    key: "web-app",
    name: "Web app",
    environments: [
      { key: "production", name: "Production", color: "e5484d", critical: true },
      { key: "staging", name: "Staging", color: "30a46c" },
    ],
  });
  for (const environment of ["production", "staging"]) {
    await call(url, PERSON_TOKEN, "POST", `/api/v2/segments/web-app/${environment}`, {
      key: "beta-testers",
      name: "Beta users",
      tags: ["beta"],
    });
    await call(
      url,
      PERSON_TOKEN,
      "PATCH",
      `/api/v2/segments/web-app/${environment}/beta-testers`,
      {
        environmentKey: environment,
        instructions: [
          { kind: "addIncludedTargets", contextKind: "user", values: ["user-1042", "user-0001"] },
        ],
        comment: "hand-made before ld-gitops",
      },
      "application/json; domain-model=launchdarkly.semanticpatch",
    );
  }
  await call(url, PERSON_TOKEN, "POST", "/api/v2/segments/web-app/production", {
    key: "legacy-holdout",
    name: "Legacy holdout",
  });
  // A flag that serves the new checkout to the beta testers in production: the plan names it under the segment.
  await call(url, PERSON_TOKEN, "POST", "/api/v2/flags/web-app", {
    key: "new-checkout",
    name: "New checkout",
  });
  await call(url, PERSON_TOKEN, "PATCH", "/api/v2/flags/web-app/new-checkout", {
    patch: [
      { op: "replace", path: "/environments/production/on", value: true },
      {
        op: "add",
        path: "/environments/production/rules/-",
        value: {
          description: "Beta testers first",
          variation: 0,
          trackEvents: false,
          clauses: [
            { attribute: "segmentMatch", op: "segmentMatch", values: ["beta-testers"], negate: false },
          ],
        },
      },
    ],
    comment: "roll the new checkout out to beta testers",
  });
}

/** The SDKs have evaluated flags for the cohorts' users: LaunchDarkly knows them (the plan's identifier check). */
async function seedSeenContexts(url) {
  const keys = [
    ...readFileSync(`${CONFIG_DIR}/cohorts/power-users.csv`, "utf8")
      .split(/\r?\n/)
      .slice(1)
      .map((row) => row.split(",")[0]),
    ...readFileSync(`${CONFIG_DIR}/cohorts/churn-risk.txt`, "utf8").split("\n"),
  ].filter((key) => key !== "");
  for (const environment of ["production", "staging"]) {
    const response = await fetch(`${url}/__emulator/contexts`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        projectKey: "web-app",
        environmentKey: environment,
        contexts: keys.map((key) => ({ kind: "user", key })),
      }),
    });
    if (!response.ok) throw new Error(`recording contexts: ${response.status} ${await response.text()}`);
  }
  process.stdout.write(
    dim(
      `(recorded ${keys.length} user contexts per environment as seen by the SDKs: POST ${url}/__emulator/contexts)\n`,
    ),
  );
}

/**
 * The analytics tool exports a new cohort: 300 users leave, 120 join. Written to a copy of the configuration so the
 * repository's example stays as it is.
 */
function refreshCohort() {
  const dir = mkdtempSync(join(tmpdir(), "ld-gitops-demo-"));
  cpSync(CONFIG_DIR, join(dir, "launchdarkly"), { recursive: true });
  const file = join(dir, "launchdarkly", "cohorts", "power-users.csv");
  const [header, ...rows] = readFileSync(file, "utf8")
    .split("\r\n")
    .filter((row) => row !== "");
  const joined = Array.from({ length: 120 }, (_, i) => {
    const key = `user-new-${String(i).padStart(3, "0")}`;
    return `${key},${key}@example.com,25`;
  });
  writeFileSync(file, `${[header, ...rows.slice(300), ...joined].join("\r\n")}\r\n`);
  return join(dir, "launchdarkly");
}

/** Runs the CLI bundle with the demo's environment; resolves with its exit code. */
function cli(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function expectExit(what, code, expected) {
  if (!expected.includes(code)) throw new Error(`${what} exited ${code}, expected ${expected.join(" or ")}`);
  process.stdout.write(dim(`(exit ${code})\n`));
}

const { child: emulator, url } = await startEmulator();
// However the demo ends, its emulator ends with it: `npm run demo | head` closes stdout, so the next write fails with
// EPIPE, which would otherwise crash the demo past its `finally` and leave the emulator running.
process.on("exit", () => emulator.kill("SIGTERM"));
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => process.exit(130));
try {
  process.stdout.write(
    `${bold("ld-gitops demo")}: LaunchDarkly emulator at ${url}, configuration in ${CONFIG_DIR}/\n`,
  );
  process.stdout.write(
    `\n${bold("━━ 0. What already exists in LaunchDarkly")} (the same requests work against your own emulator: docs/emulator-recipes.md)\n`,
  );
  await seedExistingProject(url);
  await seedSeenContexts(url);
  const env = { LD_BASE_URI: url, LD_ACCESS_TOKEN: CI_TOKEN, GITHUB_ACTIONS: "" };

  step("1. Validate the YAML", `ld-gitops validate --dir ${CONFIG_DIR}`);
  expectExit("validate", await cli(["validate", "--dir", CONFIG_DIR], env), [0]);

  step("2. Plan: what would change in LaunchDarkly (exit 2 = changes)", `ld-gitops plan --dir ${CONFIG_DIR}`);
  expectExit("plan", await cli(["plan", "--dir", CONFIG_DIR], env), [2]);

  step("3. Apply it", `ld-gitops apply --dir ${CONFIG_DIR} --yes`);
  expectExit("apply", await cli(["apply", "--dir", CONFIG_DIR, "--yes"], env), [0]);

  step("4. Plan again: nothing left to do (exit 0)", `ld-gitops plan --dir ${CONFIG_DIR}`);
  expectExit("plan", await cli(["plan", "--dir", CONFIG_DIR], env), [0]);

  // Someone changes production by hand, outside the repository.
  process.stdout.write(`\n${bold("━━ A hand edit in production, with another person's token")}\n`);
  await call(
    url,
    PERSON_TOKEN,
    "PATCH",
    "/api/v2/segments/web-app/production/beta-testers",
    {
      environmentKey: "production",
      instructions: [{ kind: "removeIncludedTargets", contextKind: "user", values: ["user-2381"] }],
      comment: "user-2381 asked to leave the beta",
    },
    "application/json; domain-model=launchdarkly.semanticpatch",
  );
  step(
    "5. Someone edits production by hand; drift finds it and says who (exit 2 = drift)",
    `ld-gitops drift --dir ${CONFIG_DIR}`,
  );
  expectExit("drift", await cli(["drift", "--dir", CONFIG_DIR], env), [2]);

  const refreshed = refreshCohort();
  try {
    process.stdout.write(
      `\n${bold("━━ The analytics tool exports a new cohort")}: 300 users left, 120 joined (a copy of the config in ${refreshed})\n`,
    );
    step(
      "6. Plan: the cohort's membership diff (+120 −300, one semantic-patch request)",
      `ld-gitops plan --dir ${refreshed}`,
    );
    expectExit("plan", await cli(["plan", "--dir", refreshed], env), [2]);
    step("7. Apply the membership change", `ld-gitops apply --dir ${refreshed} --yes`);
    expectExit("apply", await cli(["apply", "--dir", refreshed, "--yes"], env), [0]);
    step("8. Plan again: LaunchDarkly mirrors the cohort (exit 0)", `ld-gitops plan --dir ${refreshed}`);
    expectExit("plan", await cli(["plan", "--dir", refreshed], env), [0]);
  } finally {
    rmSync(refreshed.replace(/launchdarkly$/, ""), { recursive: true, force: true });
  }

  process.stdout.write(
    `\n${bold("Done.")} Point LD_BASE_URI and LD_ACCESS_TOKEN at your LaunchDarkly account to use it for real.\n`,
  );
} finally {
  emulator.kill("SIGTERM");
}
