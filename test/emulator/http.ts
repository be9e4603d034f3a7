// Small fetch helper for emulator tests: real HTTP, JSON in and out.
export const SEMANTIC_PATCH = "application/json; domain-model=launchdarkly.semanticpatch";

export interface ApiResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers
  body: any;
  headers: Headers;
}

export function apiClient(baseUrl: string, token = "test-token") {
  return async (
    method: string,
    path: string,
    body?: unknown,
    contentType = "application/json",
  ): Promise<ApiResponse> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: token } : {}),
        "LD-API-Version": "20240415",
        ...(body !== undefined ? { "Content-Type": contentType } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
}

/** Uploads big-segment import data over the admin API, as `processBigSegmentImport` expects it; returns the id. */
export async function uploadBigSegmentImport(
  baseUrl: string,
  body: { projectKey: string; environmentKey: string; segmentKey: string; included: string[] },
): Promise<string> {
  const upload = await fetch(`${baseUrl}/__emulator/big-segment-imports`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  return ((await upload.json()) as { importId: string }).importId;
}
