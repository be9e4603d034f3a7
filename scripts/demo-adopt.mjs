// `npm run demo:adopt`: adopting an account that already exists, with no LaunchDarkly account. It starts the
// emulator seeded with resources "made in the UI" (segments differing per environment, a partner integration's
// segment, metrics, custom roles), then runs the CLI the way a user would: export → validate → plan (adoption only)
// → apply → plan again (empty). Runs the CLI from the sources (tsx), so it works before `npm run build`.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

const CLI = ["--import", "tsx", "src/cli/main.ts"];
const TOKEN = "demo-ci-token";
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text) => (color ? `\u001b[1m${text}\u001b[22m` : text);
const dim = (text) => (color ? `\u001b[2m${text}\u001b[22m` : text);

const rule = { clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"], negate: false }] };
const existing = {
  formatVersion: 1,
  projects: [
    {
      key: "web-app",
      name: "Web app",
      environments: [
        {
          key: "production",
          name: "Production",
          segments: [
            {
              key: "beta-testers",
              name: "Beta testers",
              tags: ["beta"],
              included: ["u3", "u1", "u2"],
              rules: [rule],
            },
            { key: "amplitude-cohort", name: "Power users (Amplitude)", _external: "amplitude" },
          ],
        },
        {
          key: "staging",
          name: "Staging",
          segments: [
            { key: "beta-testers", name: "Beta testers", tags: ["beta"], included: ["u1"], rules: [rule] },
          ],
        },
      ],
      metrics: [
        {
          key: "checkout-completed",
          name: "Checkout completed",
          kind: "custom",
          eventKey: "checkout",
          isNumeric: false,
        },
      ],
    },
  ],
  roles: [
    {
      key: "segment-syncer",
      name: "Segment syncer",
      description: "Made in the UI",
      policy: [{ effect: "allow", resources: ["proj/*:env/*:segment/*"], actions: ["updateIncluded"] }],
    },
  ],
};

function step(title, command) {
  process.stdout.write(`\n${bold(`━━ ${title}`)}\n${dim(`$ ${command}`)}\n\n`);
}

function startEmulator(stateFile) {
  const child = spawn(
    process.execPath,
    [...CLI, "emulator", "--port", "0", "--state", stateFile, "--token", `${TOKEN}:writer:ci`],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`the emulator exited early (${code})`)));
    createInterface({ input: child.stdout }).once("line", (line) => {
      const url = /https?:\/\/\S+/.exec(line)?.[0];
      if (url) resolve({ child, url });
      else reject(new Error(`unexpected emulator output: ${line}`));
    });
  });
}

function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], {
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const work = await mkdtemp(join(tmpdir(), "ld-gitops-adopt-"));
const stateFile = join(work, "existing.json");
await writeFile(stateFile, JSON.stringify(existing));
const { child, url } = await startEmulator(stateFile);
const env = { LD_ACCESS_TOKEN: TOKEN, LD_BASE_URI: url, GITHUB_REPOSITORY: "acme/flags" };
const dir = join(work, "launchdarkly");
try {
  step("Export what the account holds", `ld-gitops export --project web-app --out ${dir}`);
  if (
    (await run(
      ["export", "--project", "web-app", "--out", dir, "--schema", "schemas/ld-gitops.schema.json"],
      env,
    )) !== 0
  )
    throw new Error("export failed");
  step("The files validate", `ld-gitops validate --dir ${dir}`);
  if ((await run(["validate", "--dir", dir], env)) !== 0) throw new Error("validate failed");
  step("The plan shows only adoption", `ld-gitops plan --dir ${dir}`);
  if ((await run(["plan", "--dir", dir], env)) !== 2) throw new Error("plan should show the adoptions");
  step("Apply writes the ownership markers", `ld-gitops apply --dir ${dir} --yes`);
  if ((await run(["apply", "--dir", dir, "--yes"], env)) !== 0) throw new Error("apply failed");
  step("The next plan is empty", `ld-gitops plan --dir ${dir}`);
  if ((await run(["plan", "--dir", dir], env)) !== 0) throw new Error("the plan after apply is not empty");
  process.stdout.write(
    `\n${bold("Adopted.")} The exported files are in ${dir} (removed when the demo ends).\n`,
  );
} finally {
  child.removeAllListeners("exit");
  // The emulator saves its state on SIGINT: let it finish before the folder goes.
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  await exited;
  await rm(work, { recursive: true, force: true });
}
