import { escapeToken, getAt, pointerMatches } from '../model/pointer.js';
import { collectionKeyText, isJsonObject, jsonTypeOf, REDACTED } from '../model/json.js';
import type { RuleId } from '../model/rules.js';
import type { Violation } from './capture-schema.js';
import type { Binding, JsonObject } from '../model/types.js';
import { documentCheck, type DocumentCheck } from '../schema/index.js';

/**
 * One side's capture, summarized as documents stream past: per collection, which fields occur
 * with which JSON types, a bounded sample of documents, and (for the candidate) how many documents
 * each discovered schema rejects, where and why. Memory depends on the number of collections and
 * distinct fields, never on the number of documents.
 */

export interface FieldStats {
  /** Documents holding the field. */
  count: number;
  /** JSON type (as capture.ts names them) -> documents. */
  types: Map<string, number>;
}

export interface CollectionProfile {
  documents: number;
  fields: Map<string, FieldStats>;
  /** More distinct fields than the limit: the rest are not profiled. */
  truncated: boolean;
  /** The first documents, for value comparison when no key pairs them. */
  sample: JsonObject[];
  /** Candidate only: documents paired by key with the baseline's sample. */
  pairs: [JsonObject, JsonObject][];
  violations: Map<string, Violation>;
}

export interface ProfileOptions {
  /** Pointer globs whose values are volatile: they are not profiled. */
  redact: readonly string[];
  /** This side's discovered bindings (keys; schemas when validating). */
  bindings?: Binding[];
  /** Schemas each document is checked against, with the rule a rejection is reported under. */
  schemas?: { rule: RuleId; bindings?: Binding[] }[];
  /** The baseline's finished profile: documents whose key matches one of its samples are paired with it. */
  matchWith?: CaptureProfile;
  /** Documents kept per collection (default 100), and in all (default 20,000). */
  sampleSize?: number;
  sampleBudget?: number;
  /** Distinct fields profiled per collection (default 5,000). */
  maxFields?: number;
}

const MAX_VIOLATIONS = 1_000;

/** A field name below its parent's, with its pointer written once, its redaction and its stats once known. */
interface PathNode {
  pointer: string;
  children: Map<string, PathNode>;
  redacted?: boolean;
  stats?: FieldStats;
}

/** `/items/3/id` -> `/items/*\/id`: one tally per place, not per array position. */
const place = (instancePath: string): string => instancePath.replace(/\/\d+(?=\/|$)/g, '/*');

export const collectionName = (collection: string): string => collection.slice(collection.lastIndexOf('/') + 1);

/** Each side's bindings by recommended name (the first of equal names): a catalog looks up a thousand collections. */
const byName = new WeakMap<Binding[], Map<string, Binding>>();

export function bindingOf(collection: string, bindings: Binding[] | undefined): Binding | undefined {
  if (!bindings) return undefined;
  let index = byName.get(bindings);
  if (!index) {
    index = new Map();
    for (const b of bindings) if (!index.has(b.recommendedName)) index.set(b.recommendedName, b);
    byName.set(bindings, index);
  }
  return index.get(collectionName(collection));
}

export class CaptureProfile {
  readonly collections = new Map<string, CollectionProfile>();
  private sampled = 0;
  private readonly redacted = new Map<string, boolean>();
  private readonly checks = new Map<string, { rule: RuleId; check: DocumentCheck }[]>();
  /** Field names seen per collection, as a tree, and how many nodes it holds in all. */
  private readonly paths = new Map<string, PathNode>();
  private pathNodes = 0;
  /** Baseline sample documents by key text, per collection (built when a candidate first matches). */
  private readonly keyed = new Map<string, Map<string, JsonObject[]>>();
  /** Baseline sample documents already paired, whichever key paired them. */
  private readonly paired = new WeakSet<JsonObject>();

  constructor(readonly opts: ProfileOptions) {}

  add(collection: string, doc: JsonObject): void {
    let c = this.collections.get(collection);
    if (!c)
      this.collections.set(
        collection,
        (c = { documents: 0, fields: new Map(), truncated: false, sample: [], pairs: [], violations: new Map() }),
      );
    c.documents++;
    this.profileFields(c, doc, this.pathsOf(collection));
    const size = this.opts.sampleSize ?? 100;
    if (c.sample.length < size && this.sampled < (this.opts.sampleBudget ?? 20_000)) {
      c.sample.push(doc);
      this.sampled++;
    }
    if (this.opts.matchWith && c.pairs.length < size) this.pair(collection, c, doc);
    for (const { rule, check } of this.checksOf(collection)) this.tallyProblems(c, rule, check, doc);
  }

  private isRedacted(pointer: string): boolean {
    if (this.opts.redact.length === 0) return false;
    let hit = this.redacted.get(pointer);
    if (hit === undefined) this.redacted.set(pointer, (hit = this.opts.redact.some((g) => pointerMatches(g, pointer))));
    return hit;
  }

