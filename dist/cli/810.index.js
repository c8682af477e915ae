export const id = 810;
export const ids = [810];
export const modules = {

/***/ 3097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hJ: () => (/* binding */ bindingOf),
/* harmony export */   k6: () => (/* binding */ CaptureProfile)
/* harmony export */ });
/* unused harmony exports jsonType, collectionName */
/* harmony import */ var _model_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9563);
/* harmony import */ var _model_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8664);
/* harmony import */ var _schema_document_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3291);



/** The JSON type of a value as capture.ts names it. */
const jsonType = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
const MAX_VIOLATIONS = 1_000;
/** `/items/3/id` -> `/items/*\/id`: one tally per place, not per array position. */
const place = (instancePath) => instancePath.replace(/\/\d+(?=\/|$)/g, '/*');
const collectionName = (collection) => collection.slice(collection.lastIndexOf('/') + 1);
/** Each side's bindings by recommended name (the first of equal names): a catalog looks up a thousand collections. */
const byName = new WeakMap();
function bindingOf(collection, bindings) {
    if (!bindings)
        return undefined;
    let index = byName.get(bindings);
    if (!index) {
        index = new Map();
        for (const b of bindings)
            if (!index.has(b.recommendedName))
                index.set(b.recommendedName, b);
        byName.set(bindings, index);
    }
    return index.get(collectionName(collection));
}
const keyText = (doc, key) => {
    if (!key || key.length === 0)
        return undefined;
    const parts = key.map((p) => (0,_model_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .getAt */ .sM)(doc, p));
    return parts.some((v) => v === undefined) ? undefined : (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)(parts);
};
class CaptureProfile {
    opts;
    collections = new Map();
    sampled = 0;
    redacted = new Map();
    checks = new Map();
    /** Baseline sample documents by key text, per collection (built when a candidate first matches). */
    keyed = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    add(collection, doc) {
        let c = this.collections.get(collection);
        if (!c)
            this.collections.set(collection, (c = { documents: 0, fields: new Map(), truncated: false, sample: [], pairs: [], violations: new Map() }));
        c.documents++;
        this.profileFields(c, doc, '');
        const size = this.opts.sampleSize ?? 100;
        if (c.sample.length < size && this.sampled < (this.opts.sampleBudget ?? 20_000)) {
            c.sample.push(doc);
            this.sampled++;
        }
        if (this.opts.matchWith && c.pairs.length < size)
            this.pair(collection, c, doc);
        for (const { rule, check } of this.checksOf(collection))
            this.tallyProblems(c, rule, check, doc);
    }
    isRedacted(pointer) {
        let hit = this.redacted.get(pointer);
        if (hit === undefined)
            this.redacted.set(pointer, (hit = this.opts.redact.some((g) => (0,_model_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerMatches */ .hh)(g, pointer))));
        return hit;
    }
    /** Leaf fields as capture.ts sees them: objects are walked, arrays and empty objects are values. */
    profileFields(c, value, base) {
        for (const k in value) {
            const v = value[k];
            const pointer = `${base}/${k.includes('~') || k.includes('/') ? (0,_model_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeToken */ .tj)(k) : k}`;
            if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
                let empty = true;
                for (const _ in v) {
                    empty = false;
                    break;
                }
                if (!empty) {
                    this.profileFields(c, v, pointer);
                    continue;
                }
            }
            if (this.isRedacted(pointer))
                continue;
            let f = c.fields.get(pointer);
            if (!f) {
                if (c.fields.size >= (this.opts.maxFields ?? 5_000)) {
                    c.truncated = true;
                    continue;
                }
                c.fields.set(pointer, (f = { count: 0, types: new Map() }));
            }
            f.count++;
            const t = jsonType(v);
            f.types.set(t, (f.types.get(t) ?? 0) + 1);
        }
    }
    checksOf(collection) {
        let list = this.checks.get(collection);
        if (!list) {
            list = [];
            for (const { rule, bindings } of this.opts.schemas ?? []) {
                const schema = bindingOf(collection, bindings)?.documentSchema;
                if (schema !== undefined)
                    list.push({ rule, check: (0,_schema_document_check_js__WEBPACK_IMPORTED_MODULE_0__/* .documentCheck */ .O)(schema) });
            }
            this.checks.set(collection, list);
        }
        return list;
    }
    tallyProblems(c, rule, check, doc) {
        const seen = new Set();
        for (const p of check.problems(doc)) {
            const pointer = place(p.pointer);
            // A redacted value stands for whatever the connector sent: the schema cannot be judged there.
            if (pointer !== '' && this.isRedacted(pointer))
                continue;
            const id = `${rule}\u0000${pointer}\u0000${p.message}`;
            if (seen.has(id))
                continue;
            seen.add(id);
            const t = c.violations.get(id);
            if (t)
                t.count++;
            else if (c.violations.size < MAX_VIOLATIONS)
                c.violations.set(id, { rule, pointer, message: p.message, count: 1 });
        }
    }
    /** Pairs a candidate document with a baseline sample document of the same key (the baseline's, else this side's). */
    pair(collection, c, doc) {
        const base = this.opts.matchWith;
        const keys = [bindingOf(collection, base.opts.bindings)?.key, bindingOf(collection, this.opts.bindings)?.key];
        for (const [i, key] of keys.entries()) {
            const text = keyText(doc, key);
            if (text === undefined)
                continue;
            const index = base.sampleByKey(`${collection}\u0000${i}`, collection, key);
            const match = index.get(text);
            if (match) {
                index.delete(text);
                c.pairs.push([match, doc]);
                return;
            }
        }
    }
    /** The baseline's sample of a collection indexed by one key (built on first use). */
    sampleByKey(id, collection, key) {
        let index = this.keyed.get(id);
        if (!index) {
            index = new Map();
            for (const d of this.collections.get(collection)?.sample ?? []) {
                const text = keyText(d, key);
                if (text !== undefined && !index.has(text))
                    index.set(text, d);
            }
            this.keyed.set(id, index);
        }
        return index;
    }
}


/***/ }),

/***/ 7189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ compareCapture)
});

// EXTERNAL MODULE: ./src/model/canonical.ts
var canonical = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/model/pointer.ts
var pointer = __webpack_require__(8664);
// EXTERNAL MODULE: ./src/compare/capture-profile.ts
var capture_profile = __webpack_require__(3097);
// EXTERNAL MODULE: ./src/schema/document-check.ts
var document_check = __webpack_require__(3291);
// EXTERNAL MODULE: ./src/compare/finding.ts
var finding = __webpack_require__(5714);
// EXTERNAL MODULE: ./src/schema/prune.ts
var prune = __webpack_require__(4443);
;// CONCATENATED MODULE: ./src/compare/capture-schema.ts



/** `/items/3/id` -> `/items/*\/id`: one finding per place, not per document. */
const place = (instancePath) => instancePath.replace(/\/\d+(?=\/|$)/g, '/*');
/** One object with every property any of the documents has, at every level (arrays by their items). */
function mergedShape(docs) {
    const objects = docs.filter((d) => d !== null && typeof d === 'object' && !Array.isArray(d));
    const arrays = docs.filter(Array.isArray);
    if (objects.length === 0)
        return arrays.length ? [mergedShape(arrays.flat())] : docs[0];
    const keys = new Set(objects.flatMap((o) => Object.keys(o)));
    return Object.fromEntries([...keys].map((k) => [k, mergedShape(objects.map((o) => o[k]).filter((v) => v !== undefined))]));
}
/**
 * Candidate documents validated against a discovered schema (ajv's verdict and messages): one finding per collection,
 * place and complaint, with how many documents it concerns and the first such document's place.
 */
function schemaViolations(rule, collection, docs, schema, whose, redacted) {
    if (schema === undefined || docs.length === 0)
        return [];
    // Valid documents are read by the engine's interpreter; ajv explains a rejection, and compiles
    // the schema pruned to the properties some document has (same answers, less to compile) only
    // for a collection of many documents.
    const check = (0,document_check/* documentCheck */.O)(schema, () => (0,prune/* pruneFor */.u)(schema, mergedShape(docs)));
    const byPlace = new Map();
    for (const doc of docs) {
        const complaints = check.problems(doc);
        // A redacted value stands for whatever the connector sent; the schema cannot be judged there.
        for (const e of new Set(complaints.filter((c) => !redacted(doc, c.pointer)).map((c) => `${place(c.pointer)}\u0000${c.message}`))) {
            const hit = byPlace.get(e);
            if (hit)
                hit.count++;
            else
                byPlace.set(e, { message: e.split('\u0000')[1], count: 1 });
        }
    }
    return [...byPlace.entries()].map(([key, { message, count }]) => {
        const pointer = key.split('\u0000')[0];
        return (0,finding/* makeFinding */.M)({ rule, stage: 'capture', binding: collection, pointer, after: message, message: `${count} of ${docs.length} candidate documents are invalid under the ${whose} schema at ${pointer || '/'}: ${message}` });
    });
}

;// CONCATENATED MODULE: ./src/compare/capture.ts





/** The value estuary's snapshot tests put in place of volatile fields. */
const REDACTED = 'redacted';
const jsonType = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
/** Leaf fields of a document by pointer; arrays are compared as whole values. */
function leaves(doc, base = '', out = new Map()) {
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
        for (const [k, v] of Object.entries(doc)) {
            const p = (0,pointer/* joinPointer */.Kn)(base, k);
            if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0)
                leaves(v, p, out);
            else
                out.set(p, v);
        }
    }
    return out;
}
const keyOf = (collection, bindings) => (0,capture_profile/* bindingOf */.hJ)(collection, bindings)?.key;
function groupByCollection(docs) {
    const map = new Map();
    for (const [c, d] of docs) {
        const list = map.get(c);
        if (list)
            list.push(d);
        else
            map.set(c, [d]);
    }
    return map;
}
/**
 * Pairs documents of one collection: by the baseline's key, else by the candidate's (one of them
 * may be a runtime key like /_meta/row_id that the other side lacks), else by position.
 */
function matchDocs(before, after, keys) {
    for (const key of keys) {
        if (!key || key.length === 0)
            continue;
        const keyed = new Map(after.map((d) => [(0,canonical/* canonicalJson */.dj)(key.map((p) => (0,pointer/* getAt */.sM)(d, p))), d]));
        const pairs = [];
        for (const d of before) {
            const k = key.map((p) => (0,pointer/* getAt */.sM)(d, p));
            if (k.some((v) => v === undefined))
                continue;
            const match = keyed.get((0,canonical/* canonicalJson */.dj)(k));
            if (match)
                pairs.push([d, match]);
        }
        if (pairs.length > 0)
            return pairs;
    }
    const n = Math.min(before.length, after.length);
    return before.slice(0, n).map((d, i) => [d, after[i]]);
}
/** Differences of one collection's matched documents, one finding per field and cause. */
function compareCollection(collection, pairs, opts) {
    const tallies = new Map();
    const tally = (t) => {
        const id = `${t.rule} ${t.pointer}`;
        const existing = tallies.get(id);
        if (existing)
            existing.count++;
        else
            tallies.set(id, { ...t, count: 1 });
    };
    const isMeta = (p) => p === '/_meta' || p.startsWith('/_meta/');
    const redacted = (p) => opts.redact.some((g) => (0,pointer/* pointerMatches */.hh)(g, p));
    for (const [bd, ad] of pairs) {
        const b = leaves(bd);
        const a = leaves(ad);
        for (const [p, bv] of b) {
            if (redacted(p))
                continue;
            const av = a.get(p);
            if (isMeta(p)) {
                if (!(0,canonical/* jsonEqual */.Zm)(bv, av))
                    tally({ rule: 'capture.meta.changed', pointer: p, before: bv, after: av, message: (n, t) => `runtime metadata ${p} differs in ${n} of ${t} matched documents` });
            }
            else if (!a.has(p)) {
                tally({ rule: 'capture.field.removed', pointer: p, before: bv, message: (n, t) => `field ${p} is missing from ${n} of ${t} matched documents` });
            }
            else if (bv === REDACTED || av === REDACTED) {
                continue;
            }
            else if (jsonType(bv) !== jsonType(av) && !(jsonType(bv) === 'integer' && jsonType(av) === 'number')) {
                tally({ rule: 'capture.value.type-changed', pointer: p, before: bv, after: av, message: (n, t) => `field ${p} changed type from ${jsonType(bv)} to ${jsonType(av)} in ${n} of ${t} matched documents` });
            }
            else if (!(0,canonical/* jsonEqual */.Zm)(bv, av)) {
                tally({ rule: 'capture.value.changed', pointer: p, before: bv, after: av, message: (n, t) => `field ${p} has a different value in ${n} of ${t} matched documents` });
            }
        }
        for (const [p, av] of a) {
            if (b.has(p) || redacted(p))
                continue;
            if (isMeta(p))
                tally({ rule: 'capture.meta.changed', pointer: p, after: av, message: (n, t) => `runtime metadata ${p} added in ${n} of ${t} matched documents` });
            else
                tally({ rule: 'capture.field.added', pointer: p, after: av, message: (n, t) => `field ${p} added in ${n} of ${t} matched documents` });
        }
    }
    // Fingerprints take the rule and place, not example values: those vary from run to run.
    return [...tallies.values()].map((t) => Object.assign((0,finding/* makeFinding */.M)({ rule: t.rule, stage: 'capture', binding: collection, pointer: t.pointer, message: t.message(t.count, pairs.length) }), {
        ...(t.before !== undefined ? { before: t.before } : {}),
        ...(t.after !== undefined ? { after: t.after } : {}),
    }));
}
/**
 * Capture differences: collections missing or added, field differences of matched documents, and
 * candidate documents that their own or the baseline's discovered schema rejects.
 */
function compareCapture(before, after, opts) {
    const findings = [];
    const b = groupByCollection(before.docs);
    const a = groupByCollection(after.docs);
    for (const [collection, docs] of b) {
        const other = a.get(collection);
        if (!other) {
            findings.push((0,finding/* makeFinding */.M)({ rule: 'capture.collection.missing', stage: 'capture', binding: collection, message: `${collection}: the baseline captured ${docs.length} documents, the candidate none` }));
            continue;
        }
        const pairs = matchDocs(docs, other, [keyOf(collection, before.bindings), keyOf(collection, after.bindings)]);
        findings.push(...compareCollection(collection, pairs, opts));
    }
    const redacted = (doc, p) => (0,pointer/* getAt */.sM)(doc, p) === REDACTED || opts.redact.some((g) => (0,pointer/* pointerMatches */.hh)(g, p));
    for (const [collection, docs] of a) {
        findings.push(...schemaViolations('capture.schema.violation', collection, docs, (0,capture_profile/* bindingOf */.hJ)(collection, after.bindings)?.documentSchema, "candidate's own discovered", redacted), ...schemaViolations('capture.schema.baseline-violation', collection, docs, (0,capture_profile/* bindingOf */.hJ)(collection, before.bindings)?.documentSchema, "baseline's discovered", redacted));
        if (!b.has(collection))
            findings.push((0,finding/* makeFinding */.M)({ rule: 'capture.collection.added', stage: 'capture', binding: collection, message: `${collection}: ${docs.length} documents captured by the candidate only` }));
    }
    return findings;
}


