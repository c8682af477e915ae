import {
  Unsupported, applies, checkFormat, declaredTypes, deepEqual, isMultiple, obj, refTarget, regex, strLength, sub, typeOf,
} from './keywords.js';
import type { SNode } from './resolve.js';

const MAX_DEPTH = 200;

/**
 * The top-level properties an object value has that the node's property schemas reject, gathered
 * while the node is judged: `complete` once every property was judged (else the list is partial).
 */
export interface Faults {
  keys: string[];
  complete: boolean;
}

/**
 * Whether a concrete value is valid under a schema node, with ajv's reading of every keyword.
 * The prover uses it for finite domains (enum, const, null, boolean); throws Unsupported where it cannot tell.
 * With `faults`, an object's properties are all judged (not only up to the first rejected one) and the rejected ones listed.
 */
export function accepts(node: SNode, value: unknown, depth = 0, atomOnly = false, faults?: Faults): boolean {
  if (depth > MAX_DEPTH) throw new Unsupported('recursive $ref without end', node.pointer);
  const s = node.s;
  if (typeof s === 'boolean') return s;
  const o = obj(node);
  const d = depth + 1;
  const has = (k: string) => k in o && applies(node, k);
  if (!atomOnly && !acceptsCombined(node, value, has, d)) return false;
  const types = declaredTypes(node);
  const t = typeOf(value);
  if (types && !types.has(t)) return false;
  if (has('enum') && !(o.enum as unknown[]).some((e) => deepEqual(e, value))) return false;
  if (has('const') && !deepEqual(o.const, value)) return false;
  if (has('format') && !checkFormat(String(o.format), value, node.pointer)) return false;
  if (has('unevaluatedProperties') || has('unevaluatedItems')) throw new Unsupported('unevaluatedProperties/unevaluatedItems', node.pointer);
  if (typeof value === 'number') return acceptsNumber(o, value, has);
  if (typeof value === 'string') return acceptsString(node, value, has);
  if (Array.isArray(value)) return acceptsArray(node, value, has, d);
  if (value && typeof value === 'object') return acceptsObject(node, value as Record<string, unknown>, has, d, faults);
  return true;
}

type Has = (key: string) => boolean;

/** The combining keywords ($ref, allOf, anyOf, oneOf, not, if/then/else). */
function acceptsCombined(node: SNode, value: unknown, has: Has, d: number): boolean {
  const o = obj(node);
  const target = refTarget(node);
  if (target && !accepts(target, value, d)) return false;
  if (has('allOf') && !(o.allOf as unknown[]).every((_, i) => accepts(sub(node, 'allOf', String(i)), value, d))) return false;
  if (has('anyOf') && !(o.anyOf as unknown[]).some((_, i) => accepts(sub(node, 'anyOf', String(i)), value, d))) return false;
  if (has('oneOf') && (o.oneOf as unknown[]).filter((_, i) => accepts(sub(node, 'oneOf', String(i)), value, d)).length !== 1) return false;
  if (has('not') && accepts(sub(node, 'not'), value, d)) return false;
  if (has('if')) {
    const branch = accepts(sub(node, 'if'), value, d) ? 'then' : 'else';
    if (has(branch) && !accepts(sub(node, branch), value, d)) return false;
  }
  return true;
}
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function acceptsNumber(o: Record<string, unknown>, x: number, has: Has): boolean {
  if (has('minimum') && x < (o.minimum as number)) return false;
  if (has('maximum') && x > (o.maximum as number)) return false;
  if (has('exclusiveMinimum') && typeof o.exclusiveMinimum === 'number' && x <= o.exclusiveMinimum) return false;
  if (has('exclusiveMaximum') && typeof o.exclusiveMaximum === 'number' && x >= o.exclusiveMaximum) return false;
  if (has('multipleOf') && !isMultiple(x, o.multipleOf as number)) return false;
  return true;
}

function acceptsString(node: SNode, str: string, has: Has): boolean {
  const o = obj(node);
  const len = has('minLength') || has('maxLength') ? strLength(str) : 0;
  if (has('minLength') && len < (o.minLength as number)) return false;
  if (has('maxLength') && len > (o.maxLength as number)) return false;
  if (has('pattern') && !regex(o.pattern, node.pointer).test(str)) return false;
  return true;
}

