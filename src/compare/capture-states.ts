import { collectionKeyText, REDACTED } from '../model/json.js';
import { getAt, pointerMatches } from '../model/pointer.js';
import type { RuleId } from '../model/rules.js';
import type { JsonObject } from '../model/types.js';
import { type DocumentCheck, documentCheck } from '../schema/index.js';
import type { Rec } from './buckets.js';
import { type CaptureOptions, comparePair } from './capture.js';
import { keyTextOf, type Plans } from './capture-join.js';
import { place } from './capture-schema.js';
import { FieldTallies, FirstOf, ViolationTallies } from './capture-tally.js';
import { bindingOf } from './collections.js';

/**
 * What a capture comparison learns per collection as pairs of documents are compared and candidate
 * documents validated, whichever order they come in (capture-tally.ts): the capture's findings are made from it.
 */

export const RULES = [
  ['capture.schema.violation', 'candidate'],
  ['capture.schema.baseline-violation', 'baseline'],
] as const satisfies readonly (readonly [RuleId, 'baseline' | 'candidate'])[];

export interface CollectionState {
  tallies: FieldTallies;
  pairs: number;
  unmatched: FirstOf<JsonObject>;
  /** The key that paired the documents; none when they were paired by place. */
  key?: string[];
  docs: { baseline: number; candidate: number };
  violations: ViolationTallies[];
}

/** Pairs documents of one collection and text in their order: the first baseline document with the first candidate one. */
export function pairRecs(before: readonly Rec[], after: readonly Rec[], textOf: (r: Rec, rank: number) => string) {
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

export class Join {
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
  validate(rec: Rec): void {
    const [collection, seq, doc] = rec;
    let checks = this.checks.get(collection);
    if (!checks) {
      checks = RULES.map(([, side]) => {
        const schema = bindingOf(collection, this.plans.bindings[side])?.documentSchema;
        return schema === undefined ? undefined : documentCheck(schema);
      });
      this.checks.set(collection, checks);
    }
    const st = this.state(collection);
    // A redacted value stands for whatever the connector sent; the schema cannot be judged there.
    const redacted = (p: string) => getAt(doc, p) === REDACTED || this.opts.redact.some((g) => pointerMatches(g, p));
    checks.forEach((check, r) => {
      if (!check) return;
      const problems = check.problems(doc);
      if (problems.length === 0) return;
      const seen = new Set<string>();
      let idx = 0;
      for (const p of problems) {
        if (redacted(p.pointer)) continue;
        const at = place(p.pointer);
        if (seen.has(`${at}\u0000${p.message}`)) continue;
        seen.add(`${at}\u0000${p.message}`);
        st.violations[r]!.add({ seq, idx: idx++ }, at, p.message, doc);
      }
    });
  }
}
