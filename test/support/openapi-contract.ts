// Holds emulator and client traffic against LaunchDarkly's real OpenAPI document (../shared/launchdarkly/openapi.json).
// Tests only: the tool itself never reads ../shared at run time.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Where the OpenAPI document is expected: beside the checkout, as `../shared/launchdarkly/openapi.json`. */
export const openApiPath = path.resolve(repoRoot, "..", "shared", "launchdarkly", "openapi.json");

/** False when the document is absent; suites use `describe.skipIf(!openApiAvailable)`. */
export const openApiAvailable: boolean = existsSync(openApiPath);

if (!openApiAvailable) {
  process.stderr.write(
    `\n[openapi-contract] ${openApiPath} not found: contract tests against LaunchDarkly's OpenAPI document are SKIPPED.\n\n`,
  );
}

type JsonObject = Record<string, unknown>;

interface OpenApiOperation {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: JsonObject }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonObject }> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonObject> };
}

export interface ContractResult {
  ok: boolean;
  /** Readable lines such as `/items/0/version: must be integer`. Empty when ok. */
  errors: string[];
  /** The OpenAPI path template the concrete path matched, e.g. `/api/v2/segments/{projectKey}/{environmentKey}`. */
  template?: string;
  /** The component schema name the body was checked against, when it was a `$ref`. */
  schemaName?: string;
}

const SCHEMA_DOCUMENT_ID = "https://ld-gitops.local/launchdarkly-openapi";

/** OpenAPI 3.0 schema → JSON Schema (draft 7 as ajv reads it): `nullable`, and keywords ajv does not know. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const source = node as JsonObject;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "example" || key === "examples" || key === "xml" || key === "externalDocs") continue;
    if (key === "discriminator" || key === "nullable" || key === "deprecated") continue;
    if (key === "properties" && value && typeof value === "object") {
      // Property names are data, not keywords: convert each property schema, keep every name.
      const props: JsonObject = {};
      for (const [name, schema] of Object.entries(value as JsonObject)) props[name] = toJsonSchema(schema);
      out[key] = props;
      continue;
    }
    out[key] = toJsonSchema(value);
  }
  if (source.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (out.$ref !== undefined || out.allOf || out.oneOf || out.anyOf) {
      const copy = { ...out };
      return { anyOf: [copy, { type: "null" }] };
    }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

interface CompiledTemplate {
  template: string;
  regex: RegExp;
  literalSegments: number;
}

let documentCache: OpenApiDocument | undefined;
let ajvCache: Ajv | undefined;
let templatesCache: CompiledTemplate[] | undefined;
const validatorCache = new Map<string, ValidateFunction>();

function loadDocument(): OpenApiDocument {
  if (!openApiAvailable) throw new Error(`OpenAPI document not found at ${openApiPath}`);
  documentCache ??= JSON.parse(readFileSync(openApiPath, "utf8")) as OpenApiDocument;
  return documentCache;
}

function ajvInstance(): Ajv {
  if (ajvCache) return ajvCache;
  const doc = loadDocument();
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
  addFormats(ajv);
  const schemas: JsonObject = {};
  for (const [name, schema] of Object.entries(doc.components.schemas)) schemas[name] = toJsonSchema(schema);
  ajv.addSchema({ $id: SCHEMA_DOCUMENT_ID, components: { schemas } });
  ajvCache = ajv;
  return ajv;
}

function templates(): CompiledTemplate[] {
  if (templatesCache) return templatesCache;
  const doc = loadDocument();
  templatesCache = Object.keys(doc.paths)
    .map((template) => {
      const parts = template.split("/");
      const pattern = parts
        .map((part) => (/^\{[^}]+\}$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("/");
      return {
        template,
        regex: new RegExp(`^${pattern}/?$`),
        literalSegments: parts.filter((part) => !part.startsWith("{")).length,
      };
    })
    // A literal segment beats a parameter: `/roles/{key}` must not swallow a more specific literal route.
    .sort((a, b) => b.literalSegments - a.literalSegments);
  return templatesCache;
}

/** The OpenAPI path template a concrete path (query string allowed) belongs to, or undefined. */
export function matchPathTemplate(concretePath: string): string | undefined {
  const pathname = concretePath.split("?")[0] ?? concretePath;
  return templates().find((candidate) => candidate.regex.test(pathname))?.template;
}

function operationFor(
  method: string,
  concretePath: string,
): { template: string; operation: OpenApiOperation } | string {
  const template = matchPathTemplate(concretePath);
  if (!template) return `no OpenAPI path matches ${concretePath}`;
  const operation = loadDocument().paths[template]?.[method.toLowerCase()];
  if (!operation) return `OpenAPI path ${template} has no ${method.toUpperCase()} operation`;
  return { template, operation };
}

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath || "(body)";
    const extra =
      error.keyword === "additionalProperties"
        ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
        : error.keyword === "enum"
          ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
          : "";
    return `${where}: ${error.message ?? error.keyword}${extra}`;
  });
}

