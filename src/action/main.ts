import * as core from "@actions/core";

core.setFailed("ld-gitops: the GitHub Action entry is not built yet; use the CLI (npx ld-gitops).");
