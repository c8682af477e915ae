export const id = 583;
export const ids = [583];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseFailOn),
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7206);


/** parseArgs with its errors turned into one-line input errors. */
function parseFlags(argv, options, usage) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(err).replace(/\. To specify.*$/s, '')}\nusage: ${usage}`);
    }
}
function parseFailOn(value) {
    const v = value ?? 'breaking';
    if (v === 'breaking' || v === 'warning' || v === 'never')
        return v;
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`--fail-on must be breaking, warning or never, not '${v}'`);
}


/***/ }),

/***/ 8583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/normalize/index.ts
var normalize = __webpack_require__(6911);
// EXTERNAL MODULE: ./src/compare/capture.ts + 1 modules
var capture = __webpack_require__(7189);
// EXTERNAL MODULE: ./src/compare/capture-profile.ts
var capture_profile = __webpack_require__(3097);
// EXTERNAL MODULE: ./src/compare/finding.ts
var finding = __webpack_require__(5714);
;// CONCATENATED MODULE: ./src/compare/capture-stream.ts




const isMeta = (p) => p === '/_meta' || p.startsWith('/_meta/');
const typeNames = (types) => [...types.keys()].sort();
/** capture.ts counts an integer that became a float as the same type. */
const newTypes = (before, after) => [...after.keys()].filter((t) => !before.has(t) && !(t === 'number' && before.has('integer'))).sort();
async function profile(side, opts) {
    const p = new capture_profile/* CaptureProfile */.k6(opts);
    for await (const doc of side.docs) {
        const [collection, normalized] = (0,normalize/* normalizeDoc */._J)(doc);
        p.add(collection, normalized);
    }
    return p;
}
/** Field presence and types over every document of one collection on both sides. */
function fieldFindings(collection, b, a) {
    const out = [];
    const f = (rule, pointer, message, values) => 
    // Fingerprints take the rule and place, as capture.ts's do: the values vary from run to run.
    out.push(Object.assign((0,finding/* makeFinding */.M)({ rule, stage: 'capture', binding: collection, pointer, message }), values ?? {}));
    for (const [pointer, bf] of b.fields) {
        if (isMeta(pointer))
            continue;
        const af = a.fields.get(pointer);
        if (!af) {
            if (!a.truncated)
                f('capture.field.removed', pointer, `field ${pointer} is in ${bf.count} of ${b.documents} baseline documents and in none of the candidate's ${a.documents}`);
            continue;
        }
        const gained = newTypes(bf.types, af.types);
        if (gained.length) {
            const n = gained.reduce((sum, t) => sum + af.types.get(t), 0);
            f('capture.value.type-changed', pointer, `field ${pointer} is ${gained.join(' or ')} in ${n} of ${a.documents} candidate documents, never in the baseline's (${typeNames(bf.types).join(', ')})`, {
                before: typeNames(bf.types),
                after: typeNames(af.types),
            });
        }
    }
    for (const [pointer, af] of a.fields) {
        if (isMeta(pointer) || b.fields.has(pointer) || b.truncated)
            continue;
        f('capture.field.added', pointer, `field ${pointer} is in ${af.count} of ${a.documents} candidate documents and in none of the baseline's ${b.documents}`);
    }
    return out;
}
function violationFindings(collection, a) {
    return [...a.violations.values()].map((v) => (0,finding/* makeFinding */.M)({
        rule: v.rule,
        stage: 'capture',
        binding: collection,
        pointer: v.pointer,
        after: v.message,
        message: `${v.count} of ${a.documents} candidate documents are invalid under the ${v.rule === 'capture.schema.violation' ? "candidate's own discovered" : "baseline's discovered"} schema at ${v.pointer || '/'}: ${v.message}`,
    }));
}
/**
 * Value differences of the paired sample (capture.ts's own comparison); bindings are passed with
 * their keys only, so that the sample is not validated a second time.
 */
