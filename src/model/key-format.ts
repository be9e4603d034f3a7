/** LaunchDarkly's key format for projects, environments, segments, metrics and roles. */
export const KEY_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export const KEY_PATTERN_TEXT =
  "a key starts with a letter or digit and contains only letters, digits, `_`, `.` and `-`";
