import { setOwn } from '../model/json.js';
import { formatSample } from './format-samples.js';
import { patternExample } from './patterns.js';
import { accepts, itemNode, propertyNodes } from './evaluate.js';
import { declaredTypes, has, obj, refTarget, sub, type JsonType, TYPES } from './keywords.js';
import { children, type SNode } from './resolve.js';

/** Values taken from the other schema (bounds, lengths, names, constants) that make good boundary tests. */
export interface Hints {
  numbers: number[];
  names: string[];
  values: unknown[];
  /** Samples already built per node, so that wide nested schemas cost one pass per node. */
  cache: Map<number, unknown[]>;
  /** Past this time (ms since epoch) no more samples are built. */
  deadline: number;
}

const PER_NODE = 48;
const MAX_DEPTH = 6;

/** Collects boundary hints from a whole schema document. */
export function hintsOf(root: SNode): Hints {
  const h: Hints = { numbers: [], names: [], values: [], cache: new Map(), deadline: Infinity };
  const seen = new Set<unknown>();
  const walk = (s: unknown) => {
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    const o = s as Record<string, unknown>;
    for (const k of [
      'minimum',
      'maximum',
      'exclusiveMinimum',
      'exclusiveMaximum',
      'minLength',
      'maxLength',
      'minItems',
      'maxItems',
      'minProperties',
      'maxProperties',
      'multipleOf',
    ]) {
      if (typeof o[k] === 'number') h.numbers.push(o[k] as number);
    }
    for (const k of ['properties', 'dependencies', 'dependentRequired', 'dependentSchemas']) {
      if (o[k] && typeof o[k] === 'object') h.names.push(...Object.keys(o[k] as object));
    }
    if (Array.isArray(o.required)) h.names.push(...o.required.filter((x): x is string => typeof x === 'string'));
    if ('const' in o) h.values.push(o.const);
    if (Array.isArray(o.enum)) h.values.push(...o.enum);
    for (const [, v] of children(o)) walk(v);
  };
  walk(root.s);
  h.numbers = [...new Set(h.numbers)].slice(0, 20);
  h.names = [...new Set(h.names)].slice(0, 20);
  h.values = h.values.slice(0, 20);
  return h;
}

