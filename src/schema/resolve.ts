import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import draft07MetaSchema from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import { draftOf, engineSchema } from './dialect.js';
import { escapeToken as esc, unescapeToken as unesc } from '../model/pointer.js';

/** A schema position inside one document: the value, the base URI in effect there and its pointer from the root. */
export interface SNode {
  id: number;
  s: unknown;
  doc: Doc;
  base: string;
  pointer: string;
  /** The `type` keyword's types, once read (null: no `type`). */
  types?: ReadonlySet<string> | null;
  /** The interpreter's applicable keywords, once read (see evaluate.ts). */
  keywords?: number;
}

export interface Doc {
  root: SNode;
  /** Draft 2019-09 and later apply $ref together with its siblings; draft-07 validators differ on that. */
  modern: boolean;
  /** $id and $anchor names -> nodes; built on the first reference that needs it (see `indexOf`). */
  index?: Map<string, SNode>;
  /** Nodes by schema object, so that a position has one id; absent for a transient document (see `loadDoc`). */
  interned?: WeakMap<object, SNode>;
  /** The base URI in effect around the root, for the index. */
  origin: string;
  /** Resolved references by base and reference: a catalog's schema refers to a few definitions from hundreds of places. */
  refs?: Map<string, SNode>;
}

export class SchemaError extends Error {
  constructor(
    message: string,
    readonly pointer?: string,
  ) {
    super(message);
  }
}

let nextId = 1;
let nextDoc = 1;

const SINGLE = [
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];

/** The subschemas of a schema object, with the pointer segments that reach them. */
export function children(s: Record<string, unknown>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const k of SINGLE) if (k in s) out.push([esc(k), s[k]]);
  for (const k of LISTS) if (Array.isArray(s[k])) for (const [i, v] of (s[k] as unknown[]).entries()) out.push([`${k}/${i}`, v]);
  for (const k of MAPS) {
    const m = s[k];
    if (m && typeof m === 'object' && !Array.isArray(m)) for (const [n, v] of Object.entries(m)) out.push([`${esc(k)}/${esc(n)}`, v]);
  }
  if (Array.isArray(s.items)) for (const [i, v] of s.items.entries()) out.push([`items/${i}`, v]);
  else if ('items' in s) out.push(['items', s.items]);
  const deps = s.dependencies;
  if (deps && typeof deps === 'object') {
    for (const [n, v] of Object.entries(deps)) if (!Array.isArray(v)) out.push([`dependencies/${esc(n)}`, v]);
  }
  return out;
}

/** A copy of the schema with each subschema (at the places `children` names) replaced by `f` of it. */
export function mapChildren(s: Record<string, unknown>, f: (sub: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...s };
  const mapped = (v: unknown) => (Array.isArray(v) ? v.map(f) : f(v));
  for (const k of SINGLE) if (k in s) out[k] = f(s[k]);
  for (const k of LISTS) if (Array.isArray(s[k])) out[k] = mapped(s[k]);
  for (const k of MAPS) {
    const m = s[k];
    if (m && typeof m === 'object' && !Array.isArray(m)) out[k] = Object.fromEntries(Object.entries(m).map(([n, v]) => [n, f(v)]));
  }
  if ('items' in s) out.items = mapped(s.items);
  const deps = s.dependencies;
  if (deps && typeof deps === 'object' && !Array.isArray(deps))
    out.dependencies = Object.fromEntries(Object.entries(deps).map(([n, v]) => [n, Array.isArray(v) ? v : f(v)]));
  return out;
}

