// What `ld-gitops init` writes into a new configuration directory: one commented example file per kind. Pure:
// the caller decides where the files go and whether they may overwrite anything.

export interface StarterProject {
  key: string;
  environments: string[];
}

export interface StarterFile {
  /** Relative to the configuration directory, forward slashes. */
  path: string;
  text: string;
}

/** The editor's schema comment (yaml-language-server, used by the VS Code YAML extension and others). */
function schemaLine(schema: string): string {
  return `# yaml-language-server: $schema=${schema}`;
}

function segmentsFile(project: StarterProject, schema: string): string {
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

function metricsFile(project: StarterProject, schema: string): string {
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

function rolesFile(projects: StarterProject[], schema: string): string {
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
export function starterFiles(projects: StarterProject[], schema: string): StarterFile[] {
  const files: StarterFile[] = [];
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
