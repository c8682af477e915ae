import { describe, expect, it } from 'vitest';
import { Random } from '../../bench/lib/random.js';
import { JsonItemSplitter } from '../../src/snapshots/json-items.js';

/** Items and values, or the error, of a text fed in chunks of `size`. */
function split(text: string, size: number): { items: string[]; values: unknown[] } | { error: string } {
  const splitter = new JsonItemSplitter('x.json');
  const items: string[] = [];
  const values: unknown[] = [];
  try {
    for (let i = 0; i < text.length; i += size) {
      items.push(...splitter.push(text.slice(i, i + size)));
      values.push(...splitter.values);
    }
    splitter.end();
  } catch (err) {
    return { error: (err as Error).message };
  }
  return { items, values };
}

const BLANKS = ['', ' ', '\t', '\r', '\n', '\r\n', '\ufeff'];

/** A capture in one of the layouts writers use (or a careless one), its items written compact or pretty. */
function capture(r: Random, docs: unknown[][]): string {
  const blank = () => r.pick(BLANKS);
  const item = (d: unknown) => JSON.stringify(d, null, r.chance(0.2) ? 2 : undefined);
  if (r.chance(0.5)) return docs.map((d) => `${blank()}${item(d)}${blank()}`).join(r.pick(['\n', '\r\n', '\n\n', ' \n']));
  const sep = () => `${blank()}${r.pick([',\n', ' ,\n', '\n,', ','])}${blank()}`;
  return `${blank()}[${blank()}\n${docs.map(item).join(sep())}${blank()}\n]${blank()}`;
}

describe('splitting captures: whole lines and the scan agree', () => {
  it('on 1,000 random captures, and on each with one character changed: the same items and values, or the same error, at every chunk size', () => {
    const r = new Random(41);
    for (let n = 0; n < 1000; n++) {
      const docs = Array.from({ length: r.int(0, 6) }, (_, i) => [
        r.pick(['a/b', 'acmeCo/users']),
        { id: i, s: r.pick(['x', 'a,\nb', '[{"', '\\']), nested: { list: [1, { k: r.pick([null, true, '}']) }] } },
      ]);
      const text = capture(r, docs);
      // A character changed at random: still a capture, or not, alike at every chunk size.
      const at = r.int(0, Math.max(0, text.length - 1));
      const broken = `${text.slice(0, at)}${r.pick(['[', ']', ',', '\n', '"', 'x', ''])}${text.slice(at + 1)}`;
      for (const t of [text, broken]) {
        // One character at a time no line is ever whole in a chunk: that is the scan alone.
        const scanned = split(t, 1);
        // An outer array is JSON: what the scan takes, its items parsed, is what JSON.parse takes (items arrays or objects).
        const sig = t.replace(/^[\s\ufeff]+/, '');
        if (sig[0] === '[' && /^[[\]]/.test(sig.slice(1).trimStart())) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(t.replaceAll('\ufeff', ' '));
          } catch {
            parsed = undefined;
          }
          const capture = Array.isArray(parsed) && parsed.every((x) => x !== null && typeof x === 'object');
          // The caller parses each item (an item's own JSON errors are found there).
          const taken = (items: string[]) => {
            try {
              return items.map((i) => JSON.parse(i) as unknown);
            } catch {
              return 'refused';
            }
          };
          expect('error' in scanned ? 'refused' : taken(scanned.items), JSON.stringify(t)).toEqual(capture ? parsed : 'refused');
        }
        for (const size of [7, 64, 4096]) {
          const got = split(t, size);
          // A value is there when a line was parsed whole: it is the item's.
          if ('values' in got) expect(got.values.map((v, k) => (v === undefined ? v : JSON.parse(got.items[k]!)))).toEqual(got.values);
          expect('error' in got ? got : got.items, JSON.stringify(t)).toEqual('error' in scanned ? scanned : scanned.items);
        }
      }
      const whole = split(text, 4096);
      if (!('items' in whole)) throw new Error(`${JSON.stringify(text)}: ${whole.error}`);
      expect(whole.items.map((i) => JSON.parse(i))).toEqual(docs);
      expect(whole.values.map((v, k) => v ?? docs[k])).toEqual(docs);
    }
  });
});
