import type { ErrorObject } from 'ajv';
import { isAnnotation } from './keywords.js';
import { draftOf } from './dialect.js';
import { compiled, metaValid, type Compiled } from './validate.js';
import { isJsonObject as isObject } from '../model/json.js';
import { escapeToken as esc, unescapeToken as unesc } from '../model/pointer.js';

/**
 * ajv's verdict on a document, taken part by part. A discovered document schema is an object
 * schema whose root says only `type`, `required` and `properties` (with `$defs` and annotations),
 * and so are most of its nested objects: ajv's verdict on such a node is the conjunction of its
 * verdicts on the node's type, on each required name, and on each present property's value under
 * that property's schema; other nodes are judged whole. Those parts repeat across a catalog
 * (`{type: ["string", "null"]}`), so their compiled validators are shared, where a whole schema
 * pruned to each document compiles anew every time. Every part is still judged by ajv.
 */
export interface Parts {
  /** ajv's verdict; undefined when a part does not compile. */
  validate(doc: unknown): boolean | undefined;
  /** ajv's errors (all of them) from the root's own keywords and the named properties' values. */
  errors(doc: unknown, properties: Iterable<string>): ErrorObject[] | undefined;
}

const OBJECT_KEYWORDS = new Set(['type', 'properties', 'required']);
/** Keywords that change how references resolve: a schema using them is judged whole. */
const SCOPING = /"\$(id|anchor|dynamicAnchor|recursiveAnchor|recursiveRef|dynamicRef)"\s*:/;
const REF = /"\$ref"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
/** References that a part can keep: into the root's definitions, which the part carries along. */
const LOCAL_REF = /^#\/(\$defs|definitions)\/([^/]+)$/;

const has = (o: object, k: string): boolean => Object.hasOwn(o, k);

/** Whether a schema text has references, when each one points into the root's definitions and nothing rescopes them. */
function plainRefs(text: string): boolean | undefined {
  if (SCOPING.test(text)) return undefined;
  let any = false;
  for (const m of text.matchAll(REF)) {
    if (!LOCAL_REF.test(JSON.parse(`"${m[1]}"`) as string)) return undefined;
    any = true;
  }
  return any;
}

type Result<T> = T | undefined;

/** ajv's verdict and errors for one schema node: by parts, or whole. */
interface NodeCheck {
  validate(value: unknown): Result<boolean>;
  /** Errors with instance paths below `at`; `names` limits which properties are asked (default: all). */
  errors(value: unknown, at: string, names?: ReadonlySet<string>): Result<ErrorObject[]>;
}

class Root {
  private readonly head: Record<string, unknown>;
  private readonly defs: Record<string, unknown>;
  private defsUsable: boolean | undefined;
  private readonly nodes = new WeakMap<object, NodeCheck>();
  /** References being followed, against a definition that only refers on. */
  private readonly following = new Set<object>();

  constructor(private readonly root: Record<string, unknown>) {
    this.head = root.$schema !== undefined ? { $schema: root.$schema } : {};
    this.defs = {
      ...(root.$defs !== undefined ? { $defs: root.$defs } : {}),
      ...(root.definitions !== undefined ? { definitions: root.definitions } : {}),
    };
  }

  /** The definitions travel with every whole part that refers into them, so they must be plain themselves. */
  private defsOk(): boolean {
    return (this.defsUsable ??= plainRefs(JSON.stringify(this.defs)) !== undefined);
  }

  check(node: unknown): NodeCheck | undefined {
    if (!isObject(node)) return this.whole(node);
    let hit = this.nodes.get(node);
    if (!hit) {
      hit = this.split(node) ?? this.items(node) ?? this.target(node) ?? this.anyOf(node) ?? this.whole(node);
      if (!hit) return undefined;
      this.nodes.set(node, hit);
    }
    return hit;
  }

  /** A node that is only a reference into the definitions is judged as its target. */
  private target(node: Record<string, unknown>): NodeCheck | undefined {
    if (typeof node.$ref !== 'string' || !Object.keys(node).every((k) => k === '$ref' || isAnnotation(k))) return undefined;
    const m = LOCAL_REF.exec(node.$ref);
    const defs = m ? this.root[m[1]!] : undefined;
    const name = m ? unesc(decodeURIComponent(m[2]!)) : undefined;
    if (!isObject(defs) || name === undefined || !has(defs, name) || this.following.has(node)) return undefined;
    this.following.add(node);
    try {
      return this.check(defs[name]);
    } finally {
      this.following.delete(node);
    }
  }

