export const id = 535;
export const ids = [535];
export const modules = {

/***/ 7535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  answerBatch: () => (/* binding */ answerBatch),
  batchLine: () => (/* binding */ batchLine),
  parseJson: () => (/* binding */ parseJson),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/schema/validate.ts





// ajv-formats is CommonJS; under NodeNext its default import is the module object or the plugin itself.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
const byObject = new WeakMap();
const byText = new Map();
const shared = new Map();
/** Formats that ajv-formats checks; any other `format` value is ignored by ajv (an annotation). */
function knownFormat(name) {
    return Object.prototype.hasOwnProperty.call(formats.fullFormats, name);
}
function draftOf(schema) {
    const uri = schema && typeof schema === 'object' ? schema.$schema : undefined;
    if (uri === undefined)
        return 'draft-07';
    if (typeof uri !== 'string')
        return undefined;
    if (uri.includes('2020-12'))
        return '2020-12';
    if (uri.includes('2019-09'))
        return '2019-09';
    if (uri.includes('draft-07'))
        return 'draft-07';
    return undefined;
}
function newAjv(draft, allErrors) {
    const options = { strict: false, allErrors, logger: false, validateFormats: true };
    const ajv = draft === '2020-12' ? new _2020.Ajv2020(options) : draft === '2019-09' ? new _2019.Ajv2019(options) : new dist_ajv.Ajv(options);
    addFormats(ajv);
    return ajv;
}
/** Stable text of a JSON value (keys sorted), so that equal schemas share one compiled validator. */
function canonicalText(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalText).join(',')}]`;
    if (value && typeof value === 'object') {
        const keys = Object.keys(value).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalText(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** One shared ajv per draft and error mode; a schema with an $id gets its own (ajv refuses an $id twice). */
function ajvFor(draft, allErrors, hasId) {
    if (hasId)
        return newAjv(draft, allErrors);
    const key = `${draft}:${allErrors}`;
    let ajv = shared.get(key);
    if (!ajv)
        shared.set(key, (ajv = newAjv(draft, allErrors)));
    return ajv;
}
function compileWith(ajv, schema) {
    return ajv.compile(schema);
}
function build(schema) {
    if (typeof schema !== 'boolean' && (schema === null || typeof schema !== 'object' || Array.isArray(schema))) {
        return 'schema must be an object or a boolean';
    }
    let draft = draftOf(schema);
    let body = schema;
    if (draft === undefined) {
        // An older or unknown $schema (draft-04/06 in old Airbyte specs): read it as draft-07 rather than refuse.
        const { $schema: _ignored, ...rest } = schema;
        body = rest;
        draft = 'draft-07';
    }
    try {
        // Schemas with an $id cannot be added twice to one ajv instance, so each gets its own.
        const hasId = /"\$id"\s*:\s*"/.test(JSON.stringify(body));
        const validate = compileWith(ajvFor(draft, false, hasId), body);
        let explain;
        return {
            validate: (instance) => validate(instance),
            rawErrors: (instance) => {
                explain ??= compileWith(ajvFor(draft, true, hasId), body);
                return explain(instance) ? [] : [...(explain.errors ?? [])];
            },
        };
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}
/** Compiles (once per schema object and per canonical text) the validator of a schema; a string is the reason it is invalid. */
function compiled(schema) {
    const isObj = schema !== null && typeof schema === 'object';
    if (isObj) {
        const hit = byObject.get(schema);
        if (hit !== undefined)
            return hit;
    }
    let text;
    try {
        text = canonicalText(schema);
    }
    catch {
        return 'schema is not JSON';
    }
    let result = byText.get(text);
    if (result === undefined) {
        result = build(schema);
        byText.set(text, result);
    }
    if (isObj)
        byObject.set(schema, result);
    return result;
}
function describe(e) {
    return `${e.instancePath || '/'} ${e.message ?? e.keyword}`;
}
/** The validator of a schema for configs and documents; `ok: false` when the schema itself is invalid. */
function validator(schema) {
    const c = compiled(schema);
    if (typeof c === 'string')
        return { ok: false, error: c };
    return { ok: true, validate: c.validate, errors: (instance) => c.rawErrors(instance).map(describe) };
}

;// CONCATENATED MODULE: ./src/schema/resolve.ts

class SchemaError extends Error {
    pointer;
    constructor(message, pointer) {
        super(message);
        this.pointer = pointer;
    }
}
let nextId = 1;
let nextDoc = 1;
const SINGLE = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties'];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];
const esc = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const unesc = (key) => key.replace(/~1/g, '/').replace(/~0/g, '~');
/** The subschemas of a schema object, with the pointer segments that reach them. */
function children(s) {
    const out = [];
    for (const k of SINGLE)
        if (k in s)
            out.push([esc(k), s[k]]);
    for (const k of LISTS)
        if (Array.isArray(s[k]))
            s[k].forEach((v, i) => out.push([`${k}/${i}`, v]));
    for (const k of MAPS) {
        const m = s[k];
        if (m && typeof m === 'object' && !Array.isArray(m))
            for (const [n, v] of Object.entries(m))
                out.push([`${esc(k)}/${esc(n)}`, v]);
    }
    if (Array.isArray(s.items))
        s.items.forEach((v, i) => out.push([`items/${i}`, v]));
    else if ('items' in s)
        out.push(['items', s.items]);
    const deps = s.dependencies;
    if (deps && typeof deps === 'object') {
        for (const [n, v] of Object.entries(deps))
            if (!Array.isArray(v))
                out.push([`dependencies/${esc(n)}`, v]);
    }
    return out;
}
function withBase(s, base) {
    if (s && typeof s === 'object' && typeof s.$id === 'string') {
        const id = s.$id;
        try {
            return new URL(id, base).href.replace(/#$/, '');
        }
        catch {
            throw new SchemaError(`invalid $id '${id}'`);
        }
    }
    return base;
}
function makeNode(doc, s, base, pointer) {
    if (s && typeof s === 'object') {
        const hit = doc.interned.get(s);
        if (hit)
            return hit;
    }
    const node = { id: nextId++, s, doc, base, pointer };
    if (s && typeof s === 'object')
        doc.interned.set(s, node);
    return node;
}
/** Reads a schema document: indexes its $id and $anchor names so that references resolve without I/O. */
function loadDoc(schema) {
    if (typeof schema !== 'boolean' && (schema === null || typeof schema !== 'object' || Array.isArray(schema))) {
        throw new SchemaError('schema must be an object or a boolean');
    }
    const draft = draftOf(schema);
    const doc = { modern: draft === '2019-09' || draft === '2020-12', index: new Map(), interned: new WeakMap() };
    const defaultBase = `https://connector-compat.invalid/doc-${nextDoc++}/schema.json`;
    const walk = (s, parentBase, pointer) => {
        const base = withBase(s, parentBase);
        const node = makeNode(doc, s, base, pointer);
        if (!s || typeof s !== 'object' || Array.isArray(s))
            return node;
        const o = s;
        if (base !== parentBase || pointer === '')
            doc.index.set(base, node);
        if (typeof o.$id === 'string' && o.$id.startsWith('#'))
            doc.index.set(`${parentBase}${o.$id}`, node);
        if (typeof o.$anchor === 'string')
            doc.index.set(`${base}#${o.$anchor}`, node);
        for (const [seg, v] of children(o))
            walk(v, base, `${pointer}/${seg}`);
        return node;
    };
    doc.root = walk(schema, defaultBase, '');
    return doc;
}
/** The node a `$ref` (or `$recursiveRef`/`$dynamicRef`, read as a plain reference) points to. */
function resolveRef(from, ref) {
    let url;
    try {
        url = new URL(ref, from.base);
    }
    catch {
        throw new SchemaError(`invalid $ref '${ref}'`, from.pointer);
    }
    const frag = decodeURIComponent(url.hash.replace(/^#/, ''));
    url.hash = '';
    const whole = url.href;
    if (frag && !frag.startsWith('/')) {
        const named = from.doc.index.get(`${whole}#${frag}`);
        if (named)
            return named;
        throw new SchemaError(`$ref '${ref}' does not resolve`, from.pointer);
    }
    const start = from.doc.index.get(whole);
    if (!start)
        throw new SchemaError(`$ref '${ref}' does not resolve (references outside the document are not fetched)`, from.pointer);
    let node = start;
    for (const raw of frag.split('/').slice(1)) {
        const seg = unesc(raw);
        const s = node.s;
        if (!s || typeof s !== 'object' || !(seg in s))
            throw new SchemaError(`$ref '${ref}' does not resolve`, from.pointer);
        const v = s[seg];
        node = makeNode(node.doc, v, withBase(v, node.base), `${node.pointer}/${esc(seg)}`);
    }
    return node;
}
/** A named subschema of a node (e.g. `properties/x`), interned so that the same position has the same id. */
function child(node, path, value) {
    return makeNode(node.doc, value, withBase(value, node.base), `${node.pointer}/${path.map(esc).join('/')}`);
}

;// CONCATENATED MODULE: ./src/schema/keywords.ts


/** A construct the engine does not decide; the answer becomes `unknown` naming it. */
class Unsupported extends Error {
    pointer;
    constructor(message, pointer) {
        super(message);
        this.pointer = pointer;
    }
}
const TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];
/** Keywords that never change which instances are valid. */
const ANNOTATIONS = new Set([
    '$schema', '$id', '$comment', '$anchor', '$vocabulary', 'title', 'description', 'default', 'examples', 'readOnly',
    'writeOnly', 'deprecated', 'definitions', '$defs', 'order', 'secret', 'airbyte_secret', 'airbyte_hidden', 'reduce',
    'discriminator', 'multiline', 'always_show', 'group', 'groups', 'contentMediaType', 'contentEncoding', 'contentSchema',
    'nullable', 'display_type', 'pattern_descriptor', 'advanced_auth', 'x-ecmascript-unsupported',
]);
const isAnnotation = (key) => ANNOTATIONS.has(key) || key.startsWith('x-');
/** Keywords that ajv (the validator the project uses) reads in a draft; others are ignored like annotations. */
const DRAFT7_ONLY = new Set(['additionalItems', 'dependencies']);
const MODERN_ONLY = new Set(['dependentRequired', 'dependentSchemas', 'minContains', 'maxContains', 'unevaluatedProperties', 'unevaluatedItems', 'prefixItems', '$recursiveRef', '$dynamicRef']);
function applies(node, key) {
    if (isAnnotation(key))
        return false;
    if (node.doc.modern)
        return !(key === 'dependencies');
    return !MODERN_ONLY.has(key);
}
const obj = (node) => node.s;
function sub(node, key, ...more) {
    let v = obj(node)[key];
    for (const m of more)
        v = v[m];
    return child(node, [key, ...more], v);
}
/** The node a `$ref` of this node points to (references are resolved inside the document only). */
function refTarget(node) {
    const o = obj(node);
    if (o.$recursiveRef !== undefined || o.$dynamicRef !== undefined) {
        if (applies(node, '$recursiveRef'))
            throw new Unsupported('$recursiveRef/$dynamicRef', node.pointer);
    }
    if (typeof o.$ref !== 'string')
        return undefined;
    return resolveRef(node, o.$ref);
}
function typeOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    return typeof v;
}
/** The types a `type` keyword admits, with integer inside number; undefined when absent. */
function declaredTypes(node) {
    const t = obj(node).type;
    if (t === undefined)
        return undefined;
    const list = Array.isArray(t) ? t : [t];
    const out = new Set();
    for (const name of list) {
        if (typeof name !== 'string' || !TYPES.includes(name))
            throw new SchemaError(`unknown type '${String(name)}'`, node.pointer);
        out.add(name);
        if (name === 'number')
            out.add('integer');
    }
    return out;
}
/** The instance type a format applies to (ajv-formats has numeric ones); unknown formats are read as string formats. */
function formatType(name) {
    const f = formats.fullFormats[String(name)];
    return f && typeof f === 'object' && !(f instanceof RegExp) && f.type === 'number' ? 'number' : 'string';
}
/** Whether a value passes a `format` as ajv-formats checks it (each format applies to strings, or numbers for int32 etc.). */
function checkFormat(name, value, pointer) {
    const f = formats.fullFormats[name];
    if (f === undefined)
        throw new Unsupported(`format '${name}' (not checked by the validator)`, pointer);
    const def = f;
    const forType = f instanceof RegExp || typeof f === 'function' ? 'string' : (def.type ?? 'string');
    if (typeof value !== forType)
        return true;
    const test = f instanceof RegExp || typeof f === 'function' ? f : def.validate;
    if (test instanceof RegExp)
        return test.test(value);
    if (typeof test === 'function')
        return Boolean(test(value));
    return true;
}
const regexCache = new Map();
function regex(pattern, pointer) {
    if (typeof pattern !== 'string')
        throw new SchemaError('pattern must be a string', pointer);
    let re = regexCache.get(pattern);
    if (!re) {
        try {
            re = new RegExp(pattern, 'u');
        }
        catch {
            throw new SchemaError(`invalid regular expression '${pattern}'`, pointer);
        }
        regexCache.set(pattern, re);
    }
    return re;
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}
/** Length as the validator counts it: in Unicode code points. */
const strLength = (s) => [...s].length;
/** multipleOf exactly as ajv tests it, floating point included. */
function isMultiple(x, m) {
    const d = x / m;
    return d === parseInt(d);
}

