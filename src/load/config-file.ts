import type { Document, LineCounter } from "yaml";

/**
 * How yaml parses a config file, when it is first read (parse-config-file.ts) and when it is parsed again to locate a
 * node. Duplicate keys are found in one pass after parsing: the parser's own check is quadratic per mapping.
 */
export const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, merge: true } as const;

/** One config file after reading and YAML parsing: what every later step points back into. */
export interface ParsedConfigFile {
  /** Relative to the current directory, forward slashes (as in diagnostics). */
  file: string;
  absolutePath: string;
  /** The file's text; undefined when it could not be read. */
  text?: string;
  /**
   * The parsed document while the file is being loaded. It is released afterwards (500 retained documents
   * cost more in garbage collection than parsing) and parsed again only to locate a diagnostic.
   */
  document?: Document.Parsed;
  /** Line starts; empty until the file is parsed in this thread (a worker parsed it). */
  lineCounter: LineCounter;
  /**
   * Positions found while the document was at hand, by JSON pointer (as `locate` gives them without options),
   * so that a file parsed on a worker need not be parsed again to say where its resources are.
   */
  locations?: Map<string, { line: number; column: number }>;
  /** The document as plain data; undefined when it could not be built. */
  value?: unknown;
  /** JSON pointers where the schema found errors: rules skip resources under them. */
  schemaErrorPointers: string[];
}

/** A resource definition with the file and JSON pointer it was read from. */
export interface Located<T> {
  definition: T;
  file: ParsedConfigFile;
  /** `/segments/3` */
  pointer: string;
}

/** Whether the schema found no error at or under `pointer` (rules only trust such resources). */
export function isSchemaValid(file: ParsedConfigFile, pointer: string): boolean {
  return !file.schemaErrorPointers.some(
    (p) => p === pointer || p.startsWith(`${pointer}/`) || pointer.startsWith(`${p}/`),
  );
}