/***/ }),

/***/ 5714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ makeFinding)
/* harmony export */ });
/* unused harmony export fingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9563);
/* harmony import */ var _model_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2622);



/**
 * A stable 12-hex fingerprint: the same difference gets the same id on every run and machine,
 * and a different difference (other values, other place) gets another, so an accepted id goes
 * stale when what it accepted changes. Messages and witnesses are not part of it.
 */
function fingerprint(f) {
    const basis = (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)([f.rule, f.stage, f.origin ?? 'baseline-candidate', f.binding ?? null, f.pointer ?? null, f.before ?? null, f.after ?? null]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(basis).digest('hex').slice(0, 12);
}
function makeFinding(input) {
    const f = { id: fingerprint(input), rule: input.rule, stage: input.stage, severity: (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultSeverity */ .NU)(input.rule), message: input.message };
    if (input.binding !== undefined)
        f.binding = input.binding;
    if (input.pointer !== undefined)
        f.pointer = input.pointer;
    if (input.before !== undefined)
        f.before = input.before;
    if (input.after !== undefined)
        f.after = input.after;
    if (input.witness !== undefined)
        f.witness = input.witness;
    if (input.origin !== undefined)
        f.origin = input.origin;
    return f;
}


/***/ }),

/***/ 1385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ compareSets)
});

// EXTERNAL MODULE: ./src/model/resource-path.ts
var resource_path = __webpack_require__(6381);
// EXTERNAL MODULE: ./src/compare/capture.ts + 1 modules
var capture = __webpack_require__(7189);
// EXTERNAL MODULE: ./src/model/canonical.ts
var canonical = __webpack_require__(9563);
// EXTERNAL MODULE: ./src/model/pointer.ts
var model_pointer = __webpack_require__(8664);
// EXTERNAL MODULE: ./src/normalize/index.ts
var normalize = __webpack_require__(6911);
// EXTERNAL MODULE: ./src/compare/finding.ts
var compare_finding = __webpack_require__(5714);
// EXTERNAL MODULE: ./src/schema/validate.ts
var validate = __webpack_require__(1465);
// EXTERNAL MODULE: ./src/schema/index.ts + 6 modules
var schema = __webpack_require__(269);
;// CONCATENATED MODULE: ./src/compare/schema-fields.ts

