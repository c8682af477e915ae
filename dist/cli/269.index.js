export const id = 269;
export const ids = [269];
export const modules = {

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ accepts),
/* harmony export */   p: () => (/* binding */ propertyNodes),
/* harmony export */   qH: () => (/* binding */ itemNode)
/* harmony export */ });
/* harmony import */ var _keywords_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9131);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8399);


const MAX_DEPTH = 200;
/** The keywords the interpreter reads (the two unevaluated ones share a bit: both are refused alike). */
const KEYWORDS = [
    'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'enum', 'const', 'format', 'unevaluated', 'minimum', 'maximum',
    'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems',
    'uniqueItems', 'contains', 'minContains', 'maxContains', 'minProperties', 'maxProperties', 'required', 'propertyNames',
    'dependencies', 'dependentRequired', 'dependentSchemas',
];
const K = Object.fromEntries(KEYWORDS.map((k, i) => [k, 1 << i]));
const BIT = new Map([...KEYWORDS.map((k) => [k, K[k]]), ['unevaluatedProperties', K.unevaluated], ['unevaluatedItems', K.unevaluated]]);
/**
 * The keywords of a node that apply, one bit each, read once per node: every value the
 * interpreter checks asks a node for a dozen keywords, nearly all of them absent.
 */
function keywordsOf(node) {
    if (node.keywords !== undefined)
        return node.keywords;
    const o = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(node);
    // As reading a keyword of it would: a schema that is neither object nor boolean is refused.
    if (o === null || typeof o !== 'object')
        throw new TypeError(`schema at '${node.pointer}' is not an object`);
    let mask = 0;
    for (const k in o) {
        const bit = BIT.get(k);
        if (bit !== undefined && (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .applies */ .Br)(node, k))
            mask |= bit;
    }
    return (node.keywords = mask);
}
const on = (mask, bit) => (mask & bit) !== 0;
/**
 * Whether a concrete value is valid under a schema node, with ajv's reading of every keyword.
 * The prover uses it for finite domains (enum, const, null, boolean); throws Unsupported where it cannot tell.
 * With `faults`, an object's properties are all judged (not only up to the first rejected one) and the rejected ones listed.
 */
function accepts(node, value, depth = 0, atomOnly = false, faults) {
    if (depth > MAX_DEPTH)
        throw new _keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .Unsupported */ .O0('recursive $ref without end', node.pointer);
    const s = node.s;
    if (typeof s === 'boolean')
        return s;
    const o = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(node);
    const d = depth + 1;
    const has = keywordsOf(node);
    if (!atomOnly && !acceptsCombined(node, value, has, d))
        return false;
    const types = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .declaredTypes */ .Iz)(node);
    const t = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .typeOf */ .QP)(value);
    if (types && !types.has(t))
        return false;
    if (on(has, K.enum) && !o.enum.some((e) => (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .deepEqual */ .bD)(e, value)))
        return false;
    if (on(has, K.const) && !(0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .deepEqual */ .bD)(o.const, value))
        return false;
    if (on(has, K.format) && !(0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .checkFormat */ .KA)(String(o.format), value, node))
        return false;
    if (on(has, K.unevaluated))
        throw new _keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .Unsupported */ .O0('unevaluatedProperties/unevaluatedItems', node.pointer);
    if (typeof value === 'number')
        return acceptsNumber(o, value, has);
    if (typeof value === 'string')
        return acceptsString(node, value, has);
    if (Array.isArray(value))
        return acceptsArray(node, value, has, d);
    if (value && typeof value === 'object')
        return acceptsObject(node, value, has, d, faults);
    return true;
}
/** The combining keywords ($ref, allOf, anyOf, oneOf, not, if/then/else). */
function acceptsCombined(node, value, has, d) {
    const o = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(node);
    const target = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .refTarget */ .L2)(node);
    if (target && !accepts(target, value, d))
        return false;
    if (on(has, K.allOf) && !o.allOf.every((_, i) => accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'allOf', String(i)), value, d)))
        return false;
    if (on(has, K.anyOf) && !o.anyOf.some((_, i) => accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'anyOf', String(i)), value, d)))
        return false;
    if (on(has, K.oneOf) && o.oneOf.filter((_, i) => accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'oneOf', String(i)), value, d)).length !== 1)
        return false;
    if (on(has, K.not) && accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'not'), value, d))
        return false;
    if (on(has, K.if)) {
        const branch = accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'if'), value, d) ? 'then' : 'else';
        if (on(has, K[branch]) && !accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, branch), value, d))
            return false;
    }
    return true;
}
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function acceptsNumber(o, x, has) {
    if (on(has, K.minimum) && x < o.minimum)
        return false;
    if (on(has, K.maximum) && x > o.maximum)
        return false;
    if (on(has, K.exclusiveMinimum) && typeof o.exclusiveMinimum === 'number' && x <= o.exclusiveMinimum)
        return false;
    if (on(has, K.exclusiveMaximum) && typeof o.exclusiveMaximum === 'number' && x >= o.exclusiveMaximum)
        return false;
    if (on(has, K.multipleOf) && !(0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .isMultiple */ .FE)(x, o.multipleOf))
        return false;
    return true;
}
function acceptsString(node, str, has) {
    const o = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(node);
    const len = on(has, K.minLength) || on(has, K.maxLength) ? (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .strLength */ .C0)(str) : 0;
    if (on(has, K.minLength) && len < o.minLength)
        return false;
    if (on(has, K.maxLength) && len > o.maxLength)
        return false;
    if (on(has, K.pattern) && !(0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .regex */ .yG)(o.pattern, node).test(str))
        return false;
    return true;
}
/** The schema that applies to position i of an array (undefined: anything goes). */
function itemNode(node, i) {
    const o = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(node);
    const prefixKey = node.doc.modern && Array.isArray(o.prefixItems) ? 'prefixItems' : Array.isArray(o.items) ? 'items' : undefined;
    const prefix = prefixKey ? o[prefixKey] : undefined;
    if (prefix) {
        if (i < prefix.length)
            return (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, prefixKey, String(i));
        const rest = prefixKey === 'prefixItems' ? 'items' : 'additionalItems';
        return rest in o && (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .applies */ .Br)(node, rest) ? (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, rest) : undefined;
    }
    return 'items' in o ? (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'items') : undefined;
}
function acceptsArray(node, arr, has, d) {
    const o = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(node);
    if (on(has, K.minItems) && arr.length < o.minItems)
        return false;
    if (on(has, K.maxItems) && arr.length > o.maxItems)
        return false;
    if (on(has, K.uniqueItems) && o.uniqueItems === true) {
        for (let i = 0; i < arr.length; i++)
            for (let j = i + 1; j < arr.length; j++)
                if ((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .deepEqual */ .bD)(arr[i], arr[j]))
                    return false;
    }
    for (let i = 0; i < arr.length; i++) {
        const item = itemNode(node, i);
        if (item && !accepts(item, arr[i], d))
            return false;
    }
    if (on(has, K.contains)) {
        const n = arr.filter((v) => accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'contains'), v, d)).length;
        const min = on(has, K.minContains) ? o.minContains : 1;
        if (n < min)
            return false;
        if (on(has, K.maxContains) && n > o.maxContains)
            return false;
    }
    return true;
}
/** The schemas that apply to a property name (properties, matching patternProperties, else additionalProperties). */
function propertyNodes(node, name) {
    const o = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(node);
    const out = [];
    const props = o.properties;
    if (props && Object.prototype.hasOwnProperty.call(props, name))
        out.push((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'properties', name));
    const pats = o.patternProperties;
    for (const p of Object.keys(pats ?? {}))
        if ((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .regex */ .yG)(p, node).test(name))
            out.push((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'patternProperties', p));
    if (out.length === 0 && 'additionalProperties' in o)
        out.push((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'additionalProperties'));
    return out;
}
/**
 * Whether a property's value passes every schema that applies to its name (see `propertyNodes`),
 * without building that list when no pattern can apply.
 */