;// CONCATENATED MODULE: ./src/schema/explain.ts

const COMBINING = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'if', '$ref', 'false schema']);
function at(value, instancePath) {
    let v = value;
    for (const raw of instancePath.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        v = v && typeof v === 'object' ? v[seg] : undefined;
    }
    return v;
}
const typeWord = (v) => (v === undefined ? 'value' : typeOf(v));
/**
 * The most specific place in B where a witness fails, from ajv's errors: the deepest instance
 * location, preferring plain keywords over combinators (whose own errors say less).
 */
function explainFailure(witness, errors) {
    if (errors.length === 0)
        return { pointer: '', reason: 'value no longer accepted' };
    const rank = (e) => e.instancePath.split('/').length * 2 + (COMBINING.has(e.keyword) ? 0 : 1);
    const best = [...errors].sort((x, y) => rank(y) - rank(x))[0];
    const segments = best.schemaPath.replace(/^#/, '').split('/');
    const pointer = best.keyword === 'false schema' ? segments.join('/') : segments.slice(0, -1).join('/');
    const value = at(witness, best.instancePath);
    const where = best.instancePath ? ` at ${best.instancePath}` : '';
    const p = best.params;
    let reason;
    switch (best.keyword) {
        case 'type':
            reason = `${typeWord(value)} no longer accepted${where}`;
            break;
        case 'required':
            reason = `property '${String(p.missingProperty)}' became required`;
            break;
        case 'additionalProperties':
            reason = `property '${String(p.additionalProperty)}' no longer allowed`;
            break;
        case 'false schema':
            reason = best.instancePath ? `property '${best.instancePath.split('/').pop()}' no longer allowed` : 'nothing is accepted any more';
            break;
        case 'enum':
        case 'const':
            reason = `value ${JSON.stringify(value)} no longer accepted${where}`;
            break;
        default: reason = `${typeWord(value)} ${JSON.stringify(value)} no longer accepted${where}: ${best.message ?? best.keyword}`;
    }
    return { pointer, reason };
}

;// CONCATENATED MODULE: ./src/schema/evaluate.ts

const MAX_DEPTH = 200;
/**
 * Whether a concrete value is valid under a schema node, with ajv's reading of every keyword.
 * The prover uses it for finite domains (enum, const, null, boolean); throws Unsupported where it cannot tell.
 */
function accepts(node, value, depth = 0, atomOnly = false) {
    if (depth > MAX_DEPTH)
        throw new Unsupported('recursive $ref without end', node.pointer);
    const s = node.s;
    if (typeof s === 'boolean')
        return s;
    const o = obj(node);
    const d = depth + 1;
    const has = (k) => k in o && applies(node, k);
    if (!atomOnly && !acceptsCombined(node, value, has, d))
        return false;
    const types = declaredTypes(node);
    const t = typeOf(value);
    if (types && !types.has(t))
        return false;
    if (has('enum') && !o.enum.some((e) => deepEqual(e, value)))
        return false;
    if (has('const') && !deepEqual(o.const, value))
        return false;
    if (has('format') && !checkFormat(String(o.format), value, node.pointer))
        return false;
    if (has('unevaluatedProperties') || has('unevaluatedItems'))
        throw new Unsupported('unevaluatedProperties/unevaluatedItems', node.pointer);
    if (typeof value === 'number')
        return acceptsNumber(o, value, has);
    if (typeof value === 'string')
        return acceptsString(node, value, has);
    if (Array.isArray(value))
        return acceptsArray(node, value, has, d);
    if (value && typeof value === 'object')
        return acceptsObject(node, value, has, d);
    return true;
}
/** The combining keywords ($ref, allOf, anyOf, oneOf, not, if/then/else). */
function acceptsCombined(node, value, has, d) {
    const o = obj(node);
    const target = refTarget(node);
    if (target && !accepts(target, value, d))
        return false;
    if (has('allOf') && !o.allOf.every((_, i) => accepts(sub(node, 'allOf', String(i)), value, d)))
        return false;
    if (has('anyOf') && !o.anyOf.some((_, i) => accepts(sub(node, 'anyOf', String(i)), value, d)))
        return false;
    if (has('oneOf') && o.oneOf.filter((_, i) => accepts(sub(node, 'oneOf', String(i)), value, d)).length !== 1)
        return false;
    if (has('not') && accepts(sub(node, 'not'), value, d))
        return false;
    if (has('if')) {
        const branch = accepts(sub(node, 'if'), value, d) ? 'then' : 'else';
        if (has(branch) && !accepts(sub(node, branch), value, d))
            return false;
    }
    return true;
}
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function acceptsNumber(o, x, has) {
    if (has('minimum') && x < o.minimum)
        return false;
    if (has('maximum') && x > o.maximum)
        return false;
    if (has('exclusiveMinimum') && typeof o.exclusiveMinimum === 'number' && x <= o.exclusiveMinimum)
        return false;
    if (has('exclusiveMaximum') && typeof o.exclusiveMaximum === 'number' && x >= o.exclusiveMaximum)
        return false;
    if (has('multipleOf') && !isMultiple(x, o.multipleOf))
        return false;
    return true;
}
function acceptsString(node, str, has) {
    const o = obj(node);
    const len = has('minLength') || has('maxLength') ? strLength(str) : 0;
    if (has('minLength') && len < o.minLength)
        return false;
    if (has('maxLength') && len > o.maxLength)
        return false;
    if (has('pattern') && !regex(o.pattern, node.pointer).test(str))
        return false;
    return true;
}
/** The schema that applies to position i of an array (undefined: anything goes). */
function itemNode(node, i) {
    const o = obj(node);
    const prefixKey = node.doc.modern && Array.isArray(o.prefixItems) ? 'prefixItems' : Array.isArray(o.items) ? 'items' : undefined;
    const prefix = prefixKey ? o[prefixKey] : undefined;
    if (prefix) {
        if (i < prefix.length)
            return sub(node, prefixKey, String(i));
        const rest = prefixKey === 'prefixItems' ? 'items' : 'additionalItems';
        return rest in o && applies(node, rest) ? sub(node, rest) : undefined;
    }
    return 'items' in o ? sub(node, 'items') : undefined;
}
function acceptsArray(node, arr, has, d) {
    const o = obj(node);
    if (has('minItems') && arr.length < o.minItems)
        return false;
    if (has('maxItems') && arr.length > o.maxItems)
        return false;
    if (has('uniqueItems') && o.uniqueItems === true) {
        for (let i = 0; i < arr.length; i++)
            for (let j = i + 1; j < arr.length; j++)
                if (deepEqual(arr[i], arr[j]))
                    return false;
    }
    for (let i = 0; i < arr.length; i++) {
        const item = itemNode(node, i);
        if (item && !accepts(item, arr[i], d))
            return false;
    }
    if (has('contains')) {
        const n = arr.filter((v) => accepts(sub(node, 'contains'), v, d)).length;
        const min = has('minContains') ? o.minContains : 1;
        if (n < min)
            return false;
        if (has('maxContains') && n > o.maxContains)
            return false;
    }
    return true;
}
/** The schemas that apply to a property name (properties, matching patternProperties, else additionalProperties). */
function propertyNodes(node, name) {
    const o = obj(node);
    const out = [];
    const props = o.properties;
    if (props && Object.prototype.hasOwnProperty.call(props, name))
        out.push(sub(node, 'properties', name));
    const pats = o.patternProperties;
    for (const p of Object.keys(pats ?? {}))
        if (regex(p, node.pointer).test(name))
            out.push(sub(node, 'patternProperties', p));
    if (out.length === 0 && 'additionalProperties' in o)
        out.push(sub(node, 'additionalProperties'));
    return out;
}
function acceptsObject(node, v, has, d) {
    const o = obj(node);
    const keys = Object.keys(v);
    if (has('minProperties') && keys.length < o.minProperties)
        return false;
    if (has('maxProperties') && keys.length > o.maxProperties)
        return false;
    if (has('required') && !o.required.every((k) => own(v, k)))
        return false;
    for (const k of keys) {
        if (!propertyNodes(node, k).every((n) => accepts(n, v[k], d)))
            return false;
        if (has('propertyNames') && !accepts(sub(node, 'propertyNames'), k, d))
            return false;
    }
    const depKeys = [['dependencies', 'any'], ['dependentRequired', 'req'], ['dependentSchemas', 'schema']];
    for (const [kw] of depKeys) {
        if (!has(kw))
            continue;
        for (const [k, dep] of Object.entries(o[kw])) {
            if (!own(v, k))
                continue;
            if (Array.isArray(dep)) {
                if (!dep.every((r) => own(v, r)))
                    return false;
            }
            else if (!accepts(sub(node, kw, k), v, d))
                return false;
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./src/schema/containers.ts




const num = (n, k) => (has(n, k) ? obj(n)[k] : undefined);
const maxOf = (gamma, k, floor = 0) => Math.max(floor, ...gamma.map((g) => num(g, k) ?? floor));
const minOf = (gamma, k) => Math.min(Infinity, ...gamma.map((g) => num(g, k) ?? Infinity));
const containers_all = (goals) => {
    for (const goal of goals) {
        const r = goal();
        if (!r.ok)
            return r;
    }
    return PROVED;
};
function prefixLength(n) {
    const o = obj(n);
    const list = n.doc.modern && Array.isArray(o.prefixItems) ? o.prefixItems : Array.isArray(o.items) ? o.items : [];
    return list.length;
}
const itemTerms = (gamma, i) => gamma.flatMap((g) => {
    const item = itemNode(g, i);
    return item ? [node(item)] : [];
});
function arrayEntails(gamma, d, depth, ctx) {
    if (has(d, 'unevaluatedItems') || has(d, 'minContains') || has(d, 'maxContains')) {
        return fail('unevaluatedItems/minContains/maxContains are not decided', d.pointer);
    }
    const lo = maxOf(gamma, 'minItems');
    const hi = minOf(gamma, 'maxItems');
    const dMin = num(d, 'minItems');
    const dMax = num(d, 'maxItems');
    if (dMin !== undefined && lo < dMin)
        return fail(`arrays with fewer than ${dMin} items no longer accepted`, d.pointer);
    if (dMax !== undefined && hi > dMax)
        return fail(`arrays with more than ${dMax} items no longer accepted`, d.pointer);
    if (has(d, 'uniqueItems') && obj(d).uniqueItems === true && hi > 1 && !gamma.some((g) => has(g, 'uniqueItems') && obj(g).uniqueItems === true)) {
        return fail('items must now be unique', d.pointer);
    }
    // Positions past the longest tuple all read the same schemas, so one more position stands for them all.
    const last = Math.max(prefixLength(d), ...gamma.map(prefixLength));
    const goals = [];
    for (let i = 0; i <= last && i < hi; i++) {
        const target = itemNode(d, i);
        if (target)
            goals.push(() => entails(itemTerms(gamma, i), [node(target)], depth + 1, ctx));
    }
    if (has(d, 'contains'))
        goals.push(() => containsEntails(gamma, d, lo, last, hi, depth, ctx));
    return containers_all(goals);
}
function containsEntails(gamma, d, lo, last, hi, depth, ctx) {
    const want = node(sub(d, 'contains'));
    for (const g of gamma) {
        if (has(g, 'contains') && !has(g, 'maxContains') && entails([node(sub(g, 'contains'))], [want], depth + 1, ctx).ok)
            return PROVED;
    }
    if (lo >= 1) {
        let every = true;
        for (let i = 0; i <= last && i < hi && every; i++)
            every = entails(itemTerms(gamma, i), [want], depth + 1, ctx).ok;
        if (every)
            return PROVED;
    }
    return fail('an item matching `contains` is now required', `${d.pointer}/contains`);
}
/** What the hypotheses say of a property name none of them lists, for names matching `pattern` (or any other name). */
function otherNameTerms(gamma, pattern, dPatterns) {
    const out = [];
    for (const g of gamma) {
        const o = obj(g);
        const pats = Object.keys((has(g, 'patternProperties') ? o.patternProperties : {}));
        if (pattern !== undefined && pats.includes(pattern)) {
            out.push(node(sub(g, 'patternProperties', pattern)));
            continue;
        }
        // Patterns the right side also lists cannot match a name that matches none of the right side's.
        const live = pattern === undefined ? pats.filter((p) => !dPatterns.includes(p)) : pats;
        const addl = has(g, 'additionalProperties') ? node(sub(g, 'additionalProperties')) : { k: 'bool', v: true };
        out.push(live.length ? { k: 'or', ts: [addl, ...live.map((p) => node(sub(g, 'patternProperties', p)))] } : addl);
    }
    return out;
}
const keysOf = (n, k) => (has(n, k) ? Object.keys(obj(n)[k]) : []);
function objectEntails(gamma, d, depth, ctx) {
    if (has(d, 'unevaluatedProperties'))
        return fail('unevaluatedProperties is not decided', d.pointer);
    const required = new Set(gamma.flatMap((g) => (has(g, 'required') ? obj(g).required : [])));
    const lo = Math.max(maxOf(gamma, 'minProperties'), required.size);
    const hi = minOf(gamma, 'maxProperties');
    for (const r of has(d, 'required') ? obj(d).required : []) {
        if (!required.has(r))
            return fail(`property '${r}' became required`, d.pointer);
    }
    const dMin = num(d, 'minProperties');
    const dMax = num(d, 'maxProperties');
    if (dMin !== undefined && lo < dMin)
        return fail(`objects with fewer than ${dMin} properties no longer accepted`, d.pointer);
    if (dMax !== undefined && hi > dMax)
        return fail(`objects with more than ${dMax} properties no longer accepted`, d.pointer);
    const names = new Set([d, ...gamma].flatMap((n) => keysOf(n, 'properties')));
    const dPatterns = keysOf(d, 'patternProperties');
    const goals = [];
    for (const name of names) {
        const want = propertyNodes(d, name);
        if (want.length === 0)
            continue;
        const have = gamma.flatMap((g) => propertyNodes(g, name)).map(node);
        goals.push(() => entails(have, [{ k: 'and', ts: want.map(node) }], depth + 1, ctx));
    }
    for (const p of dPatterns) {
        regex(p, d.pointer);
        goals.push(() => entails(otherNameTerms(gamma, p, dPatterns), [node(sub(d, 'patternProperties', p))], depth + 1, ctx));
    }
    if (has(d, 'additionalProperties')) {
        goals.push(() => entails(otherNameTerms(gamma, undefined, dPatterns), [node(sub(d, 'additionalProperties'))], depth + 1, ctx));
    }
    if (has(d, 'propertyNames'))
        goals.push(() => namesEntail(gamma, d, depth, ctx));
    goals.push(() => dependenciesEntail(gamma, d, required, depth, ctx));
    return containers_all(goals);
}
function namesEntail(gamma, d, depth, ctx) {
    const want = sub(d, 'propertyNames');
    const closed = gamma.find((g) => has(g, 'additionalProperties') && obj(g).additionalProperties === false && !has(g, 'patternProperties'));
    if (closed) {
        const bad = keysOf(closed, 'properties').find((k) => !accepts(want, k));
        return bad === undefined ? PROVED : fail(`property name '${bad}' no longer allowed`, want.pointer);
    }
    const names = gamma.filter((g) => has(g, 'propertyNames')).map((g) => node(sub(g, 'propertyNames')));
    if (names.length && entails(names, [node(want)], depth + 1, ctx).ok)
        return PROVED;
    return fail('property names now restricted', want.pointer);
}
function dependenciesEntail(gamma, d, required, depth, ctx) {
    for (const kw of ['dependencies', 'dependentRequired', 'dependentSchemas']) {
        if (!has(d, kw))
            continue;
        for (const [k, dep] of Object.entries(obj(d)[kw])) {
            const theirs = gamma.flatMap((g) => ['dependencies', 'dependentRequired', 'dependentSchemas']
                .filter((w) => has(g, w) && Object.prototype.hasOwnProperty.call(obj(g)[w], k))
                .map((w) => ({ g, w, v: obj(g)[w][k] })));
            if (Array.isArray(dep)) {
                const implied = (r) => required.has(r) || theirs.some((t) => Array.isArray(t.v) && t.v.includes(r));
                const missing = dep.find((r) => !implied(r));
                if (missing !== undefined)
                    return fail(`property '${missing}' now required with '${k}'`, `${d.pointer}/${kw}`);
                continue;
            }
            const extra = required.has(k) ? [] : theirs.filter((t) => !Array.isArray(t.v)).map((t) => node(sub(t.g, t.w, k)));
            if (!required.has(k) && extra.length === 0)
                return fail(`schema now applies when '${k}' is present`, `${d.pointer}/${kw}`);
            const r = entails([...gamma.map((g) => ({ k: 'atom', n: g })), ...extra], [node(sub(d, kw, k))], depth, ctx);
            if (!r.ok)
                return r;
        }
    }
    return PROVED;
}

;// CONCATENATED MODULE: ./src/schema/atoms.ts




/** Keywords read for each kind of instance; a right-hand atom is checked against all of those for the type at hand. */
const FOR_TYPE = {
    null: [],
    boolean: [],
    integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format'],
    number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format'],
    string: ['minLength', 'maxLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding'],
    array: ['items', 'additionalItems', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains', 'unevaluatedItems'],
    object: ['properties', 'patternProperties', 'additionalProperties', 'required', 'propertyNames', 'minProperties', 'maxProperties', 'dependencies', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties'],
};
const has = (n, k) => typeof n.s === 'object' && n.s !== null && k in obj(n) && applies(n, k);
/** Whether an atom lets instances of this type through at all (its `type`, `enum`, `const`). */
function admits(n, t) {
    const types = declaredTypes(n);
    if (types && !types.has(t))
        return false;
    const values = finiteValues(n);
    return !values || values.some((v) => typeOf(v) === t);
}
function finiteValues(n) {
    if (has(n, 'const'))
        return [obj(n).const];
    if (has(n, 'enum'))
        return obj(n).enum;
    return undefined;
}
/** The only values of a type the hypotheses allow, when there are finitely many. */
function candidates(gamma, t) {
    for (const g of gamma) {
        const values = finiteValues(g);
        if (values)
            return values.filter((v) => typeOf(v) === t);
    }
    if (t === 'null')
        return [null];
    if (t === 'boolean')
        return [true, false];
    const zero = (k) => gamma.some((g) => has(g, k) && obj(g)[k] === 0);
    if (t === 'string' && zero('maxLength'))
        return [''];
    if (t === 'array' && zero('maxItems'))
        return [[]];
    if (t === 'object' && zero('maxProperties'))
        return [{}];
    return undefined;
}
/** Atoms only: for every JSON type, the conjunction on the left implies the disjunction on the right. */
function atomsEntail(gamma, delta, depth, ctx) {
    for (const t of TYPES) {
        if (!gamma.every((g) => admits(g, t)))
            continue;
        const right = delta.filter((d) => admits(d, t));
        const r = typeEntails(gamma, right, t, depth, ctx);
        if (!r.ok)
            return r;
    }
    return PROVED;
}
function typeEntails(gamma, delta, t, depth, ctx) {
    const values = candidates(gamma, t);
    if (values) {
        for (const v of values) {
            if (!gamma.every((g) => accepts(g, v)))
                continue;
            if (!delta.some((d) => accepts(d, v, 0, true)))
                return fail(`${JSON.stringify(v)} no longer accepted`, delta[0]?.pointer);
        }
        return PROVED;
    }
    if (isEmpty(gamma, t))
        return PROVED;
    let last = fail(`${t === 'number' ? 'number' : t} no longer accepted`, delta[0]?.pointer);
    for (const d of delta) {
        if (finiteValues(d))
            continue;
        const r = oneEntails(gamma, d, t, depth, ctx);
        if (r.ok)
            return r;
        last = r;
    }
    return last;
}
function oneEntails(gamma, d, t, depth, ctx) {
    if (!FOR_TYPE[t].some((k) => (k.startsWith('content') ? k in obj(d) : has(d, k)) && (k !== 'format' || formatType(obj(d).format) === (t === 'integer' ? 'number' : t))))
        return PROVED;
    switch (t) {
        case 'integer':
        case 'number': return numberEntails(gamma, d, t === 'integer');
        case 'string': return stringEntails(gamma, d);
        case 'array': return arrayEntails(gamma, d, depth, ctx);
        case 'object': return objectEntails(gamma, d, depth, ctx);
        default: return PROVED;
    }
}
function bound(n, side) {
    const [incl, excl] = side === 'lower' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
    const a = has(n, incl) ? obj(n)[incl] : undefined;
    const b = has(n, excl) && typeof obj(n)[excl] === 'number' ? obj(n)[excl] : undefined;
    if (a === undefined)
        return b === undefined ? undefined : { v: b, excl: true };
    if (b === undefined)
        return { v: a, excl: false };
    const tighter = side === 'lower' ? b >= a : b <= a;
    return tighter ? { v: b, excl: true } : { v: a, excl: false };
}
/** The tightest bound of a conjunction; on integers, rounded inward and made inclusive. */
function joint(gamma, side, integer) {
    let best;
    for (const g of gamma) {
        const b = bound(g, side);
        if (!b)
            continue;
        if (!best)
            best = b;
        else {
            const stricter = side === 'lower' ? b.v > best.v || (b.v === best.v && b.excl) : b.v < best.v || (b.v === best.v && b.excl);
            if (stricter)
                best = b;
        }
    }
    if (!best || !integer)
        return best;
    if (side === 'lower')
        return { v: best.excl ? Math.floor(best.v) + 1 : Math.ceil(best.v), excl: false };
    return { v: best.excl ? Math.ceil(best.v) - 1 : Math.floor(best.v), excl: false };
}
/** Every value within `g` is within `d` on that side. */
function within(g, d, side) {
    if (!d)
        return true;
    if (!g)
        return false;
    const beyond = side === 'lower' ? g.v > d.v : g.v < d.v;
    return beyond || (g.v === d.v && (!d.excl || g.excl));
}
function isEmpty(gamma, t) {
    if (t === 'integer' || t === 'number') {
        const lo = joint(gamma, 'lower', t === 'integer');
        const hi = joint(gamma, 'upper', t === 'integer');
        return !!lo && !!hi && (lo.v > hi.v || (lo.v === hi.v && (lo.excl || hi.excl)));
    }
    const min = (k) => Math.max(0, ...gamma.filter((g) => has(g, k)).map((g) => obj(g)[k]));
    const max = (k) => Math.min(Infinity, ...gamma.filter((g) => has(g, k)).map((g) => obj(g)[k]));
    if (t === 'string')
        return min('minLength') > max('maxLength');
    if (t === 'array')
        return min('minItems') > max('maxItems');
    if (t === 'object')
        return min('minProperties') > max('maxProperties');
    return false;
}
function numberEntails(gamma, d, integer) {
    const what = integer ? 'integer' : 'number';
    if (!within(joint(gamma, 'lower', integer), bound(d, 'lower'), 'lower'))
        return fail(`${what} below the new lower bound`, d.pointer);
    if (!within(joint(gamma, 'upper', integer), bound(d, 'upper'), 'upper'))
        return fail(`${what} above the new upper bound`, d.pointer);
    if (has(d, 'multipleOf')) {
        const m = obj(d).multipleOf;
        // Floating point makes "multiple of a multiple" unreliable, so only exact cases are used: the same
        // divisor, an integer divisor of an integer step, or any integer when the divisor is 1.
        const ok = gamma.some((g) => has(g, 'multipleOf') && (obj(g).multipleOf === m
            || (Number.isInteger(m) && Number.isInteger(obj(g).multipleOf) && isMultiple(obj(g).multipleOf, m))))
            || (integer && m === 1);
        if (!ok)
            return fail(`multipleOf ${m} not implied`, d.pointer);
    }
    return sameFormat(gamma, d, 'number');
}
function sameFormat(gamma, d, type) {
    if (!has(d, 'format') || formatType(obj(d).format) !== type)
        return PROVED;
    const f = obj(d).format;
    if (gamma.some((g) => has(g, 'format') && obj(g).format === f))
        return PROVED;
    return fail(`format '${String(f)}' now required`, d.pointer);
}
function stringEntails(gamma, d) {
    const o = obj(d);
    const lo = Math.max(0, ...gamma.filter((g) => has(g, 'minLength')).map((g) => obj(g).minLength));
    const hi = Math.min(Infinity, ...gamma.filter((g) => has(g, 'maxLength')).map((g) => obj(g).maxLength));
    if (has(d, 'minLength') && lo < o.minLength)
        return fail(`strings shorter than ${String(o.minLength)} no longer accepted`, d.pointer);
    if (has(d, 'maxLength') && hi > o.maxLength)
        return fail(`strings longer than ${String(o.maxLength)} no longer accepted`, d.pointer);
    if (has(d, 'pattern') && !gamma.some((g) => has(g, 'pattern') && obj(g).pattern === o.pattern)) {
        return fail(`pattern '${String(o.pattern)}' now required (pattern containment is not decided)`, d.pointer);
    }
    for (const k of ['contentMediaType', 'contentEncoding']) {
        const want = obj(d)[k];
        if (want !== undefined && !gamma.some((g) => obj(g)[k] === want))
            return fail(`${k} '${String(want)}' now required`, d.pointer);
    }
    return sameFormat(gamma, d, 'string');
}

;// CONCATENATED MODULE: ./src/schema/equiv.ts



/**
 * Whether two schema nodes are the same schema up to where their references point: compared
 * structurally, references followed, pairs under comparison assumed equal (a bisimulation). Two such
 * nodes accept exactly the same instances, so `X ⊢ Y` holds for them whatever X is.
 */
function equivalent(x, y, memo) {
    const key = x.id < y.id ? `${x.id}:${y.id}` : `${y.id}:${x.id}`;
    const hit = memo.get(key);
    if (hit !== undefined)
        return hit;
    const assumed = new Set();
    const result = same(x, y, assumed);
    memo.set(key, result);
    return result;
}
function same(x, y, assumed) {
    if (x.s === y.s && x.doc === y.doc)
        return true;
    if (x.doc.modern !== y.doc.modern)
        return false;
    if (typeof x.s === 'boolean' || typeof y.s === 'boolean')
        return x.s === y.s;
    if (!x.s || !y.s || typeof x.s !== 'object' || typeof y.s !== 'object')
        return false;
    const key = `${x.id}:${y.id}`;
    if (assumed.has(key))
        return true;
    assumed.add(key);
    const xo = x.s;
    const yo = y.s;
    const keys = (o) => Object.keys(o).filter((k) => !isAnnotation(k)).sort();
    const kx = keys(xo);
    if (!deepEqual(kx, keys(yo)))
        return false;
    const xs = new Map(children(xo));
    const ys = new Map(children(yo));
    if (xs.size !== ys.size)
        return false;
    for (const [seg, v] of xs) {
        if (isAnnotation(seg.split('/')[0]))
            continue;
        if (!ys.has(seg))
            return false;
        const path = seg.split('/');
        if (!same(child(x, path.map(equiv_unesc), v), child(y, path.map(equiv_unesc), ys.get(seg)), assumed))
            return false;
    }
    const structural = new Set([...xs.keys()].map((s) => s.split('/')[0]));
    for (const k of kx) {
        if (k === '$ref') {
            if (xo.$ref === yo.$ref && isAbsolute(xo.$ref))
                continue;
            const tx = refTarget(x);
            const ty = refTarget(y);
            if (!tx || !ty || !same(tx, ty, assumed))
                return false;
        }
        else if (!structural.has(k) && !(k === 'dependencies' && depsSame(xo[k], yo[k]))) {
            if (!deepEqual(xo[k], yo[k]))
                return false;
        }
    }
    return true;
}
/** An absolute reference names the same resource from any document. */
function isAbsolute(ref) {
    if (typeof ref !== 'string')
        return false;
    try {
        return new URL(ref).href !== '';
    }
    catch {
        return false;
    }
}
const equiv_unesc = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');
/** `dependencies` mixes lists (compared as values) with schemas (compared structurally above). */
function depsSame(a, b) {
    if (!a || !b || typeof a !== 'object' || typeof b !== 'object')
        return false;
    const ka = Object.keys(a).sort();
    if (!deepEqual(ka, Object.keys(b).sort()))
        return false;
    return ka.every((k) => {
        const va = a[k];
        const vb = b[k];
        return Array.isArray(va) || Array.isArray(vb) ? deepEqual(va, vb) : true;
    });
}

;// CONCATENATED MODULE: ./src/schema/prove.ts



const PROVED = { ok: true };
const fail = (reason, pointer) => ({ ok: false, reason, pointer });
class OutOfBudget extends Error {
}
const node = (n) => ({ k: 'node', n });
function key(t) {
    switch (t.k) {
        case 'node': return `n${t.n.id}`;
        case 'atom': return `a${t.n.id}`;
        case 'bool': return t.v ? 'T' : 'F';
        case 'not': return `!${key(t.t)}`;
        case 'ite': return `ite(${key(t.i)},${t.t ? key(t.t) : ''},${t.e ? key(t.e) : ''})`;
        default: return `${t.k}(${t.ts.map(key).join(',')})`;
    }
}
const COMBINERS = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', '$recursiveRef', '$dynamicRef'];
/** A node as the conjunction of its atom and its combining keywords. */
function expand(n) {
    if (typeof n.s === 'boolean')
        return [{ k: 'bool', v: n.s }];
    const o = obj(n);
    const out = [];
    const target = refTarget(n);
    if (target)
        out.push(node(target));
    const list = (kw) => o[kw].map((_, i) => node(sub(n, kw, String(i))));
    if (Array.isArray(o.allOf))
        out.push(...list('allOf'));
    if (Array.isArray(o.anyOf))
        out.push({ k: 'or', ts: list('anyOf') });
    if (Array.isArray(o.oneOf))
        out.push({ k: 'one', ts: list('oneOf') });
    if ('not' in o)
        out.push({ k: 'not', t: node(sub(n, 'not')) });
    if ('if' in o && ('then' in o || 'else' in o)) {
        out.push({ k: 'ite', i: node(sub(n, 'if')), t: 'then' in o ? node(sub(n, 'then')) : undefined, e: 'else' in o ? node(sub(n, 'else')) : undefined });
    }
    if (Object.keys(o).some((k) => !COMBINERS.includes(k) && applies(n, k)))
        out.push({ k: 'atom', n });
    return out;
}
/** Moves `not` across, flattens `allOf` on the left and `anyOf` on the right; true when an axiom closes it. */
function normalize(s, ctx) {
    const nodesOf = (ts) => ts.flatMap((t) => (t.k === 'node' ? [t.n] : []));
    const right = nodesOf(s.delta);
    if (nodesOf(s.gamma).some((x) => right.some((y) => equivalent(x, y, ctx.equivMemo))))
        return true;
    const g = [];
    const d = [];
    let gi = [...s.gamma];
    let di = [...s.delta];
    while (gi.length || di.length) {
        const t = gi.pop();
        if (t) {
            switch (t.k) {
                case 'bool':
                    if (!t.v)
                        return true;
                    break;
                case 'not':
                    di.push(t.t);
                    break;
                case 'and':
                    gi.push(...t.ts);
                    break;
                case 'or':
                    if (t.ts.length === 1)
                        gi.push(t.ts[0]);
                    else
                        g.push(t);
                    break;
                case 'node':
                    if (s.dNodes.some((y) => equivalent(t.n, y, ctx.equivMemo)))
                        return true;
                    s.gNodes.push(t.n);
                    gi.push(...expand(t.n));
                    break;
                default: g.push(t);
            }
            continue;
        }
        const u = di.pop();
        switch (u.k) {
            case 'bool':
                if (u.v)
                    return true;
                break;
            case 'not':
                gi.push(u.t);
                break;
            case 'or':
                di.push(...u.ts);
                break;
            case 'and':
                if (u.ts.length === 1)
                    di.push(u.ts[0]);
                else
                    d.push(u);
                break;
            case 'node': {
                if (s.gNodes.some((x) => equivalent(x, u.n, ctx.equivMemo)))
                    return true;
                s.dNodes.push(u.n);
                const parts = expand(u.n);
                if (parts.length === 1)
                    di.push(parts[0]);
                else
                    d.push({ k: 'and', ts: parts });
                break;
            }
            default: d.push(u);
        }
    }
    s.gamma = g;
    s.delta = d;
    return false;
}
const without = (ts, t) => ts.filter((x) => x !== t);
function prove_all(goals) {
    for (const goal of goals) {
        const r = goal();
        if (!r.ok)
            return r;
    }
    return PROVED;
}
/**
 * Proves that every instance satisfying all of `gamma` satisfies one of `delta`. Sound, not complete:
 * a failed proof only means "not shown". `depth` counts descents into child instances; a sequent met
 * again below itself is closed by induction on the instance, met again at the same depth it is a loop.
 */
function entails(gamma, delta, depth, ctx) {
    if (++ctx.steps > ctx.maxSteps || (ctx.steps % 256 === 0 && Date.now() > ctx.deadline))
        throw new OutOfBudget();
    const k = `${gamma.map(key).sort().join(',')}|${delta.map(key).sort().join(',')}`;
    const openedAt = ctx.open.get(k);
    if (openedAt !== undefined) {
        if (openedAt < depth)
            return PROVED;
        throw new Unsupported('recursive $ref that does not descend into the instance');
    }
    ctx.open.set(k, depth);
    try {
        return step(gamma, delta, depth, ctx);
    }
    finally {
        ctx.open.delete(k);
    }
}
function step(gamma0, delta0, depth, ctx) {
    const s = { gamma: gamma0, delta: delta0, gNodes: [], dNodes: [] };
    if (normalize(s, ctx))
        return PROVED;
    const { gamma, delta } = s;
    const again = (g, d) => () => entails(g, d, depth, ctx);
    const conj = delta.find((t) => t.k === 'and');
    if (conj && conj.k === 'and')
        return prove_all(conj.ts.map((c) => again(gamma, [...without(delta, conj), c])));
    const dIte = delta.find((t) => t.k === 'ite');
    if (dIte && dIte.k === 'ite') {
        const rest = without(delta, dIte);
        return prove_all([
            again([...gamma, dIte.i], [...rest, dIte.t ?? { k: 'bool', v: true }]),
            again(gamma, [...rest, dIte.i, dIte.e ?? { k: 'bool', v: true }]),
        ]);
    }
    const split = gamma.find((t) => t.k === 'or' || t.k === 'one' || t.k === 'ite');
    if (split) {
        const rest = without(gamma, split);
        if (split.k === 'or')
            return prove_all(split.ts.map((b) => again([...rest, b], delta)));
        if (split.k === 'one')
            return prove_all(split.ts.map((b) => again([...rest, b], [...delta, ...without(split.ts, b)])));
        if (split.k === 'ite') {
            return prove_all([
                again([...rest, split.i, split.t ?? { k: 'bool', v: true }], delta),
                again([...rest, split.e ?? { k: 'bool', v: true }], [...delta, split.i]),
            ]);
        }
    }
    const one = delta.find((t) => t.k === 'one');
    if (one && one.k === 'one')
        return oneOfOnRight(gamma, delta, one, depth, ctx);
    const atoms = (ts) => ts.flatMap((t) => (t.k === 'atom' ? [t.n] : []));
    return atomsEntail(atoms(gamma), atoms(delta), depth, ctx);
}
/**
 * `oneOf` on the right: when its branches are pairwise disjoint under the hypotheses it is an `anyOf`.
 * Otherwise it is dropped from the right (which can only lose proofs, never make a wrong one).
 */
function oneOfOnRight(gamma, delta, one, depth, ctx) {
    const rest = delta.filter((x) => x !== one);
    let disjoint = true;
    for (let i = 0; i < one.ts.length && disjoint; i++) {
        for (let j = i + 1; j < one.ts.length && disjoint; j++) {
            disjoint = entails([...gamma, one.ts[i], one.ts[j]], [], depth, ctx).ok;
        }
    }
    if (disjoint)
        return entails(gamma, [...rest, { k: 'or', ts: one.ts }], depth, ctx);
    const r = entails(gamma, rest, depth, ctx);
    return r.ok ? r : fail('oneOf with overlapping branches', one.ts[0]?.k === 'node' ? parentPointer(one.ts[0].n) : undefined);
}
const parentPointer = (n) => n.pointer.replace(/\/oneOf\/\d+$/, '');

;// CONCATENATED MODULE: ./src/schema/witness.ts




const PER_NODE = 48;
const witness_MAX_DEPTH = 6;
/** Sample values for formats ajv-formats checks, so that a format-constrained schema still gets instances. */
const FORMAT_SAMPLES = {
    'date-time': '2024-01-02T03:04:05Z', date: '2024-01-02', time: '03:04:05Z', email: 'a@example.com',
    hostname: 'example.com', ipv4: '192.0.2.1', ipv6: '2001:db8::1', uri: 'https://example.com/a',
    'uri-reference': '/a', uuid: '123e4567-e89b-12d3-a456-426614174000', 'json-pointer': '/a',
    'relative-json-pointer': '0/a', regex: '^a$', 'uri-template': 'https://example.com/{a}', url: 'https://example.com',
    duration: 'P1D', byte: 'YQ==', 'iso-time': '03:04:05Z', 'iso-date-time': '2024-01-02T03:04:05Z',
};
/** Collects boundary hints from a whole schema document. */
function hintsOf(root) {
    const h = { numbers: [], names: [], values: [], cache: new Map(), deadline: Infinity };
    const seen = new Set();
    const walk = (s) => {
        if (!s || typeof s !== 'object' || seen.has(s))
            return;
        seen.add(s);
        const o = s;
        for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'multipleOf']) {
            if (typeof o[k] === 'number')
                h.numbers.push(o[k]);
        }
        for (const k of ['properties', 'dependencies', 'dependentRequired', 'dependentSchemas']) {
            if (o[k] && typeof o[k] === 'object')
                h.names.push(...Object.keys(o[k]));
        }
        if (Array.isArray(o.required))
            h.names.push(...o.required.filter((x) => typeof x === 'string'));
        if ('const' in o)
            h.values.push(o.const);
        if (Array.isArray(o.enum))
            h.values.push(...o.enum);
        for (const [, v] of children(o))
            walk(v);
    };
    walk(root.s);
    h.numbers = [...new Set(h.numbers)].slice(0, 20);
    h.names = [...new Set(h.names)].slice(0, 20);
    h.values = h.values.slice(0, 20);
    return h;
}
const uniq = (vs) => {
    const seen = new Set();
    return vs.filter((v) => {
        const k = JSON.stringify(v);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
};
function safeAccepts(n, v) {
    try {
        return accepts(n, v);
    }
    catch {
        return true;
    }
}
/**
 * A finite list that holds every instance of the node (from const, enum, false, or unions of those),
 * or undefined when the node has infinitely many instances or the engine cannot tell.
 */
function finiteInstances(n, depth = 0) {
    if (typeof n.s === 'boolean')
        return n.s ? undefined : [];
    if (!n.s || typeof n.s !== 'object' || depth > witness_MAX_DEPTH)
        return undefined;
    const o = obj(n);
    if (has(n, 'const'))
        return [o.const];
    if (has(n, 'enum') && Array.isArray(o.enum))
        return o.enum;
    const t = o.type;
    if (t === 'null')
        return [null];
    if (t === 'boolean')
        return [true, false];
    let target;
    try {
        target = refTarget(n);
    }
    catch {
        return undefined; // the prover reports the unresolvable reference if it matters
    }
    const viaRef = target ? finiteInstances(target, depth + 1) : undefined;
    if (viaRef)
        return viaRef;
    for (const [i] of (Array.isArray(o.allOf) ? o.allOf : []).entries()) {
        const f = finiteInstances(sub(n, 'allOf', String(i)), depth + 1);
        if (f)
            return f;
    }
    for (const kw of ['anyOf', 'oneOf']) {
        if (!Array.isArray(o[kw]))
            continue;
        const parts = o[kw].map((_, i) => finiteInstances(sub(n, kw, String(i)), depth + 1));
        if (parts.every((p) => p !== undefined))
            return parts.flat();
    }
    return undefined;
}
/** Candidate instances of a schema node, boundary values first; each is checked by the caller. */
function samples(n, hints, depth = 0) {
    const hit = hints.cache.get(n.id);
    if (hit)
        return hit;
    if (Date.now() > hints.deadline)
        return [];
    const out = witness_build(n, hints, depth);
    // Values cut short by the depth limit are not kept: the same node met higher up deserves a full try.
    if (depth < witness_MAX_DEPTH)
        hints.cache.set(n.id, out);
    return out;
}
function witness_build(n, hints, depth) {
    if (typeof n.s === 'boolean')
        return n.s ? [null, 0, 'a', {}, [], true, 1.5, ...hints.values.slice(0, 4)] : [];
    if (!n.s || typeof n.s !== 'object')
        return [];
    const o = obj(n);
    if (has(n, 'const'))
        return [o.const];
    if (has(n, 'enum'))
        return o.enum.slice(0, PER_NODE);
    const out = [];
    const more = (m) => out.push(...samples(m, hints, depth + 1).slice(0, 8));
    if (depth < witness_MAX_DEPTH) {
        try {
            const target = refTarget(n);
            if (target)
                more(target);
        }
        catch {
            // An unresolvable reference yields no candidates; the caller reports the schema error.
        }
        for (const kw of ['allOf', 'anyOf', 'oneOf'])
            if (Array.isArray(o[kw]))
                o[kw].forEach((_, i) => more(sub(n, kw, String(i))));
        for (const kw of ['then', 'else'])
            if (kw in o)
                more(sub(n, kw));
    }
    out.push(...atomSamples(n, hints, depth));
    // Containers built here already follow their children's schemas; re-checking them whole at every
    // level would be quadratic, so they are re-checked only under combinators (ajv checks the end result).
    const combined = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if'].some((k) => k in o);
    const keep = (v) => (!combined && v !== null && typeof v === 'object') || safeAccepts(n, v);
    return uniq(out).filter(keep).slice(0, PER_NODE);
}
function atomSamples(n, hints, depth) {
    let types;
    try {
        types = declaredTypes(n) ?? TYPES;
    }
    catch {
        return [];
    }
    const out = [];
    for (const t of types) {
        if (t === 'null')
            out.push(null);
        else if (t === 'boolean')
            out.push(true, false);
        else if (t === 'integer' || t === 'number')
            out.push(...numberSamples(n, hints, t === 'integer'));
        else if (t === 'string')
            out.push(...stringSamples(n, hints));
        else if (t === 'array' && depth < witness_MAX_DEPTH)
            out.push(...arraySamples(n, hints, depth));
        else if (t === 'object' && depth < witness_MAX_DEPTH)
            out.push(...objectSamples(n, hints, depth));
    }
    return out;
}
function numberSamples(n, hints, integer) {
    const o = obj(n);
    const marks = [0, 1, -1, ...hints.numbers];
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'])
        if (typeof o[k] === 'number')
            marks.push(o[k]);
    const step = typeof o.multipleOf === 'number' ? o.multipleOf : 1;
    const out = marks.flatMap((m) => [m, m + step, m - step, Math.round(m / step) * step]);
    if (!integer)
        out.push(...marks.map((m) => m + 0.5), 1.5);
    return out.filter((x) => Number.isFinite(x) && (integer ? Number.isInteger(x) : true));
}
/** A string matching a pattern made of literals, character classes and simple quantifiers; undefined otherwise. */
function fromPattern(pattern) {
    const body = pattern.replace(/^\^/, '').replace(/\$$/, '');
    let out = '';
    const re = /\\d|\\w|\\s|\[(\^?)((?:\\.|[^\]\\])+)\]|\\(.)|([^\\[\](){}|*+?.^$])|(\.)|\{(\d+)(?:,(\d*))?\}|([*+?])/gy;
    let m;
    let last = '';
    let pos = 0;
    while (pos < body.length && (m = re.exec(body))) {
        pos = re.lastIndex;
        if (m[0] === '\\d')
            last = '1';
        else if (m[0] === '\\w')
            last = 'a';
        else if (m[0] === '\\s')
            last = ' ';
        else if (m[2] !== undefined) {
            if (m[1])
                return undefined;
            const first = m[2].startsWith('\\') ? m[2][1] : m[2][0];
            last = m[2].startsWith('\\d') ? '1' : first;
        }
        else if (m[3] !== undefined)
            last = m[3];
        else if (m[4] !== undefined)
            last = m[4];
        else if (m[5] !== undefined)
            last = 'a';
        else if (m[6] !== undefined) {
            out = out.slice(0, out.length - last.length) + last.repeat(Number(m[6]));
            continue;
        }
        else if (m[8] === '*' || m[8] === '?') {
            out = out.slice(0, out.length - last.length);
            continue;
        }
        else if (m[8] === '+')
            continue;
        out += last;
    }
    return pos === body.length ? out : undefined;
}
function stringSamples(n, hints) {
    const o = obj(n);
    const out = [];
    if (typeof o.format === 'string' && FORMAT_SAMPLES[o.format])
        out.push(FORMAT_SAMPLES[o.format]);
    if (typeof o.pattern === 'string') {
        const s = fromPattern(o.pattern);
        if (s !== undefined)
            out.push(s, `${s}${s}`);
    }
    const lengths = [0, 1, ...hints.numbers.flatMap((x) => [x, x + 1, x - 1])];
    for (const k of ['minLength', 'maxLength'])
        if (typeof o[k] === 'number')
            lengths.push(o[k], o[k] + 1);
    out.push(...lengths.filter((l) => Number.isInteger(l) && l >= 0 && l <= 1000).map((l) => 'a'.repeat(l)));
    out.push(...hints.values.filter((v) => typeof v === 'string'), '0', 'A b');
    return out;
}
function arraySamples(n, hints, depth) {
    const o = obj(n);
    const min = typeof o.minItems === 'number' ? o.minItems : 0;
    const at = (i) => {
        const item = itemNode(n, i);
        return item ? samples(item, hints, depth + 1) : [0, 'a', null];
    };
    const fill = (len, pick) => Array.from({ length: len }, (_, i) => {
        const c = at(i);
        return c.length ? c[(pick + i) % c.length] : null;
    });
    const out = [];
    const lens = [min, min + 1, Math.max(min, 2), ...hints.numbers.filter((x) => Number.isInteger(x) && x >= 0 && x < 50).flatMap((x) => [x, x + 1])];
    if (typeof o.maxItems === 'number')
        lens.push(o.maxItems, o.maxItems + 1);
    for (const len of new Set(lens))
        if (len <= 50)
            out.push(fill(len, 0));
    const first = at(0);
    for (const v of first.slice(0, 8))
        out.push([...Array(Math.max(min, 1)).keys()].map((i) => (i === 0 ? v : fill(i + 1, 0)[i])));
    if (first.length)
        out.push([first[0], first[0]]);
    return out;
}
const size = (v) => (v && typeof v === 'object' ? Object.keys(v).length + 1 : 0);
function objectSamples(n, hints, depth) {
    const o = obj(n);
    const valuesFor = (name) => {
        const nodes = propertyNodes(n, name);
        return nodes.length ? samples(nodes[0], hints, depth + 1).filter((v) => nodes.every((m) => safeAccepts(m, v))) : [null, 'a', 0];
    };
    const required = Array.isArray(o.required) ? o.required : [];
    const listed = o.properties && typeof o.properties === 'object' ? Object.keys(o.properties) : [];
    const base = {};
    for (const r of required) {
        const v = valuesFor(r);
        if (v.length)
            base[r] = v[0];
    }
    // `full` has every listed property, nested objects as full as they come, so a change deep in B is reached.
    const full = { ...base };
    const names = [...new Set([...listed, ...hints.names])];
    const richest = (vs) => vs.reduce((best, v) => (size(v) > size(best) ? v : best), vs[0]);
    for (const name of names) {
        const vs = valuesFor(name);
        if (vs.length)
            full[name] = name in base ? base[name] : richest(vs);
    }
    const out = [base, full];
    for (const name of names) {
        for (const v of valuesFor(name).slice(0, 8))
            out.push(v && typeof v === 'object' ? { ...full, [name]: v } : { ...base, [name]: v });
    }
    for (const extra of ['extra', 'x-extra', '1'])
        for (const v of valuesFor(extra).slice(0, 3))
            out.push({ ...base, [extra]: v });
    // Objects just past a property-count bound of the other schema.
    for (const count of hints.numbers.filter((x) => Number.isInteger(x) && x >= 0 && x < 20).map((x) => x + 1)) {
        const wide = { ...full };
        for (let i = 0; Object.keys(wide).length < count && i < 40; i++) {
            const v = valuesFor(`p${i}`)[0];
            if (v !== undefined)
                wide[`p${i}`] = v;
        }
        out.push(wide);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/schema/index.ts






const MAX_STEPS = 20_000;
const CLASS = /\\[wWdDbB]/;
function caveats(doc) {
    const c = {};
    const seen = new Set();
    const walk = (s, pointer) => {
        if (!s || typeof s !== 'object' || seen.has(s))
            return;
        seen.add(s);
        const o = s;
        if (typeof o.format === 'string' && !knownFormat(o.format))
            c.unchecked ??= pointer;
        if ('contentMediaType' in o || 'contentEncoding' in o)
            c.unchecked ??= pointer;
        if (!doc.modern && '$ref' in o && Object.keys(o).some((k) => k !== '$ref' && !isAnnotation(k)))
            c.refSiblings ??= pointer;
        const patterns = [o.pattern, ...Object.keys(o.patternProperties ?? {})];
        if (patterns.some((p) => typeof p === 'string' && CLASS.test(p)))
            c.asciiClass ??= pointer;
        if ('multipleOf' in o)
            c.multipleOf = true;
        for (const [seg, v] of children(o))
            walk(v, `${pointer}/${seg}`);
    };
    walk(doc.root.s, '');
    return c;
}
/** A reason to give no definite answer because ajv and the specification read this pair differently. */
function disagreement(a, b, ca, cb) {
    const drift = ca.refSiblings ?? cb.refSiblings;
    if (drift !== undefined)
        return { reason: 'draft-07 $ref with sibling keywords (validators disagree on them)', pointer: drift };
    const text = JSON.stringify([a, b]);
    if ((ca.asciiClass !== undefined || cb.asciiClass !== undefined) && /[^\x00-\x7f]/.test(text)) {
        return { reason: 'pattern character class (\\w, \\d, \\b) on non-ASCII text', pointer: cb.asciiClass ?? ca.asciiClass };
    }
    if ((ca.multipleOf || cb.multipleOf) && /\d[eE]\+?\d|\d{16}/.test(text))
        return { reason: 'multipleOf with numbers beyond 2^53' };
    return undefined;
}
function notSubset(witness, b) {
    return { result: 'not-subset', witness, ...explainFailure(witness, b.rawErrors(witness)) };
}
/** Unchecked assertions (formats, content keywords) only ever read strings, property names included. */
function stringFree(v) {
    if (typeof v === 'string')
        return false;
    if (Array.isArray(v))
        return v.every(stringFree);
    if (v && typeof v === 'object')
        return Object.keys(v).length === 0;
    return true;
}
/**
 * Is every instance valid under A also valid under B? `subset` only when proved, `not-subset` only with
 * a witness that ajv accepts under A and rejects under B, `unknown` (naming the construct) otherwise.
 */
function isSubset(a, b, options = {}) {
    try {
        return decide(a, b, options);
    }
    catch (err) {
        if (err instanceof SchemaError || err instanceof Unsupported)
            return { result: 'unknown', reason: err.message, pointer: err.pointer };
        if (err instanceof OutOfBudget)
            return { result: 'unknown', reason: 'time or step budget exhausted' };
        return { result: 'unknown', reason: `internal error: ${err instanceof Error ? err.message : String(err)}` };
    }
}
function decide(a, b, options) {
    const ca = compiled(a);
    if (typeof ca === 'string')
        return { result: 'unknown', reason: `schema A is invalid: ${ca}` };
    const cb = compiled(b);
    if (typeof cb === 'string')
        return { result: 'unknown', reason: `schema B is invalid: ${cb}` };
    const docA = loadDoc(a);
    const docB = loadDoc(b);
    const [cavA, cavB] = [caveats(docA), caveats(docB)];
    const differ = disagreement(a, b, cavA, cavB);
    if (differ)
        return { result: 'unknown', ...differ };
    // A witness is trusted only when A's validator checks everything A says; a subset only when B's does.
    const witnessOk = cavA.unchecked === undefined;
    const subsetOk = cavB.unchecked === undefined;
    const unchecked = (side, at) => ({ result: 'unknown', reason: `assertion that the validator does not check (format or content keyword), in ${side}`, pointer: at });
    const finite = finiteInstances(docA.root);
    if (finite) {
        const valid = finite.filter((v) => ca.validate(v));
        const found = valid.find((v) => !cb.validate(v));
        if (found !== undefined)
            return witnessOk || stringFree(found) ? notSubset(found, cb) : unchecked('A', cavA.unchecked);
        return subsetOk || valid.every(stringFree) ? { result: 'subset' } : unchecked('B', cavB.unchecked);
    }
    const ctx = { steps: 0, maxSteps: MAX_STEPS, deadline: Date.now() + (options.timeoutMs ?? 2000), equivMemo: new Map(), open: new Map() };
    let proof;
    try {
        proof = entails([node(docA.root)], [node(docB.root)], 0, ctx);
    }
    catch (err) {
        if (!(err instanceof Unsupported || err instanceof OutOfBudget))
            throw err;
        proof = { ok: false, reason: err instanceof OutOfBudget ? 'time or step budget exhausted' : err.message, pointer: err instanceof Unsupported ? err.pointer : undefined };
    }
    if (proof.ok)
        return { result: 'subset' };
    const hints = { ...hintsOf(docB.root), deadline: ctx.deadline };
    const found = samples(docA.root, hints).find((v) => (witnessOk || stringFree(v)) && ca.validate(v) && !cb.validate(v));
    if (found !== undefined)
        return notSubset(found, cb);
    return { result: 'unknown', reason: proof.reason, pointer: proof.pointer };
}

;// CONCATENATED MODULE: ./src/cli/commands/schema-subset.ts





const USAGE = 'usage: connector-compat schema-subset A.json B.json [--witness] | --batch FILE.jsonl';
async function readText(file, cwd) {
    try {
        return await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* InputError */.d(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(err)})`);
    }
}
/** Offset of the first JSON syntax error (Node's messages do not always carry a position). */
function errorOffset(text) {
    let i = 0;
    const ws = () => {
        while (/\s/.test(text[i] ?? ''))
            i++;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{' || c === '[') {
            const close = c === '{' ? '}' : ']';
            i++;
            ws();
            if (text[i] === close)
                return void i++;
            for (;;) {
                if (c === '{') {
                    ws();
                    if (text[i] !== '"')
                        throw i;
                    value();
                    ws();
                    if (text[i++] !== ':')
                        throw i - 1;
                }
                value();
                ws();
                if (text[i] === close)
                    return void i++;
                if (text[i++] !== ',')
                    throw i - 1;
            }
        }
        const m = /^(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
        if (!m)
            throw i;
        i += m[0].length;
    };
    try {
        value();
        ws();
        return i;
    }
    catch (at) {
        return typeof at === 'number' ? at : 0;
    }
}
/** JSON.parse with the failure located as file:line:column, which is what an editor can jump to. */
function parseJson(text, where, lineOffset = 0) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const message = (err instanceof Error ? err.message : String(err)).split('\n')[0].replace(/,\s*(?:\.\.\.)?".*$|\s*(?:in JSON )?at position.*$/, '');
        const before = text.slice(0, errorOffset(text)).split('\n');
        const line = before.length + lineOffset;
        const column = before[before.length - 1].length + 1;
        throw new errors/* InputError */.d(`${where}:${line}:${column}: invalid JSON (${message})`);
    }
}
/** One output line of the batch format. */
function batchLine(answer) {
    if (answer.result === 'subset')
        return JSON.stringify({ result: 'subset' });
    if (answer.result === 'not-subset')
        return JSON.stringify({ result: answer.result, witness: answer.witness, reason: answer.reason });
    return JSON.stringify({ result: answer.result, reason: answer.reason });
}
/** Answers every `{"a": SCHEMA, "b": SCHEMA}` line of a JSONL text, in order; bad lines are input errors. */
function answerBatch(text, file) {
    const pairs = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        const value = parseJson(line, file, i);
        if (!value || typeof value !== 'object' || Array.isArray(value) || !('a' in value) || !('b' in value)) {
            throw new errors/* InputError */.d(`${file}:${i + 1}: each line must be an object {"a": SCHEMA, "b": SCHEMA}`);
        }
        pairs.push(value);
    });
    return pairs.map(({ a, b }) => batchLine(isSubset(a, b)));
}
const run = async (argv, io) => {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, options: { witness: { type: 'boolean' }, batch: { type: 'string' } } });
    }
    catch (err) {
        throw new errors/* InputError */.d(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    }
    const { values, positionals } = parsed;
    if (values.batch !== undefined) {
        if (positionals.length)
            throw new errors/* InputError */.d(`--batch takes no schema files\n${USAGE}`);
        const lines = answerBatch(await readText(values.batch, io.cwd), values.batch);
        io.out(lines.map((l) => `${l}\n`).join(''));
        return 0;
    }
    if (positionals.length !== 2)
        throw new errors/* InputError */.d(`expected two schema files\n${USAGE}`);
    const [a, b] = await Promise.all(positionals.map(async (f) => parseJson(await readText(f, io.cwd), f)));
    const answer = isSubset(a, b);
    io.out(`${answer.result}\n`);
    if (answer.result === 'not-subset' && values.witness)
        io.out(`${JSON.stringify(answer.witness)}\n`);
    if (answer.result !== 'subset')
        io.err(`${answer.reason}${answer.pointer !== undefined ? ` (at '${answer.pointer}')` : ''}\n`);
    return 0;
};


/***/ })

};
