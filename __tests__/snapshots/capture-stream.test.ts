import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import type { CapturedDoc } from '../../src/model/types.js';
import { parseAirbyteRecords } from '../../src/snapshots/airbyte.js';
import { readAirbyteRecordBatches, readCapturedBatches } from '../../src/snapshots/capture-stream.js';
import { JsonItemSplitter } from '../../src/snapshots/json-items.js';
import { snapshotText } from '../../src/snapshots/write.js';

const tricky: CapturedDoc[] = [
  ['acmeCo/users', { id: 1, name: 'a "quoted" [name]', path: 'C:\\dir\\', nested: { list: [1, { x: '}' }] } }],
  ['acmeCo/users', { id: 2, emoji: 'é✓', empty: {}, arr: [] }],
  ['acmeCo/events', { n: 1, text: '\\"', _meta: { row_id: 0 } }],
];

async function file(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-stream-'));
  const f = path.join(dir, 'capture.json');
  await writeFile(f, text);
  return f;
}

async function all(f: string): Promise<CapturedDoc[]> {
  const out: CapturedDoc[] = [];
  for await (const batch of readCapturedBatches(f)) out.push(...batch.docs);
  return out;
}

describe('streaming capture files', () => {
  it('reads a snapshot (one pretty-printed array) and JSON lines to the same documents', async () => {
    expect(await all(await file(snapshotText(tricky)))).toEqual(tricky);
    expect(await all(await file(`${tricky.map((d) => JSON.stringify(d)).join('\n')}\n`))).toEqual(tricky);
    expect(await all(await file('[]\n'))).toEqual([]);
    expect(await all(await file(''))).toEqual([]);
  });

  it('finds the same items whatever the chunk boundaries (inside strings and escapes too)', () => {
    const text = JSON.stringify(tricky);
    for (const size of [1, 2, 3, 7, 64]) {
      const splitter = new JsonItemSplitter('x.json');
      const items: string[] = [];
      for (let i = 0; i < text.length; i += size) items.push(...splitter.push(text.slice(i, i + size)));
      splitter.end();
      expect(items.map((t) => JSON.parse(t))).toEqual(tricky);
    }
  });

  it('takes a document per line as the scan would, with its parsed value, in every layout and chunking', () => {
    const texts = tricky.map((d) => JSON.stringify(d));
    const layouts = [
      `[\n${texts.join(',\n')}\n]\n`,
      `[\r\n${texts.join(' ,\r\n')}\r\n]`,
      `\ufeff${texts.join('\n')}\n`,
      `${texts.join('\r\n\n  ')}\r\n`,
      `[${texts[0]}\n,${texts[1]}\n,${texts[2]}]`,
      `${texts[0]} ${texts[1]}\n${texts[2]}`,
    ];
    for (const layout of layouts) {
      for (const size of [1, 5, 64, 4096]) {
        const splitter = new JsonItemSplitter('x.json');
        const items: string[] = [];
        const values: unknown[] = [];
        for (let i = 0; i < layout.length; i += size) {
          items.push(...splitter.push(layout.slice(i, i + size)));
          values.push(...splitter.values);
        }
        splitter.end();
        expect(items, `${JSON.stringify(layout)} by ${size}`).toEqual(texts);
        expect(values.map((v, k) => v ?? tricky[k])).toEqual(tricky);
        // Whole lines within a chunk are parsed as they are found.
        if (size === 4096 && layout !== layouts[5]) expect(values.filter((v) => v !== undefined).length).toBeGreaterThan(1);
      }
    }
  });

  it('refuses per line what the scan refuses: a missing comma, a blank JSON does not know, a line that is not JSON', async () => {
    await expect(all(await file('[\n["c",{"a":1}]\n["c",{"a":2}]\n]\n'))).rejects.toThrow(/missing comma/);
    await expect(all(await file('["c",{"a":1}],\n'))).rejects.toThrow(/not an array or object/);
    await expect(all(await file('\u00a0["c",{"a":1}]\n'))).rejects.toThrow(/not an array or object/);
    await expect(all(await file('["c",{"a":1}]\n["c",{"a":}]\n'))).rejects.toThrow(/item 1: invalid JSON/);
  });

  it('names the character where a capture stops being one, past the first read chunk too', async () => {
    const line = `${JSON.stringify(['acmeCo/users', { pad: 'x'.repeat(90) }])}\n`;
    const head = line.repeat(1000);
    await expect(all(await file(`${head}x${line}`))).rejects.toThrow(
      new RegExp(`an item that is not an array or object near character ${head.length}$`),
    );
    const array = `[\n${head.trim().replaceAll('\n', ',\n')}\n]\n`;
    await expect(all(await file(`${array}x`))).rejects.toThrow(
      new RegExp(`text after the end of the array near character ${array.length}$`),
    );
  });

  it('names the file and the item when the content is not a capture', async () => {
    await expect(all(await file('[["c", {"a": 1}], ["c", 5]]'))).rejects.toThrow(
      /capture\.json: not a capture snapshot \(an array of \[collection, document\] pairs\): \/1\/1 must be object$/,
    );
    await expect(all(await file('[["c", {"a": 1}], ["c", {"a": ]]'))).rejects.toThrow(/item 1: invalid JSON/);
    await expect(all(await file('[["c", {"a": 1}]'))).rejects.toThrow(/array without its closing bracket/);
    await expect(all(await file('[["c", {"a": 1}] ["c", {}]]'))).rejects.toThrow(/missing comma/);
    // JSON has no trailing comma, on one line or after a whole line.
    await expect(all(await file('[["c", {"a": 1}],]'))).rejects.toThrow(/a comma before the closing bracket near character 17$/);
    await expect(all(await file('[\n["c",{"a":1}],\n]\n'))).rejects.toThrow(/a comma before the closing bracket/);
    await expect(all(await file('[["c", {"a": 1}],,["c", {}]]'))).rejects.toThrow(/not an array or object/);
    await expect(all(await file('[1, 2]'))).rejects.toThrow(InputError);
    await expect(all(path.join(os.tmpdir(), 'no-such-capture.json'))).rejects.toThrow(/no such file/);
  });
});