function propertyAccepts(node, o, name, value, d) {
    if (o.patternProperties !== undefined)
        return propertyNodes(node, name).every((n) => accepts(n, value, d));
    const props = o.properties;
    if (props && own(props, name))
        return accepts((0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)(node, ['properties', name], props[name]), value, d);
    return 'additionalProperties' in o ? accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'additionalProperties'), value, d) : true;
}
const DEPENDENCY_KEYWORDS = ['dependencies', 'dependentRequired', 'dependentSchemas'];
function acceptsObject(node, v, has, d, faults) {
    const o = (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)(node);
    const keys = Object.keys(v);
    if (on(has, K.minProperties) && keys.length < o.minProperties)
        return false;
    if (on(has, K.maxProperties) && keys.length > o.maxProperties)
        return false;
    if (on(has, K.required) && !o.required.every((k) => own(v, k)))
        return false;
    for (const k of keys) {
        if (!propertyAccepts(node, o, k, v[k], d)) {
            if (!faults)
                return false;
            faults.keys.push(k);
            continue;
        }
        // Past a rejected property the verdict is made: only the other properties' values are still judged.
        if (faults?.keys.length)
            continue;
        if (on(has, K.propertyNames) && !accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, 'propertyNames'), k, d))
            return false;
    }
    if (faults) {
        faults.complete = true;
        if (faults.keys.length > 0)
            return false;
    }
    for (const kw of DEPENDENCY_KEYWORDS) {
        if (!on(has, K[kw]))
            continue;
        for (const [k, dep] of Object.entries(o[kw])) {
            if (!own(v, k))
                continue;
            if (Array.isArray(dep)) {
                if (!dep.every((r) => own(v, r)))
                    return false;
            }
            else if (!accepts((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(node, kw, k), v, d))
                return false;
        }
    }
    return true;
}


/***/ }),

/***/ 269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ isSubset)
});

// EXTERNAL MODULE: ./src/schema/keywords.ts
var keywords = __webpack_require__(9131);
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
const typeWord = (v) => (v === undefined ? 'value' : (0,keywords/* typeOf */.QP)(v));
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

// EXTERNAL MODULE: ./src/schema/evaluate.ts
var evaluate = __webpack_require__(860);
;// CONCATENATED MODULE: ./src/schema/containers.ts




