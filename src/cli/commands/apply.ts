import { createInterface } from "node:readline/promises";
import { type Command, Option } from "commander";
import pc from "picocolors";
import { resolveRunUrl } from "../../action/run-url.js";
import { applyPlan } from "../../apply/apply-plan.js";
import { buildAuditComment, resolveCommitSha } from "../../apply/audit-comment.js";
import { assertMembershipOnly } from "../../apply/membership-only.js";
import { explainPlanSource, planSourceOf } from "../../apply/plan-source.js";
import {
  changesOutsideConfiguration,
  checkPlanApproval,
  describePlanDifference,
  readSavedPlan,
} from "../../apply/saved-plan.js";
import type { ApplyProgressEvent, ApplyReport } from "../../apply/types.js";
import { checkWriteAccess } from "../../apply/write-access.js";
import type { LaunchDarklyClient } from "../../launchdarkly/client.js";
import { redactSecrets, safeErrorMessage } from "../../launchdarkly/redact.js";
import { createPlan } from "../../pipeline/create-plan.js";
import { parseDeleteThresholds } from "../../plan/delete-threshold.js";
import type { Plan } from "../../plan/types.js";
import {
  needsFullApplyReport,
  renderApplyProgressLine,
  renderApplyReportText,
  renderApplySummaryText,
} from "../../render/apply-report-text.js";
import { summaryLine } from "../../render/describe.js";
import { formatDiagnosticText } from "../../render/diagnostic-text.js";
import { renderApplyReportJson } from "../../render/json.js";
import { renderPlanText } from "../../render/text.js";
import { countOf } from "../../render/wording.js";
import { describePlanWarning } from "../../wording/finding-messages.js";
import { memberProgress } from "../member-progress.js";
import {
  baseUriOption,
  commandHelp,
  configDirOption,
  createCliClient,
  deleteThresholdOption,
} from "../shared.js";
import { ownerOptions } from "./plan.js";

export interface ApplyCommandOptions {
  dir: string;
  plan?: string;
  prune?: boolean;
  yes?: boolean;
  force?: boolean;
  format: "text" | "json";
  baseUri?: string;
  deleteThreshold?: string[];
  continueOnError?: boolean;
  runUrl?: string;
  showPlan?: boolean;
  requirePermissionCheck?: boolean;
  takeOver?: boolean;
  membershipOnly?: boolean;
}

/** Where the command reads and writes; the real process by default, replaceable in tests. */
export interface ApplyCommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether a person can answer a prompt (stdin and stderr are terminals). */
  interactive: boolean;
  color: boolean;
  confirm: (question: string) => Promise<boolean>;
  env: Record<string, string | undefined>;
}

export const APPLY_EXIT = { applied: 0, failed: 1 } as const;

async function askOnTerminal(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(question);
    return answer.trim().toLowerCase() === "yes";
  } finally {
    prompt.close();
  }
}

function processIo(): ApplyCommandIo {
  return {
    stdout: (text) => process.stdout.write(redactSecrets(text)),
    stderr: (text) => process.stderr.write(redactSecrets(text)),
    interactive: process.stdin.isTTY === true && process.stderr.isTTY === true,
    color: pc.isColorSupported && process.stdout.isTTY === true,
    confirm: askOnTerminal,
    env: process.env,
  };
}

/**
 * `ld-gitops apply [--dir DIR] [--plan FILE] [--prune] [--yes] [--force] [--format text|json] [--base-uri URL]`:
 * plans, asks for confirmation (unless --yes), applies, plans again. Exit 0 when applied and converged, 1 otherwise.
 */
