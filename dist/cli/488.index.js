export const id = 488;
export const ids = [488];
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

/***/ 9488:
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
// EXTERNAL MODULE: ./src/compare/index.ts + 11 modules
var compare = __webpack_require__(4148);
// EXTERNAL MODULE: ./src/normalize/index.ts
var normalize = __webpack_require__(6911);
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
/** Offline comparison of two snapshot folders: read, normalize, compare, apply policy. */
async function compareDirs(opts) {
    const [baseline, candidate, accept] = await Promise.all([
        (0,read/* readSnapshotSet */.vk)(opts.baselineDir, opts.labels?.baseline),
        (0,read/* readSnapshotSet */.vk)(opts.candidateDir, opts.labels?.candidate),
        (0,accept_file/* loadAcceptFile */.f6)(opts.acceptFile, opts.acceptFileRequired),
    ]);
    const comparison = (0,compare/* compareSets */.z)((0,normalize/* normalizeSet */.c3)(baseline), (0,normalize/* normalizeSet */.c3)(candidate), { redact: accept.redact, knownConfigs: accept.knownConfigs });
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
