import { collectionKeyText, REDACTED } from '../model/json.js';
import { getAt } from '../model/pointer.js';
import type { Binding, CapturedDoc, DocBatch, JsonObject } from '../model/types.js';
import type { Bucket, Buckets, Rec } from './buckets.js';
import { keyOf } from './collections.js';

/**
 * One side's capture, read once and put into buckets so that documents that may be combined or
 * paired land in the same bucket: a bucket of each side at a time is all a comparison holds.
 *
 * Each collection is paired by the baseline's key, else the candidate's, else by place (estuary's
 * snapshots and capture.ts before this: `matchDocs`). Documents go to the bucket of their text under
 * that key, so equal keys meet; documents of a collection without keys go by their place.
 * A candidate whose own key differs from the baseline's is first bucketed by its own key, combined,
 * then bucketed again by the baseline's.
 */

/** How one collection is combined on each side and paired. */
export interface Plan {
  /** The key documents are paired by: the baseline's, else the candidate's; none pairs by place. */
  key?: string[];
  /** Each side's own key, by which Flow combines its documents. */
  own: { baseline?: string[]; candidate?: string[] };
  /** The candidate's own key differs from the pairing key: it is combined before it is paired. */
  precombine: boolean;
}

const sameKey = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/** Each collection's plan, from both sides' bindings. */
export class Plans {
  private readonly plans = new Map<string, Plan>();
  constructor(readonly bindings: { baseline?: Binding[]; candidate?: Binding[] }) {}

  of(collection: string): Plan {
    let plan = this.plans.get(collection);
    if (!plan) {
      const own = { baseline: keyOf(collection, this.bindings.baseline), candidate: keyOf(collection, this.bindings.candidate) };
      const key = own.baseline ?? own.candidate;
      plan = { key, own, precombine: Boolean(key && own.candidate && !sameKey(key, own.candidate)) };
      this.plans.set(collection, plan);
    }
    return plan;
  }
}

/** The text documents are paired by: documents lacking a part of the key are paired among themselves, in their order. */
const NO_KEY = '\u0000no key';
export const pairText = (doc: JsonObject, key: readonly string[]): string => collectionKeyText(doc, key) ?? NO_KEY;

/** A document's pairing text: kept from reading, else computed. */
export const textOf = (rec: Rec, key: readonly string[]): string => rec[3] ?? pairText(rec[2], key);

/** The key text a finding shows for a document: none when a part of the key is missing. */
export const keyTextOf = (rec: Rec, key: readonly string[] | undefined): string | undefined =>
  key === undefined ? undefined : rec[3] !== undefined ? (rec[3] === NO_KEY ? undefined : rec[3]) : collectionKeyText(rec[2], key);

/** The text Flow combines by; none when a part is missing or redacted (a redacted key no longer tells documents apart). */
const ownText = (doc: JsonObject, key: readonly string[] | undefined): string | undefined =>
  key?.some((p) => getAt(doc, p) === REDACTED) ? undefined : collectionKeyText(doc, key);

/** FNV-1a: a bucket for a collection's text. */
function bucketOf(buckets: Buckets, collection: string, text: string): Bucket {
  if (buckets.count === 1) return 0;
  let h = 0x811c9dc5;
  for (const s of [collection, text]) {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0, 0x01000193);
  }
  return (h >>> 0) % buckets.count;
}

/** One side's capture as it is read: documents per collection, in buckets. */
export class CaptureIngest {
  /** Documents read per collection, in the order collections first appear. */
  readonly read = new Map<string, number>();
  /** The one bucket holding all of a collection's documents, or -1 when they are spread over several. */
  private homes = new Map<string, number>();

  /**
   * Offered each document before its bucket, with that bucket: true when it took the document (a
   * pre-join pairs documents in memory as both sides are read, capture-prejoin.ts).
   */
  route?: (bucket: Bucket, rec: Rec, raw?: string) => boolean;

