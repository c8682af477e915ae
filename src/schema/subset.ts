// The containment question: is every instance valid under A valid under B? (engine-notes.md)
import { draftOf } from './dialect.js';
import { explainFailure } from './explain.js';
import { Unsupported, isAssertion } from './keywords.js';
import { OutOfBudget, entails, node, type Ctx } from './prove.js';
import { canonicalJson } from '../model/canonical.js';
import { SchemaError, children, loadDoc, mapChildren, type Doc } from './resolve.js';
import { compiled, knownFormat, type Compiled } from './validate.js';
import { finiteInstances, hintsOf, samples } from './witness.js';

export type SubsetAnswer =
  | { result: 'subset' }
  | { result: 'not-subset'; witness: unknown; pointer: string; reason: string }
  | { result: 'unknown'; reason: string; pointer?: string };

export interface SubsetOptions {
  /** Wall-clock budget for one question; past it the answer is `unknown`. */
  timeoutMs?: number;
}

const MAX_STEPS = 20_000;

/** What of a document the validator reads differently from the specification, so that definite answers need care. */
interface Caveats {
  /** Assertions ajv does not check (unknown formats, contentMediaType/contentEncoding) where the specification may. */
  unchecked?: string;
  /** draft-07 `$ref` with sibling keywords: ajv applies the siblings, the specification ignores them. */
  refSiblings?: string;
  /** A pattern with \w, \d or \b: ASCII-only in ECMAScript regexes, Unicode-aware in some readings of the spec. */
  asciiClass?: string;
  /** multipleOf: beyond 2^53 ajv's float division gives answers the specification does not. */
  multipleOf?: boolean;
}

const CLASS = /\\[wWdDbB]/;

function caveats(doc: Doc): Caveats {
  const c: Caveats = {};
  const seen = new Set<unknown>();
  const walk = (s: unknown, pointer: string) => {
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    const o = s as Record<string, unknown>;
    if (typeof o.format === 'string' && !knownFormat(o.format)) c.unchecked ??= pointer;
    if ('contentMediaType' in o || 'contentEncoding' in o) c.unchecked ??= pointer;
    if (!doc.modern && '$ref' in o && Object.keys(o).some((k) => k !== '$ref' && isAssertion(k))) c.refSiblings ??= pointer;
    const patterns = [o.pattern, ...Object.keys((o.patternProperties as object | undefined) ?? {})];
    if (patterns.some((p) => typeof p === 'string' && CLASS.test(p))) c.asciiClass ??= pointer;
    if ('multipleOf' in o) c.multipleOf = true;
    for (const [seg, v] of children(o)) walk(v, `${pointer}/${seg}`);
  };
  walk(doc.root.s, '');
  return c;
}

/** A reason to give no definite answer because ajv and the specification read this pair differently. */
function disagreement(a: unknown, b: unknown, ca: Caveats, cb: Caveats): { reason: string; pointer?: string } | undefined {
  const text = JSON.stringify([a, b]);
  if ((ca.asciiClass !== undefined || cb.asciiClass !== undefined) && /[\u0080-\uffff]/.test(text)) {
    return { reason: 'pattern character class (\\w, \\d, \\b) on non-ASCII text', pointer: cb.asciiClass ?? ca.asciiClass };
  }
  if ((ca.multipleOf || cb.multipleOf) && /\d[eE]\+?\d|\d{16}/.test(text)) return { reason: 'multipleOf with numbers beyond 2^53' };
  return undefined;
}

function notSubset(witness: unknown, b: Compiled): SubsetAnswer {
  return { result: 'not-subset', witness, ...explainFailure(witness, b.rawErrors(witness)) };
}

/** Unchecked assertions (formats, content keywords) only ever read strings, property names included. */
function stringFree(v: unknown): boolean {
  if (typeof v === 'string') return false;
  if (Array.isArray(v)) return v.every(stringFree);
  if (v && typeof v === 'object') return Object.keys(v).length === 0;
  return true;
}

/**
 * Is every instance valid under A also valid under B? `subset` only when proved, `not-subset` only with
 * a witness that ajv accepts under A and rejects under B, `unknown` (naming the construct) otherwise.
 */
