import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SnapshotText } from '../../src/report/locate.js';

/**
 * The reference: yaml's parser, which keeps every node's source range (JSON is YAML), walked the
 * way annotations walked it before the text was scanned directly.
 */
function yamlLineOf(text: string, path: readonly (string | number)[]): { line: number; depth: number } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const lineAt = (offset: number) => Math.max(1, lines.linePos(offset).line);
  let node: unknown = doc.contents;
  let line = lineAt(doc.contents?.range?.[0] ?? 0);
  let depth = 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair || !isScalar(pair.key)) break;
      line = lineAt(pair.key.range?.[0] ?? 0);
      node = pair.value;
    } else if (isSeq(node) && Number.isInteger(Number(step)) && node.items[Number(step)]) {
      const item = node.items[Number(step)] as { range?: [number, number, number] };
      line = lineAt(item.range?.[0] ?? 0);
      node = item;
    } else break;
    depth++;
  }
  return { line, depth };
}

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! };
}

// Strings that look like structure, escapes, and keys that repeat.
const STRINGS = ['a', 'x"y', 'back\\slash', '{[', ']}', 'line\nbreak', 'tab\t', 'é✓', '\\"', ',', ''];
const KEYS = ['id', 'a', 'x"y', 'back\\slash', '0', '1', 'é', ''];

function value(r: ReturnType<typeof random>, depth: number): unknown {
  const kind = depth > 3 ? r.int(4) : r.int(7);
  if (kind === 0) return r.pick(STRINGS);
  if (kind === 1) return r.pick([0, -1.5, 1e21, 42]);
  if (kind === 2) return r.pick([true, false, null]);
  if (kind === 3) return r.pick([[], {}]);
  if (kind === 4) return Array.from({ length: 1 + r.int(4) }, () => value(r, depth + 1));
  // Objects, written by hand so that a key can appear twice (JSON.parse keeps the last, the line is the first's).
  return Object.fromEntries(Array.from({ length: 1 + r.int(4) }, () => [r.pick(KEYS), value(r, depth + 1)]));
}

/** JSON text of a value in one of several layouts, sometimes with a key written twice. */
function written(r: ReturnType<typeof random>, v: unknown): string {
  const text = JSON.stringify(v, null, r.pick([0, 1, 2, 4]));
  const spaced = r.int(3) === 0 ? text.replace(/\n/g, '\r\n') : text;
  // A duplicate key: the root's first member, when its value is a literal, written again at its end.
  const first = /^\{\s*("(?:[^"\\]|\\.)*"\s*:\s*(?:-?[\d.e+]+|true|false|null))\s*[,}]/.exec(spaced);
  if (!first || r.int(4) !== 0) return spaced;
  const end = spaced.lastIndexOf('}');
  return `${spaced.slice(0, end)}, ${first[1]}${spaced.slice(end)}`;
}

function paths(r: ReturnType<typeof random>, v: unknown): (string | number)[][] {
  const out: (string | number)[][] = [[]];
  const walk = (x: unknown, path: (string | number)[]) => {
    if (x === null || typeof x !== 'object') return;
    const keys = Array.isArray(x) ? x.map((_, i) => i) : Object.keys(x);
    for (const k of keys) {
      const next = [...path, Array.isArray(x) ? r.pick([k, String(k)]) : k];
      out.push(next);
      walk((x as Record<string, unknown>)[k as string], next);
    }
    out.push([...path, 'missing'], [...path, Array.isArray(x) ? x.length : 'zz']);
  };
  walk(v, []);
  return out;
}

describe('snapshot text positions', () => {
  it('give the line yaml gives for every path, found or not, in 400 JSON texts of every layout', () => {
    const r = random(7);
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      const text = written(r, value(r, 0));
      const snapshot = new SnapshotText(text);
      for (const path of paths(r, JSON.parse(text))) {
        expect(snapshot.lineOf(path), `${JSON.stringify(text)} at ${JSON.stringify(path)}`).toEqual(yamlLineOf(text, path));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('find the first of a key written twice, and the line of each array item', () => {
    const text = '{\n  "a": 1,\n  "b": [\n    {"x": "}]\\"{"},\n    2\n  ],\n  "a": 3\n}\n';
    const snapshot = new SnapshotText(text);
    expect(snapshot.lineOf(['a'])).toEqual({ line: 2, depth: 1 });
    expect(snapshot.lineOf(['b', 1])).toEqual({ line: 5, depth: 2 });
    expect(snapshot.lineOf(['b', 0, 'x', 'deeper'])).toEqual({ line: 4, depth: 3 });
  });
});