  /** An array node that says only `type` and one `items` schema: its type, then each item. */
  private items(node: Record<string, unknown>): NodeCheck | undefined {
    if (
      !isObject(node.items) ||
      !Object.keys(node).every((k) => k === 'type' || k === 'items' || (isAnnotation(k) && !SCOPING.test(`"${k}":`)))
    )
      return undefined;
    const { items: _i, ...shell } = node;
    if (!metaValid({ ...this.head, ...shell })) return undefined;
    const type = node.type === undefined ? undefined : this.whole({ type: node.type });
    const item = node.items;
    return {
      validate: (value) => {
        const t = type ? type.validate(value) : true;
        if (t !== true || !Array.isArray(value)) return t;
        const c = value.length ? this.check(item) : undefined;
        if (value.length && !c) return undefined;
        let ok = true;
        for (const v of value) {
          const r = c!.validate(v);
          if (r === undefined) return undefined;
          ok &&= r;
        }
        return ok;
      },
      errors: (value, at) => {
        const out = type ? type.errors(value, at) : [];
        if (!out || !Array.isArray(value) || value.length === 0) return out;
        const c = this.check(item);
        if (!c) return undefined;
        for (let i = 0; i < value.length; i++) {
          if (c.validate(value[i]) === true) continue;
          const errs = c.errors(value[i], `${at}/${i}`);
          if (!errs) return undefined;
          out.push(...errs);
        }
        return out;
      },
    };
  }

  /**
   * A node that is only `anyOf`: valid when a branch is (each judged by parts). Its errors are
   * what ajv reports for it compiled whole: every branch's own errors (ajv tries each while none
   * matched), then its one `anyOf` error; taken by parts too, which spares compiling each wide
   * nullable object of a catalog for its errors. Where a branch does not split, the node is compiled whole.
   */
  private anyOf(node: Record<string, unknown>): NodeCheck | undefined {
    const branches = node.anyOf;
    if (!Array.isArray(branches) || branches.length === 0 || !Object.keys(node).every((k) => k === 'anyOf' || isAnnotation(k)))
      return undefined;
    const whole = this.whole(node);
    if (!whole) return undefined;
    return {
      validate: (value) => {
        let unknown = false;
        for (const b of branches) {
          const v = this.check(b)?.validate(value);
          if (v === true) return true;
          if (v === undefined) unknown = true;
        }
        return unknown ? whole.validate(value) : false;
      },
      errors: (value, at) => {
        const out: ErrorObject[] = [];
        for (const b of branches) {
          const errs = this.check(b)?.errors(value, at);
          if (!errs) return whole.errors(value, at);
          // A branch that matches makes the node valid: ajv drops the other branches' errors.
          if (errs.length === 0) return [];
          out.push(...errs);
        }
        out.push({ instancePath: at, schemaPath: '#/anyOf', keyword: 'anyOf', params: {}, message: 'must match a schema in anyOf' });
        return out;
      },
    };
  }

  /** The whole node as one compiled part, with the definitions it refers to; undefined when it cannot stand alone. */
  private whole(node: unknown): NodeCheck | undefined {
    let schema: unknown = node;
    if (isObject(node)) {
      if ('$schema' in node || '$defs' in node || 'definitions' in node) return undefined;
      const refs = plainRefs(JSON.stringify(node));
      if (refs === undefined || (refs && !this.defsOk())) return undefined;
      schema = { ...this.head, ...node, ...(refs ? this.defs : {}) };
    }
    // A part is small: compiled to explain, it also validates, so it compiles once.
    let made: Compiled | string | undefined;
    const c = (): Compiled | undefined => {
      made ??= compiled(schema, 'explain', false);
      return typeof made === 'string' ? undefined : made;
    };
    return {
      validate: (value) => c()?.validate(value),
      errors: (value, at) =>
        c()
          ?.rawErrors(value)
          .map((e) => (at ? { ...e, instancePath: at + e.instancePath } : e)),
    };
  }

