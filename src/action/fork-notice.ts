import { TOKEN_ENV_VARS } from "../launchdarkly/config.js";
import type { RunContext } from "./run-context.js";

/** Why a pull request was only validated, in words a contributor and a maintainer both understand. */
export function renderValidateOnlyNotice(context: RunContext, hasAccessToken: boolean): string {
  const pr = context.pullRequest;
  if (pr?.isFork) {
    return [
      "> [!NOTE]",
      `> This pull request comes from a fork (\`${pr.headRepo ?? "deleted repository"}\`). GitHub gives workflows run for`,
      "> forks neither secrets nor a token that can comment, so ld-gitops **validated the files only** and did not",
      "> plan against LaunchDarkly. The plan is made once the change is on a branch of this repository.",
    ].join("\n");
  }
  if (!hasAccessToken) {
    return [
      "> [!NOTE]",
      `> No LaunchDarkly access token was available (${TOKEN_ENV_VARS.map((name) => `\`${name}\``).join(", ")} or`,
      "> the `access-token` input), so ld-gitops **validated the files only**. Secrets are withheld from Dependabot",
      "> and fork runs; otherwise pass",
      // A GitHub Actions expression for the reader to copy: `$` escaped in a template.
      `> \`access-token: \${{ secrets.LD_ACCESS_TOKEN }}\`.`,
    ].join("\n");
  }
  return "";
}
