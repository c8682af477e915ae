import { atomsEntail } from './atoms.js';
import { equivalent } from './equiv.js';
import { Unsupported, applies, obj, refTarget, sub } from './keywords.js';
import type { SNode } from './resolve.js';
import { type Ctx, fail, node, OutOfBudget, PROVED, type Proof, spend, type Term } from './proof.js';

export { type Ctx, fail, node, OutOfBudget, PROVED, type Proof, spend, type Term };

function key(t: Term): string {
  switch (t.k) {
    case 'node':
      return `n${t.n.id}`;
    case 'atom':
      return `a${t.n.id}`;
    case 'bool':
      return t.v ? 'T' : 'F';
    case 'not':
      return `!${key(t.t)}`;
    case 'ite':
      return `ite(${key(t.i)},${t.t ? key(t.t) : ''},${t.e ? key(t.e) : ''})`;
    default:
      return `${t.k}(${t.ts.map(key).join(',')})`;
  }
}

const COMBINERS = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', '$recursiveRef', '$dynamicRef'];

/** A node as the conjunction of its atom and its combining keywords. */
function expand(n: SNode): Term[] {
  if (typeof n.s === 'boolean') return [{ k: 'bool', v: n.s }];
  const o = obj(n);
  const out: Term[] = [];
  const target = refTarget(n);
  if (target) out.push(node(target));
  const list = (kw: string): Term[] => (o[kw] as unknown[]).map((_, i) => node(sub(n, kw, String(i))));
  if (Array.isArray(o.allOf)) out.push(...list('allOf'));
  if (Array.isArray(o.anyOf)) out.push({ k: 'or', ts: list('anyOf') });
  if (Array.isArray(o.oneOf)) out.push({ k: 'one', ts: list('oneOf') });
  if ('not' in o) out.push({ k: 'not', t: node(sub(n, 'not')) });
  if ('if' in o && ('then' in o || 'else' in o)) {
    out.push({
      k: 'ite',
      i: node(sub(n, 'if')),
      t: 'then' in o ? node(sub(n, 'then')) : undefined,
      e: 'else' in o ? node(sub(n, 'else')) : undefined,
    });
  }
  if (Object.keys(o).some((k) => !COMBINERS.includes(k) && applies(n, k))) out.push({ k: 'atom', n });
  return out;
}

interface Sides {
  gamma: Term[];
  delta: Term[];
  gNodes: SNode[];
  dNodes: SNode[];
}

/** Moves `not` across, flattens `allOf` on the left and `anyOf` on the right; true when an axiom closes it. */
function normalize(s: Sides, ctx: Ctx): boolean {
  const nodesOf = (ts: Term[]) => ts.flatMap((t) => (t.k === 'node' ? [t.n] : []));
  const right = nodesOf(s.delta);
  if (nodesOf(s.gamma).some((x) => right.some((y) => equivalent(x, y, ctx.equivMemo)))) return true;
  const g: Term[] = [];
  const d: Term[] = [];
  const gi = [...s.gamma];
  const di = [...s.delta];
  while (gi.length || di.length) {
    spend(ctx);
    const t = gi.pop();
    if (t) {
      switch (t.k) {
        case 'bool':
          if (!t.v) return true;
          break;
        case 'not':
          di.push(t.t);
          break;
        case 'and':
          gi.push(...t.ts);
          break;
        case 'or':
          if (t.ts.length === 1) gi.push(t.ts[0]!);
          else g.push(t);
          break;
        case 'node':
          // A node already expanded adds nothing to the conjunction (a $ref cycle would expand it forever).
          if (s.gNodes.includes(t.n)) break;
          if (s.dNodes.some((y) => equivalent(t.n, y, ctx.equivMemo))) return true;
          s.gNodes.push(t.n);
          gi.push(...expand(t.n));
          break;
        default:
          g.push(t);
      }
      continue;
    }
    const u = di.pop()!;
    switch (u.k) {
      case 'bool':
        if (u.v) return true;
        break;
      case 'not':
        gi.push(u.t);
        break;
      case 'or':
        di.push(...u.ts);
        break;
      case 'and':
        if (u.ts.length === 1) di.push(u.ts[0]!);
        else d.push(u);
        break;
      case 'node': {
        // Nor to the disjunction: `D = anyOf[boolean, D]` reaches D again through its own branch.
        if (s.dNodes.includes(u.n)) break;
        if (s.gNodes.some((x) => equivalent(x, u.n, ctx.equivMemo))) return true;
        s.dNodes.push(u.n);
        const parts = expand(u.n);
        if (parts.length === 1) di.push(parts[0]!);
        else d.push({ k: 'and', ts: parts });
        break;
      }
      default:
        d.push(u);
    }
  }
  s.gamma = g;
  s.delta = d;
  return false;
}

