import type { Bucket, Rec } from './buckets.js';
import type { CaptureIngest } from './capture-join.js';

/**
 * Pairs documents in memory as both captures are read side by side, so that most documents of
 * captures in the same order are compared without going through their bucket files (written,
 * then read and parsed again). What it cannot pair yet waits; past a budget, the partitions
 * holding most of it go to their buckets, with every later document of theirs, and the bucket
 * comparison (capture-pairs.ts) pairs them as it pairs every document: the findings are the same.
 *
 * Pairs are exactly the buckets' (capture-pairs.ts, pairRecs after CaptureIngest.combined): the
 * n-th document of a collection's text on one side with the n-th on the other, each side combined
 * first by its own key (the last document of a key in the first one's place). A document that
 * waits is combined with a later one of its key; a key paired already cannot be, so when it comes
 * again on a side that combines by it, the comparison must be done through buckets (PairedKeyAgain).
 */

/** Text of the documents waiting for a partner, past which the partitions holding most of it go to their buckets. */
export const WAITING_BYTES = 4 * 1024 * 1024;
/** Slots of the paired keys' table at first (8 bytes each). */
const FIRST_SLOTS = 1 << 12;
/** Slots the paired keys' table takes at most when sized from an estimate (16 MB, a million keys); past it, it doubles. */
const MOST_RESERVED = 1 << 21;

/** The size counted for a document whose text is not known. */
const UNKNOWN_BYTES = 512;

export interface PreJoinOptions {
  /** WAITING_BYTES by default. */
  waitingBytes?: number;
  /** The larger capture file's size: with the size of the documents read first, an estimate of how many keys are paired. */
  captureBytes?: number;
}

/** A key already paired in memory came again on a side that combines its documents by it. */
export class PairedKeyAgain extends Error {}

interface Waiting {
  rec: Rec;
  /**
   * The length of the text it was read from (UNKNOWN_BYTES when not known). Not the text: a slice of
   * the chunk it was read from, it would keep the whole chunk for each document waiting; one let go
   * to its bucket is written from the document.
   */
  bytes: number;
  /** Its side combines it with later documents of its text. */
  combines: boolean;
}

/** The documents of one text waiting on one side (never both: they would have been paired). */
interface Queue {
  side: 0 | 1;
  docs: Waiting[];
}

/**
 * The keys paired here, each with the sides that combine by it, as numbers in an open-addressing
 * typed array (a hash of 51 bits, times 4, plus a bit per side): a million keys take 16 MB, not
 * the 80 of a Set of strings per side.
 */
class PairedKeys {
  private slots = new Float64Array(FIRST_SLOTS);
  private size = 0;

  /** `expected`: how many keys the captures are thought to hold (0: not known), asked when the first table fills. */
  constructor(private readonly expected: () => number) {}

  private slotOf(slots: Float64Array, h: number): number {
    const mask = slots.length - 1;
    let i = h % slots.length;
    while (slots[i] !== 0 && Math.floor(slots[i]! / 4) !== h) i = (i + 1) & mask;
    return i;
  }

  /** The sides (bit 1 the baseline, bit 2 the candidate) that combine by the key hashed `h` and paired it. */
  sides(h: number): number {
    return this.slots[this.slotOf(this.slots, h)]! % 4;
  }

  mark(h: number, sides: number): void {
    const i = this.slotOf(this.slots, h);
    const had = this.slots[i]!;
    this.slots[i] = h * 4 + ((had % 4) | sides);
    if (had !== 0 || ++this.size * 2 <= this.slots.length) return;
    const old = this.slots;
    this.slots = new Float64Array(this.grownLength());
    for (const v of old) if (v !== 0) this.slots[this.slotOf(this.slots, Math.floor(v / 4))] = v;
  }

  /**
   * Twice the slots; when the first table fills, as many as the expected keys need, up to
   * MOST_RESERVED: a big table grown to a bigger one is freed, and the allocator then keeps more
   * memory resident (about 7 MB at the end of 1M documents, whose table is sized once).
   */
  private grownLength(): number {
    const twice = this.slots.length * 2;
    if (this.slots.length !== FIRST_SLOTS) return twice;
    return Math.max(twice, Math.min(MOST_RESERVED, 2 ** Math.ceil(Math.log2(2 * this.expected() + 1))));
  }
}

/**
 * Two FNV-1a hashes of a collection's name, a NUL and a key's text, as one number in [1, 2^51): a
 * key told from a million others but once in 2^31. A collision is never a wrong pair: it only sends
 * the comparison through buckets (PairedKeyAgain). The two texts are read in turn, not joined.
 */
