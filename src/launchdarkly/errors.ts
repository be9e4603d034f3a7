// The one error type the client throws. It says what was asked (method and path, never the token or a query
// string), what LaunchDarkly answered (status, code, message) and what to do about it (hint).

import type { RequiredPermission } from "../permissions/request-actions.js";
import { type BaseUriSource, DEFAULT_BASE_URI, type TokenSource } from "./config.js";
import { redactSecrets } from "./redact.js";

/** Codes for failures that never got an HTTP answer; HTTP failures carry LaunchDarkly's own code. */
export const NETWORK_ERROR = "network_error";
export const TIMEOUT_ERROR = "timeout";

export interface LaunchDarklyErrorDetails {
  /** HTTP status; undefined when no response arrived (network error, timeout). */
  status: number | undefined;
  /** LaunchDarkly's error code (`not_found`, `optimistic_locking_error`, ...) or `network_error` / `timeout`. */
  code: string;
  /** LaunchDarkly's own message, when it sent one. */
  ldMessage?: string;
  method: string;
  /** Request path without the query string. */
  path: string;
  /** OpenAPI operationId of the endpoint. */
  operationId: string;
  hint: string;
  /** A write whose outcome is unknown: it may or may not have been applied. */
  outcomeUnknown?: boolean;
  /** Attempts made, retries included. */
  attempts?: number;
  /** The custom-role permission a 403 most likely lacks. */
  missingPermission?: RequiredPermission;
}

export class LaunchDarklyError extends Error {
  override readonly name = "LaunchDarklyError";
  readonly status: number | undefined;
  readonly code: string;
  readonly ldMessage: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly hint: string;
  readonly outcomeUnknown: boolean;
  readonly attempts: number;
  readonly missingPermission: RequiredPermission | undefined;

  constructor(details: LaunchDarklyErrorDetails) {
    super(redactSecrets(formatErrorMessage(details)));
    this.status = details.status;
    this.code = details.code;
    this.ldMessage = details.ldMessage === undefined ? undefined : redactSecrets(details.ldMessage);
    this.method = details.method;
    this.path = redactSecrets(details.path);
    this.operationId = details.operationId;
    this.hint = redactSecrets(details.hint);
    this.outcomeUnknown = details.outcomeUnknown ?? false;
    this.attempts = details.attempts ?? 1;
    this.missingPermission = details.missingPermission;
  }
}

export function formatErrorMessage(d: LaunchDarklyErrorDetails): string {
  const answer = d.status === undefined ? d.code : `${d.status} ${d.code}`;
  const said = d.ldMessage ? `: ${d.ldMessage}` : "";
  return `LaunchDarkly ${d.method} ${d.path} failed (${answer})${said}. ${d.hint}`;
}

export interface HintContext {
  status: number | undefined;
  code: string;
  operationId: string;
  method: string;
  params: Record<string, string>;
  tokenSource: TokenSource | undefined;
  permission: RequiredPermission | undefined;
  attempts: number;
  outcomeUnknown: boolean;
  /** Origin the client talks to, for network errors. */
  origin: string;
  /** Where the base URI came from (see `resolveClientConfig`), so a network error names that setting. */
  baseUriSource?: BaseUriSource;
  /** The request followed a `next` page link given by LaunchDarkly (its path is in the error). */
  followedLink?: boolean;
  /** With `outcomeUnknown`: every attempt was answered (5xx), none lost its answer. */
  everyAttemptAnswered?: boolean;
}

/** The setting that chose the base URI, for "Check …" advice. */
export function describeBaseUriSource(source: BaseUriSource | undefined): string {
  switch (source) {
    case "option":
      return "the base URI given to ld-gitops (--base-uri, or the Action's base-uri input)";
    case "LD_BASE_URI":
      return "the base URI in the LD_BASE_URI environment variable";
    case "default":
      return `the network; ld-gitops used the default base URI ${DEFAULT_BASE_URI} (set --base-uri or LD_BASE_URI for the EU or federal instance or a proxy)`;
    default:
      return "the base URI (--base-uri, the Action's base-uri input, or LD_BASE_URI)";
  }
}