const ALL_TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'object', 'array'];
const ANNOTATIONS = ['title', 'description', 'order', 'examples', 'default'];
const CONSTRAINING = ['type', 'properties', 'items', 'enum', 'const'];
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function resolveRef(root, ref) {
    if (!ref.startsWith('#'))
        return undefined;
    const pointer = decodeURIComponent(ref.slice(1));
    let cur = root;
    for (const raw of pointer.split('/').slice(1)) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (!isObject(cur))
            return undefined;
        cur = cur[token];
    }
    return cur === undefined ? undefined : { schema: cur, pointer };
}
/** The schema's branches with $refs followed: each alternative a field may satisfy. */
function branches(root, schema, pointer, seen) {
    if (schema === true)
        return [{ schema: {}, pointer }];
    if (!isObject(schema))
        return [];
    // Most fields of a wide schema are plain: their own keywords are their one branch.
    if (!('$ref' in schema || 'anyOf' in schema || 'oneOf' in schema || 'allOf' in schema))
        return [{ schema: { ...schema }, pointer }];
    const out = [];
    if (typeof schema.$ref === 'string' && !seen.has(schema.$ref)) {
        const target = resolveRef(root, schema.$ref);
        if (target)
            out.push(...branches(root, target.schema, target.pointer, new Set([...seen, schema.$ref])));
    }
    const alternatives = [
        ...(schema.anyOf ?? []).map((s, i) => [s, (0,model_pointer/* joinPointer */.Kn)(pointer, 'anyOf', i)]),
        ...(schema.oneOf ?? []).map((s, i) => [s, (0,model_pointer/* joinPointer */.Kn)(pointer, 'oneOf', i)]),
        ...(schema.allOf ?? []).map((s, i) => [s, (0,model_pointer/* joinPointer */.Kn)(pointer, 'allOf', i)]),
    ];
    for (const [s, p] of alternatives)
        out.push(...branches(root, s, p, seen));
    const { anyOf: _a, oneOf: _o, allOf: _l, $ref: _r, ...own } = schema;
    // The schema's own keywords count as a branch when they constrain, or when nothing else does.
    if (CONSTRAINING.some((k) => k in own) || out.length === 0)
        out.push({ schema: own, pointer });
    return out;
}
/** The alternatives a value may satisfy, $refs followed. */
const alternativesOf = (root, schema) => branches(root, schema, '', new Set()).map((b) => b.schema);
function typesOf(schemas) {
    const types = new Set();
    for (const s of schemas) {
        if (s.type === undefined) {
            // A branch that names no type but constrains with enum/const takes the values' types.
            const values = 'const' in s ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
            if (values)
                for (const v of values)
                    types.add(v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
            else if (!s.properties && !s.items)
                ALL_TYPES.forEach((t) => types.add(t));
            else
                types.add(s.properties ? 'object' : 'array');
            continue;
        }
        for (const t of Array.isArray(s.type) ? s.type : [s.type])
            if (ALL_TYPES.includes(t))
                types.add(t);
    }
    return types;
}
/**
 * Every field a document schema declares, by document path; the document itself is the field ''.
 * A structural reading: it answers "which fields, of which types", not containment (the schema
 * engine does that, field by field, where this reading shows a difference). Top-level properties
 * in `skipTop` are left out: unchanged ones, in a wide schema, are most of the work.
 */
function collectFields(root, skipTop = new Set(), maxDepth = 12) {
    const fields = new Map();
    const visit = (schema, pointer, path, required, depth, seen) => {
        const parts = branches(root, schema, pointer, seen);
        const existing = fields.get(path);
        const info = existing ?? { path, schemaPointer: pointer, types: new Set(), formats: new Set(), required, secret: false, annotations: {}, branches: [], nodes: [] };
        info.nodes.push(schema);
        typesOf(parts.map((p) => p.schema)).forEach((t) => info.types.add(t));
        for (const { schema: s } of parts) {
            info.branches.push(s);
            if (typeof s.format === 'string')
                info.formats.add(s.format);
            if (s.secret === true || s.airbyte_secret === true)
                info.secret = true;
            for (const a of ANNOTATIONS)
                if (a in s && !(a in info.annotations))
                    info.annotations[a] = s[a];
        }
        fields.set(path, info);
        if (depth >= maxDepth)
            return;
        for (const { schema: s, pointer: p } of parts) {
            const req = new Set(Array.isArray(s.required) ? s.required : []);
            if (isObject(s.properties)) {
                for (const [name, sub] of Object.entries(s.properties)) {
                    if (depth === 0 && skipTop.has(name))
                        continue;
                    visit(sub, (0,model_pointer/* joinPointer */.Kn)(p, 'properties', name), (0,model_pointer/* joinPointer */.Kn)(path, name), req.has(name), depth + 1, seen);
                }
            }
            if (isObject(s.items) || s.items === true)
                visit(s.items, (0,model_pointer/* joinPointer */.Kn)(p, 'items'), (0,model_pointer/* joinPointer */.Kn)(path, '*'), false, depth + 1, seen);
        }
    };
    visit(root, '', '', true, 0, new Set());
    return fields;
}

;// CONCATENATED MODULE: ./src/compare/local-schema.ts



/** Keywords that constrain a value itself, as opposed to its properties or items (fields of their own). */
const VALUE_KEYWORDS = [
    'type', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum',
    'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
];
/**
 * The part of a field's schema that judges the value at that place and nothing below it: the
 * engine is asked one small question per changed field instead of one about the whole document,
 * and each answer names one field. oneOf becomes anyOf: the branches usually differ only below
 * this place, and projected they would overlap and reject everything.
 */
function localOf(root, schema, withFormat, seen) {
    if (typeof schema === 'boolean')
        return schema;
    if (schema === null || typeof schema !== 'object')
        return true;
    const s = schema;
    const parts = [];
    const own = {};
    for (const k of VALUE_KEYWORDS)
        if (k in s && (withFormat || k !== 'format'))
            own[k] = s[k];
    if (Object.keys(own).length > 0)
        parts.push(own);
    if (typeof s.$ref === 'string' && !seen.has(s.$ref)) {
        const target = resolveRef(root, s.$ref);
        if (target)
            parts.push(localOf(root, target.schema, withFormat, new Set([...seen, s.$ref])));
    }
    for (const k of ['anyOf', 'oneOf']) {
        if (Array.isArray(s[k]))
            parts.push({ anyOf: s[k].map((b) => localOf(root, b, withFormat, seen)) });
    }
    if (Array.isArray(s.allOf))
        parts.push(...s.allOf.map((b) => localOf(root, b, withFormat, seen)));
    if (s.not !== undefined)
        parts.push({ not: localOf(root, s.not, withFormat, seen) });
    const useful = parts.filter((p) => p !== true);
    return useful.length === 0 ? true : useful.length === 1 ? useful[0] : { allOf: useful };
}
/** The local schema of a field: any of the places that declare it. */
function localSchema(root, field, withFormat) {
    const alternatives = field.nodes.map((n) => localOf(root, n, withFormat, new Set()));
    if (alternatives.length === 1)
        return alternatives[0];
    const distinct = [...new Map(alternatives.map((a) => [(0,validate/* canonicalText */.A4)(a), a])).values()];
    return distinct.length === 1 ? distinct[0] : { anyOf: distinct };
}
const answers = new Map();
/** isSubset over small local schemas, remembered: a catalog repeats the same few changes many times. */
function subsetOf(a, b) {
    const key = (0,validate/* canonicalText */.A4)([a, b]);
    let answer = answers.get(key);
    if (!answer) {
        answer = (0,schema/* isSubset */.H)(a, b);
        answers.set(key, answer);
    }
    return answer;
}

;// CONCATENATED MODULE: ./src/compare/narrowing-hits.ts




const narrowing_hits_isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The values at a field path (`*` = every array item) in one document, and whether its parent held it. */
function valuesAt(doc, path) {
    let nodes = [doc];
    const tokens = (0,model_pointer/* parsePointer */.vp)(path);
    let missingUnderParent = false;
    tokens.forEach((token, i) => {
        const next = [];
        for (const n of nodes) {
            if (token === '*' && Array.isArray(n))
                next.push(...n);
            else if (narrowing_hits_isObject(n) && token in n)
                next.push(n[token]);
            else if (narrowing_hits_isObject(n) && i === tokens.length - 1)
                missingUnderParent = true;
        }
        nodes = next;
    });
    return { values: nodes, missingUnderParent };
}
/**
 * A proven narrowing of a document schema that none of the baseline's captured documents of that
 * collection runs into is a warning, not a break (design.md: "a narrowing that no actual config or
 * binding hits"). Needs at least one captured document; the witness stays on the finding.
 */
function downgradeUnhit(narrowings, candidateSchema, samples) {
    const replaced = new Map();
    if (samples.length === 0 || narrowings.length === 0)
        return replaced;
    // Each narrowing carries the candidate's field as the schema walk read it: no second walk of a wide schema.
    for (const { finding, path, field } of narrowings) {
        if (finding.rule !== 'discover.schema.narrowed' && finding.rule !== 'discover.schema.nullability-removed')
            continue;
        if (!field)
            continue;
        const local = (0,validate/* validator */.Nc)(localSchema(candidateSchema, field, true));
        if (!local.ok)
            continue;
        const hit = samples.some((doc) => {
            const { values, missingUnderParent } = valuesAt(doc, path);
            return values.some((v) => !local.validate(v)) || (missingUnderParent && field.required);
        });
        if (hit)
            continue;
        const { id: _id, severity: _s, rule: _r, ...rest } = finding;
        replaced.set(finding, {
            ...(0,compare_finding/* makeFinding */.M)({ ...rest, rule: 'discover.schema.narrowed-unused', stage: 'discover' }),
            ...(finding.witness !== undefined ? { witness: finding.witness } : {}),
            message: `${finding.message}; none of the ${samples.length} captured baseline documents is affected`,
        });
    }
    return replaced;
}

// EXTERNAL MODULE: ./src/schema/evaluate.ts
var evaluate = __webpack_require__(860);
// EXTERNAL MODULE: ./src/schema/parts.ts
var parts = __webpack_require__(4133);
// EXTERNAL MODULE: ./src/schema/prune.ts
var prune = __webpack_require__(4443);
// EXTERNAL MODULE: ./src/schema/resolve.ts
var resolve = __webpack_require__(8399);
;// CONCATENATED MODULE: ./src/compare/witness-doc.ts








const witness_doc_isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Whether ajv accepts the instance under the schema; undefined when the schema does not compile. */
function accepts(schema, instance) {
    const v = (0,validate/* validator */.Nc)((0,prune/* pruneFor */.u)(schema, instance));
    return v.ok ? v.validate(instance) : undefined;
}
/** ajv's verdict as `accepts`, taken part by part where the schema allows (validators shared across schemas). */
function ajvAccepts(schema, instance) {
    return (0,parts/* partsOf */.C)(schema)?.validate(instance) ?? accepts(schema, instance);
}
const loaded = new WeakMap();
/**
 * The engine's interpreter's verdict (ajv's reading of every keyword, no compile), falling back
 * to ajv where it cannot tell: for trying candidate documents, which ajv then confirms.
 */
function verdict(schema, instance) {
    if (schema !== null && typeof schema === 'object') {
        let doc = loaded.get(schema);
        if (doc === undefined) {
            try {
                doc = (0,resolve/* loadDoc */.tq)(schema);
            }
            catch {
                doc = null;
            }
            loaded.set(schema, doc);
        }
        if (doc) {
            try {
                return (0,evaluate/* accepts */.G3)(doc.root, instance);
            }
            catch {
                // an unsupported construct: ajv decides
            }
        }
    }
    return ajvAccepts(schema, instance);
}
/** ajv's complaints about the instance, `"<instance path> <message>"` each. */
function complaints(schema, instance) {
    const v = (0,validate/* validator */.Nc)((0,prune/* pruneFor */.u)(schema, instance));
    return v.ok ? v.errors(instance) : [v.error];
}
function exampleString(s) {
    if (Array.isArray(s.examples) && typeof s.examples[0] === 'string')
        return s.examples[0];
    if (typeof s.default === 'string')
        return s.default;
    if (s.format === 'date-time')
        return '2020-01-01T00:00:00Z';
    if (s.format === 'date')
        return '2020-01-01';
    return 'x'.repeat(typeof s.minLength === 'number' ? s.minLength : 0);
}
/**
 * A plausible value for a schema: its const, default, first enum value or example, with its
 * required properties; `choice` picks another alternative (oneOf/anyOf branch) at a field path.
 * Built, not solved: callers verify it with ajv.
 */
function exampleValue(root, schema, path = '', choice = new Map(), depth = 0) {
    const alternatives = alternativesOf(root, schema);
    const s = alternatives[choice.get(path) ?? 0] ?? alternatives[0] ?? {};
    if ('const' in s)
        return s.const;
    if (s.default !== undefined && typeof s.default !== 'object')
        return s.default;
    if (Array.isArray(s.enum) && s.enum.length > 0)
        return s.enum[0];
    const types = Array.isArray(s.type) ? s.type : s.type !== undefined ? [s.type] : ['object'];
    const required = Array.isArray(s.required) && depth < 12 ? s.required : [];
    const props = witness_doc_isObject(s.properties) ? s.properties : {};
    const t = required.length > 0 && types.includes('object') ? 'object' : (types.find((x) => x !== 'null') ?? 'null');
    switch (t) {
        case 'object': return Object.fromEntries(required.map((k) => [k, exampleValue(root, props[k] ?? {}, (0,model_pointer/* joinPointer */.Kn)(path, k), choice, depth + 1)]));
        case 'array': return [];
        case 'string': return exampleString(s);
        case 'integer':
        case 'number': return typeof s.minimum === 'number' ? s.minimum : 0;
        case 'boolean': return false;
        default: return null;
    }
}
const REMOVE = Symbol('remove');
/** A copy of the document with the value at a field path (`*` = the first array item), parents made as needed. */
function placed(doc, schema, fields, path, value) {
    const tokens = (0,model_pointer/* parsePointer */.vp)(path);
    const copy = structuredClone(doc);
    let cur = copy;
    for (let i = 0; i < tokens.length; i++) {
        const key = tokens[i] === '*' ? 0 : tokens[i];
        const last = i === tokens.length - 1;
        if (last) {
            if (value === REMOVE)
                delete cur[key];
            else
                cur[key] = value;
            break;
        }
        const here = (0,model_pointer/* joinPointer */.Kn)('', ...tokens.slice(0, i + 1));
        let next = cur[key];
        if (next === null || typeof next !== 'object') {
            next = tokens[i + 1] === '*' ? [] : exampleValue(schema, fields.get(here)?.nodes[0] ?? {}, here);
            if (!witness_doc_isObject(next) && !Array.isArray(next))
                next = {};
            cur[key] = next;
        }
        cur = next;
    }
    return copy;
}

;// CONCATENATED MODULE: ./src/compare/schema-rules.ts
const DOCUMENT_RULES = {
    stage: 'discover',
    narrowed: 'discover.schema.narrowed',
    nullabilityRemoved: 'discover.schema.nullability-removed',
    nullabilityAdded: 'discover.schema.nullability-added',
    widened: 'discover.schema.type-widened',
    valuesWidened: 'discover.schema.values-widened',
    propertyRemoved: 'discover.schema.property-removed',
    propertyAdded: 'discover.schema.property-added',
    requiredRemoved: 'discover.schema.required-removed',
    unknown: 'discover.schema.unknown',
    invalid: 'discover.schema.invalid',
    formatChanged: 'discover.schema.format-changed',
    meta: { path: '/_meta', rule: 'discover.schema.meta-changed' },
};
const CONFIG_RULES = {
    stage: 'spec',
    narrowed: 'spec.config.narrowed',
    nullabilityRemoved: 'spec.config.narrowed',
    nullabilityAdded: 'spec.config.widened',
    widened: 'spec.config.widened',
    valuesWidened: 'spec.config.widened',
    propertyRemoved: 'spec.config.property-removed',
    propertyAdded: 'spec.config.widened',
    requiredRemoved: 'spec.config.widened',
    unknown: 'spec.config.unknown',
    invalid: 'spec.config.invalid-schema',
    secretUnmarked: 'spec.config.secret-unmarked',
    annotationChanged: 'spec.annotation.changed',
};
const RESOURCE_RULES = {
    stage: 'spec',
    narrowed: 'spec.resource.narrowed',
    nullabilityRemoved: 'spec.resource.narrowed',
    nullabilityAdded: 'spec.resource.widened',
    widened: 'spec.resource.widened',
    valuesWidened: 'spec.resource.widened',
    propertyRemoved: 'spec.resource.property-removed',
    propertyAdded: 'spec.resource.widened',
    requiredRemoved: 'spec.resource.widened',
    unknown: 'spec.resource.unknown',
    invalid: 'spec.resource.invalid-schema',
    annotationChanged: 'spec.annotation.changed',
};

;// CONCATENATED MODULE: ./src/compare/schema-diff.ts







const nonNull = (types) => [...types].filter((t) => t !== 'null');
/** Types of `from` that `to` does not accept (integer is within number). */
const lostTypes = (from, to) => nonNull(from).filter((t) => !to.has(t) && !(t === 'integer' && to.has('number')));
const parentOf = (path) => path.slice(0, path.lastIndexOf('/'));
const typeList = (f) => [...f.types].sort();
const jsonType = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
/** Every value of one keyword anywhere in a (local) schema, as comparable text. */
function keywordText(schema, keyword) {
    const found = [];
    const walk = (s) => {
        if (Array.isArray(s))
            s.forEach(walk);
        else if (s && typeof s === 'object') {
            for (const [k, v] of Object.entries(s)) {
                if (k === keyword)
                    found.push(v);
                else if (k === 'anyOf' || k === 'allOf' || k === 'not')
                    walk(v);
            }
        }
    };
    walk(schema);
    return (0,canonical/* canonicalJson */.dj)(found);
}
const BOUNDS = ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties'];
/** The most specific name for why the witness value is no longer accepted. */
function causeOf(witness, af, lb, la, reason) {
    const t = jsonType(witness);
    if (!af.types.has(t) && !(t === 'integer' && af.types.has('number')))
        return `type narrowed: ${t} no longer accepted`;
    const differs = (k) => keywordText(lb, k) !== keywordText(la, k);
    if (differs('enum') || differs('const'))
        return `enum narrowed: ${JSON.stringify(witness)} no longer allowed`;
    if (differs('pattern'))
        return `pattern tightened: ${JSON.stringify(witness)} no longer matches`;
    const bounds = BOUNDS.filter(differs);
    if (bounds.length)
        return `bounds tightened (${bounds.join(', ')}): ${JSON.stringify(witness)} no longer accepted`;
    if (differs('format'))
        return `format ${[...af.formats].join(', ') || 'none'} now checked: ${JSON.stringify(witness)} no longer accepted`;
    return `${reason} (e.g. ${JSON.stringify(witness)})`;
}
const schema_diff_isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/**
 * Top-level properties written the same on both sides, equally required, with the same
 * definitions for their $refs: nothing below them can differ, so they are not walked.
 */
function unchangedTopLevel(before, after) {
    const same = new Set();
    if (!schema_diff_isObject(before) || !schema_diff_isObject(after) || !schema_diff_isObject(before.properties) || !schema_diff_isObject(after.properties))
        return same;
    if (!(0,canonical/* jsonEqual */.Zm)(before.$defs, after.$defs) || !(0,canonical/* jsonEqual */.Zm)(before.definitions, after.definitions))
        return same;
    // Alternatives at the top may declare the same names differently: walk everything then.
    if (['anyOf', 'oneOf', 'allOf', '$ref'].some((k) => k in before || k in after))
        return same;
    const required = (s) => new Set(Array.isArray(s.required) ? s.required : []);
    const [rb, ra] = [required(before), required(after)];
    for (const [name, sub] of Object.entries(before.properties)) {
        if (rb.has(name) === ra.has(name) && (0,canonical/* jsonEqual */.Zm)(sub, after.properties[name]))
            same.add(name);
    }
    return same;
}
/**
 * Builds whole documents that show a field's narrowing. Candidates are tried with the engine's
 * interpreter; the one kept is confirmed with ajv against both schemas.
 */
class Witnesses {
    before;
    after;
    b;
    a;
    baseDoc = undefined;
    tried = false;
    constructor(before, after, b, a) {
        this.before = before;
        this.after = after;
        this.b = b;
        this.a = a;
    }
    base() {
        if (!this.tried) {
            this.tried = true;
            this.baseDoc = [exampleValue(this.after, this.after), exampleValue(this.before, this.before)].find((d) => verdict(this.before, d) === true && verdict(this.after, d) === true);
        }
        return this.baseDoc;
    }
    /** A document the baseline accepts and the candidate rejects, with `value` (or nothing) at `path`. */
    show(path, value) {
        const base = this.base();
        if (base === undefined)
            return undefined;
        for (const [root, fields] of [[this.after, this.a], [this.before, this.b]]) {
            const doc = placed(base, root, fields, path, value);
            if (verdict(this.before, doc) !== true || verdict(this.after, doc) !== false)
                continue;
            if (ajvAccepts(this.before, doc) === true && ajvAccepts(this.after, doc) === false)
                return doc;
        }
        return undefined;
    }
}
/**
 * Compares two schemas field by field: the structural walk says which fields differ, the engine
 * says (per differing field, on that field's own constraints) whether values are lost or gained,
 * and every narrowing gets a whole document or config that ajv accepts under the baseline and
 * rejects under the candidate. One finding per field and cause.
 */
function judgeSchemaFields(before, after, opts) {
    const { rules } = opts;
    const withFormat = rules.formatChanged === undefined;
    const same = unchangedTopLevel(before, after);
    const b = collectFields(before, same);
    const a = collectFields(after, same);
    const witnesses = new Witnesses(before, after, b, a);
    const findings = [];
    const narrowings = [];
    const unshown = [];
    const isMeta = (path) => !!rules.meta && (path === rules.meta.path || path.startsWith(rules.meta.path + '/'));
    const add = (rule, path, message, extra = {}) => {
        const where = (a.get(path) ?? b.get(path)).schemaPointer;
        const f = (0,compare_finding/* makeFinding */.M)({ rule, stage: rules.stage, binding: opts.binding, pointer: (opts.scope ?? '') + where, message: `${opts.noun} ${path}: ${message}`, ...extra });
        findings.push(f);
        return f;
    };
    const narrowed = (rule, path, cause, witness, values) => {
        if (witness === undefined) {
            unshown.push({ finding: add(rules.unknown, path, `${cause}, but no whole ${opts.noun === 'field' ? 'document' : 'config'} could be built to show it`, values), path });
            return;
        }
        narrowings.push({ finding: add(rule, path, cause, { ...values, witness }), path, field: a.get(path) });
    };
    const judgeValues = (path, bf, af) => {
        const lb = localSchema(before, bf, withFormat);
        const la = localSchema(after, af, withFormat);
        if ((0,canonical/* jsonEqual */.Zm)(lb, la))
            return;
        const compiled = (0,validate/* validator */.Nc)(la);
        if (!compiled.ok) {
            add(rules.invalid, path, `the candidate's schema for it is not valid JSON Schema: ${compiled.error}`, { after: la });
            return;
        }
        const values = { before: typeList(bf), after: typeList(af) };
        const lost = subsetOf(lb, la);
        if (lost.result === 'not-subset') {
            // null lost and something else lost are two causes: ask again without null for the second one.
            const other = lost.witness === null ? subsetOf({ allOf: [lb, { not: { type: 'null' } }] }, la) : lost;
            if (lost.witness === null)
                narrowed(rules.nullabilityRemoved, path, 'null no longer accepted', witnesses.show(path, null), values);
            if (other.result === 'not-subset')
                narrowed(rules.narrowed, path, causeOf(other.witness, af, lb, la, other.reason), witnesses.show(path, other.witness), values);
        }
        const gained = subsetOf(la, lb);
        if (gained.result === 'not-subset') {
            const types = lostTypes(af.types, bf.types);
            const nullAdded = !bf.types.has('null') && af.types.has('null');
            if (nullAdded)
                add(rules.nullabilityAdded, path, 'now accepts null', values);
            if (types.length)
                add(rules.widened, path, `type widened: now also accepts ${types.join(', ')}`, values);
            else if (!nullAdded)
                add(rules.valuesWidened, path, `accepts more values, e.g. ${JSON.stringify(gained.witness)}`, values);
        }
        const unknown = [lost, gained].find((r) => r.result === 'unknown');
        if (unknown?.result === 'unknown')
            add(rules.unknown, path, `the engine could not decide whether values are lost or gained: ${unknown.reason}`, values);
    };
    const judgeMeta = (path, bf, af) => {
        const what = !bf ? `added${af.required ? ' as required' : ''}` : !af ? 'removed' : !(0,canonical/* jsonEqual */.Zm)(localSchema(before, bf, true), localSchema(after, af, true)) || bf.required !== af.required ? 'changed' : undefined;
        if (what)
            add(rules.meta.rule, path, `runtime metadata ${what}`, { before: bf && typeList(bf), after: af && typeList(af) });
    };
    for (const [path, bf] of b) {
        if (path === '')
            continue;
        const af = a.get(path);
        if (isMeta(path)) {
            if (!af && b.has(parentOf(path)) && !a.has(parentOf(path)) && parentOf(path) !== '')
                continue;
            judgeMeta(path, bf, af);
            continue;
        }
        if (!af) {
            // One finding for a removed object, not one for each of its fields as well.
            if (b.has(parentOf(path)) && !a.has(parentOf(path)))
                continue;
            // A removed property the candidate now forbids (additionalProperties: false) is a narrowing.
            const closed = a.get(parentOf(path))?.branches.some((s) => s.additionalProperties === false || s.unevaluatedProperties === false);
            const shown = closed && !path.endsWith('/*') ? witnesses.show(path, exampleValue(before, bf.nodes[0])) : undefined;
            if (shown !== undefined)
                narrowings.push({ finding: add(rules.narrowed, path, 'removed and no longer allowed', { before: typeList(bf), witness: shown }), path });
            else
                add(rules.propertyRemoved, path, 'removed from the schema', { before: typeList(bf) });
            continue;
        }
        judgeValues(path, bf, af);
        if (!bf.required && af.required)
            narrowed(rules.narrowed, path, 'became required', witnesses.show(path, REMOVE), { before: false, after: true });
        if (bf.required && !af.required)
            add(rules.requiredRemoved, path, 'no longer required', { before: true, after: false });
        if (rules.formatChanged && !(0,canonical/* jsonEqual */.Zm)([...bf.formats].sort(), [...af.formats].sort())) {
            add(rules.formatChanged, path, `format changed from ${[...bf.formats].join(', ') || 'none'} to ${[...af.formats].join(', ') || 'none'}`, { before: [...bf.formats], after: [...af.formats] });
        }
        if (rules.secretUnmarked && bf.secret && !af.secret)
            add(rules.secretUnmarked, path, 'no longer marked secret: its value would be shown in the UI and logs', { before: true, after: false });
        if (rules.annotationChanged && !(0,canonical/* jsonEqual */.Zm)(bf.annotations, af.annotations))
            add(rules.annotationChanged, path, 'title, description, order or examples changed', { before: bf.annotations, after: af.annotations });
    }
    for (const [path, af] of a) {
        if (b.has(path))
            continue;
        const parent = parentOf(path);
        if (parent !== '' && !b.has(parent))
            continue;
        if (isMeta(path))
            judgeMeta(path, undefined, af);
        // A new required field inside an object that existed before rejects what lacks it.
        else if (af.required)
            narrowed(rules.narrowed, path, 'added as a required property', witnesses.show(path, REMOVE), { after: typeList(af) });
        else
            add(rules.propertyAdded, path, 'added', { after: typeList(af) });
    }
    return { findings, narrowings, unshown };
}

;// CONCATENATED MODULE: ./src/compare/discover.ts






/** Bindings by their identity, the resource path. */
function byResourcePath(side) {
    const map = new Map();
    for (const b of side.bindings)
        map.set((0,normalize/* resourcePathLabel */.M1)((0,normalize/* resourcePathOf */.bM)(b, side.pointers)), b);
    return map;
}
const keyText = (key) => `[${key.join(', ')}]`;
function compareResourceConfig(path, before, after, identity) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !identity.has(k)).sort();
    return keys
        .filter((k) => !(0,canonical/* jsonEqual */.Zm)(before[k], after[k]))
        .map((k) => {
        const what = before[k] === undefined ? 'added' : after[k] === undefined ? 'dropped' : `changed from ${JSON.stringify(before[k])} to ${JSON.stringify(after[k])}`;
        return (0,compare_finding/* makeFinding */.M)({ rule: 'discover.resource-config.changed', stage: 'discover', binding: path, pointer: (0,model_pointer/* joinPointer */.Kn)('/resourceConfig', k), before: before[k], after: after[k], message: `resource config ${k} ${what}` });
    });
}
/** One binding present on both sides: name, state, key, resource config and document schema. */
function compareBinding(path, b, a, identity, samples) {
    const findings = [];
    const f = (input) => findings.push((0,compare_finding/* makeFinding */.M)({ ...input, stage: 'discover', binding: path }));
    if (b.recommendedName !== a.recommendedName) {
        f({ rule: 'discover.binding.renamed', pointer: '/recommendedName', before: b.recommendedName, after: a.recommendedName, message: `recommended collection name changed from ${b.recommendedName} to ${a.recommendedName}` });
    }
    if (!!b.disable !== !!a.disable) {
        f(a.disable
            ? { rule: 'discover.binding.disabled', pointer: '/disable', before: false, after: true, message: 'binding is now disabled by default' }
            : { rule: 'discover.binding.enabled', pointer: '/disable', before: true, after: false, message: 'binding is no longer disabled by default' });
    }
    if (!(0,canonical/* jsonEqual */.Zm)(b.key, a.key)) {
        f({ rule: 'discover.key.changed', pointer: '/key', before: b.key, after: a.key, message: `collection key changed from ${keyText(b.key)} to ${keyText(a.key)}: a new key needs a new collection and a backfill` });
    }
    findings.push(...compareResourceConfig(path, b.resourceConfig, a.resourceConfig, identity));
    const bInfer = b.documentSchema?.['x-infer-schema'];
    const aInfer = a.documentSchema?.['x-infer-schema'];
    if (bInfer !== aInfer) {
        f({ rule: 'discover.schema.annotation-changed', pointer: '/documentSchema/x-infer-schema', before: bInfer, after: aInfer, message: `x-infer-schema ${aInfer ? 'set' : 'unset'}: the read schema is ${aInfer ? 'now inferred from the data' : 'no longer inferred'}` });
    }
    if (!(0,canonical/* jsonEqual */.Zm)(b.documentSchema, a.documentSchema)) {
        const judged = judgeSchemaFields(b.documentSchema, a.documentSchema, { rules: DOCUMENT_RULES, binding: path, scope: '/documentSchema', noun: 'field' });
        const unhit = downgradeUnhit(judged.narrowings, a.documentSchema, samples);
        findings.push(...judged.findings.map((x) => unhit.get(x) ?? x));
    }
    return findings;
}
/** Discovery differences between two sides' bindings, matched by resource path. */
function compareDiscover(before, after) {
    const findings = [];
    const b = byResourcePath(before);
    const a = byResourcePath(after);
    // Resource config fields that make up the identity are compared as identity, not as config.
    const identity = new Set([...before.pointers, ...after.pointers].map((p) => p.replace(/^\//, '')));
    for (const [path, binding] of b) {
        const other = a.get(path);
        if (!other) {
            findings.push((0,compare_finding/* makeFinding */.M)({ rule: 'discover.binding.removed', stage: 'discover', binding: path, before: binding.recommendedName, message: `binding ${path} is no longer discovered: tasks capturing it would fail to validate` }));
            continue;
        }
        findings.push(...compareBinding(path, binding, other, identity, before.samples?.get(binding.recommendedName) ?? []));
    }
    for (const [path, binding] of a) {
        if (!b.has(path))
            findings.push((0,compare_finding/* makeFinding */.M)({ rule: 'discover.binding.added', stage: 'discover', binding: path, after: binding.recommendedName, message: `new binding ${path}${binding.disable ? ' (disabled by default)' : ''}` }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/compare/spec-schema.ts







/** A field path (`/credentials`, `/items/*`) from a schema pointer (`/properties/credentials/oneOf/1`). */
function pathOfSchemaPointer(pointer) {
    const tokens = (0,model_pointer/* parsePointer */.vp)(pointer);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i] === 'properties' && i + 1 < tokens.length)
            out.push(tokens[++i]);
        else if (tokens[i] === 'items')
            out.push('*');
    }
    return out.map((t) => '/' + t.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
/** Whether ajv's complaints about a config concern the field at `path` (or its presence in its parent). */
function touches(errors, path) {
    const re = new RegExp('^' + path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\/\\\*/g, '/\\d+').replace(/\*/g, '\\d+') + '(/| |$)');
    const parent = path.slice(0, path.lastIndexOf('/'));
    const name = path.slice(path.lastIndexOf('/') + 1);
    return errors.some((e) => re.test(e) || ((e.startsWith(parent + ' ') || (parent === '' && e.startsWith('/ '))) && e.includes(`'${name}'`)));
}
/** oneOf/anyOf places in a schema, each option as a narrower copy of the schema that keeps only it. */
function* branchCopies(schema) {
    const places = [];
    const walk = (s, tokens) => {
        if (!s || typeof s !== 'object')
            return;
        for (const [k, v] of Object.entries(s)) {
            if ((k === 'oneOf' || k === 'anyOf') && Array.isArray(v) && v.length > 1)
                places.push({ tokens, key: k, n: v.length });
            if (v && typeof v === 'object')
                walk(v, [...tokens, k]);
        }
    };
    walk(schema, []);
    for (const { tokens, key, n } of places.slice(0, 10)) {
        const pointer = (0,model_pointer/* joinPointer */.Kn)('', ...tokens);
        for (let index = 0; index < n; index++) {
            const copy = structuredClone(schema);
            const holder = tokens.reduce((o, k) => o[k], copy);
            const branch = holder[key][index];
            holder[key] = [branch];
            yield { copy, path: pathOfSchemaPointer(pointer), pointer, title: typeof branch?.title === 'string' ? branch.title : undefined, index };
        }
    }
}
/**
 * When the engine cannot decide the whole schema (overlapping oneOf branches), ask it about each
 * option alone: an option the candidate lost shows up as a witness of its own.
 */
function branchWitness(before, after) {
    const afterFields = collectFields(after);
    for (const b of branchCopies(before)) {
        const answer = (0,schema/* isSubset */.H)(b.copy, after);
        if (answer.result !== 'not-subset' || accepts(before, answer.witness) !== true || accepts(after, answer.witness) !== false)
            continue;
        const name = b.title !== undefined ? `"${b.title}"` : `#${b.index + 1}`;
        const kept = b.title !== undefined && afterFields.get(b.path)?.branches.some((x) => x.title === b.title);
        const cause = kept ? `option ${name} narrowed: ${answer.reason}` : `option ${name} removed: no candidate option accepts what it accepted`;
        return { witness: answer.witness, cause, path: b.path, pointer: b.pointer };
    }
    return undefined;
}
/** Configs made from the baseline form's own defaults and examples, one per oneOf/anyOf option. */
function exampleConfigs(schema) {
    const fields = collectFields(schema);
    const configs = [{ label: "a config made of the baseline form's defaults and examples", value: exampleValue(schema, schema) }];
    for (const [path, f] of fields) {
        for (let i = 1; i < f.branches.length; i++) {
            const title = typeof f.branches[i].title === 'string' ? ` "${f.branches[i].title}"` : ` ${i + 1}`;
            configs.push({ label: `a config made of the baseline form's defaults and examples with ${path || 'the'} option${title}`, value: exampleValue(schema, schema, '', new Map([[path, i]])) });
        }
    }
    return configs.filter((c) => accepts(schema, c.value) === true);
}
/**
 * A config schema judged baseline ⊆ candidate. A narrowing is breaking when a concrete config
 * (the test config, a known config, a discovered resource config, or one made of the baseline
 * form's defaults and examples) is hit, and a warning otherwise; either way with its witness.
 */
function judgeConfigSchema(before, after, opts) {
    const { rules } = opts;
    if (before === undefined || after === undefined)
        return [];
    const compiled = (0,validate/* validator */.Nc)(after);
    if (!compiled.ok) {
        return [(0,compare_finding/* makeFinding */.M)({ rule: rules.invalid, stage: 'spec', pointer: opts.scope, message: `the candidate's ${opts.noun} schema is not valid JSON Schema, no config can be validated against it: ${compiled.error}` })];
    }
    const { findings, narrowings, unshown } = judgeSchemaFields(before, after, { rules, scope: opts.scope, noun: opts.noun });
    const whole = (0,schema/* isSubset */.H)(before, after);
    const unexplained = (witness) => !narrowings.some((n) => touches(complaints(after, witness), n.path));
    const addWhole = (witness, cause, path, pointer) => {
        const f = (0,compare_finding/* makeFinding */.M)({ rule: rules.narrowed, stage: 'spec', pointer: opts.scope + pointer, message: `${opts.noun} ${path || '(whole config)'}: ${cause}`, witness });
        findings.push(f);
        narrowings.push({ finding: f, path });
    };
    if (whole.result === 'not-subset' && unexplained(whole.witness)) {
        addWhole(whole.witness, whole.reason, pathOfSchemaPointer(whole.pointer), whole.pointer);
    }
    else if (whole.result === 'unknown') {
        const found = branchWitness(before, after);
        if (found && unexplained(found.witness))
            addWhole(found.witness, found.cause, found.path, found.pointer);
        else if (!found && narrowings.length === 0) {
            findings.push((0,compare_finding/* makeFinding */.M)({ rule: rules.unknown, stage: 'spec', pointer: opts.scope + (whole.pointer ?? ''), message: `the engine could not decide whether every ${opts.noun} the baseline accepts is still accepted: ${whole.reason}` }));
        }
    }
    // A field-level narrowing that no whole config could show is the whole-level one seen from below.
    const explained = new Set(unshown.filter((u) => narrowings.some((n) => n.finding.witness !== undefined && touches(complaints(after, n.finding.witness), u.path))).map((u) => u.finding));
    return findings.filter((f) => !explained.has(f)).map((f) => {
        const n = narrowings.find((x) => x.finding === f);
        return n ? severityByHits(n, before, after, opts) : f;
    });
}
/** `*.narrowed` when a concrete config is hit, `*.narrowed-unused` otherwise. */
function severityByHits(n, before, after, opts) {
    const hits = opts.concrete.filter((c) => accepts(before, c.value) === true && accepts(after, c.value) === false && touches(complaints(after, c.value), n.path));
    const f = n.finding;
    const base = { stage: f.stage, pointer: f.pointer, before: f.before, after: f.after };
    if (hits.length === 0) {
        const checked = opts.concrete.length;
        return (0,compare_finding/* makeFinding */.M)({ ...base, rule: opts.unused, witness: f.witness, message: `${f.message}; no known ${opts.noun} is affected (${checked} checked)` });
    }
    const shown = hits.find((c) => !c.secret);
    return (0,compare_finding/* makeFinding */.M)({ ...base, rule: f.rule, witness: f.witness ?? shown?.value, message: `${f.message}; rejects ${hits.slice(0, 3).map((c) => c.label).join(', ')}${hits.length > 3 ? ` and ${hits.length - 3} more` : ''}` });
}

;// CONCATENATED MODULE: ./src/compare/spec.ts





const PROTOCOL = 3032023;
/** Spec differences: protocol, resource path pointers, URLs, OAuth, and both config schemas. */
function compareSpec(before, after, configs = {}) {
    const findings = [];
    const bProtocol = before.protocol ?? PROTOCOL;
    const aProtocol = after.protocol ?? PROTOCOL;
    if (bProtocol !== aProtocol) {
        findings.push((0,compare_finding/* makeFinding */.M)({ rule: 'spec.protocol.changed', stage: 'spec', pointer: '/protocol', before: bProtocol, after: aProtocol, message: `protocol changed from ${bProtocol} to ${aProtocol}` }));
    }
    const bPointers = before.resourcePathPointers ?? resource_path/* DEFAULT_RESOURCE_PATH_POINTERS */.M;
    const aPointers = after.resourcePathPointers ?? resource_path/* DEFAULT_RESOURCE_PATH_POINTERS */.M;
    if (!(0,canonical/* jsonEqual */.Zm)(bPointers, aPointers)) {
        findings.push((0,compare_finding/* makeFinding */.M)({ rule: 'spec.resource-path.changed', stage: 'spec', pointer: '/resourcePathPointers', before: bPointers, after: aPointers, message: 'resourcePathPointers changed: every binding gets a new identity and loses its state' }));
    }
    if ((before.documentationUrl ?? null) !== (after.documentationUrl ?? null)) {
        findings.push((0,compare_finding/* makeFinding */.M)({ rule: 'spec.documentation-url.changed', stage: 'spec', pointer: '/documentationUrl', before: before.documentationUrl, after: after.documentationUrl, message: 'documentationUrl changed' }));
    }
    if (before.oauth2 && !after.oauth2) {
        findings.push((0,compare_finding/* makeFinding */.M)({ rule: 'spec.oauth2.removed', stage: 'spec', pointer: '/oauth2', before: before.oauth2?.provider, message: 'the OAuth2 block is gone: tasks authorized with OAuth cannot be re-authorized' }));
    }
    else if (before.oauth2 && after.oauth2) {
        const changed = [...new Set([...Object.keys(before.oauth2), ...Object.keys(after.oauth2)])].filter((k) => !(0,canonical/* jsonEqual */.Zm)(before.oauth2[k], after.oauth2[k])).sort();
        for (const key of changed) {
            findings.push((0,compare_finding/* makeFinding */.M)({ rule: 'spec.oauth2.changed', stage: 'spec', pointer: `/oauth2/${key}`, before: before.oauth2[key], after: after.oauth2[key], message: `oauth2 ${key} changed` }));
        }
    }
    const endpointConfigs = [
        ...(configs.testConfig !== undefined ? [{ label: 'the test config', value: configs.testConfig, secret: true }] : []),
        ...(configs.knownConfigs ?? []).map((value, i) => ({ label: `known config #${i + 1} (compat.yaml)`, value })),
        ...exampleConfigs(before.configSchema),
    ];
    findings.push(...judgeConfigSchema(before.configSchema, after.configSchema, { rules: CONFIG_RULES, unused: 'spec.config.narrowed-unused', scope: '/configSchema', noun: 'config', concrete: endpointConfigs }));
    findings.push(...judgeConfigSchema(before.resourceConfigSchema, after.resourceConfigSchema, { rules: RESOURCE_RULES, unused: 'spec.resource.narrowed-unused', scope: '/resourceConfigSchema', noun: 'resource config', concrete: configs.resourceConfigs ?? [] }));
    return findings;
}

;// CONCATENATED MODULE: ./src/compare/index.ts




const missingReason = (b, a, what) => {
    const missing = [!b[what] && `baseline (${b.label})`, !a[what] && `candidate (${a.label})`].filter(Boolean);
    return missing.length ? `no ${what} output for the ${missing.join(' and the ')}` : undefined;
};
/** Compares two normalized snapshot sets, stage by stage: baseline -> candidate. */
/** Appends one by one: a spread of a catalog's 100k findings would overflow the call stack. */
function append(to, more) {
    for (const f of more)
        to.push(f);
}
function compareSets(baseline, candidate, opts) {
    const findings = [];
    const skipped = {};
    const pointers = (s) => s.spec?.resourcePathPointers ?? resource_path/* DEFAULT_RESOURCE_PATH_POINTERS */.M;
    const specMissing = missingReason(baseline, candidate, 'spec');
    if (specMissing)
        skipped.spec = specMissing;
    else {
        const resourceConfigs = (baseline.discover ?? []).map((b) => ({ label: `binding ${b.recommendedName}`, value: b.resourceConfig }));
        append(findings, compareSpec(baseline.spec, candidate.spec, { testConfig: opts.testConfig, knownConfigs: opts.knownConfigs, resourceConfigs }));
    }
    const discoverMissing = missingReason(baseline, candidate, 'discover');
    if (discoverMissing)
        skipped.discover = discoverMissing;
    else {
        const samples = new Map();
        for (const [collection, doc] of baseline.capture ?? []) {
            const name = collection.slice(collection.lastIndexOf('/') + 1);
            const list = samples.get(name);
            if (list)
                list.push(doc);
            else
                samples.set(name, [doc]);
        }
        append(findings, compareDiscover({ bindings: baseline.discover, pointers: pointers(baseline), samples }, { bindings: candidate.discover, pointers: pointers(candidate) }));
    }
    const captureMissing = missingReason(baseline, candidate, 'capture');
    if (captureMissing)
        skipped.capture = captureMissing;
    else
        append(findings, (0,capture/* compareCapture */.Q)({ docs: baseline.capture, bindings: baseline.discover }, { docs: candidate.capture, bindings: candidate.discover }, opts));
    skipped.migration = 'migration runs only in a live check with a decrypted config';
    return { findings, skipped, sets: { baseline, candidate } };
}


/***/ }),

/***/ 9563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   dj: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* unused harmony export sortKeys */
/** JSON with object keys sorted at every level: equal values give equal text. */
function canonicalJson(value, indent) {
    return JSON.stringify(sortKeys(value), null, indent);
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const key of Object.keys(value).sort())
        out[key] = sortKeys(value[key]);
    return out;
}
/** Deep equality of JSON values, ignoring object key order. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    // Loops, not every(): catalogs compare wide schemas property by property.
    if (Array.isArray(a)) {
        const bb = b;
        if (a.length !== bb.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!jsonEqual(a[i], bb[i]))
                return false;
        return true;
    }
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    for (const k of ka) {
        if (!Object.prototype.hasOwnProperty.call(b, k) || !jsonEqual(a[k], b[k]))
            return false;
    }
    return true;
}


/***/ }),