describe('streaming capture files: limits', () => {
  it('refuses bytes that are not UTF-8, naming the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cc-stream-'));
    const f = path.join(dir, 'capture.json');
    await writeFile(f, Buffer.concat([Buffer.from('[["acmeCo/users",{"name":"caf'), Buffer.from([0xe9]), Buffer.from('"}]]')]));
    await expect(all(f)).rejects.toThrow(new InputError(`${f}: not valid UTF-8 (byte 29): snapshots must be UTF-8`));
  });

  it('reads a character that a read chunk cuts in two, and refuses one the file cuts off', async () => {
    // The file is read 1 MiB at a time: each of 2-, 3- and 4-byte characters lands across that boundary.
    for (const char of ['é', '€', '𝄞']) {
      const head = '[["acmeCo/users",{"text":"';
      const pad = 'x'.repeat((1 << 20) - Buffer.byteLength(head) - 1);
      const f = await file(`${head}${pad}${char}"}],["acmeCo/users",{"text":"${char}"}]]`);
      const docs = await all(f);
      expect(docs.map(([, d]) => (d.text as string).slice(-2))).toEqual([`x${char}`.slice(-2), char.slice(-2)]);
    }
    const cut = path.join(await mkdtemp(path.join(os.tmpdir(), 'cc-stream-')), 'capture.json');
    await writeFile(cut, Buffer.concat([Buffer.from('[["acmeCo/users",{"a":1}]]\n'), Buffer.from('€').subarray(0, 2)]));
    await expect(all(cut)).rejects.toThrow(new InputError(`${cut}: not valid UTF-8 (byte 27): snapshots must be UTF-8`));
  });

  it('refuses a document nested deeper than the limit, naming the file and the item', async () => {
    const f = await file(`[["acmeCo/users",{"id":1}],["acmeCo/users",${'{"x":'.repeat(2000)}1${'}'.repeat(2000)}]]`);
    // The place is the file's line and column, where a whole read of the file names it.
    await expect(all(f)).rejects.toThrow(/capture\.json:1:5034: nested deeper than 1000 levels, the limit here$/);
  });
});

describe('streaming Airbyte records files', () => {
  const records = async (text: string) => {
    const f = await file(text);
    const out: unknown[] = [];
    for await (const batch of readAirbyteRecordBatches(f)) out.push(...batch);
    return { f, out };
  };

  it('reads the records of every line, as a whole read does, passing over other messages and blank lines', async () => {
    const lines = [
      JSON.stringify({ type: 'RECORD', record: { stream: 'users', data: { id: 1 }, emitted_at: 1 } }),
      JSON.stringify({ type: 'STATE', state: { data: {} } }),
      '',
      JSON.stringify({ stream: 'users', data: { id: 2, name: 'é✓' }, emitted_at: 2 }),
    ];
    // A long file (many chunks) and no newline at its end.
    const text = Array.from({ length: 3000 }, () => lines.join('\n')).join('\n');
    const { f, out } = await records(text);
    expect(out).toHaveLength(6000);
    expect(out).toEqual(parseAirbyteRecords(text, f));
    expect(out[1]).toMatchObject({ stream: 'users', data: { id: 2, name: 'é✓' } });
  });

  it('names the file and the line of a line that is not a record', async () => {
    const { f } = await records('');
    await writeFile(f, `${JSON.stringify({ stream: 'users', data: {}, emitted_at: 1 })}\n[1, 2]\n`);
    const read = async () => {
      for await (const _ of readAirbyteRecordBatches(f));
    };
    await expect(read()).rejects.toThrow(`${f}:2: not an Airbyte record`);
  });
});
