import type { JsonObject } from '../model/types.js';

/**
 * A captured document with its collection, its place among its collection's documents, and the
 * text it is paired by (kept from reading, so that it is not computed again) when it has one.
 */
export type Rec = [collection: string, seq: number, doc: JsonObject, text?: string];

export type Bucket = number;

/**
 * Documents split into buckets, each read back whole in the order its documents were put. Held in
 * memory here; `snapshots/spill.ts` keeps them in files when a capture is too big to hold.
 */
export interface Buckets {
  readonly count: number;
  /** `raw`: the `[collection, document]` JSON text the document was parsed from, if it still says exactly that. */
  put(bucket: Bucket, rec: Rec, raw?: string): void;
  read(bucket: Bucket): readonly Rec[];
  /** Lets go of what the buckets hold (files are removed). */
  dispose(): void;
}

export type BucketsFactory = () => Buckets;

/** One bucket in memory: a capture small enough to hold. */
export function memoryBuckets(): Buckets {
  let recs: Rec[] = [];
  return {
    count: 1,
    put: (_, rec) => void recs.push(rec),
    read: () => recs,
    dispose: () => {
      recs = [];
    },
  };
}