export function isSubset(a: unknown, b: unknown, options: SubsetOptions = {}): SubsetAnswer {
  try {
    return decide(a, b, options);
  } catch (err) {
    if (err instanceof SchemaError || err instanceof Unsupported) return { result: 'unknown', reason: err.message, pointer: err.pointer };
    if (err instanceof OutOfBudget) return { result: 'unknown', reason: 'time or step budget exhausted' };
    // A $ref cycle that never descends into the instance makes validators recurse without end.
    if (err instanceof RangeError)
      return {
        result: 'unknown',
        reason: 'nesting too deep to evaluate (a $ref cycle that never descends into the instance, or a very deep schema)',
      };
    return { result: 'unknown', reason: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The schema as its specification reads it: before 2019-09, the assertions beside a `$ref` dropped. */
function asSpecified(s: unknown): unknown {
  const draft = draftOf(s);
  return draft === '2019-09' || draft === '2020-12' ? s : withoutRefSiblings(s);
}

function withoutRefSiblings(s: unknown): unknown {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return s;
  const o = s as Record<string, unknown>;
  const kept = '$ref' in o ? Object.fromEntries(Object.entries(o).filter(([k]) => k === '$ref' || !isAssertion(k))) : o;
  return mapChildren(kept, withoutRefSiblings);
}

const REF_SIBLINGS = 'draft-07 $ref with sibling keywords (validators disagree on them)';

function decide(a: unknown, b: unknown, options: SubsetOptions): SubsetAnswer {
  // Whatever its keywords mean, a schema contains itself.
  if (canonicalJson(a) === canonicalJson(b)) return { result: 'subset' };
  const applied = judgePair(a, b, options);
  if (!('drift' in applied)) return applied.answer;
  // draft-07 `$ref` siblings: ajv applies them, the specification ignores them. An answer stands
  // when the other reading gives it too (a witness is checked under both).
  const unknown: SubsetAnswer = { result: 'unknown', reason: REF_SIBLINGS, pointer: applied.drift };
  const ignored = judgePair(asSpecified(a), asSpecified(b), options);
  if ('drift' in ignored || ignored.answer.result === 'unknown' || applied.answer.result === 'unknown') return unknown;
  if (applied.answer.result === 'subset') return ignored.answer.result === 'subset' ? applied.answer : unknown;
  const shows = (w: unknown, x: Judged) => 'ca' in x && x.ca.validate(w) && !x.cb.validate(w);
  if (shows(applied.answer.witness, ignored)) return applied.answer;
  if (ignored.answer.result === 'not-subset' && shows(ignored.answer.witness, applied))
    return notSubset(ignored.answer.witness, applied.cb);
  return unknown;
}

type Judged =
  | { answer: SubsetAnswer }
  | { answer: SubsetAnswer; ca: Compiled; cb: Compiled }
  | { answer: SubsetAnswer; ca: Compiled; cb: Compiled; drift: string };

/** The question under ajv's reading; `drift` names a draft-07 `$ref` with siblings, which the caller reads both ways. */
function judgePair(a: unknown, b: unknown, options: SubsetOptions): Judged {
  const ca = compiled(a);
  if (typeof ca === 'string') return { answer: { result: 'unknown', reason: `schema A is invalid: ${ca}` } };
  const cb = compiled(b);
  if (typeof cb === 'string') return { answer: { result: 'unknown', reason: `schema B is invalid: ${cb}` } };
  const docA = loadDoc(a);
  const docB = loadDoc(b);
  const [cavA, cavB] = [caveats(docA), caveats(docB)];
  const differ = disagreement(a, b, cavA, cavB);
  if (differ) return { answer: { result: 'unknown', ...differ } };
  const answer = judge(docA, docB, ca, cb, cavA, cavB, options);
  const drift = cavA.refSiblings ?? cavB.refSiblings;
  return drift === undefined ? { answer, ca, cb } : { answer, ca, cb, drift };
}

function judge(docA: Doc, docB: Doc, ca: Compiled, cb: Compiled, cavA: Caveats, cavB: Caveats, options: SubsetOptions): SubsetAnswer {
  // A witness is trusted only when A's validator checks everything A says; a subset only when B's does.
  const witnessOk = cavA.unchecked === undefined;
  const subsetOk = cavB.unchecked === undefined;
  const unchecked = (side: 'A' | 'B', at?: string): SubsetAnswer => ({
    result: 'unknown',
    reason: `assertion that the validator does not check (format or content keyword), in ${side}`,
    pointer: at,
  });

  const finite = finiteInstances(docA.root);
  if (finite) {
    const valid = finite.filter((v) => ca.validate(v));
    const found = valid.find((v) => !cb.validate(v));
    if (found !== undefined) return witnessOk || stringFree(found) ? notSubset(found, cb) : unchecked('A', cavA.unchecked);
    return subsetOk || valid.every(stringFree) ? { result: 'subset' } : unchecked('B', cavB.unchecked);
  }

  const ctx: Ctx = {
    steps: 0,
    maxSteps: MAX_STEPS,
    deadline: Date.now() + (options.timeoutMs ?? 2000),
    equivMemo: new Map(),
    open: new Map(),
    entails,
  };
  let proof: ReturnType<typeof entails>;
  try {
    proof = entails([node(docA.root)], [node(docB.root)], 0, ctx);
  } catch (err) {
    if (!(err instanceof Unsupported || err instanceof OutOfBudget)) throw err;
    proof = {
      ok: false as const,
      reason: err instanceof OutOfBudget ? 'time or step budget exhausted' : err.message,
      pointer: err instanceof Unsupported ? err.pointer : undefined,
    };
  }
  if (proof.ok) return { result: 'subset' };

  const hints = { ...hintsOf(docB.root), deadline: ctx.deadline };
  // The prover's own counterexample (a string the old patterns accept and the new one does not) goes first.
  if (!proof.ok && proof.example !== undefined) hints.values.unshift(proof.example);
  const found = samples(docA.root, hints).find((v) => (witnessOk || stringFree(v)) && ca.validate(v) && !cb.validate(v));
  if (found !== undefined) return notSubset(found, cb);
  return { result: 'unknown', reason: proof.reason, pointer: proof.pointer };
}