  /** The root of a collection's field names seen so far. */
  private pathsOf(collection: string): PathNode {
    let root = this.paths.get(collection);
    if (!root) this.paths.set(collection, (root = { pointer: '', children: new Map() }));
    return root;
  }

  /** The node of `key` below `node`, made on first sight while the bound allows; else a node for this document only. */
  private child(node: PathNode, key: string): PathNode {
    const hit = node.children.get(key);
    if (hit) return hit;
    const made: PathNode = {
      pointer: `${node.pointer}/${key.includes('~') || key.includes('/') ? escapeToken(key) : key}`,
      children: new Map(),
    };
    // Names that never repeat (a map keyed by ids) are not kept: memory stays bounded by the field limit.
    if (this.pathNodes < 2 * (this.opts.maxFields ?? 5_000)) {
      node.children.set(key, made);
      this.pathNodes++;
    }
    return made;
  }

  /**
   * Leaf fields as capture.ts sees them: objects are walked, arrays and empty objects are values.
   * Field names are looked up in a tree of the names seen, so a pointer is written once per field, not once per document.
   */
  private profileFields(c: CollectionProfile, value: JsonObject, node: PathNode): void {
    for (const k in value) {
      const v = value[k];
      const at = this.child(node, k);
      if (isJsonObject(v)) {
        let empty = true;
        for (const _ in v) {
          empty = false;
          break;
        }
        if (!empty) {
          this.profileFields(c, v as JsonObject, at);
          continue;
        }
      }
      if ((at.redacted ??= this.isRedacted(at.pointer))) continue;
      let f = at.stats;
      if (!f) {
        f = c.fields.get(at.pointer);
        if (!f) {
          if (c.fields.size >= (this.opts.maxFields ?? 5_000)) {
            c.truncated = true;
            continue;
          }
          c.fields.set(at.pointer, (f = { count: 0, types: new Map() }));
        }
        at.stats = f;
      }
      f.count++;
      const t = jsonTypeOf(v);
      f.types.set(t, (f.types.get(t) ?? 0) + 1);
    }
  }

  private checksOf(collection: string): { rule: RuleId; check: DocumentCheck }[] {
    let list = this.checks.get(collection);
    if (!list) {
      list = [];
      for (const { rule, bindings } of this.opts.schemas ?? []) {
        const schema = bindingOf(collection, bindings)?.documentSchema;
        if (schema !== undefined) list.push({ rule, check: documentCheck(schema) });
      }
      this.checks.set(collection, list);
    }
    return list;
  }

  private tallyProblems(c: CollectionProfile, rule: RuleId, check: DocumentCheck, doc: JsonObject): void {
    const seen = new Set<string>();
    for (const p of check.problems(doc)) {
      const pointer = place(p.pointer);
      // A redacted value stands for whatever the connector sent: the schema cannot be judged there.
      if (pointer !== '' && (this.isRedacted(pointer) || getAt(doc, p.pointer) === REDACTED)) continue;
      const id = `${rule}\u0000${pointer}\u0000${p.message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const t = c.violations.get(id);
      if (t) t.count++;
      else if (c.violations.size < MAX_VIOLATIONS) c.violations.set(id, { rule, pointer, message: p.message, count: 1, example: doc });
    }
  }

  /** Pairs a candidate document with a baseline sample document of the same key (the baseline's, else this side's). */
  private pair(collection: string, c: CollectionProfile, doc: JsonObject): void {
    const base = this.opts.matchWith!;
    const paired = base.paired;
    const keys = [bindingOf(collection, base.opts.bindings)?.key, bindingOf(collection, this.opts.bindings)?.key];
    for (const [i, key] of keys.entries()) {
      const text = collectionKeyText(doc, key);
      if (text === undefined) continue;
      const index = base.sampleByKey(`${collection}\u0000${i}`, collection, key!);
      // Documents that share a key (one whose values a snapshot redacted) are paired in their order, as capture.ts pairs them.
      const match = index.get(text)?.shift();
      if (match && !paired.has(match)) {
        paired.add(match);
        c.pairs.push([match, doc]);
        return;
      }
    }
  }

  /** The baseline's sample of a collection indexed by one key, documents of one key in their order (built on first use). */
  sampleByKey(id: string, collection: string, key: string[]): Map<string, JsonObject[]> {
    let index = this.keyed.get(id);
    if (!index) {
      index = new Map();
      for (const d of this.collections.get(collection)?.sample ?? []) {
        const text = collectionKeyText(d, key);
        if (text === undefined) continue;
        const list = index.get(text);
        if (list) list.push(d);
        else index.set(text, [d]);
      }
      this.keyed.set(id, index);
    }
    return index;
  }
}