  /** An object node judged by its type, each required name and each property; undefined when it says more. */
  split(node: Record<string, unknown>, isRoot = false): NodeCheck | undefined {
    const allowed = (k: string) =>
      OBJECT_KEYWORDS.has(k) || (isRoot && (k === '$defs' || k === 'definitions')) || (isAnnotation(k) && !SCOPING.test(`"${k}":`));
    if (!Object.keys(node).every(allowed)) return undefined;
    const props = node.properties ?? {};
    const required = node.required ?? [];
    if (!isObject(props) || !Array.isArray(required) || !required.every((r) => typeof r === 'string')) return undefined;
    // A node ajv refuses as a whole has no verdict, though its parts might compile: its own keywords
    // are checked here, each property's and definition's when its part compiles.
    const { properties: _p, $defs: _d, definitions: _n, ...shell } = node;
    if (!metaValid({ ...this.head, ...shell })) return undefined;
    const own = [
      ...(node.type !== undefined ? [{ ...this.head, type: node.type }] : []),
      ...(required as string[]).map((r) => ({ ...this.head, required: [r] })),
    ];
    // Compiled to explain, which also validates: one compile per part, whichever is asked first.
    let mine: Compiled[] | null | undefined;
    const self = (): Compiled[] | undefined => {
      if (mine === undefined) {
        const all = own.map((s) => compiled(s, 'explain', false));
        mine = all.every((c) => typeof c !== 'string') ? (all as Compiled[]) : null;
      }
      return mine ?? undefined;
    };
    /** The checks of the properties the value has (in the schema's order, as ajv reports them). */
    const present = (value: unknown, names?: ReadonlySet<string>): Array<[string, NodeCheck]> | undefined => {
      if (!isObject(value)) return [];
      const out: Array<[string, NodeCheck]> = [];
      for (const k of Object.keys(props)) {
        if (!has(value, k) || (names && !names.has(k))) continue;
        const c = this.check(props[k]);
        if (!c) return undefined;
        out.push([k, c]);
      }
      return out;
    };
    return {
      validate: (value) => {
        const mine = self();
        if (!mine) return undefined;
        if (!isObject(value)) return mine.every((c) => c.validate(value));
        // The verdict needs no order: the value's own keys, fewer than a wide schema's properties.
        const checks: Array<[unknown, NodeCheck]> = [];
        for (const k of Object.keys(value)) {
          if (!has(props, k)) continue;
          const c = this.check(props[k]);
          if (!c) return undefined;
          checks.push([value[k], c]);
        }
        if (!mine.every((c) => c.validate(value))) return false;
        let ok = true;
        for (const [v, c] of checks) {
          const r = c.validate(v);
          if (r === undefined) return undefined;
          ok &&= r;
        }
        return ok;
      },
      errors: (value, at, names) => {
        const mine = self();
        const parts = present(value, names);
        if (!mine || !parts) return undefined;
        const out = mine.flatMap((c) => c.rawErrors(value).map((e) => (at ? { ...e, instancePath: at + e.instancePath } : e)));
        for (const [k, c] of parts) {
          const v = (value as Record<string, unknown>)[k];
          // Valid values have no errors; asking that first keeps to the fast validators.
          if (c.validate(v) === true) continue;
          const errs = c.errors(v, `${at}/${esc(k)}`);
          if (!errs) return undefined;
          out.push(...errs);
        }
        return out;
      },
    };
  }
}

const cache = new WeakMap<object, Parts | null>();

function partsOfRoot(schema: Record<string, unknown>): Parts | null {
  if (draftOf(schema) === undefined) return null;
  // Only a root that splits: judged whole, a wide schema would be one large compile per document.
  const top = new Root(schema).split(schema, true);
  if (!top) return null;
  return {
    validate: (doc) => top.validate(doc),
    errors: (doc, properties) => top.errors(doc, '', new Set(properties)),
  };
}

/** The schema taken part by part, or undefined when it is not an object schema. */
export function partsOf(schema: unknown): Parts | undefined {
  if (!isObject(schema)) return undefined;
  let hit = cache.get(schema);
  if (hit === undefined) cache.set(schema, (hit = partsOfRoot(schema)));
  return hit ?? undefined;
}
