// The one catalogue of wording for findings: each code (src/model/finding.ts) and how it reads for a person.
// Stages produce codes and parameters; the CLI, the Markdown, the GitHub annotations and the JSON output word them
// here, so a message is changed in one place and a setting is named the way the reader types it.

import { parseJsonPointer } from "../load/json-pointer.js";
import type { Finding, FindingCode, FindingParams, Setting, ValueShape } from "../model/finding.js";
import type { FlagUse } from "../model/usage.js";

/** Who reads the words: the CLI names settings as options (`--prune`), the Action as inputs (`prune: true`). */
export type Edge = "cli" | "action";

export interface WordingOptions {
  /** Default `cli`. */
  edge?: Edge;
  /** Names a setting instead of `nameSetting(setting, edge)`: for an edge that formats it after escaping the rest. */
  nameSetting?: (setting: Setting) => string;
}

type SettingNamer = (setting: Setting) => string;

/** The setting as the reader would change it: `--delete-threshold 3,100%` or `` `delete-threshold: 3,100%` ``. */
export function nameSetting(setting: Setting, edge: Edge = "cli"): string {
  const value = setting.name === "prune" ? "true" : setting.value;
  if (edge === "action") {
    return value === undefined
      ? `the \`${setting.name}\` input`
      : setting.name === "prune"
        ? `the \`prune: true\` input`
        : `\`${setting.name}: ${value}\``;
  }
  return setting.name === "prune" || value === undefined ? `--${setting.name}` : `--${setting.name} ${value}`;
}

/** The words for one finding. */
export function describeFinding(found: Finding, options: WordingOptions = {}): string {
  const wording = FINDING_MESSAGES[found.code] as (params: unknown, name: SettingNamer) => string;
  const edge = options.edge ?? "cli";
  return wording(found.params, options.nameSetting ?? ((setting) => nameSetting(setting, edge)));
}

type Catalogue = { [C in FindingCode]: (params: FindingParams[C], name: SettingNamer) => string };

const KEY_FORMAT = "a key starts with a letter or digit and contains only letters, digits, `_`, `.` and `-`";

