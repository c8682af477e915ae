import { fullFormats } from 'ajv-formats/dist/formats.js';
import { FLOW_FORMATS } from './flow-formats.js';
import { jsonTypeOf, type JsonTypeName } from '../model/json.js';
import { SchemaError, child, childAt, resolveRef, type SNode } from './resolve.js';

/** A construct the engine does not decide; the answer becomes `unknown` naming it. */
export class Unsupported extends Error {
  constructor(
    message: string,
    readonly pointer?: string,
  ) {
    super(message);
  }
}

export type JsonType = JsonTypeName;
export const TYPES: JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];

/** The assertions on an array's length, uniqueness and what it contains. */
export const ARRAY_COUNTS = ['minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains'] as const;

/** Keywords that never change which instances are valid. */
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$comment',
  '$anchor',
  '$vocabulary',
  'title',
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  'definitions',
  '$defs',
  'order',
  'secret',
  'airbyte_secret',
  'airbyte_hidden',
  'reduce',
  'discriminator',
  'multiline',
  'always_show',
  'group',
  'groups',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
  'nullable',
  'display_type',
  'pattern_descriptor',
  'advanced_auth',
  'x-ecmascript-unsupported',
]);

export const isAnnotation = (key: string): boolean => ANNOTATIONS.has(key) || key.startsWith('x-');

/**
 * The keywords of drafts 4 to 2020-12 that decide which instances are valid. Any other keyword
 * (Estuary's `advanced`, a vendor's own) is an annotation, as every draft treats unknown keywords.
 */
