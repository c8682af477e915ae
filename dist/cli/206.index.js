export const id = 206;
export const ids = [206];
export const modules = {

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exampleConnectorDir: () => (/* binding */ exampleConnectorDir),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7206);
/* harmony import */ var _orchestrate_compare_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8283);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1295);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5655);









/** The bundled example connector: beside src/ in a checkout, beside dist/ in the bundle. */
function exampleConnectorDir() {
    const here = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (const up of ['../../..', '../..', '..']) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(here, up, 'fixtures', 'source-example');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_4__.existsSync)(dir))
            return dir;
    }
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .d('the example connector (fixtures/source-example) is not beside this installation');
}
const run = async (_argv, io) => {
    const dir = exampleConnectorDir();
    const snapshots = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, '.snapshots');
    io.out(`connector-compat demo: checking the example connector in ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(io.cwd, dir) || dir}\n`);
    io.out('  baseline = its ATF-style outputs, candidate = its CDK import; accepted differences in .snapshots/compat.yaml\n\n');
    const report = await (0,_orchestrate_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .compareDirs */ .w)({
        baselineDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(snapshots, 'baseline'),
        candidateDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(snapshots, 'candidate'),
        acceptFile: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(snapshots, 'compat.yaml'),
        acceptFileRequired: true,
        failOn: 'breaking',
        connector: 'source-example',
        labels: { baseline: 'source-example baseline', candidate: 'source-example candidate' },
    });
    const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'connector-compat-demo-'));
    const files = await (0,_report_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writeReportFiles */ .t)(report, { json: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'report.json'), markdown: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'report.md') });
    io.out((0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .renderText */ .S)(report));
    io.out(`\nThe example has breaking changes on purpose, so its verdict is ${report.verdict.toUpperCase()}.\n`);
    io.out(`JSON report: ${files.json}\nMarkdown report (job summary and pull request section): ${files.markdown}\n`);
    return 0;
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