export function registerApplyCommand(program: Command): void {
  program
    .command("apply")
    .description(
      "Apply the plan to LaunchDarkly, then check that LaunchDarkly matches the repo. Exit 0: applied, 1: not. Applies must not overlap: run one at a time per LaunchDarkly account.",
    )
    .addHelpText(
      "after",
      "\nApplies must not overlap. Run one apply at a time per LaunchDarkly account (in GitHub Actions, keep the\nworkflow's `concurrency:` group). Writes carry preconditions, so an overlapping apply gets a conflict rather\nthan overwriting, but its changes are then left unapplied.",
    )
    .addOption(configDirOption())
    .option(
      "--plan <file>",
      "apply this saved plan (`plan --format json --out FILE`); refused if LaunchDarkly changed since",
    )
    .option("--prune", "delete resources managed by ld-gitops that are no longer in the repository")
    .option("-y, --yes", "do not ask for confirmation (needed when not on a terminal)")
    .option(
      "--force",
      "with --plan: apply the saved plan even though a new plan differs (per-resource version checks still apply)",
    )
    .addOption(new Option("-f, --format <format>", "report format").choices(["text", "json"]).default("text"))
    .addOption(baseUriOption())
    .addOption(deleteThresholdOption())
    .option(
      "--show-plan",
      "print the whole plan before applying (default: its summary line, then one line per resource as it is applied; the plan is always shown before a terminal prompt)",
    )
    .option(
      "--require-permission-check",
      "refuse to write when the token's permissions cannot be checked first (e.g. a token limited by an inline role)",
    )
    .option("--take-over", "take over resources another owner manages (as `plan --take-over`)")
    .option("--continue-on-error", "after a failure, keep applying the resources that do not depend on it")
    .option(
      "--membership-only",
      "refuse, before any write, a plan that changes anything but the members of segments that opt in to automatic sync (for a scheduled sync without review)",
    )
    .option(
      "--run-url <url>",
      "pull request or CI run URL for the audit-log comment (default: the GitHub Actions run)",
    )
    .addHelpText(
      "after",
      commandHelp([
        "LD_ACCESS_TOKEN=api-... ld-gitops apply --dir launchdarkly          # shows the plan, asks before writing",
        "ld-gitops apply --plan plan.json --yes                             # in CI: the reviewed plan, or nothing",
      ]),
    )
    .action(async (options: ApplyCommandOptions) => {
      process.exitCode = await runApplyCommand(options);
    });
}

/** Progress for a CI log: one line per resource when it finishes, counted over the whole plan. */
function progressLine(event: ApplyProgressEvent, color: boolean): string | undefined {
  switch (event.kind) {
    case "done":
      return renderApplyProgressLine(event.result, event, { color });
    case "verify":
      return "Planning again to check that LaunchDarkly now matches the repository …\n";
    default:
      return undefined;
  }
}

/** The JSON report; otherwise the short summary, or the full per-resource report when something was not applied. */
function renderReport(report: ApplyReport, json: boolean, color: boolean): string {
  if (json) return renderApplyReportJson(report);
  return needsFullApplyReport(report)
    ? renderApplyReportText(report, { color })
    : renderApplySummaryText(report, { color });
}

