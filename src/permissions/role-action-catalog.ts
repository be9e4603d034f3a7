import roleActions from "./data/role-actions.json" with { type: "json" };

/** One custom-role resource type, as the project's data file records it. */
export interface RoleResourceType {
  name: string;
  /** The chain of specifier segment types ending in this type, such as `proj:env:segment`. */
  typePath: string;
  /** Written without `/name` (`acct`, `ip-allowlist`). */
  bare: boolean;
  /** Action names LaunchDarkly documents for this type. */
  actions: ReadonlySet<string>;
  /** Names seen only in non-authoritative or legacy sources: warn, do not fail. */
  uncertain: ReadonlySet<string>;
}

interface RawType {
  path: string[];
  bare?: boolean;
  actions: string[];
  uncertain: string[];
}

const types: RoleResourceType[] = Object.entries(roleActions.types as Record<string, RawType>).map(
  ([name, raw]) => ({
    name,
    typePath: raw.path.join(":"),
    bare: raw.bare === true,
    actions: new Set(raw.actions),
    uncertain: new Set(raw.uncertain),
  }),
);

const byTypePath = new Map(types.map((t) => [t.typePath, t]));

/** Every segment type name that appears in a known specifier (`proj`, `env`, `segment`, `agent-graphs`...). */
export const KNOWN_SEGMENT_TYPES: readonly string[] = [
  ...new Set(types.flatMap((t) => t.typePath.split(":"))),
];

/** The resource type a specifier's chain of types denotes, if LaunchDarkly documents it. */
export function resourceTypeByPath(typePath: string): RoleResourceType | undefined {
  return byTypePath.get(typePath);
}

/** Known resource types whose last segment type is `segmentType` (to explain a wrong hierarchy). */
export function resourceTypesEndingIn(segmentType: string): RoleResourceType[] {
  return types.filter((t) => t.typePath.split(":").at(-1) === segmentType);
}

/** Every resource type the data file knows. */
export function resourceTypesAll(): readonly RoleResourceType[] {
  return types;
}
