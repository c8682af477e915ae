import { describe, expect, it } from 'vitest';
import { LineSplitter, LineTail } from '../../src/run/lines.js';

describe('LineSplitter', () => {
  it('joins lines split across chunks, including a multi-byte character cut in two', () => {
    const bytes = Buffer.from('{"a":"é"}\r\n{"b":1}\nlast', 'utf8');
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of é
    const s = new LineSplitter(100);
    const lines = [...s.push(bytes.subarray(0, cut)), ...s.push(bytes.subarray(cut))];
    expect(lines).toEqual(['{"a":"é"}', '{"b":1}']);
    expect(s.end()).toBe('last');
    expect(s.end()).toBeUndefined();
  });

  it('throws once the open line passes the limit, even before its end arrives', () => {
    const s = new LineSplitter(10);
    expect(s.push(Buffer.from('0123456789\n'))).toEqual(['0123456789']);
    expect(() => s.push(Buffer.from('01234567890'))).toThrow('a stdout line is longer than 10 bytes');
  });
});

describe('LineTail', () => {
  it('keeps only the last lines', () => {
    const t = new LineTail(2);
    for (const l of ['a', 'b', 'c']) t.add(l);
    expect(t.get()).toEqual(['b', 'c']);
  });
});
