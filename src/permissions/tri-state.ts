// Three-valued matching: a resource whose tags or properties are not known "maybe" matches a specifier that
// selects on them. Callers decide what "maybe" means (a deny that maybe applies counts; an allow does not).

export type Match = "yes" | "no" | "maybe";

export function allOf(matches: Iterable<Match>): Match {
  let result: Match = "yes";
  for (const match of matches) {
    if (match === "no") return "no";
    if (match === "maybe") result = "maybe";
  }
  return result;
}

export function anyOf(matches: Iterable<Match>): Match {
  let result: Match = "no";
  for (const match of matches) {
    if (match === "yes") return "yes";
    if (match === "maybe") result = "maybe";
  }
  return result;
}

export function not(match: Match): Match {
  return match === "yes" ? "no" : match === "no" ? "yes" : "maybe";
}
