// The yardstick of the plan benchmark: a minimal lister that reads exactly the pages `ld-gitops plan` reads (same
// page sizes, the same number of requests in flight) and does nothing else but parse each answer as JSON. Plain
// JavaScript on undici, so its process starts as fast as Node can.
//
// Usage: node bench/minimal-lister.mjs '<spec JSON>'  where spec = { baseUri, token, concurrency, reads: [...] } and
// each read is { path, query } (one request) or { path, query, pageSize } (a list: its first page, then, from
// totalCount, every other page at once). Prints the number of requests made.
import { Agent, request } from "undici";

const spec = JSON.parse(process.argv[2]);
const agent = new Agent({ connections: spec.concurrency, keepAliveTimeout: 4_000 });
let inFlight = 0;
const waiting = [];
let requests = 0;

async function get(path, query) {
  if (inFlight >= spec.concurrency) await new Promise((resolve) => waiting.push(resolve));
  inFlight++;
  requests++;
  try {
    const search = new URLSearchParams(query).toString();
    const response = await request(`${spec.baseUri}${path}${search ? `?${search}` : ""}`, {
      headers: { authorization: spec.token, "ld-api-version": "20240415", accept: "application/json" },
      dispatcher: agent,
    });
    const body = JSON.parse(await response.body.text());
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode}`);
    return body;
  } finally {
    inFlight--;
    waiting.shift()?.();
  }
}

async function read({ path, query = {}, pageSize }) {
  if (pageSize === undefined) return get(path, query);
  const first = await get(path, { ...query, limit: pageSize, offset: 0 });
  const offsets = [];
  for (let offset = pageSize; offset < first.totalCount; offset += pageSize) offsets.push(offset);
  await Promise.all(offsets.map((offset) => get(path, { ...query, limit: pageSize, offset })));
}

await Promise.all(spec.reads.map(read));
await agent.close();
console.log(JSON.stringify({ requests }));
