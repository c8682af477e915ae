export const id = 478;
export const ids = [478];
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

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7206);
/* harmony import */ var _orchestrate_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8283);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1295);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5655);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7593);






const USAGE = 'connector-compat compare BASELINE_DIR CANDIDATE_DIR [--accept FILE] [--json FILE] [--markdown FILE] [--fail-on breaking|warning|never] [--connector NAME]';
const run = async (argv, io) => {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .b)(argv, {
        accept: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        'fail-on': { type: 'string' },
        connector: { type: 'string' },
    }, USAGE);
    if (positionals.length !== 2)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`expected two snapshot folders\nusage: ${USAGE}`);
    const abs = (p) => (p === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, p));
    const [baselineDir, candidateDir] = positionals.map((p) => abs(p));
    const report = await (0,_orchestrate_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDirs */ .w)({
        baselineDir,
        candidateDir,
        acceptFile: abs(values.accept),
        acceptFileRequired: values.accept !== undefined,
        failOn: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFailOn */ .X)(values['fail-on']),
        connector: values.connector,
        labels: { baseline: positionals[0], candidate: positionals[1] },
    });
    await (0,_report_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeReportFiles */ .t)(report, { json: abs(values.json), markdown: abs(values.markdown) });
    io.out((0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .renderText */ .S)(report));
    return report.verdict === 'pass' ? 0 : 1;
};


/***/ }),

/***/ 8283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ compareDirs)
/* harmony export */ });
/* unused harmony export connectorNameOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compare_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5373);
/* harmony import */ var _normalize_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6911);
/* harmony import */ var _policy_accept_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1783);
/* harmony import */ var _snapshots_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5423);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4780);






/** A connector's name from two snapshot folders: their common parent's name (source-x/{atf,imported}). */
function connectorNameOf(baselineDir, candidateDir) {
    const b = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(baselineDir);
    const c = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(candidateDir);
    const parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(b) === node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(c) ? node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(b) : b;
    const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(parent);
    return name === '.snapshots' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(parent)) : name;
}
/** Offline comparison of two snapshot folders: read, normalize, compare, apply policy. */
async function compareDirs(opts) {
    const [baseline, candidate, accept] = await Promise.all([
        (0,_snapshots_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readSnapshotSet */ .vk)(opts.baselineDir, opts.labels?.baseline),
        (0,_snapshots_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readSnapshotSet */ .vk)(opts.candidateDir, opts.labels?.candidate),
        (0,_policy_accept_file_js__WEBPACK_IMPORTED_MODULE_2__/* .loadAcceptFile */ .f6)(opts.acceptFile, opts.acceptFileRequired),
    ]);
    const comparison = (0,_compare_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compareSets */ .z)((0,_normalize_index_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeSet */ .c3)(baseline), (0,_normalize_index_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeSet */ .c3)(candidate), { redact: accept.redact });
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .buildReport */ .F)({
        connector: opts.connector ?? connectorNameOf(opts.baselineDir, opts.candidateDir),
        sides: { baseline: { label: baseline.label }, candidate: { label: candidate.label } },
        comparison,
        accept,
        failOn: opts.failOn,
    });
}


/***/ })

};
