// Types of the generated validator (config-file-validator.js, from scripts/generate-schema-validator.mjs).
import type { ValidateFunction } from "ajv";

export declare const validate: ValidateFunction;
export default validate;