/***/ 8664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ joinPointer),
/* harmony export */   hh: () => (/* binding */ pointerMatches),
/* harmony export */   sM: () => (/* binding */ getAt),
/* harmony export */   tj: () => (/* binding */ escapeToken),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
// RFC 6901 JSON pointers.
// Pointers are built and read by the hundred thousand for a catalog; most tokens need no escaping.
function escapeToken(token) {
    return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}
const unescapeToken = (t) => (t.includes('~') ? t.replace(/~1/g, '/').replace(/~0/g, '~') : t);
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer.slice(1).split('/').map(unescapeToken);
}
function joinPointer(base, ...tokens) {
    let out = base;
    for (const t of tokens)
        out += '/' + escapeToken(String(t));
    return out;
}
/** The value at a pointer, or undefined when the path does not exist. */
function getAt(value, pointer) {
    let cur = value;
    for (const token of parsePointer(pointer)) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[token];
    }
    return cur;
}
/** Whether a pointer matches a glob where `*` stands for one token and `**` for any number. */
function pointerMatches(glob, pointer) {
    const g = parsePointer(glob);
    const p = parsePointer(pointer);
    const match = (i, j) => {
        if (i === g.length)
            return j === p.length;
        if (g[i] === '**')
            return match(i + 1, j) || (j < p.length && match(i, j + 1));
        return j < p.length && (g[i] === '*' || g[i] === p[j]) && match(i + 1, j + 1);
    };
    return match(0, 0);
}