const num = (n, k) => (has(n, k) ? (0,keywords/* obj */.WL)(n)[k] : undefined);
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
    const o = (0,keywords/* obj */.WL)(n);
    const list = n.doc.modern && Array.isArray(o.prefixItems) ? o.prefixItems : Array.isArray(o.items) ? o.items : [];
    return list.length;
}
const itemTerms = (gamma, i) => gamma.flatMap((g) => {
    const item = (0,evaluate/* itemNode */.qH)(g, i);
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
    if (has(d, 'uniqueItems') && (0,keywords/* obj */.WL)(d).uniqueItems === true && hi > 1 && !gamma.some((g) => has(g, 'uniqueItems') && (0,keywords/* obj */.WL)(g).uniqueItems === true)) {
        return fail('items must now be unique', d.pointer);
    }
    // Positions past the longest tuple all read the same schemas, so one more position stands for them all.
    const last = Math.max(prefixLength(d), ...gamma.map(prefixLength));
    const goals = [];
    for (let i = 0; i <= last && i < hi; i++) {
        const target = (0,evaluate/* itemNode */.qH)(d, i);
        if (target)
            goals.push(() => entails(itemTerms(gamma, i), [node(target)], depth + 1, ctx));
    }
    if (has(d, 'contains'))
        goals.push(() => containsEntails(gamma, d, lo, last, hi, depth, ctx));
    return containers_all(goals);
}
function containsEntails(gamma, d, lo, last, hi, depth, ctx) {
    const want = node((0,keywords/* sub */.jb)(d, 'contains'));
    for (const g of gamma) {
        if (has(g, 'contains') && !has(g, 'maxContains') && entails([node((0,keywords/* sub */.jb)(g, 'contains'))], [want], depth + 1, ctx).ok)
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
        const o = (0,keywords/* obj */.WL)(g);
        const pats = Object.keys((has(g, 'patternProperties') ? o.patternProperties : {}));
        if (pattern !== undefined && pats.includes(pattern)) {
            out.push(node((0,keywords/* sub */.jb)(g, 'patternProperties', pattern)));
            continue;
        }
        // Patterns the right side also lists cannot match a name that matches none of the right side's.
        const live = pattern === undefined ? pats.filter((p) => !dPatterns.includes(p)) : pats;
        const addl = has(g, 'additionalProperties') ? node((0,keywords/* sub */.jb)(g, 'additionalProperties')) : { k: 'bool', v: true };
        out.push(live.length ? { k: 'or', ts: [addl, ...live.map((p) => node((0,keywords/* sub */.jb)(g, 'patternProperties', p)))] } : addl);
    }
    return out;
}
const keysOf = (n, k) => (has(n, k) ? Object.keys((0,keywords/* obj */.WL)(n)[k]) : []);
function objectEntails(gamma, d, depth, ctx) {
    if (has(d, 'unevaluatedProperties'))
        return fail('unevaluatedProperties is not decided', d.pointer);
    const required = new Set(gamma.flatMap((g) => (has(g, 'required') ? (0,keywords/* obj */.WL)(g).required : [])));
    const lo = Math.max(maxOf(gamma, 'minProperties'), required.size);
    const hi = minOf(gamma, 'maxProperties');
    for (const r of has(d, 'required') ? (0,keywords/* obj */.WL)(d).required : []) {
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
        const want = (0,evaluate/* propertyNodes */.p)(d, name);
        if (want.length === 0)
            continue;
        const have = gamma.flatMap((g) => (0,evaluate/* propertyNodes */.p)(g, name)).map(node);
        goals.push(() => entails(have, [{ k: 'and', ts: want.map(node) }], depth + 1, ctx));
    }
    for (const p of dPatterns) {
        (0,keywords/* regex */.yG)(p, d.pointer);
        goals.push(() => entails(otherNameTerms(gamma, p, dPatterns), [node((0,keywords/* sub */.jb)(d, 'patternProperties', p))], depth + 1, ctx));
    }
    if (has(d, 'additionalProperties')) {
        goals.push(() => entails(otherNameTerms(gamma, undefined, dPatterns), [node((0,keywords/* sub */.jb)(d, 'additionalProperties'))], depth + 1, ctx));
    }
    if (has(d, 'propertyNames'))
        goals.push(() => namesEntail(gamma, d, depth, ctx));
    goals.push(() => dependenciesEntail(gamma, d, required, depth, ctx));
    return containers_all(goals);
}
function namesEntail(gamma, d, depth, ctx) {
    const want = (0,keywords/* sub */.jb)(d, 'propertyNames');
    const closed = gamma.find((g) => has(g, 'additionalProperties') && (0,keywords/* obj */.WL)(g).additionalProperties === false && !has(g, 'patternProperties'));
    if (closed) {
        const bad = keysOf(closed, 'properties').find((k) => !(0,evaluate/* accepts */.G3)(want, k));
        return bad === undefined ? PROVED : fail(`property name '${bad}' no longer allowed`, want.pointer);
    }
    const names = gamma.filter((g) => has(g, 'propertyNames')).map((g) => node((0,keywords/* sub */.jb)(g, 'propertyNames')));
    if (names.length && entails(names, [node(want)], depth + 1, ctx).ok)
        return PROVED;
    return fail('property names now restricted', want.pointer);
}
function dependenciesEntail(gamma, d, required, depth, ctx) {
    for (const kw of ['dependencies', 'dependentRequired', 'dependentSchemas']) {
        if (!has(d, kw))
            continue;
        for (const [k, dep] of Object.entries((0,keywords/* obj */.WL)(d)[kw])) {
            const theirs = gamma.flatMap((g) => ['dependencies', 'dependentRequired', 'dependentSchemas']
                .filter((w) => has(g, w) && Object.prototype.hasOwnProperty.call((0,keywords/* obj */.WL)(g)[w], k))
                .map((w) => ({ g, w, v: (0,keywords/* obj */.WL)(g)[w][k] })));
            if (Array.isArray(dep)) {
                const implied = (r) => required.has(r) || theirs.some((t) => Array.isArray(t.v) && t.v.includes(r));
                const missing = dep.find((r) => !implied(r));
                if (missing !== undefined)
                    return fail(`property '${missing}' now required with '${k}'`, `${d.pointer}/${kw}`);
                continue;
            }
            const extra = required.has(k) ? [] : theirs.filter((t) => !Array.isArray(t.v)).map((t) => node((0,keywords/* sub */.jb)(t.g, t.w, k)));
            if (!required.has(k) && extra.length === 0)
                return fail(`schema now applies when '${k}' is present`, `${d.pointer}/${kw}`);
            const r = entails([...gamma.map((g) => ({ k: 'atom', n: g })), ...extra], [node((0,keywords/* sub */.jb)(d, kw, k))], depth, ctx);
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
const has = (n, k) => typeof n.s === 'object' && n.s !== null && k in (0,keywords/* obj */.WL)(n) && (0,keywords/* applies */.Br)(n, k);
/** Whether an atom lets instances of this type through at all (its `type`, `enum`, `const`). */
function admits(n, t) {
    const types = (0,keywords/* declaredTypes */.Iz)(n);
    if (types && !types.has(t))
        return false;
    const values = finiteValues(n);
    return !values || values.some((v) => (0,keywords/* typeOf */.QP)(v) === t);
}
function finiteValues(n) {
    if (has(n, 'const'))
        return [(0,keywords/* obj */.WL)(n).const];
    if (has(n, 'enum'))
        return (0,keywords/* obj */.WL)(n).enum;
    return undefined;
}
/** The only values of a type the hypotheses allow, when there are finitely many. */
function candidates(gamma, t) {
    for (const g of gamma) {
        const values = finiteValues(g);
        if (values)
            return values.filter((v) => (0,keywords/* typeOf */.QP)(v) === t);
    }
    if (t === 'null')
        return [null];
    if (t === 'boolean')
        return [true, false];
    const zero = (k) => gamma.some((g) => has(g, k) && (0,keywords/* obj */.WL)(g)[k] === 0);
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
    for (const t of keywords/* TYPES */.QE) {
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
            if (!gamma.every((g) => (0,evaluate/* accepts */.G3)(g, v)))
                continue;
            if (!delta.some((d) => (0,evaluate/* accepts */.G3)(d, v, 0, true)))
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
    if (!FOR_TYPE[t].some((k) => (k.startsWith('content') ? k in (0,keywords/* obj */.WL)(d) : has(d, k)) && (k !== 'format' || (0,keywords/* formatType */.sg)((0,keywords/* obj */.WL)(d).format) === (t === 'integer' ? 'number' : t))))
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
    const a = has(n, incl) ? (0,keywords/* obj */.WL)(n)[incl] : undefined;
    const b = has(n, excl) && typeof (0,keywords/* obj */.WL)(n)[excl] === 'number' ? (0,keywords/* obj */.WL)(n)[excl] : undefined;
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
    const min = (k) => Math.max(0, ...gamma.filter((g) => has(g, k)).map((g) => (0,keywords/* obj */.WL)(g)[k]));
    const max = (k) => Math.min(Infinity, ...gamma.filter((g) => has(g, k)).map((g) => (0,keywords/* obj */.WL)(g)[k]));
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
        const m = (0,keywords/* obj */.WL)(d).multipleOf;
        // Floating point makes "multiple of a multiple" unreliable, so only exact cases are used: the same
        // divisor, an integer divisor of an integer step, or any integer when the divisor is 1.
        const ok = gamma.some((g) => has(g, 'multipleOf') && ((0,keywords/* obj */.WL)(g).multipleOf === m
            || (Number.isInteger(m) && Number.isInteger((0,keywords/* obj */.WL)(g).multipleOf) && (0,keywords/* isMultiple */.FE)((0,keywords/* obj */.WL)(g).multipleOf, m))))
            || (integer && m === 1);
        if (!ok)
            return fail(`multipleOf ${m} not implied`, d.pointer);
    }
    return sameFormat(gamma, d, 'number');
}
function sameFormat(gamma, d, type) {
    if (!has(d, 'format') || (0,keywords/* formatType */.sg)((0,keywords/* obj */.WL)(d).format) !== type)
        return PROVED;
    const f = (0,keywords/* obj */.WL)(d).format;
    if (gamma.some((g) => has(g, 'format') && (0,keywords/* obj */.WL)(g).format === f))
        return PROVED;
    return fail(`format '${String(f)}' now required`, d.pointer);
}
function stringEntails(gamma, d) {
    const o = (0,keywords/* obj */.WL)(d);
    const lo = Math.max(0, ...gamma.filter((g) => has(g, 'minLength')).map((g) => (0,keywords/* obj */.WL)(g).minLength));
    const hi = Math.min(Infinity, ...gamma.filter((g) => has(g, 'maxLength')).map((g) => (0,keywords/* obj */.WL)(g).maxLength));
    if (has(d, 'minLength') && lo < o.minLength)
        return fail(`strings shorter than ${String(o.minLength)} no longer accepted`, d.pointer);
    if (has(d, 'maxLength') && hi > o.maxLength)
        return fail(`strings longer than ${String(o.maxLength)} no longer accepted`, d.pointer);
    if (has(d, 'pattern') && !gamma.some((g) => has(g, 'pattern') && (0,keywords/* obj */.WL)(g).pattern === o.pattern)) {
        return fail(`pattern '${String(o.pattern)}' now required (pattern containment is not decided)`, d.pointer);
    }
    for (const k of ['contentMediaType', 'contentEncoding']) {
        const want = (0,keywords/* obj */.WL)(d)[k];
        if (want !== undefined && !gamma.some((g) => (0,keywords/* obj */.WL)(g)[k] === want))
            return fail(`${k} '${String(want)}' now required`, d.pointer);
    }
    return sameFormat(gamma, d, 'string');
}

// EXTERNAL MODULE: ./src/schema/resolve.ts
var resolve = __webpack_require__(8399);
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
    const keys = (o) => Object.keys(o).filter((k) => !(0,keywords/* isAnnotation */.Ir)(k)).sort();
    const kx = keys(xo);
    if (!(0,keywords/* deepEqual */.bD)(kx, keys(yo)))
        return false;
    const xs = new Map((0,resolve/* children */.Y_)(xo));
    const ys = new Map((0,resolve/* children */.Y_)(yo));
    if (xs.size !== ys.size)
        return false;
    for (const [seg, v] of xs) {
        if ((0,keywords/* isAnnotation */.Ir)(seg.split('/')[0]))
            continue;
        if (!ys.has(seg))
            return false;
        const path = seg.split('/');
        if (!same((0,resolve/* child */.jf)(x, path.map(unesc), v), (0,resolve/* child */.jf)(y, path.map(unesc), ys.get(seg)), assumed))
            return false;
    }
    const structural = new Set([...xs.keys()].map((s) => s.split('/')[0]));
    for (const k of kx) {
        if (k === '$ref') {
            if (xo.$ref === yo.$ref && isAbsolute(xo.$ref))
                continue;
            const tx = (0,keywords/* refTarget */.L2)(x);
            const ty = (0,keywords/* refTarget */.L2)(y);
            if (!tx || !ty || !same(tx, ty, assumed))
                return false;
        }
        else if (!structural.has(k) && !(k === 'dependencies' && depsSame(xo[k], yo[k]))) {
            if (!(0,keywords/* deepEqual */.bD)(xo[k], yo[k]))
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
const unesc = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');
/** `dependencies` mixes lists (compared as values) with schemas (compared structurally above). */
function depsSame(a, b) {
    if (!a || !b || typeof a !== 'object' || typeof b !== 'object')
        return false;
    const ka = Object.keys(a).sort();
    if (!(0,keywords/* deepEqual */.bD)(ka, Object.keys(b).sort()))
        return false;
    return ka.every((k) => {
        const va = a[k];
        const vb = b[k];
        return Array.isArray(va) || Array.isArray(vb) ? (0,keywords/* deepEqual */.bD)(va, vb) : true;
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
    const o = (0,keywords/* obj */.WL)(n);
    const out = [];
    const target = (0,keywords/* refTarget */.L2)(n);
    if (target)
        out.push(node(target));
    const list = (kw) => o[kw].map((_, i) => node((0,keywords/* sub */.jb)(n, kw, String(i))));
    if (Array.isArray(o.allOf))
        out.push(...list('allOf'));
    if (Array.isArray(o.anyOf))
        out.push({ k: 'or', ts: list('anyOf') });
    if (Array.isArray(o.oneOf))
        out.push({ k: 'one', ts: list('oneOf') });
    if ('not' in o)
        out.push({ k: 'not', t: node((0,keywords/* sub */.jb)(n, 'not')) });
    if ('if' in o && ('then' in o || 'else' in o)) {
        out.push({ k: 'ite', i: node((0,keywords/* sub */.jb)(n, 'if')), t: 'then' in o ? node((0,keywords/* sub */.jb)(n, 'then')) : undefined, e: 'else' in o ? node((0,keywords/* sub */.jb)(n, 'else')) : undefined });
    }
    if (Object.keys(o).some((k) => !COMBINERS.includes(k) && (0,keywords/* applies */.Br)(n, k)))
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
        throw new keywords/* Unsupported */.O0('recursive $ref that does not descend into the instance');
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

// EXTERNAL MODULE: ./src/schema/validate.ts
var validate = __webpack_require__(1465);
;// CONCATENATED MODULE: ./src/schema/witness.ts




const PER_NODE = 48;
const MAX_DEPTH = 6;
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
        for (const [, v] of (0,resolve/* children */.Y_)(o))
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
        return (0,evaluate/* accepts */.G3)(n, v);
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
    if (!n.s || typeof n.s !== 'object' || depth > MAX_DEPTH)
        return undefined;
    const o = (0,keywords/* obj */.WL)(n);
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
        target = (0,keywords/* refTarget */.L2)(n);
    }
    catch {
        return undefined; // the prover reports the unresolvable reference if it matters
    }
    const viaRef = target ? finiteInstances(target, depth + 1) : undefined;
    if (viaRef)
        return viaRef;
    for (const [i] of (Array.isArray(o.allOf) ? o.allOf : []).entries()) {
        const f = finiteInstances((0,keywords/* sub */.jb)(n, 'allOf', String(i)), depth + 1);
        if (f)
            return f;
    }
    for (const kw of ['anyOf', 'oneOf']) {
        if (!Array.isArray(o[kw]))
            continue;
        const parts = o[kw].map((_, i) => finiteInstances((0,keywords/* sub */.jb)(n, kw, String(i)), depth + 1));
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
    const out = build(n, hints, depth);
    // Values cut short by the depth limit are not kept: the same node met higher up deserves a full try.
    if (depth < MAX_DEPTH)
        hints.cache.set(n.id, out);
    return out;
}
function build(n, hints, depth) {
    if (typeof n.s === 'boolean')
        return n.s ? [null, 0, 'a', {}, [], true, 1.5, ...hints.values.slice(0, 4)] : [];
    if (!n.s || typeof n.s !== 'object')
        return [];
    const o = (0,keywords/* obj */.WL)(n);
    if (has(n, 'const'))
        return [o.const];
    if (has(n, 'enum'))
        return o.enum.slice(0, PER_NODE);
    const out = [];
    const more = (m) => out.push(...samples(m, hints, depth + 1).slice(0, 8));
    if (depth < MAX_DEPTH) {
        try {
            const target = (0,keywords/* refTarget */.L2)(n);
            if (target)
                more(target);
        }
        catch {
            // An unresolvable reference yields no candidates; the caller reports the schema error.
        }
        for (const kw of ['allOf', 'anyOf', 'oneOf'])
            if (Array.isArray(o[kw]))
                o[kw].forEach((_, i) => more((0,keywords/* sub */.jb)(n, kw, String(i))));
        for (const kw of ['then', 'else'])
            if (kw in o)
                more((0,keywords/* sub */.jb)(n, kw));
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
        types = (0,keywords/* declaredTypes */.Iz)(n) ?? keywords/* TYPES */.QE;
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
        else if (t === 'array' && depth < MAX_DEPTH)
            out.push(...arraySamples(n, hints, depth));
        else if (t === 'object' && depth < MAX_DEPTH)
            out.push(...objectSamples(n, hints, depth));
    }
    return out;
}
function numberSamples(n, hints, integer) {
    const o = (0,keywords/* obj */.WL)(n);
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
    const o = (0,keywords/* obj */.WL)(n);
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
    const o = (0,keywords/* obj */.WL)(n);
    const min = typeof o.minItems === 'number' ? o.minItems : 0;
    const at = (i) => {
        const item = (0,evaluate/* itemNode */.qH)(n, i);
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
    const o = (0,keywords/* obj */.WL)(n);
    const valuesFor = (name) => {
        const nodes = (0,evaluate/* propertyNodes */.p)(n, name);
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
        if (typeof o.format === 'string' && !(0,validate/* knownFormat */.Xs)(o.format))
            c.unchecked ??= pointer;
        if ('contentMediaType' in o || 'contentEncoding' in o)
            c.unchecked ??= pointer;
        if (!doc.modern && '$ref' in o && Object.keys(o).some((k) => k !== '$ref' && !(0,keywords/* isAnnotation */.Ir)(k)))
            c.refSiblings ??= pointer;
        const patterns = [o.pattern, ...Object.keys(o.patternProperties ?? {})];
        if (patterns.some((p) => typeof p === 'string' && CLASS.test(p)))
            c.asciiClass ??= pointer;
        if ('multipleOf' in o)
            c.multipleOf = true;
        for (const [seg, v] of (0,resolve/* children */.Y_)(o))
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
        if (err instanceof resolve/* SchemaError */.Ar || err instanceof keywords/* Unsupported */.O0)
            return { result: 'unknown', reason: err.message, pointer: err.pointer };
        if (err instanceof OutOfBudget)
            return { result: 'unknown', reason: 'time or step budget exhausted' };
        return { result: 'unknown', reason: `internal error: ${err instanceof Error ? err.message : String(err)}` };
    }
}
function decide(a, b, options) {
    const ca = (0,validate/* compiled */.QO)(a);
    if (typeof ca === 'string')
        return { result: 'unknown', reason: `schema A is invalid: ${ca}` };
    const cb = (0,validate/* compiled */.QO)(b);
    if (typeof cb === 'string')
        return { result: 'unknown', reason: `schema B is invalid: ${cb}` };
    const docA = (0,resolve/* loadDoc */.tq)(a);
    const docB = (0,resolve/* loadDoc */.tq)(b);
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
        if (!(err instanceof keywords/* Unsupported */.O0 || err instanceof OutOfBudget))
            throw err;
        proof = { ok: false, reason: err instanceof OutOfBudget ? 'time or step budget exhausted' : err.message, pointer: err instanceof keywords/* Unsupported */.O0 ? err.pointer : undefined };
    }
    if (proof.ok)
        return { result: 'subset' };
    const hints = { ...hintsOf(docB.root), deadline: ctx.deadline };
    const found = samples(docA.root, hints).find((v) => (witnessOk || stringFree(v)) && ca.validate(v) && !cb.validate(v));
    if (found !== undefined)
        return notSubset(found, cb);
    return { result: 'unknown', reason: proof.reason, pointer: proof.pointer };
}


/***/ }),

/***/ 9131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ applies),
/* harmony export */   C0: () => (/* binding */ strLength),
/* harmony export */   FE: () => (/* binding */ isMultiple),
/* harmony export */   Ir: () => (/* binding */ isAnnotation),
/* harmony export */   Iz: () => (/* binding */ declaredTypes),
/* harmony export */   KA: () => (/* binding */ checkFormat),
/* harmony export */   L2: () => (/* binding */ refTarget),
/* harmony export */   O0: () => (/* binding */ Unsupported),
/* harmony export */   QE: () => (/* binding */ TYPES),
/* harmony export */   QP: () => (/* binding */ typeOf),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   jb: () => (/* binding */ sub),
/* harmony export */   sg: () => (/* binding */ formatType),
/* harmony export */   yG: () => (/* binding */ regex)
/* harmony export */ });
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8399);


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
    return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)(node, [key, ...more], v);
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
    return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRef */ .qE)(node, o.$ref);
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
    // Read once per node: the interpreter asks for every value it checks.
    if (node.types === undefined)
        node.types = readTypes(node) ?? null;
    return node.types ?? undefined;
}
/**
 * Type sets by their `type` value, one name or two (a catalog spells a handful of them over hundreds
 * of thousands of nodes): looked up name by name, so no key is built; only valid lists are kept.
 */
