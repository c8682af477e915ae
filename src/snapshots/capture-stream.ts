import { isUtf8 } from 'node:buffer';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { InputError, errorMessage } from '../model/errors.js';
import { isJsonObject } from '../model/json.js';
import type { AirbyteRecord } from '../model/airbyte.js';
import type { CapturedDoc, DocBatch } from '../model/types.js';
import { airbyteRecordOf } from './airbyte.js';
import { checkDepth, invalidUtf8At, lineColumn, MAX_JSON_DEPTH, readJsonFile } from './json-file.js';
import { JsonItemSplitter } from './json-items.js';
import { asCapture } from './shapes.js';

/** A capture file this small is read whole again to explain a wrong shape as a whole read explains it. */
const EXPLAIN_WHOLE_BYTES = 64 * 1024 * 1024;

/** Where the last whole character of the buffer ends: before a lead byte whose continuation bytes are still to come. */
function wholeCharsEnd(buf: Buffer): number {
  let i = buf.length - 1;
  while (i >= 0 && i >= buf.length - 3 && (buf[i]! & 0xc0) === 0x80) i--;
  if (i < 0 || buf[i]! < 0xc0) return buf.length;
  const size = buf[i]! >= 0xf0 ? 4 : buf[i]! >= 0xe0 ? 3 : 2;
  return buf.length - i < size ? i : buf.length;
}

/** Why an item is not a [collection, document] pair, in the words of the capture snapshot's shape check (shapes.ts). */
function notAPair(v: unknown, index: number): string | undefined {
  if (!Array.isArray(v)) return `/${index} must be array`;
  if (v.length !== 2) return `/${index} must NOT have ${v.length > 2 ? 'more' : 'fewer'} than 2 items`;
  if (typeof v[0] !== 'string') return `/${index}/0 must be string`;
  if (!isJsonObject(v[1])) return `/${index}/1 must be object`;
  return undefined;
}

/** The line and column of a character of a file, chunk by chunk with lineColumn (read again: only an error needs it). */
async function positionIn(file: string, offset: number): Promise<{ line: number; column: number }> {
  let line = 1;
  let column = 1;
  let seen = 0;
  for await (const text of utf8Chunks(file)) {
    const at = lineColumn(text, Math.min(offset - seen, text.length));
    line += at.line - 1;
    column = at.line === 1 ? column + at.column - 1 : at.column;
    seen += text.length;
    if (seen >= offset) break;
  }
  return { line, column };
}

/** Bytes read at a time. */
const CHUNK_BYTES = 1 << 16;

/**
 * A file's text, a chunk at a time. Bytes that are not UTF-8 are an input error, not U+FFFD in a
 * collection's name: a character cut at a chunk's end waits for the next chunk, and each whole part
 * is checked (simdutf) and decoded. Small chunks: what a comparison holds stays small. Read into one
 * buffer, used again for each chunk: a stream's new buffer per chunk (8,000 for a 500 MB file) left
 * the allocator's free memory scattered, about 4 MB more resident at the end of 1M documents.
 */
async function* utf8Chunks(file: string): AsyncGenerator<string> {
  let bytes = 0;
  let carry: Buffer | undefined;
  const decode = (chunk: Buffer, last = false): string => {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    const end = last ? buf.length : wholeCharsEnd(buf);
    carry = end < buf.length ? Buffer.from(buf.subarray(end)) : undefined;
    const whole = end < buf.length ? buf.subarray(0, end) : buf;
    if (!isUtf8(whole)) throw new InputError(`${file}: not valid UTF-8 (byte ${bytes + invalidUtf8At(whole)}): snapshots must be UTF-8`);
    bytes += whole.length;
    return whole.toString('utf8');
  };
  let handle: FileHandle | undefined;
  try {
    handle = await open(file);
    const chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
    // decode copies what it keeps (the text, a cut character): the buffer is free again when it returns.
    for (let n: number; (n = (await handle.read(chunk, 0, CHUNK_BYTES, null)).bytesRead) > 0; ) yield decode(chunk.subarray(0, n));
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : errorMessage(err)}`);
  } finally {
    await handle?.close();
  }
  // A character still cut at the end of the file is not UTF-8.
  if (carry) decode(Buffer.alloc(0), true);
}

/**
 * The documents of a capture file in the file's order, a chunk's worth at a time: a snapshot
 * (`[[collection, doc], ...]`) or JSON lines of pairs. Memory holds one chunk and its documents,
 * whatever the file's size. Errors name the file and the item.
 */
export async function* readCapturedBatches(file: string): AsyncGenerator<DocBatch> {
  // The splitter counts nesting as it goes: only an item it marks deep is measured again.
  const splitter = new JsonItemSplitter(file, MAX_JSON_DEPTH - 1);
  let index = 0;
  for await (const chunk of utf8Chunks(file)) {
    const texts = splitter.push(chunk);
    const batch: CapturedDoc[] = [];
    const raws: string[] = [];
    for (const [k, text] of texts.entries()) {
      if (splitter.deep[k]) {
        const at = await positionIn(file, splitter.starts[k]!);
        checkDepth(text, file, at.line - 1, at.column - 1, splitter.enclosing);
      }
      // Parsed already when the item was a line of its own.
      let value = splitter.values[k];
      if (value === undefined) {
        try {
          value = JSON.parse(text);
        } catch (err) {
          throw new InputError(`${file}: item ${index}: invalid JSON: ${errorMessage(err).replace(/\s*in JSON at position \d+.*$/s, '')}`);
        }
      }
      const wrong = notAPair(value, index);
      if (wrong) {
        if ((await stat(file)).size <= EXPLAIN_WHOLE_BYTES) asCapture(await readJsonFile(file), file);
        throw new InputError(`${file}: not a capture snapshot (an array of [collection, document] pairs): ${wrong}`);
      }
      index++;
      batch.push(value as CapturedDoc);
      raws.push(text);
    }
    if (batch.length > 0) yield { docs: batch, texts: raws };
  }
  splitter.end();
}

/** The records of an Airbyte JSON-lines file (records.jsonl), a chunk's worth at a time, as parseAirbyteRecords reads them. */
export async function* readAirbyteRecordBatches(file: string): AsyncGenerator<AirbyteRecord[]> {
  let rest = '';
  let line = 0;
  for await (const chunk of utf8Chunks(file)) {
    const lines = `${rest}${chunk}`.split('\n');
    rest = lines.pop()!;
    const batch: AirbyteRecord[] = [];
    for (const text of lines) {
      const record = airbyteRecordOf(text, file, line++);
      if (record) batch.push(record);
    }
    if (batch.length > 0) yield batch;
  }
  const last = airbyteRecordOf(rest, file, line);
  if (last) yield [last];
}