/***/ }),

/***/ 6381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ DEFAULT_RESOURCE_PATH_POINTERS),
/* harmony export */   o: () => (/* binding */ resourcePath)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8664);

/** ATF and CDK both use these when a spec names none. */
const DEFAULT_RESOURCE_PATH_POINTERS = ['/namespace', '/stream'];
/**
 * A binding's identity: the values at the spec's resourcePathPointers. Missing values are left out
 * (ATF's `/namespace` is usually absent), so `{stream: "users"}` has the path `["users"]`.
 */
function resourcePath(resourceConfig, pointers) {
    const path = [];
    for (const pointer of pointers) {
        const value = (0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .getAt */ .sM)(resourceConfig, pointer);
        if (value === undefined || value === null || value === '')
            continue;
        path.push(typeof value === 'string' ? value : JSON.stringify(value));
    }
    return path;
}


/***/ }),

/***/ 2622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   NU: () => (/* binding */ defaultSeverity)
/* harmony export */ });
/* unused harmony export RULES */
/** The rule catalogue of rules.md: id -> stage and default severity. Listed ids keep their meaning. */
const RULES = {
    'spec.protocol.changed': ['spec', 'breaking'],
    'spec.config.narrowed': ['spec', 'breaking'],
    'spec.config.invalid-schema': ['spec', 'breaking'],
    'spec.config.narrowed-unused': ['spec', 'warning'],
    'spec.config.property-removed': ['spec', 'warning'],
    'spec.config.secret-unmarked': ['spec', 'breaking'],
    'spec.config.widened': ['spec', 'info'],
    'spec.resource.narrowed': ['spec', 'breaking'],
    'spec.resource.narrowed-unused': ['spec', 'warning'],
    'spec.resource.widened': ['spec', 'info'],
    'spec.resource.unknown': ['spec', 'warning'],
    'spec.config.unknown': ['spec', 'warning'],
    'spec.resource.invalid-schema': ['spec', 'breaking'],
    'spec.resource.property-removed': ['spec', 'warning'],
    'spec.resource-path.changed': ['spec', 'breaking'],
    'spec.oauth2.changed': ['spec', 'warning'],
    'spec.oauth2.removed': ['spec', 'breaking'],
    'spec.documentation-url.changed': ['spec', 'info'],
    'spec.annotation.changed': ['spec', 'info'],
    'discover.binding.removed': ['discover', 'breaking'],
    'discover.binding.added': ['discover', 'info'],
    'discover.binding.renamed': ['discover', 'warning'],
    'discover.binding.enabled': ['discover', 'info'],
    'discover.binding.disabled': ['discover', 'info'],
    'discover.key.changed': ['discover', 'breaking'],
    'discover.resource-config.changed': ['discover', 'warning'],
    'discover.schema.narrowed': ['discover', 'breaking'],
    'discover.schema.narrowed-unused': ['discover', 'warning'],
    'discover.schema.nullability-removed': ['discover', 'breaking'],
    'discover.schema.type-widened': ['discover', 'warning'],
    'discover.schema.property-removed': ['discover', 'warning'],
    'discover.schema.property-added': ['discover', 'info'],
    'discover.schema.nullability-added': ['discover', 'info'],
    'discover.schema.format-changed': ['discover', 'warning'],
    'discover.schema.meta-changed': ['discover', 'info'],
    'discover.schema.invalid': ['discover', 'breaking'],
    'discover.schema.unknown': ['discover', 'warning'],
    'discover.schema.required-added': ['discover', 'warning'],
    'discover.schema.required-removed': ['discover', 'info'],
    'discover.schema.annotation-changed': ['discover', 'info'],
    'discover.schema.values-widened': ['discover', 'info'],
    'capture.collection.missing': ['capture', 'breaking'],
    'capture.collection.added': ['capture', 'info'],
    'capture.field.removed': ['capture', 'breaking'],
    'capture.field.added': ['capture', 'info'],
    'capture.value.type-changed': ['capture', 'breaking'],
    'capture.value.changed': ['capture', 'warning'],
    'capture.schema.violation': ['capture', 'breaking'],
    'capture.schema.baseline-violation': ['capture', 'warning'],
    'capture.meta.changed': ['capture', 'info'],
    'capture.document.unmatched': ['capture', 'info'],
    'migration.resume.failed': ['migration', 'breaking'],
    'migration.state.reset': ['migration', 'warning'],
    'drift.baseline': ['spec', 'breaking'],
    'drift.candidate': ['spec', 'breaking'],
};
const isRuleId = (id) => Object.prototype.hasOwnProperty.call(RULES, id);
const defaultSeverity = (rule) => RULES[rule][1];


/***/ }),

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ STAGES),
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
// The plain objects that flow through the pipeline (design.md). No I/O, no behaviour.
const STAGES = ['spec', 'discover', 'capture', 'migration'];
const SEVERITIES = ['breaking', 'warning', 'info'];


/***/ }),

/***/ 6911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M1: () => (/* binding */ resourcePathLabel),
/* harmony export */   _J: () => (/* binding */ normalizeDoc),
/* harmony export */   bM: () => (/* binding */ resourcePathOf),
/* harmony export */   c3: () => (/* binding */ normalizeSet)
/* harmony export */ });
/* harmony import */ var _model_resource_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6381);


/** A binding's resource path; a binding whose config holds none is known by its name. */
function resourcePathOf(binding, pointers) {
    const path = (0,_model_resource_path_js__WEBPACK_IMPORTED_MODULE_0__/* .resourcePath */ .o)(binding.resourceConfig, pointers);
    return path.length > 0 ? path : [binding.recommendedName];
}
/** How a resource path is shown and matched: its parts joined by `/` (`events`, `public/users`). */
const resourcePathLabel = (path) => path.join('/');
function normalizeSpec(spec) {
    const out = { ...spec };
    // ATF emits `"oauth2": {}` when a connector has no OAuth; the CDK omits the key. Same meaning.
    if (out.oauth2 && typeof out.oauth2 === 'object' && Object.keys(out.oauth2).length === 0)
        delete out.oauth2;
    return out;
}
/** A captured document as compared: without the runtime's per-document /_meta/uuid. */
function normalizeDoc([collection, doc]) {
    const meta = doc._meta;
    if (!meta || typeof meta !== 'object' || !('uuid' in meta))
        return [collection, doc];
    // The runtime overwrites /_meta/uuid on every document; flowctl prints a placeholder.
    const { uuid: _uuid, ...rest } = meta;
    const copy = { ...doc, _meta: rest };
    if (Object.keys(rest).length === 0)
        delete copy._meta;
    return [collection, copy];
}
/** Normalizes one side's outputs before comparison: nothing that carries meaning is dropped. */
function normalizeSet(set) {
    const out = { ...set };
    if (set.spec)
        out.spec = normalizeSpec(set.spec);
    if (set.discover) {
        const pointers = set.spec?.resourcePathPointers ?? _model_resource_path_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RESOURCE_PATH_POINTERS */ .M;
        out.discover = [...set.discover].sort((a, b) => resourcePathLabel(resourcePathOf(a, pointers)).localeCompare(resourcePathLabel(resourcePathOf(b, pointers))));
    }
    // By collection, then in the order the connector emitted them: the same on every run.
    if (set.capture)
        out.capture = set.capture.map((d, i) => [normalizeDoc(d), i]).sort((a, b) => a[0][0].localeCompare(b[0][0]) || a[1] - b[1]).map(([d]) => d);
    return out;
}


/***/ }),

/***/ 4780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildReport)
});

// EXTERNAL MODULE: ./src/model/pointer.ts
var pointer = __webpack_require__(8664);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
;// CONCATENATED MODULE: ./src/policy/apply.ts


