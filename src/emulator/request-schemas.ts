// JSON Schemas of the request bodies the emulator accepts, transcribed from the OpenAPI component schemas named
// below (the tool cannot read ../shared at run time). test/contract checks they agree with the document.
// Deliberately strict: unknown top-level fields are rejected (`additionalProperties: false`) so that a client
// sending a field LaunchDarkly would ignore or reject shows up in tests.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { invalidRequest } from "./http-error.js";

type Schema = Record<string, unknown>;

const stringArray: Schema = { type: "array", items: { type: "string" } };

const environmentPost: Schema = {
  type: "object",
  required: ["name", "key", "color"],
  additionalProperties: false,
  properties: {
    name: { type: "string" },
    key: { type: "string" },
    color: { type: "string" },
    defaultTtl: { type: "integer" },
    secureMode: { type: "boolean" },
    defaultTrackEvents: { type: "boolean" },
    confirmChanges: { type: "boolean" },
    requireComments: { type: "boolean" },
    tags: stringArray,
    source: { type: "object", properties: { key: { type: "string" }, version: { type: "integer" } } },
    critical: { type: "boolean" },
  },
};

const patchOperation: Schema = {
  type: "object",
  required: ["op", "path"],
  properties: { op: { type: "string" }, path: { type: "string" }, value: {}, from: { type: "string" } },
};

const jsonPatch: Schema = { type: "array", items: patchOperation };

/** `SegmentUserList`: keys to add and remove on one side of a big segment. */
const targetChanges: Schema = {
  type: "object",
  additionalProperties: false,
  properties: { add: stringArray, remove: stringArray },
};

const statementPost: Schema = {
  type: "object",
  required: ["effect"],
  additionalProperties: false,
  properties: {
    resources: stringArray,
    notResources: stringArray,
    actions: stringArray,
    notActions: stringArray,
    effect: { type: "string", enum: ["allow", "deny"] },
  },
};