/** Every finding code and its wording. */
export const FINDING_MESSAGES: Catalogue = {
  "file.too-large": ({ bytes, limit }) =>
    `file is ${megabytes(bytes)}, over the ${megabytes(limit)} limit for a config file: split it into several smaller files (any *.yaml under the config directory is read)`,
  "file.binary": () =>
    "file looks binary (it contains a NUL byte), not YAML text: remove it from the config directory",
  "file.not-utf8": ({ byte, offset }) =>
    `file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, "0")} at offset ${offset}): save it as UTF-8`,
  "file.empty": () => "file is empty: it declares no segments, metrics or roles",
  "config.no-files": () => "no *.yaml or *.yml files found: nothing to manage",
  "yaml.duplicate-key": ({ key, firstLine, firstColumn }) =>
    `duplicate key \`${key}\`: it is already set at line ${firstLine}, column ${firstColumn}; YAML keeps only one value, so remove or merge the two`,
  "yaml.multiple-documents": () =>
    "file holds several YAML documents (separated by `---`): put each in its own file",
  "yaml.syntax-error": ({ detail }) => `YAML syntax error: ${detail}`,
  "yaml.warning": ({ detail }) => `YAML: ${detail}`,
  "config.link-not-read": (reason) =>
    reason.kind === "broken"
      ? "not read: it is a broken symbolic link: remove it or point it at a file"
      : reason.kind === "outside"
        ? `not read: it is a symbolic link to ${reason.target}, outside the config directory: copy the ${reason.isDirectory ? "files" : "file"} in instead; ld-gitops reads only the config directory`
        : "not read: it is a symbolic link to a directory, which ld-gitops does not follow: move the files into the config directory or link each file",
  "config.owner-mismatch": ({ owner, firstOwner, firstFile, firstLine }) =>
    `\`owner\` is \`${owner}\` here but \`${firstOwner}\` in ${firstFile}:${firstLine}: one configuration has one owner; set it once (or the same in every file)`,
  "yaml.not-loadable": ({ detail }) => `YAML: ${detail}`,
  "yaml.alias-limit": ({ added, max }) =>
    `YAML aliases expand too far: from this first alias on, they would add ${added !== null ? `${added.toLocaleString("en-US")} values` : "values without end (an alias inside its own anchor)"}, more than ${max.toLocaleString("en-US")} (an alias bomb); write the values out instead of using anchors and aliases`,

  "schema.unknown-field": ({ field, noun, known, suggestion }) =>
    suggestion !== undefined
      ? `unknown field \`${field}\` in ${noun}; did you mean \`${suggestion}\`?`
      : `unknown field \`${field}\` in ${noun}; known fields: ${known.join(", ")}`,
  "schema.server-set-field": ({ field }) =>
    `\`${field}\` is set by LaunchDarkly, not by you: remove it (API responses and exports include such fields, the config must not)`,
  "schema.not-overridable": ({ field, overridable }) =>
    `\`${field}\` cannot be overridden per environment; an override may set ${overridable.join(", ")}`,
  "schema.role-project": () =>
    "roles are account-wide and have no `project`: remove it (scope the role with resource specifiers such as `proj/web-app:env/*:segment/*`)",
  "schema.segment-environment-keys": () =>
    "a segment's environments come from the file's top-level `environments` list; put segments for other environments in another file",
  "schema.segment-environments-list": ({ listed, fileEnvironments }) => {
    const overrides = `on a segment, \`environments\` holds per-environment overrides (a mapping such as \`${listed[0] ?? "production"}: { included: [...] }\`), not a list; the list of environments belongs at file level`;
    const list = `\`environments: [${listed.join(", ")}]\``;
    if (fileEnvironments === undefined) return `${overrides}: move ${list} to the top of the file`;
    const same =
      listed.length === fileEnvironments.length && listed.every((e) => fileEnvironments.includes(e));
    return same
      ? `${overrides}, and this file's already says ${list}: remove it from the segment`
      : `${overrides}: a segment exists in every environment of its file (here ${fileEnvironments.map((e) => `\`${e}\``).join(", ")}), so put this one in a file with ${list}`;
  },
  "schema.required": ({ noun, field }) =>
    `${article(noun)} ${noun} needs \`${field}\`${requiredHint(field, noun)}`,
  "schema.file-not-mapping": ({ got }) =>
    `a config file must be a mapping with \`segments\`, \`metrics\` and/or \`roles\` (plus \`project\` and \`environments\`); this one is ${describeValue(got)}`,
  "schema.wrong-type": ({ pointer, expected, got }) =>
    `${label(pointer)} must be ${typeName(expected)}; got ${describeValue(got)}`,
  "schema.not-allowed": ({ pointer, allowed, got, suggestion }) =>
    `${label(pointer)} must be one of ${allowed.join(", ")}; got \`${got}\`${suggestion !== undefined ? `; did you mean \`${suggestion}\`?` : ""}`,
  "schema.operator-synonym": ({ got, operator, negate }) =>
    `\`${got}\` is not a LaunchDarkly operator: use \`op: ${operator}\`${negate ? " with `negate: true`" : ""}${operator === "in" ? `, which matches when the attribute equals any of \`values\`${negate ? " (negated: none of them)" : ""}` : ""}`,
  "schema.invalid-environment-key": ({ key }) => `\`${key}\` is not a valid environment key: ${KEY_FORMAT}`,
  "schema.invalid-key": ({ pointer, value }) => `${label(pointer)} \`${value}\` is not valid: ${KEY_FORMAT}`,
  "schema.out-of-range": ({ pointer, min, max, got }) =>
    `${label(pointer)} must be between ${min} and ${max}${lastSegment(pointer) === "weight" ? " (thousandths of a percent: 50000 is 50%)" : ""}; got ${got}`,
  "schema.limit": ({ pointer, bound, limit, got }) =>
    `${label(pointer)} must be ${bound === "minimum" ? "at least" : "at most"} ${limit}; got ${got}`,
  "schema.empty-string": ({ pointer }) => `${label(pointer)} must not be empty`,
  "schema.empty-list": ({ pointer }) => `${label(pointer)} must not be an empty list`,
  "schema.empty-clause-values": ({ clause, attribute }) =>
    clause === "segmentMatch"
      ? "`values` needs at least one segment key; a `segmentMatch` clause with none matches no one"
      : clause === "negated"
        ? `\`values\` needs at least one value; a negated clause with none matches everyone who has \`${attribute}\``
        : "`values` needs at least one value; a clause with none matches no one",
  "schema.duplicate-item": ({ pointer, item, first, second }) =>
    `${label(pointer)} lists \`${item}\` twice (items ${first} and ${second})`,
  "schema.invalid-format": ({ pointer, format, value }) =>
    format === "regex"
      ? `${label(pointer)} \`${value}\` is not a valid regular expression`
      : format === "uri"
        ? `${label(pointer)} \`${value}\` is not a full URL (such as \`https://example.com/checkout\`)`
        : `${label(pointer)} must be a valid ${format}; got \`${value}\``,
  "schema.invalid": ({ pointer, detail }) => `${label(pointer)} ${detail ?? "is not valid"}`,
  "schema.url-matcher-missing-field": ({ kind, field, stray, strayKind }) =>
    stray === undefined
      ? `${article(kind)} \`${kind}\` URL matcher needs \`${field}\``
      : `${article(kind)} \`${kind}\` URL matcher needs \`${field}\`; got \`${stray}\` (which \`${strayKind}\` matchers use): rename it to \`${field}\`, or set \`kind: ${strayKind}\``,
  "schema.url-matcher-stray-field": ({ field, kind, own }) =>
    `\`${field}\` does not belong in ${article(kind)} \`${kind}\` URL matcher, which matches on \`${own}\`: remove it`,

  "config.no-project": ({ noun, key }) =>
    `${noun} \`${key}\` has no project: add \`project: <project-key>\` at the top of the file or on the ${noun}`,
  "config.segments-without-environments": () =>
    "this file has segments but no `environments`: add a top-level list such as `environments: [production, staging]` naming the environments its segments exist in",
  "config.unknown-override-environment": ({ key, environment, environments, suggestion }) =>
    `segment \`${key}\` overrides environment \`${environment}\`, but this file's segments exist only in ${environments.map((e) => `\`${e}\``).join(", ") || "no environment"}: ${suggestion !== undefined ? `did you mean \`${suggestion}\`?` : `add \`${environment}\` to the file's \`environments\` list or fix the name`}`,

  "resource.duplicate": ({ resource, file, line, column }) =>
    `duplicate ${declared(resource)}: also declared at ${file}:${line}:${column}; declare each resource once`,
  "segment.too-many-targets": ({ key, environment, count, max }) =>
    `segment \`${key}\` has ${count.toLocaleString("en-US")} individual targets in ${environment}; a standard segment holds at most ${max.toLocaleString("en-US")}: make it a big segment (\`unbounded: true\`) or use rules`,
  "segment.context-kind-on-standard": ({ key }) =>
    `\`unboundedContextKind\` applies only to big segments: add \`unbounded: true\` to segment \`${key}\` or remove it`,
  "segment.big-segment-rules": ({ key }) =>
    `big segment \`${key}\` cannot have rules: LaunchDarkly big segments are lists only; remove the rules or make it a standard segment`,
  "segment.big-segment-user-keys": ({ key, contextKind, field }) =>
    `big segment \`${key}\` targets context kind \`${contextKind}\`, but \`${field}\` holds user keys: list them under \`${field}Contexts\` with \`contextKind: ${contextKind}\`, or set \`unboundedContextKind: user\``,
  "segment.big-segment-context-kind": ({ key, contextKind, got }) =>
    `big segment \`${key}\` holds one context kind, \`${contextKind}\` (its \`unboundedContextKind\`); got \`${got}\``,
  "segment.self-match": ({ key }) => `segment \`${key}\` cannot match itself with \`segmentMatch\``,
  "segment.small-rollout-weight": ({ key, weight }) =>
    `a rule of segment \`${key}\` includes only ${weight / 1000}% of the contexts it matches: \`weight\` is in thousandths of a percent (50000 is 50%)${weight <= 100 ? `; for ${weight}% write \`weight: ${weight * 1000}\`` : ""}`,
  "segment.match-value-not-key": () => "`segmentMatch` values are segment keys (strings)",
  "segment.unknown-segment-match": ({ key, scopes }) =>
    `\`segmentMatch\` names segment \`${key}\`, which this repo does not declare in ${scopes.join(", ")}: it must already exist in LaunchDarkly, or the clause matches no one`,
  "segment.missing-segment-match": ({ key, missing, deleted, prune }, name) => {
    const reasons: string[] = [];
    if (missing.length > 0)
      reasons.push(`exists neither in this repo nor in LaunchDarkly in ${missing.join(", ")}`);
    if (deleted.length > 0)
      reasons.push(`is not in this repo and this plan deletes it (${name(prune)}) in ${deleted.join(", ")}`);
    return `\`segmentMatch\` names segment \`${key}\`, which ${reasons.join(", and ")}: apply would write a rule that matches no one. Declare the segment in the repo, create it in LaunchDarkly, or fix the key.`;
  },

  "segment.unknown-context-kind": ({ key, kind, project, at, archived, available, suggestion }) =>
    `segment \`${key}\` uses context kind \`${kind}\`, which ${archived ? `is archived in project \`${project}\` and cannot be targeted` : `does not exist in project \`${project}\``} (at ${at}; the project has: ${available.join(", ") || "none"}): ` +
    `${suggestion !== undefined ? `did you mean \`${suggestion}\`? ` : ""}fix the kind, or declare it under \`contextKinds\` so apply creates it first`,

  "metric.missing-field": ({ key, field, kind }) =>
    `metric \`${key}\` needs \`${field}\`: ${metricFieldPurpose(field, kind)}`,
  "metric.field-not-for-kind": ({ key, field, kind, appliesTo }) =>
    `\`${field}\` applies only to ${METRIC_KINDS_NAMED[appliesTo]} metrics; metric \`${key}\` is a ${kind} metric: remove it`,
  "metric.percentile-value-missing": ({ key }) =>
    `metric \`${key}\` uses \`analysisType: percentile\` and needs \`percentileValue\` (e.g. 95)`,
  "metric.percentile-value-unused": () => "`percentileValue` applies only with `analysisType: percentile`",

  "role.statement-both": ({ role, field, negated }) =>
    `a statement has either \`${field}\` or \`${negated}\`, not both: keep one (role \`${role}\`)`,
  "role.statement-neither": ({ role, field, negated }) =>
    `statement needs \`${field}\` (or \`${negated}\`): the ${field === "resources" ? "resources the statement covers" : "actions it allows or denies"} (role \`${role}\`)`,
  "role.statement-empty": ({ field, negated }) =>
    `\`${field}\` is empty, so the statement ${negated ? "covers everything" : "has no effect"}: list at least one`,
  "role.not-resources-not-actions": () =>
    "`notResources` with `notActions` covers every other action on every other resource: LaunchDarkly accepts it, but check that is what you mean",
  "role.specifier-invalid": ({ specifier, character, detail }) =>
    `resource specifier \`${specifier}\` is not valid at character ${character}: ${detail}`,
  "role.specifier-warning": ({ specifier, detail }) => `resource specifier \`${specifier}\`: ${detail}`,
  "role.specifier-unnamed": ({ specifier, type }) =>
    `resource specifier \`${specifier}\`: \`${type}\` has no name; write \`${type}/*\` for every ${type} or \`${type}/<key>\``,
  "role.specifier-bare": ({ specifier, type }) =>
    `resource specifier \`${specifier}\`: \`${type}\` is written bare, without a name`,
  "role.specifier-type-typo": ({ specifier, type, suggestion }) =>
    `resource specifier \`${specifier}\`: unknown resource type \`${type}\`; did you mean \`${suggestion}\`?`,
  "role.specifier-unknown-type": ({ specifier, type }) =>
    `resource specifier \`${specifier}\`: resource type \`${type}\` is not one ld-gitops knows; check it against LaunchDarkly's role resources documentation`,
  "role.specifier-wrong-chain": ({ specifier, resourceType, chains }) =>
    `resource specifier \`${specifier}\`: \`${resourceType}\` resources are written ${chains.map(writtenChain).join(" or ")} (each parent in order)`,
  "role.specifier-unknown-chain": ({ specifier, chain }) =>
    `resource specifier \`${specifier}\`: the chain \`${chain}\` is not one ld-gitops knows; check it against LaunchDarkly's role resources documentation`,
  "role.action-glob-unmatched": ({ action, types }) =>
    `action glob \`${action}\` matches no known ${types.join("/")} action: check it`,
  "role.action-undocumented": ({ action, types }) =>
    `action \`${action}\` is not in LaunchDarkly's documented ${types.join("/")} actions (seen only in older or unofficial sources): check that LaunchDarkly still accepts it`,
  "role.action-typo": ({ action, types, suggestion }) =>
    `unknown action \`${action}\` for ${types.join("/")} resources; did you mean \`${suggestion}\`?`,
  "role.action-wrong-type": ({ action, types, owners, suggestions }) =>
    `\`${action}\` is ${withArticle(owners.join("/"))} action, not ${withArticle(types.join("/"))} action, so this statement grants nothing with it: ${suggestions.length > 0 ? `use ${withArticle(types.join("/"))} action such as ${orList(suggestions)}, or ` : ""}grant \`${action}\` in a statement about ${owners.join("/")} resources`,
  "role.action-other-type": ({ action, types, owners }) =>
    `\`${action}\` is ${withArticle(owners.join("/"))} action, not ${withArticle(types.join("/"))} action: it has no effect on this statement's resources`,
  "role.action-unknown": ({ action, types }) =>
    `action \`${action}\` is not one ld-gitops knows for ${types.join("/")} resources (LaunchDarkly's list may be incomplete): check the name`,

  "members.outside-config": ({ file }) =>
    `member file \`${file}\` is outside the configuration directory: keep member files inside the repository's configuration directory, next to the YAML that names them`,
  "members.unknown-format": ({ file }) =>
    `cannot tell the format of member file \`${file}\` from its name: add \`format:\` (csv, tsv, text, ndjson or json), or name it *.csv, *.tsv, *.txt, *.ndjson or *.json (optionally .gz)`,
  "members.file-missing": ({ file }) =>
    `member file \`${file}\` does not exist: check the path (relative to this YAML file), or commit the file`,
  "members.file-unreadable": ({ file, detail }) => `member file \`${file}\` cannot be read: ${detail}`,
  "members.column-missing": ({ column, columns }) =>
    typeof column === "number"
      ? `column ${column} does not exist: the first row has ${columns.length} column${columns.length === 1 ? "" : "s"}; set \`column:\` to a column number from 1 to ${columns.length}`
      : `the header has no column \`${column}\`${columns.length > 0 ? `; it has ${columns.map((c) => `\`${c}\``).join(", ")}` : ""}: set \`column:\` to one of them (or \`header: false\` and a column number when the file has no header row)`,
  "members.column-needed": ({ format }) =>
    `the ${format === "ndjson" ? "lines" : "array elements"} are objects: set \`column:\` to the field that holds the context key`,
  "members.unreadable-row": ({ detail }) => `this row cannot be read: ${detail}`,
  "members.not-a-key": ({ got }) => `a context key must be a string; got ${got}`,
  "members.empty-key": () =>
    "empty context key: remove the row, or fix the export that wrote it (an empty key targets no one)",
  "members.key-whitespace": ({ key }) =>
    `context key ${JSON.stringify(key)} has spaces or tabs around it: LaunchDarkly compares keys exactly, so it would target no one; trim it in the export`,
  "members.key-control-character": ({ key, code }) =>
    `context key ${JSON.stringify(key)} contains the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}: remove it in the export`,
  "members.key-too-long": ({ length, max }) =>
    `context key is ${length.toLocaleString("en-US")} characters long; ld-gitops allows at most ${max} (see docs/audience-sync.md): is this column the context key?`,
  "members.more-problems": ({ count }) =>
    `${count.toLocaleString("en-US")} more row${count === 1 ? "" : "s"} of this file have problems like the ones above`,
  "members.duplicates": ({ count, key }) =>
    `${count.toLocaleString("en-US")} row${count === 1 ? " repeats a key" : "s repeat keys"} of earlier rows (the first here: ${JSON.stringify(key)}): each key counts once; check the export if that is unexpected`,
  "members.empty": ({ file }) =>
    `member file \`${file}\` holds no keys: a broken export must not empty a segment; fix the export, or add \`allowEmpty: true\` to this entry if an empty segment is intended`,
  "members.in-both-lists": ({ key, count, contextKind, environment }) =>
    `${count.toLocaleString("en-US")} ${contextKind} key${count === 1 ? " is" : "s are"} both included and excluded in ${environment} (the first: ${JSON.stringify(key)}); LaunchDarkly refuses that: remove ${count === 1 ? "it" : "them"} from one list`,
  "members.too-many-for-standard": ({ key, environment, count, max }) =>
    `segment \`${key}\` has ${count.toLocaleString("en-US")} individual targets in ${environment} with its member files; a standard segment holds at most ${max.toLocaleString("en-US")}: declare it a big segment (\`unbounded: true\`). LaunchDarkly cannot convert an existing segment: if it exists, give the big segment a new key`,

  "plan.owned-left-alone": ({ count, prune }, name) =>
    `${count} resource${count === 1 ? "" : "s"} managed by ld-gitops ${count === 1 ? "is" : "are"} no longer in the repository and will be left in LaunchDarkly; plan with ${name(prune)} to delete ${count === 1 ? "it" : "them"}.`,
  "plan.segment-unbounded-immutable": ({ project, environment, key }) =>
    `segment ${project}/${environment}/${key}: "unbounded" and "unboundedContextKind" cannot be changed on an existing segment; delete and recreate it to change them. This plan leaves them as they are.`,
  "plan.big-segment-membership-unchecked": ({ segments, named }) => {
    const more = segments.length - named;
    const list = more > 0 ? `${segments.slice(0, named).join(", ")} and ${more} more` : segments.join(", ");
    const subject = segments.length === 1 ? "big (unbounded) segment" : "big (unbounded) segments";
    return `The membership the repo lists for the ${subject} ${list} is not compared: LaunchDarkly does not return big-segment membership with the segment, so it is written only when the segment is created. Apply leaves the existing membership as it is.`;
  },
  "plan.members-sharp-drop": ({ project, environment, key, list, before, after }) =>
    `segment ${project}/${environment}/${key}: its member files hold ${after.toLocaleString("en-US")} ${list} contexts where LaunchDarkly holds ${before.toLocaleString("en-US")}; a broken or partial export empties a segment this way: check the files before applying`,
  "plan.members-drifted": ({ project, environment, key, expected, live }) =>
    `big segment ${project}/${environment}/${key}: LaunchDarkly holds ${live.toLocaleString("en-US")} members where ld-gitops last applied ${expected.toLocaleString("en-US")}: its membership was changed outside the repository; apply replaces it with the member files`,
  "plan.members-unknown-contexts": ({ file, column, contextKind, project, environment, sampled, known }) =>
    `${known} of ${sampled} sampled keys of ${file}${column !== undefined ? ` (column ${column}, kind ${contextKind})` : ` (kind ${contextKind})`} are known contexts in ${project}/${environment}: is this the identifier your SDKs send as the ${contextKind} key?`,
  "plan.delete-threshold": ({ deletes, owned, percent, maxCount, maxPercent, allow }, name) => {
    const limits: string[] = [];
    if (maxCount !== undefined) limits.push(`the limit of ${maxCount} delete${maxCount === 1 ? "" : "s"}`);
    if (maxPercent !== undefined) limits.push(`the limit of ${maxPercent}% of them`);
    return (
      `Refusing to plan: this plan would delete ${deletes} of ${owned} resource${owned === 1 ? "" : "s"} managed by ld-gitops (${Math.round(percent)}%), more than ${limits.join(" and ")}. ` +
      `Check that the repository is complete; if these deletes are intended, allow this plan with ${name(allow)}.`
    );
  },
  "plan.segment-delete-referenced": ({ project, environment, key, flags, segments }) => {
    const uses = [
      ...flags.map(flagUseText),
      ...segments.map((segment) => `segment ${segment}: its rules match it (segmentMatch)`),
    ];
    return (
      `deleting segment ${project}/${environment}/${key} is refused: it is still used by ${uses.join("; ")}. ` +
      "Remove those references first (edit the flags in LaunchDarkly, or the segments' rules), or keep the segment in the repository; then plan again."
    );
  },
  "plan.metric-delete-in-use": ({
    project,
    key,
    activeExperimentCount,
    activeGuardedRolloutCount,
    experiments,
  }) => {
    const running = experiments.map((experiment) => `${experiment.key} in ${experiment.environment}`);
    return (
      `deleting metric ${project}/${key} is refused: ${runningReaders(activeExperimentCount, activeGuardedRolloutCount)} it${running.length > 0 ? ` (${running.join(", ")})` : ""}. ` +
      "Stop or finish those first, or keep the metric in the repository; then plan again."
    );
  },
  "plan.metric-in-running-experiment": ({ activeExperimentCount, activeGuardedRolloutCount }) =>
    `${runningReaders(activeExperimentCount, activeGuardedRolloutCount)} this metric: changing it changes the meaning of results mid-iteration`,
  "live.missing-project": ({ project }) =>
    `project "${project}" does not exist in LaunchDarkly (or the token cannot see it)`,
  "live.missing-environment": ({ project, environment, known }) =>
    `environment "${environment}" does not exist in project "${project}" (it has: ${known.join(", ") || "none"})`,
};