function sampleFindings(collection, b, a, before, after, opts) {
    const [bd, ad] = a.pairs.length > 0 ? [a.pairs.map((p) => p[0]), a.pairs.map((p) => p[1])] : [b.sample, a.sample];
    const keysOnly = (bindings) => bindings?.map((x) => ({ recommendedName: x.recommendedName, key: x.key, resourceConfig: {}, documentSchema: true }));
    return (0,capture/* compareCapture */.Q)({ docs: bd.map((d) => [collection, d]), bindings: keysOnly(before.bindings) }, { docs: ad.map((d) => [collection, d]), bindings: keysOnly(after.bindings) }, opts);
}
/** Capture differences of two streamed captures, each read once. */
async function compareCaptureStreams(before, after, opts) {
    const common = { redact: opts.redact, sampleSize: opts.sampleSize, sampleBudget: opts.sampleBudget, maxFields: opts.maxFields };
    const b = await profile(before, { ...common, bindings: before.bindings });
    const a = await profile(after, {
        ...common,
        bindings: after.bindings,
        matchWith: b,
        schemas: [
            { rule: 'capture.schema.violation', bindings: after.bindings },
            { rule: 'capture.schema.baseline-violation', bindings: before.bindings },
        ],
    });
    const findings = [];
    for (const [collection, bc] of b.collections) {
        const ac = a.collections.get(collection);
        if (!ac) {
            findings.push((0,finding/* makeFinding */.M)({ rule: 'capture.collection.missing', stage: 'capture', binding: collection, message: `${collection}: the baseline captured ${bc.documents} documents, the candidate none` }));
            continue;
        }
        // Whole-capture findings first; the sample adds what only values show (changed values, /_meta).
        const whole = fieldFindings(collection, bc, ac);
        const ids = new Set(whole.map((x) => x.id));
        findings.push(...whole, ...sampleFindings(collection, bc, ac, before, after, opts).filter((x) => !ids.has(x.id)));
    }
    for (const [collection, ac] of a.collections) {
        findings.push(...violationFindings(collection, ac));
        if (!b.collections.has(collection)) {
            findings.push((0,finding/* makeFinding */.M)({ rule: 'capture.collection.added', stage: 'capture', binding: collection, message: `${collection}: ${ac.documents} documents captured by the candidate only` }));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/compare/index.ts + 9 modules
var compare = __webpack_require__(1385);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/snapshots/json-items.ts

const WS = new Set([0x20, 0x0a, 0x0d, 0x09, 0xfeff]);
const [QUOTE, BACKSLASH, COMMA] = [0x22, 0x5c, 0x2c];
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);
/**
 * Splits JSON text that arrives in chunks into the texts of its items, without holding more than
 * one item: the elements of one top-level array of containers (`[[c, doc], ...]`, our capture
 * snapshots), or a sequence of top-level containers (JSON lines, as `flowctl preview` prints).
 * Items must be arrays or objects; the caller parses each.
 */
class JsonItemSplitter {
    file;
    /** 'array': inside one outer array, items one level down; 'lines': items at the top. */
    mode = 'unknown';
    head = '';
    depth = 0;
    inString = false;
    escaped = false;
    needComma = false;
    parts = [];
    inItem = false;
    offset = 0;
    constructor(file) {
        this.file = file;
    }
    fail(what) {
        throw new errors/* InputError */.d(`${this.file}: not a capture (a JSON array of [collection, document] pairs, or one pair per line): ${what} near character ${this.offset}`);
    }
    /** Feeds a chunk; returns the texts of the items it completes. */
    push(chunk) {
        if (this.mode === 'unknown') {
            // The first two significant characters tell an array of pairs (`[[`) from lines (`["`, `{`).
            this.head += chunk;
            const sig = this.head.replace(/^[\s\ufeff]+/, '');
            if (sig.length === 0 || (sig[0] === '[' && sig.slice(1).trimStart().length === 0))
                return [];
            const outer = sig[0] === '[' && /^[[\]]/.test(sig.slice(1).trimStart());
            this.mode = outer ? 'array' : 'lines';
            chunk = this.head;
            this.head = '';
            if (outer)
                this.depth = -1;
        }
        const items = [];
        const level = this.mode === 'array' ? 1 : 0;
        let start = this.inItem ? 0 : -1;
        let i = 0;
        const n = chunk.length;
        let bs = -1;
        while (i < n) {
            if (this.inString) {
                if (this.escaped) {
                    this.escaped = false;
                    i++;
                    continue;
                }
                const q = chunk.indexOf('"', i);
                // The next backslash of the chunk, found once per backslash rather than once per string.
                if (bs < i) {
                    bs = chunk.indexOf('\\', i);
                    if (bs === -1)
                        bs = n;
                }
                if (bs < n && (q === -1 || bs < q)) {
                    // An escape before the closing quote: skip the escaped character and look again.
                    i = bs + 1;
                    this.escaped = true;
                    continue;
                }
                if (q === -1)
                    break;
                this.inString = false;
                i = q + 1;
                continue;
            }
            const c = chunk.charCodeAt(i);
            if (c === QUOTE) {
                if (!this.inItem)
                    this.fail('a string outside any item');
                this.inString = true;
            }
            else if (OPEN.has(c)) {
                if (this.depth === -1)
                    this.depth = 0;
                else if (this.depth === level) {
                    if (this.mode === 'done')
                        this.fail('text after the end of the array');
                    if (this.needComma)
                        this.fail('a missing comma between items');
                    this.inItem = true;
                    start = i;
                }
                this.depth++;
            }
            else if (CLOSE.has(c)) {
                this.depth--;
                if (this.depth === level && this.inItem) {
                    this.parts.push(chunk.slice(start, i + 1));
                    items.push(this.parts.join(''));
                    this.parts = [];
                    this.inItem = false;
                    this.needComma = this.mode === 'array';
                }
                else if (this.depth === 0 && this.mode === 'array') {
                    this.mode = 'done';
                }
                else if (this.depth < 0)
                    this.fail('an unbalanced bracket');
            }
            else if (!this.inItem && !WS.has(c)) {
                if (c === COMMA && this.needComma)
                    this.needComma = false;
                else
                    this.fail(this.mode === 'done' ? 'text after the end of the array' : 'an item that is not an array or object');
            }
            i++;
        }
        if (this.inItem)
            this.parts.push(chunk.slice(start));
        this.offset += chunk.length;
        return items;
    }
    /** Checks that the text ended where an item could end. */
    end() {
        if (this.mode === 'unknown' && this.head.trim() !== '')
            this.fail('an unfinished array');
        if (this.inItem || this.inString)
            this.fail('an unfinished item');
        if (this.mode === 'array')
            this.fail('an array without its closing bracket');
    }
}

;// CONCATENATED MODULE: ./src/snapshots/capture-stream.ts



const isPair = (v) => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && v[1] !== null && typeof v[1] === 'object' && !Array.isArray(v[1]);
/**
 * The documents of a capture file, one at a time, in the file's order: a snapshot
 * (`[[collection, doc], ...]`) or JSON lines of pairs. Memory holds one chunk and one document,
 * whatever the file's size. Errors name the file and the item.
 */
async function* readCapturedDocs(file) {
    const splitter = new JsonItemSplitter(file);
    let index = 0;
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    try {
        for await (const chunk of stream) {
            for (const text of splitter.push(chunk)) {
                let value;
                try {
                    value = JSON.parse(text);
                }
                catch (err) {
                    throw new errors/* InputError */.d(`${file}: item ${index}: invalid JSON: ${(0,errors/* errorMessage */.g)(err).replace(/\s*in JSON at position \d+.*$/s, '')}`);
                }
                if (!isPair(value))
                    throw new errors/* InputError */.d(`${file}: item ${index}: not a [collection, document] pair`);
                index++;
                yield value;
            }
        }
    }
    catch (err) {
        if (err instanceof errors/* InputError */.d)
            throw err;
        const code = err.code;
        throw new errors/* InputError */.d(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : (0,errors/* errorMessage */.g)(err)}`);
    }
    finally {
        stream.destroy();
    }
    splitter.end();
}

// EXTERNAL MODULE: ./src/policy/accept-file.ts
var accept_file = __webpack_require__(1783);
// EXTERNAL MODULE: ./src/snapshots/read.ts + 2 modules
var read = __webpack_require__(5423);
// EXTERNAL MODULE: ./src/orchestrate/report.ts + 2 modules
var report = __webpack_require__(4780);
;// CONCATENATED MODULE: ./src/orchestrate/compare.ts








/** A connector's name from two snapshot folders: their common parent's name (source-x/{atf,imported}). */
function connectorNameOf(baselineDir, candidateDir) {
    const b = external_node_path_default().resolve(baselineDir);
    const c = external_node_path_default().resolve(candidateDir);
    const parent = external_node_path_default().dirname(b) === external_node_path_default().dirname(c) ? external_node_path_default().dirname(b) : b;
    const name = external_node_path_default().basename(parent);
    return name === '.snapshots' ? external_node_path_default().basename(external_node_path_default().dirname(parent)) : name;
}
/** A capture too big to hold on either side: both are streamed from their files and profiled. */
async function streamCaptures(baseline, candidate, redact, comparison) {
    if (!baseline.sources.capture || !candidate.sources.capture)
        return;
    const findings = await compareCaptureStreams({ docs: readCapturedDocs(baseline.sources.capture), bindings: baseline.discover }, { docs: readCapturedDocs(candidate.sources.capture), bindings: candidate.discover }, { redact });
    for (const f of findings)
        comparison.findings.push(f);
    delete comparison.skipped.capture;
}
/** Offline comparison of two snapshot folders: read, normalize, compare, apply policy. */
async function compareDirs(opts) {
    // One side after the other: a catalog's snapshot texts are large, and two at once raise the peak memory.
    const baseline = await (0,read/* readSnapshotSet */.vk)(opts.baselineDir, opts.labels?.baseline, opts.streamCaptureBytes);
    const candidate = await (0,read/* readSnapshotSet */.vk)(opts.candidateDir, opts.labels?.candidate, opts.streamCaptureBytes);
    const accept = await (0,accept_file/* loadAcceptFile */.f6)(opts.acceptFile, opts.acceptFileRequired);
    const comparison = (0,compare/* compareSets */.z)((0,normalize/* normalizeSet */.c3)(baseline), (0,normalize/* normalizeSet */.c3)(candidate), { redact: accept.redact, knownConfigs: accept.knownConfigs });
    if (baseline.captureStreamed || candidate.captureStreamed)
        await streamCaptures(baseline, candidate, accept.redact, comparison);
    return (0,report/* buildReport */.F)({
        connector: opts.connector ?? connectorNameOf(opts.baselineDir, opts.candidateDir),
        sides: { baseline: { label: baseline.label }, candidate: { label: candidate.label } },
        comparison,
        accept,
        failOn: opts.failOn,
        files: { baseline: baseline.sources, candidate: candidate.sources },
    });
}

// EXTERNAL MODULE: ./src/report/files.ts
var files = __webpack_require__(561);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/compare.ts






const USAGE = 'connector-compat compare BASELINE_DIR CANDIDATE_DIR [--accept FILE] [--json FILE] [--markdown FILE] [--fail-on breaking|warning|never] [--connector NAME]';
const run = async (argv, io) => {
    const { values, positionals } = (0,args/* parseFlags */.b)(argv, {
        accept: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        'fail-on': { type: 'string' },
        connector: { type: 'string' },
    }, USAGE);
    if (positionals.length !== 2)
        throw new errors/* InputError */.d(`expected two snapshot folders\nusage: ${USAGE}`);
    const abs = (p) => (p === undefined ? undefined : external_node_path_default().resolve(io.cwd, p));
    const [baselineDir, candidateDir] = positionals.map((p) => abs(p));
    const report = await compareDirs({
        baselineDir,
        candidateDir,
        acceptFile: abs(values.accept),
        acceptFileRequired: values.accept !== undefined,
        failOn: (0,args/* parseFailOn */.X)(values['fail-on']),
        connector: values.connector,
        labels: { baseline: positionals[0], candidate: positionals[1] },
    });
    await (0,files/* writeReportFiles */.t)(report, { json: abs(values.json), markdown: abs(values.markdown) });
    io.out((0,report_text/* renderText */.S)(report));
    return report.verdict === 'pass' ? 0 : 1;
};


/***/ })

};