function withBase(s: unknown, base: string): string {
  if (s && typeof s === 'object' && typeof (s as { $id?: unknown }).$id === 'string') {
    const id = (s as { $id: string }).$id;
    try {
      return new URL(id, base).href.replace(/#$/, '');
    } catch {
      throw new SchemaError(`invalid $id '${id}'`);
    }
  }
  return base;
}

/** A node whose pointer is spelled only when asked for (errors and the prover's answers): most never are. */
class Node implements SNode {
  readonly id = nextId++;
  types?: ReadonlySet<string> | null;
  keywords?: number;
  private spelled?: string;
  constructor(
    readonly s: unknown,
    readonly doc: Doc,
    readonly base: string,
    private readonly parent: SNode | undefined,
    private readonly path: string | string[],
    /** A last raw segment after `path` (a property's name, a branch's index): no array built for the two. */
    private readonly name?: string,
  ) {}
  get pointer(): string {
    if (this.spelled === undefined) {
      const head = typeof this.path === 'string' ? this.path : this.path.map(esc).join('/');
      const segs = this.name === undefined ? head : `${head}/${esc(this.name)}`;
      this.spelled = this.parent ? `${this.parent.pointer}/${segs}` : segs;
    }
    return this.spelled;
  }
}

/** `path`: the pointer from the root when there is no parent; else escaped segments (a string) or raw ones after the parent's. */
function makeNode(doc: Doc, s: unknown, base: string, parent: SNode | undefined, path: string | string[], name?: string): SNode {
  const interned = doc.interned;
  if (interned && s && typeof s === 'object') {
    const hit = interned.get(s);
    if (hit) return hit;
  }
  const node = new Node(s, doc, base, parent, path, name);
  if (interned && s && typeof s === 'object') interned.set(s, node);
  return node;
}

/**
 * Reads a schema document. Nodes are made as the interpreter reaches them; the $id and $anchor
 * index is built only when a reference needs it: a wide discovered schema is mostly never read
 * past the properties a document has, and its references are plain pointers from the root.
 * A transient document (read once, to judge values) keeps no node per schema object: a position
 * reached twice gets a new node, which spares the weak map that a wide schema's nodes crowd.
 */
export function loadDoc(original: unknown, transient = false): Doc {
  // Draft-04 and draft-06 read in draft-07 terms; ajv still validates them in their own draft.
  const schema = engineSchema(original);
  if (typeof schema !== 'boolean' && (schema === null || typeof schema !== 'object' || Array.isArray(schema))) {
    throw new SchemaError('schema must be an object or a boolean');
  }
  const draft = draftOf(schema);
  const origin = `https://connector-compat.invalid/doc-${nextDoc++}/schema.json`;
  const doc = {
    modern: draft === '2019-09' || draft === '2020-12',
    ...(transient ? {} : { interned: new WeakMap() }),
    origin,
  } as unknown as Doc;
  doc.root = makeNode(doc, schema, withBase(schema, origin), undefined, '');
  return doc;
}

/** The document's $id and $anchor names, indexed on first use. */
function indexOf(doc: Doc): Map<string, SNode> {
  if (doc.index) return doc.index;
  const index = new Map<string, SNode>();
  const walk = (s: unknown, parentBase: string, pointer: string): void => {
    const base = withBase(s, parentBase);
    if (!s || typeof s !== 'object' || Array.isArray(s)) return;
    const node = makeNode(doc, s, base, undefined, pointer);
    const o = s as Record<string, unknown>;
    if (base !== parentBase || pointer === '') index.set(base, node);
    if (typeof o.$id === 'string' && o.$id.startsWith('#')) index.set(`${parentBase}${o.$id}`, node);
    if (typeof o.$anchor === 'string') index.set(`${base}#${o.$anchor}`, node);
    for (const [seg, v] of children(o)) walk(v, base, `${pointer}/${seg}`);
  };
  walk(doc.root.s, doc.origin, '');
  return (doc.index = index);
}

/** The node a `$ref` (or `$recursiveRef`/`$dynamicRef`, read as a plain reference) points to. */
export function resolveRef(from: SNode, ref: string): SNode {
  const key = `${from.base}\u0000${ref}`;
  const refs = (from.doc.refs ??= new Map());
  let node = refs.get(key);
  if (!node) refs.set(key, (node = resolveUncached(from, ref)));
  return node;
}

function resolveUncached(from: SNode, ref: string): SNode {
  let url: URL;
  try {
    url = new URL(ref, from.base);
  } catch {
    throw new SchemaError(`invalid $ref '${ref}'`, from.pointer);
  }
  const frag = decodeURIComponent(url.hash.replace(/^#/, ''));
  url.hash = '';
  const whole = url.href;
  if (frag && !frag.startsWith('/')) {
    const named = indexOf(from.doc).get(`${whole}#${frag}`);
    if (named) return named;
    throw new SchemaError(`$ref '${ref}' does not resolve`, from.pointer);
  }
  // A pointer from the root needs no index; anything else (nested $id, anchors) does.
  const start = whole === from.doc.root.base && !from.doc.index ? from.doc.root : indexOf(from.doc).get(whole);
  const found = start ?? metaSchemaRoot(whole);
  if (!found) throw new SchemaError(`$ref '${ref}' does not resolve (references outside the document are not fetched)`, from.pointer);
  let node = found;
  for (const raw of frag.split('/').slice(1)) {
    const seg = unesc(raw);
    const s = node.s;
    if (!s || typeof s !== 'object' || !Object.hasOwn(s, seg)) throw new SchemaError(`$ref '${ref}' does not resolve`, from.pointer);
    const v = (s as Record<string, unknown>)[seg];
    node = makeNode(node.doc, v, withBase(v, node.base), node, [seg]);
  }
  return node;
}

/** The meta-schemas ajv carries (the ones it validates a `$ref` to them with), read once: draft-06 and draft-07, http or https. */
const META_SCHEMAS = new Map<string, unknown>([
  ['json-schema.org/draft-06/schema', draft06MetaSchema],
  ['json-schema.org/draft-07/schema', draft07MetaSchema],
]);
const metaDocs = new Map<string, Doc>();

function metaSchemaRoot(url: string): SNode | undefined {
  const key = url.replace(/^https?:\/\//, '');
  const schema = META_SCHEMAS.get(key);
  if (schema === undefined) return undefined;
  let doc = metaDocs.get(key);
  if (!doc) metaDocs.set(key, (doc = loadDoc(schema)));
  return doc.root;
}

/** A named subschema of a node (e.g. `properties/x`), interned so that the same position has the same id. */
export function child(node: SNode, path: string[], value: unknown): SNode {
  return childNode(node, value, path);
}

/** `child(node, [keyword, name], value)` for a keyword spelled the same escaped (`properties`, `anyOf`), without the list. */
export function childAt(node: SNode, keyword: string, name: string, value: unknown): SNode {
  return childNode(node, value, keyword, name);
}

function childNode(node: SNode, value: unknown, path: string | string[], name?: string): SNode {
  // A node already made for this schema object is the node: skip building its base and pointer.
  const hit = value && typeof value === 'object' ? node.doc.interned?.get(value) : undefined;
  if (hit) return hit;
  return makeNode(node.doc, value, withBase(value, node.base), node, path, name);
}
