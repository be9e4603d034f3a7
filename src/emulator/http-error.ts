// LaunchDarkly's error body is always `{code, message}`; handlers throw this and the server renders it.

export type EmulatorErrorCode =
  | "invalid_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "optimistic_locking_error"
  | "rate_limited"
  | "internal_server_error"
  | "service_unavailable";

export class EmulatorHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: EmulatorErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "EmulatorHttpError";
  }
}

export const invalidRequest = (message: string): EmulatorHttpError =>
  new EmulatorHttpError(400, "invalid_request", message);

export const notFound = (message: string): EmulatorHttpError =>
  new EmulatorHttpError(404, "not_found", message);

export const conflict = (message: string): EmulatorHttpError =>
  new EmulatorHttpError(409, "conflict", message);

/** LaunchDarkly's 403: it does not say which permission is missing. */
export const forbidden = (): EmulatorHttpError =>
  new EmulatorHttpError(403, "forbidden", "Access to the requested resource was denied");
