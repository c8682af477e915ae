import { createReadStream } from 'node:fs';
import { InputError, errorMessage } from '../model/errors.js';
import { isJsonObject } from '../model/json.js';
import type { CapturedDoc } from '../model/types.js';
import { checkDepth, MAX_JSON_DEPTH } from './json-file.js';
import { JsonItemSplitter } from './json-items.js';

const isPair = (v: unknown): v is CapturedDoc => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isJsonObject(v[1]);

/**
 * The documents of a capture file, one at a time, in the file's order: a snapshot
 * (`[[collection, doc], ...]`) or JSON lines of pairs. Memory holds one chunk and one document,
 * whatever the file's size. Errors name the file and the item.
 */
export async function* readCapturedDocs(file: string): AsyncGenerator<CapturedDoc> {
  // The splitter counts nesting as it goes: only an item it marks deep is measured again.
  const splitter = new JsonItemSplitter(file, MAX_JSON_DEPTH - 1);
  let index = 0;
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  // Fatal: bytes that are not UTF-8 are an input error, not U+FFFD in a collection's name.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  const decode = (chunk: Buffer, last = false) => {
    try {
      return decoder.decode(chunk, { stream: !last });
    } catch {
      throw new InputError(`${file}: not valid UTF-8 (within bytes ${bytes} to ${bytes + chunk.length}): snapshots must be UTF-8`);
    } finally {
      bytes += chunk.length;
    }
  };
  try {
    for await (const chunk of stream) {
      const texts = splitter.push(decode(chunk as Buffer));
      for (const [k, text] of texts.entries()) {
        if (splitter.deep[k]) checkDepth(text, `${file}: item ${index}`);
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (err) {
          throw new InputError(`${file}: item ${index}: invalid JSON: ${errorMessage(err).replace(/\s*in JSON at position \d+.*$/s, '')}`);
        }
        if (!isPair(value)) throw new InputError(`${file}: item ${index}: not a [collection, document] pair`);
        index++;
        yield value;
      }
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : errorMessage(err)}`);
  } finally {
    stream.destroy();
  }
  decode(Buffer.alloc(0), true);
  splitter.end();
}
