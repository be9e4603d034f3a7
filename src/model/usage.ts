// What uses a resource in LaunchDarkly beyond the repository: flags whose rules reach a segment, experiments that
// read a metric. Shared by the plan's impact and the findings that refuse a delete still in use.

/**
 * One flag that evaluates a changed segment in an environment. `segment` is the segment its rule names: the
 * changed one, or a segment whose rules match the changed one (`segmentMatch`), whose members change with it.
 */
export interface FlagUse {
  flag: string;
  name: string;
  /** Whether targeting is on in that environment. */
  on: boolean;
  segment: string;
  /** The flag's rule (1-based, as LaunchDarkly's UI numbers them) whose `segmentMatch` clause names `segment`. */
  rule: number;
  ruleDescription?: string;
  /**
   * Set when the flag is reached through prerequisites: the flag keys from this flag to the one whose rule names
   * `segment` (this flag first). `rule` is then that last flag's rule.
   */
  prerequisitePath?: string[];
}

/** An experiment that reads a metric. */
export interface MetricExperiment {
  key: string;
  name: string;
  environment: string;
  archived: boolean;
}
