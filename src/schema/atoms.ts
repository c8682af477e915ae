import { arrayEntails, objectEntails } from './containers.js';
import { accepts } from './evaluate.js';
import { ARRAY_COUNTS, TYPES, formatType, declaredTypes, has, isMultiple, obj, typeOf, type JsonType } from './keywords.js';
import { formatImplies } from './flow-formats.js';
import { patternsEntail, stringsEmpty } from './patterns.js';
import { PROVED, fail, type Ctx, type Proof } from './proof.js';
import type { SNode } from './resolve.js';

/** Keywords read for each kind of instance; a right-hand atom is checked against all of those for the type at hand. */
const FOR_TYPE: Record<JsonType, string[]> = {
  null: [],
  boolean: [],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format'],
  string: ['minLength', 'maxLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding'],
  array: ['items', 'additionalItems', 'prefixItems', ...ARRAY_COUNTS, 'unevaluatedItems'],
  object: [
    'properties',
    'patternProperties',
    'additionalProperties',
    'required',
    'propertyNames',
    'minProperties',
    'maxProperties',
    'dependencies',
    'dependentRequired',
    'dependentSchemas',
    'unevaluatedProperties',
  ],
};

export { has };

/** Whether an atom lets instances of this type through at all (its `type`, `enum`, `const`). */
function admits(n: SNode, t: JsonType): boolean {
  const types = declaredTypes(n);
  if (types && !types.has(t)) return false;
  const values = finiteValues(n);
  return !values || values.some((v) => typeOf(v) === t);
}

function finiteValues(n: SNode): unknown[] | undefined {
  if (has(n, 'const')) return [obj(n).const];
  if (has(n, 'enum')) return obj(n).enum as unknown[];
  return undefined;
}

/** Integer ranges up to this wide are enumerated (each value is then checked against both sides). */
const FEW_INTEGERS = 64;

/** The only values of a type the hypotheses allow, when there are finitely many. */
function candidates(gamma: SNode[], t: JsonType): unknown[] | undefined {
  for (const g of gamma) {
    const values = finiteValues(g);
    if (values) return values.filter((v) => typeOf(v) === t);
  }
  if (t === 'null') return [null];
  if (t === 'boolean') return [true, false];
  const zero = (k: string) => gamma.some((g) => has(g, k) && obj(g)[k] === 0);
  if (t === 'string' && zero('maxLength')) return [''];
  if (t === 'array' && zero('maxItems')) return [[]];
  if (t === 'object' && zero('maxProperties')) return [{}];
  // Bounds that leave a few integers (an "integer" written as a number from 1 to 1), or one number.
  if (t === 'integer' || t === 'number') {
    const [lo, hi] = [joint(gamma, 'lower', t === 'integer'), joint(gamma, 'upper', t === 'integer')];
    if (lo && hi && t === 'integer' && hi.v - lo.v < FEW_INTEGERS)
      return Array.from({ length: Math.max(0, hi.v - lo.v + 1) }, (_, i) => lo.v + i);
    // One point: a non-integer number, or none (the integer there is the integer type's).
    if (lo && hi && t === 'number' && lo.v === hi.v && !lo.excl && !hi.excl) return Number.isInteger(lo.v) ? [] : [lo.v];
  }
  return undefined;
}

/** Atoms only: for every JSON type, the conjunction on the left implies the disjunction on the right. */
export function atomsEntail(gamma: SNode[], delta: SNode[], depth: number, ctx: Ctx): Proof {
  for (const t of TYPES) {
    if (!gamma.every((g) => admits(g, t))) continue;
    const right = delta.filter((d) => admits(d, t));
    const r = typeEntails(gamma, right, t, depth, ctx);
    if (!r.ok) return r;
  }
  return PROVED;
}

function typeEntails(gamma: SNode[], delta: SNode[], t: JsonType, depth: number, ctx: Ctx): Proof {
  const values = candidates(gamma, t);
  if (values) {
    for (const v of values) {
      if (!gamma.every((g) => accepts(g, v))) continue;
      if (!delta.some((d) => accepts(d, v, 0, true))) return fail(`${JSON.stringify(v)} no longer accepted`, delta[0]?.pointer);
    }
    return PROVED;
  }
  if (isEmpty(gamma, t)) return PROVED;
  let last: Proof = fail(`${t === 'number' ? 'number' : t} no longer accepted`, delta[0]?.pointer);
  for (const d of delta) {
    if (finiteValues(d)) continue;
    const r = oneEntails(gamma, d, t, depth, ctx);
    if (r.ok) return r;
    last = r;
  }
  return last;
}