const oneType = new Map();
const twoTypes = new Map();
const MAX_TYPE_SETS = 1000;
let typeSetCount = 0;
/** The names of a `type` value that is one or two strings; undefined for anything else (not kept). */
function typeNames(t) {
    if (typeof t === 'string')
        return [t];
    if (!Array.isArray(t) || t.length === 0 || t.length > 2 || !t.every((n) => typeof n === 'string'))
        return undefined;
    return t;
}
function readTypes(node) {
    const t = obj(node).type;
    if (t === undefined)
        return undefined;
    const names = typeNames(t);
    const hit = names === undefined ? undefined : names.length === 1 ? oneType.get(names[0]) : twoTypes.get(names[0])?.get(names[1]);
    if (hit)
        return hit;
    const out = new Set();
    for (const name of Array.isArray(t) ? t : [t]) {
        if (typeof name !== 'string' || !TYPES.includes(name))
            throw new _resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaError */ .Ar(`unknown type '${String(name)}'`, node.pointer);
        out.add(name);
        if (name === 'number')
            out.add('integer');
    }
    if (names && typeSetCount < MAX_TYPE_SETS) {
        typeSetCount++;
        if (names.length === 1)
            oneType.set(names[0], out);
        else {
            let inner = twoTypes.get(names[0]);
            if (!inner)
                twoTypes.set(names[0], (inner = new Map()));
            inner.set(names[1], out);
        }
    }
    return out;
}
/** The instance type a format applies to (ajv-formats has numeric ones); unknown formats are read as string formats. */
function formatType(name) {
    const f = ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats[String(name)];
    return f && typeof f === 'object' && !(f instanceof RegExp) && f.type === 'number' ? 'number' : 'string';
}
const pointerOf = (at) => (typeof at === 'string' ? at : at.pointer);
/** Whether a value passes a `format` as ajv-formats checks it (each format applies to strings, or numbers for int32 etc.). */
function checkFormat(name, value, at) {
    const f = ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats[name];
    if (f === undefined)
        throw new Unsupported(`format '${name}' (not checked by the validator)`, pointerOf(at));
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
function regex(pattern, at) {
    if (typeof pattern !== 'string')
        throw new _resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaError */ .Ar('pattern must be a string', pointerOf(at));
    let re = regexCache.get(pattern);
    if (!re) {
        try {
            re = new RegExp(pattern, 'u');
        }
        catch {
            throw new _resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaError */ .Ar(`invalid regular expression '${pattern}'`, pointerOf(at));
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


/***/ }),

/***/ 8399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ SchemaError),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Y_: () => (/* binding */ children),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   qE: () => (/* binding */ resolveRef),
/* harmony export */   tq: () => (/* binding */ loadDoc)
/* harmony export */ });
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1465);

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
/** A node whose pointer is spelled only when asked for (errors and the prover's answers): most never are. */
class Node {
    s;
    doc;
    base;
    parent;
    path;
    id = nextId++;
    types;
    keywords;
    spelled;
    constructor(s, doc, base, parent, path) {
        this.s = s;
        this.doc = doc;
        this.base = base;
        this.parent = parent;
        this.path = path;
    }
    get pointer() {
        if (this.spelled === undefined) {
            const segs = typeof this.path === 'string' ? this.path : this.path.map(esc).join('/');
            this.spelled = this.parent ? `${this.parent.pointer}/${segs}` : segs;
        }
        return this.spelled;
    }
}
/** `path`: the pointer from the root when there is no parent; else escaped segments (a string) or raw ones after the parent's. */
function makeNode(doc, s, base, parent, path) {
    const interned = doc.interned;
    if (interned && s && typeof s === 'object') {
        const hit = interned.get(s);
        if (hit)
            return hit;
    }
    const node = new Node(s, doc, base, parent, path);
    if (interned && s && typeof s === 'object')
        interned.set(s, node);
    return node;
}
/**
 * Reads a schema document. Nodes are made as the interpreter reaches them; the $id and $anchor
 * index is built only when a reference needs it: a wide discovered schema is mostly never read
 * past the properties a document has, and its references are plain pointers from the root.
 * A transient document (read once, to judge values) keeps no node per schema object: a position
 * reached twice gets a new node, which spares the weak map that a wide schema's nodes crowd.
 */