/** `flag new-checkout "New checkout" (on): rule 2 "Beta" matches segment beta` (or reached through prerequisites). */
export function flagUseText(use: FlagUse): string {
  const state = use.on ? "on" : "off";
  const description = use.ruleDescription ? ` ${JSON.stringify(use.ruleDescription)}` : "";
  const rule = `rule ${use.rule}${description} matches segment ${use.segment}`;
  if (use.prerequisitePath && use.prerequisitePath.length > 1) {
    const last = use.prerequisitePath[use.prerequisitePath.length - 1];
    return `flag ${use.flag} ${JSON.stringify(use.name)} (${state}): prerequisite path ${use.prerequisitePath.join(" → ")}; ${last}'s ${rule}`;
  }
  return `flag ${use.flag} ${JSON.stringify(use.name)} (${state}): ${rule}`;
}

/** `2 running experiments and 1 running guarded rollout read`: what reads a metric, with its verb. */
function runningReaders(experiments: number, rollouts: number): string {
  const what = [
    experiments > 0 ? counted(experiments, "running experiment") : "",
    rollouts > 0 ? counted(rollouts, "running guarded rollout") : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return `${what} ${experiments + rollouts === 1 ? "reads" : "read"}`;
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/** "an", or "a" (before a consonant or `URL`): the article for `noun`. */
function article(noun: string): string {
  return /^[aeiou]/i.test(noun) && !noun.startsWith("URL") ? "an" : "a";
}

/** `` `a`, `b` or `c` ``. */
function orList(names: readonly string[]): string {
  const quoted = names.map((n) => `\`${n}\``);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

function withArticle(noun: string): string {
  return `${/^[aeio]/i.test(noun) ? "an" : "a"} ${noun}`;
}

function requiredHint(field: string, noun: string): string {
  if (field === "name" && noun === "segment") return " (a human-friendly name)";
  if (field === "kind") return ": one of pageview, click, custom";
  if (field === "op") return " (the operator, such as `in`)";
  if (field === "effect") return ": `allow` or `deny`";
  return "";
}

function lastSegment(pointer: string): string {
  return parseJsonPointer(pointer).at(-1) ?? "";
}

/** `op`, or `environments` item 2 for list items: how a person finds the value. */
function label(pointer: string): string {
  const segments = parseJsonPointer(pointer);
  const last = segments.at(-1);
  if (last === undefined) return "the file";
  if (/^\d+$/.test(last)) {
    const parent = segments.at(-2);
    return parent === undefined ? `item ${Number(last) + 1}` : `\`${parent}\` item ${Number(last) + 1}`;
  }
  return `\`${last}\``;
}

function typeName(type: string): string {
  switch (type) {
    case "object":
      return "a mapping (`field: value` lines)";
    case "array":
      return "a list";
    case "integer":
      return "a whole number";
    case "boolean":
      return "true or false";
    default:
      return `a ${type}`;
  }
}

function describeValue(value: ValueShape): string {
  switch (value.kind) {
    case "nothing":
      return "nothing (an empty value)";
    case "list":
      return "a list";
    case "mapping":
      return "a mapping";
    case "string":
      return `the string \`${value.value}\``;
    case "number":
      return `the number ${value.value}`;
    case "other":
      return `\`${value.text}\``;
  }
}

function declared(resource: FindingParams["resource.duplicate"]["resource"]): string {
  switch (resource.type) {
    case "segment":
      return `segment \`${resource.key}\` in ${resource.project}/${resource.environment}`;
    case "metric":
      return `metric \`${resource.key}\` in project ${resource.project}`;
    case "contextKind":
      return `context kind \`${resource.key}\` in project ${resource.project}`;
    case "role":
      return `role \`${resource.key}\``;
  }
}

const METRIC_KINDS_NAMED = {
  click: "click",
  "click-pageview": "click and pageview",
  custom: "custom",
  "numeric-custom": "numeric custom",
} as const;

/** Why a metric of `kind` needs `field` (MetricPost). */
function metricFieldPurpose(field: string, kind: string): string {
  if (field === "selector") return "click metrics count clicks on the elements matching this CSS selector";
  if (field === "urls")
    return kind === "click"
      ? "click metrics count clicks on the pages matching these URLs"
      : "pageview metrics count visits to the pages matching these URLs";
  if (field === "eventKey") return "custom metrics count the events your code sends with this key";
  if (field === "unit") return "numeric metrics show their values in this unit (e.g. `ms`, `USD`)";
  if (field === "successCriteria") return "numeric metrics need to know whether higher or lower is better";
  return `${kind} metrics need it`;
}

/** `proj/*:env/*:segment/…`: a chain of types as it is written, each parent with `/*`. */
function writtenChain(typePath: string): string {
  const types = typePath.split(":");
  return `\`${types.map((t, i) => (i === types.length - 1 ? `${t}/…` : `${t}/*`)).join(":")}\``;
}

/**
 * A plan warning in words; one validate found reads as validate prints it: `file:line:col: warning: message`.
 */
export function describePlanWarning(
  warning: Finding & { location?: { file: string; line: number; column: number } },
  options: WordingOptions = {},
): string {
  const message = describeFinding(warning, options);
  const where = warning.location;
  return where ? `${where.file}:${where.line}:${where.column}: warning: ${message}` : message;
}

/**
 * A plan warning as Markdown: the words escaped by `escapeText`, the settings it names formatted for `edge` afterwards
 * (so the Action's `prune: true` stays a code span).
 */
export function planWarningMarkdown(
  warning: Finding & { location?: { file: string; line: number; column: number } },
  edge: Edge,
  escapeText: (text: string) => string,
): string {
  const settings: Setting[] = [];
  const text = describePlanWarning(warning, {
    nameSetting: (setting) => `\u0000${settings.push(setting) - 1}\u0000`,
  });
  return escapeText(text).replace(/\u0000(\d+)\u0000/g, (_match, index: string) =>
    nameSetting(settings[Number(index)] ?? { name: "prune" }, edge),
  );
}
