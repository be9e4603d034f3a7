import { PLAN_FORMAT_VERSION, type Plan, type PlannedChange } from "../../../src/plan/types.js";

/** A plan holding exactly `changes`, its summary counted from them. */
export function planOf(changes: PlannedChange[]): Plan {
  const count = (action: PlannedChange["action"]) => changes.filter((c) => c.action === action).length;
  return {
    version: PLAN_FORMAT_VERSION,
    summary: {
      create: count("create"),
      update: count("update"),
      delete: count("delete"),
      unchanged: 0,
      adopt: changes.filter((c) => c.ownership !== undefined).length,
    },
    changes,
    unmanaged: [],
    warnings: [],
    hash: "0".repeat(64),
    prune: false,
    marker: "managed-by-ld-gitops",
  };
}