/** Glob on names: `*` stands for any run of characters. */
function nameMatches(glob, name) {
    if (name === undefined)
        return false;
    const re = new RegExp('^' + glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
    return re.test(name);
}
function entryMatches(entry, f) {
    if (entry.id !== undefined)
        return entry.id === f.id;
    if (entry.rule !== f.rule)
        return false;
    if (entry.binding !== undefined && !nameMatches(entry.binding, f.binding))
        return false;
    if (entry.pointer !== undefined && (f.pointer === undefined || !(0,pointer/* pointerMatches */.hh)(entry.pointer, f.pointer)))
        return false;
    return true;
}
/** Remaps severities and marks accepted findings; reports accept entries that matched nothing. */
function applyAcceptFile(findings, accept) {
    const used = new Set();
    const out = findings.map((f) => {
        const severity = accept.severity[f.rule] ?? f.severity;
        const entry = accept.accept.find((e) => entryMatches(e, f));
        if (entry)
            used.add(entry);
        return { ...f, severity, ...(entry ? { accepted: { reason: entry.reason } } : {}) };
    });
    return { findings: out, stale: accept.accept.filter((e) => !used.has(e)) };
}
const rank = (s) => types/* SEVERITIES */.o.length - types/* SEVERITIES */.o.indexOf(s);
/** Findings that fail the check: unaccepted, at or above the threshold. */
function failing(findings, failOn) {
    if (failOn === 'never')
        return [];
    return findings.filter((f) => !f.accepted && rank(f.severity) >= rank(failOn));
}
/** One row per stage: what was compared and how it came out. */
function stageResults(findings, skipped, errors = {}) {
    return types/* STAGES */.a.map((stage) => {
        const mine = findings.filter((f) => f.stage === stage);
        const counts = { breaking: 0, warning: 0, info: 0, accepted: 0 };
        for (const f of mine) {
            if (f.accepted)
                counts.accepted++;
            else
                counts[f.severity]++;
        }
        if (errors[stage])
            return { stage, status: 'error', reason: errors[stage], counts };
        if (skipped[stage] && mine.length === 0)
            return { stage, status: 'skipped', reason: skipped[stage], counts };
        const status = counts.breaking > 0 ? 'breaking' : mine.length === 0 ? 'identical' : 'compatible';
        return { stage, status, counts };
    });
}

// EXTERNAL MODULE: ./src/model/resource-path.ts
var resource_path = __webpack_require__(6381);
// EXTERNAL MODULE: ./src/normalize/index.ts
var normalize = __webpack_require__(6911);
;// CONCATENATED MODULE: ./src/policy/presets.ts

const title = (schema) => schema?.title;
/** Each discovered list's bindings by resource path (the first of equal paths): findings of a catalog ask thousands of times. */
const byPath = new WeakMap();
function bindingOf(set, path) {
    if (!set.discover || path === undefined)
        return undefined;
    const pointers = set.spec?.resourcePathPointers ?? resource_path/* DEFAULT_RESOURCE_PATH_POINTERS */.M;
    let hit = byPath.get(set.discover);
    if (!hit || hit.pointers !== pointers) {
        const index = new Map();
        for (const b of set.discover) {
            const label = (0,normalize/* resourcePathLabel */.M1)((0,normalize/* resourcePathOf */.bM)(b, pointers));
            if (!index.has(label))
                index.set(label, b);
        }
        byPath.set(set.discover, (hit = { pointers, index }));
    }
    return hit.index.get(path);
}
/**
 * The differences every ATF-to-CDK import has and reviewers accepted (shared fixtures README):
 * each is recognized from the finding and the compared sets, never from its wording.
 */
const ESTUARY_CDK_IMPORT = [
    (f, { baseline, candidate }) => {
        const resourceSchema = f.pointer?.startsWith('/resourceConfigSchema') && f.rule !== 'spec.resource.narrowed' && f.rule !== 'spec.resource.invalid-schema';
        if (!resourceSchema || title(baseline.spec?.resourceConfigSchema) !== 'ResourceSpec' || title(candidate.spec?.resourceConfigSchema) !== 'ResourceConfig')
            return undefined;
        // narrowed-unused says the engine checked them all; without the baseline's bindings nothing was checked.
        if (f.rule === 'spec.resource.narrowed-unused' && !baseline.discover?.length)
            return undefined;
        return `the CDK's ResourceConfig replaces ATF's ResourceSpec (cursorField and namespace no longer nullable, no other properties); every resource config the ATF connector discovered (${baseline.discover?.length ?? 0}) still validates under it`;
    },
    (f, { candidate }) => {
        if (f.rule !== 'discover.schema.meta-changed' || f.pointer !== '/documentSchema/properties/_meta')
            return undefined;
        const schema = bindingOf(candidate, f.binding)?.documentSchema;
        const meta = schema?.properties?._meta;
        const required = Array.isArray(meta?.required) && meta.required.includes('row_id');
        return required ? 'the CDK adds _meta.row_id (required) to every document; the runtime fills it' : undefined;
    },
    (f) => f.rule === 'discover.schema.annotation-changed' && f.pointer === '/documentSchema/x-infer-schema' && f.after === true
        ? 'CDK captures set x-infer-schema: the discovered schema becomes the write schema and the read schema is inferred from the data'
        : undefined,
    (f, { baseline }) => {
        if (f.rule !== 'discover.resource-config.changed' || f.pointer !== '/resourceConfig/cursorField' || f.after !== undefined)
            return undefined;
        return bindingOf(baseline, f.binding)?.resourceConfig.syncMode === 'full_refresh' ? 'a full_refresh binding has no cursor; the CDK leaves cursorField out' : undefined;
    },
];
const PRESETS = { 'estuary-cdk-import': ESTUARY_CDK_IMPORT };
/**
 * Built-in presets recognize differences that reviewers accept on every import and report them as
 * info with an explanation. (ATF's `"oauth2": {}` versus no key is the same spec; normalization
 * already treats it so.) Accept entries and severity remapping apply afterwards, as to any finding.
 */
function applyPresets(findings, presets, ctx) {
    const recognizers = presets.flatMap((p) => PRESETS[p] ?? []);
    if (recognizers.length === 0 || !ctx)
        return findings;
    return findings.map((f) => {
        const explanation = recognizers.map((r) => r(f, ctx)).find((e) => e !== undefined);
        return explanation ? { ...f, severity: 'info', explanation } : f;
    });
}

;// CONCATENATED MODULE: ./src/orchestrate/report.ts


/** Policy applied to a comparison: the report of design.md, verdict included. */
function buildReport(input) {
    const explained = applyPresets(input.comparison.findings, input.accept.presets, input.comparison.sets);
    const { findings, stale } = applyAcceptFile(explained, input.accept);
    const stages = stageResults(findings, input.comparison.skipped, input.errors);
    const errored = stages.some((s) => s.status === 'error');
    const verdict = failing(findings, input.failOn).length > 0 || errored ? 'fail' : 'pass';
    const report = { version: 1, connector: input.connector, verdict, sides: input.sides, stages, findings };
    if (stale.length > 0)
        report.stale = stale;
    if (input.files)
        report.files = input.files;
    return report;
}


/***/ }),

/***/ 1783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f6: () => (/* binding */ loadAcceptFile)
/* harmony export */ });
/* unused harmony exports DEFAULT_PRESETS, emptyAcceptFile, parseAcceptFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7206);
/* harmony import */ var _model_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2622);
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(440);





const DEFAULT_PRESETS = ['estuary-cdk-import'];
const emptyAcceptFile = () => ({ accept: [], severity: {}, knownConfigs: [], presets: [...DEFAULT_PRESETS], redact: [] });
const TOP_KEYS = new Set(['accept', 'severity', 'known-configs', 'presets', 'redact']);
const ENTRY_KEYS = new Set(['rule', 'id', 'binding', 'pointer', 'reason']);
/**
 * Parses compat.yaml. Every mistake is an InputError naming the file and line, so that a typo
 * never silently accepts (or fails to accept) a difference.
 */
function parseAcceptFile(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false });
    const at = (node) => {
        const offset = node?.range?.[0];
        return offset === undefined ? file : `${file}:${lines.linePos(offset).line}`;
    };
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${file}:${e.linePos?.[0].line ?? 1}:${e.linePos?.[0].col ?? 1}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const out = emptyAcceptFile();
    out.source = file;
    if (doc.contents === null)
        return out;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(doc.contents))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(doc.contents)}: compat.yaml must be a mapping with an 'accept:' list`);
    for (const pair of doc.contents.items) {
        const key = String(pair.key?.value ?? pair.key);
        if (!TOP_KEYS.has(key))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(pair.key)}: unknown key '${key}' (expected one of ${[...TOP_KEYS].join(', ')})`);
    }
    const accept = doc.contents.get('accept', true);
    if (accept !== undefined && accept !== null) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(accept))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(accept)}: 'accept' must be a list of entries`);
        for (const item of accept.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(item))
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(item)}: each accept entry must be a mapping with 'rule' or 'id', and 'reason'`);
            const entry = item.toJSON();
            // Read ids as written: YAML would turn 000000000000 into 0 and 1e5000000000 into a float.
            const idNode = item.get('id', true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(idNode))
                entry.id = idNode.source ?? String(idNode.value);
            const unknown = Object.keys(entry).find((k) => !ENTRY_KEYS.has(k));
            if (unknown)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(item)}: unknown key '${unknown}' in an accept entry (expected ${[...ENTRY_KEYS].join(', ')})`);
            if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(item)}: accept entry has no reason; say why the difference is acceptable`);
            }
            if (entry.id === undefined && entry.rule === undefined)
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(item)}: accept entry needs 'rule' or 'id'`);
            if (entry.id !== undefined && !/^[0-9a-f]{12}$/.test(String(entry.id)))
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(item)}: id '${entry.id}' is not a 12-hex finding fingerprint`);
            if (entry.rule !== undefined && !(0,_model_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .isRuleId */ .KX)(String(entry.rule)))
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(item)}: unknown rule '${entry.rule}' (see the rule catalogue in the README)`);
            for (const k of ['binding', 'pointer']) {
                if (entry[k] !== undefined && typeof entry[k] !== 'string')
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(item)}: '${k}' must be a string`);
            }
            out.accept.push(entry);
        }
    }
    const severity = doc.contents.get('severity', true);
    if (severity) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(severity))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(severity)}: 'severity' must map rule ids to breaking, warning or info`);
        for (const [rule, level] of Object.entries(severity.toJSON())) {
            if (!(0,_model_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .isRuleId */ .KX)(rule))
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(severity)}: unknown rule '${rule}' under 'severity'`);
            if (!_model_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .o.includes(level))
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(severity)}: severity of ${rule} must be breaking, warning or info, not '${level}'`);
            out.severity[rule] = level;
        }
    }
    const list = (key) => {
        const node = doc.contents && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(doc.contents) ? doc.contents.get(key, true) : undefined;
        if (node === undefined || node === null)
            return undefined;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${at(node)}: '${key}' must be a list`);
        return node.toJSON();
    };
    out.knownConfigs = list('known-configs') ?? [];
    const presets = list('presets');
    if (presets) {
        for (const p of presets)
            if (!DEFAULT_PRESETS.includes(String(p)))
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${file}: unknown preset '${p}' (known: ${DEFAULT_PRESETS.join(', ')}; an empty list switches them off)`);
        out.presets = presets.map(String);
    }
    out.redact = (list('redact') ?? []).map(String);
    return out;
}
/** Reads compat.yaml; a missing file is an empty one unless the user named it. */
async function loadAcceptFile(file, required) {
    if (!file)
        return emptyAcceptFile();
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT' && !required)
            return emptyAcceptFile();
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${file}: cannot read the accept file: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    }
    return parseAcceptFile(text, file);
}


/***/ }),

/***/ 561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



/** Writes the JSON and markdown reports where asked; returns the paths written. */
async function writeReportFiles(report, paths) {
    const write = async (file, text) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text);
    };
    if (paths.json)
        await write(paths.json, JSON.stringify(report, null, 2) + '\n');
    if (paths.markdown)
        await write(paths.markdown, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(report));
    return paths;
}


/***/ }),

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   RJ: () => (/* binding */ groupByRule),
/* harmony export */   US: () => (/* binding */ verdictCounts),
/* harmony export */   WX: () => (/* binding */ findingsOf),
/* harmony export */   XV: () => (/* binding */ STAGE_TITLES),
/* harmony export */   j4: () => (/* binding */ shortJson)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);

const order = (f) => (f.accepted ? 3 : _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o.indexOf(f.severity));
function groupByRule(findings) {
    const groups = new Map();
    for (const f of findings)
        groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
    return [...groups.entries()]
        .map(([rule, fs]) => {
        const sorted = [...fs].sort((a, b) => order(a) - order(b) || (a.binding ?? '').localeCompare(b.binding ?? '') || (a.pointer ?? '').localeCompare(b.pointer ?? ''));
        return { rule, severity: sorted[0].severity, findings: sorted, accepted: fs.filter((f) => f.accepted).length, bindings: new Set(fs.map((f) => f.binding).filter((b) => b !== undefined)).size };
    })
        .sort((a, b) => order(a.findings[0]) - order(b.findings[0]) || a.rule.localeCompare(b.rule));
}
const findingsOf = (report, stage) => report.findings.filter((f) => f.stage === stage);
const STAGE_TITLES = { spec: 'Spec', discover: 'Discovery', capture: 'Capture', migration: 'Migration' };
/** Counts a verdict line speaks of: what fails, and what was accepted. */
function verdictCounts(report) {
    const c = { breaking: 0, warning: 0, info: 0, accepted: 0 };
    for (const s of report.stages) {
        c.breaking += s.counts.breaking;
        c.warning += s.counts.warning;
        c.info += s.counts.info;
        c.accepted += s.counts.accepted;
    }
    return c;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A value shown inline, cut to a readable length. */
function shortJson(value, max = 120) {
    const text = value === undefined ? 'absent' : JSON.stringify(value);
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   Xk: () => (/* binding */ escapeMd),
/* harmony export */   oW: () => (/* binding */ findingHeadline),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* unused harmony exports codeBlock, verdictLine, approvalLine, stageTable, stageDetails, pullRequestSection, sidesLine, reportHead, pasteBlock */
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6349);

/** Text from connectors and schemas, made inert in markdown (no HTML, no table breaks, no links). */
function escapeMd(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
/** A fenced code block whose fence cannot be closed by the content. */
function codeBlock(content, lang = 'json') {
    const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${content}\n${fence}`;
}
/** Inline code that its content cannot close; HTML and markdown inside it stay inert. */
function codeSpan(text) {
    const flat = text.replace(/\r?\n/g, ' ');
    const ticks = '`'.repeat(Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
const cut = (text, max) => (text.length > max ? text.slice(0, max - 1) + '…' : text);
const STATUS_ICON = { identical: '✅ identical', compatible: '✅ compatible', breaking: '❌ breaking', skipped: '⏭️ skipped', error: '⚠️ error' };
function verdictLine(report) {
    const c = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictCounts */ .US)(report);
    const head = report.verdict === 'pass' ? '✅ **Compatible**' : '❌ **Not compatible**';
    return `${head}: ${escapeMd(report.connector)}: ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.breaking, 'breaking change')}, ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.warning, 'warning')}, ${c.info} info, ${c.accepted} accepted`;
}
/** What the approval label does to this report, when the pull request carries it. */
function approvalLine(report) {
    if (!report.approval)
        return undefined;
    const label = codeSpan(report.approval.label);
    return report.verdict === 'fail'
        ? `🏷️ Approved with the ${label} label: the findings below still stand, but they do not fail the check.`
        : `🏷️ The pull request carries the ${label} label; nothing needed it.`;
}
const isBaselineCandidate = (f) => f.origin === undefined || f.origin === 'baseline-candidate';
/** A comparison's cell: how the findings of one comparison in one stage came out. */
function comparisonCell(findings) {
    const open = findings.filter((f) => !f.accepted);
    const breaking = open.filter((f) => f.severity === 'breaking').length;
    if (breaking)
        return `❌ ${breaking} breaking`;
    if (findings.length === 0)
        return STATUS_ICON.identical;
    const warnings = open.filter((f) => f.severity === 'warning').length;
    return warnings ? `⚠️ ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')}` : STATUS_ICON.compatible;
}
/**
 * A side against its committed snapshot: "—" when that comparison did not run for the side, for
 * migration (which has no snapshot), and for a stage nobody produced (skipped, with no drift found).
 */
function driftCell(report, side, s) {
    const findings = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOf */ .WX)(report, s.stage).filter((f) => f.origin === `${side}-snapshot`);
    if (report.drift?.[side] !== 'compared' || s.stage === 'migration' || (s.status === 'skipped' && findings.length === 0))
        return '—';
    return comparisonCell(findings);
}
function candidateCell(report, s) {
    if (s.status === 'skipped' || s.status === 'error')
        return `${STATUS_ICON[s.status]}${s.reason ? ` (${escapeMd(s.reason)})` : ''}`;
    return comparisonCell((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOf */ .WX)(report, s.stage).filter(isBaselineCandidate));
}
function stageTable(report) {
    const rows = report.stages.map((s) => `| ${_group_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[s.stage]} | ${driftCell(report, 'baseline', s)} | ${driftCell(report, 'candidate', s)} | ${candidateCell(report, s)} | ${s.counts.breaking} | ${s.counts.warning} | ${s.counts.info} | ${s.counts.accepted} |`);
    return ['| stage | baseline vs snapshot | candidate vs snapshot | baseline → candidate | breaking | warning | info | accepted |', '|---|---|---|---|---:|---:|---:|---:|', ...rows].join('\n');
}
/** Where a finding is and what it says, on one line: the part every rendering shares. */
function findingHeadline(f) {
    const where = [f.binding, f.pointer].filter((x) => x !== undefined).map((x) => codeSpan(cut(x, 160))).join(' ');
    const origin = isBaselineCandidate(f) ? '' : ` (${f.origin.replace('-', ' vs ')})`;
    return `**${f.severity}**${origin} ${where ? where + ': ' : ''}${escapeMd(cut(f.message, 300))}`;
}
function findingItem(f) {
    const change = f.before !== undefined || f.after !== undefined ? ` (${codeSpan((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .shortJson */ .j4)(f.before, 80))} → ${codeSpan((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .shortJson */ .j4)(f.after, 80))})` : '';
    const accepted = f.accepted ? ` — accepted: ${escapeMd(f.accepted.reason)}` : '';
    const explained = f.explanation ? ` — ${escapeMd(f.explanation)}` : '';
    const witness = f.witness !== undefined ? `\n\n  Example accepted by the baseline and rejected by the candidate:\n\n${codeBlock(JSON.stringify(f.witness, null, 2)).replace(/^/gm, '  ')}\n` : '';
    return `- ${findingHeadline(f)}${change}${accepted}${explained} ${codeSpan(f.id)}${witness}`;
}
/** Details of one stage: one collapsible block per rule, counts in its title. */
function stageDetails(report, stage, maxPerRule = 50) {
    const groups = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByRule */ .RJ)((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOf */ .WX)(report, stage));
    if (groups.length === 0)
        return '';
    const blocks = groups.map((g) => {
        // Unaccepted breaking findings are never cut here: each is what a reviewer must see.
        const limit = Math.max(maxPerRule, g.findings.filter((f) => f.severity === 'breaking' && !f.accepted).length);
        const shown = g.findings.slice(0, limit).map(findingItem);
        if (g.findings.length > limit)
            shown.push(`- … and ${g.findings.length - limit} more (see the JSON report)`);
        const open = g.severity === 'breaking' && g.accepted < g.findings.length ? ' open' : '';
        const title = `<code>${g.rule}</code>: ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(g.findings.length, 'finding')}${g.bindings ? ` in ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(g.bindings, 'binding')}` : ''}${g.accepted ? `, ${g.accepted} accepted` : ''}`;
        return `<details${open}><summary>${title}</summary>\n\n${shown.join('\n')}\n\n</details>`;
    });
    return `### ${_group_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[stage]}\n\n${blocks.join('\n')}`;
}
/** The "Spec / Discovery / Capture differences" section, ready to paste into the pull request. */
function pullRequestSection(report) {
    const lines = ['## Spec / Discovery / Capture differences', ''];
    for (const s of report.stages) {
        if (s.stage === 'migration' && s.status === 'skipped')
            continue;
        const title = `**${_group_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[s.stage]}**`;
        if (s.status === 'identical')
            lines.push(`${title}: identical.`);
        else if (s.status === 'skipped' || s.status === 'error')
            lines.push(`${title}: ${s.status} (${escapeMd(s.reason ?? '')}).`);
        else {
            lines.push(`${title}: ${s.counts.breaking} breaking, ${s.counts.warning} warning, ${s.counts.info} compatible, ${s.counts.accepted} accepted.`);
            for (const g of (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByRule */ .RJ)((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOf */ .WX)(report, s.stage))) {
                const reasons = [...new Set(g.findings.map((f) => f.accepted?.reason ?? f.explanation).filter(Boolean))];
                const names = [...new Set(g.findings.map((f) => f.binding).filter(Boolean))];
                const list = names.length ? ` (${names.slice(0, 8).map(codeSpan).join(', ')}${names.length > 8 ? `, +${names.length - 8} more` : ''})` : '';
                lines.push(`- \`${g.rule}\` ×${g.findings.length}${list}${reasons.length ? `: ${reasons.map((r) => escapeMd(r)).join('; ')}` : ''}`);
            }
        }
        lines.push('');
    }
    return lines.join('\n').trimEnd() + '\n';
}
/** What was compared: each side's image (or command, or folder) and the digest it ran. */
function sidesLine(report) {
    const side = (name) => {
        const s = report.sides[name];
        return `${name} ${codeSpan(s.image ?? s.command ?? s.label)}${s.digest ? ` (${codeSpan(s.digest)})` : ''}`;
    };
    return `${side('baseline')} → ${side('candidate')}`;
}
/** Title, verdict, approval, sides, notes and the stage table: what every rendering of a report starts with. */
function reportHead(report, notes = []) {
    const approval = approvalLine(report);
    return [`## connector-compat: ${escapeMd(report.connector)}`, verdictLine(report), ...(approval ? [approval] : []), sidesLine(report), ...notes, stageTable(report)].join('\n\n');
}
/** The pull request section inside a collapsed block, as raw markdown to copy. */
const pasteBlock = (report) => `<details><summary>Ready to paste into the pull request description</summary>\n\n${codeBlock(pullRequestSection(report), 'markdown')}\n\n</details>`;
/** The whole markdown report: head, details per stage with witnesses, and the pull request section. */
function renderMarkdown(report, notes = []) {
    const parts = [reportHead(report, notes)];
    for (const s of report.stages) {
        const d = stageDetails(report, s.stage);
        if (d)
            parts.push(d);
    }
    if (report.stale?.length)
        parts.push(`### Stale accept entries\n\n${report.stale.map((e) => `- ${codeSpan(e.id ?? e.rule ?? '')}${e.binding ? ` binding ${codeSpan(e.binding)}` : ''}: matches no finding; remove it`).join('\n')}`);
    parts.push(pasteBlock(report));
    return parts.join('\n\n') + '\n';
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6349);

