import type { OwnershipConflict } from "./resource-plan.js";

/** Resources named without an owner prefix in messages (the rest are counted; the data holds them all). */
const CONFLICTS_NAMED = 10;

/**
 * Thrown when the configuration declares resources another owner manages: the plan never takes them over unless
 * asked (`--take-over`). `conflicts` is the data; the message is the CLI's and the Action's wording of it.
 */
export class OwnershipConflictError extends Error {
  constructor(
    readonly marker: string,
    readonly conflicts: readonly OwnershipConflict[],
  ) {
    const named = conflicts
      .slice(0, CONFLICTS_NAMED)
      .map(
        (conflict) =>
          `${conflict.resourceType} ${[conflict.project, conflict.environment, conflict.key].filter((part) => part !== undefined).join("/")} (${conflict.managedBy})`,
      );
    const more = conflicts.length > CONFLICTS_NAMED ? ` and ${conflicts.length - CONFLICTS_NAMED} more` : "";
    super(
      `${conflicts.length === 1 ? "a resource this configuration declares is" : `${conflicts.length} resources this configuration declares are`} managed by another owner: ${named.join(", ")}${more}. This configuration's marker is ${marker}. Remove ${conflicts.length === 1 ? "it" : "them"} from the files, or plan with --take-over to write this owner's marker over the other's.`,
    );
    this.name = "OwnershipConflictError";
  }
}
