// The three workflows `ld-gitops init` writes, as in examples/workflows/ (a test keeps them equal). The configuration
// directory is filled in; everything else is the reviewed example text.

const PLAN_WORKFLOW = (
  dir: string,
): string => `# Plans every pull request that touches the LaunchDarkly configuration and keeps one comment with the plan.
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

const APPLY_WORKFLOW = (
  dir: string,
): string => `# Applies the configuration when a pull request is merged into the default branch. The plan is made again and
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

const DRIFT_WORKFLOW = (
  dir: string,
): string => `# Compares LaunchDarkly with the repository every morning. Drift opens (or updates) one issue labelled
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
export function workflowFiles(dir: string): Array<{ name: string; text: string }> {
  return [
    { name: "ld-gitops-plan.yml", text: PLAN_WORKFLOW(dir) },
    { name: "ld-gitops-apply.yml", text: APPLY_WORKFLOW(dir) },
    { name: "ld-gitops-drift.yml", text: DRIFT_WORKFLOW(dir) },
  ];
}
