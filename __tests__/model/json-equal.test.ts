import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/lib/random.js';
import { canonicalJson, jsonEqual } from '../../src/model/canonical.js';

/** A random JSON value from a small alphabet, so that equal ones come up often. */
function json(r: Random, depth = 0): unknown {
  const kind = r.int(0, depth > 2 ? 2 : 4);
  if (kind === 0) return r.pick(['a', 'b', '']);
  if (kind === 1) return r.pick([0, 1, true, false, null]);
  if (kind === 2) return r.pick([[], {}]);
  if (kind === 3) return Array.from({ length: r.int(0, 2) }, () => json(r, depth + 1));
  return Object.fromEntries(Array.from({ length: r.int(0, 3) }, () => [r.pick(['x', 'y', 'z', '__proto__']), json(r, depth + 1)]));
}

/** The same value with every object's keys in reverse order. */
const reversed = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reversed)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reversed(x)]),
        )
      : v;

describe('deep equality of JSON values', () => {
  it('holds exactly when the canonical texts are equal, whatever the key order, for 20,000 random pairs', () => {
    const r = new Random(5);
    let equal = 0;
    for (let n = 0; n < 20_000; n++) {
      const [a, b] = [json(r), json(r)];
      const same = canonicalJson(a) === canonicalJson(b);
      if (same) equal++;
      expect(jsonEqual(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(same);
      expect(jsonEqual(a, reversed(b))).toBe(same);
      expect(jsonEqual(a, reversed(a))).toBe(true);
    }
    expect(equal).toBeGreaterThan(1000);
  });

  it('tells apart objects where one has a key more, whose value is null or absent in the other', () => {
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(jsonEqual({ a: 1, b: null }, { a: 1 })).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
  });

  it('keeps a key named __proto__ in canonical text, as JSON.parse reads it (a property, not a prototype)', () => {
    const doc = JSON.parse('{"b":1,"__proto__":{"x":[2]}}');
    expect(canonicalJson(doc)).toBe('{"__proto__":{"x":[2]},"b":1}');
    expect(jsonEqual(doc, { b: 1 })).toBe(false);
  });
});
