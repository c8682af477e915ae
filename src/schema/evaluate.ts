import {
  ARRAY_COUNTS,
  Unsupported,
  applies,
  branch,
  checkFormat,
  declaredTypes,
  deepEqual,
  isMultiple,
  obj,
  refTarget,
  regex,
  strLength,
  sub,
  typeOf,
} from './keywords.js';
import { childAt, type SNode } from './resolve.js';

const MAX_DEPTH = 200;

/** The keywords the interpreter reads (the two unevaluated ones share a bit: both are refused alike). */
const KEYWORDS = [
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'enum',
  'const',
  'format',
  'unevaluated',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  ...ARRAY_COUNTS,
  'minProperties',
  'maxProperties',
  'required',
  'propertyNames',
  'dependencies',
  'dependentRequired',
  'dependentSchemas',
] as const;
type Keyword = (typeof KEYWORDS)[number];
const K = Object.fromEntries(KEYWORDS.map((k, i) => [k, 1 << i])) as Record<Keyword, number>;
const BIT = new Map<string, number>([
  ...KEYWORDS.map((k) => [k, K[k]] as const),
  ['unevaluatedProperties', K.unevaluated],
  ['unevaluatedItems', K.unevaluated],
]);

/**
 * The keywords of a node that apply, one bit each, read once per node: every value the
 * interpreter checks asks a node for a dozen keywords, nearly all of them absent.
 */
function keywordsOf(node: SNode): number {
  if (node.keywords !== undefined) return node.keywords;
  const o = obj(node);
  // As reading a keyword of it would: a schema that is neither object nor boolean is refused.
  if (o === null || typeof o !== 'object') throw new TypeError(`schema at '${node.pointer}' is not an object`);
  let mask = 0;
  for (const k in o) {
    const bit = BIT.get(k);
    if (bit !== undefined && applies(node, k)) mask |= bit;
  }
  return (node.keywords = mask);
}

const on = (mask: number, bit: number): boolean => (mask & bit) !== 0;

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
  const has = keywordsOf(node);
  if (!atomOnly && !acceptsCombined(node, value, has, d)) return false;
  const types = declaredTypes(node);
  const t = typeOf(value);
  if (types && !types.has(t)) return false;
  if (on(has, K.enum) && !(o.enum as unknown[]).some((e) => deepEqual(e, value))) return false;
  if (on(has, K.const) && !deepEqual(o.const, value)) return false;
  if (on(has, K.format) && !checkFormat(String(o.format), value, node)) return false;
  if (on(has, K.unevaluated)) throw new Unsupported('unevaluatedProperties/unevaluatedItems', node.pointer);
  if (typeof value === 'number') return acceptsNumber(o, value, has);
  if (typeof value === 'string') return acceptsString(node, value, has);
  if (Array.isArray(value)) return acceptsArray(node, value, has, d);
  if (value && typeof value === 'object') return acceptsObject(node, value as Record<string, unknown>, has, d, faults);
  return true;
}

/** A node's applicable keywords (see `keywordsOf`). */
type Has = number;

/** The combining keywords ($ref, allOf, anyOf, oneOf, not, if/then/else). */
function acceptsCombined(node: SNode, value: unknown, has: Has, d: number): boolean {
  const o = obj(node);
  const target = refTarget(node);
  if (target && !accepts(target, value, d)) return false;
  // Loops rather than every/some/filter with a closure: this runs for every value a document has.
  if (on(has, K.allOf)) {
    for (let i = 0; i < (o.allOf as unknown[]).length; i++) if (!accepts(branch(node, 'allOf', i), value, d)) return false;
  }
  if (on(has, K.anyOf)) {
    let any = false;
    for (let i = 0; i < (o.anyOf as unknown[]).length && !any; i++) any = accepts(branch(node, 'anyOf', i), value, d);
    if (!any) return false;
  }
  if (on(has, K.oneOf)) {
    // Every branch is judged, as before: one that cannot be judged is never passed over.
    let passed = 0;
    for (let i = 0; i < (o.oneOf as unknown[]).length; i++) if (accepts(branch(node, 'oneOf', i), value, d)) passed++;
    if (passed !== 1) return false;
  }
  if (on(has, K.not) && accepts(sub(node, 'not'), value, d)) return false;
  if (on(has, K.if)) {
    const branch = accepts(sub(node, 'if'), value, d) ? 'then' : 'else';
    if (on(has, K[branch]) && !accepts(sub(node, branch), value, d)) return false;
  }
  return true;
}
const own = (o: object, k: string): boolean => Object.hasOwn(o, k);

