import type { RuleId } from '../model/rules.js';
import type { Finding, JsonObject } from '../model/types.js';
import { makeFinding } from './finding.js';

/**
 * Counts of capture differences that come out the same whatever order the pairs are compared in:
 * each tally keeps its first occurrence by place (the baseline document's place in its capture,
 * then the order of the checks within that document), so a capture compared bucket by bucket
 * reports what one compared front to back reports.
 */

/** A place in the comparison: the document's place in its capture, then the check's within it. */
export interface Place {
  seq: number;
  idx: number;
}

const earlier = (a: Place, b: Place): boolean => a.seq < b.seq || (a.seq === b.seq && a.idx < b.idx);
const inPlaceOrder = (a: { place: Place }, b: { place: Place }): number =>
  earlier(a.place, b.place) ? -1 : earlier(b.place, a.place) ? 1 : 0;

/** One difference at one field, as its first occurrence shows it. */
export interface FieldDifference {
  rule: RuleId;
  pointer: string;
  before?: unknown;
  after?: unknown;
  message: (count: number, total: number) => string;
}

interface Tally extends FieldDifference {
  count: number;
  place: Place;
  /** The key of the first document it was seen in: the evidence a reviewer can look up. */
  example?: string;
}

/** Field differences of one collection's paired documents, one finding per field and rule. */
export class FieldTallies {
  /** By rule, then pointer: most pairs differ the same way, and no joined text is built and hashed per difference. */
  private readonly tallies = new Map<RuleId, Map<string, Tally>>();

  add(place: Place, d: FieldDifference, example: string | undefined): void {
    let byPointer = this.tallies.get(d.rule);
    if (!byPointer) this.tallies.set(d.rule, (byPointer = new Map()));
    const t = byPointer.get(d.pointer);
    // An earlier occurrence replaces the example whole: one without a `before` (a field added) leaves none
    // of a later one's behind, whatever order the pairs come in.
    if (!t || earlier(place, t.place)) byPointer.set(d.pointer, { ...d, count: (t?.count ?? 0) + 1, place, example });
    else t.count++;
  }

  findings(collection: string, pairs: number): Finding[] {
    // Fingerprints take the rule and place, not example values: those vary from run to run.
    return [...this.tallies.values()]
      .flatMap((byPointer) => [...byPointer.values()])
      .sort(inPlaceOrder)
      .map((t) =>
        Object.assign(
          makeFinding({
            rule: t.rule,
            stage: 'capture',
            binding: collection,
            pointer: t.pointer,
            message: `${t.message(t.count, pairs)}${t.example ? `, e.g. the document with key ${t.example}` : ''}`,
          }),
          {
            ...(t.before !== undefined ? { before: t.before } : {}),
            ...(t.after !== undefined ? { after: t.after } : {}),
          },
        ),
      );
  }
}

/** Documents of one side counted, with the first of them (by place) kept. */
export class FirstOf<T> {
  count = 0;
  place: Place | undefined;
  first: T | undefined;

  add(place: Place, item: T): void {
    this.count++;
    if (!this.place || earlier(place, this.place)) {
      this.place = place;
      this.first = item;
    }
  }
}

/** Candidate documents a schema rejects, per place and complaint, each with its first document. */
export class ViolationTallies {
  private readonly byPlace = new Map<string, { pointer: string; message: string; seen: FirstOf<JsonObject> }>();

  add(place: Place, pointer: string, message: string, doc: JsonObject): void {
    const id = `${pointer}\u0000${message}`;
    let t = this.byPlace.get(id);
    if (!t) this.byPlace.set(id, (t = { pointer, message, seen: new FirstOf() }));
    t.seen.add(place, doc);
  }

  /** The tallies in the order of their first occurrence. */
  list(): { pointer: string; message: string; count: number; example: JsonObject | undefined }[] {
    return [...this.byPlace.values()]
      .map((t) => ({ place: t.seen.place!, pointer: t.pointer, message: t.message, count: t.seen.count, example: t.seen.first }))
      .sort(inPlaceOrder)
      .map(({ place: _, ...t }) => t);
  }
}