function validateAgainst(schema: JsonObject, body: unknown): { errors: string[]; schemaName?: string } {
  const ref = typeof schema.$ref === "string" ? schema.$ref : undefined;
  const schemaName = ref?.startsWith("#/components/schemas/")
    ? ref.slice("#/components/schemas/".length)
    : undefined;
  const cacheKey = ref ?? JSON.stringify(schema);
  let validate = validatorCache.get(cacheKey);
  if (!validate) {
    const ajv = ajvInstance();
    validate = ref
      ? ajv.getSchema(`${SCHEMA_DOCUMENT_ID}${ref}`)
      : ajv.compile({ ...(toJsonSchema(schema) as JsonObject), $id: undefined });
    if (!validate) return { errors: [`cannot compile schema ${cacheKey}`], schemaName };
    validatorCache.set(cacheKey, validate);
  }
  const ok = validate(body);
  return { errors: ok ? [] : formatErrors(validate.errors), schemaName };
}

/** Validates a component schema by name, e.g. `validateSchema("UserSegment", body)`. */
export function validateSchema(schemaName: string, body: unknown): ContractResult {
  if (!loadDocument().components.schemas[schemaName]) {
    return { ok: false, errors: [`no component schema ${schemaName}`] };
  }
  const result = validateAgainst({ $ref: `#/components/schemas/${schemaName}` }, body);
  return { ok: result.errors.length === 0, errors: result.errors, schemaName };
}

/**
 * Checks a response body against the documented response for `method concretePath` and `status`.
 * A status the operation does not document is an error; so is a body where the spec documents none.
 */
export function validateResponse(
  method: string,
  concretePath: string,
  status: number,
  body: unknown,
): ContractResult {
  const found = operationFor(method, concretePath);
  if (typeof found === "string") return { ok: false, errors: [found] };
  const { template, operation } = found;
  const response = operation.responses?.[String(status)] ?? operation.responses?.default;
  if (!response) {
    const documented = Object.keys(operation.responses ?? {}).join(", ");
    return {
      ok: false,
      errors: [
        `${method.toUpperCase()} ${template} does not document status ${status} (documented: ${documented})`,
      ],
      template,
    };
  }
  const content = response.content;
  if (!content) {
    const empty = body === undefined || body === null || body === "";
    return {
      ok: empty,
      errors: empty ? [] : [`${method.toUpperCase()} ${template} ${status} documents no body, got one`],
      template,
    };
  }
  const schema = (content["application/json"] ?? Object.values(content)[0])?.schema;
  if (!schema) return { ok: true, errors: [], template };
  const result = validateAgainst(schema, body);
  return { ok: result.errors.length === 0, errors: result.errors, template, schemaName: result.schemaName };
}

/**
 * Checks a request body against the operation's documented request body. A semantic-patch content type
 * (`domain-model=launchdarkly.semanticpatch`) is not described by a schema in the document: only its envelope is checked.
 */
export function validateRequestBody(
  method: string,
  concretePath: string,
  body: unknown,
  contentType = "application/json",
): ContractResult {
  const found = operationFor(method, concretePath);
  if (typeof found === "string") return { ok: false, errors: [found] };
  const { template, operation } = found;
  if (contentType.includes("domain-model=launchdarkly.semanticpatch")) {
    const errors: string[] = [];
    const envelope = body as { instructions?: unknown; comment?: unknown } | null;
    if (!envelope || typeof envelope !== "object") errors.push("(body): must be object");
    else {
      if (!Array.isArray(envelope.instructions)) errors.push("/instructions: must be array");
      else
        envelope.instructions.forEach((instruction, index) => {
          if (!instruction || typeof (instruction as { kind?: unknown }).kind !== "string")
            errors.push(`/instructions/${index}/kind: must be string`);
        });
      if (envelope.comment !== undefined && typeof envelope.comment !== "string")
        errors.push("/comment: must be string");
    }
    return { ok: errors.length === 0, errors, template };
  }
  const content = operation.requestBody?.content;
  if (!content) {
    const empty = body === undefined || body === null;
    return {
      ok: empty,
      errors: empty ? [] : [`${method.toUpperCase()} ${template} takes no body`],
      template,
    };
  }
  const media = content[contentType.split(";")[0]?.trim() ?? ""] ?? content["application/json"];
  const schema = media?.schema;
  if (!schema)
    return { ok: false, errors: [`${method.toUpperCase()} ${template} takes no ${contentType} body`] };
  const result = validateAgainst(schema, body);
  return { ok: result.errors.length === 0, errors: result.errors, template, schemaName: result.schemaName };
}

/** The component schema (converted to JSON Schema) — for tests comparing the emulator's own request schemas. */
export function componentSchema(schemaName: string): JsonObject | undefined {
  const schema = loadDocument().components.schemas[schemaName];
  return schema ? (toJsonSchema(schema) as JsonObject) : undefined;
}

/** Every `METHOD /template` pair in the document (for coverage checks). */
export function documentedOperations(): string[] {
  const out: string[] = [];
  for (const [template, item] of Object.entries(loadDocument().paths)) {
    for (const method of Object.keys(item)) {
      if (["get", "post", "put", "patch", "delete"].includes(method))
        out.push(`${method.toUpperCase()} ${template}`);
    }
  }
  return out;
}
