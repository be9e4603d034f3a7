// Issue 15 item 7: a 404 on a followed pagination link printed `Project "undefined" or its environment "undefined"
// does not exist`. Between the client and the emulator, a proxy adds to the first segment page a `next` link that
// leads nowhere, as a list changing under the reader (or a rewriting proxy) can.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { LaunchDarklyClient } from "../../src/launchdarkly/client.js";
import { startTestEmulator, WRITER } from "../apply/support.js";

let emulator: RunningEmulator;
let proxy: Server;
let proxyUrl: string;

beforeEach(async () => {
  emulator = await startTestEmulator();
  proxy = createServer(async (request, response) => {
    const answer = await fetch(`${emulator.url}${request.url}`, {
      headers: { authorization: String(request.headers.authorization ?? "") },
    });
    const text = await answer.text();
    let body = text;
    if (request.url?.startsWith("/api/v2/segments/web-app/production") && !request.url.includes("gone")) {
      const page = JSON.parse(text) as { _links?: Record<string, { href: string }> };
      page._links = { ...page._links, next: { href: "/api/v2/segments/web-app/gone?offset=50" } };
      body = JSON.stringify(page);
    }
    response.writeHead(answer.status, { "content-type": "application/json" });
    response.end(body);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await emulator.close();
});

describe("a 404 on a followed pagination link", () => {
  it("says the next-page link led nowhere, never `undefined`", async () => {
    const client = new LaunchDarklyClient({ baseUri: proxyUrl, token: WRITER });
    try {
      const error = await client.listSegments("web-app", "production").then(
        () => undefined,
        (thrown: Error) => thrown,
      );
      expect(error?.message).toMatch(
        /404.*LaunchDarkly's own link to the next page of this list led nowhere/,
      );
      expect(error?.message).not.toContain("undefined");
    } finally {
      await client.close();
    }
  });
});
