// Row checks and the pieces of the import that must hold for every input (timestamps, batches, payload ids).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventBatcher, payloadIdFor } from "../../src/events/batches.js";
import { buildEventCatalog } from "../../src/events/event-catalog.js";
import { EVENTS_HOSTS, resolveEventsEndpoint } from "../../src/events/events-host.js";
import { mapRow } from "../../src/events/map-row.js";
import { parseTimestamp } from "../../src/events/timestamp.js";
import type { ColumnMapping, MetricEvent } from "../../src/events/types.js";
import { LD_REGIONS, resolveClientConfig } from "../../src/launchdarkly/config.js";
import type { LdMetric } from "../../src/launchdarkly/types.js";

const metric = (key: string, eventKey: string, isNumeric: boolean) =>
  ({ key, kind: "custom", eventKey, isNumeric }) as unknown as LdMetric;
const catalog = buildEventCatalog(
  "web",
  [metric("revenue", "purchase", true), metric("signups", "signup", false)],
  [
    { key: "user", name: "User" },
    { key: "org", name: "Org" },
  ],
);
const mapping: ColumnMapping = {
  eventKeyColumn: "event",
  contexts: { user: "uid", org: "org" },
  timestampColumn: "ts",
  timestampUnit: "auto",
  valueColumn: "amount",
  dataColumns: ["plan"],
};

describe("mapRow", () => {
  it("builds a custom event with contexts, value and data", () => {
    expect(
      mapRow(
        { event: "purchase", uid: "u1", org: 7, ts: "2024-05-01T10:00:00Z", amount: "12.5", plan: "pro" },
        mapping,
        catalog,
      ),
    ).toEqual({
      event: {
        kind: "custom",
        key: "purchase",
        creationDate: Date.UTC(2024, 4, 1, 10),
        contextKeys: { user: "u1", org: "7" },
        metricValue: 12.5,
        data: { plan: "pro" },
      },
    });
  });

  it("reports every problem of a row as data", () => {
    const result = mapRow({ event: " bad", uid: "", ts: "yesterday", amount: "12 USD" }, mapping, catalog);
    expect(result).toEqual({
      findings: [
        { code: "event-key-format", params: { eventKey: " bad" } },
        { code: "timestamp-invalid", params: { value: "yesterday", column: "ts" } },
        { code: "missing-field", params: { column: "uid", role: "context" } },
        { code: "missing-field", params: { column: "org", role: "context" } },
        { code: "value-not-numeric", params: { value: "12 USD", column: "amount" } },
      ],
    });
  });

  it("a numeric metric's event needs a value; a conversion metric's does not", () => {
    const row = { event: "purchase", uid: "u", org: "o", ts: 1714557600 };
    expect(mapRow(row, mapping, catalog)).toEqual({
      findings: [
        { code: "value-required", params: { eventKey: "purchase", metrics: ["revenue"], column: "amount" } },
      ],
    });
    expect("event" in mapRow({ ...row, event: "signup" }, mapping, catalog)).toBe(true);
  });

  it("a fixed event key is checked too", () => {
    expect(mapRow({ uid: "u", org: "o", ts: 1 }, { ...mapping, eventKey: "" }, catalog)).toMatchObject({
      findings: [{ code: "event-key-format" }],
    });
  });
});

describe("parseTimestamp", () => {
  it("ISO 8601 with a zone, a plain date, epoch seconds and milliseconds", () => {
    expect(parseTimestamp("2024-05-01T10:00:00+02:00", "auto")).toBe(Date.UTC(2024, 4, 1, 8));
    expect(parseTimestamp("2024-05-01", "auto")).toBe(Date.UTC(2024, 4, 1));
    expect(parseTimestamp("1714557600", "auto")).toBe(1714557600000);
    expect(parseTimestamp(1714557600123, "auto")).toBe(1714557600123);
    expect(parseTimestamp("1714557600.5", "s")).toBe(1714557600500);
    expect(parseTimestamp("1714557600", "ms")).toBe(1714557600);
  });
  it("refuses what is not a timestamp (no local times: they would depend on the machine's zone)", () => {
    for (const bad of ["2024-05-01T10:00:00", "05/01/2024", "", "-5", "NaN", null, true]) {
      expect(parseTimestamp(bad, "auto"), String(bad)).toBeUndefined();
    }
  });
});

const eventArb = fc.record({
  kind: fc.constant("custom" as const),
  key: fc.string({ minLength: 1, maxLength: 20 }),
  creationDate: fc.integer({ min: 1, max: 2_000_000_000_000 }),
  contextKeys: fc.record({ user: fc.string({ minLength: 1, maxLength: 30 }) }),
});

describe("batches", () => {
  it("stay within both limits, keep every event in order, and are the same on every run", () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 400, max: 5_000 }),
        (events, maxEvents, maxBytes) => {
          const cut = () => {
            const batcher = new EventBatcher("p", "e", { maxEvents, maxBytes });
            const batches = events.flatMap((event) => batcher.add(event as MetricEvent) ?? []);
            const last = batcher.flush();
            return last ? [...batches, last] : batches;
          };
          const first = cut();
          for (const batch of first) {
            expect(batch.events).toBeLessThanOrEqual(maxEvents);
            expect(batch.body.length).toBeLessThanOrEqual(maxBytes);
          }
          expect(first.flatMap((batch) => JSON.parse(batch.body.toString()))).toEqual(events);
          expect(cut().map((batch) => batch.payloadId)).toEqual(first.map((batch) => batch.payloadId));
        },
      ),
    );
  });

  it("payload ids are UUID-shaped and differ by destination and content", () => {
    const body = Buffer.from("[]");
    const id = payloadIdFor("p", "e", body);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(payloadIdFor("p", "staging", body)).not.toBe(id);
    expect(payloadIdFor("p", "e", Buffer.from("[1]"))).not.toBe(id);
  });
});

describe("events host per region", () => {
  const env = {};
  it("follows the REST API's region", () => {
    const host = (base: string) =>
      resolveEventsEndpoint(resolveClientConfig({ baseUri: base, token: "t", env }), undefined, env);
    expect(host(LD_REGIONS.commercial)).toEqual({ uri: EVENTS_HOSTS.commercial, source: "region" });
    expect(host("eu").uri).toBe("https://events.eu.launchdarkly.com");
    expect(host("https://app.launchdarkly.us/api/v2").uri).toBe("https://events.launchdarkly.us");
    expect(host("http://127.0.0.1:8765")).toEqual({ uri: "http://127.0.0.1:8765", source: "base-uri" });
  });
  it("LD_EVENTS_URI, then the option, override it; a region name means its events host", () => {
    const config = resolveClientConfig({ token: "t", env: {} });
    expect(resolveEventsEndpoint(config, undefined, { LD_EVENTS_URI: "https://proxy.example/" })).toEqual({
      uri: "https://proxy.example",
      source: "LD_EVENTS_URI",
    });
    expect(resolveEventsEndpoint(config, "eu", { LD_EVENTS_URI: "https://proxy.example" })).toEqual({
      uri: EVENTS_HOSTS.eu,
      source: "option",
    });
  });
});