function findingLine(f) {
    const where = [f.binding, f.pointer].filter(Boolean).join(' ');
    const change = f.before !== undefined || f.after !== undefined ? ` (${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .shortJson */ .j4)(f.before, 60)} -> ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .shortJson */ .j4)(f.after, 60)})` : '';
    const accepted = f.accepted ? ` [accepted: ${f.accepted.reason}]` : '';
    return `    ${f.severity.toUpperCase().padEnd(8)} ${where ? where + ': ' : ''}${f.message}${change} [${f.id}]${accepted}`;
}
/**
 * The report on a terminal: verdict, one line per stage, then per stage every breaking and
 * warning finding, with info findings counted per rule (the JSON report has them all).
 */
function renderText(report) {
    const c = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictCounts */ .US)(report);
    const lines = [];
    const side = (s) => s.label + (s.digest ? ` (${s.digest})` : '');
    lines.push(`connector-compat: ${report.connector}`);
    lines.push(`  baseline:  ${side(report.sides.baseline)}`);
    lines.push(`  candidate: ${side(report.sides.candidate)}`);
    lines.push(`verdict: ${report.verdict.toUpperCase()} (${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.breaking, 'breaking change')}, ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.warning, 'warning')}, ${c.info} info, ${c.accepted} accepted)`);
    lines.push('');
    for (const s of report.stages) {
        const counts = `${s.counts.breaking} breaking, ${s.counts.warning} warning, ${s.counts.info} info, ${s.counts.accepted} accepted`;
        lines.push(`${_group_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[s.stage].padEnd(10)} ${s.status.padEnd(10)} ${s.reason ?? counts}`);
    }
    for (const s of report.stages) {
        const groups = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByRule */ .RJ)((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOf */ .WX)(report, s.stage));
        if (groups.length === 0)
            continue;
        lines.push('', `${_group_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[s.stage]}:`);
        for (const g of groups) {
            const shown = g.findings.filter((f) => f.severity !== 'info' && !f.accepted);
            lines.push(`  ${g.rule}: ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(g.findings.length, 'finding')}${g.bindings ? ` in ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(g.bindings, 'binding')}` : ''}${g.accepted ? `, ${g.accepted} accepted` : ''}`);
            for (const f of shown)
                lines.push(findingLine(f));
        }
    }
    for (const e of report.stale ?? []) {
        lines.push('', `stale accept entry (matches nothing): ${e.id ?? e.rule}${e.binding ? ` binding ${e.binding}` : ''}${e.pointer ? ` pointer ${e.pointer}` : ''}`);
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 3291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ documentCheck)
/* harmony export */ });
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(860);
/* harmony import */ var _parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4133);
/* harmony import */ var _prune_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4443);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8399);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1465);





/**
 * Compiling a wide discovered schema with ajv costs tens to hundreds of milliseconds, far more
 * than reading a handful of documents with the engine's interpreter, which gives ajv's reading of
 * every keyword. So the first documents are interpreted, and ajv compiles (once per schema, cached)
 * when a collection turns out to hold many documents, when the interpreter cannot tell, or to
 * confirm and explain a rejection: a problem is only ever reported from ajv's own errors.
 */
const INTERPRET_FIRST = 32;
const explain = (c, value) => (typeof c === 'string' ? [] : c.rawErrors(value).map(asProblem));
const asProblem = (e) => ({ pointer: e.instancePath, message: e.message ?? e.keyword });
/** The document's top-level properties whose values the schema's property schemas reject. */
function faultyPart(root, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return {};
    const v = value;
    return Object.fromEntries(Object.keys(v).filter((k) => !(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .propertyNodes */ .p)(root, k).every((n) => (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .accepts */ .G3)(n, v[k]))).map((k) => [k, v[k]]));
}
/**
 * `schema` is what the interpreter reads and what ajv explains rejections from; `whole` (the
 * schema or a copy pruned to what the documents hold) is what ajv compiles for many documents.
 */
function documentCheck(schema, whole = () => schema) {
    let seen = 0;
    let doc;
    let ajv;
    const compile = () => (ajv ??= (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .compiled */ .QO)(whole()));
    const interpreted = (value, faults) => {
        if (seen++ >= INTERPRET_FIRST || doc === null)
            return undefined;
        try {
            doc ??= (0,_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .loadDoc */ .tq)(schema, true);
            return (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .accepts */ .G3)(doc.root, value, 0, false, faults);
        }
        catch {
            // Unsupported construct or unresolvable $ref: let ajv decide from now on.
            doc = null;
            return undefined;
        }
    };
    return {
        problems(value) {
            const faults = { keys: [], complete: false };
            const verdict = interpreted(value, faults);
            if (verdict === true)
                return [];
            if (verdict === false && doc) {
                // Rejected: ajv explains it from the root's own keywords and the top-level properties the
                // interpreter found at fault, part by part (shared small validators) where the schema allows,
                // else from the schema pruned to those properties: a small compile instead of the wide schema.
                // The properties the verdict already found at fault, when it judged them all.
                const faulty = faults.complete ? Object.fromEntries(faults.keys.map((k) => [k, value[k]])) : faultyPart(doc.root, value);
                const parts = (0,_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .partsOf */ .C)(schema)?.errors(value, Object.keys(faulty));
                const explained = parts ? parts.map(asProblem) : explain((0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .compiled */ .QO)((0,_prune_js__WEBPACK_IMPORTED_MODULE_4__/* .pruneFor */ .u)(schema, faulty), 'explain'), value);
                if (explained.length > 0)
                    return explained;
            }
            const whole = compile();
            return typeof whole === 'string' || whole.validate(value) ? [] : explain(whole, value);
        },
    };
}


/***/ }),

/***/ 4133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ partsOf)
/* harmony export */ });
/* harmony import */ var _keywords_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9131);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8399);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1465);