export const REQUEST_SCHEMAS = {
  /** `ProjectPost` */
  ProjectPost: {
    type: "object",
    required: ["name", "key"],
    additionalProperties: false,
    properties: {
      name: { type: "string" },
      key: { type: "string" },
      includeInSnippetByDefault: { type: "boolean" },
      defaultClientSideAvailability: {
        type: "object",
        required: ["usingEnvironmentId", "usingMobileKey"],
        properties: { usingEnvironmentId: { type: "boolean" }, usingMobileKey: { type: "boolean" } },
      },
      tags: stringArray,
      environments: { type: "array", items: environmentPost },
      namingConvention: { type: "object" },
    },
  },
  /** `EnvironmentPost` */
  EnvironmentPost: environmentPost,
  /** `SegmentBody` */
  SegmentBody: {
    type: "object",
    required: ["name", "key"],
    additionalProperties: false,
    properties: {
      name: { type: "string" },
      key: { type: "string" },
      description: { type: "string" },
      tags: stringArray,
      unbounded: { type: "boolean" },
      unboundedContextKind: { type: "string" },
    },
  },
  /** `PatchWithComment` */
  PatchWithComment: {
    type: "object",
    required: ["patch"],
    additionalProperties: false,
    properties: { patch: jsonPatch, comment: { type: "string" } },
  },
  /** JSON merge patch wrapper LaunchDarkly documents beside `PatchWithComment`. */
  MergePatchWithComment: {
    type: "object",
    required: ["merge"],
    additionalProperties: false,
    properties: { merge: { type: "object" }, comment: { type: "string" } },
  },
  /** Semantic patch envelope for segments (`environmentKey` is required for segments). */
  SegmentSemanticPatch: {
    type: "object",
    required: ["instructions"],
    additionalProperties: false,
    properties: {
      environmentKey: { type: "string" },
      instructions: {
        type: "array",
        items: { type: "object", required: ["kind"], properties: { kind: { type: "string" } } },
      },
      comment: { type: "string" },
    },
  },
  /** `JSONPatch` */
  JSONPatch: jsonPatch,
  /** `SegmentUserState` */
  SegmentUserState: {
    type: "object",
    additionalProperties: false,
    properties: { included: targetChanges, excluded: targetChanges },
  },
  /** `MetricPost` */
  MetricPost: {
    type: "object",
    required: ["key", "kind"],
    additionalProperties: false,
    properties: {
      key: { type: "string" },
      name: { type: "string" },
      description: { type: "string" },
      kind: { type: "string", enum: ["pageview", "click", "custom"] },
      selector: { type: "string" },
      urls: {
        type: "array",
        items: {
          type: "object",
          properties: {
            kind: { type: "string", enum: ["exact", "canonical", "substring", "regex"] },
            url: { type: "string" },
            substring: { type: "string" },
            pattern: { type: "string" },
          },
        },
      },
      isNumeric: { type: "boolean" },
      unit: { type: "string" },
      eventKey: { type: "string" },
      successCriteria: { type: "string", enum: ["HigherThanBaseline", "LowerThanBaseline"] },
      tags: stringArray,
      randomizationUnits: stringArray,
      maintainerId: { type: "string" },
      unitAggregationType: { type: "string", enum: ["average", "sum"] },
      analysisType: { type: "string" },
      percentileValue: { type: "integer" },
      eventDefault: {
        type: "object",
        properties: { disabled: { type: "boolean" }, value: { type: "number" } },
      },
      dataSource: {
        type: "object",
        required: ["key"],
        properties: {
          key: { type: "string" },
          environmentKey: { type: "string" },
          _name: { type: "string" },
          _integrationKey: { type: "string" },
        },
      },
      filters: { type: "object", required: ["type", "op", "values", "negate"] },
    },
  },
  /** `FeatureFlagBody` */
  FeatureFlagBody: {
    type: "object",
    required: ["name", "key"],
    additionalProperties: false,
    properties: {
      name: { type: "string" },
      key: { type: "string" },
      description: { type: "string" },
      includeInSnippet: { type: "boolean" },
      clientSideAvailability: {
        type: "object",
        properties: { usingEnvironmentId: { type: "boolean" }, usingMobileKey: { type: "boolean" } },
      },
      variations: {
        type: "array",
        items: {
          type: "object",
          required: ["value"],
          properties: {
            _id: { type: "string" },
            value: {},
            description: { type: "string" },
            name: { type: "string" },
          },
        },
      },
      temporary: { type: "boolean" },
      tags: stringArray,
      customProperties: { type: "object" },
      defaults: {
        type: "object",
        required: ["onVariation", "offVariation"],
        properties: { onVariation: { type: "integer" }, offVariation: { type: "integer" } },
      },
      purpose: { type: "string" },
      migrationSettings: { type: "object" },
      maintainerId: { type: "string" },
      maintainerTeamKey: { type: "string" },
      initialPrerequisites: {
        type: "array",
        items: {
          type: "object",
          required: ["key", "variationId"],
          properties: { key: { type: "string" }, variationId: { type: "string" } },
        },
      },
      isFlagOn: { type: "boolean" },
    },
  },
  /** `UpsertContextKindPayload` */
  UpsertContextKindPayload: {
    type: "object",
    required: ["name"],
    additionalProperties: false,
    properties: {
      name: { type: "string" },
      description: { type: "string" },
      hideInTargeting: { type: "boolean" },
      archived: { type: "boolean" },
      version: { type: "integer" },
    },
  },
  /** `CustomRolePost` */
  CustomRolePost: {
    type: "object",
    required: ["name", "key", "policy"],
    additionalProperties: false,
    properties: {
      name: { type: "string" },
      key: { type: "string" },
      description: { type: "string" },
      policy: { type: "array", items: statementPost },
      basePermissions: { type: "string", enum: ["reader", "no_access"] },
      resourceCategory: { type: "string" },
    },
  },
} satisfies Record<string, Schema>;

export type RequestSchemaName = keyof typeof REQUEST_SCHEMAS;

const ajv = new Ajv({ strict: false, allErrors: true });
const validators = new Map<RequestSchemaName, ValidateFunction>();

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((error) => {
      const where = error.instancePath || "body";
      if (error.keyword === "additionalProperties") {
        const name = (error.params as { additionalProperty?: string }).additionalProperty;
        return `${where}: unknown field "${name}"`;
      }
      if (error.keyword === "enum") {
        const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
        return `${where}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
      }
      return `${where}: ${error.message ?? error.keyword}`;
    })
    .join("; ");
}

/** Throws 400 `invalid_request` naming every violation (first five) when `body` breaks the named schema. */
export function assertRequestBody<T>(schemaName: RequestSchemaName, body: unknown): T {
  let validate = validators.get(schemaName);
  if (!validate) {
    validate = ajv.compile(REQUEST_SCHEMAS[schemaName]);
    validators.set(schemaName, validate);
  }
  if (!validate(body)) throw invalidRequest(`Invalid ${schemaName} body: ${describe(validate.errors)}`);
  return body as T;
}
