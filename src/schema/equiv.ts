import { children } from './resolve.js';
import { deepEqual, isAnnotation, refTarget } from './keywords.js';
import type { SNode } from './resolve.js';
import { child } from './resolve.js';
import { unescapeToken as unesc } from '../model/pointer.js';

/**
 * Whether two schema nodes are the same schema up to where their references point: compared
 * structurally, references followed, pairs under comparison assumed equal (a bisimulation). Two such
 * nodes accept exactly the same instances, so `X ⊢ Y` holds for them whatever X is.
 */
export function equivalent(x: SNode, y: SNode, memo: Map<string, boolean>): boolean {
  const key = x.id < y.id ? `${x.id}:${y.id}` : `${y.id}:${x.id}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const assumed = new Set<string>();
  const result = same(x, y, assumed);
  memo.set(key, result);
  return result;
}

function same(x: SNode, y: SNode, assumed: Set<string>): boolean {
  if (x.s === y.s && x.doc === y.doc) return true;
  if (x.doc.modern !== y.doc.modern) return false;
  if (typeof x.s === 'boolean' || typeof y.s === 'boolean') return x.s === y.s;
  if (!x.s || !y.s || typeof x.s !== 'object' || typeof y.s !== 'object') return false;
  const key = `${x.id}:${y.id}`;
  if (assumed.has(key)) return true;
  assumed.add(key);
  const xo = x.s as Record<string, unknown>;
  const yo = y.s as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) =>
    Object.keys(o)
      .filter((k) => !isAnnotation(k))
      .sort();
  const kx = keys(xo);
  if (!deepEqual(kx, keys(yo))) return false;
  const xs = new Map(children(xo));
  const ys = new Map(children(yo));
  if (xs.size !== ys.size) return false;
  for (const [seg, v] of xs) {
    if (isAnnotation(seg.split('/')[0]!)) continue;
    if (!ys.has(seg)) return false;
    const path = seg.split('/');
    if (!same(child(x, path.map(unesc), v), child(y, path.map(unesc), ys.get(seg)), assumed)) return false;
  }
  const structural = new Set([...xs.keys()].map((s) => s.split('/')[0]!));
  for (const k of kx) {
    if (k === '$ref') {
      if (xo.$ref === yo.$ref && isAbsolute(xo.$ref)) continue;
      const tx = refTarget(x);
      const ty = refTarget(y);
      if (!tx || !ty || !same(tx, ty, assumed)) return false;
    } else if (!structural.has(k) && !(k === 'dependencies' && depsSame(xo[k], yo[k]))) {
      if (!deepEqual(xo[k], yo[k])) return false;
    }
  }
  return true;
}

/** An absolute reference names the same resource from any document. */
function isAbsolute(ref: unknown): boolean {
  if (typeof ref !== 'string') return false;
  try {
    return new URL(ref).href !== '';
  } catch {
    return false;
  }
}

/** `dependencies` mixes lists (compared as values) with schemas (compared structurally above). */
function depsSame(a: unknown, b: unknown): boolean {
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a).sort();
  if (!deepEqual(ka, Object.keys(b).sort())) return false;
  return ka.every((k) => {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    return Array.isArray(va) || Array.isArray(vb) ? deepEqual(va, vb) : true;
  });
}
