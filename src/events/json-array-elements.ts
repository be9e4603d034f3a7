// Splits a streamed JSON array into the text of its elements, each with the line it starts on; JSON.parse then
// parses each element. Only brackets, braces and strings are tracked here, which is all it takes to find where an
// element ends, and it gives what streaming JSON libraries do not: the element's line, for `file:line` errors.
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

export type ArrayElement = { line: number; text: string } | { line: number; unreadable: string };

const WHITESPACE = new Set([" ", "\t", "\n", "\r", "\uFEFF"]);

export async function* splitJsonArray(stream: Readable): AsyncGenerator<ArrayElement> {
  const decoder = new StringDecoder("utf8");
  let line = 1;
  let state: "before" | "between" | "element" | "after" = "before";
  let depth = 0;
  let inString = false;
  let escaped = false;
  let elementLine = 0;
  let pieces: string[] = [];
  let sawElement = false;

  const process = function* (chunk: string): Generator<ArrayElement, boolean> {
    let start = -1;
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i] as string;
      if (state === "element") {
        if (inString) {
          if (escaped) escaped = false;
          else if (char === "\\") escaped = true;
          else if (char === '"') inString = false;
          else if (char === "\n") line += 1;
          continue;
        }
        if (char === '"') inString = true;
        else if (char === "{" || char === "[") depth += 1;
        else if ((char === "}" || char === "]") && depth > 0) depth -= 1;
        else if (depth === 0 && (char === "," || char === "]")) {
          pieces.push(chunk.slice(start < 0 ? 0 : start, i));
          yield { line: elementLine, text: pieces.join("").trim() };
          pieces = [];
          start = -1;
          state = char === "," ? "between" : "after";
          continue;
        } else if (char === "\n") line += 1;
        continue;
      }
      if (char === "\n") line += 1;
      if (WHITESPACE.has(char)) continue;
      if (state === "before") {
        if (char !== "[") {
          yield { line, unreadable: "the file does not start with a JSON array ([)" };
          return false;
        }
        state = "between";
      } else if (state === "between") {
        if (char === "]" && !sawElement) {
          state = "after";
          continue;
        }
        if (char === "," || char === "]") {
          yield { line, unreadable: `unexpected "${char}" where an array element should start` };
          return false;
        }
        state = "element";
        sawElement = true;
        elementLine = line;
        start = i;
        depth = 0;
        inString = false;
        escaped = false;
        // Re-examine this character as the element's first.
        i -= 1;
      } else {
        yield { line, unreadable: "text after the end of the JSON array" };
        return false;
      }
    }
    if (state === "element") pieces.push(chunk.slice(start < 0 ? 0 : start));
    return true;
  };

  for await (const chunk of stream) {
    const text = decoder.write(chunk as Buffer);
    if (!(yield* process(text))) return;
  }
  if (!(yield* process(decoder.end()))) return;
  // `process` moves the state; TypeScript cannot see that through the generator.
  if ((state as string) !== "after") yield { line, unreadable: "the JSON array is not closed (missing ])" };
}