function loadDoc(schema, transient = false) {
    if (typeof schema !== 'boolean' && (schema === null || typeof schema !== 'object' || Array.isArray(schema))) {
        throw new SchemaError('schema must be an object or a boolean');
    }
    const draft = (0,_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .draftOf */ .bz)(schema);
    const origin = `https://connector-compat.invalid/doc-${nextDoc++}/schema.json`;
    const doc = { modern: draft === '2019-09' || draft === '2020-12', ...(transient ? {} : { interned: new WeakMap() }), origin };
    doc.root = makeNode(doc, schema, withBase(schema, origin), undefined, '');
    return doc;
}
/** The document's $id and $anchor names, indexed on first use. */
function indexOf(doc) {
    if (doc.index)
        return doc.index;
    const index = new Map();
    const walk = (s, parentBase, pointer) => {
        const base = withBase(s, parentBase);
        if (!s || typeof s !== 'object' || Array.isArray(s))
            return;
        const node = makeNode(doc, s, base, undefined, pointer);
        const o = s;
        if (base !== parentBase || pointer === '')
            index.set(base, node);
        if (typeof o.$id === 'string' && o.$id.startsWith('#'))
            index.set(`${parentBase}${o.$id}`, node);
        if (typeof o.$anchor === 'string')
            index.set(`${base}#${o.$anchor}`, node);
        for (const [seg, v] of children(o))
            walk(v, base, `${pointer}/${seg}`);
    };
    walk(doc.root.s, doc.origin, '');
    return (doc.index = index);
}
/** The node a `$ref` (or `$recursiveRef`/`$dynamicRef`, read as a plain reference) points to. */
function resolveRef(from, ref) {
    const key = `${from.base}\u0000${ref}`;
    const refs = (from.doc.refs ??= new Map());
    let node = refs.get(key);
    if (!node)
        refs.set(key, (node = resolveUncached(from, ref)));
    return node;
}
function resolveUncached(from, ref) {
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
        const named = indexOf(from.doc).get(`${whole}#${frag}`);
        if (named)
            return named;
        throw new SchemaError(`$ref '${ref}' does not resolve`, from.pointer);
    }
    // A pointer from the root needs no index; anything else (nested $id, anchors) does.
    const start = whole === from.doc.root.base && !from.doc.index ? from.doc.root : indexOf(from.doc).get(whole);
    if (!start)
        throw new SchemaError(`$ref '${ref}' does not resolve (references outside the document are not fetched)`, from.pointer);
    let node = start;
    for (const raw of frag.split('/').slice(1)) {
        const seg = unesc(raw);
        const s = node.s;
        if (!s || typeof s !== 'object' || !(seg in s))
            throw new SchemaError(`$ref '${ref}' does not resolve`, from.pointer);
        const v = s[seg];
        node = makeNode(node.doc, v, withBase(v, node.base), node, [seg]);
    }
    return node;
}
/** A named subschema of a node (e.g. `properties/x`), interned so that the same position has the same id. */
function child(node, path, value) {
    // A node already made for this schema object is the node: skip building its base and pointer.
    const hit = value && typeof value === 'object' ? node.doc.interned?.get(value) : undefined;
    if (hit)
        return hit;
    return makeNode(node.doc, value, withBase(value, node.base), node, path);
}


