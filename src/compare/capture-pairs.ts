import type { Binding, CapturedDoc, DocBatch, Finding } from '../model/types.js';
import { type Buckets, type BucketsFactory, memoryBuckets, type Rec } from './buckets.js';
import { collectionAdded, collectionMissing, type CaptureOptions, unmatchedFinding } from './capture.js';
import { CaptureIngest, pairText, Plans, textOf } from './capture-join.js';
import { PreJoin, type PreJoinOptions } from './capture-prejoin.js';
import { violationFinding } from './capture-schema.js';
import { Join, pairRecs, RULES } from './capture-states.js';
import { FirstOf } from './capture-tally.js';
import { bindingOf } from './collections.js';

/**
 * The capture comparison, for captures of every size: each side is read once into buckets
 * (capture-join.ts), then a bucket of each side at a time is combined by key, paired and
 * compared. Counts and first examples do not depend on the order buckets come in, so a capture
 * held in one bucket in memory and one spread over files give the same findings. Streamed captures
 * are read side by side, and what comes in the same order is paired as it is read (capture-prejoin.ts).
 */

export interface CaptureSide {
  /** The side's documents in their order, a batch at a time (a chunk of a file, or all of them). */
  batches: AsyncIterable<DocBatch> | Iterable<DocBatch>;
  /** The side's discovered bindings, for each collection's key and schema. */
  bindings?: Binding[];
}

export interface StreamOptions extends CaptureOptions {
  /** Where documents wait between reading and pairing (default: memory). */
  buckets?: BucketsFactory;
  /** Told the collections each side's capture holds, and how many documents, once it is read. */
  onCollections?: (side: 'baseline' | 'candidate', collections: string[], documents: number) => void;
  /** Called between buckets, when the documents compared are garbage (to collect them), with how many buckets of how many are done. */
  afterBucket?: (done: number, count: number) => void;
  /**
   * Read both sides in step and pair documents in memory as they come (capture-prejoin.ts), holding
   * up to `waitingBytes` (WAITING_BYTES) of those waiting. Throws PairedKeyAgain when a key comes
   * again after it was paired: then compare without it.
   */
  prejoin?: PreJoinOptions;
}

/** Every bucket of both sides combined, paired by each collection's plan and compared. */
function joinAll(
  b: CaptureIngest,
  c: CaptureIngest,
  bucketsB: Buckets,
  bucketsC: Buckets,
  join: Join,
  between?: (done: number, count: number) => void,
): void {
  for (let i = 0; i < bucketsB.count; i++) {
    if (i > 0) between?.(i, bucketsB.count);
    const before = b.combined(i, bucketsB);
    const after = c.combined(i, bucketsC);
    for (const r of before) join.state(r[0]).docs.baseline++;
    for (const r of after) {
      join.state(r[0]).docs.candidate++;
      join.validate(r);
    }
    const text = (r: Rec) => {
      const key = join.plans.of(r[0]).key;
      return key ? textOf(r, key) : String(r[1]);
    };
    const { pairs, unmatched } = pairRecs(before, after, text);
    join.compare(pairs, unmatched);
  }
}

/**
 * Collections whose documents no pairing key matched: paired again by the candidate's key, else by
 * place (capture.ts's `matchDocs` order). Their documents are gathered whole: the captures hold
 * different documents, so no key spreads them over buckets.
 */
function rematch(b: CaptureIngest, c: CaptureIngest, bucketsB: Buckets, bucketsC: Buckets, join: Join): void {
  const lost = new Set(
    [...join.states].filter(([, st]) => st.pairs === 0 && st.key && st.docs.baseline > 0 && st.docs.candidate > 0).map(([name]) => name),
  );
  if (lost.size === 0) return;
  const gather = (ingest: CaptureIngest, buckets: Buckets) => {
    const out = new Map<string, Rec[]>();
    // Only the buckets that hold them are read again (every bucket, when one of them is spread).
    const homes = new Set([...lost].map((name) => ingest.homeOf(name)));
    for (let i = 0; i < buckets.count; i++) {
      if (!homes.has(i) && !homes.has(-1)) continue;
      for (const r of ingest.combined(i, buckets)) if (lost.has(r[0])) (out.get(r[0]) ?? out.set(r[0], []).get(r[0])!).push(r);
    }
    for (const list of out.values()) list.sort((x, y) => x[1] - y[1]);
    return out;
  };
  const [before, after] = [gather(b, bucketsB), gather(c, bucketsC)];
  for (const collection of lost) {
    const st = join.state(collection);
    const [bd, ad] = [before.get(collection) ?? [], after.get(collection) ?? []];
    const plan = join.plans.of(collection);
    const rest = plan.key === plan.own.baseline && plan.own.candidate ? [plan.own.candidate] : [];
    st.unmatched = new FirstOf();
    let tried: ReturnType<typeof pairRecs> | undefined;
    for (const key of rest) {
      tried = pairRecs(bd, ad, (r) => pairText(r[2], key));
      if (tried.pairs.length > 0) {
        st.key = key;
        break;
      }
    }
    if (!tried || tried.pairs.length === 0) {
      delete st.key;
      tried = pairRecs(bd, ad, (_, rank) => String(rank));
    }
    join.compare(tried.pairs, tried.unmatched);
  }
}