const ASSERTIONS = new Set([
  ...['type', 'enum', 'const', 'format', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'],
  ...['maxLength', 'minLength', 'pattern', 'items', 'additionalItems', 'prefixItems', 'maxItems', 'minItems', 'uniqueItems'],
  ...['contains', 'minContains', 'maxContains', 'unevaluatedItems', 'maxProperties', 'minProperties', 'required', 'properties'],
  ...['patternProperties', 'additionalProperties', 'unevaluatedProperties', 'dependencies', 'dependentRequired'],
  ...['dependentSchemas', 'propertyNames', 'if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'not'],
  ...['$ref', '$recursiveRef', '$dynamicRef'],
]);
export const isAssertion = (key: string): boolean => ASSERTIONS.has(key);

/** Keywords that ajv (the validator the project uses) reads in a draft; others are ignored like annotations. */
const MODERN_ONLY = new Set([
  'dependentRequired',
  'dependentSchemas',
  'minContains',
  'maxContains',
  'unevaluatedProperties',
  'unevaluatedItems',
  'prefixItems',
  '$recursiveRef',
  '$dynamicRef',
]);

export function applies(node: SNode, key: string): boolean {
  if (isAnnotation(key)) return false;
  if (node.doc.modern) return !(key === 'dependencies');
  return !MODERN_ONLY.has(key);
}

export const obj = (node: SNode): Record<string, unknown> => node.s as Record<string, unknown>;

export function sub(node: SNode, key: string, ...more: string[]): SNode {
  let v: unknown = obj(node)[key];
  for (const m of more) v = (v as Record<string, unknown>)[m];
  return child(node, [key, ...more], v);
}

/** The i-th subschema of a list keyword (`anyOf/2`): `sub` without building its argument lists, for the interpreter's every visit. */
export function branch(node: SNode, key: string, i: number): SNode {
  return childAt(node, key, String(i), (obj(node)[key] as unknown[])[i]);
}

/** The node a `$ref` of this node points to (references are resolved inside the document only). */
export function refTarget(node: SNode): SNode | undefined {
  const o = obj(node);
  if (o.$recursiveRef !== undefined || o.$dynamicRef !== undefined) {
    if (applies(node, '$recursiveRef')) throw new Unsupported('$recursiveRef/$dynamicRef', node.pointer);
  }
  if (typeof o.$ref !== 'string') return undefined;
  return resolveRef(node, o.$ref);
}

/** The JSON type of a value (model/json.ts): an integer-valued number is `integer`. */
export const typeOf: (v: unknown) => JsonType = jsonTypeOf;

/** The types a `type` keyword admits, with integer inside number; undefined when absent. */
export function declaredTypes(node: SNode): ReadonlySet<JsonType> | undefined {
  // Read once per node: the interpreter asks for every value it checks.
  if (node.types === undefined) node.types = readTypes(node) ?? null;
  return (node.types as ReadonlySet<JsonType> | null) ?? undefined;
}

/**
 * Type sets by their `type` value, one name or two (a catalog spells a handful of them over hundreds
 * of thousands of nodes): looked up name by name, so no key is built; only valid lists are kept.
 */
const oneType = new Map<string, ReadonlySet<JsonType>>();
const twoTypes = new Map<string, Map<string, ReadonlySet<JsonType>>>();
const MAX_TYPE_SETS = 1000;
let typeSetCount = 0;

/** The names of a `type` value that is one or two strings; undefined for anything else (not kept). */
function typeNames(t: unknown): [string] | [string, string] | undefined {
  if (typeof t === 'string') return [t];
  if (!Array.isArray(t) || t.length === 0 || t.length > 2 || !t.every((n) => typeof n === 'string')) return undefined;
  return t as [string] | [string, string];
}

function readTypes(node: SNode): ReadonlySet<JsonType> | undefined {
  const t = obj(node).type;
  if (t === undefined) return undefined;
  const names = typeNames(t);
  const hit = names === undefined ? undefined : names.length === 1 ? oneType.get(names[0]) : twoTypes.get(names[0])?.get(names[1]);
  if (hit) return hit;
  const out = new Set<JsonType>();
  for (const name of Array.isArray(t) ? t : [t]) {
    if (typeof name !== 'string' || !(TYPES as string[]).includes(name))
      throw new SchemaError(`unknown type '${String(name)}'`, node.pointer);
    out.add(name as JsonType);
    if (name === 'number') out.add('integer');
  }
  if (names && typeSetCount < MAX_TYPE_SETS) {
    typeSetCount++;
    if (names.length === 1) oneType.set(names[0], out);
    else {
      let inner = twoTypes.get(names[0]);
      if (!inner) twoTypes.set(names[0], (inner = new Map()));
      inner.set(names[1], out);
    }
  }
  return out;
}

/** The instance type a format applies to (ajv-formats has numeric ones); unknown formats are read as string formats. */
export function formatType(name: unknown): 'string' | 'number' {
  const f = (fullFormats as Record<string, unknown>)[String(name)] as { type?: string } | undefined;
  return f && typeof f === 'object' && !(f instanceof RegExp) && f.type === 'number' ? 'number' : 'string';
}

/** Where a keyword is: a pointer, or a node whose pointer is spelled only if an error needs it. */
type At = string | { readonly pointer: string };
const pointerOf = (at: At): string => (typeof at === 'string' ? at : at.pointer);

/**
 * Whether a value passes a `format` as ajv-formats checks it (each format applies to strings, or
 * numbers for int32 etc.), or as Flow checks a string format ajv-formats lacks (flow-formats.ts).
 */
export function checkFormat(name: string, value: unknown, at: At): boolean {
  if (Object.hasOwn(FLOW_FORMATS, name)) return typeof value !== 'string' || FLOW_FORMATS[name]!(value);
  const f = (fullFormats as Record<string, unknown>)[name];
  if (f === undefined) throw new Unsupported(`format '${name}' (not checked by the validator)`, pointerOf(at));
  const def = f as { type?: string; validate?: unknown };
  const forType = f instanceof RegExp || typeof f === 'function' ? 'string' : (def.type ?? 'string');
  if (typeof value !== forType) return true;
  const test = f instanceof RegExp || typeof f === 'function' ? f : def.validate;
  if (test instanceof RegExp) return test.test(value as string);
  if (typeof test === 'function') return Boolean(test(value));
  return true;
}

/** Compiled patterns; past the bound the cache starts over (a catalog repeats a few patterns). */
const regexCache = new Map<string, RegExp>();
const MAX_REGEXES = 5_000;

export function regex(pattern: unknown, at: At): RegExp {
  if (typeof pattern !== 'string') throw new SchemaError('pattern must be a string', pointerOf(at));
  let re = regexCache.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      throw new SchemaError(`invalid regular expression '${pattern}'`, pointerOf(at));
    }
    if (regexCache.size >= MAX_REGEXES) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => deepEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b as object, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Length as the validator counts it: in Unicode code points. */
export const strLength = (s: string): number => [...s].length;

/** multipleOf exactly as ajv tests it, floating point included. */
export function isMultiple(x: number, m: number): boolean {
  const d = x / m;
  return d === parseInt(d as unknown as string, 10);
}

/** Whether the node's schema has keyword `k` and the keyword applies in its draft. */
export const has = (n: SNode, k: string): boolean => typeof n.s === 'object' && n.s !== null && k in obj(n) && applies(n, k);
