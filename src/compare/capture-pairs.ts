import { collectionKeyText, REDACTED } from '../model/json.js';
import { getAt, pointerMatches } from '../model/pointer.js';
import type { RuleId } from '../model/rules.js';
import type { Binding, CapturedDoc, DocBatch, Finding, JsonObject } from '../model/types.js';
import { documentCheck, type DocumentCheck, pruneFor } from '../schema/index.js';
import { type Buckets, type BucketsFactory, memoryBuckets, type Rec } from './buckets.js';
import { collectionAdded, collectionMissing, comparePair, type CaptureOptions, unmatchedFinding } from './capture.js';
import { CaptureIngest, keyTextOf, pairText, Plans, textOf } from './capture-join.js';
import { mergedShape, place, violationFinding } from './capture-schema.js';
import { FieldTallies, FirstOf, ViolationTallies } from './capture-tally.js';
import { bindingOf } from './collections.js';

/**
 * The capture comparison, for captures of every size: each side is read once into buckets
 * (capture-join.ts), then a bucket of each side at a time is combined by key, paired and
 * compared. Counts and first examples do not depend on the order buckets come in, so a capture
 * held in one bucket in memory and one spread over files give the same findings.
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
}

const RULES = [
  ['capture.schema.violation', 'candidate'],
  ['capture.schema.baseline-violation', 'baseline'],
] as const satisfies readonly (readonly [RuleId, 'baseline' | 'candidate'])[];

interface CollectionState {
  tallies: FieldTallies;
  pairs: number;
  unmatched: FirstOf<JsonObject>;
  /** The key that paired the documents; none when they were paired by place. */
  key?: string[];
  docs: { baseline: number; candidate: number };
  violations: ViolationTallies[];
}

/** Pairs documents of one collection and text in their order: the first baseline document with the first candidate one. */
function pairRecs(before: readonly Rec[], after: readonly Rec[], textOf: (r: Rec, rank: number) => string) {
  const queues = new Map<string, { recs: Rec[]; next: number }>();
  after.forEach((r, i) => {
    const t = `${r[0]}\u0000${textOf(r, i)}`;
    const q = queues.get(t);
    if (q) q.recs.push(r);
    else queues.set(t, { recs: [r], next: 0 });
  });
  const pairs: [Rec, Rec][] = [];
  const unmatched: Rec[] = [];
  before.forEach((r, i) => {
    const q = queues.get(`${r[0]}\u0000${textOf(r, i)}`);
    if (q && q.next < q.recs.length) pairs.push([r, q.recs[q.next++]!]);
    else unmatched.push(r);
  });
  return { pairs, unmatched };
}

class Join {
  readonly states = new Map<string, CollectionState>();
  private readonly checks = new Map<string, (DocumentCheck | undefined)[]>();

  constructor(
    readonly plans: Plans,
    readonly opts: CaptureOptions,
  ) {}

  state(collection: string): CollectionState {
    let st = this.states.get(collection);
    if (!st) {
      const key = this.plans.of(collection).key;
      const violations = RULES.map(() => new ViolationTallies());
      st = { tallies: new FieldTallies(), pairs: 0, unmatched: new FirstOf(), docs: { baseline: 0, candidate: 0 }, violations };
      if (key) st.key = key;
      this.states.set(collection, st);
    }
    return st;
  }

  compare(pairs: [Rec, Rec][], unmatched: Rec[]): void {
    for (const [b, a] of pairs) {
      const st = this.state(b[0]);
      st.pairs++;
      // The text kept from reading is the pairing key's; a collection paired again by another key computes it.
      const example = st.key === this.plans.of(b[0]).key ? keyTextOf(b, st.key) : collectionKeyText(b[2], st.key);
      let idx = 0;
      comparePair(b[2], a[2], this.opts, (d) => st.tallies.add({ seq: b[1], idx: idx++ }, d, example));
    }
    for (const r of unmatched) this.state(r[0]).unmatched.add({ seq: r[1], idx: 0 }, r[2]);
  }

  /** Candidate documents against the candidate's own schema, then the baseline's. */
  validate(rec: Rec, together?: () => JsonObject[]): void {
    const [collection, seq, doc] = rec;
    let checks = this.checks.get(collection);
    if (!checks) {
      // A collection's documents all at hand: ajv compiles the schema pruned to what they hold (same answers, less to compile).
      checks = RULES.map(([, side]) => {
        const schema = bindingOf(collection, this.plans.bindings[side])?.documentSchema;
        if (schema === undefined) return undefined;
        return together ? documentCheck(schema, () => pruneFor(schema, mergedShape(together()))) : documentCheck(schema);
      });
      this.checks.set(collection, checks);
    }
    const st = this.state(collection);
    // A redacted value stands for whatever the connector sent; the schema cannot be judged there.
    const redacted = (p: string) => getAt(doc, p) === REDACTED || this.opts.redact.some((g) => pointerMatches(g, p));
    checks.forEach((check, r) => {
      if (!check) return;
      const seen = new Set<string>();
      let idx = 0;
      for (const p of check.problems(doc)) {
        if (redacted(p.pointer)) continue;
        const at = place(p.pointer);
        if (seen.has(`${at}\u0000${p.message}`)) continue;
        seen.add(`${at}\u0000${p.message}`);
        st.violations[r]!.add({ seq, idx: idx++ }, at, p.message, doc);
      }
    });
  }
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
    const held = new Map<string, JsonObject[]>();
    for (const r of after) if (c.inOneBucket(r[0])) (held.get(r[0]) ?? held.set(r[0], []).get(r[0])!).push(r[2]);
    for (const r of after) {
      join.state(r[0]).docs.candidate++;
      const together = held.get(r[0]);
      join.validate(r, together && (() => together));
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

/** Both sides read: their documents paired and compared, bucket by bucket. */
function judge(b: CaptureIngest, c: CaptureIngest, opts: StreamOptions): Finding[] {
  const bucketsC = c.pairable(opts.buckets ?? memoryBuckets);
  try {
    const join = new Join(b.plans, opts);
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

/** compareCapture of two captures read as they stream, through buckets that may be files: memory holds a bucket of each side. */
export async function compareCaptureStreams(before: CaptureSide, after: CaptureSide, opts: StreamOptions): Promise<Finding[]> {
  const [b, c] = sidesOf(before, after, opts);
  try {
    const told = (side: 'baseline' | 'candidate', ingest: CaptureIngest) =>
      opts.onCollections?.(
        side,
        [...ingest.read.keys()],
        [...ingest.read.values()].reduce((n, k) => n + k, 0),
      );
    for await (const batch of before.batches) b.addAll(batch);
    told('baseline', b);
    for await (const batch of after.batches) c.addAll(batch);
    told('candidate', c);
    return judge(b, c, opts);
  } finally {
    b.buckets.dispose();
    c.buckets.dispose();
  }
}
