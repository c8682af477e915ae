import { canonicalJson } from './canonical.js';
import { getAt } from './pointer.js';
import type { JsonObject } from './types.js';

/** The value estuary's snapshot tests put in place of a volatile field. */
export const REDACTED = 'redacted';

/** JSON's type names, with `integer` for a number without a fraction (as JSON Schema's `type` reads it). */
export type JsonTypeName = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'object' | 'array';

/** The JSON type of a value: an integer-valued number is `integer`. */
export const jsonTypeOf = (v: unknown): JsonTypeName =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : (typeof v as JsonTypeName);

/** A JSON object: not null, not an array. */
export const isJsonObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Sets a property whose name comes from data: `__proto__` too becomes a property of its own, as
 * JSON.parse makes it, where an assignment would set the object's prototype and lose the value.
 */
export function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  else o[key] = value;
}

/** A document's collection key as one comparable text, or undefined when the key is empty or a part is missing. */
export function collectionKeyText(doc: JsonObject, key: readonly string[] | undefined): string | undefined {
  if (!key || key.length === 0) return undefined;
  const parts = key.map((p) => getAt(doc, p));
  if (parts.some((v) => v === undefined)) return undefined;
  // Keys are mostly strings and numbers, whose JSON is canonical already.
  return parts.every((v) => v === null || typeof v !== 'object') ? JSON.stringify(parts) : canonicalJson(parts);
}
