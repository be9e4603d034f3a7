/** LaunchDarkly's key format for projects, environments, segments, metrics and roles. */
export const KEY_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
