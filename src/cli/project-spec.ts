// `--project KEY:ENV,ENV`: a project and its environments named on the command line (emulator seed, offline init).

export interface ProjectSpec {
  key: string;
  /** Empty when only the key was given (`--project checkout`): read the environments from LaunchDarkly. */
  environments: string[];
}

/** LaunchDarkly's key rule for projects and environments: letters, digits, `.`, `_`, `-`, starting alphanumeric. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** `checkout:prod,stage` → `{key: "checkout", environments: ["prod", "stage"]}`; `checkout` → no environments. */
export function parseProjectSpec(spec: string): ProjectSpec {
  const colon = spec.indexOf(":");
  const key = (colon === -1 ? spec : spec.slice(0, colon)).trim();
  const list = colon === -1 ? "" : spec.slice(colon + 1);
  const environments = list
    .split(",")
    .map((environment) => environment.trim())
    .filter((environment) => environment !== "");
  const example = "e.g. --project checkout:prod,stage";
  if (!KEY.test(key)) throw new Error(`--project "${spec}": "${key}" is not a project key (${example})`);
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
export function parseProjectSpecs(specs: string[]): ProjectSpec[] {
  const projects = specs.map(parseProjectSpec);
  const keys = projects.map((project) => project.key);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate !== undefined)
    throw new Error(`--project ${duplicate} is given twice; list all its environments in one: KEY:ENV,ENV`);
  return projects;
}