function describeTokenSource(source: TokenSource | undefined): string {
  if (source === undefined || source === "option")
    return "the token given to ld-gitops (the Action's access-token input, or the caller's own configuration)";
  return `the token in the ${source} environment variable`;
}

function notFoundSubject(operationId: string, params: Record<string, string>): string {
  const { projectKey: p, environmentKey: e, segmentKey: s, metricKey: m, customRoleKey: r } = params;
  switch (operationId) {
    case "getProject":
    case "getEnvironmentsByProject":
    case "getMetrics":
    case "postMetric":
      return `Project "${p}" does not exist (or the token cannot see it).`;
    case "getSegments":
    case "postSegment":
      return `Project "${p}" or its environment "${e}" does not exist.`;
    case "getSegment":
    case "patchSegment":
    case "deleteSegment":
    case "updateBigSegmentContextTargets":
      return `Segment "${s}" does not exist in project "${p}", environment "${e}" (or the project or environment does not exist).`;
    case "getMetric":
    case "patchMetric":
    case "deleteMetric":
      return `Metric "${m}" does not exist in project "${p}".`;
    case "getCustomRole":
    case "patchCustomRole":
    case "deleteCustomRole":
      return `Custom role "${r}" does not exist.`;
    default:
      return "The resource does not exist.";
  }
}

/** The advice attached to an error, by status. */
export function hintFor(ctx: HintContext): string {
  const retried = ctx.attempts > 1 ? ` (after ${ctx.attempts} attempts)` : "";
  if (ctx.status === undefined) {
    if (ctx.outcomeUnknown) {
      return (
        `The connection failed after the request was sent${retried}, so LaunchDarkly may or may not have applied this ` +
        `${ctx.method}. It was not repeated blindly; run plan again to see the current state before re-applying.`
      );
    }
    return ctx.code === TIMEOUT_ERROR
      ? `No answer from ${ctx.origin} in time${retried}. Check the network or raise the timeout.`
      : ctx.baseUriSource === "default"
        ? `Could not reach ${ctx.origin}${retried}. Check ${describeBaseUriSource(ctx.baseUriSource)}.`
        : `Could not reach ${ctx.origin}${retried}. Check ${describeBaseUriSource(ctx.baseUriSource)} and the network.`;
  }
  if (ctx.outcomeUnknown && ctx.everyAttemptAnswered) {
    return (
      `Every attempt of this ${ctx.method} was answered with a server error${retried}; a server error does not say ` +
      "whether LaunchDarkly applied the write. Run plan again to see the current state."
    );
  }
  if (ctx.outcomeUnknown) {
    return (
      `An earlier attempt of this ${ctx.method} got no answer and may already have applied it; this retry then ` +
      `failed${retried}. Run plan again to see the current state.`
    );
  }
  switch (ctx.status) {
    case 400:
      return "LaunchDarkly rejected the request as invalid; its message above says which field.";
    case 401:
      return `The access token was rejected (invalid, expired or revoked). Check ${describeTokenSource(ctx.tokenSource)}.`;
    case 403:
      return ctx.permission
        ? `The token's role does not allow ${ctx.permission.actions.map((a) => `"${a}"`).join(", ")} on ` +
            `"${ctx.permission.resource}". Add a policy statement allowing it, or use a token with more access.`
        : "The token's role does not allow this request. Check its custom role policy.";
    case 404:
      return ctx.followedLink
        ? "LaunchDarkly's own link to the next page of this list led nowhere (the list changed while it was read, or a proxy rewrote the link). Run again."
        : notFoundSubject(ctx.operationId, ctx.params);
    case 409:
      return (
        "Someone changed this resource after it was read (concurrent change or stale version). " +
        "Run plan again and re-apply the new plan."
      );
    case 429:
      return `Still rate limited${retried}. Wait a minute and re-run, or lower the client concurrency.`;
    default:
      return ctx.status >= 500
        ? `LaunchDarkly had a server error${retried}. Try again later; check status.launchdarkly.com.`
        : "Unexpected response from LaunchDarkly.";
  }
}
