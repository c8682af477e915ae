import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Buckets, BucketsFactory, Rec } from '../compare/buckets.js';
import { memoryBuckets } from '../compare/buckets.js';

/** Text a bucket holds on average: a bucket of each side is what a capture comparison parses at a time. */
export const BUCKET_BYTES = 4 * 1024 * 1024;
/** Text a bucket gathers in memory before it is appended to its file. */
const FLUSH_BYTES = 32 * 1024;
const MAX_BUCKETS = 4096;

/**
 * Buckets in files of JSON lines, in a folder of the temporary directory that only this user can
 * read (captured documents are the source's data), removed when disposed.
 */
function fileBuckets(count: number): Buckets {
  let dir: string | undefined;
  const pending: string[][] = Array.from({ length: count }, () => []);
  const sizes = new Array<number>(count).fill(0);
  const fileOf = (b: number) => {
    dir ??= mkdtempSync(path.join(tmpdir(), 'connector-compat-capture-'));
    return path.join(dir, `${b}.jsonl`);
  };
  const flush = (b: number) => {
    if (pending[b]!.length === 0) return;
    appendFileSync(fileOf(b), pending[b]!.join(''), { mode: 0o600 });
    pending[b] = [];
    sizes[b] = 0;
  };
  return {
    count,
    put(b, rec) {
      const line = `${JSON.stringify(rec)}\n`;
      pending[b]!.push(line);
      sizes[b]! += line.length;
      if (sizes[b]! > FLUSH_BYTES) flush(b);
    },
    read(b) {
      flush(b);
      const file = fileOf(b);
      if (!existsSync(file)) return [];
      const lines = readFileSync(file, 'utf8').split('\n');
      const out: Rec[] = [];
      for (const line of lines) if (line) out.push(JSON.parse(line) as Rec);
      return out;
    },
    dispose() {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    },
  };
}

/** Buckets for captures of these sizes in bytes: one in memory when they are small, else files of about BUCKET_BYTES each. */
export function bucketsFor(...bytes: number[]): BucketsFactory {
  const count = Math.min(MAX_BUCKETS, Math.ceil(Math.max(0, ...bytes) / BUCKET_BYTES));
  return count <= 1 ? memoryBuckets : () => fileBuckets(count);
}
