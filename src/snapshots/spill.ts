import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import type { Buckets, BucketsFactory, Rec } from '../compare/buckets.js';
import type { CapturedDoc } from '../model/types.js';
import { privateDir } from '../secrets/privateFile.js';
import { memoryBuckets } from '../compare/buckets.js';

/** Text a bucket holds on average: a bucket of each side is what a capture comparison parses at a time. */
export const BUCKET_BYTES = 1024 * 1024;
/** Text a bucket gathers in memory before it is appended to its file. */
const FLUSH_BYTES = 32 * 1024;
const MAX_BUCKETS = 4096;

/**
 * Buckets in files of comma-ended records, in a folder of the temporary directory that only this user can
 * read (captured documents are the source's data), removed when disposed, or when the process
 * exits or is interrupted first (secrets/privateFile.ts).
 */
function fileBuckets(count: number): Buckets {
  let folder: { dir: string; remove: () => void } | undefined;
  const pending: string[][] = Array.from({ length: count }, () => []);
  const sizes = new Array<number>(count).fill(0);
  const fileOf = (b: number) => {
    folder ??= privateDir('connector-compat-capture-');
    return path.join(folder.dir, `${b}.records`);
  };
  const flush = (b: number) => {
    if (pending[b]!.length === 0) return;
    appendFileSync(fileOf(b), pending[b]!.join(''), { mode: 0o600 });
    pending[b] = [];
    sizes[b] = 0;
  };
  return {
    count,
    put(b, rec, raw) {
      // `[place, text, [collection, document]]`, the pair as it was read when its text is known; each
      // record ends with a comma, so that a bucket is read back with one JSON.parse of `[...]`.
      const line = `[${rec[1]},${JSON.stringify(rec[3] ?? null)},${raw ?? JSON.stringify([rec[0], rec[2]])}],\n`;
      pending[b]!.push(line);
      sizes[b]! += line.length;
      if (sizes[b]! > FLUSH_BYTES) flush(b);
    },
    read(b) {
      flush(b);
      const file = fileOf(b);
      if (!existsSync(file)) return [];
      const text = readFileSync(file, 'utf8');
      const lines = JSON.parse(`[${text.slice(0, text.lastIndexOf(','))}]`) as [number, string | null, CapturedDoc][];
      return lines.map(([seq, key, [collection, doc]]): Rec => (key === null ? [collection, seq, doc] : [collection, seq, doc, key]));
    },
    dispose() {
      folder?.remove();
      folder = undefined;
    },
  };
}

/** Captures up to this size (the bigger side's file) are held in memory: their documents take a few times that. */
export const MEMORY_BYTES = 16 * 1024 * 1024;

/** Buckets for captures of these sizes in bytes: one in memory when they are small, else files of about BUCKET_BYTES each. */
export function bucketsFor(...bytes: number[]): BucketsFactory {
  const biggest = Math.max(0, ...bytes);
  if (biggest <= MEMORY_BYTES) return memoryBuckets;
  const count = Math.min(MAX_BUCKETS, Math.ceil(biggest / BUCKET_BYTES));
  return () => fileBuckets(count);
}

/** Heap growth, past twice what was live after the last collection, after which the heap is collected between buckets. */
const COLLECT_AFTER_BYTES = 64 * 1024 * 1024;
let collector: (() => void) | undefined;

/**
 * A comparison that reads its captures from bucket files holds one bucket of each side at a time,
 * but V8 lets garbage pile up far past that before it collects (a 100,000-document capture peaked
 * at 400 MB with 20 MB live). Between buckets, once the heap grew past twice what was live and
 * COLLECT_AFTER_BYTES more, the heap is collected: V8's gc, exposed as Jest does (`--expose-gc`, then `gc` from a new context).
 */
export function collectBetweenBuckets(): () => void {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  const gc = collector;
  let floor = getHeapStatistics().used_heap_size;
  return () => {
    // A heap that holds much besides the buckets (a catalog's schemas) is left to V8: collecting it costs more.
    if (getHeapStatistics().used_heap_size < 2 * floor + COLLECT_AFTER_BYTES) return;
    gc();
    floor = getHeapStatistics().used_heap_size;
  };
}
