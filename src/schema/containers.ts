import { accepts, itemNode, propertyNodes } from './evaluate.js';
import { has, obj, sub, regex } from './keywords.js';
import { PROVED, fail, node, type Ctx, type Proof, type Term } from './proof.js';
import type { SNode } from './resolve.js';

const num = (n: SNode, k: string): number | undefined => (has(n, k) ? (obj(n)[k] as number) : undefined);
const maxOf = (gamma: SNode[], k: string, floor = 0): number => Math.max(floor, ...gamma.map((g) => num(g, k) ?? floor));
const minOf = (gamma: SNode[], k: string): number => Math.min(Infinity, ...gamma.map((g) => num(g, k) ?? Infinity));
const all = (goals: Array<() => Proof>): Proof => {
  for (const goal of goals) {
    const r = goal();
    if (!r.ok) return r;
  }
  return PROVED;
};

function prefixLength(n: SNode): number {
  const o = obj(n);
  const list = n.doc.modern && Array.isArray(o.prefixItems) ? o.prefixItems : Array.isArray(o.items) ? o.items : [];
  return (list as unknown[]).length;
}

const itemTerms = (gamma: SNode[], i: number): Term[] =>
  gamma.flatMap((g) => {
    const item = itemNode(g, i);
    return item ? [node(item)] : [];
  });

export function arrayEntails(gamma: SNode[], d: SNode, depth: number, ctx: Ctx): Proof {
  if (has(d, 'unevaluatedItems') || has(d, 'minContains') || has(d, 'maxContains')) {
    return fail('unevaluatedItems/minContains/maxContains are not decided', d.pointer);
  }
  const lo = maxOf(gamma, 'minItems');
  const hi = minOf(gamma, 'maxItems');
  const dMin = num(d, 'minItems');
  const dMax = num(d, 'maxItems');
  if (dMin !== undefined && lo < dMin) return fail(`arrays with fewer than ${dMin} items no longer accepted`, d.pointer);
  if (dMax !== undefined && hi > dMax) return fail(`arrays with more than ${dMax} items no longer accepted`, d.pointer);
  if (
    has(d, 'uniqueItems') &&
    obj(d).uniqueItems === true &&
    hi > 1 &&
    !gamma.some((g) => has(g, 'uniqueItems') && obj(g).uniqueItems === true)
  ) {
    return fail('items must now be unique', d.pointer);
  }
  // Positions past the longest tuple all read the same schemas, so one more position stands for them all.
  const last = Math.max(prefixLength(d), ...gamma.map(prefixLength));
  const goals: Array<() => Proof> = [];
  for (let i = 0; i <= last && i < hi; i++) {
    const target = itemNode(d, i);
    if (target) goals.push(() => ctx.entails(itemTerms(gamma, i), [node(target)], depth + 1, ctx));
  }
  if (has(d, 'contains')) goals.push(() => containsEntails(gamma, d, lo, last, hi, depth, ctx));
  return all(goals);
}

function containsEntails(gamma: SNode[], d: SNode, lo: number, last: number, hi: number, depth: number, ctx: Ctx): Proof {
  const want = node(sub(d, 'contains'));
  for (const g of gamma) {
    if (has(g, 'contains') && !has(g, 'maxContains') && ctx.entails([node(sub(g, 'contains'))], [want], depth + 1, ctx).ok) return PROVED;
  }
  if (lo >= 1) {
    let every = true;
    for (let i = 0; i <= last && i < hi && every; i++) every = ctx.entails(itemTerms(gamma, i), [want], depth + 1, ctx).ok;
    if (every) return PROVED;
  }
  return fail('an item matching `contains` is now required', `${d.pointer}/contains`);
}

/** What the hypotheses say of a property name none of them lists, for names matching `pattern` (or any other name). */
function otherNameTerms(gamma: SNode[], pattern: string | undefined, dPatterns: string[]): Term[] {
  const out: Term[] = [];
  for (const g of gamma) {
    const o = obj(g);
    const pats = Object.keys((has(g, 'patternProperties') ? o.patternProperties : {}) as object);
    if (pattern !== undefined && pats.includes(pattern)) {
      out.push(node(sub(g, 'patternProperties', pattern)));
      continue;
    }
    // Patterns the right side also lists cannot match a name that matches none of the right side's.
    const live = pattern === undefined ? pats.filter((p) => !dPatterns.includes(p)) : pats;
    const addl: Term = has(g, 'additionalProperties') ? node(sub(g, 'additionalProperties')) : { k: 'bool', v: true };
    out.push(live.length ? { k: 'or', ts: [addl, ...live.map((p) => node(sub(g, 'patternProperties', p)))] } : addl);
  }
  return out;
}

