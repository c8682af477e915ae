import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
/** The start of the name of a capture comparison's private folder in the temporary directory. */
export const BUCKETS_PREFIX = 'connector-compat-capture-';

/** A fresh folder for bucket files in `within` (a private folder its owner removes), removed when disposed. */
function folderIn(within: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(within, 'buckets-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Buckets in files of comma-ended records, in a folder of the temporary directory that only this user can
 * read (captured documents are the source's data), removed when disposed, or when the process
 * exits or is interrupted first (secrets/privateFile.ts). `within`: a private folder that another
 * thread made and removes on exit (a worker thread gets no signals), in which the buckets' folder is made.
 */
function fileBuckets(count: number, within?: string): Buckets {
  let folder: { dir: string; remove: () => void } | undefined;
  const pending: string[][] = Array.from({ length: count }, () => []);
  const sizes = new Array<number>(count).fill(0);
  const fileOf = (b: number) => {
    folder ??= within ? folderIn(within) : privateDir(BUCKETS_PREFIX);
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

/**
 * Captures up to this size (the bigger side's file) keep what is not paired as it is read in one
 * bucket in memory, their documents taking a few times that; bigger ones go through bucket files,
 * in a worker where they outweigh their discovery (orchestrate/stream-thread.ts, worthAWorker).
 * Not less: a worker starts cold, and a catalog's thousand wide schemas cost it more than the
 * documents (1,000 bindings of 300 properties with 15 MB of captures: 2.9 s in the main thread,
 * 7.8 s in a worker given an old generation of 640 MB).
 */
export const SPILL_BYTES = 16 * 1024 * 1024;

/** Whether captures of these sizes in bytes are compared through files (else in memory). */
export const spills = (bytes: readonly number[]): boolean => Math.max(0, ...bytes) > SPILL_BYTES;

/**
 * Buckets for captures of these sizes in bytes: one in memory when they are small, else files of
 * about BUCKET_BYTES each (in a folder of `within` when given, see fileBuckets).
 */
export function bucketsFor(bytes: readonly number[], within?: string): BucketsFactory {
  if (!spills(bytes)) return memoryBuckets;
  const count = Math.min(MAX_BUCKETS, Math.ceil(Math.max(...bytes) / BUCKET_BYTES));
  return () => fileBuckets(count, within);
}

/** Heap growth, past twice what was live after the last collection, after which the heap is collected between buckets. */
const COLLECT_AFTER_BYTES = 16 * 1024 * 1024;
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
