import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/lib/random.js';
import { shortJson } from '../../src/report/group.js';
import { randomValue } from '../helpers/random-json.js';

/** What a reader sees of a value: JSON.stringify's text, cut to `max` characters with an ellipsis. */
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

describe('a value shown inline', () => {
  it("is the start of JSON.stringify's text, for 2,000 random values, narrow and wide, at several lengths", () => {
    const r = new Random(23);
    for (let n = 0; n < 2000; n++) {
      const v = randomValue(r, 0, n % 2 === 0 ? 4 : 12);
      const text = JSON.stringify(v);
      if (text === undefined) continue;
      for (const max of [1, 10, 120, 400]) expect(shortJson(v, max), `${text} at ${max}`).toBe(cut(text, max));
    }
  });

  it('shows the start of a document of thousands of fields, and of a long array, and "absent" for no value', () => {
    const wide = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field_${i}`, { n: i, tags: [i, 'x'] }]));
    expect(shortJson(wide)).toBe(cut(JSON.stringify(wide), 120));
    const long = Array.from({ length: 100_000 }, (_, i) => i);
    expect(shortJson(long, 50)).toBe(cut(JSON.stringify(long), 50));
    expect(shortJson(undefined)).toBe('absent');
    expect(shortJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });
});