  constructor(
    readonly side: 'baseline' | 'candidate',
    readonly plans: Plans,
    readonly buckets: Buckets,
  ) {}

  /** A batch of documents, each written as the text it was read from where the batch has it. */
  addAll(batch: DocBatch): void {
    const { docs, texts } = batch;
    for (let i = 0; i < docs.length; i++) this.add(docs[i]!, texts?.[i]);
  }

  add([collection, doc]: CapturedDoc, raw?: string): void {
    const place = this.read.get(collection) ?? 0;
    this.read.set(collection, place + 1);
    const plan = this.plans.of(collection);
    const key = this.side === 'candidate' && plan.precombine ? plan.own.candidate : plan.key;
    const text = key ? pairText(doc, key) : String(place);
    // A document's place is counted per collection: documents are only ever ordered within theirs.
    const rec: Rec = key === plan.key ? [collection, place, doc, text] : [collection, place, doc];
    const bucket = bucketOf(this.buckets, collection, text);
    if (!this.route?.(bucket, rec, raw)) this.put(this.buckets, bucket, rec, raw);
  }

  /** A document put into its bucket after all: one a pre-join held and lets go of. */
  putBack(bucket: Bucket, rec: Rec, raw?: string): void {
    this.put(this.buckets, bucket, rec, raw);
  }

  private put(buckets: Buckets, bucket: Bucket, rec: Rec, raw?: string): void {
    const home = this.homes.get(rec[0]);
    if (home === undefined) this.homes.set(rec[0], bucket);
    else if (home !== bucket) this.homes.set(rec[0], -1);
    buckets.put(bucket, rec, raw);
  }

  /** The one bucket holding all of a collection's documents, or -1 when they are spread over several. */
  homeOf(collection: string): number {
    return this.homes.get(collection) ?? -1;
  }

  /** The buckets to pair from: a candidate combined by its own key first where that differs from the pairing key. */
  pairable(fresh: () => Buckets): Buckets {
    if (this.side === 'baseline' || ![...this.read.keys()].some((c) => this.plans.of(c).precombine)) return this.buckets;
    const out = fresh();
    this.homes = new Map();
    for (let b = 0; b < this.buckets.count; b++) {
      for (const rec of this.combined(b)) {
        const plan = this.plans.of(rec[0]);
        if (!plan.precombine || !plan.key) {
          // Only a collection combined first moves: the others are where the baseline's documents of their text are.
          this.put(out, b, rec);
          continue;
        }
        const text = pairText(rec[2], plan.key);
        this.put(out, bucketOf(out, rec[0], text), [rec[0], rec[1], rec[2], text]);
      }
    }
    this.buckets.dispose();
    return out;
  }

  /** The text this side combines a document by (none: it is not combined): its pairing text where its own key is the pairing key. */
  combineText(rec: Rec): string | undefined {
    const plan = this.plans.of(rec[0]);
    const own = plan.own[this.side];
    if (!own) return undefined;
    if (rec[3] === undefined || !plan.key || !sameKey(own, plan.key)) return ownText(rec[2], own);
    return rec[3] === NO_KEY || own.some((p) => getAt(rec[2], p) === REDACTED) ? undefined : rec[3];
  }

  /** A bucket's documents combined by their side's key as Flow publishes them: each key keeps its first place and its last document. */
  combined(bucket: Bucket, from: Buckets = this.buckets): Rec[] {
    const recs = [...from.read(bucket)].sort((x, y) => x[1] - y[1]);
    const out: Rec[] = [];
    const at = new Map<string, number>();
    for (const rec of recs) {
      const text = this.combineText(rec);
      const i = text === undefined ? undefined : at.get(`${rec[0]}\u0000${text}`);
      if (i !== undefined) out[i] = [rec[0], out[i]![1], rec[2], rec[3]];
      else {
        if (text !== undefined) at.set(`${rec[0]}\u0000${text}`, out.length);
        out.push(rec);
      }
    }
    return out;
  }
}
