export const id = 157;
export const ids = [157];
export const modules = {

/***/ 54157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerInitCommand: () => (/* binding */ registerInitCommand),
  runInitCommand: () => (/* binding */ runInitCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/init/starter-files.ts
// What `ld-gitops init` writes into a new configuration directory: one commented example file per kind. Pure:
// the caller decides where the files go and whether they may overwrite anything.
/** The editor's schema comment (yaml-language-server, used by the VS Code YAML extension and others). */
function schemaLine(schema) {
    return `# yaml-language-server: $schema=${schema}`;
}
function segmentsFile(project, schema) {
    const [first = "production"] = project.environments;
    return `${schemaLine(schema)}
# Segments of project ${project.key}. Each segment below is created in every environment listed under
# \`environments\`; a segment's own \`environments:\` mapping changes fields in one environment only.
# This is an example: rename it or replace it with your own before you apply. Reference: docs/ in ld-gitops
# (the YAML format), or hover a field in an editor that reads the schema comment above.
project: ${project.key}
environments: [${project.environments.join(", ")}]

contextKinds:                         # kinds the segments target besides \`user\`: apply creates them first
  - key: organization
    name: Organization
    description: A customer account

segments:
  - key: beta-testers                 # unique in the environment: letters, digits, ".", "_", "-"
    name: Beta testers
    description: Customers who opted in to beta features
    tags: [beta]
    included: [user-1]                # user keys that are always in the segment
    excluded: []                      # user keys kept out even when a rule matches
    includedContexts:                 # keys of other context kinds
      - { contextKind: organization, values: [example-org] }
    rules:
      - description: Staff try every beta first
        clauses:
          - { attribute: email, op: endsWith, values: ["@example.com"] }
    environments:                     # per-environment overrides (optional): replace a field in one environment
      ${first}:
        included: [user-1, user-2]
`;
}
function metricsFile(project, schema) {
    return `${schemaLine(schema)}
# Metrics of project ${project.key} (metrics belong to a project, not to an environment).
# This is an example: rename it or replace it with your own before you apply.
project: ${project.key}

metrics:
  - key: checkout-latency             # unique in the project
    name: Checkout latency
    description: Time the checkout API takes, in milliseconds
    kind: custom                      # custom (an event your code sends), pageview or click
    eventKey: checkout-latency        # the event key your SDK calls track() with
    isNumeric: true                   # a numeric metric needs a unit and success criteria
    unit: ms
    successCriteria: LowerThanBaseline
    randomizationUnits: [user]
`;
}
function rolesFile(projects, schema) {
    const project = projects[0]?.key ?? "*";
    return `${schemaLine(schema)}
# Custom roles are account-wide (no project here) and an Enterprise feature of LaunchDarkly. Leave the list empty
# if your account has none; uncomment the example to manage one. Each statement allows or denies actions on the
# resources its specifiers name (proj/KEY:env/KEY:segment/KEY, globs allowed).
roles: []
#  - key: data-team
#    name: Data team
#    description: Manages the metrics of ${project} and who is in its segments
#    basePermissions: no_access        # recommended: the role grants only what its policy says
#    policy:
#      - effect: allow
#        resources: ["proj/${project}:metric/*"]
#        actions: ["*"]
#      - effect: allow
#        resources: ["proj/${project}:env/*:segment/*"]
#        actions: [updateIncluded, updateExcluded]
`;
}
/**
 * The starter files for these projects: `segments.yaml` and `metrics.yaml` per project (in a folder named after
 * the project when there are several), and one `roles.yaml`. `schema` is what the schema comment points at.
 */
function starterFiles(projects, schema) {
    const files = [];
    for (const project of projects) {
        const folder = projects.length > 1 ? `${project.key}/` : "";
        // One level deeper, a relative schema path needs one more "../".
        const projectSchema = folder !== "" && !/^[a-z]+:/i.test(schema) ? `../${schema}` : schema;
        files.push({ path: `${folder}segments.yaml`, text: segmentsFile(project, projectSchema) });
        files.push({ path: `${folder}metrics.yaml`, text: metricsFile(project, projectSchema) });
    }
    files.push({ path: "roles.yaml", text: rolesFile(projects, schema) });
    return files;
}

;// CONCATENATED MODULE: ./src/init/workflow-templates.ts
// The three workflows `ld-gitops init` writes, as in examples/workflows/ (a test keeps them equal). The configuration
// directory is filled in; everything else is the reviewed example text.
const PLAN_WORKFLOW = (dir) => `# Plans every pull request that touches the LaunchDarkly configuration and keeps one comment with the plan.
name: ld-gitops plan

on:
  pull_request:
    paths:
      - "${dir}/**"

# Read the code, write the plan comment. Nothing else.
permissions:
  contents: read
  pull-requests: write

jobs:
  plan:
    runs-on: ubuntu-latest
    # A newer push supersedes the plan of the older one.
    concurrency:
      group: ld-gitops-plan-\${{ github.event.pull_request.number }}
      cancel-in-progress: true
    steps:
      - uses: actions/checkout@v4
      - uses: ld-gitops/ld-gitops@v0
        id: plan
        with:
          mode: plan
          path: ${dir}
          # A reader token is enough to plan. Pull requests from forks get no secrets: they are validated only.
          access-token: \${{ secrets.LD_READER_TOKEN }}
      - uses: actions/upload-artifact@v4
        if: steps.plan.outputs.plan-json != ''
        with:
          name: ld-gitops-plan
          path: \${{ steps.plan.outputs.plan-json }}
`;
const APPLY_WORKFLOW = (dir) => `# Applies the configuration when a pull request is merged into the default branch. The plan is made again and
# compared with the one last shown on the pull request: if LaunchDarkly or the configuration changed since review,
# nothing is applied and the pull request's comment shows the new plan.
name: ld-gitops apply

on:
  push:
    branches:
      - main
    paths:
      - "${dir}/**"

permissions:
  contents: read
  # Find the merged pull request and update its plan comment with the result.
  pull-requests: write

# One apply at a time, in push order; a running apply is never cancelled halfway.
concurrency:
  group: ld-gitops-apply
  cancel-in-progress: false

jobs:
  apply:
    runs-on: ubuntu-latest
    # Optional: require approval and keep the writer token in a protected environment.
    environment: launchdarkly
    steps:
      - uses: actions/checkout@v4
      - uses: ld-gitops/ld-gitops@v0
        with:
          mode: apply
          path: ${dir}
          access-token: \${{ secrets.LD_WRITER_TOKEN }}
`;
const DRIFT_WORKFLOW = (dir) => `# Compares LaunchDarkly with the repository every morning. Drift opens (or updates) one issue labelled
# \`ld-gitops-drift\` that says what changed, who changed it and when; the issue is closed once drift is gone.
name: ld-gitops drift

on:
  schedule:
    - cron: "17 6 * * 1-5"
  workflow_dispatch:

permissions:
  contents: read
  issues: write

concurrency:
  group: ld-gitops-drift
  cancel-in-progress: true

jobs:
  drift:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ld-gitops/ld-gitops@v0
        with:
          mode: drift
          path: ${dir}
          # Reading the audit log for attribution needs a role that may view it; drift is still reported without.
          access-token: \${{ secrets.LD_READER_TOKEN }}
          fail-on-drift: "false"
`;
/** File name → text, for a configuration directory given relative to the repository root (forward slashes). */
function workflowFiles(dir) {
    return [
        { name: "ld-gitops-plan.yml", text: PLAN_WORKFLOW(dir) },
        { name: "ld-gitops-apply.yml", text: APPLY_WORKFLOW(dir) },
        { name: "ld-gitops-drift.yml", text: DRIFT_WORKFLOW(dir) },
    ];
}

// EXTERNAL MODULE: ./src/launchdarkly/redact.ts
var redact = __webpack_require__(13231);
// EXTERNAL MODULE: ./src/output/file-writer.ts
var file_writer = __webpack_require__(90955);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/project-spec.ts
var project_spec = __webpack_require__(83007);
// EXTERNAL MODULE: ./src/cli/shared.ts + 6 modules
var shared = __webpack_require__(49463);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts










/** Where the schema comment points: the installed package when there is one, else the release on GitHub. */
function schemaReference(cwd, configDir) {
    const installed = (0,external_node_path_.join)(cwd, "node_modules", "ld-gitops", "schemas", "ld-gitops.schema.json");
    if ((0,external_node_fs_.existsSync)(installed))
        return (0,external_node_path_.relative)((0,external_node_path_.resolve)(cwd, configDir), installed).split(external_node_path_.sep).join("/");
    return `https://raw.githubusercontent.com/ld-gitops/ld-gitops/v${version/* TOOL_VERSION */.w}/schemas/ld-gitops.schema.json`;
}
/** Projects given with their environments are used as they are; the others are read from LaunchDarkly. */
async function resolveProjects(options) {
    const specs = (0,project_spec/* parseProjectSpecs */.J)(options.project ?? []);
    if (specs.length === 0)
        throw new Error("name at least one project: --project KEY (environments read from LaunchDarkly) or --project KEY:ENV,ENV (offline)");
    const toRead = specs.filter((spec) => spec.environments.length === 0);
    if (toRead.length === 0)
        return specs;
    let client;
    try {
        client = (0,shared/* createCliClient */.OX)(options.baseUri).client;
        const read = new Map();
        for (const spec of toRead) {
            const environments = await client.listEnvironments(spec.key).catch((error) => {
                throw new Error(`could not read the environments of project ${spec.key} from LaunchDarkly: ${(0,redact/* safeErrorMessage */.Jo)(error)}. ` +
                    `Offline, name them: --project ${spec.key}:ENV,ENV`);
            });
            if (environments.length === 0)
                throw new Error(`project ${spec.key} has no environments in LaunchDarkly`);
            read.set(spec.key, environments.map((environment) => environment.key));
        }
        return specs.map((spec) => ({ key: spec.key, environments: read.get(spec.key) ?? spec.environments }));
    }
    finally {
        await client?.close();
    }
}
function registerInitCommand(program) {
    program
        .command("init")
        .description("Write a starter configuration directory (a commented example per kind) and the three GitHub workflows.")
        .addOption((0,shared/* configDirOption */.bq)())
        .option("-p, --project <key[:env,env]>", "project to start with (repeatable); KEY alone reads its environments from LaunchDarkly, KEY:ENV,ENV works offline", shared/* collect */.Fo)
        .option("--workflows <dir>", "where the plan, apply and drift workflows go", ".github/workflows")
        .option("--no-workflows", "write only the configuration directory")
        .option("--force", "overwrite files that already exist (without it, init writes nothing when one exists)")
        .addOption((0,shared/* baseUriOption */.VH)())
        .addHelpText("after", (0,shared/* commandHelp */.bD)([
        "ld-gitops init --project checkout:prod,stage                 # offline",
        "LD_ACCESS_TOKEN=api-... ld-gitops init --project checkout    # environments read from LaunchDarkly",
    ]))
        .action(async (options) => {
        process.exitCode = await runInitCommand(options);
    });
}
async function runInitCommand(options, cwd = process.cwd()) {
    try {
        const projects = await resolveProjects(options);
        const configDir = (0,external_node_path_.resolve)(cwd, options.dir);
        const repoRelativeDir = (0,external_node_path_.relative)(cwd, configDir).split(external_node_path_.sep).join("/") || ".";
        const files = starterFiles(projects, schemaReference(cwd, options.dir)).map((file) => ({
            path: (0,external_node_path_.join)(configDir, file.path),
            text: file.text,
        }));
        if (options.workflows !== false) {
            for (const workflow of workflowFiles(repoRelativeDir))
                files.push({ path: (0,external_node_path_.resolve)(cwd, options.workflows, workflow.name), text: workflow.text });
        }
        const existing = files.filter((file) => (0,external_node_fs_.existsSync)(file.path)).map((file) => (0,external_node_path_.relative)(cwd, file.path));
        if (existing.length > 0 && !options.force) {
            process.stderr.write(`error: these files exist already; init wrote nothing. Move them away, or pass --force to overwrite them:\n${existing
                .map((path) => `  ${path}\n`)
                .join("")}`);
            return 1;
        }
        for (const file of files) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(file.path), { recursive: true });
            await (0,file_writer/* writeRedactedFile */.c)(file.path, file.text);
            process.stdout.write(`wrote ${(0,external_node_path_.relative)(cwd, file.path)}\n`);
        }
        const described = projects.map((project) => `${project.key} (${project.environments.join(", ")})`);
        process.stdout.write(`\nStarter configuration for ${described.join(", ")}. Next:\n` +
            `  ld-gitops validate --dir ${repoRelativeDir}\n` +
            `  ld-gitops plan --dir ${repoRelativeDir}      # needs LD_ACCESS_TOKEN (a reader token is enough)\n` +
            (options.workflows === false
                ? ""
                : "The workflows read the secrets LD_READER_TOKEN and LD_WRITER_TOKEN: docs/tokens-and-permissions.md\n"));
        return 0;
    }
    catch (error) {
        process.stderr.write(`error: ${(0,redact/* safeErrorMessage */.Jo)(error)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 83007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseProjectSpecs)
/* harmony export */ });
/* unused harmony export parseProjectSpec */
// `--project KEY:ENV,ENV`: a project and its environments named on the command line (emulator seed, offline init).
/** LaunchDarkly's key rule for projects and environments: letters, digits, `.`, `_`, `-`, starting alphanumeric. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** `checkout:prod,stage` → `{key: "checkout", environments: ["prod", "stage"]}`; `checkout` → no environments. */
function parseProjectSpec(spec) {
    const colon = spec.indexOf(":");
    const key = (colon === -1 ? spec : spec.slice(0, colon)).trim();
    const list = colon === -1 ? "" : spec.slice(colon + 1);
    const environments = list
        .split(",")
        .map((environment) => environment.trim())
        .filter((environment) => environment !== "");
    const example = "e.g. --project checkout:prod,stage";
    if (!KEY.test(key))
        throw new Error(`--project "${spec}": "${key}" is not a project key (${example})`);
    if (colon !== -1 && environments.length === 0)
        throw new Error(`--project "${spec}": list the environments after the colon (${example})`);
    for (const environment of environments) {
        if (!KEY.test(environment))
            throw new Error(`--project "${spec}": "${environment}" is not an environment key (${example})`);
    }
    const duplicate = environments.find((environment, index) => environments.indexOf(environment) !== index);
    if (duplicate !== undefined)
        throw new Error(`--project "${spec}": environment "${duplicate}" is listed twice`);
    return { key, environments };
}
/** Several `--project` options; one project given twice is refused rather than merged silently. */
function parseProjectSpecs(specs) {
    const projects = specs.map(parseProjectSpec);
    const keys = projects.map((project) => project.key);
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
    if (duplicate !== undefined)
        throw new Error(`--project ${duplicate} is given twice; list all its environments in one: KEY:ENV,ENV`);
    return projects;
}


/***/ })

};
