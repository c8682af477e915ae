import type { Random } from '../../bench/lib/random.js';

// Strings with escapes and newlines (escaped in JSON text), values JSON.stringify drops or turns into null.
const STRINGS = ['a', 'line\nbreak', 'x"y', 'back\\slash', 'é✓', '\u2028', ''];
const ODD = [undefined, () => 1, Symbol('s'), new Date(0), Number.NaN, -0, 1e21];

/** A random value for JSON.stringify, nested up to a few levels: what a report's findings may hold, odd values too. */
export function randomValue(r: Random, depth = 0, width = 4): unknown {
  const kind = r.int(0, depth > 3 ? 3 : 5);
  if (kind === 0) return r.pick(STRINGS);
  if (kind === 1) return r.pick([0, -1.5, 42, true, false, null]);
  if (kind === 2) return r.pick(ODD);
  if (kind === 3) return r.pick([[], {}]);
  if (kind === 4) return Array.from({ length: r.int(0, width) }, () => randomValue(r, depth + 1, width));
  return Object.fromEntries(
    Array.from({ length: r.int(0, width) }, (_, i) => [`${r.pick(STRINGS)}${i}`, randomValue(r, depth + 1, width)]),
  );
}