export async function runApplyCommand(
  options: ApplyCommandOptions,
  io: ApplyCommandIo = processIo(),
): Promise<number> {
  const c = pc.createColors(io.color);
  const fail = (message: string): number => {
    io.stderr(`${c.red("error")}: ${message}\n`);
    return APPLY_EXIT.failed;
  };
  const json = options.format === "json";
  const finish = (report: ApplyReport): number => {
    io.stdout(renderReport(report, json, io.color));
    return report.ok ? APPLY_EXIT.applied : APPLY_EXIT.failed;
  };
  let client: LaunchDarklyClient | undefined;
  try {
    if (!options.yes && !io.interactive) {
      return fail(
        "apply changes LaunchDarkly and needs confirmation: pass --yes to apply without a terminal prompt",
      );
    }
    const deleteThreshold = parseDeleteThresholds(options.deleteThreshold ?? []);
    const saved = options.plan === undefined ? undefined : await readSavedPlan(options.plan);
    const created = createCliClient(options.baseUri, io.env);
    client = created.client;
    const prune = saved?.prune ?? options.prune ?? false;
    const progress = memberProgress();
    const result = await createPlan({
      dir: options.dir,
      onMemberProgress: progress.update,
      api: client,
      prune,
      ...(deleteThreshold ? { deleteThreshold } : {}),
      ...ownerOptions(options.dir, saved?.takeOver ?? options.takeOver, io.env),
    }).finally(() => progress.done());
    if (!result.ok) {
      for (const diagnostic of result.diagnostics)
        io.stderr(`${formatDiagnosticText(diagnostic, { color: io.color })}\n`);
      return fail("the configuration has errors; fix them before applying (see `ld-gitops validate`)");
    }

    let plan: Plan = result.plan;
    let planOutOfDate = false;
    if (saved !== undefined) {
      const approval = checkPlanApproval(saved.hash, result.plan);
      if (approval.status === "nothing-to-apply") {
        // Nothing left to do: applying the saved plan now would only move LaunchDarkly away from the repository.
        if (saved.changes.length > 0)
          io.stderr(
            "LaunchDarkly already matches the repository: this plan was probably applied already; nothing to do.\n",
          );
        return finish(
          await applyPlan({ plan: result.plan, api: client, comment: "", desired: result.desired }),
        );
      }
      if (approval.status !== "approved") {
        const detail = (describePlanDifference(saved, result.plan) ?? [])
          .map((line) => `  ${line}\n`)
          .join("");
        const origin = explainPlanSource(saved.source, planSourceOf(options.dir, io.env));
        if (!options.force) {
          io.stderr(
            `The plan in ${options.plan} differs from a new plan of the repository and LaunchDarkly: ${origin}.\n${detail}`,
          );
          return fail(
            "the saved plan is out of date (hash mismatch); run plan again, review it, and apply the new one (or pass --force)",
          );
        }
        io.stderr(
          c.yellow(
            `Warning: applying the saved plan although a new plan differs (--force): ${origin}.\n${detail}`,
          ),
        );
        planOutOfDate = true;
      }
      // Even --force applies only what this configuration manages: nothing outside it is sent.
      const outside = changesOutsideConfiguration(saved, result.desired, result.plan);
      if (outside.length > 0) {
        io.stderr(
          `The plan in ${options.plan} reaches outside ${options.dir}:\n${outside.map((line) => `  ${line}\n`).join("")}`,
        );
        return fail(
          `the saved plan touches resources the configuration in ${options.dir} does not manage; nothing was sent. Plan again from ${options.dir} and apply that plan`,
        );
      }
      plan = saved;
    }

    // The whole plan when asked for, or when a person is about to confirm it; otherwise (CI, --yes) the summary:
    // the plan was reviewed already, and the per-resource progress below says what happens to each resource.
    if (!json && (options.showPlan || !options.yes)) io.stderr(renderPlanText(plan, { color: io.color }));
    else if (!json) {
      io.stderr(
        `${summaryLine(plan)}${plan.changes.length > 0 ? " (--show-plan prints the whole plan)" : ""}\n`,
      );
      for (const warning of plan.warnings) io.stderr(c.yellow(`Warning: ${describePlanWarning(warning)}\n`));
    }
    if (plan.changes.length === 0) {
      return finish(
        await applyPlan({ plan, api: client, comment: "", desired: result.desired, skipAccessCheck: true }),
      );
    }

    // A scheduled sync applies without review: only membership of segments that opt in, nothing else.
    if (options.membershipOnly) assertMembershipOnly(plan);
    // Before asking anything: a token that may not make these writes must not get as far as a prompt or a write.
    const access = await checkWriteAccess(client, {
      plan,
      requireComplete: options.requirePermissionCheck ?? false,
    });
    for (const warning of access.warnings) io.stderr(c.yellow(`Warning: ${warning}\n`));
    if (!options.yes) {
      const { create, update, delete: deletes } = plan.summary;
      const counts = [countOf(create, "create"), countOf(update, "update"), countOf(deletes, "delete")];
      const confirmed = await io.confirm(
        `Apply ${counts.join(", ")} to LaunchDarkly at ${created.config.baseUri}? Type "yes" to apply: `,
      );
      if (!confirmed) return fail("apply cancelled; nothing was changed");
    }

    const runUrl = options.runUrl ?? resolveRunUrl(io.env);
    const sha = resolveCommitSha(io.env, options.dir);
    const comment = buildAuditComment({ ...(sha ? { sha } : {}), ...(runUrl ? { url: runUrl } : {}) });
    const report = await applyPlan({
      plan,
      api: client,
      comment,
      desired: result.desired,
      skipAccessCheck: true,
      configDir: options.dir,
      ...(options.membershipOnly ? { membershipOnly: true } : {}),
      ...(planOutOfDate ? { planOutOfDate: true } : {}),
      ...(options.continueOnError ? { continueOnError: true } : {}),
      onProgress: (event) => {
        const line = json ? undefined : progressLine(event, io.color);
        if (line) io.stderr(line);
      },
    });
    return finish(report);
  } catch (error) {
    // The config (which holds the token) is never printed.
    return fail(safeErrorMessage(error));
  } finally {
    await client?.close();
  }
}