const keysOf = (n: SNode, k: string): string[] => (has(n, k) ? Object.keys(obj(n)[k] as object) : []);

export function objectEntails(gamma: SNode[], d: SNode, depth: number, ctx: Ctx): Proof {
  if (has(d, 'unevaluatedProperties')) return fail('unevaluatedProperties is not decided', d.pointer);
  const required = new Set(gamma.flatMap((g) => (has(g, 'required') ? (obj(g).required as string[]) : [])));
  const lo = Math.max(maxOf(gamma, 'minProperties'), required.size);
  const hi = minOf(gamma, 'maxProperties');
  for (const r of has(d, 'required') ? (obj(d).required as string[]) : []) {
    if (!required.has(r)) return fail(`property '${r}' became required`, d.pointer);
  }
  const dMin = num(d, 'minProperties');
  const dMax = num(d, 'maxProperties');
  if (dMin !== undefined && lo < dMin) return fail(`objects with fewer than ${dMin} properties no longer accepted`, d.pointer);
  if (dMax !== undefined && hi > dMax) return fail(`objects with more than ${dMax} properties no longer accepted`, d.pointer);
  const names = new Set([d, ...gamma].flatMap((n) => keysOf(n, 'properties')));
  const dPatterns = keysOf(d, 'patternProperties');
  const goals: Array<() => Proof> = [];
  for (const name of names) {
    const want = propertyNodes(d, name);
    if (want.length === 0) continue;
    const have = gamma.flatMap((g) => propertyNodes(g, name)).map(node);
    goals.push(() => ctx.entails(have, [{ k: 'and', ts: want.map(node) }], depth + 1, ctx));
  }
  for (const p of dPatterns) {
    regex(p, d.pointer);
    goals.push(() => ctx.entails(otherNameTerms(gamma, p, dPatterns), [node(sub(d, 'patternProperties', p))], depth + 1, ctx));
  }
  if (has(d, 'additionalProperties')) {
    goals.push(() => ctx.entails(otherNameTerms(gamma, undefined, dPatterns), [node(sub(d, 'additionalProperties'))], depth + 1, ctx));
  }
  if (has(d, 'propertyNames')) goals.push(() => namesEntail(gamma, d, depth, ctx));
  goals.push(() => dependenciesEntail(gamma, d, required, depth, ctx));
  return all(goals);
}

function namesEntail(gamma: SNode[], d: SNode, depth: number, ctx: Ctx): Proof {
  const want = sub(d, 'propertyNames');
  const closed = gamma.find((g) => has(g, 'additionalProperties') && obj(g).additionalProperties === false && !has(g, 'patternProperties'));
  if (closed) {
    const bad = keysOf(closed, 'properties').find((k) => !accepts(want, k));
    return bad === undefined ? PROVED : fail(`property name '${bad}' no longer allowed`, want.pointer);
  }
  const names = gamma.filter((g) => has(g, 'propertyNames')).map((g) => node(sub(g, 'propertyNames')));
  if (names.length && ctx.entails(names, [node(want)], depth + 1, ctx).ok) return PROVED;
  return fail('property names now restricted', want.pointer);
}

function dependenciesEntail(gamma: SNode[], d: SNode, required: Set<string>, depth: number, ctx: Ctx): Proof {
  for (const kw of ['dependencies', 'dependentRequired', 'dependentSchemas']) {
    if (!has(d, kw)) continue;
    for (const [k, dep] of Object.entries(obj(d)[kw] as Record<string, unknown>)) {
      const theirs = gamma.flatMap((g) =>
        ['dependencies', 'dependentRequired', 'dependentSchemas']
          .filter((w) => has(g, w) && Object.hasOwn(obj(g)[w] as object, k))
          .map((w) => ({ g, w, v: (obj(g)[w] as Record<string, unknown>)[k] })),
      );
      if (Array.isArray(dep)) {
        const implied = (r: string) => required.has(r) || theirs.some((t) => Array.isArray(t.v) && t.v.includes(r));
        const missing = (dep as string[]).find((r) => !implied(r));
        if (missing !== undefined) return fail(`property '${missing}' now required with '${k}'`, `${d.pointer}/${kw}`);
        continue;
      }
      const extra = required.has(k) ? [] : theirs.filter((t) => !Array.isArray(t.v)).map((t) => node(sub(t.g, t.w, k)));
      if (!required.has(k) && extra.length === 0) return fail(`schema now applies when '${k}' is present`, `${d.pointer}/${kw}`);
      const r = ctx.entails([...gamma.map((g): Term => ({ k: 'atom', n: g })), ...extra], [node(sub(d, kw, k))], depth, ctx);
      if (!r.ok) return r;
    }
  }
  return PROVED;
}