function acceptsNumber(o: Record<string, unknown>, x: number, has: Has): boolean {
  if (on(has, K.minimum) && x < (o.minimum as number)) return false;
  if (on(has, K.maximum) && x > (o.maximum as number)) return false;
  if (on(has, K.exclusiveMinimum) && typeof o.exclusiveMinimum === 'number' && x <= o.exclusiveMinimum) return false;
  if (on(has, K.exclusiveMaximum) && typeof o.exclusiveMaximum === 'number' && x >= o.exclusiveMaximum) return false;
  if (on(has, K.multipleOf) && !isMultiple(x, o.multipleOf as number)) return false;
  return true;
}

function acceptsString(node: SNode, str: string, has: Has): boolean {
  const o = obj(node);
  const len = on(has, K.minLength) || on(has, K.maxLength) ? strLength(str) : 0;
  if (on(has, K.minLength) && len < (o.minLength as number)) return false;
  if (on(has, K.maxLength) && len > (o.maxLength as number)) return false;
  if (on(has, K.pattern) && !regex(o.pattern, node).test(str)) return false;
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
  if (on(has, K.minItems) && arr.length < (o.minItems as number)) return false;
  if (on(has, K.maxItems) && arr.length > (o.maxItems as number)) return false;
  if (on(has, K.uniqueItems) && o.uniqueItems === true) {
    for (let i = 0; i < arr.length; i++) for (let j = i + 1; j < arr.length; j++) if (deepEqual(arr[i], arr[j])) return false;
  }
  for (let i = 0; i < arr.length; i++) {
    const item = itemNode(node, i);
    if (item && !accepts(item, arr[i], d)) return false;
  }
  if (on(has, K.contains)) {
    const n = arr.filter((v) => accepts(sub(node, 'contains'), v, d)).length;
    const min = on(has, K.minContains) ? (o.minContains as number) : 1;
    if (n < min) return false;
    if (on(has, K.maxContains) && n > (o.maxContains as number)) return false;
  }
  return true;
}

/** The schemas that apply to a property name (properties, matching patternProperties, else additionalProperties). */
export function propertyNodes(node: SNode, name: string): SNode[] {
  const o = obj(node);
  const out: SNode[] = [];
  const props = o.properties as Record<string, unknown> | undefined;
  if (props && Object.hasOwn(props, name)) out.push(sub(node, 'properties', name));
  const pats = o.patternProperties as Record<string, unknown> | undefined;
  for (const p of Object.keys(pats ?? {})) if (regex(p, node).test(name)) out.push(sub(node, 'patternProperties', p));
  if (out.length === 0 && 'additionalProperties' in o) out.push(sub(node, 'additionalProperties'));
  return out;
}

/**
 * Whether a property's value passes every schema that applies to its name (see `propertyNodes`),
 * without building that list when no pattern can apply.
 */
function propertyAccepts(node: SNode, o: Record<string, unknown>, name: string, value: unknown, d: number): boolean {
  if (o.patternProperties !== undefined) return propertyNodes(node, name).every((n) => accepts(n, value, d));
  const props = o.properties as Record<string, unknown> | undefined;
  if (props && own(props, name)) return accepts(childAt(node, 'properties', name, props[name]), value, d);
  return 'additionalProperties' in o ? accepts(sub(node, 'additionalProperties'), value, d) : true;
}

const DEPENDENCY_KEYWORDS = ['dependencies', 'dependentRequired', 'dependentSchemas'] as const;

function acceptsObject(node: SNode, v: Record<string, unknown>, has: Has, d: number, faults?: Faults): boolean {
  const o = obj(node);
  if (on(has, K.minProperties) || on(has, K.maxProperties)) {
    const count = Object.keys(v).length;
    if (on(has, K.minProperties) && count < (o.minProperties as number)) return false;
    if (on(has, K.maxProperties) && count > (o.maxProperties as number)) return false;
  }
  if (on(has, K.required) && !(o.required as string[]).every((k) => own(v, k))) return false;
  // for-in: no list of its keys is made (a JSON value has no inherited enumerable properties).
  for (const k in v) {
    if (!propertyAccepts(node, o, k, v[k], d)) {
      if (!faults) return false;
      faults.keys.push(k);
      continue;
    }
    // Past a rejected property the verdict is made: only the other properties' values are still judged.
    if (faults?.keys.length) continue;
    if (on(has, K.propertyNames) && !accepts(sub(node, 'propertyNames'), k, d)) return false;
  }
  if (faults) {
    faults.complete = true;
    if (faults.keys.length > 0) return false;
  }
  for (const kw of DEPENDENCY_KEYWORDS) {
    if (!on(has, K[kw])) continue;
    for (const [k, dep] of Object.entries(o[kw] as Record<string, unknown>)) {
      if (!own(v, k)) continue;
      if (Array.isArray(dep)) {
        if (!dep.every((r) => own(v, r))) return false;
      } else if (!accepts(sub(node, kw, k), v, d)) return false;
    }
  }
  return true;
}