function oneEntails(gamma: SNode[], d: SNode, t: JsonType, depth: number, ctx: Ctx): Proof {
  if (
    !FOR_TYPE[t].some(
      (k) =>
        (k.startsWith('content') ? k in obj(d) : has(d, k)) &&
        (k !== 'format' || formatType(obj(d).format) === (t === 'integer' ? 'number' : t)),
    )
  )
    return PROVED;
  switch (t) {
    case 'integer':
    case 'number':
      return numberEntails(gamma, d, t === 'integer');
    case 'string':
      return stringEntails(gamma, d);
    case 'array':
      return arrayEntails(gamma, d, depth, ctx);
    case 'object':
      return objectEntails(gamma, d, depth, ctx);
    default:
      return PROVED;
  }
}

interface Bound {
  v: number;
  excl: boolean;
}

function bound(n: SNode, side: 'lower' | 'upper'): Bound | undefined {
  const [incl, excl] = side === 'lower' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
  const a = has(n, incl) ? (obj(n)[incl] as number) : undefined;
  const b = has(n, excl) && typeof obj(n)[excl] === 'number' ? (obj(n)[excl] as number) : undefined;
  if (a === undefined) return b === undefined ? undefined : { v: b, excl: true };
  if (b === undefined) return { v: a, excl: false };
  const tighter = side === 'lower' ? b >= a : b <= a;
  return tighter ? { v: b, excl: true } : { v: a, excl: false };
}

/** The tightest bound of a conjunction; on integers, rounded inward and made inclusive. */
function joint(gamma: SNode[], side: 'lower' | 'upper', integer: boolean): Bound | undefined {
  let best: Bound | undefined;
  for (const g of gamma) {
    const b = bound(g, side);
    if (!b) continue;
    if (!best) best = b;
    else {
      const stricter = side === 'lower' ? b.v > best.v || (b.v === best.v && b.excl) : b.v < best.v || (b.v === best.v && b.excl);
      if (stricter) best = b;
    }
  }
  if (!best || !integer) return best;
  if (side === 'lower') return { v: best.excl ? Math.floor(best.v) + 1 : Math.ceil(best.v), excl: false };
  return { v: best.excl ? Math.ceil(best.v) - 1 : Math.floor(best.v), excl: false };
}

/** Every value within `g` is within `d` on that side. */
function within(g: Bound | undefined, d: Bound | undefined, side: 'lower' | 'upper'): boolean {
  if (!d) return true;
  if (!g) return false;
  const beyond = side === 'lower' ? g.v > d.v : g.v < d.v;
  return beyond || (g.v === d.v && (!d.excl || g.excl));
}

function isEmpty(gamma: SNode[], t: JsonType): boolean {
  if (t === 'integer' || t === 'number') {
    const lo = joint(gamma, 'lower', t === 'integer');
    const hi = joint(gamma, 'upper', t === 'integer');
    return !!lo && !!hi && (lo.v > hi.v || (lo.v === hi.v && (lo.excl || hi.excl)));
  }
  const min = (k: string) => Math.max(0, ...gamma.filter((g) => has(g, k)).map((g) => obj(g)[k] as number));
  const max = (k: string) => Math.min(Infinity, ...gamma.filter((g) => has(g, k)).map((g) => obj(g)[k] as number));
  if (t === 'string') {
    if (min('minLength') > max('maxLength')) return true;
    // Patterns, formats and lengths together may leave no string at all (refa decides it).
    const texts = (k: string) => gamma.filter((g) => has(g, k) && typeof obj(g)[k] === 'string').map((g) => obj(g)[k] as string);
    const patterns = texts('pattern');
    const formats = texts('format');
    return patterns.length + formats.length > 0 && stringsEmpty(patterns, formats, min('minLength'), max('maxLength'));
  }
  if (t === 'array') return min('minItems') > max('maxItems');
  if (t === 'object') {
    if (min('minProperties') > max('maxProperties')) return true;
    const required = gamma.flatMap((g) => (Array.isArray(obj(g).required) ? (obj(g).required as unknown[]) : []));
    return required.some((name) => typeof name === 'string' && gamma.some((g) => forbids(g, name)));
  }
  return false;
}

