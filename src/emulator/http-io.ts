// Reading a request body and writing a JSON response, as every emulator route does.
import type { IncomingMessage, ServerResponse } from "node:http";
import { type EmulatorHttpError, invalidRequest } from "./http-error.js";

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export function readRawBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(invalidRequest("request body too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

export async function readBody(request: IncomingMessage): Promise<string> {
  return (await readRawBody(request)).toString("utf8");
}

export function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    ...(text ? { "Content-Type": "application/json; charset=utf-8" } : {}),
    "Content-Length": String(Buffer.byteLength(text)),
  });
  response.end(text);
}

export function sendError(
  response: ServerResponse,
  error: EmulatorHttpError,
  headers: Record<string, string> = {},
): void {
  send(
    response,
    error.status,
    { code: error.code, message: error.message },
    { ...headers, ...error.headers },
  );
}