function hash51(collection: string, key: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const split = collection.length;
  const length = split + 1 + key.length;
  for (let i = 0; i < length; i++) {
    const c = i < split ? collection.charCodeAt(i) : i === split ? 0 : key.charCodeAt(i - split - 1);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (((a >>> 13) * 2 ** 32 + (b >>> 0)) % (2 ** 51 - 1)) + 1;
}

/** A side's bit in PairedKeys. */
const bit = (side: 0 | 1) => 1 << side;

/** What waits in one partition: queues by collection, then by pairing text (no joined key text to build and hash per document). */
type Partition = Map<string, Map<string, Queue>>;

export class PreJoin {
  private readonly parts: (Partition | undefined)[];
  private readonly bytes: number[];
  private readonly spilled: boolean[];
  private held = 0;
  private readonly limit: number;
  /** Documents taken whose text is known, and the length of their texts. */
  private readonly taken = { docs: 0, bytes: 0 };
  private readonly paired = new PairedKeys(() => {
    const { docs, bytes } = this.taken;
    return this.opts.captureBytes && bytes > 0 ? this.opts.captureBytes / (bytes / docs) : 0;
  });

  /**
   * `sides`: the baseline's and the candidate's ingests, whose documents this is offered
   * (it becomes their route); `onPair` compares a pair.
   */
  constructor(
    private readonly sides: [CaptureIngest, CaptureIngest],
    private readonly onPair: (before: Rec, after: Rec) => void,
    private readonly opts: PreJoinOptions = {},
  ) {
    this.limit = opts.waitingBytes ?? WAITING_BYTES;
    const count = sides[0].buckets.count;
    this.parts = new Array(count).fill(undefined);
    this.bytes = new Array<number>(count).fill(0);
    this.spilled = new Array<boolean>(count).fill(false);
    sides.forEach((ingest, side) => {
      ingest.route = (bucket, rec, raw) => this.take(side as 0 | 1, bucket, rec, raw);
    });
  }

  /** Takes a document of a side (pairs it, or holds it), or leaves it to its bucket. */
  private take(side: 0 | 1, bucket: Bucket, rec: Rec, raw: string | undefined): boolean {
    const ingest = this.sides[side];
    // A candidate combined by a key of its own before it is paired by the baseline's goes through buckets.
    if (ingest.plans.of(rec[0]).precombine) return false;
    // Where a side combines, its text is the pairing text (its own key is the pairing key).
    const combines = ingest.combineText(rec) !== undefined;
    if (raw !== undefined) {
      this.taken.docs++;
      this.taken.bytes += raw.length;
    }
    const [collection] = rec;
    const text = rec[3] ?? String(rec[1]);
    const h = combines ? hash51(collection, text) : 0;
    if (combines && this.paired.sides(h) & bit(side)) throw new PairedKeyAgain(`${ingest.side}: a key came again after it was paired`);
    if (this.spilled[bucket]) return false;
    const part = this.parts[bucket] ?? (this.parts[bucket] = new Map());
    let queues = part.get(collection);
    if (!queues) part.set(collection, (queues = new Map()));
    const queue = queues.get(text);
    const doc: Waiting = { rec, bytes: raw?.length ?? UNKNOWN_BYTES, combines };
    if (queue && queue.side !== side) {
      const other = queue.docs.shift()!;
      if (queue.docs.length === 0) queues.delete(text);
      this.hold(bucket, -other.bytes);
      const sides = (combines ? bit(side) : 0) | (other.combines ? bit(side === 0 ? 1 : 0) : 0);
      if (sides) this.paired.mark(h || hash51(collection, text), sides);
      if (side === 0) this.onPair(rec, other.rec);
      else this.onPair(other.rec, rec);
      return true;
    }
    const last = queue?.docs.at(-1);
    if (last && combines && last.combines) {
      // Combined as Flow publishes: the first one's place, the last one's document.
      this.hold(bucket, doc.bytes - last.bytes);
      last.rec = [rec[0], last.rec[1], rec[2], rec[3]];
      last.bytes = doc.bytes;
    } else {
      if (queue) queue.docs.push(doc);
      else queues.set(text, { side, docs: [doc] });
      this.hold(bucket, doc.bytes);
    }
    if (this.held > this.limit) this.spillMost();
    return true;
  }

  private hold(bucket: Bucket, bytes: number): void {
    this.bytes[bucket]! += bytes;
    this.held += bytes;
  }

  /** The partitions holding most, to their buckets, until half the budget is held. */
  private spillMost(): void {
    while (this.held > this.limit / 2) {
      let most = -1;
      for (let b = 0; b < this.bytes.length; b++) if (!this.spilled[b] && (most < 0 || this.bytes[b]! > this.bytes[most]!)) most = b;
      if (most < 0) return;
      this.letGo(most);
      this.spilled[most] = true;
    }
  }

  /** What a partition holds, to its buckets. */
  private letGo(bucket: Bucket): void {
    for (const queues of this.parts[bucket]?.values() ?? []) {
      for (const queue of queues.values()) for (const w of queue.docs) this.sides[queue.side]!.putBack(bucket, w.rec);
    }
    this.parts[bucket] = undefined;
    this.hold(bucket, -this.bytes[bucket]!);
  }

  /** Both sides read: what still waits goes to its bucket, and the ingests put every document there again. */
  end(): void {
    for (let b = 0; b < this.parts.length; b++) this.letGo(b);
    for (const ingest of this.sides) delete ingest.route;
  }
}