const OBJECT_KEYWORDS = new Set(['type', 'properties', 'required']);
/** Keywords that change how references resolve: a schema using them is judged whole. */
const SCOPING = /"\$(id|anchor|dynamicAnchor|recursiveAnchor|recursiveRef|dynamicRef)"\s*:/;
const REF = /"\$ref"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
/** References that a part can keep: into the root's definitions, which the part carries along. */
const LOCAL_REF = /^#\/(\$defs|definitions)\/([^/]+)$/;
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const unesc = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');
/** Whether a schema text has references, when each one points into the root's definitions and nothing rescopes them. */
function plainRefs(text) {
    if (SCOPING.test(text))
        return undefined;
    let any = false;
    for (const m of text.matchAll(REF)) {
        if (!LOCAL_REF.test(JSON.parse(`"${m[1]}"`)))
            return undefined;
        any = true;
    }
    return any;
}
class Root {
    root;
    head;
    defs;
    defsUsable;
    nodes = new WeakMap();
    /** References being followed, against a definition that only refers on. */
    following = new Set();
    constructor(root) {
        this.root = root;
        this.head = root.$schema !== undefined ? { $schema: root.$schema } : {};
        this.defs = { ...(root.$defs !== undefined ? { $defs: root.$defs } : {}), ...(root.definitions !== undefined ? { definitions: root.definitions } : {}) };
    }
    /** The definitions travel with every whole part that refers into them, so they must be plain themselves. */
    defsOk() {
        return (this.defsUsable ??= plainRefs(JSON.stringify(this.defs)) !== undefined);
    }
    check(node) {
        if (!isObject(node))
            return this.whole(node);
        let hit = this.nodes.get(node);
        if (!hit) {
            hit = this.split(node) ?? this.items(node) ?? this.target(node) ?? this.anyOf(node) ?? this.whole(node);
            if (!hit)
                return undefined;
            this.nodes.set(node, hit);
        }
        return hit;
    }
    /** A node that is only a reference into the definitions is judged as its target. */
    target(node) {
        if (typeof node.$ref !== 'string' || !Object.keys(node).every((k) => k === '$ref' || (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .isAnnotation */ .Ir)(k)))
            return undefined;
        const m = LOCAL_REF.exec(node.$ref);
        const defs = m ? this.root[m[1]] : undefined;
        const name = m ? unesc(decodeURIComponent(m[2])) : undefined;
        if (!isObject(defs) || name === undefined || !has(defs, name) || this.following.has(node))
            return undefined;
        this.following.add(node);
        try {
            return this.check(defs[name]);
        }
        finally {
            this.following.delete(node);
        }
    }
    /** An array node that says only `type` and one `items` schema: its type, then each item. */
    items(node) {
        if (!isObject(node.items) || !Object.keys(node).every((k) => k === 'type' || k === 'items' || ((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .isAnnotation */ .Ir)(k) && !SCOPING.test(`"${k}":`))))
            return undefined;
        const { items: _i, ...shell } = node;
        if (!(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .metaValid */ .Ey)({ ...this.head, ...shell }))
            return undefined;
        const type = node.type === undefined ? undefined : this.whole({ type: node.type });
        const item = node.items;
        return {
            validate: (value) => {
                const t = type ? type.validate(value) : true;
                if (t !== true || !Array.isArray(value))
                    return t;
                const c = value.length ? this.check(item) : undefined;
                if (value.length && !c)
                    return undefined;
                let ok = true;
                for (const v of value) {
                    const r = c.validate(v);
                    if (r === undefined)
                        return undefined;
                    ok &&= r;
                }
                return ok;
            },
            errors: (value, at) => {
                const out = type ? type.errors(value, at) : [];
                if (!out || !Array.isArray(value) || value.length === 0)
                    return out;
                const c = this.check(item);
                if (!c)
                    return undefined;
                for (let i = 0; i < value.length; i++) {
                    if (c.validate(value[i]) === true)
                        continue;
                    const errs = c.errors(value[i], `${at}/${i}`);
                    if (!errs)
                        return undefined;
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
    anyOf(node) {
        const branches = node.anyOf;
        if (!Array.isArray(branches) || branches.length === 0 || !Object.keys(node).every((k) => k === 'anyOf' || (0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .isAnnotation */ .Ir)(k)))
            return undefined;
        const whole = this.whole(node);
        if (!whole)
            return undefined;
        return {
            validate: (value) => {
                let unknown = false;
                for (const b of branches) {
                    const v = this.check(b)?.validate(value);
                    if (v === true)
                        return true;
                    if (v === undefined)
                        unknown = true;
                }
                return unknown ? whole.validate(value) : false;
            },
            errors: (value, at) => {
                const out = [];
                for (const b of branches) {
                    const errs = this.check(b)?.errors(value, at);
                    if (!errs)
                        return whole.errors(value, at);
                    // A branch that matches makes the node valid: ajv drops the other branches' errors.
                    if (errs.length === 0)
                        return [];
                    out.push(...errs);
                }
                out.push({ instancePath: at, schemaPath: '#/anyOf', keyword: 'anyOf', params: {}, message: 'must match a schema in anyOf' });
                return out;
            },
        };
    }
    /** The whole node as one compiled part, with the definitions it refers to; undefined when it cannot stand alone. */
    whole(node) {
        let schema = node;
        if (isObject(node)) {
            if ('$schema' in node || '$defs' in node || 'definitions' in node)
                return undefined;
            const refs = plainRefs(JSON.stringify(node));
            if (refs === undefined || (refs && !this.defsOk()))
                return undefined;
            schema = { ...this.head, ...node, ...(refs ? this.defs : {}) };
        }
        // A part is small: compiled to explain, it also validates, so it compiles once.
        const c = () => {
            const r = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .compiled */ .QO)(schema, 'explain');
            return typeof r === 'string' ? undefined : r;
        };
        return {
            validate: (value) => c()?.validate(value),
            errors: (value, at) => c()?.rawErrors(value).map((e) => (at ? { ...e, instancePath: at + e.instancePath } : e)),
        };
    }
    /** An object node judged by its type, each required name and each property; undefined when it says more. */
    split(node, isRoot = false) {
        const allowed = (k) => OBJECT_KEYWORDS.has(k) || (isRoot && (k === '$defs' || k === 'definitions')) || ((0,_keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .isAnnotation */ .Ir)(k) && !SCOPING.test(`"${k}":`));
        if (!Object.keys(node).every(allowed))
            return undefined;
        const props = node.properties ?? {};
        const required = node.required ?? [];
        if (!isObject(props) || !Array.isArray(required) || !required.every((r) => typeof r === 'string'))
            return undefined;
        // A node ajv refuses as a whole has no verdict, though its parts might compile: its own keywords
        // are checked here, each property's and definition's when its part compiles.
        const { properties: _p, $defs: _d, definitions: _n, ...shell } = node;
        if (!(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .metaValid */ .Ey)({ ...this.head, ...shell }))
            return undefined;
        const own = [...(node.type !== undefined ? [{ ...this.head, type: node.type }] : []), ...required.map((r) => ({ ...this.head, required: [r] }))];
        // Compiled to explain, which also validates: one compile per part, whichever is asked first.
        const self = () => {
            const all = own.map((s) => (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .compiled */ .QO)(s, 'explain'));
            return all.every((c) => typeof c !== 'string') ? all : undefined;
        };
        /** The checks of the properties the value has (in the schema's order, as ajv reports them). */
        const present = (value, names) => {
            if (!isObject(value))
                return [];
            const out = [];
            for (const k of Object.keys(props)) {
                if (!has(value, k) || (names && !names.has(k)))
                    continue;
                const c = this.check(props[k]);
                if (!c)
                    return undefined;
                out.push([k, c]);
            }
            return out;
        };
        return {
            validate: (value) => {
                const mine = self();
                const parts = present(value);
                if (!mine || !parts)
                    return undefined;
                if (!mine.every((c) => c.validate(value)))
                    return false;
                let ok = true;
                for (const [k, c] of parts) {
                    const v = c.validate(value[k]);
                    if (v === undefined)
                        return undefined;
                    ok &&= v;
                }
                return ok;
            },
            errors: (value, at, names) => {
                const mine = self();
                const parts = present(value, names);
                if (!mine || !parts)
                    return undefined;
                const out = mine.flatMap((c) => c.rawErrors(value).map((e) => (at ? { ...e, instancePath: at + e.instancePath } : e)));
                for (const [k, c] of parts) {
                    const v = value[k];
                    // Valid values have no errors; asking that first keeps to the fast validators.
                    if (c.validate(v) === true)
                        continue;
                    const errs = c.errors(v, `${at}/${(0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(k)}`);
                    if (!errs)
                        return undefined;
                    out.push(...errs);
                }
                return out;
            },
        };
    }
}
const cache = new WeakMap();
function partsOfRoot(schema) {
    if ((0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .draftOf */ .bz)(schema) === undefined)
        return null;
    // Only a root that splits: judged whole, a wide schema would be one large compile per document.
    const top = new Root(schema).split(schema, true);
    if (!top)
        return null;
    return {
        validate: (doc) => top.validate(doc),
        errors: (doc, properties) => top.errors(doc, '', new Set(properties)),
    };
}
/** The schema taken part by part, or undefined when it is not an object schema. */
function partsOf(schema) {
    if (!isObject(schema))
        return undefined;
    let hit = cache.get(schema);
    if (hit === undefined)
        cache.set(schema, (hit = partsOfRoot(schema)));
    return hit ?? undefined;
}


/***/ }),

/***/ 4443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ pruneFor)
/* harmony export */ });
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/**
 * The schema with the subschemas of properties the instance lacks replaced by `true`. Validation
 * of that instance gives the same answer (the names stay where additionalProperties reads them),
 * and the compiled validator stays small: a 300-field schema costs one small compile
 * per witness instead of a large one per binding.
 */
function pruneFor(schema, instance) {
    if (!isObject(schema))
        return schema;
    const out = { ...schema };
    if (isObject(schema.properties)) {
        // The names of absent properties matter only to keywords that look at the other properties.
        const namesMatter = ['additionalProperties', 'patternProperties', 'unevaluatedProperties'].some((k) => k in schema);
        const props = {};
        for (const [k, sub] of Object.entries(schema.properties)) {
            if (isObject(instance) && k in instance)
                props[k] = pruneFor(sub, instance[k]);
            else if (namesMatter)
                props[k] = true;
        }
        out.properties = props;
    }
    for (const k of ['anyOf', 'oneOf', 'allOf'])
        if (Array.isArray(schema[k]))
            out[k] = schema[k].map((s) => pruneFor(s, instance));
    for (const k of ['not', 'if', 'then', 'else'])
        if (schema[k] !== undefined)
            out[k] = pruneFor(schema[k], instance);
    if (schema.items !== undefined && Array.isArray(instance) && instance.length === 0)
        out.items = true;
    return out;
}


/***/ }),

/***/ 5423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mn: () => (/* binding */ locateSnapshots),
  vk: () => (/* binding */ readSnapshotSet)
});

// UNUSED EXPORTS: STREAM_CAPTURE_BYTES, stageOfFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/snapshots/json-file.ts



/** Line and column (1-based) of a character offset in text. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** Some engines' JSON errors carry no position; a YAML parse of the same text finds the place. */
function locateWithYaml(text) {
    const pos = (0,dist/* parseDocument */.Tp)(text).errors[0]?.linePos?.[0];
    return pos ? { line: pos.line, column: pos.col } : undefined;
}
/** Parses JSON; a syntax error names the file, line and column. */
function parseJsonText(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const message = (0,errors/* errorMessage */.g)(err);
        const at = /position (\d+)/.exec(message);
        const where = at ? lineColumn(text, Number(at[1])) : locateWithYaml(text);
        const what = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/, "(.|\n)*" is not valid JSON$/, '').replace(/^JSON\.parse: /, '');
        throw new errors/* InputError */.d(`${file}:${where ? `${where.line}:${where.column}:` : ''} invalid JSON: ${what}`);
    }
}
/** Reads and parses a JSON file; every failure is one clear InputError line. */
async function readJsonFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (0,errors/* errorMessage */.g)(err);
        throw new errors/* InputError */.d(`${file}: cannot read: ${why}`);
    }
    return parseJsonText(text, file);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/snapshots/shapes.ts


// The shapes of estuary's snapshot files (flow-protocol.md), checked so that a wrong file
// fails with one line that names the file and the place, not deep inside a comparison.
const specShape = {
    type: 'object',
    properties: {
        protocol: { type: 'integer' },
        configSchema: { type: ['object', 'boolean'] },
        resourceConfigSchema: { type: ['object', 'boolean'] },
        documentationUrl: { type: 'string' },
        oauth2: { type: 'object' },
        resourcePathPointers: { type: 'array', items: { type: 'string' } },
    },
};
const discoverShape = {
    type: 'array',
    items: {
        type: 'object',
        required: ['recommendedName', 'resourceConfig', 'documentSchema', 'key'],
        properties: {
            recommendedName: { type: 'string' },
            resourceConfig: { type: 'object' },
            documentSchema: { type: ['object', 'boolean'] },
            key: { type: 'array', items: { type: 'string' } },
            disable: { type: 'boolean' },
        },
    },
};
const captureShape = {
    type: 'array',
    items: {
        type: 'array',
        minItems: 2,
        maxItems: 2,
        items: [{ type: 'string' }, { type: 'object' }],
    },
};
const shapes_ajv = new ajv.Ajv({ strict: false, allErrors: false });
const checks = {
    spec: { validate: shapes_ajv.compile(specShape), what: 'a spec snapshot (a Spec response object, or an array holding one)' },
    discover: { validate: shapes_ajv.compile(discoverShape), what: 'a discover snapshot (an array of discovered bindings)' },
    capture: { validate: shapes_ajv.compile(captureShape), what: 'a capture snapshot (an array of [collection, document] pairs)' },
};
function check(kind, value, file) {
    const { validate, what } = checks[kind];
    if (validate(value))
        return;
    const e = validate.errors?.[0];
    const where = e?.instancePath || '(top level)';
    throw new errors/* InputError */.d(`${file}: not ${what}: ${where} ${e?.message ?? 'has the wrong shape'}`);
}
/** A spec stored as an array of one (flowctl raw spec) or as a bare object. */
function asSpec(value, file) {
    let spec = value;
    if (Array.isArray(value)) {
        if (value.length !== 1)
            throw new errors/* InputError */.d(`${file}: not ${checks.spec.what}: the array holds ${value.length} items`);
        spec = value[0];
    }
    if (spec && typeof spec === 'object' && 'spec' in spec && Object.keys(spec).length === 1)
        spec = spec.spec;
    check('spec', spec, file);
    return spec;
}
function asBindings(value, file) {
    check('discover', value, file);
    return value;
}
function asCapture(value, file) {
    check('capture', value, file);
    return value;
}

;// CONCATENATED MODULE: ./src/snapshots/read.ts





const SNAPSHOT_STAGES = ['spec', 'discover', 'capture'];
/**
 * The stage a file holds: ours are `spec.json`, `discover.json`, `capture.json`; estuary's pytest
 * files name it between the first double underscores (`snapshots__discover__capture.stdout.json`,
 * `source_x_tests_test_snapshots__spec__capture.stdout.json`, `snapshots__spec__stdout.json`).
 */
function stageOfFile(name) {
    if (!name.endsWith('.json'))
        return undefined;
    const ours = name.slice(0, -'.json'.length);
    if (SNAPSHOT_STAGES.includes(ours))
        return ours;
    const word = name.split('__')[1];
    return SNAPSHOT_STAGES.includes(word) ? word : undefined;
}
async function listDir(dir) {
    let info;
    try {
        info = await (0,promises_.stat)(dir);
    }
    catch {
        throw new errors/* InputError */.d(`${dir}: no such directory`);
    }
    if (!info.isDirectory())
        throw new errors/* InputError */.d(`${dir}: not a directory`);
    try {
        return (await (0,promises_.readdir)(dir)).sort();
    }
    catch {
        throw new errors/* InputError */.d(`${dir}: cannot read directory: permission denied`);
    }
}
/** Finds the file of each stage in a folder, refusing two candidates for one stage. */
async function locateSnapshots(dir) {
    const sources = {};
    for (const name of await listDir(dir)) {
        const stage = stageOfFile(name);
        if (!stage)
            continue;
        const file = external_node_path_default().join(dir, name);
        if (sources[stage]) {
            throw new errors/* InputError */.d(`${dir}: two ${stage} snapshots (${external_node_path_default().basename(sources[stage])} and ${name}); keep one`);
        }
        sources[stage] = file;
    }
    return sources;
}
/** Capture files above this size are streamed when compared rather than read whole. */
const STREAM_CAPTURE_BYTES = 64 * 1024 * 1024;
/** Reads one side's snapshot set from a folder in either layout; missing stages stay undefined. */
async function readSnapshotSet(dir, label = dir, streamCaptureBytes = STREAM_CAPTURE_BYTES) {
    let sources = await locateSnapshots(dir);
    // Pointing at a connector folder also finds estuary's tests/snapshots inside it.
    if (Object.keys(sources).length === 0) {
        const nested = external_node_path_default().join(dir, 'tests', 'snapshots');
        if (await (0,promises_.stat)(nested).then((s) => s.isDirectory(), () => false))
            sources = await locateSnapshots(nested);
    }
    if (Object.keys(sources).length === 0) {
        throw new errors/* InputError */.d(`${dir}: no snapshot files found (expected spec.json, discover.json, capture.json, or estuary's *__spec__*, *__discover__*, *__capture__* files)`);
    }
    const set = { label, sources };
    if (sources.spec)
        set.spec = asSpec(await readJsonFile(sources.spec), sources.spec);
    if (sources.discover)
        set.discover = asBindings(await readJsonFile(sources.discover), sources.discover);
    if (sources.capture && (await (0,promises_.stat)(sources.capture)).size > streamCaptureBytes)
        set.captureStreamed = true;
    else if (sources.capture)
        set.capture = asCapture(await readJsonFile(sources.capture), sources.capture);
    return set;
}


/***/ })

};
