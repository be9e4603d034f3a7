import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level and `undefined` members dropped: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value !== null && typeof value === "object") {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = sortKeys(member);
    }
    return sorted;
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Whether `canonicalJson(a) === canonicalJson(b)`: key order and absent-vs-undefined do not matter. Compared in
 * place, without building either text (a plan compares every field of every resource).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const x = asJsonValue(a);
  const y = asJsonValue(b);
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i] ?? null, y[i] ?? null)) return false;
    return true;
  }
  const left = x as Record<string, unknown>;
  const right = y as Record<string, unknown>;
  let members = 0;
  for (const key of Object.keys(left)) {
    if (left[key] === undefined) continue;
    members++;
    if (right[key] === undefined || !Object.hasOwn(right, key) || !sameJson(left[key], right[key]))
      return false;
  }
  for (const key of Object.keys(right)) if (right[key] !== undefined) members--;
  return members === 0;
}

/** What JSON.stringify writes for a value, as far as equality goes: NaN and ±Infinity are null, -0 is 0. */
function asJsonValue(value: unknown): unknown {
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : null;
  if (value instanceof Date) return value.toJSON();
  return value;
}
