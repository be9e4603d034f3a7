// The metric-event import's findings and failures in words: the CLI edge. The core hands over codes and parameters.
import type { SendFailure } from "../../events/sender.js";
import type { EventFinding, LocatedFinding } from "../../events/types.js";

export function describeEventFinding(finding: EventFinding): string {
  switch (finding.code) {
    case "unreadable-row":
      return `cannot read this row: ${finding.params.reason}`;
    case "row-not-object":
      return "the row is not a JSON object; each row must be an object of column → value";
    case "missing-field":
      return `no ${finding.params.role} in column "${finding.params.column}"; fill it in or map another column`;
    case "event-key-format":
      return `event key "${finding.params.eventKey}" is not usable: empty, spaces at either end, control characters or over 1,024 characters`;
    case "event-key-unused":
      return `no metric of the project uses event key "${finding.params.eventKey}": LaunchDarkly keeps such events but they count for nothing; check the key or create the metric first`;
    case "value-required": {
      const where = finding.params.column
        ? `column "${finding.params.column}" is empty`
        : "no --value-column given";
      return `event key "${finding.params.eventKey}" feeds numeric metric(s) ${finding.params.metrics.join(", ")}, which need a value, but ${where}`;
    }
    case "value-not-numeric":
      return `value "${finding.params.value}" in column "${finding.params.column}" is not a number`;
    case "timestamp-invalid":
      return `timestamp "${finding.params.value}" in column "${finding.params.column}" is neither ISO 8601 (with a time zone) nor epoch seconds/milliseconds`;
    case "context-key-invalid":
      return `the ${finding.params.kind} key in column "${finding.params.column}" must be a string or a number`;
    case "context-kind-unknown":
      return `context kind "${finding.params.kind}" does not exist in the project (known: ${finding.params.known.join(", ") || "none"}); fix --context`;
    case "metric-list-empty":
      return `project "${finding.params.projectKey}" has no custom metrics: every event would count for nothing`;
    case "format-unknown":
      return `cannot tell the format of ${finding.params.file} from its name; pass --input-format csv|tsv|ndjson|json`;
  }
}

export function describeLocatedFinding(finding: LocatedFinding): string {
  const where = finding.location ? `${finding.location.file}:${finding.location.line}: ` : "";
  return `${where}${finding.severity}: ${describeEventFinding(finding)}`;
}

/** Why sending stopped, naming the permission or header at fault. */
export function describeSendFailure(failure: SendFailure, tokenVariable: string): string {
  const said =
    "serverMessage" in failure && failure.serverMessage
      ? ` (LaunchDarkly said: ${failure.serverMessage})`
      : "";
  switch (failure.code) {
    case "unauthorized":
      return `LaunchDarkly refused the token (${failure.status})${said}: the token in ${tokenVariable} needs a role allowing importEventData on proj/<project>:env/<environment>`;
    case "schema-rejected":
      return `LaunchDarkly answered 406${said}: it does not accept the X-LaunchDarkly-Event-Schema header this version sends (4); nothing more was sent`;
    case "payload-rejected":
      return `LaunchDarkly answered 400${said}: it accepted nothing of that request; nothing more was sent`;
    case "too-large":
      return `LaunchDarkly answered 413${said}: a request was over its size limit; retry with a smaller --batch-events`;
    case "not-found":
      return `LaunchDarkly answered 404${said}: check --project, --environment and the events host (--events-uri / LD_EVENTS_URI)`;
    case "http-error":
      return `LaunchDarkly answered ${failure.status}${said}; nothing more was sent`;
    case "retries-exhausted":
      return `gave up after ${failure.attempts} attempts${failure.status ? ` (last answer ${failure.status})` : " (no answer)"}; run the same command again: batches LaunchDarkly already has carry the same payload id and are dropped as duplicates`;
    case "aborted":
      return "stopped before the end; run the same command again to send the rest";
  }
}
