// Timestamps as files carry them: ISO 8601 with a time zone (or a plain UTC date), or epoch seconds/milliseconds.

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;
const EPOCH = /^\d{1,16}(?:\.\d+)?$/;
/** Below this an epoch number is read as seconds (10^11 s is the year 5138; 10^11 ms is 1973). */
const SECONDS_BELOW = 1e11;

/** Unix milliseconds, or undefined when the value is not a timestamp. */
export function parseTimestamp(value: unknown, unit: "auto" | "ms" | "s"): number | undefined {
  let text: string;
  if (typeof value === "number") text = String(value);
  else if (typeof value === "string") text = value.trim();
  else return undefined;
  if (EPOCH.test(text)) {
    const n = Number(text);
    const seconds = unit === "s" || (unit === "auto" && n < SECONDS_BELOW);
    const ms = Math.round(seconds ? n * 1000 : n);
    return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
  }
  if (!ISO_8601.test(text)) return undefined;
  const ms = Date.parse(text.replace(" ", "T"));
  return Number.isNaN(ms) ? undefined : ms;
}