const without = (ts: Term[], t: Term): Term[] => ts.filter((x) => x !== t);

function all(goals: Array<() => Proof>): Proof {
  for (const goal of goals) {
    const r = goal();
    if (!r.ok) return r;
  }
  return PROVED;
}

/**
 * Proves that every instance satisfying all of `gamma` satisfies one of `delta`. Sound, not complete:
 * a failed proof only means "not shown". `depth` counts descents into child instances; a sequent met
 * again below itself is closed by induction on the instance, met again at the same depth it is a loop.
 */
export function entails(gamma: Term[], delta: Term[], depth: number, ctx: Ctx): Proof {
  spend(ctx);
  const k = `${gamma.map(key).sort().join(',')}|${delta.map(key).sort().join(',')}`;
  const openedAt = ctx.open.get(k);
  if (openedAt !== undefined) {
    if (openedAt < depth) return PROVED;
    throw new Unsupported('recursive $ref that does not descend into the instance');
  }
  ctx.open.set(k, depth);
  try {
    return step(gamma, delta, depth, ctx);
  } finally {
    ctx.open.delete(k);
  }
}

function step(gamma0: Term[], delta0: Term[], depth: number, ctx: Ctx): Proof {
  const s: Sides = { gamma: gamma0, delta: delta0, gNodes: [], dNodes: [] };
  if (normalize(s, ctx)) return PROVED;
  const { gamma, delta } = s;
  const again = (g: Term[], d: Term[]) => () => entails(g, d, depth, ctx);
  const conj = delta.find((t) => t.k === 'and');
  if (conj && conj.k === 'and') return all(conj.ts.map((c) => again(gamma, [...without(delta, conj), c])));
  const dIte = delta.find((t) => t.k === 'ite');
  if (dIte && dIte.k === 'ite') {
    const rest = without(delta, dIte);
    return all([
      again([...gamma, dIte.i], [...rest, dIte.t ?? { k: 'bool', v: true }]),
      again(gamma, [...rest, dIte.i, dIte.e ?? { k: 'bool', v: true }]),
    ]);
  }
  const split = gamma.find((t) => t.k === 'or' || t.k === 'one' || t.k === 'ite');
  if (split) {
    const rest = without(gamma, split);
    if (split.k === 'or') return all(split.ts.map((b) => again([...rest, b], delta)));
    if (split.k === 'one') return all(split.ts.map((b) => again([...rest, b], [...delta, ...without(split.ts, b)])));
    if (split.k === 'ite') {
      return all([
        again([...rest, split.i, split.t ?? { k: 'bool', v: true }], delta),
        again([...rest, split.e ?? { k: 'bool', v: true }], [...delta, split.i]),
      ]);
    }
  }
  const one = delta.find((t) => t.k === 'one');
  if (one && one.k === 'one') return oneOfOnRight(gamma, delta, one, depth, ctx);
  const atoms = (ts: Term[]) => ts.flatMap((t) => (t.k === 'atom' ? [t.n] : []));
  return atomsEntail(atoms(gamma), atoms(delta), depth, ctx);
}

/**
 * `oneOf` on the right: when its branches are pairwise disjoint under the hypotheses it is an `anyOf`.
 * Otherwise it is dropped from the right (which can only lose proofs, never make a wrong one).
 */
function oneOfOnRight(gamma: Term[], delta: Term[], one: { k: string; ts: Term[] }, depth: number, ctx: Ctx): Proof {
  const rest = delta.filter((x) => x !== one);
  let disjoint = true;
  for (let i = 0; i < one.ts.length && disjoint; i++) {
    for (let j = i + 1; j < one.ts.length && disjoint; j++) {
      disjoint = entails([...gamma, one.ts[i]!, one.ts[j]!], [], depth, ctx).ok;
    }
  }
  if (disjoint) return entails(gamma, [...rest, { k: 'or', ts: one.ts }], depth, ctx);
  const r = entails(gamma, rest, depth, ctx);
  return r.ok ? r : fail('oneOf with overlapping branches', one.ts[0]?.k === 'node' ? parentPointer(one.ts[0].n) : undefined);
}

const parentPointer = (n: SNode): string => n.pointer.replace(/\/oneOf\/\d+$/, '');
