import { alternativesOf, type FieldInfo, ajvAccepts, complaints, exampleValue, placed, verdict } from '../schema/index.js';
import { getAt, joinPointer, parsePointer, unescapeToken } from '../model/pointer.js';

type Fields = Map<string, FieldInfo>;

/**
 * Whether a validator complaint is about the field at `at`: at it or below it, or its parent missing
 * it (`/ must have required property 'id'` is about `/id`; ajv reports a missing property at its parent).
 */
function aboutField(complaint: string, at: string): boolean {
  if (complaint === at || complaint.startsWith(`${at} `) || complaint.startsWith(`${at}/`)) return true;
  const cut = at.lastIndexOf('/');
  const parent = at.slice(0, cut) || '/';
  const name = unescapeToken(at.slice(cut + 1));
  return complaint === `${parent} must have required property '${name}'`;
}

/** Alternatives tried at one field, at most. */
const MAX_BRANCHES = 8;

/** Real instances tried as starting documents, at most: each is validated by both schemas. */
const MAX_EXAMPLES = 20;

/**
 * Builds whole documents that show a field's narrowing. Candidates are tried with the engine's
 * interpreter; the one kept is confirmed with ajv against both schemas.
 */
export class Witnesses {
  private bases?: { doc: unknown; common: boolean }[];
  constructor(
    private readonly before: unknown,
    private readonly after: unknown,
    private readonly b: Fields,
    private readonly a: Fields,
    private readonly examples: readonly unknown[] = [],
  ) {}

  /**
   * Documents to place a value into: one both schemas accept when there is one, then plausible
   * documents of each schema alone (a key whose type changed leaves no document both accept).
   */
  private starts(): { doc: unknown; common: boolean }[] {
    if (!this.bases) {
      // Made-up documents first (the smallest to read), then real ones: a captured document satisfies
      // the formats and patterns a made-up one may not.
      // Each verdict and text is taken once per document: a captured one holds every field of a wide schema.
      const accepted = new Map<unknown, boolean>();
      const byBefore = (d: unknown) => {
        let v = accepted.get(d);
        if (v === undefined) accepted.set(d, (v = verdict(this.before, d) === true));
        return v;
      };
      const real = this.examples.slice(0, MAX_EXAMPLES).filter(byBefore);
      const examples = [exampleValue(this.after, this.after), exampleValue(this.before, this.before), ...real];
      const common = examples.find((d) => byBefore(d) && verdict(this.after, d) === true);
      // A document met twice is tried once (trying it again would give the same answer).
      const seen = new Set<unknown>();
      this.bases = [
        ...(common === undefined ? [] : [{ doc: common, common: true }]),
        ...examples.map((doc) => ({ doc, common: false })),
      ].filter(({ doc }) => !seen.has(doc) && !!seen.add(doc));
    }
    return this.bases;
  }

  /**
   * A document the baseline accepts and the candidate rejects, with `value` (or nothing) at `path`.
   * Built from a document only one schema accepts, it is kept only when the candidate's first
   * complaint is about that field: the document shows this narrowing, not another one.
   */
  show(path: string, value: unknown): unknown {
    for (const { doc: start, common } of this.starts()) {
      const doc = this.tried(start, common, path, value);
      if (doc !== undefined) return doc;
    }
    return undefined;
  }

  /**
   * As show, from the baseline's example taking each other oneOf/anyOf branch at each field above
   * `path` that has several: a value of a removed option lives only in that option's documents.
   */
  showInBranches(path: string, value: unknown): unknown {
    const tokens = parsePointer(path);
    for (let i = 1; i < tokens.length; i++) {
      const prefix = joinPointer('', ...tokens.slice(0, i));
      const node = this.b.get(prefix)?.nodes[0];
      if (node === undefined) continue;
      const count = Math.min(alternativesOf(this.before, node).length, MAX_BRANCHES);
      for (let k = 1; k < count; k++) {
        const doc = this.tried(exampleValue(this.before, this.before, '', new Map([[prefix, k]])), false, path, value);
        if (doc !== undefined) return doc;
      }
    }
    return undefined;
  }

  /** `start` with `value` at `path`, when the baseline accepts it and the candidate rejects it there. */
  private tried(start: unknown, common: boolean, path: string, value: unknown): unknown {
    const at = path.replace(/\/\*(?=\/|$)/g, '/0');
    // Parents missing from `start` are made from one schema's fields, then the other's; where none
    // is missing, both ways give the same document, tried once.
    const roots = [
      [this.after, this.a],
      [this.before, this.b],
    ] as const;
    const parent = getAt(start, at.slice(0, at.lastIndexOf('/')));
    for (const [root, fields] of parent !== null && typeof parent === 'object' ? roots.slice(0, 1) : roots) {
      const doc = placed(start, root, fields, path, value);
      if (verdict(this.before, doc) !== true || verdict(this.after, doc) !== false) continue;
      if (ajvAccepts(this.before, doc) !== true || ajvAccepts(this.after, doc) !== false) continue;
      if (common || complaints(this.after, doc).some((c) => aboutField(c, at))) return doc;
    }
    return undefined;
  }
}