/** The schema that applies to position i of an array (undefined: anything goes). */
export function itemNode(node: SNode, i: number): SNode | undefined {
  const o = obj(node);
  const prefixKey = node.doc.modern && Array.isArray(o.prefixItems) ? 'prefixItems' : Array.isArray(o.items) ? 'items' : undefined;
  const prefix = prefixKey ? (o[prefixKey] as unknown[]) : undefined;
  if (prefix) {
    if (i < prefix.length) return sub(node, prefixKey!, String(i));
    const rest = prefixKey === 'prefixItems' ? 'items' : 'additionalItems';
    return rest in o && applies(node, rest) ? sub(node, rest) : undefined;
  }
  return 'items' in o ? sub(node, 'items') : undefined;
}

function acceptsArray(node: SNode, arr: unknown[], has: Has, d: number): boolean {
  const o = obj(node);
  if (has('minItems') && arr.length < (o.minItems as number)) return false;
  if (has('maxItems') && arr.length > (o.maxItems as number)) return false;
  if (has('uniqueItems') && o.uniqueItems === true) {
    for (let i = 0; i < arr.length; i++) for (let j = i + 1; j < arr.length; j++) if (deepEqual(arr[i], arr[j])) return false;
  }
  for (let i = 0; i < arr.length; i++) {
    const item = itemNode(node, i);
    if (item && !accepts(item, arr[i], d)) return false;
  }
  if (has('contains')) {
    const n = arr.filter((v) => accepts(sub(node, 'contains'), v, d)).length;
    const min = has('minContains') ? (o.minContains as number) : 1;
    if (n < min) return false;
    if (has('maxContains') && n > (o.maxContains as number)) return false;
  }
  return true;
}

/** The schemas that apply to a property name (properties, matching patternProperties, else additionalProperties). */
export function propertyNodes(node: SNode, name: string): SNode[] {
  const o = obj(node);
  const out: SNode[] = [];
  const props = o.properties as Record<string, unknown> | undefined;
  if (props && Object.prototype.hasOwnProperty.call(props, name)) out.push(sub(node, 'properties', name));
  const pats = o.patternProperties as Record<string, unknown> | undefined;
  for (const p of Object.keys(pats ?? {})) if (regex(p, node.pointer).test(name)) out.push(sub(node, 'patternProperties', p));
  if (out.length === 0 && 'additionalProperties' in o) out.push(sub(node, 'additionalProperties'));
  return out;
}

function acceptsObject(node: SNode, v: Record<string, unknown>, has: Has, d: number, faults?: Faults): boolean {
  const o = obj(node);
  const keys = Object.keys(v);
  if (has('minProperties') && keys.length < (o.minProperties as number)) return false;
  if (has('maxProperties') && keys.length > (o.maxProperties as number)) return false;
  if (has('required') && !(o.required as string[]).every((k) => own(v, k))) return false;
  for (const k of keys) {
    if (!propertyNodes(node, k).every((n) => accepts(n, v[k], d))) {
      if (!faults) return false;
      faults.keys.push(k);
      continue;
    }
    // Past a rejected property the verdict is made: only the other properties' values are still judged.
    if (faults?.keys.length) continue;
    if (has('propertyNames') && !accepts(sub(node, 'propertyNames'), k, d)) return false;
  }
  if (faults) {
    faults.complete = true;
    if (faults.keys.length > 0) return false;
  }
  const depKeys: Array<[string, string]> = [['dependencies', 'any'], ['dependentRequired', 'req'], ['dependentSchemas', 'schema']];
  for (const [kw] of depKeys) {
    if (!has(kw)) continue;
    for (const [k, dep] of Object.entries(o[kw] as Record<string, unknown>)) {
      if (!own(v, k)) continue;
      if (Array.isArray(dep)) {
        if (!dep.every((r) => own(v, r))) return false;
      } else if (!accepts(sub(node, kw, k), v, d)) return false;
    }
  }
  return true;
}