const uniq = (vs: unknown[]): unknown[] => {
  const seen = new Set<string>();
  return vs.filter((v) => {
    const k = JSON.stringify(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

function safeAccepts(n: SNode, v: unknown): boolean {
  try {
    return accepts(n, v);
  } catch {
    return true;
  }
}

/**
 * A finite list that holds every instance of the node (from const, enum, false, or unions of those),
 * or undefined when the node has infinitely many instances or the engine cannot tell.
 */
export function finiteInstances(n: SNode, depth = 0): unknown[] | undefined {
  if (typeof n.s === 'boolean') return n.s ? undefined : [];
  if (!n.s || typeof n.s !== 'object' || depth > MAX_DEPTH) return undefined;
  const o = obj(n);
  if (has(n, 'const')) return [o.const];
  if (has(n, 'enum') && Array.isArray(o.enum)) return o.enum;
  const t = o.type;
  if (t === 'null') return [null];
  if (t === 'boolean') return [true, false];
  let target: SNode | undefined;
  try {
    target = refTarget(n);
  } catch {
    return undefined; // the prover reports the unresolvable reference if it matters
  }
  const viaRef = target ? finiteInstances(target, depth + 1) : undefined;
  if (viaRef) return viaRef;
  for (const [i] of (Array.isArray(o.allOf) ? o.allOf : []).entries()) {
    const f = finiteInstances(sub(n, 'allOf', String(i)), depth + 1);
    if (f) return f;
  }
  for (const kw of ['anyOf', 'oneOf']) {
    if (!Array.isArray(o[kw])) continue;
    const parts = (o[kw] as unknown[]).map((_, i) => finiteInstances(sub(n, kw, String(i)), depth + 1));
    if (parts.every((p) => p !== undefined)) return parts.flat();
  }
  return undefined;
}

/** Candidate instances of a schema node, boundary values first; each is checked by the caller. */
export function samples(n: SNode, hints: Hints, depth = 0): unknown[] {
  const hit = hints.cache.get(n.id);
  if (hit) return hit;
  if (Date.now() > hints.deadline) return [];
  const out = build(n, hints, depth);
  // Values cut short by the depth limit are not kept: the same node met higher up deserves a full try.
  if (depth < MAX_DEPTH) hints.cache.set(n.id, out);
  return out;
}

function build(n: SNode, hints: Hints, depth: number): unknown[] {
  if (typeof n.s === 'boolean') return n.s ? [null, 0, 'a', {}, [], true, 1.5, ...hints.values.slice(0, 4)] : [];
  if (!n.s || typeof n.s !== 'object') return [];
  const o = obj(n);
  if (has(n, 'const')) return [o.const];
  if (has(n, 'enum')) return (o.enum as unknown[]).slice(0, PER_NODE);
  const out: unknown[] = [];
  const more = (m: SNode) => out.push(...samples(m, hints, depth + 1).slice(0, 8));
  if (depth < MAX_DEPTH) {
    try {
      const target = refTarget(n);
      if (target) more(target);
    } catch {
      // An unresolvable reference yields no candidates; the caller reports the schema error.
    }
    for (const kw of ['allOf', 'anyOf', 'oneOf'])
      if (Array.isArray(o[kw])) for (const i of (o[kw] as unknown[]).keys()) more(sub(n, kw, String(i)));
    for (const kw of ['then', 'else']) if (kw in o) more(sub(n, kw));
  }
  out.push(...atomSamples(n, hints, depth));
  // Containers built here already follow their children's schemas; re-checking them whole at every
  // level would be quadratic, so they are re-checked only under combinators (ajv checks the end result).
  const combined = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if'].some((k) => k in o);
  const keep = (v: unknown) => (!combined && v !== null && typeof v === 'object') || safeAccepts(n, v);
  return uniq(out).filter(keep).slice(0, PER_NODE);
}

function atomSamples(n: SNode, hints: Hints, depth: number): unknown[] {
  let types: Iterable<JsonType>;
  try {
    types = declaredTypes(n) ?? TYPES;
  } catch {
    return [];
  }
  const out: unknown[] = [];
  for (const t of types) {
    if (t === 'null') out.push(null);
    else if (t === 'boolean') out.push(true, false);
    else if (t === 'integer' || t === 'number') out.push(...numberSamples(n, hints, t === 'integer'));
    else if (t === 'string') out.push(...stringSamples(n, hints));
    else if (t === 'array' && depth < MAX_DEPTH) out.push(...arraySamples(n, hints, depth));
    else if (t === 'object' && depth < MAX_DEPTH) out.push(...objectSamples(n, hints, depth));
  }
  return out;
}

function numberSamples(n: SNode, hints: Hints, integer: boolean): number[] {
  const o = obj(n);
  const marks = [0, 1, -1, ...hints.numbers];
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) if (typeof o[k] === 'number') marks.push(o[k] as number);
  const step = typeof o.multipleOf === 'number' ? o.multipleOf : 1;
  const out = marks.flatMap((m) => [m, m + step, m - step, Math.round(m / step) * step]);
  // The multiples either side of each mark: the only ones within a bound that is no multiple (even numbers up to -5).
  out.push(...marks.flatMap((m) => [Math.floor(m / step) * step, Math.ceil(m / step) * step]));
  if (!integer) out.push(...marks.map((m) => m + 0.5), 1.5);
  return out.filter((x) => Number.isFinite(x) && (integer ? Number.isInteger(x) : true));
}

function stringSamples(n: SNode, hints: Hints): string[] {
  const o = obj(n);
  const out: string[] = [];
  const formatted = formatSample(o.format);
  if (formatted !== undefined) out.push(formatted);
  if (typeof o.pattern === 'string') {
    const s = patternExample(o.pattern);
    if (s !== undefined) out.push(s, `${s}${s}`);
  }
  const lengths = [0, 1, ...hints.numbers.flatMap((x) => [x, x + 1, x - 1])];
  for (const k of ['minLength', 'maxLength']) if (typeof o[k] === 'number') lengths.push(o[k] as number, (o[k] as number) + 1);
  out.push(...lengths.filter((l) => Number.isInteger(l) && l >= 0 && l <= 1000).map((l) => 'a'.repeat(l)));
  out.push(...hints.values.filter((v): v is string => typeof v === 'string'), '0', 'A b');
  return out;
}

function arraySamples(n: SNode, hints: Hints, depth: number): unknown[][] {
  const o = obj(n);
  const min = typeof o.minItems === 'number' ? o.minItems : 0;
  const at = (i: number): unknown[] => {
    const item = itemNode(n, i);
    return item ? samples(item, hints, depth + 1) : [0, 'a', null];
  };
  const fill = (len: number, pick: number): unknown[] =>
    Array.from({ length: len }, (_, i) => {
      const c = at(i);
      return c.length ? c[(pick + i) % c.length] : null;
    });
  const out: unknown[][] = [];
  const lens = [
    min,
    min + 1,
    Math.max(min, 2),
    ...hints.numbers.filter((x) => Number.isInteger(x) && x >= 0 && x < 50).flatMap((x) => [x, x + 1]),
  ];
  if (typeof o.maxItems === 'number') lens.push(o.maxItems, o.maxItems + 1);
  for (const len of new Set(lens)) if (len <= 50) out.push(fill(len, 0));
  // One first item of each JSON type the items allow comes early (a string where integers come first).
  const first = at(0);
  for (const v of uniq([...oneOfEachType(first), ...first]).slice(0, 8))
    out.push([...Array(Math.max(min, 1)).keys()].map((i) => (i === 0 ? v : fill(i + 1, 0)[i])));
  if (first.length) out.push([first[0], first[0]]);
  return out;
}

const size = (v: unknown): number => (v && typeof v === 'object' ? Object.keys(v).length + 1 : 0);

/** The first values, and the first value of each JSON type among the rest. */
function oneOfEachType(values: unknown[]): unknown[] {
  // Numbers count as one type here, integer or not.
  const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const seen = new Set<string>();
  return values.filter((v, i) => {
    const t = typeName(v);
    const first = !seen.has(t);
    seen.add(t);
    return i < 3 || first;
  });
}

function objectSamples(n: SNode, hints: Hints, depth: number): Array<Record<string, unknown>> {
  const o = obj(n);
  const valuesFor = (name: string): unknown[] => {
    const nodes = propertyNodes(n, name);
    return nodes.length ? samples(nodes[0]!, hints, depth + 1).filter((v) => nodes.every((m) => safeAccepts(m, v))) : [null, 'a', 0];
  };
  const required = Array.isArray(o.required) ? (o.required as string[]) : [];
  const listed = o.properties && typeof o.properties === 'object' ? Object.keys(o.properties) : [];
  const base: Record<string, unknown> = {};
  for (const r of required) {
    const v = valuesFor(r);
    if (v.length) setOwn(base, r, v[0]);
  }
  // `full` has every listed property, nested objects as full as they come, so a change deep in B is reached.
  const full = { ...base };
  const names = [...new Set([...listed, ...hints.names])];
  const richest = (vs: unknown[]) => vs.reduce((best, v) => (size(v) > size(best) ? v : best), vs[0]);
  for (const name of names) {
    const vs = valuesFor(name);
    if (vs.length) setOwn(full, name, Object.hasOwn(base, name) ? base[name] : richest(vs));
  }
  const out: Array<Record<string, unknown>> = [base, full];
  for (const name of names) {
    for (const v of valuesFor(name).slice(0, 8)) out.push(v && typeof v === 'object' ? { ...full, [name]: v } : { ...base, [name]: v });
  }
  // Names no property lists, and a name each pattern of patternProperties matches (refa's example),
  // each with a value of every JSON type the schema there allows (null included).
  const patterned = Object.keys((o.patternProperties as object | undefined) ?? {}).flatMap((p) => patternExample(p) ?? []);
  // One value of each JSON type, then more objects: their variants reach a change nested below (null at /x_/n).
  const extras = ['extra', 'x-extra', '1', ...patterned.filter((p) => !listed.includes(p))];
  for (const pick of [oneOfEachType, (vs: unknown[]) => vs.slice(0, 8).filter((v) => v && typeof v === 'object')])
    for (const extra of extras) for (const v of pick(valuesFor(extra))) out.push({ ...base, [extra]: v });
  // Objects just past a property-count bound of the other schema.
  for (const count of hints.numbers.filter((x) => Number.isInteger(x) && x >= 0 && x < 20).map((x) => x + 1)) {
    const wide = { ...full };
    for (let i = 0; Object.keys(wide).length < count && i < 40; i++) {
      const v = valuesFor(`p${i}`)[0];
      if (v !== undefined) wide[`p${i}`] = v;
    }
    out.push(wide);
  }
  return out;
}