/**
 * Whether the schema allows no property `name`: its own schema there is `false`, or no property
 * or pattern names it and `additionalProperties` is `false`. A name one part requires and another
 * forbids leaves no object (a closed object that requires a name it does not list).
 */
function forbids(g: SNode, name: string): boolean {
  const o = obj(g);
  const properties = o.properties;
  if (properties && typeof properties === 'object' && Object.hasOwn(properties, name))
    return (properties as Record<string, unknown>)[name] === false;
  const patterns = o.patternProperties;
  if (patterns && typeof patterns === 'object' && Object.keys(patterns).length > 0) return false;
  return o.additionalProperties === false;
}

function numberEntails(gamma: SNode[], d: SNode, integer: boolean): Proof {
  const what = integer ? 'integer' : 'number';
  if (!within(joint(gamma, 'lower', integer), bound(d, 'lower'), 'lower')) return fail(`${what} below the new lower bound`, d.pointer);
  if (!within(joint(gamma, 'upper', integer), bound(d, 'upper'), 'upper')) return fail(`${what} above the new upper bound`, d.pointer);
  if (has(d, 'multipleOf')) {
    const m = obj(d).multipleOf as number;
    // Floating point makes "multiple of a multiple" unreliable, so only exact cases are used: the same
    // divisor, an integer divisor of an integer step, or any integer when the divisor is 1.
    const ok =
      gamma.some(
        (g) =>
          has(g, 'multipleOf') &&
          (obj(g).multipleOf === m ||
            (Number.isInteger(m) && Number.isInteger(obj(g).multipleOf) && isMultiple(obj(g).multipleOf as number, m))),
      ) ||
      (integer && m === 1);
    if (!ok) return fail(`multipleOf ${m} not implied`, d.pointer);
  }
  return sameFormat(gamma, d, 'number');
}

function sameFormat(gamma: SNode[], d: SNode, type: 'string' | 'number'): Proof {
  if (!has(d, 'format') || formatType(obj(d).format) !== type) return PROVED;
  const f = obj(d).format;
  const implies = (g: unknown) => g === f || (typeof g === 'string' && typeof f === 'string' && formatImplies(g, f));
  if (gamma.some((g) => has(g, 'format') && implies(obj(g).format))) return PROVED;
  return fail(`format '${String(f)}' now required`, d.pointer);
}

function stringEntails(gamma: SNode[], d: SNode): Proof {
  const o = obj(d);
  const lo = Math.max(0, ...gamma.filter((g) => has(g, 'minLength')).map((g) => obj(g).minLength as number));
  const hi = Math.min(Infinity, ...gamma.filter((g) => has(g, 'maxLength')).map((g) => obj(g).maxLength as number));
  if (has(d, 'minLength') && lo < (o.minLength as number))
    return fail(`strings shorter than ${String(o.minLength)} no longer accepted`, d.pointer);
  if (has(d, 'maxLength') && hi > (o.maxLength as number))
    return fail(`strings longer than ${String(o.maxLength)} no longer accepted`, d.pointer);
  if (has(d, 'pattern') && !gamma.some((g) => has(g, 'pattern') && obj(g).pattern === o.pattern)) {
    const known = gamma.filter((g) => has(g, 'pattern')).map((g) => String(obj(g).pattern));
    const answer = patternsEntail(known, String(o.pattern));
    if (answer.result === 'not-subset') {
      // The string is a hint for the witness search: it matches the old patterns, not the new one.
      return fail(
        `pattern '${String(o.pattern)}' now required: ${JSON.stringify(answer.witness)} does not match`,
        d.pointer,
        answer.witness,
      );
    }
    if (answer.result === 'unknown') {
      return fail(`pattern '${String(o.pattern)}' now required (not a regular expression the engine decides)`, d.pointer);
    }
  }
  for (const k of ['contentMediaType', 'contentEncoding']) {
    const want = obj(d)[k];
    if (want !== undefined && !gamma.some((g) => obj(g)[k] === want)) return fail(`${k} '${String(want)}' now required`, d.pointer);
  }
  return sameFormat(gamma, d, 'string');
}