/***/ }),

/***/ 1465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ canonicalText),
/* harmony export */   Ey: () => (/* binding */ metaValid),
/* harmony export */   Nc: () => (/* binding */ validator),
/* harmony export */   QO: () => (/* binding */ compiled),
/* harmony export */   Xs: () => (/* binding */ knownFormat),
/* harmony export */   bz: () => (/* binding */ draftOf)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(878);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(779);





// ajv-formats is CommonJS; under NodeNext its default import is the module object or the plugin itself.
const addFormats = ((ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"]) ?? (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()));
const byObject = new WeakMap();
const byText = new Map();
/** Validators kept by text: a catalog's repeated small schemas hit, its thousands of distinct wide ones pass through. */
const MAX_BY_TEXT = 2000;
const shared = new Map();
/** Formats that ajv-formats checks; any other `format` value is ignored by ajv (an annotation). */
function knownFormat(name) {
    return Object.prototype.hasOwnProperty.call(ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_1__.fullFormats, name);
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
    // Discovered schemas are wide (hundreds of properties, shared $defs): ajv's default inlining of
    // every $ref and its code optimizer make compiling one take several times longer than without.
    const options = { strict: false, allErrors, logger: false, validateFormats: true, inlineRefs: false, code: { optimize: false } };
    const ajv = draft === '2020-12' ? new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__.Ajv2020(options) : draft === '2019-09' ? new ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__.Ajv2019(options) : new ajv__WEBPACK_IMPORTED_MODULE_4__.Ajv(options);
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
    const validate = ajv.compile(schema);
    // ajv keeps every compiled schema in its own cache for good; ours below is bounded instead.
    if (typeof schema === 'object')
        ajv.removeSchema(schema);
    return validate;
}
function build(schema, first) {
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
        // One of the two compiles happens now (it says whether the schema is valid), the other when asked for.
        const compileFor = (allErrors) => compileWith(ajvFor(draft, allErrors, hasId), body);
        let validate = first === 'validate' ? compileFor(false) : undefined;
        let explain = first === 'explain' ? compileFor(true) : undefined;
        return {
            // Reporting all errors changes no verdict: a schema compiled to explain also validates.
            validate: (instance) => (validate ?? explain ?? (validate = compileFor(false)))(instance),
            rawErrors: (instance) => {
                explain ??= compileFor(true);
                return explain(instance) ? [] : [...(explain.errors ?? [])];
            },
        };
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}
/** Meta-schema verdicts by schema text: the parts of a catalog ask it of the same small shells thousands of times. */
const metaByText = new Map();
/** Whether the schema is valid under its draft's meta-schema, without compiling it. */
function metaValid(schema) {
    const draft = draftOf(schema);
    if (draft === undefined || typeof schema !== 'object' || schema === null)
        return false;
    const text = JSON.stringify(schema);
    let valid = metaByText.get(text);
    if (valid === undefined) {
        try {
            valid = ajvFor(draft, false, false).validateSchema(schema) === true;
        }
        catch {
            valid = false;
        }
        if (metaByText.size >= MAX_BY_TEXT)
            metaByText.delete(metaByText.keys().next().value);
        metaByText.set(text, valid);
    }
    return valid;
}
/**
 * Compiles (once per schema object and per canonical text) the validator of a schema; a string is
 * the reason it is invalid. `first` names the use to compile for now; the other compiles when asked for.
 */
function compiled(schema, first = 'validate') {
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
        result = build(schema, first);
        if (byText.size >= MAX_BY_TEXT)
            byText.delete(byText.keys().next().value);
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


/***/ })

};
