// Projects and environments added to a snapshot before the emulator starts (`ld-gitops emulator --project`).
import { DEFAULT_ENVIRONMENTS } from "./representations.js";
import { type EmulatorSnapshot, SNAPSHOT_FORMAT_VERSION } from "./snapshot.js";

export interface SeedProject {
  key: string;
  /**
   * Environment keys; names are the keys, as a user who typed only keys would expect to see them. None: the two
   * LaunchDarkly creates for a new project without a list (production, test).
   */
  environments: string[];
}

/** Colours LaunchDarkly's own default environments use, then a few more, so environments tell apart in a UI. */
const COLORS = ["417505", "F5A623", "30A46C", "E5484D", "0090FF", "8E4EC6"];

/**
 * The snapshot with each seed project added. A project that is already there (from `--state`) is left as it is
 * and reported, so a saved state is never changed behind the user's back.
 */
export function seedProjects(
  snapshot: EmulatorSnapshot | undefined,
  seeds: SeedProject[],
): { snapshot: EmulatorSnapshot; skipped: string[] } {
  const base: EmulatorSnapshot = snapshot ?? { formatVersion: SNAPSHOT_FORMAT_VERSION, projects: [] };
  const existing = new Set(base.projects.map((project) => project.key));
  const skipped = seeds.filter((seed) => existing.has(seed.key)).map((seed) => seed.key);
  const added = seeds
    .filter((seed) => !existing.has(seed.key))
    .map((seed) => ({
      key: seed.key,
      name: seed.key,
      tags: [],
      environments:
        seed.environments.length === 0
          ? DEFAULT_ENVIRONMENTS.map(({ key, name, color }) => ({ key, name, color }))
          : seed.environments.map((key, index) => ({
              key,
              name: key,
              color: COLORS[index % COLORS.length] as string,
            })),
    }));
  return { snapshot: { ...base, projects: [...base.projects, ...added] }, skipped };
}