const sorted = (names: Iterable<string>) => [...names].sort((x, y) => x.localeCompare(y));

function findingsOf(b: CaptureIngest, c: CaptureIngest, join: Join): Finding[] {
  const findings: Finding[] = [];
  for (const collection of sorted(b.read.keys())) {
    const st = join.state(collection);
    if (!c.read.has(collection)) {
      findings.push(collectionMissing(collection, st.docs.baseline));
      continue;
    }
    for (const f of st.tallies.findings(collection, st.pairs)) findings.push(f);
    const lost = unmatchedFinding(collection, st, st.docs);
    if (lost) findings.push(lost);
  }
  for (const collection of sorted(c.read.keys())) {
    const st = join.state(collection);
    const key = bindingOf(collection, join.plans.bindings.candidate)?.key;
    st.violations.forEach((v, r) => {
      for (const t of v.list()) findings.push(violationFinding(collection, { rule: RULES[r]![0], ...t }, st.docs.candidate, key));
    });
    if (!b.read.has(collection)) findings.push(collectionAdded(collection, st.docs.candidate));
  }
  return findings;
}

/** Both sides read: their documents paired and compared, bucket by bucket (`join` holds what was compared before). */
function judge(b: CaptureIngest, c: CaptureIngest, opts: StreamOptions, join = new Join(b.plans, opts)): Finding[] {
  const bucketsC = c.pairable(opts.buckets ?? memoryBuckets);
  try {
    joinAll(b, c, b.buckets, bucketsC, join, opts.afterBucket);
    rematch(b, c, b.buckets, bucketsC, join);
    return findingsOf(b, c, join);
  } finally {
    bucketsC.dispose();
  }
}

function sidesOf(before: { bindings?: Binding[] }, after: { bindings?: Binding[] }, opts: StreamOptions): [CaptureIngest, CaptureIngest] {
  const fresh = opts.buckets ?? memoryBuckets;
  const plans = new Plans({ baseline: before.bindings, candidate: after.bindings });
  return [new CaptureIngest('baseline', plans, fresh()), new CaptureIngest('candidate', plans, fresh())];
}

/**
 * Capture differences: collections missing or added, field differences of documents paired by key
 * (estuary's compare_capture_records: every baseline field present and equal, extra fields
 * allowed), baseline documents left without a partner, and candidate documents that their own or
 * the baseline's discovered schema rejects. Both sides' documents are in memory here.
 */
export function compareCapture(
  before: { docs: readonly CapturedDoc[]; bindings?: Binding[] },
  after: { docs: readonly CapturedDoc[]; bindings?: Binding[] },
  opts: CaptureOptions,
): Finding[] {
  const [b, c] = sidesOf(before, after, opts);
  b.addAll(before);
  c.addAll(after);
  return judge(b, c, opts);
}

/**
 * Both sides read in step, a batch at a time from the side that has read fewer documents, so that
 * captures in the same order meet as they are read; `done` is told each side once it is read.
 */
async function readInStep(sides: [CaptureSide, CaptureIngest][], done: (ingest: CaptureIngest) => void): Promise<void> {
  const readers = sides.map(([side]) =>
    (async function* () {
      yield* side.batches;
    })(),
  );
  const read = [0, 0];
  const open = [true, true];
  try {
    while (open[0] || open[1]) {
      const i = open[0] && (!open[1] || read[0]! <= read[1]!) ? 0 : 1;
      const next = await readers[i]!.next();
      if (next.done) {
        open[i] = false;
        done(sides[i]![1]);
        continue;
      }
      read[i]! += next.value.docs.length;
      sides[i]![1].addAll(next.value);
    }
  } finally {
    // A side that failed leaves the other's file open: it is closed.
    await Promise.all(readers.map((r) => r.return(undefined)));
  }
}

/** compareCapture of two captures read as they stream, through buckets that may be files: memory holds a bucket of each side. */
export async function compareCaptureStreams(before: CaptureSide, after: CaptureSide, opts: StreamOptions): Promise<Finding[]> {
  const [b, c] = sidesOf(before, after, opts);
  try {
    const told = (ingest: CaptureIngest) =>
      opts.onCollections?.(
        ingest.side,
        [...ingest.read.keys()],
        [...ingest.read.values()].reduce((n, k) => n + k, 0),
      );
    if (!opts.prejoin) {
      for await (const batch of before.batches) b.addAll(batch);
      told(b);
      for await (const batch of after.batches) c.addAll(batch);
      told(c);
      return judge(b, c, opts);
    }
    const join = new Join(b.plans, opts);
    const pre = new PreJoin(
      [b, c],
      (x, y) => {
        const st = join.state(x[0]);
        st.docs.baseline++;
        st.docs.candidate++;
        join.validate(y);
        join.compare([[x, y]], []);
      },
      opts.prejoin,
    );
    await readInStep(
      [
        [before, b],
        [after, c],
      ],
      told,
    );
    pre.end();
    return judge(b, c, opts, join);
  } finally {
    b.buckets.dispose();
    c.buckets.dispose();
  }
}
